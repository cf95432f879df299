"""Not yet, said without a negation (french/pending.py): « attendent toujours d'être payés », « attendait toujours une
réponse », « reste à payer » negate what is still to come. Sentences written for these tests."""

from redac.french.negation import polarity, word_key
from redac.french.pending import pending_start


def test_still_waiting_negates_what_is_awaited():
    assert word_key("payés") in polarity("Les éleveurs attendent toujours d'être payés.").negated
    assert word_key("réponse") in polarity("La mairie attendait toujours une réponse du préfet.").negated
    assert word_key("livrés") in polarity("Les colis attendaient encore lundi d'être livrés.").negated  # past a weekday


def test_waiting_more_or_waiting_negated_is_no_pending_task():
    assert not polarity("Il faudra attendre encore deux semaines.").negated  # « encore » there is « more »
    assert not polarity("Les organisateurs attendent 300 visiteurs.").negated  # expected, no « toujours »
    assert pending_start(["le", "reste", "a", "la", "livraison"], 1) is None  # a remainder, no task
