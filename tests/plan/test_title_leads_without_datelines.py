"""A title stands on the lead's clause without what frames it on a wire or a live page (issue 16): a dateline
(« LYON (AFP) - »), a rubric in capitals (« MUNICIPALES | »), a connector inside the clause (« en effet »,
« désormais ») and a weekday with its preposition (« à partir de mercredi »). Hand-written French cases."""

from redac.french.when import without_when
from redac.plan.title_clauses import title_clause


def test_a_wire_dateline_is_no_part_of_the_clause():
    clause = title_clause("LYON (Reuters) -La préfecture du Rhône a interdit la manifestation prévue samedi place Bellecour.")
    assert clause.startswith("La préfecture du Rhône a interdit la manifestation")


def test_a_rubric_in_capitals_before_a_bar_is_no_part_of_the_clause():
    clause = title_clause("MUNICIPALES | Les électeurs de Quimper ont choisi un nouveau maire au second tour.")
    assert clause.startswith("Les électeurs de Quimper ont choisi un nouveau maire")


def test_a_route_with_a_dash_stays():
    assert title_clause("Le TGV Paris - Bordeaux a été retardé de deux heures.").startswith("Le TGV Paris - Bordeaux")


def test_a_connector_inside_the_clause_goes():
    assert title_clause("L’île subit en effet le passage du cyclone tropical Dumile.") == "L’île subit le passage du cyclone tropical Dumile"
    assert "désormais" not in title_clause("Les deux clubs vont désormais faire appel de la sanction.")


def test_a_weekday_goes_with_its_preposition():
    assert without_when("Les cardinaux se réunissent en conclave à partir de mercredi pour élire le pape") == (
        "Les cardinaux se réunissent en conclave pour élire le pape")
    assert without_when("Les écoles sont fermées depuis lundi dans la vallée") == "Les écoles sont fermées dans la vallée"


def test_a_time_phrase_is_no_title():
    from redac.plan.titles import title_candidates

    lead = ("Trois hommes ont fait irruption dans une agence bancaire de Lyon. Quelques secondes plus tard, ces derniers "
            "se rendront dans la salle des coffres.")
    titles = [candidate.text for candidate in title_candidates(None, "braquage à Lyon", lead, [])]
    assert not any(title.endswith("plus tard") for title in titles)
