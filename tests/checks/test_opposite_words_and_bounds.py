"""Antonyms with no negation either way (french/data/flip_antonyms.txt, checks/claims.py `_flip_issues`) and bounds on a
figure turned around (checks/bounds.py), on sentences of the written articles.

Praise for blame (« saluent » → « critiquent »), a figure's direction (« ont reculé » → « ont progressé »), a privative
adjective for its base (« inconnue » → « connue »), a denying verb for its opposite (« a adopté » → « a rejeté ») and
« plus de quatre-vingts » for « moins de quatre-vingts » are caught. A converse keeps the claim: the opposite verb said
of the other side (« La Rochelle s'est inclinée face au Stade toulousain » for « Le Stade toulousain a remporté … en
battant La Rochelle ») raises nothing, nor does a bound kept on its side."""

from redac.checks.bounds import bound_issues
from redac.checks.faithfulness import SourceFacts, unsupported_facts
from redac.french.negation import word_key
from redac.french.opposites import flipped


def kinds(text: str, source: SourceFacts) -> list[str]:
    return [item.kind for item in unsupported_facts([("ligne 1", text, True)], source)]


COMMERCE = SourceFacts([
    "Les commerçants du centre-ville saluent la décision. La présidente de leur association, Martine Quéré, y voit une "
    "chance d'attirer à nouveau les familles le samedi.",
    "Le conseil municipal d'Annecy a adopté lundi soir un arrêté qui oblige les bars du vieux centre à fermer leurs "
    "terrasses à 23 heures, du 1er juin au 30 septembre.",
])
BATTERIES = SourceFacts([
    "Le site, inauguré en juin 2023, emploie aujourd'hui un peu plus de mille personnes et produit des cellules pour les "
    "voitures électriques de trois constructeurs européens.",
    "Les ventes de voitures électriques ont reculé de 6 % en Europe l'an dernier, et plusieurs projets concurrents ont été "
    "suspendus en Allemagne et en Suède.",
])
FIRE = SourceFacts([
    "Le feu a pris vers 21 heures, pour une raison encore inconnue.",
    "Selon les pompiers du Rhône, plus de quatre-vingts sapeurs-pompiers et vingt-six engins ont été mobilisés pour "
    "maîtriser les flammes, qui ont détruit près de 3 000 mètres carrés de bâtiments.",
])
FINAL = SourceFacts([
    "Le Stade toulousain a remporté samedi soir son vingt-troisième titre de champion de France en battant La Rochelle 27 à "
    "19 au Stade de France, devant 79 000 spectateurs.",
])
VOTE = SourceFacts(["La coopérative a remporté le vote en devançant Habitat Ouest de onze voix."])


def test_opposites_are_read_both_ways_by_word_key():
    assert word_key("progressé") in flipped(frozenset({word_key("reculent")}))
    assert word_key("critiquent") in flipped(frozenset({word_key("salué")}))
    assert word_key("connue") in flipped(frozenset({word_key("inconnue")}))


def test_an_opposite_word_with_no_negation_is_caught():
    assert kinds("Les commerçants du centre-ville critiquent la décision.", COMMERCE) == ["negation"]
    assert kinds("La décision est critiquée par les commerçants du centre-ville.", COMMERCE) == ["negation"]
    assert kinds("Les ventes de voitures électriques ont progressé de 6 % en Europe l'an dernier.", BATTERIES) == ["negation"]
    assert kinds("Le feu a pris vers 21 heures, pour une raison déjà connue.", FIRE) == ["negation"]


def test_a_denying_word_that_is_itself_the_opposite_is_caught():
    """« a rejeté » denies: the denial is the flip itself, not a second negation turning it back."""
    rejected = "Le conseil municipal d'Annecy a rejeté lundi soir un arrêté qui oblige les bars du vieux centre à fermer leurs terrasses à 23 heures."
    assert kinds(rejected, COMMERCE) == ["negation"]


def test_the_same_side_in_other_words_raises_nothing():
    assert kinds("L'an dernier, en Europe, les ventes de voitures électriques ont baissé de 6 %.", BATTERIES) == []
    assert kinds("Les commerçants du centre-ville se félicitent de la décision.", COMMERCE) == []


def test_a_converse_said_of_the_other_side_keeps_the_claim():
    converse = ("Devant 79 000 spectateurs, La Rochelle s'est inclinée 19 à 27 samedi soir au Stade de France face au Stade "
                "toulousain, qui remporte son vingt-troisième titre de champion de France.")
    assert kinds(converse, FINAL) == []
    assert kinds("Habitat Ouest a perdu le vote face à la coopérative, qui a recueilli onze voix de plus.", VOTE) == []
    assert kinds("La coopérative a perdu le vote face à Habitat Ouest, qui a recueilli onze voix de plus.", VOTE) != []


def test_a_bound_turned_around_is_caught_and_a_bound_kept_is_not():
    fewer = "Selon les pompiers du Rhône, moins de quatre-vingts sapeurs-pompiers et vingt-six engins ont été mobilisés pour maîtriser les flammes."
    assert kinds(fewer, FIRE) == ["negation"]
    [(_kind, written, reason, said)] = bound_issues(fewer, FIRE, FIRE.aligned(fewer))
    assert written == "quatre-vingts" and "plus de" in reason and said is not None and "plus de quatre-vingts" in said.text
    fewer_staff = "Le site emploie aujourd'hui un peu moins de mille personnes et produit des cellules pour les voitures électriques."
    assert kinds(fewer_staff, BATTERIES) == ["negation"]
    assert kinds("Le site emploie aujourd'hui plus de 1 000 personnes, qui produisent des cellules pour les voitures électriques.", BATTERIES) == []
    # « pas moins de » bounds from below, as « plus de » does
    assert kinds("Selon les pompiers du Rhône, pas moins de quatre-vingts sapeurs-pompiers ont été mobilisés pour maîtriser les flammes.", FIRE) == []


SCHOOL_BUS = SourceFacts([
    "Le conseil régional a adopté vendredi une participation annuelle de 80 euros par élève pour le transport scolaire.",
    "L'élu socialiste Marc Peyrot a demandé le mois dernier un second vote, dans la soirée, pour les familles des communes rurales.",
])


def test_a_member_of_a_closed_class_put_for_another_is_caught():
    assert "negation" in kinds("Le conseil régional a adopté vendredi une participation mensuelle de 80 euros par élève.", SCHOOL_BUS)
    assert "negation" in kinds("Le conseil départemental a adopté vendredi une participation annuelle de 80 euros par élève.", SCHOOL_BUS)
    assert "negation" in kinds("L'élu écologiste Marc Peyrot a demandé un second vote pour les familles des communes rurales.", SCHOOL_BUS)


def test_a_class_member_kept_in_another_form_or_a_time_word_raises_nothing():
    assert kinds("Marc Peyrot, élu socialiste, a demandé un deuxième vote pour les familles des communes rurales.", SCHOOL_BUS) == []
    # « le mois dernier » says when, no rank: « deuxième » is no « dernier » turned around
    assert kinds("Le mois dernier, Marc Peyrot a réclamé un deuxième vote pour les familles des communes rurales.", SCHOOL_BUS) == []
    assert flipped(frozenset({word_key("mensuelle")})) >= {word_key("annuel"), word_key("hebdomadaire")}
