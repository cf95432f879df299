"""Who is what: the nationality and the title the source gives a person stay that person's. « Le président
américain Donald Trump » must not become « le président ukrainien Donald Trump » (the other man's
nationality), nor « le président de Valmont, Bernard Castaing » « Valmont est le président de Bernard
Castaing » (the title turned around). Read over the whole source: a person keeps a nationality and a
title everywhere in an article.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from redac.checks.findings import Finding
from redac.french.arguments import verb_form
from redac.french.demonyms import place_adjectives, without_nationality
from redac.french.facts import Fact, extract_facts
from redac.french.offices import ROLE
from redac.french.text import fold

if TYPE_CHECKING:
    from redac.checks.faithfulness import SourceFacts, SourceSentence

BOUND_BEFORE = 40  # characters before a name where a nationality bound to it stands (« le président ukrainien »)
BOUND_WORDS = 3  # words before a name that may hold its nationality (« la Française Léa Rouvier », not « Kényane … a battu la »)
WORD_RE = re.compile(r"[\w'’-]+")
PREPOSITIONS = {"a", "au", "aux", "de", "du", "des", "d'", "d’", "pour", "par", "avec", "en", "dans", "sur", "contre", "chez", "vers", "selon"}
AUXILIARIES = {"a", "ont", "avait", "avaient", "est", "sont", "etait", "sera", "aura"}
NAME_AFTER_DE_RE = re.compile(r"\b(?:de|du|des|d['’])\s*[A-ZÀ-Ý]")  # « président de Bernard Castaing »: the only titles read
ELISION_SPLIT_RE = re.compile(r"[\s'’]+")  # « igp d'ardeche » holds the surname-like key « ardeche »
BREAK_RE = re.compile(r"[,;:.!?()«»\"“”]|\bet\b|\bou\b")
TITLE_OF_RE = re.compile(rf"(?i)(?<![\w-])(?P<role>{ROLE})\s+(?:de\s+(?:la\s+|l['’])?|du\s+|des\s+|d['’])(?P<rest>[^,;:.!?()«»]*)")


def binding_issues(sentence: str, source: SourceFacts) -> list[Finding]:
    found = _nationality_issues(sentence, source) if place_adjectives(sentence) else []
    return found + (_title_issues(sentence, source) if NAME_AFTER_DE_RE.search(sentence) else [])


def _nationality_issues(sentence: str, source: SourceFacts) -> list[Finding]:
    """A nationality written next to a person (« le président ukrainien Donald Trump ») that the source never
    writes next to that person, where it writes another one (« le président américain Donald Trump ») or gives
    this one to another person of the same sentence (« Donald Trump et le président ukrainien Volodymyr Zelensky »)."""
    for fact in _people(sentence, source):
        mine = _bound_nationalities(sentence, fact)
        if not mine:
            continue
        key = _surname(fact.text)
        theirs, others = _nationalities_by_person(source).get(key, (set(), {}))
        wrong = sorted(mine - theirs)
        if wrong and (wrong[0] in others or (theirs and not _written_with(wrong[0], key, source))):
            said_with = others.get(wrong[0]) or next((said for said in source.sentences if key in said.folded.split()), None)
            return [("adjective", wrong[0], f"nationalité d'une autre personne : la source ne la donne pas à {fact.text.split()[-1]}", said_with)]
    return []


def _title_issues(sentence: str, source: SourceFacts) -> list[Finding]:
    """« président de Bernard Castaing » where the source writes « président de Valmont » and never the first: a
    title of a person (« l'avocat de X ») is the source's only when it writes it of that person."""
    for found in TITLE_OF_RE.finditer(sentence):
        role = fold(found.group("role"))
        person = next((fact for fact in extract_facts(sentence) if fact.kind == "name" and fact.start == found.start("rest")), None)
        if person is None or not source.is_person(person.text):
            continue  # « le chef de l'OTAN », « le président de la région »: no person given the title
        theirs = [(said, fold(other.group("rest"))) for said in source.sentences for other in TITLE_OF_RE.finditer(said.text)
                  if fold(other.group("role")) == role]
        if theirs and not any(_surname(person.text) in ELISION_SPLIT_RE.split(of) for _, of in theirs):
            return [("role", found.group(0).strip(), f"titre donné à un autre : la source dit « {found.group('role')} de {theirs[0][1]} »", theirs[0][0])]
    return []


def _people(sentence: str, source: SourceFacts) -> list[Fact]:
    return [fact for fact in extract_facts(sentence) if fact.kind == "name" and source.is_person(without_nationality(fact.text))]


def keeps_nationality(sentence: str, adjective: str, source: SourceFacts, passage: list[SourceSentence]) -> bool:
    """Whether `adjective` is the nationality the source gives, somewhere, to a person of the sentence it stands next
    to (« le président français, Emmanuel Macron » where the passage says « Macron » alone) or, when it stands next to
    no name (« le joueur brésilien »), to a person the passage names: a person's nationality holds article-wide."""
    people = _people(sentence, source)
    for fact in people:
        if adjective in _bound_nationalities(sentence, fact):
            return _given(adjective, _surname(fact.text), source)
    if people:
        return False
    named = {_surname(fact.text) for said in passage for fact in said.facts if fact.kind == "name" and source.is_person(fact.text)}
    return any(_given(adjective, key, source) for key in named)


def people_nationalities(said: SourceSentence, folded: str) -> set[str]:
    """Nationalities the source sentence binds to people the folded article sentence names too."""
    return {adjective for fact in said.facts if fact.kind == "name" and _surname(fact.text) in WORD_RE.findall(folded)
            for adjective in _bound_nationalities(said.text, fact)}


def _given(adjective: str, key: str, source: SourceFacts) -> bool:
    """Whether the source writes `adjective` next to the person whose surname is `key`."""
    return adjective in _nationalities_by_person(source).get(key, (set(), {}))[0]


_INDEXES: WeakKeyDictionary[SourceFacts, dict[str, tuple[set[str], dict[str, SourceSentence]]]] = WeakKeyDictionary()


def _nationalities_by_person(source: SourceFacts) -> dict[str, tuple[set[str], dict[str, SourceSentence]]]:
    """Per surname: the nationalities the source writes next to that person, and those it writes next to another
    person of a sentence naming this one (with that sentence, the last one). Read once per source: each article
    sentence asked it of every source sentence again, which made a 2,000-sentence source quadratic."""
    index = _INDEXES.get(source)
    if index is None:
        index = {}
        for said in source.sentences:
            bound = [(_surname(f.text), _bound_nationalities(said.text, f)) for f in said.facts if f.kind == "name"]
            for key, adjectives in bound:
                index.setdefault(key, (set(), {}))[0].update(adjectives)
            for key in dict.fromkeys(key for key, _ in bound):
                for other, adjectives in bound:
                    if other != key:
                        index[key][1].update(dict.fromkeys(adjectives, said))
        _INDEXES[source] = index
    return index


def _bound_nationalities(text: str, fact: Fact) -> set[str]:
    """Nationalities written just before a name, in its clause (or set before it in an apposition between commas:
    « le président français, Emmanuel Macron, a »), or as the first words of it (« l'Indien Arjun Rao »)."""
    before = text[max(0, fact.start - BOUND_BEFORE) : fact.start]
    if before.rstrip().endswith(",") and text[fact.end : fact.end + 1] == ",":
        before = before.rstrip()[:-1]
    words = BREAK_RE.split(before)[-1].split()[-BOUND_WORDS:]
    kept: list[str] = []
    for word in reversed(words):
        if not _title_word(word) or (word[:1].isupper() and not place_adjectives(word) and word != words[0]):
            break  # « Le Brésilien avait rejoint Valmont »: a verb stands between; « du Belge Tom Vercauteren, Andrés Quintero »: another name
        kept.insert(0, word)
    return {adjective for _, adjective in place_adjectives(" ".join(kept))} | {adjective for _, adjective in place_adjectives(_leading(fact.text))}


def _written_with(adjective: str, key: str, source: SourceFacts) -> bool:
    """Whether a source sentence naming the person also writes the adjective: a club's or a city's (« le capitaine
    rochelais, l'Irlandais Sean Doherty ») beside a nationality, both the person's."""
    return any(key in WORD_RE.findall(said.folded) and any(found == adjective for _, found in place_adjectives(said.text)) for said in source.sentences)


def _title_word(word: str) -> bool:
    """A word of what stands before a name as its title (« le président ukrainien », « l'hydrologue belge »), not a
    verb nor a preposition (« son milieu brésilien au Real Sporting », « l'homologue rochelais de Hugo Serrat »)."""
    folded = fold(word)
    return folded not in AUXILIARIES and folded not in PREPOSITIONS and not verb_form(folded, word)


def _leading(name: str) -> str:
    """The words of a name before its last two (« Français Indien Arjun Rao » -> « Français Indien »), and a
    nationality that opens a shorter one (« Néerlandais Joost », read apart from « de Vries »)."""
    words = name.split()
    if len(words) == 2 and place_adjectives(words[0]):
        return words[0]
    return " ".join(words[:-2])


def _surname(name: str) -> str:
    return fold(name).replace("’", "'").split()[-1].split("'")[-1]
