"""Property-based: whatever the input, `clean` either returns or raises InputError, and article lines
mixed with noise and random junk are never lost."""

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import redac
from redac.errors import InputError
from tests.cleaning.casefile import read_case

EXPECTED = sorted((Path(__file__).parent / "expected").glob("*.txt")) + sorted((Path(__file__).parent / "cases").glob("*.txt"))
LABELLED = [item for path in EXPECTED for item in read_case(path).expected]
# The article lines of each case: one story. Lines of several stories mixed together would be a page of
# teasers, which the cleaner rightly drops as other stories' text.
STORIES = [story for path in EXPECTED if (story := sorted({text for label, text in read_case(path).expected if label == "C"}))]
NOISE_LINES = sorted({text for label, text in LABELLED if label == "N"})

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
junk_line = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\n\r"), max_size=80)


def _clean_or_input_error(source):
    try:
        return redac.clean_many(source)
    except InputError as error:
        assert str(error) and "\n" not in str(error)
        return []


@SETTINGS
@given(st.text(max_size=2000))
def test_any_text_is_handled(text: str) -> None:
    _clean_or_input_error(text)


@SETTINGS
@given(st.binary(max_size=2000))
def test_any_bytes_are_handled(data: bytes) -> None:
    _clean_or_input_error(data)


def _story_among_noise(story: list[str]) -> st.SearchStrategy[list[tuple[str, str]]]:
    return st.lists(
        st.one_of(st.sampled_from(story).map(lambda t: ("C", t)),
                  st.sampled_from(NOISE_LINES).map(lambda t: ("N", t)),
                  junk_line.map(lambda t: ("J", t))),
        min_size=1, max_size=30,
    )


@SETTINGS
@given(st.sampled_from(STORIES).flatmap(_story_among_noise), st.sampled_from(["\n", "\n\n"]))
def test_article_lines_survive_any_surroundings(lines: list[tuple[str, str]], separator: str) -> None:
    text = separator.join(line for _, line in lines)
    results = _clean_or_input_error(text)
    expected = {line for label, line in lines if label == "C"}
    if not expected:
        return
    assert results, "an input holding article lines must not be refused"
    document = results[0].document
    kept = {block.text for block in document.blocks} | {document.title}
    assert expected <= kept, f"lost: {expected - kept}"



def test_a_lone_question_under_a_most_read_header_stays() -> None:
    """Found by the property above: without any article paragraph nothing tells a listed headline from
    the article's own line, so only the header goes."""
    result = redac.clean("Les plus lus\nPourquoi la participation baisse-t-elle ?")
    assert result.document.title == "Pourquoi la participation baisse-t-elle ?"
    assert [removal.text for removal in result.removed] == ["Les plus lus"]


def test_a_short_sentence_under_a_related_header_above_the_body_stays() -> None:
    """Found by the property above (3,000 examples): a sentence closed by its full stop under « Sur le même
    sujet » is the article's own line, not the first of the listed headlines."""
    result = redac.clean("Sur le même sujet\nLes politologues avancent plusieurs explications.\n"
                         "Abonnements de transport : la métropole promet la gratuité pour les moins de 26 ans.")
    kept = [result.document.title] + [block.text for block in result.document.blocks]
    assert "Les politologues avancent plusieurs explications." in kept
    assert [removal.text for removal in result.removed] == ["Sur le même sujet"]


def test_a_lone_sentence_among_a_listing_is_kept() -> None:
    """Found by the property above (its failing example, lines of the hand-written cases): one article sentence
    among a credit, a headline shown twice and a teaser cut short read as « headlines only, no article »; a line
    closing on a full stop is a sentence of a story, so the page is not reported empty."""
    sentence = "Son avocat a annoncé son intention de faire appel de cette décision."
    page = "\n".join([
        sentence, "(Photo by Sergei SUPINSKY / AFP)", "Au Sénégal, les législatives anticipées fixées au 17 novembre", "A", "A",
        "Au Sénégal, les législatives anticipées fixées au 17 novembre",
        "Le comité de course a repoussé de quarante-huit heures le départ prévu dimanche à Lorient en raison d’une…", "0A",
    ])
    result = redac.clean(page)
    assert sentence in {block.text for block in result.document.blocks} | {result.document.title}


def test_one_paragraph_above_a_related_header_says_too_little_to_call_the_rest_another_story() -> None:
    """Found by the property above: with one sentence above « Ces articles peuvent vous intéresser », the words the
    article has not used yet are no sign that the lines below tell other stories (related_tail.MIN_ARTICLE_WORDS)."""
    lines = [
        "Le tribunal correctionnel de Paris a condamné lundi un influenceur à 30 000 euros d’amende pour avoir vanté des produits sans préciser qu’il était rémunéré.",
        "Ces articles peuvent vous intéresser",
        "Son avocat a annoncé son intention de faire appel de cette décision.",
        "« Abonnez-vous et profitez de -70 % », répétait-il dans ses vidéos, selon l’enquête de la DGCCRF.",
    ]
    result = redac.clean("\n".join(lines))
    kept = {result.document.title} | {block.text for block in result.document.blocks}
    assert {lines[0], lines[2], lines[3]} <= kept
    assert [removal.text for removal in result.removed] == [lines[1]]
