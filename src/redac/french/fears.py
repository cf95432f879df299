"""The « ne » of a feared event: « craint que les importateurs japonais et sud-coréens ne suspendent leurs commandes »
negates nothing (the fear is that they suspend them), however long the subject between « que » and « ne »."""

from __future__ import annotations

FEAR_OPENINGS = ("crain", "craign", "redout", "peur", "apprehend")  # craindre, crainte, redouter, avoir peur, appréhender
FEAR_REACH = 14  # words before « ne » searched for « que » after a word of fear


def feared(words: list[str], index: int) -> bool:
    """Whether the « ne » at `index` of folded `words` stands in a clause of « que » governed by a word of fear (the caller
    has checked no particle follows it: « craint que les livraisons ne reprennent pas » negates)."""
    for at in range(index - 1, max(0, index - FEAR_REACH) - 1, -1):
        if words[at] in ("que", "qu") or words[at].startswith(("qu'", "qu’")):
            return at > 0 and words[at - 1].startswith(FEAR_OPENINGS)
    return False
