"""Load the noise-rule table (data/noise_rules.toml) and match lines against it.

The table says *what* is noise and why; this module only knows *how* to apply each kind of rule, plus
the few detectors that a pattern cannot express (see `DETECTORS`).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Callable

from redac.french.text import fold

EDGE_JUNK = " .,:;!?-–—|•·>»«<()[]*#_=+~\"'/\\"
NON_WORD_RE = re.compile(r"[^\w']+")
QUOTE_CHARS = frozenset("«»“”")
DEFAULT_MAX_WORDS = 12


@dataclass(frozen=True, slots=True)
class Line:
    """A line prepared once for all rules: original text, folded core, plain words."""

    text: str
    core: str  # folded, edge punctuation trimmed
    plain: str  # core with punctuation turned into spaces ("read-entire-article" -> "read entire article")
    n_words: int
    quoted: bool

    @classmethod
    def of(cls, text: str) -> "Line":
        core = fold(text).strip(EDGE_JUNK)
        plain = " ".join(NON_WORD_RE.sub(" ", core).split())
        quoted = any(ch in QUOTE_CHARS for ch in text) or text.count('"') >= 2
        return cls(text, core, plain, len(text.split()), quoted)


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    reason: str
    action: str
    max_words: int
    skip_quoted: bool
    matches: Callable[[Line], bool]
    opens: str | None = None  # reason for dropping the headline list this line heads

    def applies(self, line: Line) -> bool:
        if line.n_words > self.max_words or (self.skip_quoted and line.quoted):
            return False
        return self.matches(line)


def match_rules(line: Line, rules: tuple[Rule, ...]) -> Rule | None:
    for rule in rules:
        if rule.applies(line):
            return rule
    return None


@cache
def load_rules() -> tuple[Rule, ...]:
    table = tomllib.loads(resources.files("redac.cleaning").joinpath("data/noise_rules.toml").read_text("utf-8"))
    return tuple(_compile(spec) for spec in table["rule"])


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
        search = re.compile(spec["search"]).search
        return lambda line: search(line.core) is not None
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


def _phrase_matcher(phrases: tuple[str, ...], cutoff: int) -> Callable[[Line], bool]:
    exact = frozenset(phrases)

    def matches(line: Line) -> bool:
        if not line.plain:
            return False
        if line.plain in exact:
            return True
        from rapidfuzz import fuzz, process

        return process.extractOne(line.plain, phrases, scorer=fuzz.ratio, score_cutoff=cutoff) is not None

    return matches


def _vocabulary_matcher(vocabulary: frozenset[str], anchors: frozenset[str]) -> Callable[[Line], bool]:
    def matches(line: Line) -> bool:
        words = line.plain.split()
        return bool(words) and all(w in vocabulary for w in words) and any(w in anchors for w in words)

    return matches


# --- detectors ------------------------------------------------------------------------------------

READER_WORDS = frozenset("vous votre vos ton ta tes toi you your".split())
BREADCRUMB_SPLIT_RE = re.compile(r"\s*(?:>|›|»|/|\||→|::)\s*")
BREADCRUMB_ROOTS = frozenset({"accueil", "home", "a la une", "la une", "une", "actualites", "actualite", "actu", "news", "info", "infos"})


def _is_shouting(line: Line) -> bool:
    """All-caps copy that addresses the reader ("NE LAISSEZ PAS ... VOTRE ADN"): advertising, not news."""
    letters = [ch for ch in line.text if ch.isalpha()]
    if len(letters) < 12 or line.n_words < 3:
        return False
    upper_share = sum(ch.isupper() for ch in letters) / len(letters)
    addressed = "!" in line.text or any(word in READER_WORDS for word in line.plain.split())
    return upper_share >= 0.75 and addressed


def _is_breadcrumb(line: Line) -> bool:
    """"Accueil > Monde > Europe": short segments joined by path separators."""
    if line.text.rstrip().endswith((".", "!", "?")):
        return False
    segments = BREADCRUMB_SPLIT_RE.split(line.text.strip())
    if len(segments) < 2 or any(not seg or len(seg.split()) > 5 for seg in segments):
        return False
    return len(segments) >= 3 or fold(segments[0]) in BREADCRUMB_ROOTS


DETECTORS: dict[str, Callable[[Line], bool]] = {"shouting": _is_shouting, "breadcrumb": _is_breadcrumb}
