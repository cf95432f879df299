"""Prefilters of a regex: literal strings a line must hold for the regex to have a chance on it.

Most lines match no noise rule. A pattern matched at the start of a line (`full`, `start`, `raw`) can
only match a line that begins with one of its literal prefixes ("publicite", "pub", "lire aussi"...);
a pattern searched anywhere only one that holds one of its needles somewhere ("abonn", "cookies").
`str.startswith` and `str.__contains__` tell that far faster than the regex engine scans a paragraph,
so a rule whose prefilter fails is skipped, and its regex is compiled only once a line passes it.

Both are derived from the parsed pattern, conservatively: literal runs, a branch's union, an optional
or repeated element. Anything else (case-insensitive flags, wide classes, a pattern that can begin
with anything) gives no prefilter, and the pattern always runs. Parsing a pattern costs as much as
compiling it, so the prefilters of the shipped rules are stored in data/noise_rules.needles.json
(regenerate: `python dev/rule_needles.py --write`); a rule missing from that file gets its prefilter
computed when the table loads.
"""

from __future__ import annotations

import hashlib
import json
import re
import types
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache, reduce
from importlib import resources
from operator import or_
from typing import Any

from redac.cache import parsed as parsed_once
from redac.french.text import WordMemo

NEEDLES_FILE = "data/noise_rules.needles.json"
MAX_CLASS_CHARS = 4  # a class of this many literal characters gives one needle per character
MAX_PREFIXES = 400  # past this many, a pattern's prefixes stop growing
MAX_CACHED_WORDS = 1 << 16  # words whose needles NeedleIndex keeps per process (cleared when full)
FRESH_LINES = 512  # lines a NeedleIndex searches whole once its word memo is emptied (a process's first pages)
# NeedleIndex's regexes, module-level so that redac/cache.py saves their programs and the next process reads them
# compiled (each is a trie of hundreds of needles: compiling it is a tenth of the first document's cost).
TRIE_REGEXES: dict[str, re.Pattern] = {}


def pattern_key(pattern: str, anchored: bool) -> str:
    return hashlib.sha256(f"{int(anchored)}{pattern}".encode()).hexdigest()[:16]


def needles_of(pattern: str) -> tuple[str, ...] | None:
    """Sorted needles of `pattern`, or None when none can be derived (the regex must always run)."""
    try:
        from re import _constants as c  # type: ignore[attr-defined]
        from re import _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(pattern)
    except Exception:  # a private module of the standard library: never let it break the rules
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None
    found = _sequence(parsed.data, c)
    if not found or not all(found):
        return None
    # A needle that holds a shorter one adds nothing ("abonnez" beside "abonn").
    return tuple(n for n in sorted(found) if not any(n != m and m in n for m in found))


def _sequence(items: Iterable[tuple[Any, Any]], c: Any) -> frozenset[str] | None:
    """The best needle set among the elements of a sequence: every match holds all of them."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, arg in items:
        if op is c.LITERAL:
            run.append(chr(arg))
            continue
        if run:
            candidates.append(frozenset({"".join(run)}))
            run = []
        if (found := _element(op, arg, c)) is not None:
            candidates.append(found)
    if run:
        candidates.append(frozenset({"".join(run)}))
    return max(candidates, key=_strength, default=None)


def _strength(needles: frozenset[str]) -> tuple[int, int]:
    """Longer needles, then fewer: the set that fewer lines hold."""
    return min(map(len, needles)), -len(needles)


def _common_literal(branches: list[Any], c: Any) -> str:
    """The longest string every branch of an alternation must hold (« @ » in « @x.*#y|#y.*@x »: a union of the
    branches' own needles, « # » or « @ », would pass every line with either); empty when there is none."""
    runs = [_mandatory_runs(branch, c) for branch in branches]
    pieces = {run[i:j] for run in runs[0] for i in range(len(run)) for j in range(i + 1, len(run) + 1)}
    common = [piece for piece in pieces if all(any(piece in run for run in other) for other in runs[1:])]
    return max(common, key=lambda piece: (len(piece), piece), default="")


def _mandatory_runs(items: Iterable[tuple[Any, Any]], c: Any) -> list[str]:
    """Runs of literal characters that every match of the sequence holds (groups and repeats of at least one
    looked into; anything else ends a run and adds none)."""
    runs: list[str] = []
    run: list[str] = []
    for op, arg in items:
        if op is c.LITERAL:
            run.append(chr(arg))
            continue
        runs.append("".join(run))
        run = []
        if op is c.SUBPATTERN and not arg[1] & re.IGNORECASE:
            runs += _mandatory_runs(arg[3].data, c)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)) and arg[0] >= 1:
            runs += _mandatory_runs(arg[2].data, c)
    runs.append("".join(run))
    return [run for run in runs if run]


