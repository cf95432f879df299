"""Load the noise-rule table (data/noise_rules.toml) and match lines against it.

The table says *what* is noise and why; this module only knows *how* to apply each kind of rule, plus
the few detectors that a pattern cannot express (see `DETECTORS`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any, NamedTuple

from redac.cache import parsed
from redac.cleaning.detectors import (
    ALNUM_RE,
    BREADCRUMB_SEPARATORS,
    GLUED_TIME_WORDS,
    is_breadcrumb,
    is_credit_tail,
    is_figures_row,
    is_file_residue,
    is_gallery_caption,
    is_glued_labels,
    is_glued_time_headline,
    is_shouting,
    is_symbols_only,
)
from redac.cleaning.needles import NeedleIndex, Prefilter, prefilter_for
from redac.french.text import fold, folded_word_count

EDGE_JUNK = " .,:;!?-–—|•·>»«<()[]*#_=+~\"'/\\"
# Emoji, arrows and other pictographs that lead or close widget lines ("➡️ Lire aussi", "📲 Suivez-nous").
SYMBOLS_AT_EDGES_RE = re.compile(r"^[^\w«\"'(©®™]+|[^\w\s.!?%»)\"'…©®™]+$")
NON_WORD_RE = re.compile(r"[^\w']+")
QUOTE_MARKS = ("«", "»", "“", "”")
DEFAULT_MAX_WORDS = 12
MAX_WORD_RULE_WORDS = 15  # phrase and vocabulary rules only look at lines this short
RULES_FILE = "data/noise_rules.toml"
LINE_CACHE = 8192  # prepared lines and their rule verdicts kept per process
PATTERN_KINDS = ("full", "start", "search", "raw")  # raw patterns read the original line, the others its core
# Lines this short meet most of the rules: their needles are found in one pass (NeedleIndex); a longer line meets
# few rules, and costs that pass more than their own needle tests.
INDEXED_WORDS = 40
TEXT_INDEX_RULES = 6  # fewer rules reading the text than this: their needles cost less tested one by one


class Line(NamedTuple):
    """A line prepared once for all rules: original text, folded core, plain words. A named tuple: built
    for every new line of every page, and a tuple is made in one call where a frozen dataclass sets each
    field by a call of its own."""

    text: str
    core: str  # folded, edge punctuation trimmed
    plain: str  # core with punctuation as spaces ("read-entire-article" -> "read entire article"); short lines only
    n_words: int
    quoted: bool

    @classmethod
    def of(cls, text: str) -> Line:
        return _line_of(text)

    @classmethod
    def _prepare(cls, text: str) -> Line:
        core = fold(text).strip(EDGE_JUNK)
        if core and not (core[0].isalnum() and core[-1].isalnum()):
            core = SYMBOLS_AT_EDGES_RE.sub("", core).strip(EDGE_JUNK)
        n_words = folded_word_count(text)  # fold has just split the text, when it holds accents
        plain = " ".join(NON_WORD_RE.sub(" ", core).split()) if n_words <= MAX_WORD_RULE_WORDS else ""
        quoted = any(map(text.__contains__, QUOTE_MARKS)) or text.count('"') >= 2
        return cls(text, core, plain, n_words, quoted)


@lru_cache(maxsize=LINE_CACHE)
def _line_of(text: str) -> Line:
    """Lines repeat from page to page (a site's furniture, blank-ish labels): each is prepared once."""
    return Line._prepare(text)


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    reason: str
    action: str
    max_words: int
    skip_quoted: bool
    matches: Callable[[Line], bool]
    opens: str | None = None  # reason for dropping the headline list this line heads
    score: Callable[[Line], float] | None = None  # fuzzy rules: how close the line is to the phrase (0-1)
    # A pattern rule cannot match a line that begins with none of its prefixes or holds none of its
    # needles (needles.py); empty: always try it.
    prefixes: tuple[str, ...] = ()
    needles: tuple[str, ...] = ()
    reads_text: bool = False  # the pattern reads the original line (raw), not its folded core

    @property
    def family(self) -> str:
        return self.id.split(".", 1)[0]

    def confidence(self, line: Line) -> float:
        """1.0 for an exact rule; a fuzzy rule's match score, for a line it fired on."""
        return self.score(line) if self.score is not None else 1.0


class Candidates(NamedTuple):
    """The rules a line of a given length and first characters may match, in table order, each with its
    prefixes that fit the line's lead; for the short lines (NeedleIndex), the same by table position."""

    rules: tuple[tuple[Rule, tuple[str, ...]], ...]
    by_position: dict[int, tuple[Rule, tuple[str, ...]]]
    indexed: int  # bits (table positions) of those whose needles an index finds
    others: int  # bits of the others: no needles, or needles in the text tested one by one
    reads_text: bool  # whether the text's index is read: enough of the rules read the text (TEXT_INDEX_RULES)


@dataclass(frozen=True, slots=True)
class RuleTable:
    rules: tuple[Rule, ...]
    # For each line length, the rules (in table order) whose `max_words` admits it: most article
    # paragraphs are long, and only a few rules look at long lines.
    by_length: tuple[tuple[Rule, ...], ...]
    # The needles read in the line's core, and those read in its text (raw patterns, some detectors), by table position.
    needle_indexes: tuple[NeedleIndex, NeedleIndex] = field(compare=False, hash=False, repr=False)
    positions: dict[int, int] = field(compare=False, hash=False, repr=False)  # id(rule) -> its place in `rules`
    verdicts: dict[str, Rule | None] = field(default_factory=dict, compare=False, hash=False, repr=False)
    by_lead: dict[tuple[int, str, str], Candidates] = field(default_factory=dict, compare=False, hash=False, repr=False)

    def _candidates(self, length: int, core_lead: str, text_lead: str) -> Candidates:
        """The rules of a length's bucket, in table order, less those none of whose prefixes begins
        with the line's first character, each with its prefixes that do (known by (length, first
        characters) once computed)."""
        key = (length, core_lead, text_lead)
        if (found := self.by_lead.get(key)) is None:
            if len(self.by_lead) >= LINE_CACHE:
                self.by_lead.clear()
            leading = (
                (rule, tuple(p for p in rule.prefixes if not p or p[0] == (text_lead if rule.reads_text else core_lead)))
                for rule in self.by_length[length]
            )
            kept = tuple((rule, prefixes) for rule, prefixes in leading if prefixes or not rule.prefixes)
            by_position = {self.positions[id(rule)]: (rule, prefixes) for rule, prefixes in kept}
            reads_text = sum(1 for rule, _ in kept if rule.needles and rule.reads_text) >= TEXT_INDEX_RULES
            indexed = sum(1 << position for position, (rule, _) in by_position.items() if _indexed(rule, reads_text))
            others = sum(1 << position for position, (rule, _) in by_position.items() if not _indexed(rule, reads_text))
            found = self.by_lead[key] = Candidates(kept, by_position, indexed, others, reads_text)
        return found

    @classmethod
    def of(cls, rules: tuple[Rule, ...]) -> RuleTable:
        longest = max(rule.max_words for rule in rules)
        # The last bucket (longer than any rule admits) is empty.
        by_length = tuple(tuple(r for r in rules if n <= r.max_words) for n in range(longest + 2))
        in_core = {position: rule.needles for position, rule in enumerate(rules) if rule.needles and not rule.reads_text}
        in_text = {position: rule.needles for position, rule in enumerate(rules) if rule.needles and rule.reads_text}
        indexes = (NeedleIndex(in_core, len(rules), "core"), NeedleIndex(in_text, len(rules), "text"))
        return cls(rules, by_length, indexes, {id(rule): position for position, rule in enumerate(rules)})

    def match(self, line: Line) -> Rule | None:
        """The first rule of the table, in order, that matches `line` (remembered per line text: a
        site's furniture repeats from page to page)."""
        verdicts = self.verdicts
        if line.text in verdicts:
            return verdicts[line.text]
        if len(verdicts) >= LINE_CACHE:
            verdicts.clear()
        rule = verdicts[line.text] = self._first_match(line)
        return rule

    def _first_match(self, line: Line) -> Rule | None:
        """A rule whose prefilter fails is skipped without running its pattern (the loop is inlined:
        it runs for every new line of every page)."""
        core, text = line.core, line.text
        lead = text.lstrip()[:1] if text[:1].isspace() else text[:1]
        candidates = self._candidates(min(line.n_words, len(self.by_length) - 1), core[:1], lead)
        if line.n_words <= INDEXED_WORDS:
            return self._first_indexed_match(line, candidates)
        for rule, prefixes in candidates.rules:
            if rule.skip_quoted and line.quoted:
                continue
            if prefixes and not (text.lstrip() if rule.reads_text else core).startswith(prefixes):
                continue
            if rule.needles and not any(map((text if rule.reads_text else core).__contains__, rule.needles)):
                continue
            if rule.matches(line):
                return rule
        return None

    def _first_indexed_match(self, line: Line, candidates: Candidates) -> Rule | None:
        """`_first_match` for a short line: only the rules whose needles the indexes find in it, or may find, and
        those without needles, are tried, in table order (lowest bit first)."""
        core, text = line.core, line.text
        in_core, in_text = self.needle_indexes
        held = in_core.held(core) | in_text.held(text) if candidates.reads_text else in_core.held(core)
        live = candidates.others | (candidates.indexed & (held | held >> in_core.width))
        by_position = candidates.by_position
        while live:
            lowest = live & -live
            live ^= lowest
            position = lowest.bit_length() - 1
            rule, prefixes = by_position[position]
            if rule.skip_quoted and line.quoted:
                continue
            if prefixes and not (text.lstrip() if rule.reads_text else core).startswith(prefixes):
                continue
            if lowest & candidates.indexed:
                if not lowest & held:  # only a word of one of its needles with spaces is there: is the whole needle?
                    spaced = in_text.spaced[position] if rule.reads_text else in_core.spaced[position]
                    if not any(map((text if rule.reads_text else core).__contains__, spaced)):
                        continue
            elif rule.needles and not any(map(text.__contains__, rule.needles)):
                continue  # a rule reading the text, when too few do for its index to pay
            if rule.matches(line):
                return rule
        return None


def _indexed(rule: Rule, reads_text: bool) -> bool:
    """Rules whose needles a NeedleIndex finds: all those with needles, those in the text when its index is read."""
    return bool(rule.needles) and (reads_text or not rule.reads_text)


@cache
def load_rules() -> RuleTable:
    text = resources.files("redac.cleaning").joinpath(RULES_FILE).read_text("utf-8")
    table = parsed("noise_rules", text, _toml)  # the TOML parsed once, not in every process
    return RuleTable.of(tuple(_compile(spec) for spec in table["rule"]))


def _toml(text: str) -> dict[str, Any]:
    import tomllib  # only when the rules changed since the cache folder's copy

    return tomllib.loads(text)


def _compile(spec: dict) -> Rule:
    score = _phrase_scorer(tuple(spec["phrases"]), spec.get("fuzzy", 90)) if "phrases" in spec else None
    kind = next((kind for kind in PATTERN_KINDS if kind in spec), None)
    prefilter = prefilter_for(spec[kind], kind != "search") if kind is not None else Prefilter()
    guard, guard_reads_text = DETECTOR_NEEDLES.get(spec.get("detector", ""), ((), False))
    return Rule(
        id=spec["id"],
        reason=spec["reason"],
        action=spec.get("action", "drop"),
        max_words=spec.get("max_words", DEFAULT_MAX_WORDS),
        skip_quoted=spec.get("skip_quoted", False),
        matches=(lambda line: score(line) > 0) if score is not None else _matcher(spec),
        opens=spec.get("opens"),
        score=score,
        prefixes=prefilter.prefixes,
        needles=prefilter.needles or guard,
        reads_text=kind == "raw" or guard_reads_text,
    )


class _LazyRegex:
    """A pattern compiled on first use: the needles spare most rules any use at all, and compiling every
    rule would be most of the first document's cost."""

    __slots__ = ("_compiled", "pattern")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._compiled: re.Pattern | None = None

    def get(self) -> re.Pattern:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern)
        return self._compiled


