"""Titles an editor would keep (issue 16): never a first-person or « on » sentence, menu residue, a clause whose
subject was the day it names, a verb cut from its object or its « en » locution, a typo, a body's name taken for a
person's. Hand-written French cases."""

from redac.analysis import analyze
from redac.french.headlines import has_typo, reports, without_subject_participle
from redac.models import Block
from redac.plan import make_plan
from redac.plan.title_clauses import title_clause
from redac.plan.title_cuts import complement_cuts, surnames
from redac.plan.titles import _shorter_forms, title_candidates


def titles(keyphrase: str, lead: str) -> list[str]:
    return [candidate.text for candidate in title_candidates(None, keyphrase, lead, [])]


def test_a_first_person_or_on_sentence_is_no_title():
    assert not reports("Je signe un compromis de vente avec le propriétaire")
    assert not reports("Nous sommes le 27 décembre et c’est un petit miracle")
    assert not reports("On parle là d’une girafe née le 28 septembre")
    assert not reports("Le maire m’a promis une réponse avant l’été")
    lead = "Je signe un compromis d’achat avec le propriétaire de la maison voisine en mars 2006."
    assert all(" je " not in f" {text.lower()} " for text in titles("maison de Saint-Louis", lead))


def test_a_lawyer_s_title_and_a_noun_are_no_person():
    assert reports("Me Dupont organise une action collective contre l’hôpital")
    assert reports("Le ton monte entre les deux communes voisines")


def test_menu_residue_and_a_glued_label_are_no_title():
    assert not reports("Forums | Devenir membre | Mot de passe")
    assert not reports("Tl;dr Plusieurs artistes annulent leur venue au festival")


def test_a_day_that_is_the_subject_leaves_no_subjectless_clause():
    assert title_clause("Ce dimanche devrait aussi être marqué par une baisse des températures.") == ""
    assert title_clause("Ce mardi a été une journée noire pour les voyageurs de Tours.") == ""
    assert title_clause("Ce vendredi 12 mars, au moins 14 personnes sont mortes dans une collision.") != ""


def test_a_connector_goes_before_the_circumstance():
    clause = title_clause("En effet, dans la nuit du 25 au 26 décembre, une girafe est née au parc de Doué.")
    assert clause == "Une girafe est née au parc de Doué"


def test_a_locution_verb_keeps_its_en_complement():
    cuts = complement_cuts("Le maire d’une commune du Var était mis en examen pour favoritisme")
    assert "Le maire d’une commune du Var était mis" not in cuts
    assert "Le maire d’une commune du Var était mis en examen" in cuts
    assert "Six cents élèves ont été déplacés" in complement_cuts("Six cents élèves ont été déplacés en urgence vers le gymnase")


def test_a_compound_verb_keeps_the_object_after_an_aside():
    clause = "L’ancien pont avait subi, au fil des ans, des dégradations"
    assert all(not form.endswith("avait subi") for form in _shorter_forms(clause))


def test_an_auxiliary_is_no_part_of_a_subject():
    form = "L’alerte a été donnée par un baigneur qui a vu du sang"
    assert without_subject_participle(form) == form


def test_a_route_dash_is_no_rubric():
    clause = title_clause("Après la rupture d’une caténaire, un TGV Paris – Bordeaux est arrivé avec quatre heures de retard.")
    assert clause.startswith("Un TGV Paris – Bordeaux est arrivé")
    assert title_clause("TOUR DE FRANCE - Il savoure sa victoire au sommet du Tourmalet.") == ""


def test_a_body_or_a_firm_keeps_its_whole_name():
    assert surnames("La Commission Nationale a sanctionné Dedalus Biologie") == "La Commission Nationale a sanctionné Dedalus Biologie"
    assert surnames("Ségolène Royal remporte la première manche") == "Royal remporte la première manche"


def test_a_typo_is_seen_and_a_new_word_is_not():
    assert has_typo("Saint-Louis : il signe un compromis d’acquistion")
    assert has_typo("Les deux hommmes s’affronteront dimanche")
    assert not has_typo("Un girafon est né au zoo et la cyberattaque a parfois bloqué la mairie")
    assert not has_typo("Le musée rouvrira ses portes samedi")
    assert not has_typo("Réforme des retraitres : la mobilisation continue", "réforme des retraitres")


