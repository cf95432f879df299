"""A nationality or a title given to another person than the one the source gives it to."""

from redac.checks.faithfulness import SourceFacts, unsupported_facts

SOURCE = SourceFacts([
    "Le président Donald Trump et le président ukrainien Volodymyr Zelensky se sont entretenus par téléphone.",
    "Le président de Valmont, Bernard Castaing, a reconnu qu'il n'avait pas souhaité vendre son meilleur joueur.",
    "Chez les femmes, la Kényane Ruth Wanjiru a battu la Française Léa Rouvier.",
])


def found(text: str) -> list:
    return unsupported_facts([("ligne 1", text, True)], SOURCE)


def test_a_nationality_moved_to_another_person_is_caught():
    [item] = found("Le président Volodymyr Zelensky et le président ukrainien Donald Trump se sont entretenus par téléphone.")
    assert item.kind == "adjective" and item.text == "ukrainien" and "Trump" in item.reason
    assert item.source_says.startswith("Le président Donald Trump et le président ukrainien")
    [swapped] = found("Chez les femmes, la Française Ruth Wanjiru a battu la Kényane Léa Rouvier.")
    assert swapped.kind == "adjective"


def test_a_title_turned_around_is_caught():
    [item] = found("Valmont est le président de Bernard Castaing.")
    assert item.kind == "role" and "président de valmont" in item.reason


def test_the_same_nationality_and_title_in_other_words_raise_nothing():
    assert found("Le président ukrainien Volodymyr Zelensky et Donald Trump se sont entretenus par téléphone.") == []
    assert found("Bernard Castaing, le président de Valmont, a reconnu qu'il n'avait pas voulu vendre son meilleur joueur.") == []
    assert found("Le Brésilien Ruth Wanjiru a battu Léa Rouvier.") != []  # a nationality the source never gives her


def test_a_nationality_glued_to_a_first_name_stays_that_persons():
    """« le Néerlandais Joost de Vries » is read as the name « Néerlandais Joost » then « Vries »: the
    nationality that opens the name is still his (redac's own rewrite of blind4's a31 was flagged)."""
    source = SourceFacts(["Elle a nommé le Néerlandais Joost de Vries, ancien entraîneur de l'équipe nationale des "
                          "Pays-Bas, au poste de directeur technique national."])
    assert unsupported_facts([("ligne 1", "Le Néerlandais Joost de Vries est ancien entraîneur de l'équipe nationale "
                                            "des Pays-Bas.", True)], source) == []


def test_a_title_of_an_elided_organisation_is_the_persons_own():
    """« président de l'AMF du Gard » said of the person the source says it of, while another person of the
    source presides something else: the organisation's last word comes after an elision (« d'Ardèche »)."""
    source = SourceFacts([
        "Jeanne Morel, présidente de la coopérative Val d'Olt à Figeac, a vendangé dès le 2 août.",
        "Les grappes sèchent sur pied, explique Paul Rigal, président de l'AOC d'Ardèche.",
    ])
    assert unsupported_facts([("ligne 1", "Paul Rigal est président de l'AOC d'Ardèche.", True)], source) == []
    [item] = unsupported_facts([("ligne 1", "Jeanne Morel est présidente de l'AOC d'Ardèche.", True)], source)
    assert item.kind in {"role", "name"}
