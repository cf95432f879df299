"""What a passage of the source supports: numbers with their units, ordinals and approximations, dates
by day, month and year, and names (as written, word by word or by surname; a title bound to a name). Shared
by the whole-source check and the aligned-passage check."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from redac.french.dates import WEEKDAYS, YEAR_RE, anchored_value
from redac.french.facts import Fact, extract_facts
from redac.french.lemmas import content_lemmas
from redac.french.numbers import duration_equivalents, implied_numbers, spelled_facts
from redac.french.sentences import split_sentences
from redac.french.text import fold

if TYPE_CHECKING:
    from redac.checks.faithfulness import SourceFacts, SourceSentence

NUMBER_PART_RE = re.compile(r"^[\d.]+")
WORD_RE = re.compile(r"\w+")
BOUND_REACH = 24  # characters between a title and the name it is bound to (« le président de Valmont, Bernard Castaing »)
PEOPLE_UNITS = {"personne", "mort", "blesse", "habitant"}  # counted nouns more than units: the claim check compares them
MERGED_MIN_WORDS = 3  # content words a merged source sentence shares with the article sentence, at least
EN_PRONOUN_RE = re.compile(r"\b(?:n'en|qu'en|en (?:a|ont|avait|aura|obtiendra|recevra|touchera|versera|compte|reste|restent)\b)")
YEARS_AWAY_RE = re.compile(r"(\d+) an$")
AWAY_RE = re.compile(r"\s+(plus tôt|auparavant|plus tard|après|apres)\b")
BOUND_BEFORE_RE = re.compile(r"(?i)\b(?:moins|plus|près|pres)\s+d(?:e\s+|['’])$|\benviron\s+$")
ELIDED_ONE_RE = re.compile(r"\b(?:dont|sauf) une?\b")
ANCHOR_REACH = 4  # source sentences after a day or year that a relative date (« le lendemain ») may still be read against
DATE_VALUE_RE = re.compile(r"(?:(?P<year>\d{4})|-)-(?P<month>\d\d)(?:-(?P<day>\d\d))?")


@dataclass(frozen=True, slots=True)
class Passage:
    """A few source sentences read as one: what an aligned sentence's facts must come from."""
    folded: str
    words: frozenset[str]
    numbers: set[str]
    number_parts: set[str]
    elided_units: set[str]
    dates: set[str]


def read_passage(sentences: list[SourceSentence]) -> Passage:
    folded = " ".join(said.folded for said in sentences)
    numbers = {f.value for said in sentences for f in said.facts if f.kind == "number"} | implied_numbers(folded) | date_years(sentences)
    return Passage(folded, frozenset(WORD_RE.findall(folded)), numbers, {part for v in numbers for part in number_parts(v)},
                   elided_units(sentences), {f.value for said in sentences for f in said.facts if f.kind == "date"})


def date_years(sentences: list[SourceSentence]) -> set[str]:
    """The years of the sentences' full dates (« le 1er janvier 2027 »): a rewrite may give the year alone (« en 2027 »)."""
    return {f.value[:4] for said in sentences for f in said.facts if f.kind == "date" and YEAR_RE.fullmatch(f.value[:4])}


def number_parts(value: str) -> tuple[str, ...]:
    """The number of a value without its unit; an ordinal both as itself and as its number (« quatrième
    braquage » supports « quatre bijouteries »; « IIe siècle » a bare « IIe » cut by a meta description)."""
    match = NUMBER_PART_RE.match(value)
    if not match:
        return (value,)
    number = match.group(0)
    return (number, number + "e") if value[len(number) : len(number) + 1] == "e" else (number,)


