"""The plan stage: what the article will be before a word is written.

`make_plan` chooses the focus keyphrase (one the introduction holds, so the first paragraph can carry
it), the introduction, the outline of body sections, scored title candidates, the meta description
and the slug. Everything is derived from the cleaned source and the editor's brief.
"""

from __future__ import annotations

import re

from redac.analysis import Analysis
from redac.analysis.candidate_phrases import phrase_surfaces
from redac.analysis.keyphrase import KeyphraseMatcher, is_lone_common_word, is_wide_place, keyphrase_candidates
from redac.french.events import names_bystanders, names_institution, said_only_as_where
from redac.french.headlines import has_typo
from redac.french.sentences import opens_with_anaphora
from redac.french.text import fold
from redac.french.tokens import tokens
from redac.french.wordlists import function_words
from redac.limits import DEFAULT_LIMITS, Limits
from redac.models import Plan, SourceSentence
from redac.plan.meta import make_slug, meta_description
from redac.plan.outline import outline
from redac.plan.titles import title_candidates

INTRO_MAX_SENTENCES = 3
TITLE_BODY_SENTENCES = 4  # a title may stand on the sentences right after the introduction too
LABEL_MAX_WORDS = 4  # a first "paragraph" this short is a label (a site name, a rubric), not a lead
INTRO_MAX_WORDS = 110
MULTIWORD_BONUS = 1.3
INDEFINITE_ARTICLES = frozenset({"un", "une", "des"})
SUBJECT_BONUS = 1.5  # named in the lead's first words (its subject): the title can open with it
SUBJECT_WORDS = 6
IN_INTRO_BONUS = 2.0  # Yoast wants the keyphrase in the first paragraph; the story's subject may outrank that
WHERE_FACTOR = 0.6  # named only where something happens (« à la base aérienne de Ramstein »), not what
NAME_FACTOR = 0.5  # a person, place or body (« Conseil constitutionnel »), when a phrase names what happened


