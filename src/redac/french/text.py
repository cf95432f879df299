"""Text normalization for matching (never for output: outputs keep the source's characters)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache, wraps
from typing import ParamSpec, TypeVar

APOSTROPHES_RE = re.compile("[’‘ʼ`´]")
COMBINING_RE = re.compile(r"[\u0300-\u036f]")
MAX_CACHED_WORDS = 1 << 17  # folded words kept per process (cleared when full)
FRESH_LINES = 512  # non-ASCII lines folded whole once the word memo is emptied (WordMemo)
MAX_COUNTED_LINES = 4096  # word counts of the last non-ASCII lines folded (cleared when full)
V = TypeVar("V")
P = ParamSpec("P")


class WordMemo(dict[str, V]):
    """A word -> what `compute` makes of it, each word computed once per process and the whole cleared at `limit`
    words: words repeat from line to line and from page to page, and a dict lookup in C costs less than any
    per-character pass in Python.

    `fresh_lines`: how many lines, once the memo is emptied (a process's first pages), its reader reads whole instead
    of word by word (it counts them down in `fresh`): most words of a first page are new, and one pass over a line costs
    less than one Python call per new word; the memo serves once words repeat."""

    def __init__(self, compute: Callable[[str], V], limit: int, fresh_lines: int = 0) -> None:
        super().__init__()
        self._compute, self._limit = compute, limit
        self.fresh_lines = self.fresh = fresh_lines

    def clear(self) -> None:
        super().clear()
        self.fresh = self.fresh_lines

    def __missing__(self, word: str) -> V:
        if len(self) >= self._limit:
            self.clear()
        value = self[word] = self._compute(word)
        return value


def memoized_list(maxsize: int) -> Callable[[Callable[P, list[V]]], Callable[P, list[V]]]:
    """For a pure function of text that returns a list: each distinct call computed once per process (the plan,
    the engine, the checks and the audit read the same sentences and paragraphs again and again); every caller
    still gets a list of its own, which it may change."""

    def decorate(function: Callable[P, list[V]]) -> Callable[P, list[V]]:
        cached = lru_cache(maxsize=maxsize)(lambda *args, **kwargs: tuple(function(*args, **kwargs)))

        @wraps(function)
        def memoized(*args: P.args, **kwargs: P.kwargs) -> list[V]:
            return list(cached(*args, **kwargs))  # type: ignore[arg-type]  # the arguments are text and numbers

        return memoized

    return decorate


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase, strip accents, straighten apostrophes and collapse spaces: 'L’Élysée ' -> "l'elysee".

    Word by word: whitespace is a base character that no accent or mark reorders across, and no
    lowercase mapping reads across it (the final sigma's context stops there), so the whole line's
    normalization is its words' normalizations, and words repeat from line to line. A folded word holds
    no whitespace but the spaces of a compatibility decomposition (« ¨ »), and lowercasing makes none
    (both checked over every code point): only doubled or edge spaces need collapsing, and the
    non-ASCII line is never scanned whole again (`lower` and `isprintable` read it character by
    character). While the word memo is fresh (a process's first pages, WordMemo), the line is folded whole
    instead: most of its words are new then."""
    if text.isascii():
        if "  " in text or not text.isprintable() or text[:1] == " " or text[-1:] == " ":
            text = " ".join(text.split())  # every other whitespace character is unprintable
        return text.lower()
    words = text.replace("`", "'").split()
    if len(_WORD_COUNTS) >= MAX_COUNTED_LINES:
        _WORD_COUNTS.clear()
    _WORD_COUNTS[text] = len(words)
    if _FOLDED_WORDS.fresh:  # a first page: the line folded whole (tests/french/test_fold.py: the same)
        _FOLDED_WORDS.fresh -= 1
        return " ".join(COMBINING_RE.sub("", unicodedata.normalize("NFKD", APOSTROPHES_RE.sub("'", text))).split()).lower()
    folded = " ".join(map(_FOLDED_WORDS.__getitem__, words))
    if "  " in folded or folded[:1] == " " or folded[-1:] == " ":
        folded = " ".join(folded.split())  # a word folded to nothing, or to a compatibility space
    return folded


def _fold_word(word: str) -> str:
    if word.isascii():
        return word.lower()
    return COMBINING_RE.sub("", unicodedata.normalize("NFKD", APOSTROPHES_RE.sub("'", word))).lower()


_FOLDED_WORDS = WordMemo(_fold_word, MAX_CACHED_WORDS, FRESH_LINES)
_WORD_COUNTS: dict[str, int] = {}


def folded_word_count(text: str) -> int:
    """`word_count(text)` for a line just given to `fold`: folding a non-ASCII line splits it into its words, and
    their number is kept, so the line is not read whole once more (`isprintable` reads it character by
    character). `replace` makes no whitespace: the split is `text.split()`'s."""
    counted = _WORD_COUNTS.get(text)
    return word_count(text) if counted is None else counted


def word_count(text: str) -> int:
    """`len(text.split())` without building the words: in printable text the space is the only
    whitespace character, so text with single inner spaces and none at its ends has one word more than
    spaces (checked over every code point)."""
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text.count(" ") + 1 if text else 0
    return len(text.split())