def _element(op: Any, arg: Any, c: Any) -> frozenset[str] | None:
    if op is c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = arg
        return None if add_flags & re.IGNORECASE else _sequence(sub.data, c)
    if op is c.BRANCH:
        branches = [_sequence(branch.data, c) for branch in arg[1]]
        union = frozenset().union(*branches) if all(branches) else None  # type: ignore[arg-type]
        common = _common_literal([branch.data for branch in arg[1]], c)
        found = [needles for needles in (union, frozenset({common}) if common else None) if needles]
        return max(found, key=_strength) if found else None
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        low, _high, sub = arg
        return _sequence(sub.data, c) if low >= 1 else None
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _sequence(arg.data, c)
    if op is c.IN and len(arg) <= MAX_CLASS_CHARS and all(kind is c.LITERAL for kind, _ in arg):
        return frozenset(chr(code) for _, code in arg)
    return None


def prefixes_of(pattern: str) -> tuple[str, ...] | None:
    """Sorted literal prefixes of `pattern`: every match (anchored at the text's start, as `match` and
    `fullmatch` are) begins with one of them; None when they cannot be told or one is empty."""
    try:
        from re import _constants as c  # type: ignore[attr-defined]
        from re import _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(pattern)
    except Exception:
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None
    found, _complete = _prefixes(parsed.data, c)
    if not found or not all(found):
        return None
    # A prefix that begins with a shorter one adds nothing ("article :" after "article").
    return tuple(p for p in sorted(found) if not any(p != q and p.startswith(q) for q in found))


def _prefixes(items: Iterable[tuple[Any, Any]], c: Any) -> tuple[frozenset[str], bool]:
    """(prefixes of the sequence's matches, whether each match is exactly one of them)."""
    found = frozenset({""})
    for op, arg in items:
        element = _element_prefixes(op, arg, c)
        if element is None:
            return found, False
        strings, complete = element
        joined = frozenset(a + b for a in found for b in strings)
        if len(joined) > MAX_PREFIXES:
            return found, False
        found = joined
        if not complete:
            return found, False
    return found, True


def _element_prefixes(op: Any, arg: Any, c: Any) -> tuple[frozenset[str], bool] | None:
    if op is c.LITERAL:
        return frozenset({chr(arg)}), True
    if op is c.AT:
        return frozenset({""}), True  # an anchor matches no character
    if op is c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = arg
        return None if add_flags & re.IGNORECASE else _prefixes(sub.data, c)
    if op is c.BRANCH:
        branches = [_prefixes(branch.data, c) for branch in arg[1]]
        return frozenset().union(*(b[0] for b in branches)), all(b[1] for b in branches)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        low, high, sub = arg
        if low == 0 and high == 1:  # optional: the element's prefixes or nothing
            strings, complete = _prefixes(sub.data, c)
            return strings | {""}, complete
        return _prefixes(sub.data, c)[0] if low >= 1 else frozenset({""}), False
    if op is c.IN and len(arg) <= MAX_CLASS_CHARS and all(kind is c.LITERAL for kind, _ in arg):
        return frozenset(chr(code) for _, code in arg), True
    return None


