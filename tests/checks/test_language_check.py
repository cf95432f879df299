"""The language check fails on an English fragment left in a French article and names it."""

from __future__ import annotations

from redac.checks import check_page
from redac.checks.faithfulness import SourceFacts
from redac.seo.page import read_page

FRENCH = "Le président ukrainien a rencontré jeudi les dirigeants des Balkans pour parler de la défense commune."
MIXED = "Chacun ajoute de la force, mais ce n’est pas suffisant pour gagner [against Russian President Vladimir] Poutine."


def language(*blocks: str):
    page = read_page("---\ntitle: \"Balkans : le sommet\"\n---\n# Balkans : le sommet\n\n" + "\n\n".join(blocks) + "\n")
    return check_page(page, SourceFacts(list(blocks)), min_words=10).check("language")


def test_an_english_fragment_fails_the_language_check_with_the_fragment_in_its_message():
    check = language(FRENCH, MIXED)
    assert not check.passed
    assert "« against Russian President Vladimir » (bloc 2)" in check.message
    assert check.details["foreign_fragments"] == [{"text": "against Russian President Vladimir", "where": "bloc 2"}]


def test_a_french_article_passes():
    check = language(FRENCH, FRENCH.replace("jeudi", "vendredi"))
    assert check.passed and check.details["foreign_fragments"] == []
