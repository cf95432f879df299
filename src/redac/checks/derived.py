"""Numbers an article derives from its source by one step of arithmetic: « vingt-six des 110 » where the source
says 84 of the 110 took part (a difference), « quatorze des 21 millions » where it says the town pays « aux deux
tiers » (a share), « deux fois moins » for 80 000 against 150 000 (a ratio), « le 12 » where it says « le 12 mars »,
« le lendemain de l'attribution » where it says the bid was awarded « jeudi » and contested « vendredi ».

A rewrite in new words states them; they say nothing the source does not. They are read only against the
numbers of the source sentence the article sentence is built on and the numbers the article sentence states
itself, and the step must be exact (within rounding; a ratio within a tenth only where the sentence says
« N fois »): a digit changed by mistake is rarely one exact step from two figures of the same passage.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from itertools import combinations, pairwise, permutations
from typing import TYPE_CHECKING

from redac.checks.counts import YEAR_RE
from redac.checks.spans import dates_span
from redac.checks.support import article_facts, date_parts
from redac.french.dates import WEEKDAYS, anchored_value
from redac.french.facts import Fact
from redac.french.lemmas import content_lemmas
from redac.french.negation import polarity
from redac.french.numbers import DURATION_UNITS, duration_equivalents, written_number
from redac.french.opposites import opposites
from redac.french.text import fold

if TYPE_CHECKING:
    from redac.checks.faithfulness import SourceFacts, SourceSentence

VALUE_RE = re.compile(r"~?(\d+(?:\.\d+)?)(%?)(?: (.+))?$")
REST_RE = re.compile(r"(?i)\s+(?:qui\s+)?rest(?:ant|ent|ait|aient|era)\w*\b")  # « cède 60 % … et garde le reste » → « les 40 % restants »
TIMES_RE = re.compile(r"\s*fois\s+(?:plus|moins)\b")
DAY_BEFORE_RE = re.compile(r"(?i)\ble\s*$")
SPAN_RE = re.compile(r"\s+(?:derniers|premiers|prochains)\s+(jour|heure|minute|semaine|moi|an)s?\b")  # « sept derniers jours »
GAP_RE = re.compile(r"\s+(?:\w+\s+){0,2}?d['’](?:écart|avance|avantage)\b|\s+(?:\w+\s+)?de (?:plus|moins|différence)\b")
CHANGE_RE = re.compile(r"(?i)\b(?:perd|perte|gagn|gain|bais|augment|diminu|recul|progress|chut|hauss)\w*(?:\s+(?:de|d['’]))?\s*$")
TOTAL_RE = re.compile(r"(?i)\b(?:au total|en tout|à eux deux|à elles deux|aux deux|aux trois|cumulé\w*|additionn\w*)\b")  # a sum, said
SPAN_DAYS = {"jour": 1, "semaine": 7, "moi": 30.44}  # days in a unit of a span between two dates
MARGIN_RE = re.compile(r"(?i)\b(?:impos|batt|bat\b|devan|majorit|emport|vainqu)\w*(?:\s+[\w'’-]+){0,3}?\s+(?:de|d['’])\s*$")  # a win's margin
CHANGE_REACH = 30  # characters before a number searched for the verb or noun of a change (« a perdu », « une hausse de »)
FACTOR_RE = re.compile(r"(?i)\b(\d+|deux|trois|quatre|cinq|dix)\s+fois\s+(?:plus|moins)\b")  # « deux fois plus qu'en 2020 »
SCALES = (1, 1_000, 1_000_000, 1_000_000_000)  # « 21 millions d'euros » is 21 when the article counts « quatorze des 21 »
LEAP_FREE_YEAR = 2025  # a day and month with no year are moved in a year with no 29 February
FRACTION_RE = re.compile(r"\b(?:(deux|trois)\s+)?(moitie|tiers|quarts?)\b")  # « la moitié », « deux tiers », folded
FRACTION_WORDS = {"moitie": 1 / 2, "tiers": 1 / 3, "quart": 1 / 4, "quarts": 1 / 4}
FRACTION_SHARED = 2  # content words a sentence naming the fraction shares with the article sentence, at least
FRACTION_TOLERANCE = 0.01  # « 433 000 euros » for a third of 1,3 million
SHARE_TOLERANCE = 0.15  # percentage points between a share of « huit sur vingt-six » (30.8 %) and the rest of 69.2 %
TIMES_TOLERANCE = 0.1  # « près de deux fois moins » for 80 000 against 150 000 (1.875)


def derived(fact: Fact, sentence: str, source: SourceFacts) -> bool:
    """Whether a number or a relative day absent from the passage follows in one step from what the passage says."""
    if fact.kind == "date":
        return _day_after_event(fact, sentence, source) or _days_from_date(fact, sentence, source)
    return fact.kind == "number" and _derived_number(fact, sentence, source)


def states_the_rest(sentence: str, source: SourceFacts) -> bool:
    """Whether the sentence counts the rest of a whole where the source counts the part (« vingt-six des 110 n'ont pas
    voté » for « 84 ont voté »): its negation says the opposite claim of the rest, which is the source's claim."""
    return any(fact.kind == "number" and fact.value not in source.numbers and _derived_number(fact, sentence, source, rest_only=True)
               for fact in article_facts(sentence))