def _matcher(spec: dict) -> Callable[[Line], bool]:
    if "full" in spec:
        full = _LazyRegex(spec["full"])
        return lambda line: full.get().fullmatch(line.core) is not None
    if "start" in spec:
        start = _LazyRegex(spec["start"])
        return lambda line: start.get().match(line.core) is not None
    if "search" in spec:
        return _word_start_search(_LazyRegex(spec["search"]))
    if "raw" in spec:
        raw = _LazyRegex(spec["raw"])
        return lambda line: raw.get().match(line.text.strip()) is not None
    if "words" in spec:
        return _vocabulary_matcher(frozenset(spec["words"]), frozenset(spec.get("anchors", spec["words"])))
    if "detector" in spec:
        return DETECTORS[spec["detector"]]
    raise ValueError(f"rule {spec['id']!r} has no way to match")


def _word_start_search(lazy: _LazyRegex) -> Callable[[Line], bool]:
    """Search where a match beginning with a letter or digit must begin a word."""

    def matches(line: Line) -> bool:
        regex, text, position = lazy.get(), line.core, 0
        while match := regex.search(text, position):
            start = match.start()
            if start == 0 or not (text[start].isalnum() and text[start - 1].isalnum()):
                return True
            position = start + 1
        return False

    return matches


def _phrase_scorer(phrases: tuple[str, ...], cutoff: int) -> Callable[[Line], float]:
    """1.0 for a line that is one of `phrases`, the fuzzy match score (0-1) at or above `cutoff`, else 0."""
    exact = frozenset(phrases)
    by_length = sorted(phrases, key=len)
    lengths = [len(phrase) for phrase in by_length]
    # fuzz.ratio = 2 * matches / (len(a) + len(b)) can reach `cutoff` only for similar lengths.
    length_ratio = cutoff / (200 - cutoff)

    def score(line: Line) -> float:
        if not line.plain:
            return 0.0
        if line.plain in exact:
            return 1.0
        size = len(line.plain)
        near = by_length[bisect_left(lengths, length_ratio * size) : bisect_right(lengths, size / length_ratio)]
        if not near:
            return 0.0
        fuzz, process = _rapidfuzz()
        best = process.extractOne(line.plain, near, scorer=fuzz.ratio, score_cutoff=cutoff)
        return round(best[1] / 100, 3) if best is not None else 0.0

    return score


