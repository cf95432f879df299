"""Originality: how much of an article is copied word for word from its source.

The measure is the share of the article's 8-word shingles (folded words, punctuation ignored) that
also occur in the source. Quotations are left out on both sides: they must stay verbatim, so they
are never counted as copying. An extractive article scores near 1 by design; a real rewrite
(the LLM engine) should score low.
"""

from __future__ import annotations

from redac.french.facts import outside_quotations
from redac.french.text import fold
from redac.french.tokens import tokens

SHINGLE_WORDS = 8


def copied_share(article_texts: list[str], source_texts: list[str]) -> float:
    """Share (0-1) of the article's shingles found in the source; 0.0 when the article has none."""
    article = [shingle for text in article_texts for shingle in _shingle_list(text)]
    return _share_found(article, _source_shingles(source_texts))


def copied_passages(article_texts: list[str], source_texts: list[str], max_share: float = 0.0) -> list[str]:
    """The article texts (paragraphs) whose share of copied shingles exceeds `max_share`, for a paraphrase repair.

    A few shared 8-word runs are normal in a faithful rewrite (an institution's full name, "il y a
    un peu plus d'un an"); the repair is for paragraphs that copy more than the article may.
    """
    source = _source_shingles(source_texts)
    return [text for text in article_texts if _share_found(_shingle_list(text), source) > max_share]


def _share_found(shingles: list[tuple[str, ...]], source: set[tuple[str, ...]]) -> float:
    """Share of `shingles` found in the source; 0.0 for a text too short to have any."""
    return sum(1 for shingle in shingles if shingle in source) / len(shingles) if shingles else 0.0


def _source_shingles(texts: list[str]) -> set[tuple[str, ...]]:
    return {shingle for text in texts for shingle in _shingle_list(text)}


def shingle_count(text: str) -> int:
    """How many 8-word runs this check reads in `text` (quotations aside): what a passage costs of the
    copy allowance."""
    return len(_shingle_list(text))


def _shingle_list(text: str) -> list[tuple[str, ...]]:
    """8-word windows inside each stretch of text between quotations (a window never spans one)."""
    windows: list[tuple[str, ...]] = []
    for stretch in outside_quotations(text):
        words = [fold(word) for word in tokens(stretch)]
        windows.extend(tuple(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1))
    return windows
