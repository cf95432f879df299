"""Pieces of a widget split over several lines, read from the lines around them, never from their words.

A paywall or a newsletter prompt often reaches the text cut into lines (« Rejoignez-les pour une
information sur » / « les médias indépendants et sans pub. »): a rule takes the lines that name the
offer, and the fragments between them read as nothing. A fragment (no sentence of its own: shape.py's
`is_prose` says no, or it opens in lower case) between two lines that a rule of the same family took is
a piece of that block. A reaction widget's buttons come one per line, each beside its count (« 0 »,
« LOL », « 2 », « WOW! »).
"""

from __future__ import annotations

import re

from redac.cleaning.shape import is_prose

SPLIT_FAMILIES = frozenset({"paywall", "promo", "consent", "ad", "comments"})  # prompts long enough to be cut
MAX_PIECES = 2  # fragments in a row between two lines of one block
PIECE_REASON = "a piece of a prompt split over several lines (between two lines of the same widget)"
BUTTON_REASON = "a button of a counted widget (a reaction or a vote: labels each beside its count)"
MIN_BUTTONS = 3  # labels in a row, each beside its count: a widget, not a list
MAX_BUTTON_WORDS = 2
MAX_COUNT_CHARS = 10  # « 1 234 », « 12,5k »: a count is short
COUNT_RE = re.compile(r"\d+(?:[.,]\d+)?\s?[kK]?")


def split_pieces(families: list[str | None], texts: list[str], words: list[int]) -> list[int]:
    """Lines that are pieces of a widget: runs of at most MAX_PIECES fragments (`_fragment`) between two
    lines a rule of one SPLIT_FAMILIES family took. `families[i]`: the family of the rule that took
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


def counted_buttons(texts: list[str]) -> list[int]:
    """Labels of a reaction or vote widget: at least MIN_BUTTONS shouted lines of a word or two in a row,
    each after a line holding only a count (« 0 », « 12 », « 1,2k »), with nothing else between them: a
    list of the article's has no figure between its items."""
    counts = [len(text) <= MAX_COUNT_CHARS and COUNT_RE.fullmatch(text.strip()) is not None for text in texts]
    if sum(counts) < MIN_BUTTONS:
        return []
    buttons: list[int] = []
    run: list[int] = []
    for i in range(1, len(texts) + 1):
        if i < len(texts) and counts[i]:
            continue  # the next label's count
        label = i < len(texts) and counts[i - 1] and _button(texts[i])
        if label and (not run or run[-1] == i - 2):
            run.append(i)
            continue
        if len(run) >= MIN_BUTTONS:
            buttons.extend(run)
        run = [i] if label else []
    return buttons


def _button(text: str) -> bool:
    """A button's label: a word or two, shouted (no lower-case letter, or closing on « ! »); a team's or a
    candidate's name in a table split into cells is written in lower case."""
    stripped = text.strip()
    shouted = stripped.endswith("!") or not any(c.islower() for c in stripped)
    return 0 < len(stripped.split()) <= MAX_BUTTON_WORDS and shouted
