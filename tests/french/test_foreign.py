"""English fragments left in French text are found; names, acronyms and French-press loanwords are not."""

from __future__ import annotations

from pathlib import Path

import pytest

import redac
from redac.french.foreign import foreign_fragments
from redac.french.sentences import split_sentences

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
