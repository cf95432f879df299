"""Story dedup on built pairs: the same story from a second site is found, unrelated stories never merge."""

import itertools

import pytest

import redac
from redac.batch.dedup import DUPLICATE_JACCARD, DuplicateIndex, merge_sources, signature

from .stories import SAMPLES, SECOND_SITE, second_site


def sig(text: str):
    return signature([block.text for block in redac.clean(text).document.blocks])


def similarity(a: str, b: str) -> float:
    return float((sig(a) == sig(b)).mean())


@pytest.mark.parametrize("name", sorted(SECOND_SITE))
def test_same_story_from_a_second_site_is_a_duplicate(name):
    assert second_site(name).splitlines()[0] != SAMPLES[name].splitlines()[0]
    assert similarity(SAMPLES[name], second_site(name)) >= DUPLICATE_JACCARD + 0.1


def test_unrelated_stories_are_never_duplicates():
    # three of the five samples are about Zelensky and Ukraine's allies: same topic, different stories
    texts = list(SAMPLES.values()) + [second_site(name) for name in SECOND_SITE]
    names = list(SAMPLES) + [f"{name}b" for name in SECOND_SITE]
    for (a, text_a), (b, text_b) in itertools.combinations(zip(names, texts), 2):
        if a[:3] != b[:3]:
            assert similarity(text_a, text_b) < DUPLICATE_JACCARD / 2, (a, b)


def test_index_finds_the_story_and_never_matches_a_document_with_itself():
    index = DuplicateIndex()
    for name, text in SAMPLES.items():
        index.add(name, sig(text))
    found = index.match(sig(second_site("003")))
    assert found and found[0] == "003"
    assert index.match(sig(SAMPLES["001"]), exclude="001") is None


def test_merge_keeps_the_first_source_and_adds_only_new_paragraphs():
    first, second = redac.clean(SAMPLES["003"]), redac.clean(second_site("003"))
    merged = merge_sources(first, [second])
    texts = [block.text for block in merged.document.blocks]
    assert texts[: len(first.document.blocks)] == [block.text for block in first.document.blocks]
    added = texts[len(first.document.blocks):]
    assert any("Moscou se dit prêt" in text for text in added)  # the second site's own lead
    assert len(added) < len(second.document.blocks) / 2  # its copies of our paragraphs are not repeated
