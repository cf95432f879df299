"""Figures traded between two entities: a number the source binds to one name, bound in the article to another
name the source gives another number (« l'action de la BRO a gagné 6 %, tandis que celle de CMA a bondi de 18 % »
→ « l'action de la BRO a bondi de 18 % et celle de CMA a gagné 6 % »; « Nîmes a obtenu 120 000 euros, Chambéry
80 000 » → « 120 000 euros au club de Chambéry »). Each number is bound to the one name of its clause; a clause
with two names or none binds nothing, so a faithful sentence reordered around its clauses raises nothing."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from redac.checks.findings import Finding
from redac.french.facts import extract_facts
from redac.french.lemmas import content_lemmas
from redac.french.text import fold

if TYPE_CHECKING:
    from redac.checks.faithfulness import SourceFacts

NUMBER_TEXT_RE = re.compile(r"\d[\d\s.,]*")
CLAUSE_RE = re.compile(r",\s|;|:|\(|\)|\s(?:et|tandis que|tandis qu['’]|alors que|alors qu['’]|contre|mais|quand)\s")


def traded_figures(sentence: str, source: SourceFacts, best: int) -> list[Finding]:
    """A number the article binds to one name where the passage binds it to another, and gives the first name
    another number."""
    facts = extract_facts(sentence)
    if sum(fact.kind == "number" for fact in facts) < 2:
        return []  # two figures at least (most sentences: nothing to read)
    if sum(fact.kind == "name" for fact in facts) < 2:
        return _traded_between_nouns(sentence, source.sentences[best].text, source.sentences[best])
    mine = _bindings(sentence)
    if len({name for name, _ in mine}) < 2:
        return []  # a trade needs two names, each with its figure
    window = source.window(best)
    theirs = {pair: said for said in window for pair in _bindings(said.text)}
    for name, value in mine:
        if (name, value) in theirs:
            continue
        holders = [other for other, number in theirs if number == value and other != name]
        others = {number for other, number in theirs if other == name}
        if holders and others - {value} and any(holder in {other for other, _ in mine} for holder in holders):
            said = theirs[(holders[0], value)]
            holder = next((fact.text for fact in extract_facts(said.text) if fact.kind == "name" and fold(fact.text).split()[-1] == holders[0]), holders[0])
            return [("role", _written(sentence, value), f"chiffre échangé : dans la source, il revient à « {holder} »", said)]
    return []


def _traded_between_nouns(sentence: str, said_text: str, said) -> list[Finding]:
    """« La dauphine empoche 150 000 euros, contre 80 000 pour le vainqueur » where the source gives the 150 000 to the
    winner: two words each alone in a clause with one figure, each with the other's figure."""
    mine, theirs = _noun_bindings(sentence), _noun_bindings(said_text)
    for word, value in mine.items():
        their_value = theirs.get(word)
        if their_value is None or their_value == value:
            continue
        other = next((key for key, found in theirs.items() if found == value and key != word and mine.get(key) == their_value), None)
        if other is not None:
            written = next((token.strip(",.;:") for token in sentence.split() if fold(token).startswith(word)), word)
            return [("role", written,
                     f"chiffre échangé : dans la source, il revient à « {other} »", said)]
    return []


@lru_cache(maxsize=4096)
def _noun_bindings(sentence: str) -> dict[str, str]:
    """Content word -> the number of its clause, for words that stand in one clause with one number only."""
    found: dict[str, set[str]] = {}
    for clause in CLAUSE_RE.split(sentence):
        numbers = [fact for fact in extract_facts(clause) if fact.kind == "number"]
        if len(numbers) != 1:
            continue
        value = numbers[0].value.lstrip("~").split(" ")[0]
        for key in content_lemmas(NUMBER_TEXT_RE.sub(" ", clause.replace(numbers[0].text, " "))):
            found.setdefault(key, set()).add(value)
    return {key: next(iter(values)) for key, values in found.items() if len(values) == 1}


@lru_cache(maxsize=4096)
def _bindings(sentence: str) -> frozenset[tuple[str, str]]:
    """(name key, number value) for each clause holding one name and numbers."""
    found = set()
    for clause in CLAUSE_RE.split(sentence):
        facts = extract_facts(clause)
        names = {fold(fact.text).split()[-1] for fact in facts if fact.kind == "name"}
        if len(names) == 1:
            found |= {(next(iter(names)), fact.value) for fact in facts if fact.kind == "number"}
    return frozenset(found)


def _written(sentence: str, value: str) -> str:
    return next((fact.text for fact in extract_facts(sentence) if fact.kind == "number" and fact.value == value), value)
