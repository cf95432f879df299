"""Each repair on a real article (the first shared sample, rewritten offline): it fixes what the
report names and adds no claim."""

from dataclasses import replace

import pytest

from redac.analysis.keyphrase import KeyphraseMatcher
from redac.checks import Check
from redac.french.case import capitalize_first
from redac.french.tokens import tokens
from redac.french.typography import typeset
from redac.limits import DEFAULT_LIMITS as L
from redac.repair import repair


@pytest.fixture
def sample(rewrites):
    _, result, _ = rewrites["000"]
    return result


def failing(result, *ids: str):
    """The sample's report with the checks `ids` failed (the repairs read only which failed)."""
    return replace(result.report, checks=[Check(id_, id_, False, "") for id_ in ids], unsupported=[])


def body_subheadings(article):
    return [b for b in article.blocks if b.kind in {"heading", "question"} and b.level in (2, 3)]


def holding(article) -> int:
    matcher = KeyphraseMatcher(article.keyphrase)
    return sum(matcher.found_in(tokens(b.text)) for b in body_subheadings(article))


def test_a_failed_title_takes_the_next_candidate_that_fits(sample):
    fitting = [typeset(c.text) for c in sample.plan.title_candidates if c.score >= 0]
    assert sample.article.title == fitting[0]
    repaired = repair(sample.article, failing(sample, "title"), sample.plan, sample.analysis.source_sentences)
    assert repaired.title == fitting[1]
    again = repair(repaired, failing(sample, "title"), sample.plan, sample.analysis.source_sentences)
    assert again.title == fitting[2]


def test_a_failed_meta_description_is_refitted_from_the_lead(sample):
    broken = replace(sample.article, description="Trop court.")
    repaired = repair(broken, failing(sample, "meta"), sample.plan, sample.analysis.source_sentences)
    description = repaired.description
    assert L.description_min_chars <= len(description) <= L.description_max_chars
    assert KeyphraseMatcher(sample.plan.keyphrase).found_in(tokens(description))
    lead = " ".join(s.text for s in sample.analysis.source_sentences[:6])
    assert description.rstrip("…").split()[-1].strip(",;:") in lead  # the source's words, cut


def test_nothing_failed_leaves_title_and_description_alone(sample):
    repaired = repair(sample.article, failing(sample), sample.plan, sample.analysis.source_sentences)
    assert (repaired.title, repaired.description) == (sample.article.title, sample.article.description)


def body_only(article, headings):
    """The article's introduction and body sections, its subheadings replaced by `headings(index, block)`."""
    blocks, index = [], 0
    for block in article.blocks:
        if block.role in {"essentials", "figures", "people", "faq"}:
            continue
        if block.kind == "heading":
            block = replace(block, lines=[replace(block.lines[0], text=headings(index, block))])
            index += 1
        blocks.append(block)
    return replace(article, blocks=blocks)


def test_too_few_subheadings_with_the_keyphrase_get_it_in_front(sample):
    neutral = body_only(sample.article, lambda index, block: f"Partie {index + 1}")
    low, _ = L.subheadings_keyphrase_range(len(body_subheadings(neutral)))
    assert holding(neutral) == 0 < low
    repaired = repair(neutral, failing(sample), sample.plan, sample.analysis.source_sentences)
    assert holding(repaired) == low
    key = capitalize_first(sample.article.keyphrase) + "\u00a0: "
    assert [b.text for b in body_subheadings(repaired) if b.text.startswith(key)]
    assert all(b.lines[0].sources for b in body_subheadings(repaired))  # provenance kept


def test_too_many_subheadings_with_the_keyphrase_lose_it(sample):
    key = capitalize_first(sample.article.keyphrase)
    crowded = body_only(sample.article, lambda index, block: typeset(f"{key} : partie {index + 1}"))  # as the pipeline has it
    _, high = L.subheadings_keyphrase_range(len(body_subheadings(crowded)))
    assert holding(crowded) == len(body_subheadings(crowded)) > high
    repaired = repair(crowded, failing(sample), sample.plan, sample.analysis.source_sentences)
    assert holding(repaired) == high
    assert len(repaired.blocks) == len(crowded.blocks)  # headings retitled, nothing removed


def test_the_balance_follows_the_limits(sample):
    """A site asking for every subheading to hold the keyphrase gets it wherever the section mentions it."""
    neutral = body_only(sample.article, lambda index, block: f"Partie {index + 1}")
    everywhere = L.replace(subheadings_min_share=1.0, subheadings_max_share=1.0)
    by_default = repair(neutral, failing(sample), sample.plan, sample.analysis.source_sentences)
    asked = repair(neutral, failing(sample), sample.plan, sample.analysis.source_sentences, everywhere)
    assert holding(asked) > holding(by_default)
