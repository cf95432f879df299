"""Titles never leave a quotation open; the keyphrase keeps the capitals of a name the text writes, and an adverb
never opens it (seen on real pages: « L'Institut Pasteur s'est dit prêt à "tester », « mondial de paris »,
« Loin de baisser »). Sentences written for these tests."""

from redac.analysis.candidate_phrases import phrase_surfaces
from redac.analysis import analyze
from redac.french.typography import quotes_closed
from redac.models import Block
from redac.plan import make_plan
from redac.plan.titles import title_candidates


def _surfaces(text: str) -> list[str]:
    return [surface for _, surface in phrase_surfaces(text, strict=True, keep_case=True)]


def test_no_title_cuts_a_quotation_open():
    lead = ('La Croix-Rouge s\'est dite prête mardi à "accueillir et soigner les blessés à la demande des autorités" '
            "locales, face à l'afflux de réfugiés venus du nord du pays.")
    texts = [candidate.text for candidate in title_candidates(None, "Croix-Rouge", lead, [])]
    assert texts and all(quotes_closed(text) for text in texts)


def test_a_name_opening_the_sentence_keeps_its_capitals():
    assert "Institut Pasteur" in _surfaces("L'Institut Pasteur a ouvert un centre de vaccination à Lille.")
    assert "Cour Suprême" in _surfaces("Cour Suprême et gouvernement se sont opposés sur la réforme.")
    # a sentence's capital before a common word is the sentence's, not a name's
    assert "grève des contrôleurs" in _surfaces("Grève des contrôleurs et retards ont paralysé le réseau mardi.")


def test_a_title_written_as_a_sentence_keeps_the_names_inside_it():
    body = ["Le salon ouvre ses portes samedi porte de Versailles avec 400 exposants et des animations pour les familles.",
            "Les constructeurs présentent leurs modèles électriques, dont plusieurs citadines à moins de 25 000 euros.",
            "Les organisateurs attendent 500 000 visiteurs en une semaine."]
    plan = make_plan(analyze([Block(text) for text in body]), "Salon de Paris : la fête de la voiture électrique")
    assert plan.keyphrase == "salon de Paris"
    assert plan.title.startswith("Salon de Paris")


def test_an_adverb_opens_no_keyphrase():
    surfaces = _surfaces("Loin de céder à la pression, les syndicats ont durci le mouvement.")
    assert not any(surface.lower().startswith("loin") for surface in surfaces)
    assert "syndicats" in surfaces


def test_an_adverb_ends_no_keyphrase():
    surfaces = _surfaces("Une escroquerie prétendument montée par un faux agent a visé trois retraités.")
    assert "escroquerie" in surfaces and not any("prétendument" in surface for surface in surfaces)
    assert "gouvernement Barnier" in _surfaces("Le gouvernement Barnier a chuté mercredi.")


def test_the_keyphrase_is_never_written_across_a_comma():
    """« Après des mois de baisse, les prix des logements… » wrote the keyphrase « baisse les prix » (a real page):
    the introduction's form of a candidate is read chunk by chunk, as candidates are."""
    from redac.plan.focus import _as_in_introduction
    from redac.models import SourceSentence

    lead = "Après des mois de hausse, les loyers des studios sont restés stables au printemps, selon l'observatoire."
    intro = [SourceSentence(0, lead, 0, "paragraph", 18)]
    assert _as_in_introduction("hausse des loyers", intro) == "hausse des loyers"
    written = "La hausse des loyers des studios s'est arrêtée au printemps, selon l'observatoire."
    assert _as_in_introduction("hausse des loyer", [SourceSentence(0, written, 0, "paragraph", 13)]) == "hausse des loyers"


def test_a_reflexive_verb_ends_a_keyphrase_candidate():
    """« la comète C2001/Q4 s'offre à notre regard » gave the keyphrase « Q4 s'offre » (a real page): « s' » only ever
    opens a verb, never a word of a noun phrase."""
    surfaces = _surfaces("la comète Hale-Bopp s'offre à notre regard dès vendredi")
    assert "comète Hale-Bopp" in surfaces and not any("offre" in surface for surface in surfaces)
    assert not any("s'" in surface or "s’" in surface for surface in _surfaces("Le festival s’ouvre à Lorient vendredi"))