@cache
def _rapidfuzz() -> tuple[Any, Any]:
    """rapidfuzz's modules, imported on the first fuzzy score (most documents need none; an import
    statement in the scorer would run the import machinery on every call)."""
    from rapidfuzz import fuzz, process

    return fuzz, process


def _vocabulary_matcher(vocabulary: frozenset[str], anchors: frozenset[str]) -> Callable[[Line], bool]:
    def matches(line: Line) -> bool:
        words = line.plain.split()
        return bool(words) and vocabulary.issuperset(words) and not anchors.isdisjoint(words)

    return matches


# --- detectors ------------------------------------------------------------------------------------

META_SEPARATORS = ("|", "•", "·")
META_SPLIT_RE = re.compile(r"\s*[|•·]\s*")
MAX_META_FIELD_WORDS = 6  # an author, a rubric, a place: a field of the bar, not a headline
DATE_RULES = frozenset({"stamp.published", "stamp.date"})


def _is_metadata_bar(line: Line) -> bool:
    """The page's metadata bar: a publication date and short fields (the author, the rubric, a place)
    joined by « | », « • » or « · » (« Publié le 8 mars 2021 • Par Léa Morin • dans : Régions »), no
    sentence. Its first or last field is a date the date rules take on its own."""
    text = line.text.strip()
    if not any(separator in text for separator in META_SEPARATORS) or text.endswith((".", "!", "?")):
        return False
    fields = [field for field in META_SPLIT_RE.split(text) if field]
    if len(fields) < 2:
        return False
    rules = load_rules()
    for date, others in ((fields[0], fields[1:]), (fields[-1], fields[:-1])):
        short = all(_field_words(field) <= MAX_META_FIELD_WORDS for field in others)
        if short and (rule := rules.match(_line_of(date))) is not None and rule.id in DATE_RULES:
            return True
    return False


def _field_words(field: str) -> int:
    return sum(1 for token in field.split() if ALNUM_RE.search(token))


# Needles of the detectors that return False on a line holding none of them (their first test), and whether they
# are read in the original line: a detector is then tried only where the prefilter finds one, as a pattern is.
DETECTOR_NEEDLES: dict[str, tuple[tuple[str, ...], bool]] = {
    "breadcrumb": (BREADCRUMB_SEPARATORS, True),
    "metadata_bar": (META_SEPARATORS, True),
    "glued_time_headline": (GLUED_TIME_WORDS, False),
}

DETECTORS: dict[str, Callable[[Line], bool]] = {
    "glued_labels": is_glued_labels,
    "shouting": is_shouting,
    "breadcrumb": is_breadcrumb,
    "symbols_only": is_symbols_only,
    "file_residue": is_file_residue,
    "glued_time_headline": is_glued_time_headline,
    "gallery_caption": is_gallery_caption,
    "figures_row": is_figures_row,
    "credit_tail": is_credit_tail,
    "metadata_bar": _is_metadata_bar,
}
