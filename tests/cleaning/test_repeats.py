"""Repeated lines: the window index finds exactly what comparing every pair of lines finds, and a long
page of short lines is read in linear time."""

import time

from hypothesis import given, settings
from hypothesis import strategies as st

import redac
from redac.cleaning.repeats import INDEXED_FROM, _repeats_by_windows, _repeats_directly, comparable_lines, repeated_lines

CAPTIONS = [
    "le maire de lyon lors de l'inauguration du pont",
    "photo afp / jeff pachoud",
    "le maire de lyon lors de l'inauguration du pont. photo afp / jeff pachoud",
    "la piscine municipale rouvre ses portes",
    "lire aussi : la piscine municipale rouvre ses portes apres deux ans",
    "un titre qui ne se repete nulle part ailleurs",
]


def _direct(folded):
    comparable = comparable_lines(folded)
    return {i for i in range(len(folded)) if _repeats_directly(i, folded[i], comparable)}


def _indexed(folded):
    return _repeats_by_windows(comparable_lines(folded))


def test_windows_find_captions_inside_longer_lines():
    assert _indexed(CAPTIONS) == _direct(CAPTIONS) == {0, 1, 2, 3, 4}


def test_windows_find_whole_copies_and_skip_short_lines():
    folded = ["rubrique sport du jour", "partager", "partager", "rubrique sport du jour", "une ligne seule sur la page"]
    assert _indexed(folded) == _direct(folded) == {0, 3}


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="ab c", min_size=0, max_size=40), max_size=60))
def test_windows_agree_with_every_pair(folded):
    assert _indexed(folded) == _direct(folded)


def test_long_pages_take_the_index_and_agree():
    folded = [f"rubrique numero {i} du site" for i in range(INDEXED_FROM * 2)] + CAPTIONS
    asked = list(range(len(folded)))
    assert repeated_lines(folded, asked) == _direct(folded)
    assert repeated_lines(folded, asked) >= {len(folded) - 6, len(folded) - 4}


def test_a_page_of_thousands_of_short_lines_cleans_in_linear_time():
    def seconds(n):
        lines = "\n".join(f"Rubrique numéro {i} du site" for i in range(n))
        text = lines + "\n\nLe maire de la commune a annoncé mardi la réouverture de la piscine municipale après deux ans de travaux."
        start = time.process_time()
        redac.clean(text)
        return time.process_time() - start

    seconds(300)
    small, large = min(seconds(1000) for _ in range(2)), seconds(12000)
    # 12x the lines: ~12x alone, up to ~25x amid a full run (warm caches, load); the quadratic code took ~85x
    assert large < 12 * small * 3.5, (small, large)
