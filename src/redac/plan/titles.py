"""Customized French titles: several candidates built from the source's own words, scored.

Every candidate is made of words the source already holds (its title, its lead, its subheadings,
its names), rearranged, so no candidate can state what the source does not. Scores reward a
keyphrase at the start, a width that fills but does not overflow the search result line (the limits'
`title_min_px` to `title_max_px`), the essentials of the lead (names, numbers), and distance from the
source title; they punish clickbait.
"""

from __future__ import annotations

import re
from itertools import pairwise

from redac.analysis.keyphrase import KeyphraseMatcher
from redac.french.case import capitalize_first, lowercase_first
from redac.french.facts import extract_facts
from redac.french.text import fold
from redac.french.tokens import tokens
from redac.limits import DEFAULT_LIMITS, Limits
from redac.models import TitleCandidate
from redac.seo.serp import title_width_px

LEAD_CLAUSE_MIN_WORDS = 6
CLICKBAIT = ("incroyable", "choc", "hallucinant", "vous ne devinerez", "voici pourquoi", "ce qui va suivre",
             "buzz", "fou", "dingue", "scandaleux", "!")
# Prepositions that open a circumstance clause which can move to the front of a title.
FRONTABLE_RE = re.compile(
    r"\s(?P<clause>(?:après|avant|malgré|pendant|lors d[eu]|face (?:à|aux?)|au sommet d[eu]s?|en marge d[eu]s?)\s.+)$",
    re.IGNORECASE,
)
COMPLEMENT_START_RE = re.compile(r"\s(?:au|aux|sur|pour|avec|après|avant|face|lors|dans|par|contre|malgré|en)\s")
# Titles that keep a verb from the source title or lead read as news; lists of names or a generic
# tail are fallbacks.
HOW_BONUS = {"source-title": 1.5, "main-clause": 1.5, "circumstance-first": 1.5, "shortened": 1.0,
             "parts-swapped": 1.5, "lead": 1.0, "subheading": 0.3, "names": -1.0, "generic": -1.0}
SPLIT_RE = re.compile(r"\s*(?::|\s[–—-]\s|\|)\s*")


def title_candidates(
    source_title: str | None,
    keyphrase: str,
    lead: str,
    headings: list[str],
    limits: Limits = DEFAULT_LIMITS,
) -> list[TitleCandidate]:
    """Scored candidates, best first; none equals the source title."""
    proposals: dict[str, str] = {}
    for text, how in _proposals(source_title or "", keyphrase, lead, headings, limits):
        text = _tidy(text)
        if text and fold(text) != fold(source_title or "") and text not in proposals:
            proposals[text] = how
    matcher = KeyphraseMatcher(keyphrase)
    essentials = _essentials(lead)
    scored = [TitleCandidate(text, _score(text, how, matcher, essentials, source_title, limits), title_width_px(text), how)
              for text, how in proposals.items()]
    return sorted(scored, key=lambda candidate: (-candidate.score, candidate.text))


def _proposals(source_title: str, keyphrase: str, lead: str, headings: list[str], limits: Limits):
    """(title, how) pairs; each is checked for width and scored afterwards."""
    key = capitalize_first(keyphrase)
    for text, how in _source_title_variants(source_title):
        yield text, how
        yield _with_keyphrase(key, text), f"keyphrase+{how}"
    clause = _lead_clause(lead, limits.title_max_px)
    if clause:
        yield _with_keyphrase(key, clause), "keyphrase+lead"
        yield clause, "lead"
    for cut in _complement_cuts(_first_sentence(lead)):
        for text in dict.fromkeys([cut, _surnames(cut)]):
            yield _with_keyphrase(key, text), "keyphrase+lead"
            yield text, "lead"
    for heading in headings[:3]:
        if fold(keyphrase) not in fold(heading):
            yield f"{key} : {lowercase_first(heading)}", "keyphrase+subheading"
    names = _names(source_title + ". " + lead, keyphrase)
    if len(names) >= 2:
        yield f"{key} : {', '.join(names[:-1])} et {names[-1]}", "keyphrase+names"
    yield f"{key} : ce qu’il faut retenir", "keyphrase+generic"