def number_supported(value: str, values: set[str], parts: set[str], elided: set[str] | frozenset[str] = frozenset(), durations: bool = False) -> bool:
    """Same value and unit; a bare number in the article may stand for one with a unit in the source.

    Also the same: « environ quarante » and « une quarantaine » (approximation is not a fact); a count
    of people and the same number counting people otherwise (« 12 personnes », « douze morts »: the
    claim check compares what they count); with `durations`, a duration in other units (« 48 heures », « deux jours »: only where one sentence
    says both, or a neighbour's « deux jours » would pass « 48 heures » for « trente-six heures »); a unit the source states once for two numbers (« un
    moratoire de vingt-cinq ans […] au-delà de quinze » supports « quinze ans »)."""
    exact = value.lstrip("~")
    if {value, exact, "~" + exact} & values or exact in elided or (durations and duration_equivalents(exact) & values):
        return True
    number, _, unit = exact.partition(" ")
    bare = number in parts or "~" + number in parts
    return bare and (not unit or unit in PEOPLE_UNITS)


def elided_units(sentences: list[SourceSentence]) -> set[str]:
    """« 15 an » where a sentence gives 15 with no unit next to another number in years, or says « en » for the
    unit of the sentence before."""
    found = set()
    before: set[str] = set()
    for said in sentences:
        values = [fact.value.lstrip("~") for fact in said.facts if fact.kind == "number"]
        units = {value.partition(" ")[2] for value in values} - {""}
        if EN_PRONOUN_RE.search(said.folded):  # « réclamait 1,2 million d'euros. Il n'en obtiendra que 450 000 »
            units |= before
        found |= {f"{value} {unit}" for value in values if " " not in value for unit in units}
        before = units
        if ELIDED_ONE_RE.search(said.folded):  # « deux ans, dont un avec sursis »
            found |= {f"1 {unit}" for unit in units}
    return found


def date_supported(value: str, values: set[str]) -> bool:
    """Same weekday; or same month, same day when the article gives one, same year when both give one."""
    if value in values:
        return True
    parts = date_parts(value)
    if parts is None:
        return False
    year, month, day = parts
    for known in filter(None, map(date_parts, values)):
        known_year, known_month, known_day = known
        same_day = day is None or day == known_day
        same_year = year is None or known_year is None or year == known_year
        if month == known_month and same_day and same_year and not (day is None and year and not known_year):
            return True
    return False


def other_weekday(fact: Fact, facts: list[Fact]) -> str | None:
    """« le mardi 9 octobre » where the source writes « le lundi 9 octobre »: the weekday the source gives that date,
    when the article gives it another (the date's value keeps no weekday); None when they agree or either has none."""
    mine = _weekday_of(fact.text)
    theirs = {day for known in facts if known.kind == "date" and known.value == fact.value and (day := _weekday_of(known.text))}
    return None if mine is None or not theirs or mine in theirs else sorted(theirs)[0]


def _weekday_of(text: str) -> str | None:
    first = fold(text.split(maxsplit=1)[0]) if text.strip() else ""
    return first if first in WEEKDAYS else None


def date_parts(value: str) -> tuple[str | None, str, str | None] | None:
    """(year, month, day) of a date value from facts ('2024-03-01', '--03-01', '2024-03'); None for weekdays."""
    match = DATE_VALUE_RE.fullmatch(value)
    if not match:
        return None
    return match.group("year"), match.group("month"), match.group("day")


def named_after(said: SourceSentence, end: int) -> bool:
    """« le maire, Gilles Arnaud »: the title is followed by the name it gives."""
    return any(fact.kind == "name" and 0 <= fact.start - end <= BOUND_REACH for fact in said.facts)


def binds(said: SourceSentence, role: str) -> bool:
    """Whether the sentence writes `role` next to a name (« a raconté le maire, Gilles Arnaud »)."""
    names = [fact for fact in said.facts if fact.kind == "name"]
    return any(abs(fact.start - found.start()) <= BOUND_REACH or abs(found.end() - fact.end) <= BOUND_REACH
               for found in re.finditer(rf"(?<!\w){re.escape(role)}(?!\w)", said.folded) for fact in names)


def surname(name: str) -> str:
    """The last word of a full name: "Volodymyr Zelenskyy" where the passage says "Zelenskyy" is the same person."""
    return name.rsplit(maxsplit=1)[-1]


