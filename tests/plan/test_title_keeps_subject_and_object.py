"""Titles keep the subject and the verb's object (issue 16): a subject with an incise is no connector (« Nexa, premier
réseau de la région, a annoncé »), a description before the subject and a title-case dateline go, a cut never leaves
a verb without its object or a report without what it reports. Hand-written French cases."""

from redac.french.openings import without_opening
from redac.plan.title_clauses import title_clause
from redac.plan.title_cuts import complement_cuts, strands_report, without_adverbial_before_object
from redac.plan.titles import _shorter_forms, title_candidates


def titles(keyphrase: str, lead: str) -> list[str]:
    return [candidate.text for candidate in title_candidates(None, keyphrase, lead, [])]


def test_a_subject_followed_by_an_incise_is_no_connector():
    clause = title_clause("Nexa, premier réseau de bus de la région, a annoncé lundi la suppression de douze lignes.")
    assert clause.startswith("Nexa")
    clause = title_clause("Le jeune cycliste, originaire de Dinan, a été grièvement blessé samedi sur la départementale.")
    assert clause.startswith("Le jeune cycliste")


def test_a_connector_and_a_time_opening_still_go():
    assert without_opening("Par ailleurs, la mairie a fermé le parc.") == "la mairie a fermé le parc."
    assert without_opening("Ce matin, un incendie, très violent, a détruit le hangar.").startswith("un incendie")


def test_a_description_before_the_subject_goes():
    text = "Troisième club le plus titré du pays avec neuf coupes, le Stade brestois a battu Lens mardi soir"
    assert without_opening(text) == "le Stade brestois a battu Lens mardi soir"
    text = "Ancienne ministre de la Culture, Hélène Garnier publie un roman"
    assert without_opening(text) == "Hélène Garnier publie un roman"


def test_a_name_opening_the_sentence_is_no_description():
    text = "Hélène Garnier, la romancière, publie un roman"
    assert without_opening(text) == text


def test_a_title_case_dateline_goes():
    assert without_opening("Rennes - Les agents de la métropole ont voté la grève") == "Les agents de la métropole ont voté la grève"


def test_a_cut_keeps_the_object_after_a_short_complement():
    cuts = complement_cuts("Le laboratoire a livré avec retard ses premiers vaccins aux hôpitaux de Lyon")
    assert "Le laboratoire a livré" not in cuts
    assert without_adverbial_before_object("Le laboratoire a livré avec retard ses premiers vaccins") == "Le laboratoire a livré ses premiers vaccins"
    assert without_adverbial_before_object("Le club a recruté par prêt l’attaquant danois") == "Le club a recruté l’attaquant danois"


def test_a_complement_without_sans_never_goes():
    assert without_adverbial_before_object("Le club a tenté sans succès la remontée") == "Le club a tenté sans succès la remontée"


def test_a_title_never_stops_on_a_report():
    assert strands_report("La préfecture a précisé")
    assert strands_report("Le syndicat aurait signalé")
    assert not strands_report("Le trafic a repris")
    found = titles("piscine municipale", "La mairie a indiqué dans un courrier que la piscine municipale fermerait en août.")
    assert not any(title.endswith("a indiqué") for title in found)


def test_mise_en_place_keeps_its_locution():
    forms = _shorter_forms("La circulation alternée est mise en place dans toute l’agglomération grenobloise dès lundi")
    assert not any(form.endswith("est mise") for form in forms)
    forms = _shorter_forms("Le satellite a mis la sonde en orbite basse au-dessus de l’Atlantique")
    assert not any(form.endswith("a mis la sonde") for form in forms)


def test_a_name_with_a_number_loses_the_noun_before_it():
    forms = _shorter_forms("La sonde européenne Juice 2 a atteint son orbite autour de Jupiter")
    assert "Juice 2 a atteint son orbite autour de Jupiter" in forms


def test_a_lead_ending_on_a_colon_gives_no_title():
    assert title_clause("Sur proposition du maire, le conseil municipal a désigné :") == ""


def test_a_one_word_connector_before_a_colon_goes():
    assert without_opening("Conséquence : la ligne B est coupée jusqu’à jeudi") == "la ligne B est coupée jusqu’à jeudi"


def test_a_unit_may_end_a_title_and_a_figure_may_not():
    forms = _shorter_forms("Le loyer moyen a atteint 31 euros le m2 dans le centre de Nantes")
    assert "Le loyer moyen a atteint 31 euros le m2" in forms
    assert not any(form.endswith(" 31") for form in forms)


def test_a_request_is_a_complement_a_title_can_drop():
    cuts = complement_cuts("Les deux écluses seront fermées à la demande de Voies navigables de France")
    assert "Les deux écluses seront fermées" in cuts


def test_a_start_left_without_its_day_is_no_title():
    found = titles("parc des expositions", "Le parc des expositions sera fermé à partir lundi 3 mars et jusqu’à la fin des travaux.")
    assert not any("à partir et" in title for title in found)


def test_a_lead_closed_after_its_colon_gives_no_title_either():
    assert title_clause("Sur proposition du maire, le conseil municipal a désigné :.") == ""


def test_an_adjective_that_needs_its_complement_ends_no_cut():
    assert complement_cuts("Le débit de la Loire était conforme aux relevés de la semaine dernière") == []


def test_a_verb_keeps_the_infinitive_it_governs():
    cuts = complement_cuts("La faille aurait permis aux fraudeurs de vider plusieurs comptes")
    assert "La faille aurait permis" not in cuts
    cuts = complement_cuts("La mairie a proposé aux riverains de déposer plusieurs recours")
    assert "La mairie a proposé" not in cuts


def test_a_sentence_further_down_is_the_angle_only_when_the_lead_gives_none():
    long = ("Selon les chiffres publiés mardi par la chambre régionale des notaires, après une longue phase de hausse "
            "continue et malgré la remontée des taux d’intérêt, le marché des maisons anciennes de la métropole lilloise "
            "connaît depuis plusieurs mois un ralentissement que les professionnels jugent durable et inquiétant.")
    lead = " ".join([long] * 5 + ["Les prix des maisons anciennes ont reculé de 4 % en un an."])
    assert titles("prix des maisons anciennes", lead)[0].startswith("Les prix des maisons anciennes ont reculé de 4 %")
    short = "Les prix des maisons anciennes ont baissé à Lille."
    assert titles("prix des maisons anciennes", " ".join([short, long, long, long, long, "Les prix des maisons anciennes ont reculé de 9 %."]))[0] \
        == "Les prix des maisons anciennes ont baissé à Lille"


def test_a_title_never_ends_on_an_elided_determiner():
    from redac.plan.titles import _main_clause_like
    assert not _main_clause_like("La probabilité de remporter la cagnotte est d’une")
    assert _main_clause_like("Le coureur a remporté la médaille d’or")


def test_quotation_marks_made_of_two_apostrophes_come_in_pairs():
    from redac.plan.title_cuts import balanced
    assert not balanced("Le ministre s’est adressé ‘’à tous les agents")
    assert balanced("Le ministre a salué ‘’un effort historique’’")


def test_a_headline_is_never_cut_inside_the_incise_of_its_subject():
    forms = _shorter_forms("Un randonneur de 54 ans, originaire de Lyon, a été retrouvé sain et sauf par les gendarmes")
    assert not any(form.endswith((", originaire", ", originaire de Lyon")) for form in forms)
    forms = _shorter_forms("Une fillette de 8 ans, identifiée par la police comme Inès, a été retrouvée à Vannes")
    assert "Une fillette de 8 ans, identifiée" not in forms
