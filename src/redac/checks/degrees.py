"""A comparison's direction turned on the same word: « une offre moins chère de 15 % » → « plus chère », « La journée a
été moins heureuse » → « plus heureuse », « moins d'un dixième du coût » → « plus d'un dixième ». The comparisons
french/comparisons.py reads need a « que » and a second side; a degree on its own (« moins chère de 15 % ») has none.

Read as « plus » or « moins » and the first content word after it (past « de », « d'un »): the article writes that word
after the other one, the source sentence it is built on writes it after this one and never after the article's. A
« plus » of negation (« ne … plus », « non plus »), of addition (« de plus », « en plus ») or of a bound (« au moins »,
« tout au plus », « plus ou moins ») says no direction and is left out.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from redac.checks.findings import Finding
from redac.french.lemmas import content_lemmas
from redac.french.text import fold

if TYPE_CHECKING:
    from redac.checks.faithfulness import SourceFacts

# « plus » or « moins », what may stand before it that takes its direction away, and the words after it
DEGREE_RE = re.compile(r"(?i)(?:^|(?<=\s)|(?<=[«(]))(\S+\s+)?(plus|moins)\s+((?:(?:de|d['’]|des|du|un|une|en)\s+|d['’])*)([^\W\d_][\w-]*)")
NO_DIRECTION = frozenset({"ne", "n'", "n’", "non", "de", "en", "au", "du", "tout", "pas", "jamais", "rien", "sans", "ou"})
NEGATION_RE = re.compile(r"(?i)\bn(?:e\s|['’])")  # « n'est plus » also reads « ne … plus » two words back
OPPOSITE = {"plus": "moins", "moins": "plus"}


def flipped_degrees(sentence: str, source: SourceFacts, local: int | None) -> list[Finding]:
    """A finding where the sentence sets a word of its source sentence after the other of « plus » and « moins »."""
    if local is None:  # a short sentence (« La journée a été moins heureuse ») aligns on fewer words
        local = source.aligned(sentence, share=source.limits.claim_aligned_share, min_words=source.limits.claim_aligned_min_words)
    if local is None:
        return []
    said = source.sentences[local]
    theirs = _degrees(said.text)
    for (direction, word), written in _degrees(sentence).items():
        if (OPPOSITE[direction], word) in theirs and (direction, word) not in theirs:
            return [("negation", written, f"sens contraire : la source dit « {theirs[(OPPOSITE[direction], word)]} »", said)]
    return []


@lru_cache(maxsize=4096)
def _degrees(sentence: str) -> dict[tuple[str, str], str]:
    """(« plus » or « moins », the lemma of the content word after it) -> as written, for the degrees that give a direction."""
    found: dict[tuple[str, str], str] = {}
    for match in DEGREE_RE.finditer(sentence):
        _, direction, between, word = match.groups()
        words_before = sentence[: match.start(2)].rsplit(maxsplit=1)
        head = fold(words_before[-1]) if words_before else ""  # the word before, even one an earlier match took
        behind = sentence[max(0, match.start() - 25) : match.start(2)]
        if head in NO_DIRECTION or NEGATION_RE.search(behind) or re.match(r"(?i)\s+ou\s+moins", sentence[match.end(2) :]):
            continue  # « ne … plus », « de plus », « au moins », « plus ou moins »
        lemmas = content_lemmas(word)
        if lemmas:
            found.setdefault((direction.lower(), lemmas[0]), f"{direction} {between}{word}")
    return found