def _day_after_event(fact: Fact, sentence: str, source: SourceFacts) -> bool:
    """« Le lendemain de l'attribution » where the source says the bid was awarded « jeudi » and the appeal came
    « vendredi »: the weekday the sentence built on names is that many days after one the source names before it."""
    if not fact.value.startswith("relatif:"):
        return False
    best = source.aligned(sentence, share=source.limits.claim_aligned_share, min_words=source.limits.claim_aligned_min_words)
    if best is None:
        return False
    days = {f.value for f in source.sentences[best].facts if f.value in WEEKDAYS}
    earlier = [(-1, f.value) for said in source.sentences[:best] for f in said.facts if f.value in WEEKDAYS]
    return bool(earlier) and anchored_value(fact.text, fact.value, earlier[-1:], fact.start) in days  # the day named last before


def _days_from_date(fact: Fact, sentence: str, source: SourceFacts) -> bool:
    """« informée le 15 novembre » where the source says the first case dates « du 3 novembre » and the agency learnt of it
    « douze jours plus tard »: a date of the sentence built on, moved by a count of days it states (« plus tard », « après »,
    « plus tôt », « avant »)."""
    mine = date_parts(fact.value)
    best = source.closest(sentence)
    if mine is None or mine[2] is None or best is None or best[1] < source.limits.claim_shown_share:
        return False
    said = source.sentences[best[0]]
    spans = [int(float(number)) for f in said.facts if f.kind == "number" and (number := f.value.lstrip("~").removesuffix(" jour")) != f.value.lstrip("~")
             and re.fullmatch(r"\d+", number)]
    for f in said.facts:
        parts = date_parts(f.value) if f.kind == "date" else None
        if parts is None or parts[2] is None or (mine[0] and parts[0] and mine[0] != parts[0]):
            continue
        start = date(int(parts[0] or mine[0] or LEAP_FREE_YEAR), int(parts[1]), int(parts[2]))
        moved = {start + timedelta(days=sign * span) for span in spans for sign in (1, -1)}
        if any(f"{day.month:02d}-{day.day:02d}" == f"{mine[1]}-{mine[2]}" for day in moved):
            return True
    return False


def _derived_number(fact: Fact, sentence: str, source: SourceFacts, rest_only: bool = False) -> bool:
    """Whether a number absent from the passage follows in one step from the numbers around it (with `rest_only`, as
    the rest of a whole): around the source sentence closest to the sentence, or one holding another of its numbers
    (« 84 000 visiteurs, contre 42 000 en 2020 » where « 84 000 visiteurs en 2023, deux fois plus qu'en 2020 » is not
    the closest sentence)."""
    best = source.closest(sentence)
    parsed = _parse(fact.value)
    if parsed is None or best is None or best[1] < source.limits.claim_shown_share:
        return False
    if _derived_from(fact, parsed, sentence, source, best[0], rest_only):
        return True
    stated = {f.value for f in article_facts(sentence) if f.kind == "number" and f.start != fact.start}
    return any(_factor_of(parsed[0], said) for number, said in enumerate(source.sentences)
               if number != best[0] and stated & {f.value for f in said.facts})


