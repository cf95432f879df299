"""Two faithful rewordings the check once refused, on text written for this test: an acronym for the
title the source spells out, and an adverb between « ne » and « pas »."""

import redac
from redac.checks.faithfulness import unsupported_facts
from redac.french.negation import polarity
from redac.pipeline import source_facts

SOURCE = """La ville de Brest réduit ses dépenses

Le directeur général des services, Paul Martin, a présenté mardi le budget de la ville. Selon lui, Brest économisera 2 millions d’euros en 2025.

La ville a en revanche refusé de fermer la piscine municipale de Kerhallet.
"""


def _findings(rewrite: str) -> list:
    return unsupported_facts([("ligne 1", rewrite, True)], source_facts(redac.clean(SOURCE)))


def test_an_acronym_the_source_spells_out_is_supported_and_an_invented_one_is_not():
    assert _findings("D’après le DGS, Brest économisera 2 millions d’euros en 2025.") == []
    assert [item.text for item in _findings("D’après le PDG, Brest économisera 2 millions d’euros en 2025.")] == ["PDG"]


def test_an_adverb_between_ne_and_pas_is_not_what_is_negated():
    assert {"sign"} <= polarity("Le maire n’a en revanche pas signé le permis.").negated
    assert "revanch" not in polarity("Le maire n’a en revanche pas signé le permis.").negated
    assert _findings("La ville n’a en revanche pas accepté de fermer la piscine municipale de Kerhallet.") == []
    assert _findings("La ville a en revanche accepté de fermer la piscine municipale de Kerhallet.") != []