def test_a_title_with_a_typo_is_not_chosen():
    blocks = [Block("Le maire de Saint-Paul signe un compromis d’acquistion pour la maison voisine de la mairie. "
                    "Le maire de Saint-Paul a été mis en examen pour prise illégale d’intérêts par le juge d’instruction. "
                    "La plainte avait été déposée par son adversaire politique en 2006.")]
    plan = make_plan(analyze(blocks), None, keyphrase="maire de Saint-Paul")
    assert any("acquistion" in candidate.text for candidate in plan.title_candidates)
    assert "acquistion" not in plan.title


def test_a_rubric_before_a_colon_is_no_part_of_the_clause():
    assert title_clause("Football amateur : Paul Martin quitte le club de Tulle.") == "Paul Martin quitte le club de Tulle"
    assert title_clause("Poids : 57 kilos.") == ""


def test_a_heading_line_in_the_lead_is_a_sentence_of_its_own():
    blocks = [Block("US Tulle : Paul Martin se retire"),
              Block("Paul Martin n’est plus l’entraîneur de l’US Tulle. Le Corrézien a décidé de partir après la défaite de "
                    "dimanche. Paul Martin avait rejoint l’US Tulle en 2019.")]
    plan = make_plan(analyze(blocks), None, keyphrase="Paul Martin")
    assert all("se retire Paul Martin" not in candidate.text for candidate in plan.title_candidates)


def test_a_fellow_newspaper_is_no_heading():
    from redac.analysis.keyphrase import INCIDENTAL_HEADS

    assert {"confrere", "quotidien", "redaction"} <= INCIDENTAL_HEADS


def test_a_name_after_an_article_is_no_person():
    assert surnames("Le Greenland Festival a été annulé") == "Le Greenland Festival a été annulé"


def test_a_several_word_preposition_is_not_cut_before_its_a():
    from redac.plan.titles import _main_clause_like

    assert not _main_clause_like("L’humanité gagne en savoir grâce")
    assert not _main_clause_like("La participation a été en baisse par rapport")
    assert _main_clause_like("La participation a été en baisse")


def test_a_compound_verb_keeps_its_object_after_a_complement():
    forms = _shorter_forms("L’association avait annoncé sur son site l’annulation de la surveillance")
    assert "L’association avait annoncé" not in forms


def test_an_acronym_after_an_elided_article_needs_a_vowel():
    forms = _shorter_forms("L’Association Prévention Requin Réunion (PRR) avait annulé la surveillance du surf")
    assert all("l’PRR" not in form and "L’PRR" not in form for form in forms)
    forms = _shorter_forms("La Banque centrale européenne (BCE) a maintenu ses taux directeurs")
    assert "La BCE a maintenu ses taux directeurs" in forms


def test_a_cause_or_a_reason_can_be_cut_and_an_ordinal_ends_a_clause():
    forms = _shorter_forms("Le festival est annulé à cause de ces défections")
    assert "Le festival est annulé" in forms
    assert complement_cuts("Le tournoi est reporté en raison de la pluie") == ["Le tournoi est reporté"]
    assert "Paul Martin prendra les rênes de l’équipe première" in _shorter_forms("Paul Martin prendra les rênes de l’équipe première")


def test_a_building_named_after_a_person_keeps_its_noun():
    forms = _shorter_forms("Le lycée Blaise Pascal a été évacué à cause d’une alerte à la bombe")
    assert all(not form.startswith("Blaise Pascal") for form in forms)
    assert "Cassini découvre des satellites éphémères" in _shorter_forms("La sonde Cassini découvre des satellites éphémères")


def test_a_transformation_keeps_what_it_became():
    assert complement_cuts("Des cours d’eau transformés en torrents dans la vallée") == ["Des cours d’eau transformés en torrents"]


def test_an_indefinite_complement_of_the_subject_can_go():
    from redac.french.headlines import without_indefinite_complement

    assert without_indefinite_complement("Le maire d’une commune du Var était mis en examen") == "Le maire d’une commune du Var était mis en examen"
    assert without_indefinite_complement("Le maire d’une commune française était mis en examen") == "Le maire était mis en examen"
    assert without_indefinite_complement("Le maire de Tulle a démissionné") == "Le maire de Tulle a démissionné"
