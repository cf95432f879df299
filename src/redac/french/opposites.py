"""Opposite words: which word keys say the other side of a claim (data/antonyms.txt: negating one says the other,
« pas définitive » for « temporaire »; data/flip_antonyms.txt: one says the other side outright, « fermés » for
« ouverts »). Keyed by french/negation.word_key so inflected forms meet."""

from __future__ import annotations

from functools import cache
from importlib import resources

from redac.french.negation import word_key


@cache
def _opposites() -> dict[str, frozenset[str]]:
    """Word key -> the word keys of its opposites (data/antonyms.txt)."""
    return _pairs("data/antonyms.txt")


def _pairs(name: str) -> dict[str, frozenset[str]]:
    """Word key -> the word keys across the « | » of each line of a list of opposites: a line of more than two groups
    is a class whose members exclude each other (« mensuel | annuel | … »), each group opposite to every other."""
    table: dict[str, set[str]] = {}
    text = resources.files("redac.french").joinpath(name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        groups = [{word_key(word) for word in group.split()} for group in line.split("|")]
        for number, group in enumerate(groups):
            others = set().union(*(other for index, other in enumerate(groups) if index != number))
            for key in group:
                table.setdefault(key, set()).update(others)
    return {key: frozenset(found) for key, found in table.items()}


@cache
def _flips() -> dict[str, frozenset[str]]:
    """Word key -> the word keys that say the other side of a claim outright (data/flip_antonyms.txt)."""
    return _pairs("data/flip_antonyms.txt")


def flipped(keys: frozenset[str]) -> frozenset[str]:
    """The word keys saying the other side of any of `keys` with no negation (« fermés » for « ouverts »)."""
    table = _flips()
    return frozenset(found for key in keys for found in table.get(key, ()))


def opposites(keys: frozenset[str]) -> frozenset[str]:
    """The word keys opposite to any of `keys`: negating one says the other (« pas définitive », « temporaire »)."""
    table = _opposites()
    return frozenset(found for key in keys for found in table.get(key, ()))
