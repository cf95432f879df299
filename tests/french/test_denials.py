"""Negation said with a word (french/denials.py) as polarity reads it: counted, reaching its object, cancelled
when negated itself. Sentences written for these tests."""

from redac.french.denials import negating_base, reaching_base
from redac.french.negation import polarity, word_key


def test_a_denying_word_counts_and_reaches_its_object():
    disputed = polarity("L'entraîneur conteste son renvoi.")
    assert disputed.denials == 1 and word_key("renvoi") in disputed.scope
    denied = polarity("La ministre a démenti lundi toute volonté de fermer la maternité.")
    assert denied.denials == 1 and word_key("volonté") in denied.scope  # past the weekday
    assert word_key("contestait") in polarity("Le club contestait la sanction.").denying


def test_a_negated_denial_denies_nothing():
    kept = polarity("La fédération n'exclut pas de faire appel.")
    assert word_key("appel") not in kept.negated and kept.denials == 0
    assert word_key("poursuivre") not in polarity("Il a parlé sans exclure de poursuivre le vendeur.").negated
    assert word_key("recours") not in polarity("L'association ne renonce pas à son recours.").negated


def test_non_before_a_participle_negates_it():
    assert polarity("Les 40 candidats non retenus seront prévenus.").negated == {word_key("retenus")}
    for said in ("Il viendra, qu'il pleuve ou non.", "Non seulement le prix augmente, mais la qualité baisse.",
                 "C'est Lyon, et non Marseille, qui accueillera la finale."):
        assert not polarity(said).negated, said


def test_which_words_deny():
    assert negating_base("renoncait") == "renoncer" and negating_base("recusent") == "recuser"  # folded, as polarity reads them
    assert reaching_base("interdites") == "interdire" and negating_base("conteste") == "contester"
    assert not negating_base("confirme") and not reaching_base("restera")