def _factor_of(value: float, said: SourceSentence) -> bool:
    """« contre 42 000 en 2020 » where a source sentence holding another number of the sentence says « 84 000 …, deux fois
    plus qu'en 2020 »: a quantity of that sentence divided or multiplied by a factor it states."""
    factors = [written_number(found.group(1).lower()) or 0.0 for found in FACTOR_RE.finditer(said.text)]
    quantities = [read[0] for f in said.facts if f.kind == "number" and (read := _parse(f.value)) and not read[1]]
    return any(a / factor == value or a * factor == value for a in quantities for factor in factors if factor > 1)


def _derived_from(fact: Fact, parsed: tuple[float, bool, str], sentence: str, source: SourceFacts, at: int, rest_only: bool) -> bool:
    """`_derived_number` around source sentence `at`."""
    said = source.sentences[at]
    if parsed[1]:  # a percentage is a share the source states, or a ratio read whole (« trois sur cinq »), or their rest
        shares = [read[0] for written in source.passage([said]).numbers if (read := _parse(written)) and read[1]]
        rest = _flipped(sentence, said.text) or REST_RE.match(sentence, fact.end) is not None  # « les 40 % restants »
        return rest and any(abs(100 - share - parsed[0]) <= SHARE_TOLERANCE for share in shares)
    if not rest_only and _day_of_date(fact, sentence, said.facts):
        return True
    value, _, unit = parsed
    stated = [read for f in article_facts(sentence) if f.kind == "number" and f.start != fact.start and (read := _parse(f.value))]
    operands = [read for written in source.passage([said]).numbers if (read := _parse(written))] + stated
    quantities = [(number, their) for number, percent, their in operands if not percent]
    wholes = [(number, their) for number, percent, their in stated if not percent]  # « des 110 »: the whole is stated
    if rest_only:
        return _rest_of(value, unit, quantities, wholes)
    if (span := SPAN_RE.match(sentence, fact.end)) and duration_equivalents(f"{fact.value} {span.group(1)}") & source.passage(source.window(at)).numbers:
        return True  # « les sept derniers jours » for « la dernière semaine »: a duration its adjective hid from the number
    if unit in SPAN_DAYS and _date_span(value, unit, sentence):
        return True  # « pendant quatre mois, du 1er juin au 30 septembre »: the span of two dates it states
    if dates_span(value, unit, sentence, fact.end, source, at):
        return True  # « trois jours après avoir reçu les deux parties » for « vendredi » and « lundi »: the span of two source dates
    shares = [number / 100 for number, percent, _ in operands if percent]
    before = sentence[max(0, fact.start - CHANGE_REACH) : fact.start]
    if MARGIN_RE.search(before) and any(a - b == value for (a, _, _), (b, _, _) in permutations(stated, 2)):
        return True  # « s'est imposé de quatre buts (31-27) », « une majorité de 26 voix » (45 contre 19): the score it states
    if GAP_RE.match(sentence, fact.end) or CHANGE_RE.search(before):
        # « avec vingt-six voix d'avance », « quatre buts d'écart », « a perdu 5 000 licenciés »: a difference
        return any(a - b == value for (a, mine), (b, theirs) in permutations(quantities, 2)
                   if (mine == theirs or not mine or not theirs) and not YEAR_RE.match(f"{a:g}"))
    addends = [(n, u) for n, percent, u in stated if not percent and not YEAR_RE.match(f"{n:g}")]
    if TOTAL_RE.search(sentence) and not YEAR_RE.match(f"{value:g}") and any(a + b == value for (a, mine), (b, theirs) in combinations(addends, 2)
                                              if mine in (theirs, unit) or not mine or not theirs):
        return True  # « 200 000 euros aux deux clubs : 120 000 à Nîmes et 80 000 à Chambéry »: a sum of the parts it states, said one
    factors = [written_number(found.group(1).lower()) or 0.0 for found in FACTOR_RE.finditer(f"{said.text} {sentence}")]
    if any(a / factor == value or a * factor == value for a, _ in quantities for factor in factors if factor > 1):
        return True  # « 42 000 visiteurs, deux fois moins » where the source says 84 000, « deux fois plus »
    if TIMES_RE.match(sentence, fact.end):
        return any(abs(a / b - value) <= TIMES_TOLERANCE * value for (a, _), (b, _) in permutations(quantities, 2) if b)
    if _fraction_of_source(value, unit, sentence, source):
        return True
    flipped = _flipped(sentence, said.text)
    return (flipped and _rest_of(value, unit, quantities, wholes)) or _share_of(value, wholes, shares)


