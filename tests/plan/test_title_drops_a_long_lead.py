"""A title drops a leading circumstance of any length when a clause of its own follows (« Après les fortes rafales
de vent qui ont accompagné la tempête …, 40 000 foyers sont privés d'électricité »), issue 16. Hand-written French."""

from redac.french.headlines import without_long_lead
from redac.plan.title_clauses import title_clause


def test_a_long_leading_circumstance_goes_from_a_title():
    clause = title_clause("Après les violentes rafales de vent qui ont accompagné la tempête Hervé sur toute la façade "
                           "atlantique, 12 000 foyers sont toujours privés d’électricité en Vendée.")
    assert clause.startswith("12 000 foyers sont toujours privés d’électricité")


def test_a_lead_without_a_clause_after_it_stays():
    text = "Malgré les longues négociations menées par les syndicats et la direction du site pendant trois semaines, rien"
    assert without_long_lead(text) == text