@dataclass(frozen=True, slots=True)
class Prefilter:
    """What a line must hold for a pattern to have a chance: one of `prefixes` at its start, one of
    `needles` anywhere. Empty: no condition (the pattern always runs)."""

    prefixes: tuple[str, ...] = ()
    needles: tuple[str, ...] = ()


def prefilter_of(pattern: str, anchored: bool) -> Prefilter:
    """Prefixes for a pattern matched at the start of the text (`anchored`) when it has them; else needles."""
    if anchored and (prefixes := prefixes_of(pattern)):
        return Prefilter(prefixes=prefixes)
    return Prefilter(needles=needles_of(pattern) or ())


@cache
def stored_prefilters() -> dict[str, dict[str, list[str]]]:
    """The prefilters computed for the shipped rules, by pattern key."""
    try:
        text = resources.files("redac.cleaning").joinpath(NEEDLES_FILE).read_text("utf-8")
    except FileNotFoundError:
        return {}
    return json.loads(text)


def prefilter_for(pattern: str, anchored: bool) -> Prefilter:
    stored = stored_prefilters().get(pattern_key(pattern, anchored))
    if stored is None:
        return prefilter_of(pattern, anchored)
    return Prefilter(tuple(stored.get("prefixes", ())), tuple(stored.get("needles", ())))


def current_file(patterns: list[tuple[str, bool]]) -> str:
    """The stored file's content for these (pattern, anchored) pairs."""
    stored = {}
    for pattern, anchored in patterns:
        found = prefilter_of(pattern, anchored)
        stored[pattern_key(pattern, anchored)] = {
            name: list(strings) for name, strings in (("prefixes", found.prefixes), ("needles", found.needles)) if strings
        }
    return json.dumps(stored, ensure_ascii=False, indent=0, sort_keys=True) + "\n"


Layout = tuple[str, dict[str, int], dict[int, tuple[str, ...]], int]  # what NeedleIndex reads (see _layout)


class NeedleIndex:
    """Which rules' needles a line may hold, read from its words instead of a `str.__contains__` per needle per
    rule (a short line meets a hundred rules, most of them with needles).

    A needle without a space lies inside one word of the line (a run without whitespace): each word is read
    once per process (words repeat from line to line and page to page) by a regex, a trie of the needles
    that matches at each place the longest needle beginning there (every needle beginning there is a prefix
    of it, so the rules it passes are known per longest needle), searched again from the next character so
    that needles that overlap are found.
    A needle with spaces lies in the line only if its longest word lies in one of the line's words: that word
    stands for it, and marks its rule as one to try by its needles with spaces (`spaced`).

    `held` gives one number: bit p set when rule p surely passes, bit `width + p` when it may."""

    __slots__ = ("_always", "_words", "spaced", "width")

    def __init__(self, needles_by_rule: Mapping[int, tuple[str, ...]], width: int, name: str = "") -> None:
        """`name`: the layout (trie pattern, bits) is kept in the cache folder under it, built once across processes."""
        self.width = width
        layout: Layout = (
            parsed_once(f"needle-index-{name}", repr((_layout_code(), width, sorted(needles_by_rule.items()))),
                        lambda _: _layout(needles_by_rule, width))
            if name else _layout(needles_by_rule, width)
        )
        pattern, bits, self.spaced, self._always = layout
        self._words = _WordBits(_trie_regex(pattern).search if pattern else None, bits)

    def held(self, text: str) -> int:
        """The bits of the rules whose needles `text` holds (bit p) or may hold (bit `width + p`).

        While the word memo is fresh (a process's first pages, or the memo just emptied), the line is searched
        whole: most of its words are new then, and one search of the line costs less than one search of each new
        word. Once FRESH_LINES lines are read, the memo serves (words repeat from page to page). Both give the
        same bits: no needle in the trie holds whitespace, so each of the line's matches lies inside one word."""
        words = self._words
        if words.fresh:
            words.fresh -= 1
            return words.found(text) | self._always
        return reduce(or_, map(words.__getitem__, text.split()), self._always)


