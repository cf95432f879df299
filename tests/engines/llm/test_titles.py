"""Headings a model wrote (engines/llm/titles.py), on headings written for these tests: when none names the
keyphrase, the first written one opens on it, in the planner's « Keyphrase : angle » form, no other word changed."""

from redac.engines.llm.titles import keyphrase_headings


def test_the_first_written_heading_opens_on_the_keyphrase_when_none_names_it():
    assert keyphrase_headings(["", "La marée noire atteint les plages", "Les bénévoles mobilisés"], "marée noire à Belle-Île") == [
        "", "Marée noire à Belle-Île : la marée noire atteint les plages", "Les bénévoles mobilisés"]
    assert keyphrase_headings(["Emmanuel Macron sur place"], "tempête Ciaran") == ["Tempête Ciaran : Emmanuel Macron sur place"]


def test_headings_that_name_the_keyphrase_or_would_grow_too_long_stay_as_written():
    named = ["Les causes de la tempête Ciaran", "Des dégâts chiffrés"]
    assert keyphrase_headings(named, "tempête Ciaran") == named
    long = ["Les bénévoles de la station de sauvetage de Port-Joinville mobilisés toute la nuit"]
    assert keyphrase_headings(long, "naufrage au large de l'île d'Yeu") == long
    assert keyphrase_headings(["", ""], "tempête Ciaran") == ["", ""]
