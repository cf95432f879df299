"""Pieces of a widget split over several lines, read from the lines around them, never from their words.

A paywall or a newsletter prompt often reaches the text cut into lines (« Rejoignez-les pour une
information sur » / « les médias indépendants et sans pub. »): a rule takes the lines that name the
offer, and the fragments between them read as nothing. A fragment (no sentence of its own: shape.py's
`is_prose` says no, or it opens in lower case) between two lines that a rule of the same family took is
a piece of that block.
"""

from __future__ import annotations

from redac.cleaning.shape import is_prose

SPLIT_FAMILIES = frozenset({"paywall", "promo", "consent", "ad", "comments"})  # prompts long enough to be cut
MAX_PIECES = 2  # fragments in a row between two lines of one block
PIECE_REASON = "a piece of a prompt split over several lines (between two lines of the same widget)"


def split_pieces(families: list[str | None], texts: list[str], words: list[int]) -> list[int]:
    """Lines that are pieces of a widget: runs of at most MAX_PIECES fragments, none of them prose, between
    two lines a rule of one SPLIT_FAMILIES family took. `families[i]`: the family of the rule that took
    line i, "" for a line dropped otherwise (passed over), None for a line kept so far."""
    pieces: list[int] = []
    opened: str | None = None  # the family of the last line a rule took, while only fragments follow it
    run: list[int] = []
    for i, family in enumerate(families):
        if family is None:
            if opened is not None and len(run) < MAX_PIECES and _fragment(texts[i], words[i]):
                run.append(i)
            else:
                opened, run = None, []
            continue
        if family == "":
            continue  # dropped by the line model or the shape rules: neither a piece nor the block's end
        if family == opened and run:
            pieces.extend(run)
        opened, run = (family if family in SPLIT_FAMILIES else None), []
    return pieces


def _fragment(text: str, n_words: int) -> bool:
    """No sentence of its own: not prose, or opening in lower case (the rest of the line above)."""
    stripped = text.strip()
    return not is_prose(stripped, n_words) or stripped[:1].islower()
