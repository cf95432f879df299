"""The page-shape numbers of dev/page_model.py (an experiment, not shipped) on pages written here: a tag page of
unrelated teasers, and an article whose paragraphs go on from one another above a block of related headlines."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).parents[2]
sys.path.insert(0, str(ROOT / "dev"))

from page_model import PAGE_FEATURES, page_features, page_inputs  # noqa: E402

TEASER_SOUP = """Randonnée
Les sentiers du Vercors rouvrent après les éboulements de l'hiver, annonce le parc naturel régional.
Trois marcheurs secourus par hélicoptère sur le GR20, surpris par un orage en fin d'après-midi.
Une application gratuite recense désormais les refuges gardés des Pyrénées et leurs disponibilités.
Le prix des chaussures de montagne a bondi de 12 % en deux ans, selon une association de consommateurs.
À Chamonix, la mairie limite l'accès au glacier d'Argentière pendant la canicule.
Page suivante
"""

ARTICLE_WITH_RELATED = """Un village du Jura inaugure sa fromagerie coopérative
Les habitants de Montrond ont inauguré samedi la fromagerie coopérative que quarante éleveurs attendaient depuis six ans.
Le bâtiment de la coopérative, construit en bois local, transformera chaque jour près de huit mille litres de lait en comté.
Selon son président, Étienne Vuillet, les éleveurs gagneront ainsi vingt centimes de plus par litre de lait livré.
Cette hausse doit permettre à plusieurs jeunes agriculteurs de s'installer dans la vallée d'ici deux ans.
À lire aussi
Le tramway de Besançon prolongé jusqu'à l'hôpital
Une piscine municipale fermée faute de maîtres-nageurs
Record de fréquentation pour le marché de Noël de Dole
"""


def features(text: str) -> dict[str, float]:
    return dict(zip(PAGE_FEATURES, page_features(*page_inputs(text)), strict=True))


def test_teasers_of_unrelated_stories_never_go_on_from_one_another() -> None:
    soup = features(TEASER_SOUP)
    assert soup["linked"] == 0.0
    assert soup["longest_chain"] == 1 / 5  # five teasers, each a story of its own
    assert soup["stranger_words"] > 0.5  # most of the prose shares no word with the run taken for the body


def test_an_articles_paragraphs_chain_and_its_related_headlines_stay_outside() -> None:
    article = features(ARTICLE_WITH_RELATED)
    assert article["linked"] == 1.0  # a shared name, « Selon son président », « Cette hausse »
    assert article["longest_chain"] == 1.0
    assert article["prose_share"] == 0.5  # the four paragraphs are the prose; the title and the related headlines are not
    assert article["title_share"] > features(TEASER_SOUP)["title_share"]  # the related headlines are title-like lines
