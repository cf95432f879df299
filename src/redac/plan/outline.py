"""The outline: the source's body cut into coherent sections, each with an informative subheading.

Topic segmentation is a small dynamic program over the body sentences, in source order: a cut
costs the lexical similarity (lemmas of content words) of the two sentences on each side, plus a
premium for cutting inside a paragraph; a subheading of the source is a free cut. Sections aim at
an even length, are at least `min_h2` many, and never exceed `section_max_words` when a cut can
avoid it. Sentences keep their
order: news is written as an inverted pyramid, and reordering would strand pronouns ("Il a
déclaré…") away from the names they stand for.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Set as AbstractSet
from itertools import pairwise

from redac.analysis import Analysis
from redac.analysis.keyphrase import KeyphraseMatcher
from redac.french.case import capitalize_first
from redac.french.facts import extract_facts
from redac.french.lemmas import content_lemmas, lemma
from redac.french.sentences import opens_with_anaphora, sentence_opener
from redac.french.tokens import tokens
from redac.limits import DEFAULT_LIMITS, Limits
from redac.models import Section, SourceSentence
from redac.plan.phrases import phrase_counts

SECTION_TARGET_WORDS = 190
SECTION_MIN_WORDS = 60
INSIDE_PARAGRAPH_COST = 1.0
ANAPHORA_CUT_COST = 2.0
REPEATED_OPENERS_BONUS = 1.5
QUOTE_END_RE = re.compile(r"[.!?…][\s\u00a0\u202f]*»$")
HEADING_MAX_CHARS = 70
GENERIC_HEADINGS = frozenset({"introduction", "conclusion", "contexte", "suite", "partie", "resume"})


def outline(
    analysis: Analysis,
    body: list[SourceSentence],
    keyphrase: str,
    *,
    min_words: int,
    limits: Limits = DEFAULT_LIMITS,
) -> list[Section]:
    """Sections over `body` (the sentences after the introduction), with headings, budgets and facts."""
    if not body:
        return []
    groups = segment(body, _source_heading_cuts(analysis, body), limits)
    sections = [Section("", [s.id for s in group], sum(s.words for s in group), 0) for group in groups]
    _name_sections(sections, {s.id: s for s in body}, keyphrase, limits)
    _set_budgets(sections, min_words)
    for section, group in zip(sections, groups, strict=True):
        section.facts = _facts(group)
    return sections


def segment(
    sentences: list[SourceSentence], forced_cuts: AbstractSet[int] = frozenset(), limits: Limits = DEFAULT_LIMITS
) -> list[list[SourceSentence]]:
    """Cut `sentences` into contiguous groups (see the module docstring)."""
    total = sum(s.words for s in sentences)
    count = max(1, min(len(sentences), max(limits.min_h2, math.ceil(total / SECTION_TARGET_WORDS))))
    target = total / count
    cut_cost = [_cut_cost(sentences, i, forced_cuts) for i in range(len(sentences))]
    prefix = [0]
    for sentence in sentences:
        prefix.append(prefix[-1] + sentence.words)

    def section_cost(start: int, end: int) -> float:
        words = prefix[end] - prefix[start]
        over = 25.0 if words > limits.section_max_words and end - start > 1 else 0.0
        under = 2.0 if words < SECTION_MIN_WORDS else 0.0
        return ((words - target) / target) ** 2 + over + under

    best = _best_cuts(len(sentences), count, cut_cost, section_cost)
    bounds = [0, *best, len(sentences)]
    return [sentences[a:b] for a, b in pairwise(bounds)]


def _best_cuts(n: int, count: int, cut_cost: list[float], section_cost) -> list[int]:
    """Cut positions (sentence indexes where a section starts, first excluded) minimizing the cost."""
    INF = float("inf")
    best = [[INF] * (n + 1) for _ in range(count + 1)]
    back = [[0] * (n + 1) for _ in range(count + 1)]
    best[0][0] = 0.0
    for sections in range(1, count + 1):
        for end in range(sections, n + 1):
            for start in range(sections - 1, end):
                if best[sections - 1][start] == INF:
                    continue
                cost = best[sections - 1][start] + section_cost(start, end) + (cut_cost[start] if start else 0.0)
                if cost < best[sections][end]:
                    best[sections][end], back[sections][end] = cost, start
    cuts, end = [], n
    for sections in range(count, 0, -1):
        end = back[sections][end]
        cuts.append(end)
    return sorted(cut for cut in cuts if cut)


def _cut_cost(sentences: list[SourceSentence], index: int, forced_cuts: AbstractSet[int]) -> float:
    if index == 0:
        return 0.0
    if sentences[index].id in forced_cuts:
        return -1.0
    before = _bag(sentences[max(0, index - 2) : index])
    after = _bag(sentences[index : index + 2])
    inside = sentences[index].paragraph == sentences[index - 1].paragraph
    leaning = opens_with_anaphora(sentences[index].text)
    cost = _cosine(before, after) + (INSIDE_PARAGRAPH_COST if inside else 0.0) + (ANAPHORA_CUT_COST if leaning else 0.0)
    return cost - (REPEATED_OPENERS_BONUS if _third_same_opener(sentences, index) else 0.0)


def _third_same_opener(sentences: list[SourceSentence], index: int) -> bool:
    """Whether sentence `index` is the third in a row to start with the same word: a subheading
    between them breaks the run readers (and Yoast) notice. Yoast reads the closing guillemet after
    a quoted sentence ('… armes. »') as an empty sentence that joins the run after it, so such a
    quote counts as the run's first sentence."""
    if index < 1:
        return False
    opener = sentence_opener(tokens(sentences[index].text))
    if opener is None or sentence_opener(tokens(sentences[index - 1].text)) != opener:
        return False
    before = sentences[index - 2] if index >= 2 else None
    return before is not None and (
        sentence_opener(tokens(before.text)) == opener or bool(QUOTE_END_RE.search(before.text))
    )


