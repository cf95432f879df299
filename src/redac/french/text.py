"""Text normalization for matching (never for output: outputs keep the source's characters)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})
SPACES_RE = re.compile(r"\s+")
NON_WORD_RE = re.compile(r"[^\w']+")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase, strip accents, straighten apostrophes and collapse spaces: 'L’Élysée ' -> "l'elysee"."""
    decomposed = unicodedata.normalize("NFKD", text.translate(APOSTROPHES))
    ascii_ish = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return SPACES_RE.sub(" ", ascii_ish).strip().lower()


def words_of(text: str) -> list[str]:
    """Folded word tokens (apostrophes kept inside words, hyphens split): for vocabulary tests."""
    return NON_WORD_RE.sub(" ", fold(text)).split()
