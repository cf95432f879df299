"""checks/spans: a span an article counts between two dates of the passage it is built on."""

from redac.checks.faithfulness import SourceFacts, unsupported_facts

STRIKE = SourceFacts([
    "La ministre du Travail avait reçu les syndicats de dockers mardi, sans parvenir à un accord.",
    "Elle a annoncé vendredi soir la signature d'un protocole de fin de conflit avec la CGT.",
])
BLOG = SourceFacts([
    "Elle dit avoir alerté sa direction par écrit dès mars 2018, puis l'inspection du travail en 2021, après sa mutation.",
])


def kinds(text: str, source: SourceFacts) -> list[str]:
    return [item.kind for item in unsupported_facts([("ligne 1", text, True)], source)]


def test_days_and_years_between_two_dates_of_the_passage():
    """« trois jours après » for « mardi » and « vendredi », « trois ans plus tard » for « 2018 » and « 2021 »: the span
    of two dates the passage gives; another span is still a number absent from the source."""
    assert kinds("Trois jours après avoir reçu en vain les syndicats de dockers, la ministre du Travail a annoncé la signature "
                 "d'un protocole de fin de conflit avec la CGT.", STRIKE) == []
    assert kinds("Quatre jours après avoir reçu en vain les syndicats de dockers, la ministre du Travail a annoncé la signature "
                 "d'un protocole de fin de conflit avec la CGT.", STRIKE) == ["number"]
    assert kinds("Elle dit avoir alerté sa direction par écrit dès mars 2018, puis, trois ans plus tard, après sa mutation, "
                 "l'inspection du travail.", BLOG) == []
    assert kinds("Elle dit avoir alerté sa direction par écrit dès mars 2018, puis, deux ans plus tard, après sa mutation, "
                 "l'inspection du travail.", BLOG) == ["number"]
