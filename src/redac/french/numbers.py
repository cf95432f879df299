"""Numbers written in French words: « vingt-six », « quatre-vingt-dix », « deux cents », « un demi-million »,
« une dizaine » (approximate), ordinals (« vingt-troisième »).

A model rewriting "26 pays" as « vingt-six pays », or « Treize pays » as « Dix-huit pays », must be
judged on the value, so word numbers get the same value keys as digits ("26", "4 mois", "~10").
A lone « un »/« une » is an article, never a number; « neuf » at the end of a clause is an adjective.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from redac.french.text import fold, memoized_list

CARDINALS = {
    "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
    "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "cent": 100, "cents": 100,
}
SCALES = {"mille": 1_000, "million": 1_000_000, "millions": 1_000_000, "milliard": 1_000_000_000, "milliards": 1_000_000_000}
HALF_SCALES = {"demi-million": 500_000, "demi-milliard": 500_000_000}
ORDINALS = {
    "unieme": 1, "deuxieme": 2, "troisieme": 3, "quatrieme": 4, "cinquieme": 5, "sixieme": 6, "septieme": 7,
    "huitieme": 8, "neuvieme": 9, "dixieme": 10, "onzieme": 11, "douzieme": 12, "treizieme": 13,
    "quatorzieme": 14, "quinzieme": 15, "seizieme": 16, "vingtieme": 20, "trentieme": 30, "quarantieme": 40,
    "cinquantieme": 50, "soixantieme": 60, "centieme": 100, "millieme": 1_000,
}
APPROXIMATE = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
    "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1_000,
}
# A cheap gate: most sentences hold no number word (« un », « une » alone are articles, never numbers).
CANDIDATE_RE = re.compile(
    r"(?i)(?<![\w])(?:z[ée]ro|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?"
    r"|trente|quarante|cinquante|soixante|cents?|mille|millions?|milliards?|demi|\w+i[èe]me|milliers?"
    r"|(?:diz|douz|quinz|vingt|trent|quarant|cinquant|soixant|cent)aines?)(?![\w])"
)
BOTH_DETERMINERS = ("les", "des", "aux", "ces", "leurs", "nos", "vos", "ses", "tous", "toutes")  # « tous deux »: both
WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
RUN_RE = re.compile(r"\w+")
SPACE_RE = re.compile(r"[ \u00a0\u202f]+")


@dataclass(frozen=True, slots=True)
class WordNumber:
    text: str
    value: float
    start: int
    end: int
    approximate: bool = False
    ordinal: bool = False


@memoized_list(16384)
def word_numbers(text: str) -> list[WordNumber]:
    """Every number written in words in `text`, with its value and span."""
    if not any(map(_candidate, RUN_RE.findall(text))):
        return []
    found: list[WordNumber] = []
    run: list[tuple[str, int, int]] = []  # (folded part, start, end) of the current run of number words
    for match in WORD_RE.finditer(text):
        word, parts = _word_parts(match.group(0))
        adjacent = bool(run) and SPACE_RE.fullmatch(text[run[-1][2] : match.start()]) is not None
        if parts and (adjacent or not run):
            run.extend((part, match.start(), match.end()) for part in parts)
            continue
        found.extend(_close(run, text, match))
        run = [(part, match.start(), match.end()) for part in parts] if parts and parts != ["et"] else []
        if not run and (word in APPROXIMATE or word.rstrip("s") in APPROXIMATE):
            found.extend(_approximate(text, match, word))
    found.extend(_close(run, text, None))
    return found


@lru_cache(maxsize=65536)
def _candidate(run: str) -> bool:
    """Whether CANDIDATE_RE matches a run of word characters, whole. Its matches are runs of word characters, whole (the
    pattern's letters are word characters, and no word character stands before or after one): so a text holds a
    match when one of its runs is one. Read run by run, each looked up once per process, the gate costs a fraction
    of a scan that tries some forty words at every word of the text."""
    return CANDIDATE_RE.fullmatch(run) is not None


@lru_cache(maxsize=16384)
def _word_parts(written: str) -> tuple[str, list[str]]:
    """(folded word, its number parts): most words of a text are no number, and each is folded once."""
    word = fold(written)
    return word, _parts(word)


@lru_cache(maxsize=16384)
def _parts(word: str) -> list[str]:
    """The number words a (hyphenated) word is made of; [] when it is not a number word."""
    if word in HALF_SCALES:
        return [word]
    parts = ["demi" if part == "demie" else part for part in word.split("-")]
    if all(part in CARDINALS or part in SCALES or part in ORDINALS or part in ("et", "demi") for part in parts):
        return parts
    return []


def _close(run: list[tuple[str, int, int]], text: str, following: re.Match[str] | None) -> list[WordNumber]:
    """The numbers a finished run of number words makes: « vingt et un » is one, « deux et trois » two."""
    numbers: list[WordNumber] = []
    piece: list[tuple[str, int, int]] = []
    for index, item in enumerate(run):
        joins_next = index + 1 < len(run) and run[index + 1][0] in ("un", "une", "unieme", "onze", "onzieme", "demi")
        if item[0] == "et" and not (piece and joins_next):
            numbers.extend(_number(piece, text, following if index == len(run) - 1 else None))
            piece = []
        else:
            piece.append(item)
    return numbers + _number(piece, text, following)


def _number(run: list[tuple[str, int, int]], text: str, following: re.Match[str] | None) -> list[WordNumber]:
    while run and (run[0][0] in ("et", "demi") or (run[0][0] in ("un", "une") and len(run) > 1 and run[1][0] in ORDINALS)):
        run = run[1:]  # « une deuxième usine »: the article, then the ordinal
    while run and (run[-1][0] == "et" or (run[-1][0] == "demi" and (len(run) < 2 or run[-2][0] != "et"))):
        run = run[:-1]
    words = [part for part, _, _ in run]
    if not words or all(word in ("un", "une") for word in words):
        return []  # nothing, or an article
    if words == ["neuf"] and (following is None or text[run[-1][2] : following.start()].strip() or _preceded_by(text, run[0][1], "a")):
        return []  # « un bâtiment neuf. », « remis à neuf »: the adjective
    if words in (["cent"], ["cents"]) and _preceded_by(text, run[0][1], "pour"):
        return []  # « pour cent »
    if words == ["deux"] and any(_preceded_by(text, run[0][1], determiner) for determiner in BOTH_DETERMINERS):
        return []  # « les deux camps »: both, not a count a rewrite could have invented
    start, end = run[0][1], run[-1][2]
    return [WordNumber(text[start:end], parse_words(words), start, end, ordinal=words[-1] in ORDINALS)]


def _preceded_by(text: str, start: int, word: str) -> bool:
    before = fold(text[max(0, start - 12) : start]).split()
    return bool(before) and before[-1] == word


def parse_words(words: list[str]) -> float:
    """Value of folded number words: ['quatre', 'vingt', 'dix'] -> 90, ['un', 'million', 'et', 'demi'] -> 1.5e6."""
    total, current, last_scale = 0.0, 0.0, 0
    for index, word in enumerate(words):
        if word == "et":
            continue
        if word == "demi":
            if index and words[index - 1] == "et":
                current += 0.5 * (last_scale or 1) if last_scale else 0.5
                if last_scale:
                    total += current
                    current = 0.0
                continue
            continue
        if word in HALF_SCALES:
            total += max(current, 1) * HALF_SCALES[word]
            current = 0.0
        elif word in CARDINALS:
            value = CARDINALS[word]
            if word in ("vingt", "vingts") and index and words[index - 1] == "quatre":
                current += 80 - 4
            elif value == 100:
                current = max(current, 1) * 100
            else:
                current += value
        elif word in SCALES:
            last_scale = SCALES[word]
            total += max(current, 1) * last_scale
            current = 0.0
        elif word in ORDINALS:
            value = ORDINALS[word]
            current = max(current, 1) * value if value >= 100 else current + value
    return total + current


def _approximate(text: str, match: re.Match[str], word: str) -> list[WordNumber]:
    """« une dizaine », « une centaine de » -> ~10, ~100; « des dizaines », « des milliers » stay vague."""
    base = APPROXIMATE.get(word) or APPROXIMATE[word.rstrip("s")]
    before = fold(text[max(0, match.start() - 12) : match.start()]).split()
    determiner = before[-1] if before else ""
    if determiner in ("une", "un", "d'une", "la", "quelque"):
        return [WordNumber(text[match.start() : match.end()], base, match.start(), match.end(), approximate=True)]
    return []


def number_key(value: float) -> str:
    """The value as facts compare it: 26.0 -> '26', 2.7 -> '2.7'."""
    return f"{value:.6f}".rstrip("0").rstrip(".")


FRACTION_RE = re.compile(r"(?<![\w-])(un|une|le|la|deux|trois)[ \u00a0]+(quart|tiers|moitie)(?![\w-])")
FRACTION_PERCENTS = {
    ("quart", 1): ("25%",), ("quart", 3): ("75%",), ("tiers", 1): ("33%", "33.3%"), ("tiers", 2): ("66%", "67%", "66.7%"),
    ("moitie", 1): ("50%",),
}
PERIOD_WORDS = {"decennie": "10 an", "decennies": "10 an", "siecle": "100 an", "trimestre": "3 moi", "semestre": "6 moi"}  # facts.py keys « mois » "moi"
MULTIPLYING = {"doubl": "2", "tripl": "3", "quadrupl": "4", "moitie": "2"}  # « a doublé »: « multiplié par deux »
ORDINAL_WORDS = {"premier": "1e", "premiere": "1e", "premiers": "1e", "premieres": "1e", "second": "2e", "seconde": "2e",
                 "vainqueur": "1e", "dauphin": "2e", "dauphine": "2e"}  # a rank said by its title: « sa dauphine » is « la deuxième »
RANK_PHRASES = {"complete le podium": "3e", "medaille d'or": "1e", "medaille d'argent": "2e", "medaille de bronze": "3e"}
IMPLYING_WORDS = ORDINAL_WORDS | PERIOD_WORDS
FRACTION_PARTS = ("quart", "tiers", "moitie")  # FRACTION_RE's matches hold one


# « une heure », « un an », « une demi-heure »: one unit of time, written with the article (never a number word alone).
# « un an et demi » is left to the number words; « sur un an » is a comparison (« une hausse de 8 % sur un an »).
ONE_UNIT_RE = re.compile(r"(?<![\w-])(?<!sur )(?:un|une)[ \u00a0]+(demi-heure|heure|minute|journee|jour|semaine|mois|annee|an|decennie|siecle)"
                         r"(?![\w-])(?![ \u00a0]+et[ \u00a0]+demie?)")
LAST_UNIT_RE = re.compile(r"(?<![\w-])(?:la derniere|le dernier)[ \u00a0]+(heure|journee|semaine|mois|annee)(?![\w-])")
ONE_UNIT = {"demi-heure": "30 minute", "heure": "1 heure", "minute": "1 minute", "journee": "1 jour", "jour": "1 jour",
            "semaine": "1 semaine", "mois": "1 moi", "annee": "1 an", "an": "1 an", "decennie": "10 an", "siecle": "100 an"}
# « quatre sur dix », « trois habitants sur cinq », « 4 sur 10 », « deux cinquièmes », « un cinquième de sa créance » (one part
# of a whole, not « un cinquième mandat »): a share a rewrite may give in per cent.
RATIO_RE = re.compile(r"(?<![\w,.-])(\d+|[a-z]+(?:-[a-z]+)*)[ \u00a0]+(?:(?:[a-z]+[ \u00a0]+){0,2}?sur[ \u00a0]+(\d+|[a-z]+(?:-[a-z]+)*)"
                      r"|(demis|tiers|quarts|cinquiemes|sixiemes|huitiemes|dixiemes|centiemes"
                      r"|(?:quart|cinquieme|sixieme|huitieme|dixieme|centieme)(?=[ \u00a0]+d(?:e|u|es)?\b|[ \u00a0]+d')))(?![\w-])")
PARTITIVE_RE = re.compile(r"(?<![\w,.-])(\d+|[a-z]+(?:-[a-z]+)*)[ \u00a0]+des[ \u00a0]+(\d+|[a-z]+(?:-[a-z]+)*)(?![\w-])")  # « trois des cinq »
SPELLED_GATE_RE = re.compile(r"(?i)\b(?:une?|sur)\s|(?:tiers|quarts|demis|i[èe]mes)\b")
COMPOUND_GATE_RE = re.compile(r"(?i)\b(?:heures?|ans?)\set\s")
# « un quart d'heure », « deux heures et quart », « 2 h 15 »: a time in hours and a part of one, read whole in minutes
# (« quinze minutes », « 2 h 15 » and « deux heures et quart » say the same; « 2 h » and « 15 » alone say another thing).
QUARTER_HOUR_RE = re.compile(r"(?<![\w-])(un|trois) quarts? d'heure(?![\w-])")
HOURS_AND_QUARTER_RE = re.compile(r"(?<![\w-])(?P<hours>\d+|[a-z][a-z-]*) heures? (?P<side>et quart|moins le quart)(?![\w-])")
HOURS_MINUTES_RE = re.compile(r"(?<![\w,.])(?P<hours>\d{1,2}) ?h ?(?P<minutes>[0-5]\d)(?!\w|[,.]\d| ?(?:min|s)\b)")  # not « 2 h 01 min 09 s »
HOUR_GATE_RE = re.compile(r"(?i)quart|\d[ \u00a0\u202f]?h[ \u00a0\u202f]?\d")
FRACTION_DENOMINATORS = {"demis": 2, "tiers": 3, "quarts": 4, "cinquiemes": 5, "sixiemes": 6, "huitiemes": 8, "dixiemes": 10, "centiemes": 100,
                         "quart": 4, "cinquieme": 5, "sixieme": 6, "huitieme": 8, "dixieme": 10, "centieme": 100}  # « un cinquième de »


def one_unit_durations(folded: str) -> list[tuple[int, int, str]]:
    """(start, end, value) of each single unit of time of a folded text (« moins d'une heure » -> "1 heure"): no
    number word, yet a duration a rewrite may state in other units (« soixante minutes ») or change (« un an »)."""
    return [(match.start(), match.end(), ONE_UNIT[match.group(1)]) for match in ONE_UNIT_RE.finditer(folded)]


def ratio_percents(folded: str, partitive: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, per cent key) of each share a folded text states as a ratio (« quatre sur dix », « deux
    cinquièmes » -> "40%"): the same fact as « 40 % » or « quarante pour cent »; with `partitive`, « trois des
    cinq » too (a source's share; in an article, two counts the claim check compares)."""
    found = []
    shares = " sur " in folded or any(word in folded for word in FRACTION_DENOMINATORS)  # a cheap gate: most texts hold none
    for match in [*(_ratios(folded) if shares else ()), *(PARTITIVE_RE.finditer(folded) if partitive and " des " in folded else ())]:
        part, whole = written_number(match.group(1)), written_number(match.group(2)) if match.group(2) else FRACTION_DENOMINATORS.get(match.group(3) or "")
        if part and whole and part < whole:
            found.append((match.start(), match.end(), number_key(round(100 * part / whole, 1)) + "%"))
    return found


def _ratios(folded: str) -> list[re.Match[str]]:
    """RATIO_RE's matches whose first term is a number: a match opening on another word (« près de six serveurs sur
    dix ») is tried again from its next word."""
    found, position = [], 0
    while (match := RATIO_RE.search(folded, position)) is not None:
        if written_number(match.group(1)):
            found.append(match)
            position = match.end()
        else:
            position = match.end(1) + 1
    return found


@lru_cache(maxsize=4096)
def spelled_facts(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, value) in `text` itself of its single units of time and its ratios: spans of the original, its
    letters folded one by one. Read once per sentence (the fact check and the counted nouns both ask)."""
    compound = " et " in text and bool(COMPOUND_GATE_RE.search(text))
    hours = bool(HOUR_GATE_RE.search(text))
    if not compound and not hours and not SPELLED_GATE_RE.search(text):
        return ()  # no « un », « une » nor « sur », no fraction word and no duration in two units: most sentences
    plain = "".join(_plain_letter(letter) for letter in text)
    compounds = [*(compound_durations(plain) if compound else ()), *(hour_parts(plain) if hours else ())]
    inside = [span for span in (*one_unit_durations(plain), *ratio_percents(plain))  # « un an | et huit mois » is one total
              if not any(start <= span[0] and span[1] <= end for start, end, _ in compounds)]
    return (*inside, *compounds)


@lru_cache(maxsize=512)
def _plain_letter(letter: str) -> str:
    if letter.isascii():
        return letter.lower()
    bare = "".join(part for part in unicodedata.normalize("NFKD", letter) if not unicodedata.combining(part))
    return "'" if letter in "’‘" else " " if letter.isspace() else (bare[:1] or letter).lower()


def written_number(written: str) -> float | None:
    """The value of a number written in digits or in folded words (« 38 », « trente-huit »); None for any other word."""
    if written.isdigit():
        return float(written)
    parts = _parts(written)
    return parse_words(parts) if parts and parts != ["et"] else None


def implied_numbers(folded: str) -> set[str]:
    """Number values a folded text states without digits or number words: its fractions as percentages
    (« un quart » -> "25%": a rewrite may write « 25 % »), « premier » and « second » as ordinals ("1e", "2e"),
    periods as durations (« par décennie » -> "10 an": « tous les dix ans »), « doubler » as 2 (« multiplié par
    deux »)."""
    found: set[str] = set()
    for count, part in FRACTION_RE.findall(folded) if any(part in folded for part in FRACTION_PARTS) else ():
        found.update(FRACTION_PERCENTS.get((part, 1 if count in ("un", "une", "le", "la") else CARDINALS[count]), ()))
    words = set(WORD_RE.findall(folded))
    found.update(value for word, value in IMPLYING_WORDS.items() if word in words)
    found.update(value for phrase, value in RANK_PHRASES.items() if phrase in folded)
    found.update(value for stem, value in MULTIPLYING.items() if stem in folded and any(word.startswith(stem) for word in words))
    found.update(value for _, _, value in one_unit_durations(folded))
    found.update(ONE_UNIT[unit] for unit in LAST_UNIT_RE.findall(folded))  # « la dernière semaine »: « les sept derniers jours »
    found.update(value for _, _, percent in ratio_percents(folded, partitive=True) for value in (percent, number_key(round(float(percent[:-1]))) + "%"))
    found.update(value for _, _, value in compound_durations(folded))
    found.update(value for _, _, value in hour_parts(folded) if HOUR_GATE_RE.search(folded))
    return found


def hour_parts(folded: str) -> list[tuple[int, int, str]]:
    """(start, end, total in minutes) of each time a folded text says in hours and a part of one (« un quart d'heure »
    -> "15 minute", « deux heures et quart » -> "135 minute", « 2 h 15 » -> "135 minute"): one fact, not an hour count
    and a bare number the source never wrote."""
    found = [(match.start(), match.end(), "15 minute" if match.group(1) == "un" else "45 minute") for match in QUARTER_HOUR_RE.finditer(folded)]
    for match in HOURS_AND_QUARTER_RE.finditer(folded):
        if (hours := written_number(match.group("hours"))) is not None:
            found.append((match.start(), match.end(), f"{number_key(hours * 60 + (15 if match.group('side') == 'et quart' else -15))} minute"))
    found += [(match.start(), match.end(), f"{int(match.group('hours')) * 60 + int(match.group('minutes'))} minute")
              for match in HOURS_MINUTES_RE.finditer(folded)]
    return found


def compound_durations(folded: str) -> list[tuple[int, int, str]]:
    """(start, end, total) of each duration a folded text says in two units: « deux heures et trente-huit minutes »
    -> "158 minute", « un an et huit mois » -> "20 moi" (a rewrite may write « 158 minutes » or « vingt mois »)."""
    found = []
    for match in COMPOUND_DURATION_RE.finditer(folded) if " et " in folded else ():
        big, small = written_number(match.group("big")), written_number(match.group("small"))
        if big is not None and small is not None:
            size, unit = (60, "minute") if match.group("unit").startswith("heure") else (12, "moi")
            found.append((match.start(), match.end(), f"{number_key(big * size + small)} {unit}"))
    return found


COMPOUND_DURATION_RE = re.compile(r"(?<![\w-])(?P<big>\d+|[a-z][a-z-]*) (?P<unit>heures?|ans?) et (?P<small>\d+|[a-z][a-z-]*) "
                                  r"(?:minutes?|mois)(?![\w-])")


# Units of time (as facts.py keys them: « mois » is "moi") in the smallest unit of their family: « 48 heures » is
# « deux jours », « 18 mois » « un an et demi ».
DURATION_UNITS = {"minute": ("min", 1), "heure": ("min", 60), "jour": ("min", 1440), "semaine": ("min", 10080), "moi": ("moi", 1), "an": ("moi", 12)}


IDIOMATIC_DAYS = {"15 jour": "2 semaine", "8 jour": "1 semaine"}  # « dans quinze jours », « sous huit jours »: two weeks, one week


def duration_equivalents(value: str) -> set[str]:
    """The same duration in the other units of its family, where it is a whole or half number of them ("48 heure"
    -> {"2 jour", "2880 minute"}, « trente-six heures » « un jour et demi »); empty for anything else."""
    number, _, unit = value.lstrip("~").partition(" ")
    if unit not in DURATION_UNITS or not re.fullmatch(r"[\d.]+", number):
        return set()
    family, size = DURATION_UNITS[unit]
    total = float(number) * size
    found = {f"{number_key(total / other)} {name}" for name, (kind, other) in DURATION_UNITS.items()
             if kind == family and name != unit and (total * 2 / other).is_integer()}
    return found | {IDIOMATIC_DAYS.get(value.lstrip("~"), "")} - {""} | {days for days, weeks in IDIOMATIC_DAYS.items() if weeks == value.lstrip("~")}
