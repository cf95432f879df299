"""Readability assessments (Yoast's readability group), the insights shown apart from the score
(Flesch) and redac's own checks (brief length, language, typography): judgments of the researches,
registered after the SEO ones of `seo/assessments.py`, whose scale and registry they share."""

from __future__ import annotations

from redac.seo.assessments import assessment
from redac.seo.researches import Researcher


# --- readability --------------------------------------------------------------------------------
@assessment("subheadingsTooLong", "readability", "Répartition des intertitres")
def _subheading_distribution(r: Researcher):
    sections = r.section_lengths
    details = {"sections": sections}
    if not r.analysis.headings:
        if r.words > r.limits.subheadings_long_text_words:
            return 2, "Aucun intertitre alors que le texte est long : ajoutez-en.", details
        return 9, "Pas d’intertitre, mais le texte est assez court.", details
    too_long = [words for words in sections if words > r.limits.section_words_bad]
    long = [words for words in sections if words > r.limits.section_max_words]
    if too_long:
        return 3, f"{len(long)} section(s) de plus de {r.limits.section_max_words} mots sans intertitre.", details
    if long:
        return 6, f"{len(long)} section(s) de plus de {r.limits.section_max_words} mots sans intertitre.", details
    return 9, "Intertitres bien répartis.", details


@assessment("textParagraphTooLong", "readability", "Longueur des paragraphes")
def _paragraph_length(r: Researcher):
    lengths = r.paragraph_lengths
    too_long = [words for words in lengths if words > r.limits.paragraph_max_words]
    details = {"longest": max(lengths, default=0), "over": len(too_long)}
    if not lengths:
        return None
    if any(words > r.limits.paragraph_words_bad for words in lengths):
        return 3, f"{len(too_long)} paragraphe(s) de plus de {r.limits.paragraph_max_words} mots : raccourcissez-les.", details
    if too_long:
        return 6, f"{len(too_long)} paragraphe(s) de plus de {r.limits.paragraph_max_words} mots.", details
    return 9, "Aucun paragraphe trop long.", details


def _share_of_sentences(r: Researcher, count: int) -> tuple[float | None, int]:
    """(percentage of sentences, sentence count); None when the text has no sentence to judge."""
    total = r.sentence_count
    return (100 * count / total if total else None), total


@assessment("textSentenceLength", "readability", "Longueur des phrases")
def _sentence_length(r: Researcher):
    share, total = _share_of_sentences(r, r.long_sentences)
    if share is None:
        return None
    details = {"long": r.long_sentences, "sentences": total, "percent": round(share, 1)}
    message = f"{share:.1f} % des phrases dépassent {r.limits.sentence_max_words} mots"
    if share > r.limits.long_sentences_max:
        return 3, f"{message} ({r.limits.long_sentences_ok:.0f} % au plus conseillés).", details
    if share > r.limits.long_sentences_ok:
        return 6, f"{message} ({r.limits.long_sentences_ok:.0f} % au plus conseillés).", details
    return 9, f"{message} : bien.", details


@assessment("textTransitionWords", "readability", "Mots de transition")
def _transitions(r: Researcher):
    share, total = _share_of_sentences(r, r.transition_sentences)
    if share is None:
        return None
    details = {"with_transition": r.transition_sentences, "sentences": total, "percent": round(share, 1)}
    if r.words < r.limits.transition_text_words:
        return 9, "Texte court : les mots de transition ne sont pas indispensables.", details
    if share < r.limits.transitions_ok:
        return 3, f"{share:.1f} % des phrases ont un mot de transition : trop peu.", details
    if share < r.limits.transitions_good:
        return 6, f"{share:.1f} % des phrases ont un mot de transition ({r.limits.transitions_good:.0f} % conseillés).", details
    return 9, f"{share:.1f} % des phrases ont un mot de transition : bien.", details


@assessment("passiveVoice", "readability", "Voix passive")
def _passive(r: Researcher):
    share, total = _share_of_sentences(r, r.passive_sentences)
    if share is None:
        return None
    details = {"passive": r.passive_sentences, "sentences": total, "percent": round(share, 1)}
    if share <= r.limits.passive_good:
        return 9, f"{share:.1f} % de phrases au passif : bien.", details
    if share <= r.limits.passive_ok:
        return 6, f"{share:.1f} % de phrases au passif ({r.limits.passive_good:.0f} % au plus conseillés).", details
    return 3, f"{share:.1f} % de phrases au passif : préférez la voix active.", details


@assessment("textPresence", "readability", "Présence de texte")
def _text_presence(r: Researcher):
    if r.characters >= r.limits.text_presence_chars:
        return None
    return 3, "Pas assez de texte pour une analyse."


@assessment("sentenceBeginnings", "readability", "Débuts de phrases")
def _sentence_beginnings(r: Researcher):
    run, word = r.repeated_openers
    if not r.analysis.sentences:
        return None
    if run > r.limits.repeated_openers_max:
        return 3, f"{run} phrases de suite commencent par « {word} » : variez.", {"run": run, "word": word}
    return 9, "Débuts de phrases variés.", {"run": run}


# An insight, as in current Yoast: shown apart, never counted in the readability score.
@assessment("fleschReadingEase", "insights", "Facilité de lecture (Flesch, Kandel–Moles)")
def _flesch(r: Researcher):
    score = r.flesch
    if score is None:
        return None
    details = {"flesch": score}
    if score >= r.limits.flesch_good:
        return 9, f"Score {score:.1f} : facile à lire.", details
    if score >= r.limits.flesch_ok:
        return 6, f"Score {score:.1f} : assez difficile.", details
    return 3, f"Score {score:.1f} : difficile à lire ; raccourcissez phrases et mots.", details


# --- redac's own --------------------------------------------------------------------------------
@assessment("minWords", "redac", "Longueur demandée")
def _min_words(r: Researcher):
    details = {"words": r.words, "min_words": r.min_words}
    if r.words >= r.min_words:
        return 9, f"{r.words} mots, pour {r.min_words} demandés.", details
    return 3, f"{r.words} mots, il en faut {r.min_words} : il en manque {r.min_words - r.words}.", details


@assessment("frenchLanguage", "redac", "Texte en français")
def _french(r: Researcher):
    others = r.non_french_paragraphs
    details = {"paragraphs": [{"index": i, "language": language, "probability": round(p, 2)} for i, language, p in others]}
    if not r.analysis.paragraphs:
        return None
    if all(language is None for language, _ in r.analysis.languages):
        return 6, "Texte trop court pour identifier sa langue.", details
    if others:
        languages = ", ".join(sorted({language for _, language, _ in others}))
        return 3, f"{len(others)} paragraphe(s) ne sont pas en français ({languages}).", details
    return 9, "Tous les paragraphes sont en français.", details


@assessment("frenchTypography", "redac", "Typographie française")
def _typography(r: Researcher):
    issues = r.typography
    details = {"issues": [{"rule": issue.rule, "message": issue.message, "excerpt": issue.excerpt} for issue in issues[:20]]}
    if not issues:
        return 9, "Typographie française respectée.", details
    first = issues[0]
    message = f"{len(issues)} écart(s), ex. {first.message} : « {first.excerpt} »"
    return (6 if len(issues) <= r.limits.typography_ok else 3), message, details
