"""Facts a French text states: numbers (with units, percentages), dates, quotations, proper names.

Each fact keeps the text as written and a normalized value, so that "30 000" and "30000",
"2,7 %" and "2,7%", "1er mars" and "1 mars" compare equal. Later stages check that every fact of an
article is supported by its source; this module only finds them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Literal

from redac.french.dates import word_dates
from redac.french.lemmas import is_known_word
from redac.french.numbers import number_key, word_numbers
from redac.french.sentences import split_sentences
from redac.french.text import fold
from redac.french.wordlists import function_words, word_list

FactKind = Literal["number", "date", "quote", "name"]

MONTHS = {
    name: index + 1
    for index, names in enumerate(
        [["janvier", "janv"], ["fevrier", "fevr", "fev"], ["mars"], ["avril", "avr"], ["mai"], ["juin"],
         ["juillet", "juil"], ["aout"], ["septembre", "sept"], ["octobre", "oct"], ["novembre", "nov"],
         ["decembre", "dec"]]
    )
    for name in names
}
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MONTH_PATTERN = (
    r"(?:janv(?:ier|\.)?|f[ée]vr(?:ier|\.)?|f[ée]v\.|mars|avr(?:il|\.)?|mai|juin|juil(?:let|\.)?|ao[ûu]t"
    r"|sept(?:embre|\.)?|oct(?:obre|\.)?|nov(?:embre|\.)?|d[ée]c(?:embre|\.)?)"
)
SPACE = r"[ \u00a0\u202f]"
DATE_RE = re.compile(
    rf"""(?ix)
    (?:(?P<weekday>{'|'.join(WEEKDAYS)}){SPACE}+)?
    (?:(?P<day>1er|[12]?\d|3[01]){SPACE}+(?P<month>{MONTH_PATTERN})(?:{SPACE}+(?P<year>(?:19|20)\d\d))?
      |(?P<month2>{MONTH_PATTERN}){SPACE}+(?P<year2>(?:19|20)\d\d)
      |(?P<nday>[0-3]?\d)/(?P<nmonth>[01]?\d)/(?P<nyear>(?:19|20)?\d\d))
    (?![\w])""",
)
RANGE_DAY_RE = re.compile(r"(?i)\b(?:du|entre\s+le)\s+(1er|[12]?\d|3[01])\s+(?:au|et\s+le)\s+$")  # a range's first day
DIGITS_RE = re.compile(r"\d+")
DATE_SPACES = frozenset(" \u00a0\u202f")  # SPACE's characters
DATE_PREFIX_MAX = 17  # characters before a date's first digit, spaces aside: a weekday (8) and a month name (9)
WEEKDAY_RE = re.compile(rf"(?i)\b(?:{'|'.join(WEEKDAYS)})\b")
SCALE_WORD_RE = re.compile(r"(?i)\b(?:millions?|milliards?)\b")
RANGE_BEFORE_RE = re.compile(r"(?i)\b(?:de|entre)\s+$")  # « de 11 à 22 millions », « entre 3 et 4 milliards »
RANGE_BETWEEN_RE = re.compile(r"\s+(?:à|et)\s+")
MULTIPLIERS = {"mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9, "md": 1e9, "mds": 1e9, "m": 1e6}
UNIT_PATTERN = (
    r"%|‰|€|\$|£|(?:d['’])?(?:euros?|dollars?|livres?|années|habitants|heures|hectares)"  # « 1,3 million d'années »: the scale's noun
    r"|km|kg|km/h|m²|ha|°C?|ans?|années?|heures?|h|minutes?|min|jours?|journées?|mois"
    r"|semaines?|points?|habitants?|personnes?|morts?|blessés?|kilom[èe]tres?|m[èe]tres?(?:[ \u00a0]carr[ée]s)?|kilos?|kilogrammes?"
    r"|hectares?|secondes?|d[ée]cennies?|si[èe]cles?|tonnes?"
)
NUMBER_RE = re.compile(
    rf"""(?x)
    (?<![\w.,])(?P<number>\d{{1,3}}(?:{SPACE}\d{{3}})+(?:,\d+)?|\d+(?:[.,]\d+)?)
    (?:(?P<ordinal>e|er|re|ère|ème|eme|ᵉ)(?![\w]))?
    (?:{SPACE}*(?P<multiplier>milliards?|millions?|mille|Mds?|M)(?![\w]))?
    (?:{SPACE}*(?P<unit>{UNIT_PATTERN})(?![\w]))?
    """,
)
# One name for each unit however it is written (« 35 km » = « trente-cinq kilomètres », « 21 h » = « 21 heures »).
UNIT_NAMES = {
    "€": "euro", "$": "dollar", "£": "livre", "journee": "jour", "annee": "an", "kilometre": "km", "metre": "m", "h": "heure",
    "min": "minute", "kilo": "kg", "kilogramme": "kg", "hectare": "ha",
}
# A count of a larger unit keyed in the smaller one: « deux décennies » is « vingt ans », « 2,4 tonnes » « 2 400 kilos ».
SCALED_UNITS = {"decennie": (10, "an"), "siecle": (100, "an"), "tonne": (1000, "kg")}
# « un jour et demi », « deux heures et demie »: a count of a time unit and a half (« trente-six heures »). Not « un
# mois et demi », which stands for « six semaines » as often as for 45 days.
HALF_RE = re.compile(
    rf"(?i)(?<![\w-])(?P<count>une?|\d+|[a-zàâçéèêëîïôûù-]+){SPACE}+(?P<unit>heures?|jours?|ans?|années?){SPACE}+et{SPACE}+demie?(?![\w-])"
)
ROMAN = {"I": 1, "V": 5, "X": 10}  # L and C would read « Le », « Ce » as numbers
ROMAN_ORDINAL_RE = re.compile(r"(?<![\w.])([IVX]{1,6})(?:e|er|ème|ᵉ)(?![\w])")  # « IIe siècle », « XXIe », « Ier »
WORD_UNIT_RE = re.compile(rf"(?i){SPACE}+(?:(?P<percent>pour{SPACE}+cent)|(?:d['’]|de{SPACE}+)?(?P<unit>{UNIT_PATTERN}))(?![\w])")
QUOTE_RES = (
    re.compile(r"«[\s\u00a0\u202f]*(?P<body>[^«»]{2,}?)[\s\u00a0\u202f]*»"),
    re.compile(r"“(?P<body>[^“”]{2,}?)”"),
    re.compile(r'(?<![\w])"(?P<body>[^"\n]{2,}?)"(?![\w])'),
)
QUOTE_MARKS = ("«", "“", '"')  # the mark each of QUOTE_RES opens on
CAPITALIZED = r"[A-ZÀ-ÖØ-Þ][\w’'\-]*"
# Particles joining a multi-word name; "de"/"la" are left out: "la Russie de Vladimir Poutine" is two names.
PARTICLES = r"(?:d['’]|van|von|der|den|bin|ben|al|el|di|da|dos|ibn)"
# A name may follow an elided word, « qu' » and its compounds included (« deux fois moins qu'Aerlis »).
ELIDED = r"(?:[a-z]|qu|lorsqu|puisqu|jusqu|quoiqu)['’]"
NAME_RE = re.compile(rf"(?<![\w’'])(?:{ELIDED})?(?P<name>{CAPITALIZED}(?:(?:[ \u00a0]+{PARTICLES})?[ \u00a0]*(?:(?<=['’])|[ \u00a0]){CAPITALIZED})*)")
LEADING_ELISION_RE = re.compile(r"(?:[LDJMNSTC]|Qu|Lorsqu|Puisqu|Jusqu|Quoiqu)['’](?=[A-ZÀ-ÖØ-Þ])")
ACRONYM_RE = re.compile(r"^[A-ZÀ-Þ0-9]{2,}$")
CONJUNCTION_NEXT_RE = re.compile(r"\s+qu(?:e\b|['’])")  # « Tant que … », « Bien qu'… »: a sentence-first word before « que » is no name
INNER_STOP_RE = re.compile(r"[.!?…]\S*\s")  # terminal punctuation before the end: the text may hold several sentences
SPELLED_ACRONYM_RE = re.compile(r"[A-Z]{3,6}")
ELIDING = {"c", "d", "j", "l", "m", "n", "s", "t", "qu"}  # words French elides before a vowel
ELIDED_VERBS = {"est", "etait", "etaient", "a", "ont", "avait", "y"}  # « C'est », « N'a », « S'y » open a sentence, name nothing
CAPITALIZED_COMMON_NOUNS = {"etat", "etats"}  # "le chef de l’État": capitalized by convention, not a name


@dataclass(frozen=True, slots=True)
class Fact:
    kind: FactKind
    text: str
    value: str
    start: int
    end: int


@lru_cache(maxsize=8192)
def extract_facts(text: str) -> tuple[Fact, ...]:
    """All facts in `text`, in order of appearance (a date's digits are not also numbers).

    Cached: the stages read the same sentences several times (plan, write, check)."""
    dates = _dates(text)
    quotes = _quotes(text)
    taken = [(fact.start, fact.end) for fact in dates]
    numbers = [fact for fact in _numbers(text) if not _overlaps(fact, taken)]
    spelled = [(fact.start, fact.end) for fact in numbers]  # « Dix-huit pays » opens a sentence: not a name
    names = [fact for fact in _names(text) if not _overlaps(fact, spelled)]
    return tuple(sorted([*dates, *numbers, *quotes, *names], key=lambda fact: (fact.start, fact.kind)))


def _overlaps(fact: Fact, spans: list[tuple[int, int]]) -> bool:
    return any(fact.start < end and start < fact.end for start, end in spans)


@lru_cache(maxsize=4096)
def number_value(number: str, multiplier: str | None = None) -> str:
    """'30 000' -> '30000', '2,7' -> '2.7', ('1,5', 'milliard') -> '1500000000'."""
    digits = re.sub(r"[ \u00a0\u202f]", "", number).replace(",", ".")
    if digits.count(".") > 1:
        digits = digits.replace(".", "")
    value = float(digits)
    if multiplier:
        value *= MULTIPLIERS.get(multiplier.lower(), 1)
    return f"{value:.6f}".rstrip("0").rstrip(".")


def _numbers(text: str) -> list[Fact]:
    facts = []
    for match in NUMBER_RE.finditer(text):
        unit = match.group("unit")
        unit_value = _unit_key(unit) if unit else ""
        value = number_value(match.group("number"), match.group("multiplier")) + ("e" if match.group("ordinal") else "")
        facts.append(Fact("number", match.group(0).strip(), _in_base_unit(value, unit_value), match.start(), match.end()))
    for match in ROMAN_ORDINAL_RE.finditer(text) if "I" in text or "V" in text or "X" in text else ():
        unit = WORD_UNIT_RE.match(text, match.end())
        unit_value = _unit_key(unit.group("unit")) if unit and unit.group("unit") else ""
        end = unit.end() if unit_value and unit else match.end()
        facts.append(Fact("number", text[match.start() : end], f"{_roman(match.group(1))}e{unit_value}", match.start(), end))
    digits = [(fact.start, fact.end) for fact in facts]
    for number in word_numbers(text):
        if any(number.start < end and start < number.end for start, end in digits):
            continue  # « 2 millions »: the digits' fact already holds the scale word
        unit = WORD_UNIT_RE.match(text, number.end)
        unit_value = ("%" if unit.group("percent") else _unit_key(unit.group("unit"))) if unit else ""
        end = unit.end() if unit else number.end
        value = ("~" if number.approximate else "") + number_key(number.value) + ("e" if number.ordinal else "")
        facts.append(Fact("number", text[number.start : end], _in_base_unit(value, unit_value), number.start, end))
    return _with_ranges(text, _with_halves(text, facts))


def _with_ranges(text: str, facts: list[Fact]) -> list[Fact]:
    """« passant de 11 à 22 millions d'euros », « entre 3 et 4 milliards »: the first bound takes the scale and the unit
    of the second (11 million euros, not 11)."""
    if "million" not in text and "milliard" not in text:
        return facts
    ordered = sorted(facts, key=lambda fact: fact.start)
    for first, second in pairwise(ordered):
        scale = SCALE_WORD_RE.search(second.text)
        if scale and RANGE_BEFORE_RE.search(text[: first.start]) and RANGE_BETWEEN_RE.fullmatch(text[first.end : second.start]) \
                and re.fullmatch(r"[\d.]+", first.value):
            unit = second.value.partition(" ")[2]
            value = number_value(first.text, scale.group(0)) + (f" {unit}" if unit else "")
            facts = [Fact("number", fact.text, value, fact.start, fact.end) if fact is first else fact for fact in facts]
    return facts


def _with_halves(text: str, facts: list[Fact]) -> list[Fact]:
    """« un jour et demi » is 1.5 days, not 1 day (nor « un », no number): one fact for the whole duration."""
    if "demi" not in text:
        return facts
    for match in HALF_RE.finditer(text):
        count = match.group("count").lower()
        spelled = [number.value for number in word_numbers(count) if number.text.lower() == count]
        value = 1.0 if count in ("un", "une") else float(count) if count.isdigit() else next(iter(spelled), None)
        if value is None:
            continue
        facts = [fact for fact in facts if not (match.start() <= fact.start < match.end())]
        facts.append(Fact("number", match.group(0), number_key(value + 0.5) + _unit_key(match.group("unit")), match.start(), match.end()))
    return facts


def _in_base_unit(value: str, unit: str) -> str:
    """« deux décennies » is « vingt ans », « 2,4 tonnes » is « 2 400 kilos »: a count of a larger unit keyed in the
    smaller one (`SCALED_UNITS`)."""
    scaled = SCALED_UNITS.get(unit.strip())
    if scaled is None or value.endswith("e"):
        return f"{value}{unit}"
    approximate = value.startswith("~")
    return ("~" if approximate else "") + number_key(float(value.lstrip("~")) * scaled[0]) + " " + scaled[1]


def _roman(numeral: str) -> int:
    """« XXI » -> 21."""
    values = [ROMAN[letter] for letter in numeral]
    return sum(-value if index + 1 < len(values) and value < values[index + 1] else value for index, value in enumerate(values))


def _unit_key(unit: str) -> str:
    folded = fold(unit).replace("d'", "")
    if folded in {"%", "‰"}:
        return folded
    folded = "m2" if folded.endswith(("carre", "carres")) else folded.rstrip("s") or folded  # fold writes « m² » m2
    return " " + UNIT_NAMES.get(folded, folded)


def _dates(text: str) -> list[Fact]:
    facts = []
    for match in _date_matches(text):
        facts.append(Fact("date", match.group(0).strip(), _date_value(match), match.start(), match.end()))
        if match.group("day") and (first := RANGE_DAY_RE.search(text, max(0, match.start() - 20), match.start())):
            day = 1 if first.group(1).lower() == "1er" else int(first.group(1))  # « du 11 au 12 mars »: the 11th of March too
            facts.append(Fact("date", first.group(1), f"{_date_value(match)[:-2]}{day:02d}", first.start(1), first.end(1)))
    covered = [(fact.start, fact.end) for fact in facts]
    for word_date in word_dates(text):
        fact = Fact("date", word_date.text, word_date.value, word_date.start, word_date.end)
        if not _overlaps(fact, covered):
            facts.append(fact)
    for match in WEEKDAY_RE.finditer(text):
        fact = Fact("date", match.group(0), fold(match.group(0)), match.start(), match.end())
        if not _overlaps(fact, covered):
            facts.append(fact)
    return facts


def _date_matches(text: str) -> list[re.Match[str]]:
    """`DATE_RE.finditer(text)`, the pattern tried only where a match can start. Every form holds a digit, and before
    its first digit a match writes at most a weekday and a month name (DATE_PREFIX_MAX letters or dots) and spaces:
    so a match starts in a run of digits or a few characters before one. Scanning every position of a sentence
    instead tries some thirty alternatives at each (a twentieth of a rewrite's time)."""
    found: list[re.Match[str]] = []
    tried = 0  # every position before it was tried, or lies inside a match
    for digits in DIGITS_RE.finditer(text):
        start = max(tried, _date_reach(text, digits.start()))
        while start < digits.end():
            match = DATE_RE.match(text, start)
            if match is None:
                start += 1
            else:
                found.append(match)
                start = match.end()
        tried = max(tried, start)
    return found


def _date_reach(text: str, first_digit: int) -> int:
    """The first position a match holding this digit as its first can start at: past spaces, 17 other characters."""
    start, others = first_digit, 0
    while start > 0 and others < DATE_PREFIX_MAX:
        start -= 1
        others += text[start] not in DATE_SPACES
    return start


def _date_value(match: re.Match[str]) -> str:
    """ISO-like key: '2024-03-01', '--03-01' without a year, '2024-03' without a day."""
    if match.group("nday"):
        year = match.group("nyear")
        year = year if len(year) == 4 else f"20{year}"
        return f"{year}-{int(match.group('nmonth')):02d}-{int(match.group('nday')):02d}"
    if match.group("month2"):
        return f"{match.group('year2')}-{_month(match.group('month2')):02d}"
    day = 1 if match.group("day").lower() == "1er" else int(match.group("day"))
    year = match.group("year") or "-"
    return f"{year}-{_month(match.group('month')):02d}-{day:02d}"


def _month(name: str) -> int:
    return MONTHS[fold(name).rstrip(".")]


@lru_cache(maxsize=2048)
def quotations(text: str) -> tuple[Fact, ...]:
    """The quotations of `text` alone (a paragraph's, when they run over several sentences)."""
    return tuple(_quotes(text))


def outside_quotations(text: str) -> list[str]:
    """The stretches of `text` between its quotations (the words a writer is free to reword)."""
    spans = sorted((m.start(), m.end()) for pattern in QUOTE_RES for m in pattern.finditer(text))
    stretches, position = [], 0
    for start, end in spans:
        if start >= position:
            stretches.append(text[position:start])
            position = end
    stretches.append(text[position:])
    return [stretch for stretch in stretches if stretch.strip()]


def _quotes(text: str) -> list[Fact]:
    facts = []
    for pattern, mark in zip(QUOTE_RES, QUOTE_MARKS, strict=True):
        for match in pattern.finditer(text) if mark in text else ():  # no mark, no scan (most sentences)
            body = match.group("body").strip()
            if any(ch.isalpha() for ch in body):
                facts.append(Fact("quote", body, quote_key(body), match.start(), match.end()))
    return facts


SPACE_BEFORE_STOP_RE = re.compile(r" ([?!;:])")


@lru_cache(maxsize=8192)
def quote_key(body: str) -> str:
    """Quotes compare verbatim up to spacing (French typography adds a space before « ? ! ; : » that the
    source may not have), apostrophe style, letter case of the first letter and the final stop (French
    typography puts it inside or outside the guillemets)."""
    spaced = " ".join(body.replace("’", "'").replace("\u202f", " ").replace("\u00a0", " ").split())
    return SPACE_BEFORE_STOP_RE.sub(r"\1", spaced).rstrip(" .,;")


def _names(text: str) -> list[Fact]:
    """Capitalized spans that are names: not explained by a sentence start, multi-word, acronyms."""
    matches = list(NAME_RE.finditer(text))
    if not matches:
        return []
    sentence_starts = _sentence_starts(text)
    mid_sentence_capitals = {fold(match.group("name").split()[0]) for match in matches if match.start("name") not in sentence_starts}
    facts = []
    for match in matches:
        words = match.group("name").split()
        start = match.start("name")
        if start in sentence_starts and not ACRONYM_RE.match(words[0]) and _opener(words[0], text, start, mid_sentence_capitals):
            rest = match.group("name")[len(words[0]) :].lstrip()
            if not rest or not rest[0].isupper():
                continue
            start = match.end() - len(rest)
        elision = LEADING_ELISION_RE.match(text, start, match.end())
        start = elision.end() if elision else start
        name = text[start : match.end()].rstrip("’'-")
        if name and fold(name) not in function_words() and fold(name) not in CAPITALIZED_COMMON_NOUNS:
            facts.append(Fact("name", name, fold(name), start, start + len(name)))
    return facts


def _opener(word: str, text: str, start: int, mid_sentence_capitals: set[str]) -> bool:
    """A common word or a conjunction's first word (« Tant que », « Bien qu'il ») opening the sentence, not a name."""
    conjunction = CONJUNCTION_NEXT_RE.match(text, start + len(word)) is not None and fold(word) not in mid_sentence_capitals
    return conjunction or _common_opener(word, mid_sentence_capitals)


def _common_opener(word: str, mid_sentence_capitals: set[str]) -> bool:
    """Whether a capitalized sentence-first word is a common word rather than a name.

    Known French words count unless the text also capitalizes them mid-sentence; so do adverbs in
    -ment and invariable words (the lemma dictionary leaves many out) and elided openers ("Jusqu’ici", "Aujourd’hui").
    """
    folded = fold(word)
    if folded in function_words() or (folded.endswith("ment") and len(folded) > 6 and folded not in mid_sentence_capitals):
        return True
    if folded in word_list("invariable_words") and folded not in mid_sentence_capitals:
        return True  # « Pourtant », « Néanmoins », « Jadis »: words with no other form, which the lemma dictionary leaves out
    prefix, apostrophe, rest = folded.replace("’", "'").partition("'")
    if apostrophe and (prefix in function_words() or prefix in ELIDING) and rest:
        written = word.replace("’", "'").partition("'")[2]  # the lemma dictionary knows « élu », not its folded « elu »
        return is_known_word(written) or rest in function_words() or rest in ELIDED_VERBS
    return is_known_word(word.replace("’", "'")) and folded not in mid_sentence_capitals


def _sentence_starts(text: str) -> set[int]:
    """Offsets where a sentence's first word starts (after any opening quote or dash)."""
    starts = set()
    position = 0
    for sentence in split_sentences(text) if INNER_STOP_RE.search(text) else [text]:  # one sentence: no split to make
        offset = text.find(sentence, position)
        if offset < 0:
            continue
        lead = len(sentence) - len(sentence.lstrip("«“\"'([—–- \u00a0\u202f"))
        starts.add(offset + lead)
        position = offset + len(sentence)
    for match in re.finditer(r"(?:^|\n)\s*|[«“:]\s*|—\s*", text):
        starts.add(match.end())
    return starts


def spells_out(acronym: str, folded_text: str, names: Iterable[str] = ()) -> bool:
    """Whether an acronym's letters open content words of the folded text in a row (« ARS », « agence
    regionale de sante »), three letters at least (two open too many word pairs by chance), or every word of one of
    `names` (« LR » for « Les Républicains », « RN » for « Rassemblement National »)."""
    if acronym.isupper() and any("".join(word[0] for word in name.split()) == acronym for name in names if len(name.split()) > 1):
        return True
    if not SPELLED_ACRONYM_RE.fullmatch(acronym):
        return False
    initials = "".join(word[0] for word in re.findall(r"\w+", folded_text) if word not in function_words())
    return fold(acronym) in initials
