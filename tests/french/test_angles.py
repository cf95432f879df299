"""The angle of a clause (french/angles): subject head, verb and object head, words only dropped, never changed; the
verb keeps its negation, its auxiliaries and an adverb that limits it. Hand-written French sentences."""

from redac.french.angles import compressed_angles


def test_a_relative_clause_of_the_subject_goes():
    forms = compressed_angles("La navette qui reliait les deux rives depuis 1987 a été retirée du service par la région")
    assert "La navette a été retirée du service par la région" in forms
    assert all("reliait" not in form for form in forms)


def test_a_negation_stays_with_its_verb():
    forms = compressed_angles("Le conseil départemental n'a pas renouvelé la subvention accordée au club de rugby de la vallée")
    assert forms and all("n'a pas renouvelé la subvention" in form for form in forms)


def test_a_negation_the_verb_group_does_not_close_gives_no_form():
    assert compressed_angles("Les randonneurs n'ont de toute évidence pas pu rejoindre le refuge avant la tempête") == []


def test_an_adverb_that_limits_the_verb_stays_and_one_of_manner_goes():
    assert all("partiellement détruit" in form for form in compressed_angles("Le vieux moulin a été partiellement détruit par la crue"))
    assert "Le vieux moulin a été détruit par la crue" in compressed_angles("Le vieux moulin a été rapidement détruit par la crue")


def test_a_count_keeps_the_noun_it_counts():
    forms = compressed_angles("Près d'un millier de manifestants ont défilé dans les rues de Besançon contre la fermeture de la maternité")
    assert forms and all(form.startswith("Près d'un millier de manifestants ont défilé") for form in forms)


def test_a_count_in_the_object_is_never_cut_away():
    forms = compressed_angles("Le laboratoire a supprimé quarante emplois dans son usine de Vénissieux")
    assert forms and all("quarante emplois" in form for form in forms)
    assert all("la fermeture de" in form for form in compressed_angles("La mairie a annoncé la fermeture de 12 écoles rurales"))


def test_the_direct_object_and_an_a_complement_are_never_dropped():
    assert all("la baignade" in form for form in compressed_angles("La préfecture a interdit la baignade dans le lac après une pollution"))
    assert all("au projet" in form for form in compressed_angles("La commune a renoncé au projet de piscine faute de financement"))


def test_a_participle_phrase_of_the_subject_goes():
    forms = compressed_angles("Un arrêté visant les trottinettes électriques de location a été publié par la mairie de Lille")
    assert "Un arrêté a été publié par la mairie de Lille" in forms


def test_a_coordinated_subject_is_never_cut():
    forms = compressed_angles("Le vent et la pluie ont privé d'électricité trois mille foyers du Morbihan")
    assert all(not form.startswith("Le vent ont") for form in forms)


def test_a_pronoun_subject_or_a_completive_gives_no_form():
    assert compressed_angles("Les bénévoles, ce sont eux qui ont nettoyé la plage") == []
    assert compressed_angles("Le rapport de la Cour des comptes montre que les loyers ont doublé en dix ans") == []


def test_a_decimal_comma_and_a_name_with_de_stay_whole():
    assert all("7,3 %" in form for form in compressed_angles("Le taux de chômage a reculé à 7,3 % au deuxième trimestre"))
    forms = compressed_angles("La délégation chinoise a visité les Jardins de Versailles pendant deux heures")
    assert "La délégation chinoise a visité les Jardins de Versailles" in forms
    assert "La délégation chinoise a visité les Jardins" not in forms


def test_a_sentence_without_a_verb_group_gives_no_form():
    assert compressed_angles("Une belle victoire pour les Bleus à domicile") == []


def test_a_locution_with_its_infinitive_and_a_pair_of_adjectives_stay_whole():
    forms = compressed_angles("Le nouveau viaduc de la vallée est sur le point d'être inauguré par le ministre")
    assert forms and all("sur le point d'être inauguré" in form for form in forms)
    assert "Le nouveau est sur le point d'être inauguré" not in forms
    forms = compressed_angles("La randonneuse disparue depuis lundi a été retrouvée saine et sauve par les gendarmes")
    assert forms and all(form.endswith(("saine et sauve", "par les gendarmes")) for form in forms)


def test_a_verb_after_a_subordinator_belongs_to_another_clause():
    assert compressed_angles("Une méthode qui s'est révélée utile puisque le gardien, surpris, n'a pas pu la suivre") == []
