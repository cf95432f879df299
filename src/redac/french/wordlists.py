"""Loading of redac's own French word lists (french/data/*.txt), folded for matching."""

from __future__ import annotations

from functools import cache
from importlib import resources

from redac.french.text import fold


@cache
def word_list(name: str) -> frozenset[str]:
    """Entries of data/<name>.txt, folded; blank lines and '#' comments skipped."""
    text = resources.files("redac.french").joinpath(f"data/{name}.txt").read_text(encoding="utf-8")
    return frozenset(fold(line) for line in text.splitlines() if line.strip() and not line.startswith("#"))


def function_words() -> frozenset[str]:
    return word_list("function_words")


@cache
def raw_word_list(name: str) -> frozenset[str]:
    """Entries of data/<name>.txt lowercased, accents kept: for lists of other languages' words, where
    folding would make French words of them ("thé" is not "the")."""
    text = resources.files("redac.french").joinpath(f"data/{name}.txt").read_text(encoding="utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#"))
