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


FENCING = SourceFacts([
    "L'équipe de France masculine d'épée a d'ailleurs été éliminée jeudi en demi-finale par la Hongrie, 45-38.",
])


def test_the_unit_of_a_score_counts_nothing():
    """« 45 touches à 38 » for « 45-38 »: the noun is the unit of the score (« N X à M »), no thing the source counts
    otherwise; a score changed is still caught."""
    assert kinds("Jeudi, la Hongrie a d'ailleurs éliminé l'équipe de France masculine d'épée en demi-finale, 45 touches à 38.", FENCING) == []
    assert kinds("Jeudi, la Hongrie a d'ailleurs éliminé l'équipe de France masculine d'épée en demi-finale, 45 touches à 36.", FENCING) == ["number"]
