"""Whether an article's quotation is the source's: verbatim up to spacing and its first letter's case (the key
french/facts.quote_key makes), or cut where the editor wrote « […] », the French mark of words left out."""

from __future__ import annotations

import re

ELISION_RE = re.compile(r"\s*[\[(](?:…|\.\.\.)[\])]\s*")  # « […] », « (...) »: words of a quotation left out
ELIDED_PIECE_MIN_WORDS = 3  # words of each piece of a quotation cut by « […] »
ELIDED_GAP_MAX_WORDS = 60  # source words left out at one « […] »: more is two quotations glued into one
QUOTE_BOUNDARY_RE = re.compile("[«»“”\"]")  # words left out never end one quotation and open another


def quote_supported(key: str, source_text: str) -> bool:
    """Whether the quotation's key is in the source's text, whole or cut by « […] »."""
    if _found(key, source_text) >= 0:
        return True
    pieces = [piece.strip(" ,;") for piece in ELISION_RE.split(key)]
    return len(pieces) > 1 and _elided_in_order(pieces, source_text)


def _found(key: str, source_text: str, start: int = 0) -> int:
    """Where the quotation ends in the source text, -1 when absent; its first letter's case may change."""
    for probe in (key, key[:1].swapcase() + key[1:]):
        if (at := source_text.find(probe, start)) >= 0:
            return at + len(probe)
    return -1


def _elided_in_order(pieces: list[str], source_text: str) -> bool:
    """« Il y a 500 entreprises. […] Nous constatons les problèmes » : a quotation cut where the editor wrote « […] »
    (French usage) holds when each piece is a run of the source's words, in order, inside one quotation;
    a piece too short to be a quotation's own words (« que […] la ») never counts."""
    position = 0
    for number, piece in enumerate(pieces):
        if len(piece.split()) < ELIDED_PIECE_MIN_WORDS:
            return False
        end = _found(piece, source_text, position)
        if end < 0:
            return False
        gap = source_text[position : end - len(piece)]
        if number and (len(gap.split()) > ELIDED_GAP_MAX_WORDS or QUOTE_BOUNDARY_RE.search(gap)):
            return False
        position = end
    return True
