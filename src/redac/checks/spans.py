"""Spans an article counts between two dates of its source: « deux jours avant la suspension » where the source
says the patients left hospital on « mercredi » and the trial was suspended on « vendredi », « trois jours après
avoir reçu les deux parties » for « vendredi » and « lundi », « deux ans plus tard » for « en 2017 » and « en 2019 ».

The number is one step from the source's dates, as the differences of checks/derived.py are from its figures: a day
span between two weekdays of the passage, a year span between two of its years (a weekday told far from the passage
may date another event: « deux jours plus tôt » for « la veille » is no span of « dimanche » and a « vendredi » of
another paragraph). Only a span the sentence says is one (« plus tard », « après », « avant », « plus tôt »): a bare
« deux jours » is a duration.
"""

from __future__ import annotations

import re
from itertools import product
from typing import TYPE_CHECKING

from redac.french.dates import WEEKDAYS

if TYPE_CHECKING:
    from redac.checks.faithfulness import SourceFacts

SPAN_WORD_RE = re.compile(r"\s+(?:plus\s+tard|plus\s+tôt|après|avant|auparavant)\b")  # « deux jours avant la suspension »
YEAR_VALUE_RE = re.compile(r"^((?:19|20)\d\d)(?:-\d\d)*$")  # « 2019 », « mars 2017 » (« 2017-03 »)


def dates_span(value: float, unit: str, sentence: str, end: int, source: SourceFacts, at: int) -> bool:
    """Whether the number ending at `end`, said as a span (SPAN_WORD_RE), is the distance in days between two weekdays of
    the passage around source sentence `at` (the shorter way round the week: « mardi » and « vendredi » are three days
    apart, not four), or in years between two of its years."""
    if not SPAN_WORD_RE.match(sentence, end) or not value.is_integer() or value < 1:
        return False
    window = source.window(at)
    if unit == "jour":
        days = {fact.value for said in window for fact in said.facts if fact.kind == "date" and fact.value in WEEKDAYS}
        return any(min(gap, 7 - gap) == value for a, b in product(days, days) if (gap := (WEEKDAYS.index(b) - WEEKDAYS.index(a)) % 7))
    if unit == "an":
        years = {int(found.group(1)) for said in window for fact in said.facts if (found := YEAR_VALUE_RE.match(fact.value))}
        return any(abs(a - b) == value for a, b in product(years, years))
    return False
