"""Sides: which way a sentence compares two things (« quatre fois moins que Celtair », « plus cher que »), and what it
compares them to; which way a vote went (« a voté contre », « a voté pour »).

A rewrite may turn a comparison around and exchange its two sides (« Volotea recevra quatre fois moins que Celtair »
→ « Celtair avait reçu quatre fois plus que Volotea »): the names change places across the verb, yet the claim stands.
Exchanging the sides alone, or turning the comparison alone, says the opposite.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from redac.french.facts import extract_facts
from redac.french.text import fold

COMPARISON_RE = re.compile(r"(?i)\b(plus|moins)\b(?:\s+[\w’'-]+){0,4}?\s+qu(?:e\b|['’])")
SIDE_REACH = 40  # characters after « que » searched for the name a comparison measures against


@dataclass(frozen=True, slots=True)
class Comparison:
    direction: str  # « plus » or « moins »
    word: str  # the comparative word as written
    against: str  # the folded name compared to (« que Celtair »), or ""
    written: str = ""  # that name as written


def comparison(sentence: str) -> Comparison | None:
    """The sentence's comparison with « que », when it makes exactly one."""
    found = list(COMPARISON_RE.finditer(sentence))
    if len(found) != 1:
        return None
    match = found[0]
    names = [fact for fact in extract_facts(sentence) if fact.kind == "name" and match.end() <= fact.start <= match.end() + SIDE_REACH]
    return Comparison(match.group(1).lower(), match.group(1), fold(names[0].text) if names else "", names[0].text if names else "")


VOTE_RE = re.compile(r"(?i)\b(n(?:e\s+|['’])(?:\w+\s+){0,2}?(?:pas|jamais|plus)\s+)?vot\w*(?:\s+[\w’'-]+){0,2}?\s+(pour|contre)\b")


def vote_sides(sentence: str) -> frozenset[str] | None:
    """The sides the sentence's votes take (« pour », « contre »); None where a vote is negated (« n'ont pas voté pour »
    may be against, or abstaining: the polarity of the sentence decides)."""
    found = VOTE_RE.findall(sentence)
    return None if any(negated for negated, _ in found) else frozenset(side.lower() for _, side in found)
