"""Bounds on a figure: « plus de quatre-vingts sapeurs-pompiers » is not « moins de quatre-vingts ». The figure itself is
the source's, so the number checks pass; only the side of the bound changed. A sentence built on a source sentence
that bounds a figure one way must not bound the same figure the other way.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from redac.checks.support import article_facts
from redac.french.text import fold

if TYPE_CHECKING:
    from redac.checks.faithfulness import SourceFacts
    from redac.checks.findings import Finding

BEFORE = 32  # characters before a figure read for its bound
# The bound just before a figure (folded text), the longest first: « pas plus de » bounds from above, « pas moins de » from below.
BOUNDS = (
    (re.compile(r"\bpas moins d(?:e\s*|')$"), "plus"),
    (re.compile(r"\bpas plus d(?:e\s*|')$"), "moins"),
    (re.compile(r"\b(?:plus|davantage) d(?:e\s*|')$|\bau moins\s*$|\bau-?dela d(?:e\s*|')$"), "plus"),
    (re.compile(r"\bmoins d(?:e\s*|')$|\bau (?:plus|maximum)\s*$"), "moins"),
)
SAID = {"plus": "plus de", "moins": "moins de"}


def bound_issues(sentence: str, source: SourceFacts, local: int | None) -> list[Finding]:
    """A figure the sentence bounds one way (« moins de mille personnes ») that the passage it is built on bounds the
    other way (« un peu plus de mille personnes »), and never this way."""
    mine = _bounded(sentence)
    if not mine or local is None:
        return []
    window = source.window(local)
    theirs = {(side, value): near for near in window for side, value, _ in _bounded(near.text)}
    found: list[Finding] = []
    for side, value, written in mine:
        other = "moins" if side == "plus" else "plus"
        said = theirs.get((other, value))
        if said is not None and (side, value) not in theirs:
            found.append(("negation", written, f"borne inversée : la source dit « {SAID[other]} » ce nombre", said))
    return found


def _bounded(text: str) -> list[tuple[str, str, str]]:
    """(side, number, as written) of each figure of `text` that a bound opens (« plus de », « au moins », « moins de »)."""
    if "plus" not in text and "moins" not in text and "dela" not in fold(text):
        return []  # most sentences bound nothing: no facts read
    found = []
    for fact in article_facts(text):
        if fact.kind != "number":
            continue
        before = fold(text[max(0, fact.start - BEFORE) : fact.start])
        side = next((side for pattern, side in BOUNDS if pattern.search(before)), None)
        if side:
            found.append((side, fact.value.split(" ")[0], fact.text))
    return found

