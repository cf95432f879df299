"""A title that fits the result line rather than the filler (issue 16): a nationality before a two-word name and a
verbless incise between a subject and its verb can go, as a title only leaves words out. Hand-written French cases."""

from redac.french.headlines import without_subject_incise
from redac.plan.titles import _shorter_forms, title_candidates

FILLER = "ce qu’il faut retenir"


def test_a_verbless_incise_after_the_subject_goes():
    assert (without_subject_incise("Un phoque, pourtant habitué des eaux froides, s’est échoué sur la plage de Dieppe")
            == "Un phoque s’est échoué sur la plage de Dieppe")
    assert without_subject_incise("Le président, un homme discret, a démissionné jeudi") == "Le président a démissionné jeudi"


def test_a_relative_clause_or_a_list_stays():
    assert (without_subject_incise("Le maire, qui est en fonction depuis 2014, a démissionné")
            == "Le maire, qui est en fonction depuis 2014, a démissionné")
    assert (without_subject_incise("Le chat, le chien et la souris sont partis en vacances")
            == "Le chat, le chien et la souris sont partis en vacances")


def test_a_nationality_before_a_name_goes_from_a_title_form():
    forms = _shorter_forms("Le Kényan Felix Kandie a battu le record de l’épreuve")
    assert "Felix Kandie a battu le record de l’épreuve" in forms


def test_a_word_that_is_no_nationality_stays():
    from redac.plan.title_names import NATIONALITY_BEFORE_NAME_RE, nationality_before_name

    text = "Le Tribunal Jean Moulin a rendu son avis"
    assert NATIONALITY_BEFORE_NAME_RE.sub(nationality_before_name, text) == text
    assert NATIONALITY_BEFORE_NAME_RE.sub(nationality_before_name, "La Française Marie Dubois a gagné") == "Marie Dubois a gagné"


def test_the_shorter_form_replaces_the_filler():
    lead = "Le Kényan Felix Kandie a battu le record de l’épreuve en 2 heures 10 minutes, dimanche."
    best = title_candidates(None, "marathon d’Athènes", lead, [])[0]
    assert FILLER not in best.text and "Felix Kandie" in best.text and best.width_px <= 600


def test_a_stray_comma_between_subject_and_verb_leaves_the_title():
    from redac.plan.titles import _tidy

    assert _tidy("Lorient : un chien de 3 ans, avait été retrouvé") == "Lorient : un chien de 3 ans avait été retrouvé"
    assert _tidy("Le maire, qui était à Rennes, a démissionné") == "Le maire, qui était à Rennes, a démissionné"


def test_a_clock_time_leaves_a_title_form_but_a_distance_stays():
    from redac.french.when import without_when

    assert without_when("Trois personnes ont été blessées à 17h45 dans un accident à Vannes") == (
        "Trois personnes ont été blessées dans un accident à Vannes")
    assert without_when("Le village est à 2 heures de Rennes") == "Le village est à 2 heures de Rennes"


def test_an_adverb_after_a_passive_participle_can_leave_a_title_form():
    forms = _shorter_forms("Un randonneur a été blessé grièvement par une chute de pierres")
    assert "Un randonneur a été blessé par une chute de pierres" in forms
