"""A short LLM article topped up with the offline engine's restatements (engines/llm/fill.py)."""

from dataclasses import replace

import redac
from redac.checks.originality import copied_share
from redac.engines.llm.backends.scripted import ScriptedBackend
from redac.engines.llm.config import LLMSettings
from redac.french.words import count_words
from redac.limits import DEFAULT_LIMITS
from redac.pipeline import rewrite_clean

from . import fixtures as fx


def by_sections(min_words: int, limits=DEFAULT_LIMITS):
    backend = ScriptedBackend(fx.sample_by_sections())
    return rewrite_clean(redac.clean(fx.SAMPLE_SOURCE), engine="llm", backend=backend, min_words=min_words,
                         llm=LLMSettings(strategy="sections"), limits=limits)


def offline_words(result) -> int:
    return sum(count_words(block.text) for block in result.article.blocks if block.role in {"essentials", "figures", "people", "faq"})


MODEL_WORDS = 525  # what the fixture's lead and sections count


def test_a_short_article_reaches_its_length_with_restatements_of_the_source_and_says_so():
    """The sections strategy asks no FAQ: the fixture's sections alone fall short of 550 words; the offline engine's
    « Qui est … ? » questions, answered with what the source says each person is, make up the difference."""
    result = by_sections(MODEL_WORDS + 25)
    report = result.report
    assert result.usage.filled_words > 0 and offline_words(result) == result.usage.filled_words
    assert report.check("length").details["words"] == MODEL_WORDS + result.usage.filled_words
    assert report.check("length").passed, report.check("length").message
    assert report.check("faithfulness").passed, report.unsupported
    assert report.check("originality").passed, report.check("originality").message
    notes = [note for note in result.usage.notes if note.startswith("complément de l’outil hors modèle")]
    assert notes and all("mots tirés de la source" in note for note in notes)
    # The model's own sections come first and are untouched; the added groups carry their provenance.
    headings = [block.text for block in result.article.blocks if block.kind == "heading"]
    assert headings[: len(result.plan.sections)] == [block.text for block in result.article.blocks
                                                       if block.kind == "heading" and block.role == "body"]
    answers = [block for block in result.article.blocks if block.kind == "answer"]
    assert answers and all(line.sources for block in answers for line in block.lines)
    assert "Jens Stoltenberg est le secrétaire général de l’OTAN." in [block.text.replace("\u00a0", " ") for block in answers]


def test_a_source_too_short_for_the_brief_stays_short_and_the_length_check_says_why():
    result = by_sections(fx.SAMPLE_MIN_WORDS)
    assert result.usage.filled_words > 0 and not result.report.check("length").passed
    assert "car la source n’en compte que" in result.report.check("length").message


def test_an_article_long_enough_is_left_as_the_model_wrote_it():
    result = by_sections(200)
    assert result.usage.filled_words == 0 and offline_words(result) == 0
    assert not any(note.startswith("complément") for note in result.usage.notes)


def test_the_top_up_never_takes_the_copied_share_past_the_allowance():
    """Key points and FAQ answers are the source's words: an item that would take the article past the
    allowance (less a margin) stays out. The fixture's sections copy 4.3 %: with 7 % allowed, nothing fits."""
    source = [block.text for block in redac.clean(fx.SAMPLE_SOURCE).document.blocks]
    loose = by_sections(fx.SAMPLE_MIN_WORDS)
    model_share = copied_share([b.text for b in loose.article.blocks if b.role in {"intro", "body"}], source)
    assert 0.04 < model_share < 0.05
    tight = by_sections(fx.SAMPLE_MIN_WORDS, replace(DEFAULT_LIMITS, originality_max_copied=0.07))
    assert loose.usage.filled_words > 0 and tight.usage.filled_words == 0
