"""A comparison's direction turned on the same word (checks/degrees.py), on sentences written for these tests: « moins
chère » said « plus chère », « moins d'un tiers » said « plus d'un tiers » are caught; the same direction in other words,
a « plus » of negation or of addition, and « plus ou moins » pass."""

from redac.checks.faithfulness import SourceFacts
from tests.checks import found

SOURCE = SourceFacts([
    "La mairie a retenu l'offre d'un traiteur lyonnais, moins chère de 12 %, pour les cantines des écoles.",
    "Les recettes couvriront moins d'un tiers du coût du service, selon la chambre régionale des comptes.",
    "La saison a été moins pluvieuse dans le Gers.",
])


def flips_found(text: str) -> list:
    return found(text, SOURCE, "negation")


def test_a_degree_turned_around_is_caught():
    [item] = flips_found("La mairie a retenu l'offre d'un traiteur lyonnais, plus chère de 12 %, pour les cantines des écoles.")
    assert item.text == "plus chère" and "moins chère" in item.reason
    assert flips_found("Les recettes couvriront plus d'un tiers du coût du service, selon la chambre régionale des comptes.")
    assert flips_found("La saison a été plus pluvieuse dans le Gers.")


def test_the_same_direction_or_a_plus_of_negation_passes():
    assert not flips_found("Moins chère de 12 %, l'offre d'un traiteur lyonnais a été retenue par la mairie pour les cantines des écoles.")
    assert not flips_found("Les recettes ne couvriront plus qu'un tiers du coût du service, selon la chambre régionale des comptes.")
    assert not flips_found("De plus, la saison a été moins pluvieuse dans le Gers.")
    assert not flips_found("La saison a été plus ou moins pluvieuse dans le Gers.")


PREFIXED = SourceFacts([
    "Le gardien a reconnu avoir désactivé l'alarme du musée vers 2 heures du matin.",
    "Le comprimé, prescrit contre l'hypertension, avait été confondu avec un antidouleur.",
    "Le plus jeune des suspects n'était pas connu des services de police.",
])


def test_a_word_given_its_opposite_prefix_is_caught():
    [item] = found("Le gardien a reconnu avoir activé l'alarme du musée vers 2 heures du matin.", PREFIXED, "negation")
    assert item.text == "activé" and "désactivé" in item.reason
    assert found("Le comprimé, prescrit contre l'hypotension, avait été confondu avec un antidouleur.", PREFIXED, "negation")


def test_a_negation_said_by_a_prefix_passes():
    assert not found("Le plus jeune des suspects était inconnu des services de police.", PREFIXED, "negation")
    assert not found("Le gardien a reconnu avoir désactivé vers 2 heures du matin l'alarme du musée.", PREFIXED, "negation")
