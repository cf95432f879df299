"""Candidate phrases keep a name whole (issue 16): a number that completes it (« Ariane 6 »), a first name after an
elided « d’ », and an adjective before « du » that is no verb (« centrale thermique du Havre »). Hand-written cases."""

from redac.analysis.candidate_phrases import phrase_surfaces
from redac.analysis.keyphrase import keyphrase_candidates


def surfaces(text: str) -> list[str]:
    return [surface for _, surface in phrase_surfaces(text, strict=True, keep_case=True)]


def test_a_number_that_completes_a_name_ends_the_phrase():
    found = surfaces("La console Switch 2 a battu les ventes de Noël")
    assert "Switch 2" in found and "console Switch 2" in found
    assert "magnitude 6,2" in " ".join(surfaces("un séisme de magnitude 6,2 a frappé la côte"))


def test_a_number_never_makes_a_phrase_longer_than_four_words():
    keys = [key for key, _ in phrase_surfaces("la fusée lourde européenne Vulcain Delta 4 décolle", strict=True)]
    assert keys and all(len(key) <= 4 for key in keys)


def test_a_year_is_no_part_of_the_name():
    assert "Mondial 2026" not in surfaces("Le Mondial 2026 commence au Canada")


def test_a_first_name_after_an_elided_de_is_part_of_the_name():
    found = surfaces("le rachat du club d’Ingrid Vasseur par un fonds")
    assert "Ingrid Vasseur" in found and "Vasseur" not in found


def test_an_adjective_before_du_is_no_verb_but_a_verb_is():
    assert "centrale thermique du Havre" in surfaces("La fermeture de la centrale thermique du Havre inquiète")
    assert "crise de liquidités frappe" not in " | ".join(surfaces("une crise de liquidités frappe le secteur"))


def test_a_named_rocket_said_three_times_outranks_a_name_said_once():
    paragraphs = [
        "La fusée Vega 3 a décollé lundi de Kourou avec deux satellites d’observation.",
        "Vega 3 emporte aussi un petit module conçu par l’entreprise de Julien Marty.",
        "Le prochain tir de Vega 3 est prévu en mars.",
    ]
    best = keyphrase_candidates("", paragraphs, limit=3)[0].text
    assert best in {"Vega 3", "fusée Vega 3"}


def test_a_surname_that_is_a_common_word_still_counts_as_the_name():
    paragraphs = [
        "La skieuse Claire Petit a remporté dimanche le slalom géant de Tignes devant 8 000 spectateurs.",
        "Petit a devancé de quatre dixièmes la Suédoise Anna Lindqvist. Lindqvist reste en tête du classement.",
        "« Je voulais cette victoire à domicile », a confié Petit après la course. Petit visera le globe en mars.",
    ]
    assert keyphrase_candidates("", paragraphs, limit=3)[0].text == "Claire Petit"


def test_a_rubric_in_capitals_gives_way_to_the_name_as_written():
    paragraphs = [
        "TOUR DE FRANCE | Les coureurs ont rallié Pau mardi sous une forte chaleur.",
        "Le Tour de France repart mercredi vers les Pyrénées, avec une étape de montagne.",
    ]
    texts = [candidate.text for candidate in keyphrase_candidates("", paragraphs, limit=5)]
    assert "Tour de France" in texts and "TOUR DE FRANCE" not in texts


def test_a_known_word_before_a_name_keeps_its_capital_inside_a_phrase():
    found = [surface for _, surface in phrase_surfaces("Grève à Air Corsica : deux vols sur trois annulés", strict=True)]
    assert "grève à Air Corsica" in found


def test_a_plural_adjective_in_aux_before_a_determiner_is_no_verb():
    assert "médecins généraux du département" in surfaces("Les médecins généraux du département ont voté la grève")


def test_a_decimal_or_a_number_in_groups_is_never_cut_into_a_name():
    paragraphs = ["Un séisme de magnitude 5,9 a secoué jeudi le nord du Chili, sans faire de victime.",
                  "Le séisme de magnitude 5,9 a été ressenti jusqu’à Santiago. Les secours restent mobilisés."]
    texts = [candidate.text for candidate in keyphrase_candidates("", paragraphs, limit=5)]
    assert "séisme de magnitude 5" not in texts and "magnitude 5" not in texts
    assert "lycée 1" not in surfaces("le lycée 1 200 élèves")


def test_a_day_and_its_month_are_a_date_not_the_number_a_noun_takes():
    """« la grogne des pêcheurs a grimpé d’un échelon jeudi 14 mars »: the weekday says when, and « 14 » is half of
    a date, so no phrase carries « jeudi » or « 14 » after the noun (a title « Échelon jeudi 14 : … » has a bare
    number its source never writes)."""
    found = surfaces("La grogne des pêcheurs a grimpé d’un échelon jeudi 14 mars dans les ports bretons")
    assert "échelon" in found and not any("échelon jeudi" in surface or "14" in surface for surface in found)
    assert "grogne des pêcheurs" in found
    assert "Ligue 1" in surfaces("Le club remonte en Ligue 1 samedi")  # a number that is no day keeps its noun
    assert not any("7" in surface for surface in surfaces("La séance du conseil 7 avril a duré trois heures"))
