"""French syllable count by vowel groups, for Flesch reading ease (Kandel–Moles).

Spoken syllables, as the formula was calibrated on: a final mute e is silent ("ministre" = 2),
the verb ending -ent is silent ("parlent" = 1, but "moment" = 2), vowels in hiatus count apart
("été" = 2, "réunions" = 3, "poète" = 2), a glide before a vowel does not ("ciel" = 1, "nation" = 2),
y between vowels opens a syllable ("payer" = 2, "pays" = 2), and u after q/g is silent ("qui" = 1).
Hyphenation dictionaries (pyphen) split by spelling and undercount these.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

VOWELS = frozenset("aeiouyàâäéèêëîïôöùûüœæ")
# Vowel letter sequences that sound as one vowel, longest first.
DIGRAPHS = ("eau", "œu", "oeu", "ou", "oû", "où", "oi", "oî", "ai", "aî", "ei", "au", "eu", "ue", "œ", "æ")
GLIDES = frozenset({"i", "u", "ou", "y"})
SPLIT_RE = re.compile(r"['’\-]")
SILENT_U_RE = re.compile(r"(?<=[qg])u(?=[aeiouyéèêàâîô]|$)")
SILENT_E_AFTER_G_RE = re.compile(r"(?<=g)e(?=[aoâô])")


class VowelUnit(NamedTuple):
    grapheme: str
    start: int
    end: int


@lru_cache(maxsize=65536)  # Flesch reads every word of an article, and words repeat
def count_syllables(word: str) -> int:
    """Syllables of one token; at least 1 for any token holding a letter or digit."""
    return max(sum(_count_part(part) for part in SPLIT_RE.split(word.lower()) if part), 1)


@lru_cache(maxsize=131072)
def _count_part(part: str) -> int:
    if part.isdigit():
        return min(len(part), 4)
    letters = "".join(ch for ch in part if ch.isalpha())
    if not letters:
        return 0
    stem = SILENT_E_AFTER_G_RE.sub("", SILENT_U_RE.sub("", _drop_silent_ending(letters)))
    units = _vowel_units(stem)
    # A glide (i, u, ou, y) directly followed by another vowel merges with it: "ciel", "nation", "oui".
    merged = sum(1 for a, b in pairwise(units) if a.end == b.start and a.grapheme in GLIDES)
    return len(units) - merged  # 0 for an elided "l", "d", "qu"


def _drop_silent_ending(word: str) -> str:
    """Remove endings that are not pronounced: verb -ent, final mute e / es."""
    if len(word) > 3 and word.endswith("ent") and _is_verb_form(word):
        return word[:-3]
    if len(word) > 2 and word.endswith("es"):
        return word[:-2]
    if len(word) > 2 and word.endswith("e"):
        return word[:-1]
    return word


def _is_verb_form(word: str) -> bool:
    """'parlent', 'aiment' are verb forms; 'moment', 'président', 'souvent' are not (by their lemma)."""
    from redac.french.lemmas import lemma

    base = lemma(word)
    return base != word and base.endswith(("er", "ir", "re", "oir"))


def _vowel_units(word: str) -> list[VowelUnit]:
    """Vowel units left to right; a y between two vowels opens a new unit ("payer": pa-yer)."""
    units: list[VowelUnit] = []
    i = 0
    while i < len(word):
        ch = word[i]
        if ch not in VOWELS:
            i += 1
            continue
        if ch == "y" and units and units[-1].end == i and i + 1 < len(word) and word[i + 1] in VOWELS:
            length = 1
        else:
            length = next(
                (len(d) for d in DIGRAPHS if word.startswith(d, i) and not _has_diaeresis(word[i + 1 : i + len(d)])),
                1,
            )
        units.append(VowelUnit(word[i : i + length], i, i + length))
        i += length
    return units


def _has_diaeresis(letters: str) -> bool:
    """'naïf', 'Noël': a diaeresis keeps the vowels apart."""
    return any(ch in "ïëü" for ch in letters)
