"""Load the noise-rule table (data/noise_rules.toml) and match lines against it.

The table says *what* is noise and why; this module only knows *how* to apply each kind of rule, plus
the few detectors that a pattern cannot express (see `DETECTORS`).
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from redac.french.text import fold

EDGE_JUNK = " .,:;!?-–—|•·>»«<()[]*#_=+~\"'/\\"
# Emoji, arrows and other pictographs that lead or close widget lines ("➡️ Lire aussi", "📲 Suivez-nous").
SYMBOLS_AT_EDGES_RE = re.compile(r"^[^\w«\"'(©®™]+|[^\w\s.!?%»)\"'…©®™]+$")
NON_WORD_RE = re.compile(r"[^\w']+")
QUOTE_RE = re.compile("[«»“”]")
DEFAULT_MAX_WORDS = 12
MAX_WORD_RULE_WORDS = 15  # phrase and vocabulary rules only look at lines this short


@dataclass(frozen=True, slots=True)
class Line:
    """A line prepared once for all rules: original text, folded core, plain words."""

    text: str
    core: str  # folded, edge punctuation trimmed
    plain: str  # core with punctuation as spaces ("read-entire-article" -> "read entire article"); short lines only
    n_words: int
    quoted: bool

    @classmethod
    def of(cls, text: str) -> Line:
        core = fold(text).strip(EDGE_JUNK)
        if core and not (core[0].isalnum() and core[-1].isalnum()):
            core = SYMBOLS_AT_EDGES_RE.sub("", core).strip(EDGE_JUNK)
        n_words = len(text.split())
        plain = " ".join(NON_WORD_RE.sub(" ", core).split()) if n_words <= MAX_WORD_RULE_WORDS else ""
        quoted = QUOTE_RE.search(text) is not None or text.count('"') >= 2
        return cls(text, core, plain, n_words, quoted)


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    reason: str
    action: str
    max_words: int
    skip_quoted: bool
    matches: Callable[[Line], bool]
    opens: str | None = None  # reason for dropping the headline list this line heads

    @property
    def family(self) -> str:
        return self.id.split(".", 1)[0]

    def applies(self, line: Line) -> bool:
        """Whether the rule fires on `line`; its length bound is applied by `RuleTable`."""
        return not (self.skip_quoted and line.quoted) and self.matches(line)


@dataclass(frozen=True, slots=True)
class RuleTable:
    rules: tuple[Rule, ...]
    # For each line length, the rules (in table order) whose `max_words` admits it: most article
    # paragraphs are long, and only a few rules look at long lines.
    by_length: tuple[tuple[Rule, ...], ...]

    @classmethod
    def of(cls, rules: tuple[Rule, ...]) -> RuleTable:
        longest = max(rule.max_words for rule in rules)
        # The last bucket (longer than any rule admits) is empty.
        by_length = tuple(tuple(r for r in rules if n <= r.max_words) for n in range(longest + 2))
        return cls(rules, by_length)

    def match(self, line: Line) -> Rule | None:
        """The first rule of the table, in order, that matches `line`."""
        for rule in self.by_length[min(line.n_words, len(self.by_length) - 1)]:
            if rule.applies(line):
                return rule
        return None


@cache
def load_rules() -> RuleTable:
    table = tomllib.loads(resources.files("redac.cleaning").joinpath("data/noise_rules.toml").read_text("utf-8"))
    return RuleTable.of(tuple(_compile(spec) for spec in table["rule"]))


def _compile(spec: dict) -> Rule:
    return Rule(
        id=spec["id"],
        reason=spec["reason"],
        action=spec.get("action", "drop"),
        max_words=spec.get("max_words", DEFAULT_MAX_WORDS),
        skip_quoted=spec.get("skip_quoted", False),
        matches=_matcher(spec),
        opens=spec.get("opens"),
    )


def _matcher(spec: dict) -> Callable[[Line], bool]:
    if "full" in spec:
        full = re.compile(spec["full"]).fullmatch
        return lambda line: full(line.core) is not None
    if "start" in spec:
        start = re.compile(spec["start"]).match
        return lambda line: start(line.core) is not None
    if "search" in spec:
        return _word_start_search(re.compile(spec["search"]))
    if "raw" in spec:
        raw = re.compile(spec["raw"]).match
        return lambda line: raw(line.text.strip()) is not None
    if "phrases" in spec:
        return _phrase_matcher(tuple(spec["phrases"]), spec.get("fuzzy", 90))
    if "words" in spec:
        return _vocabulary_matcher(frozenset(spec["words"]), frozenset(spec.get("anchors", spec["words"])))
    if "detector" in spec:
        return DETECTORS[spec["detector"]]
    raise ValueError(f"rule {spec['id']!r} has no way to match")


def _word_start_search(regex: re.Pattern) -> Callable[[Line], bool]:
    """Search where a match beginning with a letter or digit must begin a word."""

    def matches(line: Line) -> bool:
        text, position = line.core, 0
        while match := regex.search(text, position):
            start = match.start()
            if start == 0 or not (text[start].isalnum() and text[start - 1].isalnum()):
                return True
            position = start + 1
        return False

    return matches


def _phrase_matcher(phrases: tuple[str, ...], cutoff: int) -> Callable[[Line], bool]:
    exact = frozenset(phrases)
    by_length = sorted(phrases, key=len)
    lengths = [len(phrase) for phrase in by_length]
    # fuzz.ratio = 2 * matches / (len(a) + len(b)) can reach `cutoff` only for similar lengths.
    length_ratio = cutoff / (200 - cutoff)

    def matches(line: Line) -> bool:
        if not line.plain:
            return False
        if line.plain in exact:
            return True
        size = len(line.plain)
        near = by_length[bisect_left(lengths, length_ratio * size) : bisect_right(lengths, size / length_ratio)]
        if not near:
            return False
        from rapidfuzz import fuzz, process

        return process.extractOne(line.plain, near, scorer=fuzz.ratio, score_cutoff=cutoff) is not None

    return matches


def _vocabulary_matcher(vocabulary: frozenset[str], anchors: frozenset[str]) -> Callable[[Line], bool]:
    def matches(line: Line) -> bool:
        words = line.plain.split()
        return bool(words) and all(w in vocabulary for w in words) and any(w in anchors for w in words)

    return matches


# --- detectors ------------------------------------------------------------------------------------

ALNUM_RE = re.compile(r"[^\W_]")
UPPER_RE = re.compile(r"[A-ZÀ-ÖØ-ÞŒ]")
LOWER_RE = re.compile(r"[a-zß-öø-ÿœ]")
READER_WORDS = frozenset("vous votre vos ton ta tes toi you your".split())
BREADCRUMB_SPLIT_RE = re.compile(r"\s*(?:>|›|»|\||→|::)\s*|\s+/\s+")
BREADCRUMB_ROOTS = frozenset({"accueil", "home", "a la une", "la une", "une", "actualites", "actualite", "actu", "news", "info", "infos"})


def _is_shouting(line: Line) -> bool:
    """All-caps copy that addresses the reader ("NE LAISSEZ PAS ... VOTRE ADN"): advertising, not news."""
    if line.n_words < 3:
        return False
    upper, lower = len(UPPER_RE.findall(line.text)), len(LOWER_RE.findall(line.text))
    if upper + lower < 12 or upper < 3 * lower:
        return False
    return "!" in line.text or any(word in READER_WORDS for word in line.plain.split())


def _is_breadcrumb(line: Line) -> bool:
    """"Accueil > Monde > Europe": short segments joined by path separators."""
    if line.text.rstrip().endswith((".", "!", "?")):
        return False
    segments = BREADCRUMB_SPLIT_RE.split(line.text.strip())
    if len(segments) < 2 or ":" in line.text or any(not seg or len(seg.split()) > 5 for seg in segments):
        return False
    if fold(segments[0]) in BREADCRUMB_ROOTS:
        return True
    return len(segments) >= 3 and all(len(seg.split()) <= 3 and seg[0].isupper() for seg in segments)


def _has_no_text(line: Line) -> bool:
    return ALNUM_RE.search(line.text) is None


DETECTORS: dict[str, Callable[[Line], bool]] = {
    "shouting": _is_shouting,
    "breadcrumb": _is_breadcrumb,
    "symbols_only": _has_no_text,
}
