"""Agent and patient of a verb for names and common nouns, read only where word order is sure."""

from redac.french.arguments import entities, role_of, verb_positions
from redac.french.negation import polarity, word_key
from redac.french.numbers import duration_equivalents
from redac.french.roles import without_asides


def roles(sentence: str, verb: str) -> dict[str, str | None]:
    at, _ = verb_positions(sentence)[word_key(verb)]
    return {key: role_of(sentence, entity, at) for key, entity in entities(sentence).items()}


def test_subject_object_and_indirect_object_of_common_nouns_and_bodies():
    assert roles("Il a accusé l'État de ne pas avoir financé la digue.", "accusé")["etat"] == "patient"
    assert roles("L'État a accusé le maire de ne pas avoir financé la digue.", "accusé") == {"etat": "agent", "maire": "patient", "digue": None}
    said = roles("SNCF Réseau conteste cette lecture et reproche au bureau d'enquête de ne pas avoir consulté ses agents.", "reproche")
    assert said["bureau"] == "patient"
    assert roles("Le bureau d’enquête lui reproche de ne pas avoir consulté ses agents.", "reproche")["bureau"] == "agent"
    sold = "Le club avait déjà vendu l'été dernier son gardien, Lucas Fontaine, au Sporting pour 8 millions d'euros."
    assert roles(sold, "vendu")["sporting"] == "patient"  # past the apposition, « à » marks the buyer


def test_the_passive_turns_roles_around_and_the_agent_follows_par():
    assert roles("Le prévenu conteste avoir menacé deux locataires.", "menacé")["locataire"] == "patient"
    assert roles("Le prévenu conteste avoir été menacé par deux locataires.", "menacé")["locataire"] == "agent"
    assert roles("Les syndicats ont été avertis par Marco Bellini.", "avertis")["syndicat"] == "patient"


def test_no_role_where_word_order_is_not_sure():
    fronted = "Après la crue, le maire a accusé l'État."
    assert roles(fronted, "accusé").get("crue") is None  # a complement of time, then a comma
    assert roles("Le projet, que soutient le maire, avance.", "soutient")["maire"] is None  # the subject after its verb
    assert roles("Il a prévenu qu'il ne renoncerait pas au projet.", "prévenu")["projet"] is None  # another clause
    assert roles("« Je n'ai aucun regret », a confié la Lyonnaise.", "confié")["lyonnaise"] is None  # a speaker, not an object


def test_relative_asides_are_blanked_and_restrictions_do_not_negate():
    assert "Valmont" not in without_asides("Bernard Castaing, qui préside Valmont, a admis son erreur.")
    assert polarity("La ligne ne peut encore être parcourue qu'à vitesse réduite.").negations == 0
    assert polarity("Le domaine n'avait pu tourner au total que onze semaines.").negations == 0
    assert word_key("annoncer") in polarity("La préfète a refusé hier d'annoncer une aide.").negated


def test_a_unit_and_a_half_is_one_duration():
    from redac.french.facts import extract_facts

    assert [f.value for f in extract_facts("pendant un jour et demi") if f.kind == "number"] == ["1.5 jour"]
    assert [f.value for f in extract_facts("deux heures et demie plus tard") if f.kind == "number"] == ["2.5 heure"]
    assert [f.value for f in extract_facts("un mois et demi de travaux") if f.kind == "number"] == []  # « six semaines » as often


def test_durations_in_other_units():
    assert duration_equivalents("48 heure") == {"2 jour", "2880 minute"}
    assert "1.5 jour" in duration_equivalents("36 heure") and "3 an" in duration_equivalents("36 moi")
    assert "2 semaine" in duration_equivalents("15 jour") and "15 jour" in duration_equivalents("2 semaine")  # « dans quinze jours »
    assert "1 semaine" in duration_equivalents("8 jour") and "8 jour" not in duration_equivalents("1 jour")
    assert duration_equivalents("14 jour") >= {"2 semaine"} and duration_equivalents("3 euro") == set()


def test_modals_appositions_and_a_far_agent():
    assert roles("Le musée a dû céder sa collection à une fondation.", "céder") == {"musee": "agent", "collection": "patient", "fondation": "patient"}
    apposed = "Le musée, fermé depuis l'hiver dernier, a dû céder sa collection."
    assert roles(apposed, "céder")["musee"] == "agent"
    assert roles("Ils ont été arrêtés deux jours plus tard par les gendarmes.", "arrêtés")["gendarme"] == "agent"
    assert roles("Une saison marquée de blessures a suivi.", "marquée")["saison"] is None  # a participle qualifying its noun


def test_mais_pas_negates_what_follows():
    assert word_key("amende") in polarity("Le juge a prononcé la prison, mais pas l'amende.").negated
    assert polarity("Il a marché pas à pas.").negations == 0
    assert word_key("avion") in polarity("Il a choisi le train, pas l’avion.").negated  # « , pas X » as « mais pas X »


def test_an_adverb_between_the_auxiliary_and_the_verb_is_no_verb():
    """« avait pourtant placé », « avait cependant été placé »: an adverb in -ant after the auxiliary was read as the verb
    (french/roles.verb_anchors, french/arguments.verb_positions), each name on its own side of it, and a passive rewrite
    with its agent swapped roles the source keeps; a real exchange of agent and patient is still read."""
    from redac.checks.faithfulness import SourceFacts, unsupported_facts
    from redac.french.roles import verb_anchors

    assert word_key("cependant") not in verb_anchors("L'ARS avait cependant placé le CHU de Brest sous administration provisoire.")
    assert word_key("cependant") not in verb_positions("L'ARS avait cependant placé le CHU de Brest sous administration provisoire.")
    source = SourceFacts(["L'ARS avait cependant placé le CHU de Brest sous administration provisoire dès jeudi soir."])

    def kinds(text: str) -> list[str]:
        return [item.kind for item in unsupported_facts([("ligne 1", text, True)], source)]

    assert kinds("Le CHU de Brest avait cependant été placé sous administration provisoire par l'ARS dès jeudi soir.") == []
    assert kinds("L'ARS avait cependant été placée sous administration provisoire par le CHU de Brest dès jeudi soir.") == ["role"]
