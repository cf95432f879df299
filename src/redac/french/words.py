"""The project's word-count rule (DESIGN.md): whitespace-separated tokens holding a letter or digit.

"l'armée" is one word, "«" and "—" are none, and a number written with thousands separators
("30 000", "1 250 000") is one word, so that counts never overstate an article's length.
"""

from __future__ import annotations

import re
from functools import lru_cache

# A 1-3 digit group followed by groups of exactly three digits, separated by (no-break) spaces.
THOUSANDS_RE = re.compile(r"(?<!\S)\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])")
WORD_RE = re.compile(r"\S*[^\W_]\S*")


@lru_cache(maxsize=16384)  # the plan, the engine, the checks and the audit count the same texts again and again
def count_words(text: str) -> int:
    return len(WORD_RE.findall(THOUSANDS_RE.sub("0", text)))
