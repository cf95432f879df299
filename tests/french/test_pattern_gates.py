"""The gates that spare a pattern's scan (speed) decide as the scan itself: same matches on French sentences and on
strings made of the pieces the patterns read (weekdays, months, digits, spaces, marks, letters of odd case)."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from redac.analysis.keyphrase import GLUED_RE
from redac.french.dates import BARE_MONTH_RE, SEASON_RE, word_dates
from redac.french.facts import DATE_RE, QUOTE_RES, _date_matches, _quotes
from redac.french.numbers import CANDIDATE_RE, RUN_RE, _candidate
from redac.french.typography import RULES, URL_RE, typography_issues

PIECES = [
    "lundi", "Mercredi ", "1er", "3", "12", "31", "2024", "1999", "/", " ", "\u00a0", "\u202f", "mars", "janv.", "Août", "décembre",
    "sept.", "SEPTEMBRE", "ſeptembre", "mai", "mi-", "l'", "d’", "été", "hiver", "printemps", "ce ", "de ", "deux", "vingt-six",
    "troisième", "cents", "dizaines", "x", "_", ".", ",", "é", "-", "«", "»", "“", "”", '"', "'", ":", ";", "?", "K", "ı",
]
SENTENCES = [
    "Le sommet s'est tenu le mercredi 11 juin 2025 à Tirana, a-t-il déclaré.",
    "En mai, M. Trump avait averti que « vingt-six pays » suivraient ; cet été, deux d'entre eux l'ont fait.",
    "Le 03/12/2024, la troisième réunion (mi-septembre 2023) a réuni 1 250 personnes.",
]
texts = st.one_of(st.lists(st.sampled_from(PIECES), max_size=14).map("".join), st.sampled_from(SENTENCES))


def spans(matches) -> list[tuple[tuple[int, int], dict]]:
    return [(match.span(), match.groupdict()) for match in matches]


@settings(max_examples=400, deadline=None)
@given(texts)
def test_dates_are_tried_where_they_can_start(text):
    assert spans(_date_matches(text)) == spans(DATE_RE.finditer(text))


@settings(max_examples=400, deadline=None)
@given(texts)
def test_month_and_season_words_gate_their_patterns(text):
    months = {(date.start, date.end) for date in word_dates(text) if date.value.startswith("--")}
    seasons = {(date.start, date.end) for date in word_dates(text) if date.value.startswith("saison:")}
    lowered = text.lower()
    if any(key in lowered for key in ("janv", "févr", "fevr", "mars", "avr", "mai", "juin", "juil", "août", "aout", "sept", "oct",
                                      "nov", "déc", "dec", "printemps", "été", "automne", "hiver")):
        assert months == {match.span(1) for match in BARE_MONTH_RE.finditer(text)}
        assert seasons == {match.span() for match in SEASON_RE.finditer(text)}


@settings(max_examples=400, deadline=None)
@given(texts)
def test_number_words_gate(text):
    assert any(map(_candidate, RUN_RE.findall(text))) == (CANDIDATE_RE.search(text) is not None)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_marks_gate_quotations_and_typography(text):
    assert [(fact.start, fact.end) for fact in _quotes(text)] == [
        match.span() for pattern in QUOTE_RES for match in pattern.finditer(text) if any(ch.isalpha() for ch in match.group("body").strip())
    ]
    unmasked = URL_RE.sub(" ", text)
    assert [issue.rule for issue in typography_issues(text)] == [rule for rule, pattern, _ in RULES for _ in pattern.finditer(unmasked)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["Jean", "-", "\u00ad", "‐", "présenta", "tion", " ", "a", "é", "1", "_", "'"]), max_size=10).map("".join))
def test_glued_pieces_start_runs_of_letters(text):
    unanchored = re.compile(r"(?<=[^\W\d_][\u00ad\-‐])[^\W\d_]+|[^\W\d_]+(?=[\u00ad\-‐][^\W\d_])")
    assert GLUED_RE.findall(text) == unanchored.findall(text)
