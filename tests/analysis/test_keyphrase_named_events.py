"""A funeral names what happened to whom: « obsèques de Paul Kervella », the role noun before the name left to
the article, and an event the lead says once about a named person is the story even when the rest of the text
calls it « la cérémonie » (issue 16). Hand-written French text."""

from redac.analysis.keyphrase import keyphrase_candidates
from redac.french.events import is_event_noun


def test_funerals_are_events_in_both_numbers():
    assert all(is_event_noun(word) for word in ("obsèques", "obsèque", "funérailles"))


def test_the_role_noun_before_a_name_is_left_out_of_the_event():
    paragraphs = ["Plus de cinq cents personnes ont assisté samedi à Quimper aux obsèques de l’écrivain Paul Kervella, "
                  "mort mercredi à 81 ans.",
                  "La cérémonie s’est tenue en la cathédrale Saint-Corentin, où ses amis ont lu des extraits de ses romans.",
                  "Le maire de Quimper a salué « un homme qui a raconté la Bretagne » et les obsèques se sont achevées "
                  "par un chant breton."]
    candidates = keyphrase_candidates("", paragraphs, limit=5)
    assert candidates[0].text == "obsèques de Paul Kervella" and candidates[0].event


def test_a_role_noun_is_never_dropped_before_a_common_word():
    paragraphs = ["Les obsèques du maire de Lorient ont eu lieu lundi en présence de trois ministres.",
                  "Les obsèques du maire ont réuni plus de mille personnes devant la mairie."]
    texts = [candidate.text for candidate in keyphrase_candidates("", paragraphs, limit=10)]
    assert "obsèques de Lorient" not in texts


def test_an_event_the_lead_says_once_about_a_named_person_is_the_story():
    paragraphs = ["Sur le parvis de l’église de Honfleur, la foule se pressait jeudi pour les funérailles de Jeanne Marin.",
                  "Des centaines d’admirateurs sont venus lui rendre hommage, et l’église était comble.",
                  "Plusieurs comédiens ont pris la parole pendant la cérémonie, suivie sur un écran installé dehors."]
    best = keyphrase_candidates("", paragraphs, limit=3)[0]
    assert best.text == "funérailles de Jeanne Marin" and best.event


def test_an_event_said_once_outside_the_lead_stays_an_aside():
    paragraphs = ["Le conseil municipal de Honfleur a voté jeudi le budget du port, en hausse de 4 %.",
                  "Le maire a rappelé que la séance avait été reportée après les funérailles de Jeanne Marin.",
                  "Le budget du port financera la rénovation des quais et du bassin."]
    texts = [candidate.text for candidate in keyphrase_candidates("", paragraphs, limit=3)]
    assert "funérailles de Jeanne Marin" not in texts


def test_what_an_event_is_made_with_belongs_to_its_name():
    from redac.analysis.candidate_phrases import phrase_surfaces

    surfaces = [surface for _, surface in phrase_surfaces("une attaque au couteau a blessé deux passants", strict=True)]
    assert "attaque au couteau" in surfaces
    surfaces = [surface for _, surface in phrase_surfaces("le cortège à la mairie de Vannes", strict=True)]
    assert "cortège à la mairie" not in surfaces  # « cortège » names no event: « à la » is where it goes


def test_a_bomb_alert_is_the_story_of_a_school_evacuated():
    paragraphs = ["Une alerte à la bombe a été lancée lundi matin au collège Jean-Moulin de Brest.",
                  "Les 450 élèves ont été évacués vers le gymnase voisin pendant l’inspection des bâtiments.",
                  "C’est la troisième alerte à la bombe depuis la rentrée dans un collège de la ville."]
    best = keyphrase_candidates("", paragraphs, limit=3)[0]
    assert best.text == "alerte à la bombe" and best.event


def test_the_people_around_a_funeral_are_not_its_story():
    from redac.analysis import analyze
    from redac.french.events import names_bystanders
    from redac.models import Block
    from redac.plan import make_plan

    assert names_bystanders("amis comédiens") and names_bystanders("riverains") and not names_bystanders("obsèques de Jeanne Marin")
    paragraphs = ["Plus de mille personnes, dont ses amis comédiens, ont assisté jeudi à Honfleur aux obsèques de l’actrice "
                  "Jeanne Marin, morte dimanche à 80 ans.",
                  "Ses amis comédiens ont lu des textes pendant la cérémonie, dans l’église Sainte-Catherine.",
                  "La foule a applaudi le cercueil à la sortie de l’église."]
    assert make_plan(analyze([Block(text) for text in paragraphs]), None).keyphrase == "obsèques de Jeanne Marin"
