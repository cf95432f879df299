"""The five real scraped samples: right title, no noise line, every article line kept, brief parsed."""

from pathlib import Path

import pytest

import redac
from redac.ingest.text import tidy
from tests.cleaning.casefile import check, read_case

EXPECTED = Path(__file__).parent / "expected"
SAMPLES = sorted((Path(__file__).parents[1] / "data" / "samples").glob("*.txt"))


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem[:3])
def test_sample_is_cleaned_line_by_line(sample: Path) -> None:
    case = read_case(EXPECTED / f"{sample.stem[:3]}.txt")
    source_lines = [line for raw in sample.read_text(encoding="utf-8").split("\n") if (line := tidy(raw))]
    assert [tidy(line) for line in case.input_lines if line] == source_lines, "expectations must cover every line"
    check(case, redac.clean(sample))


def test_there_are_five_samples() -> None:
    assert len(SAMPLES) == 5


def test_sample_000_title_and_brief() -> None:
    result = redac.clean(SAMPLES[0])
    assert result.document.title == "Zelensky cherche du soutien et des armes au sommet des nations des Balkans en Albanie"
    brief = result.brief
    assert (brief.min_words, brief.language, brief.subheadings, brief.seo, brief.custom_title) == (700, "fr", True, True, True)


def test_sample_002_brief_without_custom_title() -> None:
    brief = redac.clean(SAMPLES[2]).brief
    assert (brief.min_words, brief.language, brief.subheadings, brief.seo, brief.custom_title) == (700, "fr", True, True, False)


def test_sample_002_has_no_title_line() -> None:
    """Sample 002 starts with its first paragraph: no line of it is a title, none is invented."""
    assert redac.clean(SAMPLES[2]).document.title is None


def test_sample_004_attribution_is_metadata() -> None:
    meta = redac.clean(SAMPLES[4]).document.meta
    assert [" ".join(a.split()) for a in meta.attribution] == [
        "Emel Akan et Jacob Burg ont contribué à la rédaction de cet article.",
        "Avec Reuters",
    ]
