"""Prefilters of the noise rules: never wrong (a rule they skip could not have matched), stored current."""

import re
import sys
import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redac.cleaning import needles
from redac.cleaning.needles import needles_of, prefixes_of
from redac.cleaning.rules import PATTERN_KINDS, RULES_FILE, Line, load_rules

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "dev"))
from rule_needles import rule_patterns  # noqa: E402

TABLE = tomllib.loads((Path(needles.__file__).parent / RULES_FILE).read_text("utf-8"))
PATTERNS = [(spec["id"], spec[kind], kind) for spec in TABLE["rule"] for kind in PATTERN_KINDS if kind in spec]


def test_stored_prefilters_are_current() -> None:
    stored = (Path(needles.__file__).parent / needles.NEEDLES_FILE).read_text("utf-8")
    assert stored == needles.current_file(rule_patterns(TABLE)), "run: python dev/rule_needles.py --write"


@pytest.mark.parametrize(("rule_id", "pattern", "kind"), PATTERNS, ids=[p[0] for p in PATTERNS])
def test_every_pattern_compiles(rule_id: str, pattern: str, kind: str) -> None:
    """Patterns compile lazily now: a broken one must still fail here, not on some user's page."""
    re.compile(pattern)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("abonnez[- ]vous|s'abonner", ("abonnez", "s'abonner")),
        ("newsletters?\\b.{0,60}(inscri|recev)", ("newsletter",)),
        ("(faites|faire) un don", (" un don",)),
        ("[®™]", ("®", "™")),
        ("(?i)cookies", None),  # case-insensitive: no literal is certain
        ("\\w+|x", None),  # one branch has no literal
        ("a?b?", None),
        ("(abonn|abonnez)", ("abonn",)),  # a needle holding a shorter one adds nothing
        ("@[a-z]+.*#[a-z]+|#[a-z]+.*@[a-z]+", ("@",)),  # every branch holds both: one is enough, not either
    ],
)
def test_needles_of(pattern: str, expected: tuple[str, ...] | None) -> None:
    assert needles_of(pattern) == expected


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("(publicite|pub)( par .*)?", ("pub",)),  # "publicite" starts with "pub"
        ("(le |on )?(lundi|mardi)", ("le lundi", "le mardi", "lundi", "mardi", "on lundi", "on mardi")),
        ("^(a )?lire aussi", ("a lire aussi", "lire aussi")),
        ("[^\\w«]*lire", None),  # may start with anything
        ("\\d+ vues", None),
    ],
)
def test_prefixes_of(pattern: str, expected: tuple[str, ...] | None) -> None:
    assert prefixes_of(pattern) == expected


def _lines() -> list[str]:
    paths = [*(ROOT / "tests" / "cleaning" / "cases").glob("*.txt"), *(ROOT / "tests" / "data" / "samples").glob("*.txt")]
    return [line for path in sorted(paths) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _passes(rule, line: Line) -> bool:
    read = line.text.lstrip() if rule.reads_text else line.core
    if rule.prefixes and not read.startswith(rule.prefixes):
        return False
    return not rule.needles or any(n in (line.text if rule.reads_text else line.core) for n in rule.needles)


def test_prefilters_never_skip_a_rule_that_matches_on_the_written_cases() -> None:
    checked = 0
    for text in _lines():
        line = Line.of(text)
        for rule in load_rules().rules:
            if rule.matches(line):
                checked += 1
                assert _passes(rule, line), (rule.id, text)
    assert checked > 50


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([(rule.id, rule) for rule in load_rules().rules if rule.prefixes or rule.needles]),
       st.text(alphabet="abcdeilnoprstuv '-:/()©0123456789", max_size=40), st.sampled_from(_lines()))
def test_prefilters_never_skip_a_rule_that_matches(pair, noise: str, real: str) -> None:
    """Random mixes of real lines and letters: wherever a pattern matches, its prefilter passes."""
    _id, rule = pair
    for text in (noise, f"{noise} {real}", f"{real[:30]}{noise}"):
        line = Line.of(text)
        if rule.matches(line):
            assert _passes(rule, line), (rule.id, text)


