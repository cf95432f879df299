"""Text normalization for matching (never for output: outputs keep the source's characters)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

APOSTROPHES_RE = re.compile("[’‘ʼ`´]")
COMBINING_RE = re.compile(r"[\u0300-\u036f]")
MAX_CACHED_WORDS = 1 << 17  # folded words kept per process (cleared when full)


class _FoldedWords(dict[str, str]):
    """Word -> its folded form, each word normalized once per process: words repeat from line to line
    and from page to page, and a dict lookup in C costs less than any per-character pass in Python."""

    def __missing__(self, word: str) -> str:
        if len(self) >= MAX_CACHED_WORDS:
            self.clear()
        folded = self[word] = word if word.isascii() else _fold_word(word)
        return folded


_FOLDED_WORDS = _FoldedWords()


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase, strip accents, straighten apostrophes and collapse spaces: 'L’Élysée ' -> "l'elysee".

    Word by word: whitespace is a base character that no accent or mark reorders across, so the
    whole line's normalization is its words' normalizations, and words repeat from line to line."""
    if not text.isascii():
        text = " ".join(map(_FOLDED_WORDS.__getitem__, text.replace("`", "'").split()))
    if "  " in text or not text.isprintable() or text[:1] == " " or text[-1:] == " ":
        text = " ".join(text.split())  # every other whitespace character is unprintable
    return text.lower()


def _fold_word(word: str) -> str:
    return COMBINING_RE.sub("", unicodedata.normalize("NFKD", APOSTROPHES_RE.sub("'", word)))


def word_count(text: str) -> int:
    """`len(text.split())` without building the words: in printable text the space is the only
    whitespace character, so text with single inner spaces and none at its ends has one word more than
    spaces (checked over every code point)."""
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text.count(" ") + 1 if text else 0
    return len(text.split())
