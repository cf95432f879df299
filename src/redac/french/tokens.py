"""Word tokens for matching and measuring (counting stays in words.py, with the project's rule).

A token is a run of letters and digits with inner apostrophes, hyphens and decimal marks:
"l'armée", "peut-être", "2,5", "30". Elisions are stripped for matching ("l'armée" -> "armée"),
as search engines and readers see the noun, not the article glued to it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from redac.french.text import fold

TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)+(?![^\W_])|[^\W_]+(?:['’\-][^\W_]+)*")
ELISION_RE = re.compile(r"^(?:lorsqu|puisqu|quoiqu|jusqu|presqu|qu|[cdjlmnst])['’](?=[^\W_])", re.IGNORECASE)


def tokens(text: str) -> list[str]:
    return list(_tokens(text))


@lru_cache(maxsize=16384)
def _tokens(text: str) -> tuple[str, ...]:
    """The plan, the engine and the checks tokenize the same sentences, headings and phrases again and
    again: each text is read once per process (a fresh list each call, so a caller may change it)."""
    return tuple(TOKEN_RE.findall(text))


@lru_cache(maxsize=65536)
def strip_elision(token: str) -> str:
    """"l'armée" -> "armée", "qu'il" -> "il"; other tokens unchanged."""
    return ELISION_RE.sub("", token)


@lru_cache(maxsize=65536)
def match_form(token: str) -> str:
    """The form two tokens are compared in when word forms are not in play: folded, elision dropped."""
    return fold(strip_elision(token))

