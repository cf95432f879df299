"""Language of a paragraph: obviously French at a glance, or py3langid when it is not obvious."""

from __future__ import annotations

import pytest

from redac.french.language import detect_language, obviously_french

FRENCH = [
    "Le président ukrainien a rencontré jeudi les dirigeants des Balkans pour parler de la défense.",
    "Selon l’armée, les frappes ont visé des dépôts de carburant dans la région de Donetsk.",
    "Treize pays participent au sommet, qui s’est ouvert à Tirana dans la matinée.",
    "Ministre albanais des Affaires étrangères depuis 2023, il connaît bien le dossier.",
]
FOREIGN = [
    ("en", "The Russian president said on Thursday that talks with Ukraine would resume next week."),
    ("es", "La crisis de la vivienda en Madrid preocupa a los jóvenes y a sus familias."),
    ("it", "La riforma della giustizia divide la maggioranza in Parlamento da settimane."),
    ("pt", "O presidente da República disse que o governo vai apresentar uma nova proposta."),
    ("de", "Die Bundesregierung hat am Mittwoch ein neues Gesetz zur Energiewende beschlossen."),
]


@pytest.mark.parametrize("text", FRENCH)
def test_french_paragraphs_are_french_at_a_glance(text):
    assert obviously_french(text)
    assert detect_language(text) == ("fr", 1.0)


@pytest.mark.parametrize(("language", "text"), FOREIGN)
def test_other_languages_are_never_french_at_a_glance_and_go_to_the_identifier(language, text):
    assert not obviously_french(text)
    assert detect_language(text)[0] == language


def test_a_heading_without_french_grammar_words_is_left_to_the_identifier():
    assert not obviously_french("La guerra de Ucrania entra en una nueva fase")  # "de", "la", "en" alone
    assert not obviously_french("Pentagone et ressources militaires américaines")  # too few markers


def test_short_texts_cannot_be_told():
    assert detect_language("Oui.") == (None, 0.0)