def make_plan(
    analysis: Analysis,
    source_title: str | None,
    *,
    min_words: int | None = None,
    keyphrase: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> Plan:
    """The plan of one article; `min_words` defaults to the limits'."""
    min_words = limits.min_words if min_words is None else min_words
    sentences = analysis.source_sentences
    essentials = _leading_list(sentences)
    intro = _introduction(sentences, set(essentials))
    key_points = [s for s in sentences if s.id in essentials]
    keyphrase = " ".join((keyphrase or "").split()) or focus_keyphrase(analysis, source_title, [*key_points, *intro])
    intro = _with_keyphrase_point(intro, key_points, keyphrase)
    essentials = [i for i in essentials if i not in {s.id for s in intro}]
    taken = {s.id for s in intro} | set(essentials)
    body = _without_trailing_label([s for s in sentences if s.id not in taken])
    sections = outline(analysis, body, keyphrase, min_words=min_words, limits=limits)
    lead = " ".join(_closed(s.text) for s in [*intro, *body[:TITLE_BODY_SENTENCES]])
    candidates = title_candidates(source_title, keyphrase, lead, [section.heading for section in sections], limits)
    fitting = [candidate for candidate in candidates if candidate.score >= 0]
    title = next((c.text for c in fitting if not has_typo(c.text, keyphrase)), keyphrase[:1].upper() + keyphrase[1:])  # « acquistion »
    description = meta_description([s.text for s in [*intro, *body[:3]]], keyphrase, limits)
    return Plan(
        keyphrase=keyphrase,
        title=title,
        title_candidates=candidates,
        description=description,
        slug=make_slug(title, keyphrase, limits),
        intro=[s.id for s in intro],
        essentials=essentials,
        sections=sections,
        min_words=min_words,
        source_title=source_title,
    )


def focus_keyphrase(analysis: Analysis, source_title: str | None, intro: list[SourceSentence]) -> str:
    """The best keyphrase candidate that one introduction sentence holds (several words preferred)."""
    paragraphs = [paragraph.text for paragraph in analysis.paragraphs]
    headings = [heading.text for heading in analysis.headings]
    candidates = keyphrase_candidates(source_title or "", paragraphs, headings, limit=30)
    intro_tokens = [tokens(sentence.text) for sentence in intro]

    def rank(candidate) -> float:
        return candidate.score * (MULTIWORD_BONUS if " " in candidate.text else 1.0)

    named = [c for c in candidates if not is_lone_common_word(c.text)]
    candidates = named or candidates  # a lone common noun (« prix », « pays ») only when nothing else
    in_intro = {c.text for c in candidates if any(KeyphraseMatcher(c.text).found_in(t) for t in intro_tokens)}
    if any(c.text in in_intro and not is_wide_place(c.text) for c in candidates):
        candidates = [c for c in candidates if not is_wide_place(c.text)]  # « France » only when nothing else opens the article
    opening = tokens(intro[0].text)[:SUBJECT_WORDS] if intro else []
    if opening and fold(opening[0]) in INDEFINITE_ARTICLES:  # « Un joueur français a remporté … »: nobody in particular
        opening = opening[next((i for i, word in enumerate(opening[1:], 1) if fold(word) in function_words()), len(opening)):]
    subject = {c.text for c in candidates if KeyphraseMatcher(c.text).found_in(opening)}
    messenger = _messenger(intro[0].text) if intro else ""
    subject = {text for text in subject if not (messenger and KeyphraseMatcher(text).found_in(tokens(messenger)))}

    events = any(c.event for c in candidates)
    title_subject = _title_subject(source_title or "")

    def told_it(candidate) -> bool:
        """Who brings the news (« Orange a indiqué sur Twitter que … »): never the story, event or not."""
        return bool(messenger) and KeyphraseMatcher(candidate.text).found_in(tokens(messenger))

    def named_only(candidate) -> bool:
        """A name (« Conseil constitutionnel ») that is not the subject the source title opens with, the body
        that announces the news (« La commission électorale a proclamé … »), or one that judges, rescues or
        reports (« tribunal criminel »)."""
        if told_it(candidate):
            return True
        if candidate.text[:1].islower():
            return names_institution(candidate.text) or names_bystanders(candidate.text)
        return not KeyphraseMatcher(candidate.text).found_in(title_subject)

    def weight(candidate) -> float:
        return (rank(candidate) * (IN_INTRO_BONUS if candidate.text in in_intro else 1.0)
                * (SUBJECT_BONUS if candidate.text in subject and _may_lead(candidate, events) else 1.0)
                * (NAME_FACTOR if (events and named_only(candidate)) or told_it(candidate) else 1.0))

    best, best_weight = None, 0.0
    for candidate, weighed in sorted(((c, weight(c)) for c in candidates), key=lambda pair: -pair[1]):
        if best is not None and weighed <= best_weight:
            break  # WHERE_FACTOR only lowers a weight: no later candidate can win
        weighed *= WHERE_FACTOR if said_only_as_where(candidate.text, paragraphs) else 1.0
        if best is None or weighed > best_weight:
            best, best_weight = candidate, weighed
    return _as_in_introduction(best.text, intro) if best else ""


def _without_trailing_label(body: list[SourceSentence]) -> list[SourceSentence]:
    """The body without a label that ends it alone in its paragraph (« Bandes rivales » once the page was cut after a
    subheading): a heading with nothing to head would be a section of two words."""
    last = body[-1] if body else None
    if (last and len(body) > 1 and last.words <= LABEL_MAX_WORDS and last.paragraph != body[-2].paragraph
            and not last.text.rstrip().endswith((".", "!", "?", "…", "»", '"'))):
        return body[:-1]
    return body


def _closed(sentence: str) -> str:
    """A line without a final stop (a heading kept as a lead sentence, « ES Sétif : Franck Dumas se retire ») closed with
    one, so that the next sentence is not read as its continuation."""
    text = sentence.rstrip()
    return text if not text or text[-1] in ".!?…»\"”)" else text + "."


def _title_subject(source_title: str) -> list[str]:
    """The words a source title opens with: its label before the colon when short (« Grève à la SNCF : … »),
    else its first words."""
    label = TITLE_LABEL_RE.match(source_title)
    if label and len(tokens(label.group(1))) <= TITLE_LABEL_WORDS:
        return tokens(label.group(1))
    return tokens(source_title)[:SUBJECT_WORDS // 2]


TITLE_LABEL_RE = re.compile(r"^([^:]+?)\s?:\s")
TITLE_LABEL_WORDS = 5


def _may_lead(candidate, events: bool) -> bool:
    """The lead's subject is the story when it says who (a name) or what happened (an event); a consequence
    (« Onze peines de prison ont été prononcées après le saccage … ») is not, when an event is there."""
    return not events or candidate.event or candidate.text[:1].isupper()


def _messenger(sentence: str) -> str:
    """The subject of a lead that reports news (« Le Conseil constitutionnel a proclamé les résultats »,
    « Rappel Conso vient de lancer un rappel »): who tells, where the story is the object; '' otherwise."""
    match = MESSENGER_RE.match(sentence)
    if not match:
        return ""
    channel = CHANNEL_RE.match(sentence, match.end())  # « Orange a indiqué sur Twitter que … »: where it told, too
    return f"{match.group('subject')} {channel.group('channel')}" if channel else match.group("subject")


# « X a proclamé / a annoncé / vient de lancer / a été informé de / a rendu son verdict … »: the subject brings the news,
# after a short aside (« C'est officiel, la DNCG a prononcé … »).
MESSENGER_RE = re.compile(
    r"^(?:[^,;:]{3,60},\s+)?(?P<subject>[^,;:]{3,80}?)\s+(?:a|ont|avait|avaient|vient\s+d(?:e\s|['’])|viennent\s+d(?:e\s|['’]))\s*(?:été\s+)?(?:\w+ment\s+)?"
    r"(?:annoncée?s?|annoncer|proclamée?s?|proclamer|publiée?s?|publier|dévoilée?s?|dévoiler|révélée?s?|"
    r"révéler|informée?s?|lancée?s?|lancer|communiquée?s?|communiquer|présentée?s?|présenter|confirmée?s?|confirmer|"
    r"signalée?s?|signaler|reçu|recevoir|indiquée?s?|indiquer|déclarée?s?|déclarer|affirmée?s?|affirmer|précisée?s?|préciser|prononcée?s?|prononcer|"
    r"rendu\s+(?:son|sa|ses|leur|leurs)\s+(?:verdict|décision|avis|rapport|décisions))\b"
)
CHANNEL_RE = re.compile(r"\s+(?:sur|via|dans)\s+(?:son\s+compte\s+|sa\s+page\s+|le\s+réseau\s+social\s+)?(?P<channel>[A-ZÀ-Þ][\w\-]+)")


def _as_in_introduction(keyphrase: str, intro: list[SourceSentence]) -> str:
    """The keyphrase in the form the introduction writes it ("défenses aériennes" rather than
    "défense aérienne"): Yoast Free, which most editors run, matches word for word."""
    strict = " contre " in keyphrase  # « mobilisation contre la réforme »: a link only strict phrases make
    wanted = max(phrase_surfaces(keyphrase, strict=strict), key=lambda phrase: len(phrase[0]), default=(None, ""))[0]
    if wanted is None or len(wanted) < len(KeyphraseMatcher(keyphrase).keys):
        return keyphrase  # « avalanche aux 2 Alpes »: a phrase made of the lead's words, which it never writes whole
    written = [surface for sentence in intro for key, surface in phrase_surfaces(sentence.text, strict=strict, keep_case=True)
               if key == wanted]
    # « MISS FRANCE | Après … »: a rubric in capitals is no way to write the keyphrase when the candidate is written otherwise
    return next((surface for surface in written if not (surface.isupper() and " " in surface and not keyphrase.isupper())),
                keyphrase)


def _with_keyphrase_point(intro: list[SourceSentence], key_points: list[SourceSentence], keyphrase: str) -> list[SourceSentence]:
    """Open with the source's key point that holds the keyphrase when the first paragraph does not."""
    matcher = KeyphraseMatcher(keyphrase)
    if not matcher or any(matcher.found_in(tokens(s.text)) for s in intro):
        return intro
    holding = [s for s in key_points if matcher.found_in(tokens(s.text))]
    return [holding[0], *intro[: INTRO_MAX_SENTENCES - 1]] if holding else intro


def _leading_list(sentences: list[SourceSentence]) -> list[int]:
    """Ids of list items that open the article (a "key points" box), before any paragraph."""
    leading = []
    for sentence in sentences:
        if sentence.kind != "list_item":
            break
        leading.append(sentence.id)
    return leading if len(leading) < len(sentences) else []


def _introduction(sentences: list[SourceSentence], skipped: set[int]) -> list[SourceSentence]:
    """The first paragraph's opening sentences: up to three, and about a hundred words."""
    rest = [s for s in sentences if s.id not in skipped]
    prose = [s for s in rest if s.words > LABEL_MAX_WORDS]
    rest = [s for s in rest if s.paragraph >= prose[0].paragraph] if prose else rest
    if not rest:
        return []
    first = [s for s in rest if s.paragraph == rest[0].paragraph]
    intro = [first[0]]
    for sentence in first[1:]:
        too_long = len(intro) >= INTRO_MAX_SENTENCES or sum(s.words for s in intro) + sentence.words > INTRO_MAX_WORDS
        if too_long and not opens_with_anaphora(sentence.text):
            break
        intro.append(sentence)
    return intro