def _rules_passed(line: Line) -> list[str]:
    """Ids of the rules whose needles `line` holds, each needle tested on its own (what the indexes stand for)."""
    return [rule.id for rule in load_rules().rules if rule.needles and any(n in _read(rule, line) for n in rule.needles)]


def _read(rule, line: Line) -> str:
    return line.text if rule.reads_text else line.core


def _rules_indexed(line: Line) -> list[str]:
    """The same read from the NeedleIndex of the core and that of the text: a sure bit passes; a maybe bit
    passes when one of the rule's needles with spaces is there."""
    table = load_rules()
    in_core, in_text = table.needle_indexes
    held, width = in_core.held(line.core) | in_text.held(line.text), in_core.width
    found = []
    for position, rule in enumerate(table.rules):
        spaced = (in_text if rule.reads_text else in_core).spaced.get(position, ())
        if rule.needles and (held >> position & 1 or (held >> (width + position) & 1 and any(n in _read(rule, line) for n in spaced))):
            found.append(rule.id)
    return found


def test_the_needle_index_finds_what_each_needle_finds_on_the_written_cases() -> None:
    lines = [Line.of(text) for text in _lines()]
    assert all(_rules_indexed(line) == _rules_passed(line) for line in lines)
    assert sum(map(bool, map(_rules_passed, lines))) > 100


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdeilnoprstuvé '-:/()©0123456789", max_size=60), st.sampled_from(_lines()))
def test_the_needle_index_finds_what_each_needle_finds(noise: str, real: str) -> None:
    """Overlapping needles, needles with spaces, words cut anywhere: the index and the needles agree."""
    for text in (noise, f"{noise} {real}", f"{real[:30]}{noise}", f"{noise}{real[-30:]}"):
        line = Line.of(text)
        assert _rules_indexed(line) == _rules_passed(line), text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdeilnoprstuvé '-:/()©0123456789\t\u00a0\u2009", max_size=60), st.sampled_from(_lines()))
def test_a_fresh_needle_index_reads_a_line_whole_as_its_words_give_it(noise: str, real: str) -> None:
    """While its word memo is fresh, NeedleIndex.held searches the line whole; then word by word: the same bits
    (no needle of the trie holds whitespace)."""
    for index in load_rules().needle_indexes:
        for text in (noise, f"{noise} {real}", f"{real[:30]}{noise}", f"{noise}{real[-30:]}"):
            try:
                index._words.fresh = 1
                whole = index.held(text)
                index._words.fresh = 0
                assert index.held(text) == whole, text
            finally:
                index._words.fresh = needles.FRESH_LINES


def test_short_lines_get_the_verdict_of_the_rule_by_rule_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    from redac.cleaning import rules

    lines = [Line.of(text) for text in _lines()]
    table = load_rules()
    indexed = [table._first_match(line) for line in lines]
    monkeypatch.setattr(rules, "INDEXED_WORDS", -1)
    assert [table._first_match(line) for line in lines] == indexed


def test_a_needle_index_reads_overlapping_needles_spaced_needles_and_whitespace_alone() -> None:
    index = needles.NeedleIndex({0: ("abonn", "nez"), 1: ("abonnez",), 2: ("la suite",), 3: (" ",)}, 4)
    held = index.held("abonnez-vous")
    sure, maybe = held & 0b1111, held >> 4
    assert sure == 0b0011  # « nez » inside « abonnez », « abonn » at its start
    assert maybe == 0b1000  # whitespace alone: any line may hold it, the rule tests it
    assert index.held("toute la suite") >> 4 == 0b1100  # « suite » stands for « la suite »
    assert index.spaced == {2: ("la suite",), 3: (" ",)}


def test_a_needle_index_read_back_from_the_cache_folder_reads_lines_alike(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REDAC_CACHE_DIR", str(tmp_path))
    rules = {0: ("abonn", "nez"), 1: ("la suite",), 2: (" ",)}
    built, read_back = needles.NeedleIndex(rules, 3, "test"), needles.NeedleIndex(rules, 3, "test")
    assert list(tmp_path.rglob("needle-index-test*"))
    lines = ["Abonnez-vous pour lire la suite", "abonnez-vous", "rien"]
    assert [read_back.held(line) for line in lines] == [built.held(line) for line in lines]
    assert read_back.spaced == built.spaced
