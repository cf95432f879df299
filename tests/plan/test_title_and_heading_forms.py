"""Titles and headings from sentences written for these tests (not from any source): a title clause
never leans on what comes before (a connector, a pronoun subject after a leading phrase, a rubric in
capitals) and is cut at safe boundaries; a heading is never a coordinated tail, a clause with a
stray comma, a number cut from its unit, a verb read as a noun or a name glued to another word."""

from collections import Counter

from redac.plan.headings import _cut_in_source, _phrase_topic, _reads_as_heading
from redac.plan.title_clauses import title_clause
from redac.plan.title_cuts import complement_cuts as _complement_cuts
from redac.plan.titles import _shorter_forms


def test_a_title_clause_drops_its_connector_and_refuses_a_pronoun_or_a_rubric():
    assert title_clause("Par exemple, les loyers ont augmenté de 4 % en un an dans le centre de Rennes.").startswith("Les loyers ont augmenté")
    assert title_clause("De Paimpol et de Plouha, il a nécessité l’évacuation de près de 300 personnes.") == ""
    assert title_clause("BREST - Il a remporté la course au large hier soir devant 2 000 spectateurs.") == ""
    assert title_clause("Le festival revient en juillet.") == "Le festival revient en juillet"


def test_a_weekday_goes_with_its_full_date():
    clause = title_clause("Un incendie s’est déclaré ce lundi 14 août 2023 sur la commune de Plouha, dans les Côtes-d’Armor.")
    assert "2023" not in clause and clause.startswith("Un incendie s’est déclaré")


def test_shorter_forms_name_the_subject_and_drop_a_parenthesis():
    forms = _shorter_forms("La sonde Juno découvre des volcans actifs sur la lune Io")
    assert "Juno découvre des volcans actifs" in forms
    forms = _shorter_forms("Le blocus de l’abattoir de Lampaul (Finistère) a été levé après un accord")
    assert "Le blocus de l’abattoir de Lampaul a été levé après un accord" in forms
    assert "Une vague de chaleur s’est installée" in _complement_cuts("Une vague de chaleur s’est installée depuis lundi sur la Bretagne")


def test_a_heading_is_not_a_tail_a_stray_comma_or_a_cut_number():
    assert not _reads_as_heading("et comme chaque année")
    assert not _reads_as_heading("dès, un train sur deux circulera")
    assert not _reads_as_heading("les loyers étaient en moyenne 4,2")
    assert _reads_as_heading("Production de fraises à Plougastel")


def test_a_heading_phrase_is_not_a_verb_or_a_name_glued_to_a_word():
    text = ["La ville compte déjà douze écoles publiques. Le ministre de l’Intérieur Gérald Darmanin est venu.",
            "Un incendie Image d’illustration a touché la forêt de Paimpont."]
    assert _cut_in_source("ville compte", text)
    assert _cut_in_source("Intérieur Gérald Darmanin", text)
    assert _cut_in_source("incendie Image", text)
    assert not _cut_in_source("forêt de Paimpont", text)


def test_a_quantity_is_not_a_heading():
    texts = ["Une centaine de manifestants ont défilé à Morlaix contre la fermeture de la maternité.",
             "Une centaine de manifestants ont aussi bloqué la rocade, selon la préfecture du Finistère."]
    topic = _phrase_topic(texts, document_counts=Counter({("centaine", "manifestant"): 2, ("fermeture", "maternite"): 1,
                                                           ("prefecture", "finistere"): 1}), used=set())
    assert topic and "centaine" not in topic.lower(), topic


def test_a_name_the_source_abbreviates_in_brackets_is_shortened_to_its_acronym():
    forms = _shorter_forms("La Banque centrale européenne (BCE) va relever ses taux directeurs en juin")
    assert "La BCE va relever ses taux directeurs" in forms
    assert "Les prix restent inchangés" in _complement_cuts("Les prix restent inchangés pour la troisième fois")


def test_a_title_is_no_continuation_no_dangling_preposition_and_no_part_of_an_earlier_set():
    from redac.plan.titles import title_candidates

    lead = ("Dans la nuit de mardi à mercredi, 400 000 foyers ont été privés d’électricité par les vents violents. "
            "Quelque 3 000 de ces foyers se trouvent en Bretagne, et dont dépend la coopérative.")
    titles = [candidate.text for candidate in title_candidates(None, "vents violents", lead, [])]
    assert titles
    assert not any(" de à" in title or "de ces" in title or ": et " in title for title in titles)


def test_a_restatement_is_not_a_title_clause():
    from redac.plan.titles import _main_clause_like

    assert not _main_clause_like("c’est-à-dire contractés sans avoir voyagé")
    assert not _main_clause_like("à savoir les quartiers du nord de la ville")
    assert _main_clause_like("l’Agence régionale de santé lance une démoustication")


def test_a_cut_never_ends_on_the_adverb_that_announces_what_it_drops():
    cuts = _complement_cuts("Plus de 40 foyers ont été évacués, notamment dans les quartiers du bord de la Loire")
    assert cuts and not any(cut.endswith(("notamment", ",")) for cut in cuts), cuts


def test_an_angle_that_only_repeats_the_keyphrase_is_no_title():
    from redac.analysis.keyphrase import KeyphraseMatcher
    from redac.plan.titles import _angle_repeats_keyphrase

    matcher = KeyphraseMatcher("cycliste blessé")
    assert _angle_repeats_keyphrase("Cycliste blessé : un cycliste a été blessé", matcher) == "only"
    assert _angle_repeats_keyphrase("Cycliste blessé : le cycliste heurté par un bus à Nantes", matcher) == "some"
    assert _angle_repeats_keyphrase("Cycliste blessé : un bus percute un vélo à Nantes", matcher) == ""
