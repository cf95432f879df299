"""A cookie notice pasted under its banner and a site's bulleted menu (cleaning/notices.py), on pages written
for the test."""

import redac
from redac.cleaning.notices import app_banner, cookie_notice, site_menu

ARTICLE = [
    "Lorient : le port de pêche accueille un nouveau chalutier de 25 mètres",
    "Le chalutier Ar Men, construit aux chantiers de Concarneau, a rejoint le port de Keroman mardi matin.",
    "L’armement lorientais compte l’armer dès le mois de mars pour la pêche au merlu dans le golfe de Gascogne.",
]


def _kept(page: list[str]) -> list[str]:
    result = redac.clean("\n".join(page))
    return [block.text for block in result.document.blocks]


def test_a_cookie_notice_under_its_banner_goes_whole() -> None:
    notice = [
        "Nous utilisons des cookies pour mesurer l’audience de notre site.",
        "À propos des cookies",
        "Un cookie est un petit fichier déposé dans votre navigateur lors de la visite d’un site.",
        "Le dépôt d’un traceur sur votre terminal suppose votre consentement préalable.",
    ]
    result = redac.clean("\n".join([*notice, *ARTICLE]))
    assert result.document.title == ARTICLE[0]
    assert [block.text for block in result.document.blocks] == ARTICLE[1:]


def test_a_story_about_cookies_below_a_banner_stays() -> None:
    """The headline, which talks of no cookie, ends the notice: the story's paragraphs that do stay."""
    story = [
        "La Cnil sanctionne un site de vente en ligne",
        "La Cnil a infligé mardi une amende de 2 millions d’euros à un site qui déposait des cookies sans consentement.",
        "Le site conteste la sanction et annonce un recours devant le Conseil d’État.",
    ]
    assert _kept(["Notre site utilise des cookies.", *story]) == story[1:]


def test_the_notice_ends_at_the_first_line_that_talks_of_no_cookie() -> None:
    cores = ["ce site utilise des cookies", "j'ai compris", "les cookies que nous deposons", "le maire de lorient", "les cookies du port"]
    families = ["consent", "media", None, None, None]
    assert cookie_notice(cores, families, [True, True, False, False, False]) == [2]


def test_a_bulleted_menu_above_the_headline_goes() -> None:
    menu = ["Logo Le Courrier", "Rechercher", "• Vie locale", "• Sports", "• Culture et loisirs", "• Économie", "• Annonces légales"]
    assert _kept([*menu, *ARTICLE]) == ARTICLE[1:]
    assert redac.clean("\n".join([*menu, *ARTICLE])).document.title == ARTICLE[0]


def test_a_short_list_under_the_headline_is_the_article_s_own() -> None:
    texts = [ARTICLE[0], "Au programme :", "Concerts", "Expositions", "Ateliers", "Marché nocturne", ARTICLE[1]]
    kinds = ["paragraph", "paragraph", "list_item", "list_item", "list_item", "list_item", "paragraph"]
    words = [len(text.split()) for text in texts]
    assert site_menu(texts, kinds, words, [False] * len(texts)) == []


def test_three_short_items_are_no_menu() -> None:
    texts = ["Vie locale", "Sports", "Culture", ARTICLE[1]]
    kinds = ["list_item", "list_item", "list_item", "paragraph"]
    assert site_menu(texts, kinds, [2, 1, 1, 18], [False] * 4) == []


def test_an_app_banner_above_the_headline_goes() -> None:
    page = ["Le Courrier du Morbihan, l’appli gratuite", "Installer", *ARTICLE]
    result = redac.clean("\n".join(page))
    assert result.document.title == ARTICLE[0]
    assert [block.text for block in result.document.blocks] == ARTICLE[1:]


def test_a_store_word_below_the_first_paragraph_is_the_article_s() -> None:
    cores = ["titre", "le chalutier a rejoint le port", "installer", "suite"]
    assert app_banner(cores, [1, 6, 1, 1], first_paragraph=1) == []


def test_a_consent_box_that_names_its_button_in_guillemets_goes() -> None:
    """« En cliquant sur « J’accepte » … » quotes its own button: the consent rules that skip quoting lines missed it
    (a tram story under three such lines, fresh17 zc29, gave the heading « Dépôts de cookies »)."""
    box = [
        "Ce contenu est masqué car vous n’avez pas accepté les cookies de nos partenaires.",
        "En cliquant sur « J’accepte », les cookies et autres traceurs seront déposés sur votre appareil.",
        "Vous pourrez retirer votre consentement à tout moment depuis la page de vos préférences.",
    ]
    assert _kept([*ARTICLE[:2], *box, ARTICLE[2]]) == ARTICLE[1:]


def test_a_story_quoting_a_consent_button_stays() -> None:
    story = ["La Cnil juge trompeur le bouton « Tout accepter » de plusieurs sites de presse, qu’elle a mis en demeure lundi.",
             "Les éditeurs ont trois mois pour proposer un bouton « Tout refuser » aussi visible que le premier."]
    assert _kept([ARTICLE[0], *story]) == story
