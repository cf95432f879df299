"""Nationality and place adjectives (« albanais », « serbe », « lyonnais ») and the places they stand for.

« Le Premier ministre albanais » and « le Premier ministre de l'Albanie » say the same; « serbe » for
« albanais » changes a fact no name check sees, since adjectives are lowercase. The list is in
data/demonyms.txt; feminine and plural forms are derived here.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources

from redac.french.text import fold, memoized_list
from redac.french.tokens import tokens

WORDS_RE = re.compile(r"[\w'-]+")
WORD_RE = re.compile(r"[a-z]+")  # a one-word place name, folded
MIN_STEM = 4
# masculine, feminine and plural endings of adjectives of residence made on a place's name
DEMONYM_ENDINGS = {ending + tail for ending in ("ais", "ois") for tail in ("", "e", "es")} | {
    ending + tail for ending in ("ien", "en") for tail in ("", "s", "ne", "nes")} | {
    ending + tail for ending in ("ain", "in", "an") for tail in ("", "s", "e", "es")}

RESIDENT_ENDINGS = ("ard", "arde", "ards", "ardes")  # « Chamoniard », « Savoyard »
MIN_RESIDENT_STEM = 5  # letters of a place read under a resident's noun: « Liège », not « Nice »-sized stems that meet any word


@cache
def demonyms() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Every folded form (« albanaises ») -> (adjective, places)."""
    table: dict[str, tuple[str, tuple[str, ...]]] = {}
    text = resources.files("redac.french").joinpath("data/demonyms.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        adjective, _, places = line.partition(":")
        adjective = fold(adjective.strip())
        entry = (adjective, tuple(fold(place.strip()) for place in places.split(",") if place.strip()))
        for form in _forms(adjective):
            table.setdefault(form, entry)
    return table


def _forms(adjective: str) -> set[str]:
    if adjective.endswith("e"):
        return {adjective, adjective + "s"}
    if adjective.endswith(("s", "x")):
        return {adjective, adjective + "e", adjective + "es"}
    if adjective.endswith(("ien", "een", "on")):
        return {adjective, adjective + "s", adjective + "ne", adjective + "nes"}
    if adjective.endswith("c"):  # grec, turc
        return {adjective, adjective + "s", adjective + "que", adjective + "ques", adjective[:-1] + "que", adjective[:-1] + "ques"}
    return {adjective, adjective + "s", adjective + "e", adjective + "es"}


@memoized_list(8192)
def place_adjectives(text: str) -> list[tuple[str, str]]:
    """(word as written, adjective) for each nationality or place adjective of `text`, in order.

    Capitalized forms count too (« l'Irlandais Sean Doherty »): the noun of nationality says the same."""
    table = demonyms()
    found = []
    for token in tokens(text):
        form = fold(token)
        if "'" in form:
            form = form.split("'", 1)[1]
        if form in table:
            found.append((token, table[form][0]))
    return found


@cache
def without_nationality(name: str) -> str:
    """The name without the capitalised nationality glued before it (« Néerlandais Joost de Vries » ->
    « Joost de Vries »): the nationality is not part of the person's name. Two words always stay."""
    words = name.split()
    while len(words) > 2 and place_adjectives(words[0]):
        words.pop(0)
    return " ".join(words)


@cache  # read over the whole table: once per adjective and process
def _words_for(adjective: str) -> tuple[str, ...]:
    forms = [form for form, entry in demonyms().items() if entry[0] == adjective]
    places = next(entry[1] for entry in demonyms().values() if entry[0] == adjective)
    return (*forms, *places)


@cache
def _adjectives_of_place(place: str) -> tuple[str, ...]:
    return tuple({entry[0] for entry in demonyms().values() if place in entry[1]})


@lru_cache(maxsize=2048)  # the checks ask again for every sentence of a passage
def supports_adjective(adjective: str, folded_text: str) -> bool:
    """Whether `folded_text` holds the adjective in any form, or one of the places it stands for."""
    return any(_holds(folded_text, word) for word in _words_for(adjective))


def supports_place(name: str, folded_text: str, built: bool = True) -> bool:
    """Whether `folded_text` names the place `name` by its adjective (« albanais » for « l'Albanie »), listed or, with
    `built`, made on the place's own name (« morbihannais » for « le Morbihan »: `_built_on`)."""
    place = fold(name)
    listed = any(supports_adjective(adjective, folded_text) for adjective in _adjectives_of_place(place))
    return listed or (built and (_built_on(place, folded_text) or _residents_of(place, folded_text)))


def _built_on(place: str, folded_text: str) -> bool:
    """Whether a word of `folded_text` is an adjective of residence made on the one-word place name: the name, or its stem
    without a final « e » or « es », then a demonym ending, the stem's last letter doubled or not (« finistérien »,
    « morbihannais », « dunkerquois », « landais », « parisien »). A short stem (« Gers ») could meet any word."""
    if not WORD_RE.fullmatch(place):
        return False
    stems = {place, place.removesuffix("es") if place.endswith("es") else place.removesuffix("e")}
    words = _words(folded_text)
    return any(len(stem) >= MIN_STEM and any(word.startswith(stem) and _demonym_ending(word[len(stem) :], stem[-1]) for word in words)
               for stem in stems)


def _residents_of(word: str, folded_text: str) -> bool:
    """Whether the one-word `word` names the residents of a one-word place of `folded_text`, made on its name the other
    way round (« les deux Hambourgeois » for « originaires de Hambourg », « un Chamoniard » for « originaire de Chamonix »,
    « Liégeois » for « Liège »): a demonym ending (or « -ard ») after the place's name, a soft « e » (« Hambourg-e-ois »)
    or a silent last letter (« Chamoni(x) ») aside; the place introduced as one (« de », « à », « en »), not any word."""
    if not WORD_RE.fullmatch(word):
        return False
    stems = {word[: -len(ending)] for ending in (*DEMONYM_ENDINGS, *RESIDENT_ENDINGS) if word.endswith(ending)}
    stems |= {stem[:-1] for stem in stems if stem.endswith("e")}  # « hambourge- », « liege- »
    return any(len(stem) >= MIN_RESIDENT_STEM and re.search(rf"(?:\b(?:de|a|en|au) |\bd'){stem}\w?(?![\w-])", folded_text) is not None
               for stem in stems)


def _demonym_ending(rest: str, last: str) -> bool:
    return rest in DEMONYM_ENDINGS or (rest[:1] == last and rest[1:] in DEMONYM_ENDINGS)


def _holds(folded_text: str, word: str) -> bool:
    if " " not in word:
        return word in _words(folded_text)
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", folded_text) is not None


@lru_cache(maxsize=256)
def _words(folded_text: str) -> frozenset[str]:
    """The words of a folded text, elisions dropped (« l'albanie » -> « albanie »)."""
    return frozenset(word.rsplit("'", 1)[-1] for word in WORDS_RE.findall(folded_text))
