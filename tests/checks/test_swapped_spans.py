"""Two phrases of a sentence exchanged, the rest kept (checks/swapped_spans.py), on sentences written for these tests:
common nouns, descriptions and figures traded between two places of the sentence are caught; a coordination turned
around, a voice change and clauses put in another order pass."""

from redac.checks.faithfulness import SourceFacts
from redac.checks.swapped_spans import swapped_spans
from tests.checks import found

SOURCE = SourceFacts([
    "Au terme de vingt minutes d'enchères, une fondation japonaise, qui enchérissait par téléphone, l'a emporté face à un collectionneur belge.",
    "Sa voisine avait remarqué que la vieille dame avait retiré 9 000 euros en une seule semaine.",
    "La commune compte aujourd'hui 2 300 habitants et les hameaux environ 400, contre 900 en 1950.",
])


def test_two_phrases_exchanged_are_caught():
    [item] = found("La vieille dame avait remarqué que sa voisine avait retiré 9 000 euros en une seule semaine.", SOURCE, "role")
    assert "échangés" in item.reason
    [(_, text, *_)] = swapped_spans("Au terme de vingt minutes d'enchères, un collectionneur belge, qui enchérissait par téléphone, "
                                    "l'a emporté face à une fondation japonaise.", SOURCE)
    assert text == "un collectionneur belge"


def test_a_coordination_turned_a_voice_change_or_clauses_moved_pass():
    assert not swapped_spans("La commune compte aujourd'hui 2 300 habitants et les hameaux environ 400, contre 900 en 1950.", SOURCE)
    assert not swapped_spans("Les hameaux comptent environ 400 habitants et la commune 2 300 aujourd'hui, contre 900 en 1950.", SOURCE)
    assert not swapped_spans("La vieille dame avait été remarquée par sa voisine : elle avait retiré 9 000 euros en une seule semaine.", SOURCE)
    assert not swapped_spans("En une seule semaine, la vieille dame avait retiré 9 000 euros, ce qu'avait remarqué sa voisine.", SOURCE)