def name_supported(name: str, folded_source: str, source_words: frozenset[str] | None = None) -> bool:
    """The name as written, or each of its words (a surname alone, "M." titles aside), in the source."""
    folded = fold(name)
    if _written_in(folded, folded_source, source_words):
        return True
    words = [word for word in re.split(r"[\s\-’']+", folded) if len(word) > 1]
    return bool(words) and all(_written_in(word, folded_source, source_words) for word in words)


def _written_in(needle: str, folded_source: str, source_words: frozenset[str] | None) -> bool:
    """`needle` as a whole word or phrase of the text; one word is a set lookup when the words are known."""
    if source_words is not None and WORD_RE.fullmatch(needle):
        return needle in source_words
    return re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", folded_source) is not None


BODY_NOUNS = ("groupe|societe|entreprise|compagnie|armateur|constructeur|laboratoire|club|banque|mutuelle|firme|fabricant|distributeur"
              "|promoteur|exploitant|operateur|enseigne|editeur|cooperative|federation|association|syndicat|equipe")  # « le groupe »
PRESENT_RE = re.compile(r"\b(?:aujourd'hui|desormais|actuel(?:le)?s?|actuellement|maintenant|a present|en ce moment)\b")  # « l'actuelle directrice »


def present_time(value: str, folded_source: str) -> bool:
    """« aujourd'hui » where the source says « désormais », « actuellement »: the present, not a day."""
    return value == "relatif:aujourd'hui" and PRESENT_RE.search(folded_source.replace("’", "'")) is not None


def known_body(name: str, sentence: str, source: SourceFacts) -> bool:
    """A body any sentence may name: an acronym the source defines, or the body the passage a sentence is built on calls
    by the noun the source gives it (« Nordkraft offre … » where it says « Le groupe propose … » after « le groupe finlandais
    Nordkraft »)."""
    if defined_acronym(name, source.folded):
        return True
    window = source.aligned_window(sentence)
    return window is not None and named_by_noun(name, " ".join(said.folded for said in window), source.folded)


def named_by_noun(name: str, passage: str, folded_source: str) -> bool:
    """Whether the folded passage calls `name` by a definite noun (« le groupe ») the source writes next to it (« le groupe
    finlandais Nordkraft », « Nordkraft, le groupe »)."""
    key = re.escape(fold(name))
    nouns = {found.group(1) for found in re.finditer(rf"\b({BODY_NOUNS})\s+(?:[\w'-]+\s+){{0,2}}{key}\b", folded_source)}
    nouns |= {found.group(1) for found in re.finditer(rf"\b{key},?\s+(?:le|la|l')\s*({BODY_NOUNS})\b", folded_source)}
    return any(re.search(rf"\b(?:le|la|l'|du|au|ce|cette|cet)\s*{noun}\b", passage) for noun in nouns)


def defined_acronym(name: str, folded_source: str) -> bool:
    """« la CRC » where the source defines it once (« la chambre régionale des comptes (CRC) »): a body the
    article is about, which any sentence may name."""
    return name.isupper() and len(name) > 1 and f"({fold(name)})" in folded_source


def other_first_name(name: str, persons: dict[str, set[str]]) -> bool:
    """« Daniel Moreau » where the source names only « Didier Moreau »: a known surname with a first name the source never
    gives it (a demonym or title before the name aside: « le Nîmois Karim Haddad »)."""
    written = name.split()
    if len(written) < 2 or not written[0][:1].isupper():
        return False
    full = fold(name).split()
    known = {_first_and_last(other) for other in persons.get(full[-1], set())}
    return bool(known) and _first_and_last(fold(name)) not in known


def _first_and_last(folded_name: str) -> str:
    """The first name and the surname, without an elided « d' » before them (« Starlink d'Elon Musk » is Elon Musk's)."""
    return " ".join(word.split("'")[-1] for word in folded_name.split()[-2:])