def _date_span(value: float, unit: str, sentence: str) -> bool:
    """Whether two dates the sentence states, one after the other, span `value` days, weeks or months (both days counted)."""
    days = []
    for f in article_facts(sentence):
        parts = date_parts(f.value) if f.kind == "date" else None
        if parts and parts[2]:
            days.append(date(int(parts[0] or LEAP_FREE_YEAR), int(parts[1]), int(parts[2])))
    spans = [(later - earlier).days + 1 for earlier, later in pairwise(days) if later > earlier]
    return any(round(span / SPAN_DAYS[unit]) == value for span in spans)


def _fraction_of_source(value: float, unit: str, sentence: str, source: SourceFacts) -> bool:
    """« Bâtiouest paiera 650 000 euros avant le 31 mars » where the source says « la moitié avant le 31 mars » of the 1,3
    million it states in another sentence: a fraction named by a source sentence sharing words with the sentence, of a
    source amount in the same unit, exactly. Not a duration (« deux heures » for « quatre heures » is a changed figure)."""
    if unit in DURATION_UNITS:
        return False
    shared = source.sharing(set(content_lemmas(sentence)))
    holders = " ".join(source.sentences[number].folded for number, count in shared.items() if count >= FRACTION_SHARED)
    parts = [(written_number(found.group(1) or "un") or 1) * FRACTION_WORDS[found.group(2)] for found in FRACTION_RE.finditer(holders)]
    wholes = [number for written in source.numbers if (read := _parse(written)) and not read[1] and read[2] == unit for number in read[:1]]
    return any(abs(whole * part - value) <= FRACTION_TOLERANCE * value for whole in wholes for part in parts if part < 1)


def _flipped(sentence: str, said: str) -> bool:
    """Whether the sentence says the opposite claim of the source sentence: with a negation more or less, or with the
    opposite word (« huit sur vingt-six étaient à l'arrêt » for « dix-huit sur vingt-six fonctionnaient »)."""
    mine, theirs = polarity(sentence), polarity(said)
    return mine.negations != theirs.negations or bool(opposites(mine.affirmed - theirs.affirmed) & theirs.affirmed)


def _rest_of(value: float, unit: str, quantities: list[tuple[float, str]], wholes: list[tuple[float, str]]) -> bool:
    """« vingt-six des 110 n'ont pas voté » where 84 of the 110 voted: the rest of a whole the sentence states, said of
    the opposite claim (the same claim with the rest, « huit des quatorze postes sont occupés » for six, is false)."""
    return any(whole - part == value for whole, mine in wholes for part, theirs in quantities
               if mine == theirs and (not unit or unit == mine) and not YEAR_RE.match(f"{whole:g}"))


def _share_of(value: float, wholes: list[tuple[float, str]], shares: list[float]) -> bool:
    """« quatorze des 21 millions » where the town pays two thirds of 21 million: the share of a whole the sentence
    states, at its scale."""
    return any(abs(whole / scale * share - value) < 0.5 for whole, _ in wholes for scale in SCALES if whole >= scale
               for share in shares if 0 < share < 1)


def _day_of_date(fact: Fact, sentence: str, facts: tuple[Fact, ...]) -> bool:
    """« à la mi-mars, le 12 » where the source says « le 12 mars »: a day of a date of the sentence built on."""
    if not DAY_BEFORE_RE.search(sentence[max(0, fact.start - 4) : fact.start]) or " " in fact.value:
        return False
    days = {parts[2] for f in facts if f.kind == "date" and (parts := date_parts(f.value)) and parts[2]}
    return fact.value.zfill(2) in days


def _parse(value: str) -> tuple[float, bool, str] | None:
    """(number, is a percentage, unit) of a number fact's value; None for ordinals and other shapes."""
    match = VALUE_RE.match(fold(value))
    return (float(match.group(1)), bool(match.group(2)), match.group(3) or "") if match else None
