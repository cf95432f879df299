"""Two participants trading places, the rest of the sentence kept (checks/exchanges.py), on sentences written for these
tests: each standing behind the other's preposition is caught; a converse verb, an apposition or a coordination turned
around, a locution (« grâce au ») are not."""

from redac.checks.exchanges import exchanged_places
from redac.checks.faithfulness import SourceFacts
from tests.checks import found

SOURCE = SourceFacts([
    "Une étude de l'université de Brest, remise au syndicat des eaux en mars, préconisait de fermer le captage.",
    "Le trophée a été remporté par la Norvégienne Ingrid Solberg, devant l'Allemande Petra Kuhn.",
    "Le rectorat a ouvert une inspection, confiée à l'académie de Rennes.",
    "La cantine, qui sert 300 repas par jour à l'école, est gérée par une association de parents.",
    "Le syndicat des eaux succédera à la régie municipale à la tête du réseau le 1er mai.",
    "Les ferries ont été déroutés vers Roscoff et Cherbourg pendant la tempête.",
])


def roles_found(text: str) -> list:
    return found(text, SOURCE, "role")


def test_two_participants_in_each_others_place_are_caught():
    [item] = roles_found("Une étude du syndicat des eaux, remise à l'université de Brest en mars, préconisait de fermer le captage.")
    assert "rôles échangés" in item.reason
    assert roles_found("Le trophée a été remporté par l'Allemande Petra Kuhn, devant la Norvégienne Ingrid Solberg.")
    assert exchanged_places("L'académie de Rennes a ouvert une inspection, confiée au rectorat.", SOURCE, 2)
    assert exchanged_places("L'école, qui sert 300 repas par jour à la cantine, est gérée par une association de parents.", SOURCE, 3)


def test_the_same_participants_in_their_own_places_pass():
    assert not roles_found("Remise en mars au syndicat des eaux, une étude de l'université de Brest préconisait de fermer le captage.")
    assert not exchanged_places("L'Allemande Petra Kuhn a terminé derrière la Norvégienne Ingrid Solberg, qui a remporté le trophée.", SOURCE, 1)
    assert not exchanged_places("Une inspection a été ouverte par le rectorat et confiée à l'académie de Rennes.", SOURCE, 2)


def test_a_converse_verb_or_words_moved_together_pass():
    assert not exchanged_places("Le 1er mai, la régie municipale laissera la tête du réseau au syndicat des eaux.", SOURCE, 4)
    assert not exchanged_places("Pendant la tempête, les ferries ont été déroutés vers Cherbourg et Roscoff.", SOURCE, 5)
    assert not exchanged_places("Grâce à l'association de parents qui la gère, la cantine sert 300 repas par jour à l'école.", SOURCE, 3)
