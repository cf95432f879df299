"""Golden tests on the five shared samples: the structure and the checks, not the exact prose."""

import re
from collections import Counter

import pytest

from redac.french.text import fold
from redac.limits import DEFAULT_LIMITS as L
from redac.plan.headings import GENERIC_HEADINGS
from redac.render.article import article_markdown
from redac.seo.serp import title_width_px

SAMPLES = ["000", "001", "002", "003", "004"]
SHORT_SOURCE = "003"  # 441 words of content: the article cannot honestly reach 700 words
# What each sample's rewrite honestly fails today: a verbatim repeat counts once (issue 16), so the
# sources under ~700 words fall short until the engine stops restating. 000's English gloss inside a
# quotation (« gagner [against Russian President Vladimir] Poutine ») is written « […] ».
EXPECTED_FAILURES = {"000": set(), "001": {"length"}, "002": {"length"}, "003": {"length"}, "004": set()}


@pytest.mark.parametrize("name", SAMPLES)
def test_rewrite_meets_the_guarantees(rewrites, name):
    _, result, _ = rewrites[name]
    report, article = result.report, result.article
    failed = {check.id for check in report.failed}
    assert failed == EXPECTED_FAILURES[name], [c.message for c in report.failed]
    assert report.unsupported == []
    assert report.check("structure").details["h2"] >= 3
    assert title_width_px(article.title) <= L.title_max_px
    assert fold(article.title) != fold(result.source.document.title or "")
    assert "against" not in article_markdown(article)
    assert L.description_min_chars <= len(article.description) <= L.description_max_chars
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", article.slug) and len(article.slug) <= L.slug_max_chars
    assert report.audit.seo_score >= 80 and report.audit.readability_score >= 60


def test_short_source_reports_its_shortfall(rewrites):
    _, result, _ = rewrites[SHORT_SOURCE]
    length = result.report.check("length")
    assert not length.passed and "il manque" in length.message and "la source n’en compte que" in length.message
    assert length.details["words"] < 700 and length.details["source_words"] < 700


@pytest.mark.parametrize("name", SAMPLES)
def test_every_line_says_only_what_its_source_sentences_say(rewrites, name):
    """Body lines are source sentences (cut where long), block lines short forms of them: every
    word of a line is a word of its sources, but for the connectors a cut adds, « est » in
    « Qui est … ? » answers and an « -ant » clause's verb put in the main clause's tense (« appelant »
    -> « a appelé ») or in the imperfect (« s’exprimant » -> « s’exprimait »)."""
    _, result, _ = rewrites[name]
    sentences = {s.id: s.text for s in result.analysis.source_sentences}
    for block in result.article.blocks:
        for line in block.lines:
            template_heading = block.kind == "heading" and block.role != "body"
            assert line.sources or template_heading, f"no provenance: {line.text}"
            if block.kind in {"paragraph", "list_item", "answer"}:
                source_words = _words(" ".join(sentences[i] for i in line.sources))
                added = {w for w in _words(line.text) - source_words - CONNECTORS if w[:-1] + "ant" not in source_words and w[:-3] + "ant" not in source_words}
                assert not added, (line.text, added)


@pytest.mark.parametrize("name", SAMPLES)
def test_no_line_is_printed_twice(rewrites, name):
    _, result, _ = rewrites[name]
    lines = [_plain(line.text).lower() for block in result.article.blocks if block.kind != "heading" for line in block.lines]
    assert len(lines) == len(set(lines)), [line for line, count in Counter(lines).items() if count > 1]
    body = [_key(line.text) for block in result.article.blocks if block.role in {"intro", "body"} for line in block.lines]
    restated = [_key(line.text) for block in result.article.blocks if block.role not in {"intro", "body"} for line in block.lines]
    inside = [(a, b) for a in body for b in restated if len(a.split()) >= 6 and f" {a} " in f" {b} "]
    assert not inside, inside  # a block line holding a whole body line (a split sentence put back together)


@pytest.mark.parametrize("name", SAMPLES)
def test_headings_are_informative_and_carry_the_keyphrase_in_part(rewrites, name):
    _, result, _ = rewrites[name]
    headings = [b.text for b in result.article.blocks if b.kind == "heading"]
    assert all(fold(h).split()[0] not in GENERIC_HEADINGS for h in headings)
    assert len(set(headings)) == len(headings)
    keyed = sum(1 for h in headings if fold(result.article.keyphrase) in fold(h))
    assert 0.3 <= keyed / len(headings) <= 0.75


def test_every_body_sentence_of_the_source_is_kept(rewrites):
    for _, result, _ in rewrites.values():
        used = {i for block in result.article.blocks for line in block.lines for i in line.sources}
        assert used == {s.id for s in result.analysis.source_sentences}


CONNECTORS = {"mais", "en", "effet", "outre", "par", "ailleurs", "dans", "le", "meme", "temps", "cela", "puis", "est", "ce", "cet", "cette", "ces", "il", "s", "agit", "d", "a", "entre", "y", "elle", "ils", "elles", "fait", "objectif", "alors"}


def _key(text: str) -> str:
    return " ".join(fold(word) for word in re.findall(r"[^\W_]+", _plain(text)))


def _words(text: str) -> set[str]:
    return {fold(word) for word in re.findall(r"[^\W_]+", _plain(text))}


def _plain(text: str) -> str:
    """Compare modulo typography (typeset changes quotes, apostrophes and spaces, never words)."""
    text = text.replace("’", "'").replace("«", '"').replace("»", '"').replace("“", '"').replace("”", '"')
    return " ".join(re.sub(r'\s*"\s*', '"', text.replace("\u202f", " ").replace("\u00a0", " ")).split()).replace(" :", ":").replace(" ;", ";").replace(" !", "!").replace(" ?", "?")


@pytest.mark.parametrize("name", SAMPLES)
def test_no_block_line_stops_on_an_auxiliary(rewrites, name):
    """A key point, key figure or answer that ends « … civils ont » (before « , selon … » or at its end) was cut
    before its verb."""
    _, result, _ = rewrites[name]
    lines = [line.text for block in result.article.blocks if block.kind != "heading" for line in block.lines]
    cut = [text for text in lines if re.search(r"\b(?:ont|sont|a|est|avait|avaient)\s*(?:,|$)", text.rstrip(" .…"))]
    assert not cut, cut
