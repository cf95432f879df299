"""Faithfulness: every number, date, quotation and name of an article must be supported by its source.

Support is checked twice. Globally, a fact must exist somewhere in the source: a number with the same
value (and unit, when the article gives one), a date with the same day and month (and year when
both give one), a quotation found verbatim (spacing, apostrophe style and guillemet style aside),
a name whose words the source writes. Locally, a sentence clearly built on one source sentence (most
of its content words come from it) must take its names, numbers and dates from that sentence or its
neighbours: a name swapped for another name of the same article, or a figure moved to another
claim, is caught there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from redac.french.facts import Fact, extract_facts, quote_key
from redac.french.lemmas import content_lemmas
from redac.french.sentences import split_sentences
from redac.french.text import fold

ALIGNED_SHARE = 0.6  # share of a sentence's content words found in one source sentence
ALIGNED_MIN_WORDS = 5
NEIGHBOURS = 1
NUMBER_PART_RE = re.compile(r"^[\d.]+")
DATE_VALUE_RE = re.compile(r"(?:(?P<year>\d{4})|-)-(?P<month>\d\d)(?:-(?P<day>\d\d))?")


@dataclass(frozen=True, slots=True)
class Unsupported:
    kind: str  # number, date, quote, name
    text: str  # the fact as the article writes it
    reason: str  # French, for editors
    where: str  # "ligne 12", "titre", "bloc 5 (## Heading)"
    sentence: str  # the article sentence holding it


@dataclass(frozen=True, slots=True)
class _SourceSentence:
    text: str
    facts: tuple[Fact, ...]
    lemmas: frozenset[str]
    folded: str


class SourceFacts:
    """What the source supports, indexed once per source."""

    def __init__(self, texts: list[str]):
        self.sentences = [
            _SourceSentence(text, extract_facts(text), frozenset(content_lemmas(text)), fold(text))
            for block in texts
            for text in split_sentences(block)
        ]
        self.facts = [fact for block in texts for fact in extract_facts(block)]
        self.quote_text = quote_key(" ".join(texts))
        self.folded = fold(" ".join(texts))

    @cached_property
    def numbers(self) -> set[str]:
        return {fact.value for fact in self.facts if fact.kind == "number"}

    @cached_property
    def number_parts(self) -> set[str]:
        return {_number_part(value) for value in self.numbers}

    @cached_property
    def dates(self) -> set[str]:
        return {fact.value for fact in self.facts if fact.kind == "date"}

    def supports(self, fact: Fact) -> str | None:
        """None when the source supports `fact` anywhere; else the reason it does not."""
        if fact.kind == "number":
            return None if _number_supported(fact.value, self.numbers, self.number_parts) else "nombre absent de la source"
        if fact.kind == "date":
            return None if _date_supported(fact.value, self.dates) else "date absente de la source"
        if fact.kind == "quote":
            return None if _quote_supported(fact.value, self.quote_text) else "citation introuvable telle quelle dans la source"
        return None if _name_supported(fact.text, self.folded) else "nom absent de la source"

    def aligned_window(self, sentence: str) -> str | None:
        """Folded text of the source sentence `sentence` is built on (with neighbours), if one clearly is."""
        lemmas = set(content_lemmas(sentence))
        if len(lemmas) < ALIGNED_MIN_WORDS:
            return None
        shares = [len(lemmas & source.lemmas) / len(lemmas) for source in self.sentences]
        best = max(range(len(shares)), key=shares.__getitem__, default=None)
        if best is None or shares[best] < ALIGNED_SHARE:
            return None
        window = self.sentences[max(0, best - NEIGHBOURS) : best + NEIGHBOURS + 1]
        return " ".join(source.folded for source in window)


def unsupported_facts(units: list[tuple[str, str, bool]], source: SourceFacts) -> list[Unsupported]:
    """Facts of the article's (where, text, prose) units that the source does not support, in order.

    Only prose is checked locally: a title or subheading sums up several sentences at once.
    """
    found = []
    for where, text, prose in units:
        for sentence in split_sentences(text):
            found.extend(_sentence_issues(where, sentence, source, prose))
    return found


def _sentence_issues(where: str, sentence: str, source: SourceFacts, prose: bool) -> list[Unsupported]:
    issues = []
    window = None
    window_read = not prose
    for fact in extract_facts(sentence):
        reason = source.supports(fact)
        if reason is None and fact.kind in {"name", "number", "date"}:
            if not window_read:
                window, window_read = source.aligned_window(sentence), True
            if window is not None and not _in_window(fact, window):
                reason = "présent dans la source, mais pas dans le passage que reprend cette phrase"
        if reason:
            issues.append(Unsupported(fact.kind, fact.text, reason, where, sentence))
    return issues


def _in_window(fact: Fact, window: str) -> bool:
    if fact.kind == "name":
        return _name_supported(fact.text, window) or _name_supported(_surname(fact.text), window)
    values = {f.value for f in extract_facts(window) if f.kind == fact.kind}
    if fact.kind == "number":
        return _number_supported(fact.value, values, {_number_part(v) for v in values})
    return _date_supported(fact.value, values) or fold(fact.text) in window


def _number_part(value: str) -> str:
    match = NUMBER_PART_RE.match(value)
    return match.group(0) if match else value


def _number_supported(value: str, values: set[str], parts: set[str]) -> bool:
    """Same value and unit; a bare number in the article may stand for one with a unit in the source."""
    return value in values or (value == _number_part(value) and value in parts)


def _date_supported(value: str, values: set[str]) -> bool:
    """Same weekday; or same month, same day when the article gives one, same year when both give one."""
    if value in values:
        return True
    parts = _date_parts(value)
    if parts is None:
        return False
    year, month, day = parts
    for known in filter(None, map(_date_parts, values)):
        known_year, known_month, known_day = known
        same_day = day is None or day == known_day
        same_year = year is None or known_year is None or year == known_year
        if month == known_month and same_day and same_year and not (day is None and year and not known_year):
            return True
    return False


def _date_parts(value: str) -> tuple[str | None, str, str | None] | None:
    """(year, month, day) of a date value from facts ('2024-03-01', '--03-01', '2024-03'); None for weekdays."""
    match = DATE_VALUE_RE.fullmatch(value)
    if not match:
        return None
    return match.group("year"), match.group("month"), match.group("day")


def _quote_supported(key: str, source_text: str) -> bool:
    if key in source_text:
        return True
    return key[:1].swapcase() + key[1:] in source_text  # the first letter's case may change


def _surname(name: str) -> str:
    """The last word of a full name: "Volodymyr Zelenskyy" where the passage says "Zelenskyy" is the same person."""
    return name.rsplit(maxsplit=1)[-1]


def _name_supported(name: str, folded_source: str) -> bool:
    """The name as written, or each of its words (a surname alone, "M." titles aside), in the source."""
    folded = fold(name)
    if re.search(rf"(?<!\w){re.escape(folded)}(?!\w)", folded_source):
        return True
    words = [word for word in re.split(r"[\s\-’']+", folded) if len(word) > 1]
    return bool(words) and all(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", folded_source) for word in words)