def _source_title_variants(title: str):
    """The source title rearranged: circumstance first, parts swapped, shortened at a complement,
    full names shortened to surnames. All keep the title's own words."""
    if not title:
        return
    variants = [(title, "source-title")]
    moved = FRONTABLE_RE.search(title)
    if moved:
        main = title[: moved.start()].strip()
        variants.append((f"{capitalize_first(moved.group('clause'))}, {lowercase_first(main)}", "circumstance-first"))
        variants.append((main, "main-clause"))
    parts = [part for part in SPLIT_RE.split(title) if part]
    if len(parts) > 1:
        variants.append((f"{capitalize_first(parts[-1])} : {lowercase_first(' '.join(parts[:-1]))}", "parts-swapped"))
    for cut in _complement_cuts(title):
        variants.append((cut, "shortened"))
    for text, how in list(variants):
        short = _surnames(text)
        if short != text:
            variants.append((short, f"{how}+surnames"))
    yield from variants


def _with_keyphrase(key: str, text: str) -> str:
    """'Keyphrase : text', unless the text already starts with the keyphrase."""
    if fold(text).startswith(fold(key)):
        return text
    return f"{key} : {lowercase_first(text)}"


def _complement_cuts(title: str) -> list[str]:
    """The title cut before each of its last prepositional complements ("… face aux frappes russes")."""
    cuts = []
    for match in COMPLEMENT_START_RE.finditer(title):
        head = title[: match.start()].rstrip(" ,")
        if len(tokens(head)) >= 3:
            cuts.append(head)
    return cuts


def _surnames(text: str) -> str:
    """'Donald Trump et Volodymyr Zelensky' -> 'Trump et Zelensky': a surname names the same person."""
    for fact in sorted(extract_facts(text), key=lambda f: -f.start):
        words = fact.text.split()
        if fact.kind == "name" and len(words) == 2 and all(w[:1].isupper() and not w.isupper() for w in words):
            text = text[: fact.start] + words[-1] + text[fact.end :]
    return text


def _first_sentence(lead: str) -> str:
    return re.split(r"(?<=[.!?])\s", lead.strip(), maxsplit=1)[0].rstrip(".")


def _lead_clause(lead: str, max_px: int) -> str:
    """The lead's first sentence, or its first clause when the sentence is too long for a title."""
    sentence = _first_sentence(lead)
    if title_width_px(sentence) <= max_px:
        return sentence
    clause = sentence.split(",")[0]
    fits = len(clause) < len(sentence) and title_width_px(clause) <= max_px
    return clause if fits and len(tokens(clause)) >= LEAD_CLAUSE_MIN_WORDS else ""


def _names(text: str, keyphrase: str) -> list[str]:
    seen: dict[str, None] = {}
    keywords = set(fold(keyphrase).split())
    for fact in extract_facts(text):
        words = set(fold(fact.text).split())
        if fact.kind == "name" and not words & keywords and not any(words & set(fold(n).split()) for n in seen):
            seen.setdefault(fact.text, None)
    return list(seen)[:3]


def _essentials(lead: str) -> set[str]:
    """Folded names and numbers of the lead: what an informative title carries."""
    return {fold(fact.text) for fact in extract_facts(lead) if fact.kind in {"name", "number", "date"}}


def _score(text: str, how: str, matcher: KeyphraseMatcher, essentials: set[str], source_title: str | None,
           limits: Limits) -> float:
    width = title_width_px(text)
    if width > limits.title_max_px:
        return -1.0
    score = 0.0
    position = matcher.phrase_position(text) if matcher else None
    if position is not None:
        score += 3.0 if position == 0 else 2.0 if position <= limits.title_keyphrase_max_position * len(text) else 1.0
    folded = fold(text)
    score += min(3, sum(1 for item in essentials if item in folded)) * 0.4
    score += 1.0 if width >= limits.title_min_px else width / limits.title_min_px
    score -= 3.0 * sum(1 for word in CLICKBAIT if word in folded)
    score += HOW_BONUS.get(how.split("+")[1] if how.startswith("keyphrase+") else how.split("+", maxsplit=1)[0], 0.0)
    score -= 0.5 * _overlap(text, source_title or "")
    score -= 2.0 if matcher and folded.count(fold(matcher.text)) > 1 else 0.0  # the keyphrase said twice
    return round(score, 3)


def _overlap(text: str, other: str) -> float:
    """Share of the title's words that follow each other as in the other title (bigrams)."""
    words, others = [fold(w) for w in tokens(text)], [fold(w) for w in tokens(other)]
    pairs, other_pairs = set(pairwise(words)), set(pairwise(others))
    return len(pairs & other_pairs) / len(pairs) if pairs else 0.0


def _without_keyphrase_prefix(title: str, keyphrase: str) -> str:
    if fold(title).startswith(fold(keyphrase)):
        rest = title[len(keyphrase) :].lstrip(" :,–—-")
        return rest or title
    return title


def _tidy(text: str) -> str:
    text = " ".join(text.split()).strip(" ,;")
    return text.rstrip(".")
