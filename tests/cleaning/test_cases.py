"""Hand-written noisy inputs modelled on French news sites and scrapers (tests/cleaning/cases)."""

from pathlib import Path

import pytest

import redac
from tests.cleaning.casefile import check, read_case

CASES = sorted((Path(__file__).parent / "cases").glob("*.txt"))


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_case(path: Path) -> None:
    case = read_case(path)
    check(case, redac.clean(case.input_text))


def test_at_least_fifteen_cases() -> None:
    assert len(CASES) >= 15


def test_cases_have_noise_between_article_lines() -> None:
    """Noise in the middle of the article, not only around it, is part of what the cases exercise."""
    middles = 0
    for path in CASES:
        labels = [label for label, _ in read_case(path).expected]
        kept = [i for i, label in enumerate(labels) if label in "CHL"]
        middles += any(labels[i] == "N" for i in range(kept[0], kept[-1])) if kept else 0
    assert middles >= 8
