"""Text normalization for matching (never for output: outputs keep the source's characters)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

APOSTROPHES_RE = re.compile("[’‘ʼ`´]")
COMBINING_RE = re.compile(r"[\u0300-\u036f]")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase, strip accents, straighten apostrophes and collapse spaces: 'L’Élysée ' -> "l'elysee"."""
    if not text.isascii():
        text = COMBINING_RE.sub("", unicodedata.normalize("NFKD", APOSTROPHES_RE.sub("'", text)))
    if "  " in text or not text.isprintable() or text[:1] == " " or text[-1:] == " ":
        text = " ".join(text.split())  # every other whitespace character is unprintable
    return text.lower()

