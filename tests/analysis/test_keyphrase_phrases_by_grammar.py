"""Candidate phrases found by the sentence's grammar, not by a dictionary's reading of one word (texts written for
these tests)."""

from redac.analysis.candidate_phrases import phrase_surfaces
from redac.analysis.keyphrase import is_lone_common_word, keyphrase_candidates


def surfaces(text: str) -> list[str]:
    return [surface for _, surface in phrase_surfaces(text, strict=True)]


def test_a_word_after_an_article_is_a_noun_whatever_its_form():
    # « vendanges » reads as a form of « vendanger » to a dictionary; after « Les » it is the noun
    assert "vendanges d’automne" in surfaces("Les vendanges d’automne ont commencé lundi dans le Médoc.")
    # after a subject pronoun, « les » is an object pronoun and the next word the verb
    assert not any(surface.startswith("solde ") for surface in surfaces("Le marchand les solde d’abord en vitrine."))


def test_an_acronym_of_two_signs_is_a_word():
    assert "sommet du G20" in surfaces("Le sommet du G20 se tient cette semaine à Rio.")
    assert "règles de l’UE" in surfaces("Les règles de l’UE sur les emballages changent en 2026.")


def test_a_capitalized_word_after_d_inside_a_name_belongs_to_it():
    assert "soulier d’or" in surfaces("La remise du Soulier d’Or aura lieu à Lyon.")
    assert not any(surface.lower() == "or" for surface in surfaces("La remise du Soulier d’Or aura lieu à Lyon."))


def test_a_verb_after_a_noun_ends_the_phrase():
    assert "club suive" not in surfaces("Le président attend que le club suive ses consignes.")
    # a second participle is the clause's verb: « arrêté » qualifies the mayor, « mis en examen » is what befell him
    assert "maire arrêté mis" not in surfaces("Le maire arrêté mis en examen a démissionné.")
    assert "maire arrêté" in surfaces("Le maire arrêté mis en examen a démissionné.")
    assert "résultats financiers du groupe Lumen".lower() in surfaces("Résultats financiers du groupe Lumen")


def test_the_lead_names_its_subject_once_and_the_body_comes_back_to_its_head():
    paragraphs = ["Les soldes d’automne ont débuté ce mercredi dans les boutiques de Rennes, pour quatre semaines.",
                  "Les commerçants espèrent rattraper un printemps morose. Les premières démarques des soldes atteignent 30 %.",
                  "Les soldes se termineront le 22 octobre, a rappelé la chambre de commerce."]
    assert "soldes d’automne" in [candidate.text for candidate in keyphrase_candidates("", paragraphs, limit=10)]


def test_a_rubric_in_capitals_is_a_common_word():
    assert is_lone_common_word("OFFICIEL") and is_lone_common_word("pays")
    assert not is_lone_common_word("SNCF") and not is_lone_common_word("Ukraine")


def test_two_sentences_glued_by_the_scraper_make_no_keyphrase():
    # written for this test: the page lost the space between « Bretagne. » and « Le phoque »
    paragraphs = ["Un phoque gris a été aperçu dimanche sur une plage de Bretagne. Le phoque se reposait sur le sable.",
                  "Un phoque gris s’est échoué en BretagneLe phoque a été secouru par une association.",
                  "L’association de sauvetage des phoques a relâché le phoque gris mardi."]
    texts = [candidate.text for candidate in keyphrase_candidates("", paragraphs, limit=30)]
    assert not any("BretagneLe" in text for text in texts) and "phoque gris" in texts
    assert any(text.startswith(("McLaren", "Formule")) for text in
               [c.text for c in keyphrase_candidates("", ["L’écurie McLaren a remporté dimanche le Grand Prix de Hongrie.",
                                                          "McLaren signe son premier doublé de la saison."], limit=5)])


def test_a_participle_after_its_auxiliary_is_the_clause_s_verb_never_a_phrase():
    found = surfaces("Le taux du Livret A a encore baissé d’un demi-point et s’est établi à 1,75 %.")
    assert not any(surface.startswith(("baissé", "établi")) for surface in found) and "demi-point" in found
    found = surfaces("Plus de mille véhicules ont été incendiés en France cette nuit.")
    assert not any(surface.startswith("incendiés") for surface in found)
    # after an article the same form is a noun: « les blessés graves »
    assert "blessés graves" in surfaces("Les blessés graves ont été évacués vers l’hôpital.")
