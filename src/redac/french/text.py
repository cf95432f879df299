"""Text normalization for matching (never for output: outputs keep the source's characters)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

APOSTROPHES_RE = re.compile("[’‘ʼ`´]")
COMBINING_RE = re.compile(r"[\u0300-\u036f]")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase, strip accents, straighten apostrophes and collapse spaces: 'L’Élysée ' -> "l'elysee".

    Word by word: whitespace is a base character that no accent or mark reorders across, so the
    whole line's normalization is its words' normalizations, and words repeat from line to line."""
    if not text.isascii():
        words = text.replace("`", "'").split()
        text = " ".join([word if word.isascii() else _fold_word(word) for word in words])
    if "  " in text or not text.isprintable() or text[:1] == " " or text[-1:] == " ":
        text = " ".join(text.split())  # every other whitespace character is unprintable
    return text.lower()


@lru_cache(maxsize=65536)
def _fold_word(word: str) -> str:
    return COMBINING_RE.sub("", unicodedata.normalize("NFKD", APOSTROPHES_RE.sub("'", word)))
