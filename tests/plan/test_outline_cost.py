"""The outline's segmentation: the pruned dynamic program finds the same cuts as a full search on
article-sized inputs, and a source longer than any article is cut chunk by chunk (linear cost)."""

from __future__ import annotations

import importlib
import itertools
import math
import random

from redac.limits import DEFAULT_LIMITS
from redac.models import SourceSentence

outline = importlib.import_module("redac.plan.outline")  # redac.plan.outline is also the name of a function
CHUNK_SENTENCES, EXACT_SEGMENT_MAX_SENTENCES, segment = outline.CHUNK_SENTENCES, outline.EXACT_SEGMENT_MAX_SENTENCES, outline.segment

WORDS = "garantie sécurité armée drone frontière sommet ministre conseil accord sanction budget région".split()


def body(lengths: list[int], rng: random.Random, paragraph_size: int = 3) -> list[SourceSentence]:
    sentences = []
    for index, length in enumerate(lengths):
        text = " ".join(rng.choice(WORDS) for _ in range(length)) + "."
        sentences.append(SourceSentence(index, text.capitalize(), index // paragraph_size, "paragraph", length))
    return sentences


def full_search(sentences: list[SourceSentence]) -> list[list[SourceSentence]]:
    """Every way to cut into the outline's number of sections, the cheapest kept: the reference."""
    total = sum(s.words for s in sentences)
    count = max(1, min(len(sentences), max(DEFAULT_LIMITS.min_h2, math.ceil(total / outline.SECTION_TARGET_WORDS))))
    target = total / count
    cut_cost = [outline._cut_cost(sentences, i, set()) for i in range(len(sentences))]

    def cost(bounds):
        value = 0.0
        for start, end in zip(bounds, bounds[1:]):
            words = sum(s.words for s in sentences[start:end])
            over = 25.0 if words > DEFAULT_LIMITS.section_max_words and end - start > 1 else 0.0
            under = 2.0 if words < outline.SECTION_MIN_WORDS else 0.0
            value += ((words - target) / target) ** 2 + over + under + (cut_cost[start] if start else 0.0)
        return value

    candidates = [[0, *cuts, len(sentences)] for cuts in itertools.combinations(range(1, len(sentences)), count - 1)]
    best = min(candidates, key=cost)
    return [sentences[a:b] for a, b in zip(best, best[1:])]


def test_pruned_segmentation_equals_a_full_search_on_article_sized_inputs():
    rng = random.Random(7)
    for _ in range(25):
        lengths = [rng.randint(8, 45) for _ in range(rng.randint(6, 12))]
        sentences = body(lengths, rng)
        assert [[s.id for s in g] for g in segment(sentences)] == [[s.id for s in g] for g in full_search(sentences)]


def test_a_source_longer_than_an_article_is_segmented_by_chunks_ending_with_paragraphs():
    rng = random.Random(3)
    sentences = body([rng.randint(10, 35) for _ in range(EXACT_SEGMENT_MAX_SENTENCES + 250)], rng)
    groups = segment(sentences)
    assert [s.id for group in groups for s in group] == list(range(len(sentences)))  # every sentence, in order
    ends = {chunk[-1].id for chunk in outline._chunks(sentences)}
    assert all(len(chunk) >= CHUNK_SENTENCES or chunk[-1].id == len(sentences) - 1 for chunk in outline._chunks(sentences))
    assert all(sentences[end].paragraph != sentences[end + 1].paragraph for end in ends if end + 1 < len(sentences))
    assert ends <= {group[-1].id for group in groups}  # a chunk end is a section end
    assert all(sum(s.words for s in group) <= outline.SECTION_CAP_FACTOR * DEFAULT_LIMITS.section_max_words for group in groups)
