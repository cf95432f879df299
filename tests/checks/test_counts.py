"""checks/counts: which noun a number counts, on the constructions a faithful rewrite uses to count otherwise."""

from redac.checks.faithfulness import SourceFacts, unsupported_facts


def kinds(text: str, source: SourceFacts) -> list[str]:
    return [item.kind for item in unsupported_facts([("ligne 1", text, True)], source)]


CALLS = SourceFacts([
    "Les pompiers de Lannion ont effectué 42 sorties depuis le début du mois, contre 35 l'an dernier à la même période.",
    "Trois casernes voisines ont dû leur prêter des véhicules.",
])


def test_times_count_what_the_verb_does():
    """« sont sortis quarante-deux fois » for « ont effectué 42 sorties »: « fois » counts the times the action was done,
    whatever noun the aligned sentence counts them with; a number of another sentence, counting another thing, is no
    number of times."""
    assert kinds("Depuis le début du mois, les pompiers de Lannion sont sortis quarante-deux fois, contre 35 l'an dernier à la même période.",
                 CALLS) == []
    assert kinds("Depuis le début du mois, les pompiers de Lannion sont sortis trois fois, contre 35 l'an dernier à la même période.",
                 CALLS) != []
