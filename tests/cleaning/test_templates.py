"""Items of other stories laid out by the page's template (cleaning/templates.py), on pages written for the test."""

import redac
from redac.cleaning.rules import Line, load_rules
from redac.cleaning.shape import measure_shape
from redac.cleaning.templates import templated_items

TWO_ITEMS = [
    "Brest : le pont de Recouvrance fermé aux voitures tout l’été",
    "Photo d’illustration",
    "Les travaux de peinture du tablier obligent la métropole à dévier la circulation par le pont de l’Harteloire jusqu’en septembre.",
    "Lorient : un chalutier de quarante mètres lancé au chantier naval de Keroman",
    "Photo d’illustration",
    "Le navire, commandé par un armement de Concarneau, rejoindra la flotte de pêche hauturière après ses essais en mer d’Iroise.",
]

ONE_STORY = [
    "Brest : le pont de Recouvrance fermé aux voitures tout l’été",
    "Photo d’illustration",
    "Les travaux de peinture du pont de Recouvrance obligent la métropole de Brest à dévier la circulation jusqu’en septembre.",
    "Des navettes gratuites pendant les travaux",
    "Photo d’illustration",
    "Pendant la fermeture du pont de Recouvrance, la métropole de Brest fera circuler des navettes gratuites entre les deux rives.",
]


def _items(texts: list[str]) -> frozenset[int]:
    lines = [Line.of(t) for t in texts]
    ruled = [load_rules().match(line) is not None for line in lines]
    words = [line.n_words for line in lines]
    return templated_items(texts, ruled, words, measure_shape(texts, ruled, [line.core for line in lines], words))


def test_two_items_of_one_layout_that_tell_two_stories_are_a_listing() -> None:
    """A headline, the same widget line, a teaser, twice, on stories that share no words: other stories,
    however few; nothing of the page is an article."""
    assert _items(TWO_ITEMS) == {0, 2, 3, 5}
    assert redac.clean("\n".join(TWO_ITEMS)).document.blocks == []


def test_two_sections_of_one_story_laid_out_alike_are_the_article() -> None:
    """The same layout, but the second section names the first one's bridge and city: one story, kept."""
    assert _items(ONE_STORY) == frozenset()
    kept = [block.text for block in redac.clean("\n".join(ONE_STORY)).document.blocks]
    assert ONE_STORY[2] in kept and ONE_STORY[5] in kept


def test_items_without_a_shared_widget_line_are_left_to_the_longer_listings() -> None:
    """Without a line a rule took at the same place in each item, two headlines over their teasers may be
    a title over its lead and a subheading over its paragraph: cleaning/listing.py asks for three pairs."""
    bare = [line for line in TWO_ITEMS if line != "Photo d’illustration"]
    assert _items(bare) == frozenset()


# Each item: headline, teaser, the image's credit (its own photographer), the image's caption, a separator.
CAPTIONED_ITEMS = [
    "Grenoble : la piscine Jean-Bron rouvre après deux ans de chantier",
    "Les nageurs retrouvent dès lundi un bassin olympique entièrement rénové et une pataugeoire agrandie pour les familles.",
    "© Léa Marchetti / AFP",
    "Le nouveau bassin de la piscine Jean-Bron, inauguré samedi matin par le maire.",
    "•",
    "Chambéry : les viticulteurs savoyards redoutent une récolte maigre",
    "Le gel d'avril a touché près d'un tiers des vignes de la Combe de Savoie, selon la chambre d'agriculture départementale.",
    "© Hugo Perrin / Reuters",
    "Des ceps de jacquère noircis par le gel, sur les coteaux de Chignin, en mai.",
    "•",
    "Annecy : un téléphérique urbain à l'étude pour relier la gare au Semnoz",
    "Le syndicat des mobilités lancera à l'automne une étude de faisabilité, chiffrée à trois cent mille euros par ses services.",
    "© Camille Roux / AFP",
    "Le sommet du Semnoz, au-dessus du lac, que le projet rejoindrait en vingt minutes.",
    "•",
]


def test_items_whose_image_credit_and_caption_sit_under_the_teaser_are_a_listing() -> None:
    """The credit a rule takes differs from item to item (each photographer's name) and the image's caption
    follows it: the item goes on past the credit to its caption, and the separator repeats."""
    assert _items(CAPTIONED_ITEMS) == {0, 1, 3, 5, 6, 8, 10, 11, 13}


def test_sections_of_one_story_with_credited_captions_are_the_article() -> None:
    """The same layout over sections that keep to one story's words: the article's, kept."""
    story = [line.replace("Chambéry", "Grenoble").replace("Annecy", "Grenoble") for line in CAPTIONED_ITEMS[:10]]
    story[5] = "Grenoble : la piscine Jean-Bron ouvrira aussi le dimanche matin aux nageurs"
    story[6] = "Le bassin olympique de la piscine Jean-Bron accueillera les nageurs le dimanche matin, a précisé la mairie de Grenoble."
    story[8] = "Les nageurs du club de Grenoble dans le bassin olympique rénové de la piscine Jean-Bron, samedi."
    assert _items(story) == frozenset()
