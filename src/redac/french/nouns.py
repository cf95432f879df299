"""What counted nouns may stand for each other: « 42 employés » for « quarante-deux salariés »,
« 26 véhicules » for « vingt-six engins ».

A rewrite in new words often changes the noun a number counts for a synonym, and the claim check
must not read that as a number moved to another thing (« 14 chars » → « 14 avions »). The classes
live in data/counted_nouns.txt (near-synonyms, and generic words that may count what a precise one
counts, never the other way round), compared by lemma, so « usagers » meets « usager ».
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from redac.french.lemmas import lemma
from redac.french.text import fold


def _keys(word: str) -> set[str]:
    """The lemmas a listed word may have in a text: its own, and its plural's (« salariés » lemmatizes
    to « salarie », « salarié » to « salarier »)."""
    plural = word if word.endswith(("s", "x", "z")) else word[:-2] + "aux" if word.endswith("al") else word + ("x" if word.endswith("eau") else "s")
    return {fold(word), fold(lemma(word)), fold(lemma(plural))}


@cache
def _classes() -> tuple[dict[str, frozenset[int]], dict[str, frozenset[str]]]:
    """(lemma -> the synonym classes holding it, generic lemma -> the specific lemmas it covers)."""
    synonyms: dict[str, set[int]] = {}
    covers: dict[str, set[str]] = {}
    text = resources.files("redac.french").joinpath("data/counted_nouns.txt").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for number, line in enumerate(lines):
        generic, arrow, specific = line.partition(">")
        if arrow:
            for key in _keys(generic.strip()):
                covers.setdefault(key, set()).update(found for word in specific.split() for found in _keys(word))
        else:
            for key in {found for word in line.split() for found in _keys(word)}:
                synonyms.setdefault(key, set()).add(number)
    return {key: frozenset(found) for key, found in synonyms.items()}, {key: frozenset(found) for key, found in covers.items()}


def may_count_same(mine: str, theirs: str) -> bool:
    """Whether the lemma `mine` may count what the lemma `theirs` counts: the same word, a near-synonym,
    or a generic word for it (« véhicule » for « engin »)."""
    if mine == theirs:
        return True
    synonyms, covers = _classes()
    if synonyms.get(mine, frozenset()) & synonyms.get(theirs, frozenset()):
        return True
    return theirs in covers.get(mine, frozenset()) or any(theirs in covers.get(other, ()) for other in _synonyms_of(mine))


def _synonyms_of(key: str) -> set[str]:
    synonyms, _ = _classes()
    classes = synonyms.get(key, frozenset())
    return {other for other, found in synonyms.items() if found & classes} if classes else set()