def article_facts(sentence: str) -> list[Fact]:
    """The facts of an article sentence, with what it spells without a number word: « une demi-heure », « un an »
    (durations a rewrite may change), and shares read whole (« quatre sur dix » is 40 %, not a four and a ten)."""
    facts = list(extract_facts(sentence))
    spelled = spelled_facts(sentence)
    if not spelled:
        return facts
    quoted = [(fact.start, fact.end) for fact in facts if fact.kind == "quote"]  # a quotation is checked as written
    kept = [(start, end, value) for start, end, value in spelled if not any(s <= start and end <= e for s, e in quoted)]
    facts = [fact for fact in facts if fact.kind != "number" or not any(fact.start < end and start < fact.end for start, end, _ in kept)]
    added = [Fact("number", sentence[start:end], value, start, end) for start, end, value in kept
             if not (value.endswith("%") and BOUND_BEFORE_RE.search(sentence[max(0, start - 12) : start]))]  # « moins d'un sur deux »: a bound
    return sorted(facts + added, key=lambda fact: fact.start)


def merged_in(fact: Fact, sentence: str, source) -> bool:
    """A number of another source sentence merged into this one (« Le contrat suspendu par Ker Lann pesait quarante
    pour cent du budget » from « Ker Lann a suspendu son contrat » and « Ce contrat représentait 40 % du budget »):
    that sentence holds the fact, and most of its content words, three at least, are the article sentence's."""
    for number, count in source.sharing(set(content_lemmas(sentence))).items():
        said = source.sentences[number]
        if count >= MERGED_MIN_WORDS and count >= source.limits.fact_aligned_share * len(said.lemmas) and _holds(fact, said):
            return True
    return False


def _holds(fact: Fact, said: SourceSentence) -> bool:
    passage = read_passage([said])
    return number_supported(fact.value, passage.numbers, passage.number_parts, passage.elided_units, durations=True)


def block_facts(texts: list[str]) -> list[tuple[int, int, str, tuple[Fact, ...]]]:
    """(paragraph, number, sentence, facts) of each source sentence, its anchored relative dates also read as the day or
    year they name, the anchor in the sentence or in the nearest of the few before that names one, across paragraphs
    (« L'attaque, détectée lundi … » then « La mairie a porté plainte le lendemain »: mardi)."""
    found: list[tuple[int, int, str, tuple[Fact, ...]]] = []
    anchored: Sequence[Fact] = ()
    since = 0  # sentences since the one holding the anchor
    for paragraph, block in enumerate(texts, start=1):
        for number, text in enumerate(split_sentences(block), start=1):
            facts = extract_facts(text)
            relative = any(fact.value.startswith("relatif:") for fact in facts)
            found.append((paragraph, number, text, (*facts, *resolved_dates(text, facts, anchored)) if relative else tuple(facts)))
            since += 1
            if any(fact.value in WEEKDAYS or (fact.kind == "number" and YEAR_RE.fullmatch(fact.value)) for fact in facts):
                anchored, since = facts, 0
            elif since > ANCHOR_REACH:
                anchored = ()
    return found


def resolved_dates(text: str, facts: Sequence[Fact], before: Sequence[Fact] = ()) -> list[Fact]:
    """Each relative date of `text` anchored on a day or year it names before (« dimanche soir … le lendemain »),
    or the sentence `before` names, read as that day or year: the same fact as « lundi », or « 2022 » for « en
    2023 … l'année précédente »."""
    anchors = [(at, fact.value) for at, fact in [*((-1, fact) for fact in before), *((fact.start, fact) for fact in facts)]
               if fact.value in WEEKDAYS or (fact.kind == "number" and YEAR_RE.fullmatch(fact.value))]
    found = []
    for fact in facts:
        value = anchored_value(fact.text, fact.value, anchors, fact.start) if anchors and fact.value.startswith("relatif:") else None
        if anchors and (span := YEARS_AWAY_RE.match(fact.value)) and (away := AWAY_RE.match(text, fact.end)):  # « trois ans plus tôt »
            years = [anchor for at, anchor in anchors if at < fact.start and YEAR_RE.fullmatch(anchor)]
            value = str(int(years[-1]) + int(span.group(1)) * (1 if away.group(1).endswith(("tard", "apres", "après")) else -1)) if years else None
        if value:
            found.append(Fact("date" if value in WEEKDAYS else "number", fact.text, value, fact.start, fact.end))
    return found