class _WordBits(WordMemo[int]):
    """A word -> the bits of the needles it holds, each new word searched once per process; `fresh` counts the
    lines NeedleIndex.held still searches whole (WordMemo)."""

    __slots__ = ("_bits", "_search")

    def __init__(self, search: Callable[..., re.Match | None] | None, bits: dict[str, int]) -> None:
        super().__init__(self.found, MAX_CACHED_WORDS, FRESH_LINES)
        self._search, self._bits = search, bits

    def found(self, text: str) -> int:
        """Each place a needle begins, from the first: the longest there, then a search from the next character
        (needles may overlap; most words hold none, and cost one search)."""
        found, search = 0, self._search
        if search is not None:
            bits = self._bits
            match = search(text)
            while match is not None:
                found |= bits[match.group()]
                match = search(text, match.start() + 1)
        return found


def _layout(needles_by_rule: Mapping[int, tuple[str, ...]], width: int) -> Layout:
    """(the trie regex's pattern, each longest needle's bits, each rule's needles with spaces, the bits every line
    has): what NeedleIndex reads, from the rules' needles."""
    spaced: dict[int, tuple[str, ...]] = {}
    always = 0  # the maybe bits of rules with a needle of whitespace alone
    rules_of: dict[str, int] = {}
    for rule, needles in needles_by_rule.items():
        for needle in needles:
            pieces = needle.split()
            if pieces == [needle]:
                rules_of[needle] = rules_of.get(needle, 0) | 1 << rule
                continue
            if pieces:
                stand_in = max(pieces, key=len)
                rules_of[stand_in] = rules_of.get(stand_in, 0) | 1 << (width + rule)
            else:  # whitespace alone: no word stands for it, every line may hold it
                always |= 1 << (width + rule)
            spaced[rule] = (*spaced.get(rule, ()), needle)
    # A needle passes its own rules and those of every needle it begins with.
    bits = {needle: reduce(or_, (rules_of.get(needle[:end], 0) for end in range(1, len(needle) + 1)), 0) for needle in rules_of}
    pattern = _trie_pattern(sorted(rules_of)) if rules_of else ""
    return pattern, bits, spaced, always


@cache
def _layout_code() -> str:
    """A fingerprint of the code that builds a layout: a layout saved by other code is never read back."""

    def parts(code: types.CodeType) -> Iterator[bytes]:
        yield code.co_code
        yield repr(code.co_names).encode()
        for const in code.co_consts:
            yield from parts(const) if isinstance(const, types.CodeType) else (repr(const).encode(),)

    functions = (_layout, _trie_pattern, _node_pattern, _WordBits.found)
    return hashlib.sha256(b"\0".join(part for function in functions for part in parts(function.__code__))).hexdigest()[:16]


def _trie_regex(pattern: str) -> re.Pattern:
    """The compiled trie: the first place a needle begins in a text, the longest needle there."""
    if (compiled := TRIE_REGEXES.get(pattern)) is None:
        compiled = TRIE_REGEXES[pattern] = re.compile(pattern)
    return compiled


def _trie_pattern(needles: list[str]) -> str:
    """An alternation of `needles` that matches, at a place, the longest of them that begins there."""
    trie: dict = {}
    for needle in needles:
        node = trie
        for char in needle:
            node = node.setdefault(char, {})
        node[""] = {}  # a needle ends here
    return _node_pattern(trie)


def _node_pattern(node: dict) -> str:
    branches = [re.escape(char) + _node_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    pattern = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{pattern})?" if "" in node else pattern  # greedy: the longer needle first, this one failing it
