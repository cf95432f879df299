"""Figures traded between two entities (checks/figures.py), on cases written for these tests."""

from redac.checks.faithfulness import SourceFacts, unsupported_facts

SOURCE = SourceFacts(["À la clôture, le titre Ardent a gagné 5 % tandis que celui de Norvel a perdu 3 %.",
                      "La commune de Lescure a reçu 40 000 euros, celle de Vidauban 25 000 euros."])


def roles(text: str) -> list:
    return [item for item in unsupported_facts([("ligne 1", text, True)], SOURCE) if item.kind == "role"]


def test_a_figure_moved_to_the_other_entity_is_caught_and_names_its_holder():
    [item] = roles("À la clôture, le titre Norvel a gagné 5 % tandis que celui d'Ardent a perdu 3 %.")
    assert "Ardent" in item.reason and item.source_says.startswith("À la clôture")
    assert roles("La commune de Vidauban a reçu 40 000 euros, celle de Lescure 25 000 euros.")


def test_the_same_bindings_in_another_order_raise_nothing():
    assert not roles("Norvel a perdu 3 % à la clôture, alors qu'Ardent a gagné 5 %.")
    assert not roles("Vidauban a reçu 25 000 euros et Lescure 40 000 euros.")
