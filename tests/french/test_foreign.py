"""English fragments left in French text are found; names, acronyms and French-press loanwords are not."""

from __future__ import annotations

from pathlib import Path

import pytest

import redac
from redac.french.foreign import foreign_fragments, misspelled_words, without_foreign_glosses
from redac.french.sentences import split_sentences
from redac.french.tokens import match_form, strip_elision, tokens

DATA = Path(__file__).parents[1] / "data"
DEV = Path(__file__).parents[2] / "dev"


@pytest.mark.parametrize(
    ("text", "fragments"),
    [
        ("Ce n’est pas suffisant pour gagner [against Russian President Vladimir] Poutine.", ["against Russian President Vladimir"]),
        ("Le ministre a lancé « We are ready to defend our country » devant la presse.", ["We are ready to defend our country"]),
        ("Il a répondu (in the end it was worth it) avant de partir.", ["in the end it was worth it"]),
        ("Le président a déclaré that the war is over and we will win, selon lui.", ["that the war is over and we will win"]),
        ("Le porte-parole a lu un texte : “This decision has been taken by the board”.", ["This decision has been taken by the board"]),
    ],
)
def test_english_fragments_are_found(text, fragments):
    assert foreign_fragments(text) == fragments


@pytest.mark.parametrize(
    "text",
    [
        "Selon « The Guardian » et « Bank of America », la croissance ralentit.",  # names
        "Le week-end, les start-up et les « fake news » occupent les débats.",  # loanwords, no English grammar word
        "Les produits « made in France » séduisent les consommateurs.",
        "Le CEO de l’OTAN et la NASA ont signé un accord in extremis.",  # acronyms, Latin
        "Il garde ses doutes dans son for intérieur.",  # one English grammar word alone is French here
        "Le thé a été servi à 17 heures, puis les invités sont partis.",  # « thé » is not « the »
        "Le New York Times et le Financial Times en ont parlé lundi.",
    ],
)
def test_names_loanwords_and_acronyms_are_not_english_fragments(text):
    assert foreign_fragments(text) == []


def test_no_false_alarm_on_the_samples_french_sentences_and_on_our_own_texts():
    sentences = []
    for path in sorted((DATA / "samples").glob("*.txt")):
        for block in redac.clean(path).document.blocks:
            sentences.extend(split_sentences(block.text))
    for folder in ("yoast_corpus_handwritten", "yoast_heldout_handwritten"):
        for path in sorted((DEV / folder).glob("*.md")):
            body = path.read_text(encoding="utf-8").split("---\n", 2)[-1]
            sentences.extend(s for line in body.splitlines() for s in split_sentences(line.lstrip("#- ")))
    flagged = [fragment for s in sentences for fragment in foreign_fragments(s)]
    assert len(sentences) > 250
    assert flagged == ["against Russian President Vladimir"]  # the samples' one real English fragment, nothing else


SOURCE_WORDS_TEXT = ("La junte militaire a décrété l’état d’urgence ; les volontaires et les secours tentent d’augmenter "
                     "l’aide, et les garanties de sécurité restent à négocier avec les parapentistes du club, une aide précieuse, sous les décombres.")


def source_words(text: str) -> dict[str, str]:
    return {match_form(word): strip_elision(word).lower() for word in tokens(text)}


@pytest.mark.parametrize(
    ("written", "found"),
    [
        # a misspelled source word comes with the source's spelling; English grammar words with none
        ("La junte militaraire a parlé.", [("militaraire", "militaire")]),
        ("Des voluntaires sont venus.", [("voluntaires", "volontaires")]),
        ("Ils veulent aumenter l’aide.", [("aumenter", "augmenter")]),
        ("Les guarantees de security sont loin.", [("guarantees", "garanties"), ("security", "sécurité")]),
        ("Des messages of condoléances and de soutien.", [("of", ""), ("and", "")]),
        ("Des disparus restent sous lesdécombres.", [("lesdécombres", "les décombres")]),  # a space dropped
    ],
)
def test_a_small_models_english_and_misspellings_are_found(written, found):
    assert misspelled_words(written, source_words(SOURCE_WORDS_TEXT)) == found


@pytest.mark.parametrize(
    "written",
    [
        "Un parapentiste du club a été secouru.",  # another form of a source word
        "Un soutien précieux est arrivé.",  # another gender of a source word the lemma dictionary does not hold
        "Les secours ont longtemps cherché, parfois de nuit, au-delà du col.",  # invariable words, a compound
        "Treize volontaires sont arrivés mardi au Bureau of Meteorology.",  # a number word; English inside a name
        "« We will help », a-t-il dit, en anglais.",  # a quotation's words
        "L’ours a été vu près du village.",  # French, though « ours » is an English word too
        "Le monoxyde de carbone et la surpopulation du club.",  # no glued article: « mon|oxyde », « sur|population »
    ],
)
def test_french_words_names_and_quotations_are_not_misspellings(written):
    assert misspelled_words(written, source_words(SOURCE_WORDS_TEXT)) == []


def test_misspellings_are_rare_in_real_french_the_samples_against_their_own_words():
    """Each sample's second half read against the first half's words: what is found is English or a typo of the page."""
    found = []
    for path in sorted((DATA / "samples").glob("*.txt")):
        text = "\n".join(block.text for block in redac.clean(path).document.blocks)
        half = len(text) // 2
        found += [word for word, _ in misspelled_words(text[half:], source_words(text[:half]))]
    assert found == []


def test_an_english_gloss_is_taken_out_a_bracket_as_the_french_elision_mark_a_parenthesis_with_its_space():
    assert without_foreign_glosses("Ce n’est pas suffisant pour gagner [against Russian President Vladimir] Poutine.") == (
        "Ce n’est pas suffisant pour gagner […] Poutine.")
    assert without_foreign_glosses("La Réserve fédérale (the US central bank) a relevé ses taux.") == "La Réserve fédérale a relevé ses taux."
    assert without_foreign_glosses("Il a relevé ses taux (as the market expected).") == "Il a relevé ses taux."


def test_french_asides_names_and_quoted_english_stay():
    for text in ("La Fed (Réserve fédérale) a relevé ses taux.", "Le journal (The Guardian) l’a révélé.",
                 "Il a lancé « we will win the war » devant la foule."):
        assert without_foreign_glosses(text) == text
