"""A detached relative clause becomes a sentence of its own only when its antecedent is sure: the noun before « , qui »
after no preposition that makes it another noun's complement, and of the verb's number (seen on sources written for the
real-model benchmark: « Ces dates de la douzième édition aura lieu », « Cette région se sont proposés »). Sentences
written for these tests."""

from redac.french.agreement import clause_number
from redac.french.clauses import split_long_sentence


def test_a_relative_that_agrees_with_another_noun_stays_whole():
    sentence = ("Le maire de Saint-Aubin, Gérard Le Bihan, a enfin dévoilé lors du conseil municipal les plans de la future "
                "médiathèque, qui ouvrira ses portes au printemps 2028 dans l’ancienne gare.")
    assert split_long_sentence(sentence) == [sentence]


def test_a_relative_after_a_nouns_complement_stays_whole():
    sentence = ("Les habitants évacués ont été hébergés pendant deux nuits par des familles de la commune voisine de Plouray, "
                "qui se sont portées volontaires dès le premier soir.")
    assert split_long_sentence(sentence) == [sentence]
    sentence = ("Le conseil départemental a adopté jeudi à l’unanimité le nouveau schéma de prévention sur la sécheresse, qui "
                "prévoit des restrictions d’eau dès le mois de mai.")
    assert split_long_sentence(sentence) == [sentence]


def test_the_verbs_own_noun_is_a_sure_antecedent():
    parts = split_long_sentence("Le cycliste a été percuté mardi matin à la sortie du rond-point de Kerlann par une camionnette "
                                "blanche, qui circulait à contresens sur la voie réservée aux bus.")
    assert parts[-1] == "Cette camionnette blanche circulait à contresens sur la voie réservée aux bus."
    parts = split_long_sentence("Les élus ont longuement débattu mardi soir en séance publique pour discuter de la nouvelle "
                                "redevance, qui entrera en vigueur le 1er janvier prochain dans les vingt communes.")
    assert parts[-1] == "Cette nouvelle redevance entrera en vigueur le 1er janvier prochain dans les vingt communes."


def test_a_noun_with_a_complement_is_the_antecedent_only_when_the_verb_says_so():
    parts = split_long_sentence("Les pompiers ont évacué dans la nuit de dimanche à lundi les habitants de l’immeuble, qui ont "
                                "été relogés par la mairie dans le gymnase municipal.")
    assert parts[-1] == "Ces habitants de l’immeuble ont été relogés par la mairie dans le gymnase municipal."
    sentence = ("Les gendarmes ont retrouvé samedi matin dans un fossé de la départementale le téléphone de la victime, qui avait "
                "disparu depuis trois jours.")
    assert split_long_sentence(sentence) == [sentence]  # the phone or the victim: either could have disappeared
    parts = split_long_sentence("La capitainerie de Loctudy a présenté jeudi soir aux plaisanciers le nouveau règlement du port, "
                                "qui interdit le mouillage dans l’anse entre juin et septembre.")
    assert parts[-1] == "Ce nouveau règlement du port interdit le mouillage dans l’anse entre juin et septembre."


def test_the_number_of_a_clause_is_read_from_its_first_verb():
    assert clause_number("aura lieu en octobre") == "singular"
    assert clause_number("se sont proposés spontanément") == "plural"
    assert clause_number("n’ont pas été retrouvés") == "plural"
    assert clause_number("ouvrira ses portes") == clause_number("prévoit des restrictions") == "singular"
    assert clause_number("selon la mairie") is None


def test_a_name_keeps_its_article_in_its_own_sentence():
    parts = split_long_sentence("Les communes du bassin versant ont toutes signé mardi une convention de vingt ans avec le "
                                "Conservatoire, qui s’engage à racheter les prairies humides.")
    assert parts[-1] == "Le Conservatoire s’engage à racheter les prairies humides."


def test_a_clause_is_no_apposition_and_qui_plus_est_no_relative():
    sentence = ("Malgré les commandes de la semaine de Pâques, la gérante de la boulangerie redoute la prochaine facture "
                "d’électricité, qui pourrait la contraindre à fermer.")
    assert not any(part.startswith("Pâques") for part in split_long_sentence(sentence))
    sentence = ("Il avait résisté à la vague de mars en conservant la mairie de Condom, la sous-préfecture, qui plus est au "
                "premier tour de scrutin.")
    assert split_long_sentence(sentence) == [sentence]
