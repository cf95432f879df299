"""A noun's classifying adjective replaced (checks/qualifiers.py), on sentences written for these tests: the same noun
given another kind is caught; a synonym of a qualifying adjective, the noun said in other words, both adjectives kept,
or a relative time said otherwise pass."""

from redac.checks.faithfulness import SourceFacts
from tests.checks import found

SOURCE = SourceFacts([
    "Le conseil départemental a fermé mardi deux collèges ruraux du Lot, faute d'élèves, à la rentrée dernière.",
    "Le recours sera examiné par le tribunal administratif de Limoges, qui rendra une décision importante en mars.",
    "Trois jeunes médecins roumains s'installeront dans la maison de santé pluridisciplinaire.",
])


def adjectives_found(text: str) -> list:
    return found(text, SOURCE, "adjective")


def test_a_classifying_adjective_replaced_is_caught():
    [item] = adjectives_found("Le recours sera examiné par le tribunal judiciaire de Limoges, qui rendra une décision importante en mars.")
    assert item.text == "judiciaire" and "administratif" in item.reason
    [item] = adjectives_found("Le conseil départemental a fermé mardi deux collèges militaires du Lot, faute d'élèves, à la rentrée dernière.")
    assert item.text == "militaires" and "ruraux" in item.reason


def test_a_paraphrase_keeps_the_kind():
    assert not adjectives_found("Le recours sera examiné par le tribunal administratif de Limoges, qui rendra une décision majeure en mars.")
    assert not adjectives_found("Trois jeunes praticiens roumains s'installeront dans la maison de santé pluridisciplinaire.")
    assert not adjectives_found("Deux collèges ruraux et municipaux du Lot ont été fermés mardi par le conseil départemental, faute d'élèves.")
    assert not adjectives_found("Le conseil départemental a fermé mardi deux collèges ruraux du Lot, faute d'élèves, à la rentrée précédente.")