def _bag(sentences: list[SourceSentence]) -> Counter[str]:
    return Counter(key for sentence in sentences for key in content_lemmas(sentence.text))


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    if not a or not b:
        return 0.0
    dot = sum(count * b[key] for key, count in a.items())
    return dot / math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))


def _source_heading_cuts(analysis: Analysis, body: list[SourceSentence]) -> set[int]:
    """Ids of the first sentence after each subheading of the source: the author's own cuts."""
    heading_blocks = {heading.index for heading in analysis.headings}
    cuts = set()
    by_paragraph: dict[int, int] = {}
    for sentence in body:
        by_paragraph.setdefault(sentence.paragraph, sentence.id)
    for number, paragraph in enumerate(analysis.paragraphs):
        if paragraph.index - 1 in heading_blocks and number in by_paragraph:
            cuts.add(by_paragraph[number])
    return cuts


def _name_sections(sections: list[Section], by_id: dict[int, SourceSentence], keyphrase: str, limits: Limits) -> None:
    """An informative heading per section: its most distinctive noun phrases, as written."""
    texts = {section_index: [by_id[i].text for i in section.sentences] for section_index, section in enumerate(sections)}
    document_counts, _ = phrase_counts([text for group in texts.values() for text in group])
    matcher = KeyphraseMatcher(keyphrase)
    used: set[str] = {lemma(word) for word in tokens(keyphrase)}
    keyphrase_sections = _keyphrase_sections(sections, by_id, matcher, limits)
    for index, section in enumerate(sections):
        counts, surfaces = phrase_counts(texts[index])
        ranked = sorted(
            (key for key in counts if len(key) > 1 or (counts[key] > 1 and len(key[0]) > 4)),
            key=lambda key: (-_distinctiveness(key, counts, document_counts), surfaces[key]),
        )
        chosen = []
        for key in ranked:
            if used.intersection(key) or GENERIC_HEADINGS.intersection(key):
                continue
            chosen.append(surfaces[key])
            used.update(key)
            if len(chosen) == 2:
                break
        section.topic = _topic(chosen)
        section.heading = capitalize_first(f"{keyphrase} : {section.topic}" if index in keyphrase_sections and section.topic else section.topic or keyphrase)


def _keyphrase_sections(
    sections: list[Section], by_id: dict[int, SourceSentence], matcher: KeyphraseMatcher, limits: Limits
) -> set[int]:
    """The sections whose heading should carry the keyphrase: about half, within the limits' share of
    subheadings (`Limits.subheadings_keyphrase_range`), among those that mention it."""
    if not matcher:
        return set()
    mentioning = [
        index
        for index, section in enumerate(sections)
        if any(matcher.found_in(tokens(by_id[i].text)) for i in section.sentences)
    ]
    low, high = limits.subheadings_keyphrase_range(len(sections))
    return set(mentioning[: max(1, min(max(len(sections) // 2, low), high))])


def _distinctiveness(key: tuple[str, ...], counts: Counter, document_counts: Counter) -> float:
    length_bonus = {1: 1.0, 2: 1.6, 3: 1.7}.get(len(key), 1.3)
    return counts[key] * counts[key] / document_counts[key] * length_bonus


def _topic(phrases: list[str]) -> str:
    """'sanctions secondaires et frappes aériennes': one or two noun phrases, as the source writes them."""
    if len(phrases) == 2 and len(phrases[0]) + len(phrases[1]) + 4 <= HEADING_MAX_CHARS:
        return f"{phrases[0]} et {phrases[1]}"
    return phrases[0] if phrases else ""


def _set_budgets(sections: list[Section], min_words: int) -> None:
    """Split 110 % of min_words across sections in proportion to what each carries."""
    total = sum(section.words for section in sections) or 1
    for section in sections:
        section.budget = round(1.1 * min_words * section.words / total)


def _facts(group: list[SourceSentence]) -> list[str]:
    seen: dict[str, None] = {}
    for sentence in group:
        for fact in extract_facts(sentence.text):
            seen.setdefault(fact.text, None)
    return list(seen)
