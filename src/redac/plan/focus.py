"""The focus keyphrase: of the article's candidate phrases, the one that names the story.

Each candidate is described by a few facts about its place in the source (`FEATURES`: in the title, in the lead,
in the introduction's first words, said once or again, a name or what happened, who told it, only where it
happened) and scored by a weighted sum of them; the weights are data (`data/focus_weights.json`), learned from the
hand-labelled article sets by `dev/train_focus_ranker.py` (its docstring says how, and how it was measured: each
set held out in turn). A lone common noun (« prix », « pays ») is never chosen while anything else is proposed,
and a place as wide as the news (« France ») only when nothing else opens the article.
"""

from __future__ import annotations

import json
import math
import re
from functools import cache
from pathlib import Path

from redac.analysis import Analysis
from redac.analysis.candidate_phrases import CHUNK_RE, phrase_surfaces
from redac.analysis.keyphrase import Candidate, KeyphraseMatcher, is_lone_common_word, is_wide_place, keyphrase_candidates
from redac.french.events import is_event_noun, names_bystanders, names_institution, said_only_as_where
from redac.french.lemmas import lemma
from redac.french.text import fold
from redac.french.tokens import tokens
from redac.french.wordlists import function_words
from redac.models import SourceSentence

INDEFINITE_ARTICLES = frozenset({"un", "une", "des"})
SUBJECT_WORDS = 6  # the introduction's first words: its grammatical subject, what the article opens on
WEIGHTS_FILE = Path(__file__).parent / "data" / "focus_weights.json"
# What a candidate's score is made of, in the order of the weights' file (see `candidate_features`).
FEATURES = ("score", "words", "long", "name", "event", "intro", "subject", "messenger", "bystander", "where",
            "title", "lead", "once", "count", "first", "spread", "head_spread", "event_head",
            "lone_name", "lone_name_spread")


def focus_keyphrase(analysis: Analysis, source_title: str | None, intro: list[SourceSentence]) -> str:
    """The best-scored candidate, written as the introduction writes it; '' when the source offers none."""
    weights = focus_weights()
    best, best_score = None, -math.inf
    for candidate, features in candidate_features(analysis, source_title, intro):
        score = sum(weights[name] * value for name, value in zip(FEATURES, features, strict=True))
        if score > best_score:  # a tie keeps the candidate the analysis ranks first
            best, best_score = candidate, score
    return _as_in_introduction(best.text, intro) if best else ""


@cache
def focus_weights() -> dict[str, float]:
    return json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))["weights"]


def candidate_features(analysis: Analysis, source_title: str | None,
                       intro: list[SourceSentence]) -> list[tuple[Candidate, list[float]]]:
    """The candidates a keyphrase may be chosen from, each with its `FEATURES` (0/1 facts, logarithms of counts)."""
    paragraphs = [paragraph.text for paragraph in analysis.paragraphs]
    headings = [heading.text for heading in analysis.headings]
    candidates = keyphrase_candidates(source_title or "", paragraphs, headings, limit=30)
    named = [c for c in candidates if not is_lone_common_word(c.text)]
    candidates = named or candidates  # a lone common noun (« prix », « pays ») only when nothing else
    intro_tokens = [tokens(sentence.text) for sentence in intro]
    in_intro = {c.text for c in candidates if any(KeyphraseMatcher(c.text).found_in(t) for t in intro_tokens)}
    if any(c.text in in_intro and not is_wide_place(c.text) for c in candidates):
        candidates = [c for c in candidates if not is_wide_place(c.text)]  # « France » only when nothing else opens the article
    opening = tokens(intro[0].text)[:SUBJECT_WORDS] if intro else []
    if opening and fold(opening[0]) in INDEFINITE_ARTICLES:  # « Un joueur français a remporté … »: nobody in particular
        opening = opening[next((i for i, word in enumerate(opening[1:], 1) if fold(word) in function_words()), len(opening)):]
    messenger = tokens(_messenger(intro[0].text)) if intro else []
    events = any(c.event for c in candidates)
    title_subject = _title_subject(source_title or "")

    blocks = [{lemma(word) for word in tokens(text)} for text in [source_title or "", *paragraphs, *headings]]
    first_sentence = tokens(intro[0].text) if intro else []

    def features(candidate: Candidate) -> dict[str, float]:
        matcher = KeyphraseMatcher(candidate.text)
        text, keys = candidate.text, matcher.keys
        told = bool(messenger) and matcher.found_in(messenger)  # who brings the news, never the story
        # a name that is not the subject the source title opens with, or a body that judges, rescues or reports
        named_only = (names_institution(text) or names_bystanders(text) if text[:1].islower()
                      else not matcher.found_in(title_subject))
        head_spread = math.log1p(sum(keys[0] in block for block in blocks)) if keys else 0.0
        lone_name = float(len(keys) == 1 and text[:1].isupper())
        return {
            "score": math.log(max(candidate.score, 0.01)),  # the analysis's own score: counts weighted by place
            "words": len(keys) > 1, "long": len(keys) > 2, "name": text[:1].isupper(), "event": candidate.event,
            "intro": text in in_intro, "subject": matcher.found_in(opening) and not told and _may_lead(candidate, events),
            "messenger": told, "bystander": events and named_only and not told,
            "where": text[:1].islower() and said_only_as_where(text, paragraphs),  # « palais des congrès », a venue
            "title": candidate.title, "lead": candidate.lead, "once": candidate.once,
            "count": math.log(max(candidate.count, 1)), "first": matcher.found_in(first_sentence),
            "spread": math.log1p(min((sum(key in block for block in blocks) for key in keys), default=0)),  # all its words
            "head_spread": head_spread,  # its first word: the article comes back to « soldes », « grippe »
            "event_head": text[:1].islower() and is_event_noun(text.split()[0]),
            "lone_name": lone_name, "lone_name_spread": lone_name * head_spread,
        }

    found = [(candidate, features(candidate)) for candidate in candidates]
    return [(candidate, [float(values[name]) for name in FEATURES]) for candidate, values in found]


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
    # Chunk by chunk, as candidates are read: a surface never spans a comma (« Après des mois de baisse, les prix des
    # logements… » gave the keyphrase « baisse les prix », fresh17 zc22).
    written = [surface for sentence in intro for chunk in CHUNK_RE.split(sentence.text)
               for key, surface in phrase_surfaces(chunk, strict=strict, keep_case=True) if key == wanted]
    # « MISS FRANCE | Après … »: a rubric in capitals is no way to write the keyphrase when the candidate is written otherwise
    return next((surface for surface in written if not (surface.isupper() and " " in surface and not keyphrase.isupper())),
                keyphrase)
