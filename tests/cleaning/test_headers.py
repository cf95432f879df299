"""Above the article's first paragraph: a headline shown twice, a rubric the headline opens with
(redac.cleaning._drop_header_copies). Hand-written French cases, no corpus text."""

import redac
from redac.cleaning import ECHOED_LABEL, HEADER_COPY

BODY = (
    "La circulation des trains a été fortement perturbée jeudi sur l’axe Paris-Lyon, selon la direction régionale.\n"
    "Les syndicats appellent à poursuivre le mouvement lundi si aucune proposition n’est faite d’ici là.\n"
)


def reasons(result) -> dict[str, str]:
    return {removal.text: removal.reason for removal in result.removed}


def test_the_headers_copy_of_the_headline_goes_and_the_one_above_the_body_is_the_title() -> None:
    headline = "Grève à la SNCF : un jeudi noir sur l’axe Paris-Lyon"
    result = redac.clean(f"{headline}\nPar Léa Martin\n{headline}\n{BODY}")
    assert result.document.title == headline
    assert reasons(result)[headline] == HEADER_COPY
    assert [b.text for b in result.document.blocks] == BODY.strip().split("\n")


def test_a_rubric_that_the_headline_opens_with_goes() -> None:
    headline = "Trains Paris-Lyon – un jeudi noir pour la circulation"
    result = redac.clean(f"Trains Paris-Lyon\n{headline}\n{BODY}")
    assert result.document.title == headline
    assert "Trains Paris-Lyon" in reasons(result)  # the line model may take it first; it goes either way


def test_a_name_over_a_line_that_opens_with_it_before_the_body_goes() -> None:
    text = f"Municipales : les candidats à Lille\nMartine Aubry\nMartine Aubry, maire sortante, ne se représente pas.\n{BODY}"
    assert reasons(redac.clean(text)).get("Martine Aubry") == ECHOED_LABEL


def test_a_word_that_only_begins_the_next_one_is_no_echo() -> None:
    text = f"Marseille\nMarseillais de cœur, les supporters attendent le derby\n{BODY}"
    assert ECHOED_LABEL not in reasons(redac.clean(text)).values()


def test_a_line_repeated_inside_the_article_is_left_to_the_repeat_rule() -> None:
    paragraph = "Les syndicats appellent à poursuivre le mouvement lundi si aucune proposition n’est faite."
    text = (
        "Grève à la SNCF : un jeudi noir sur l’axe Paris-Lyon\n"
        "La circulation des trains a été fortement perturbée jeudi sur l’axe Paris-Lyon, selon la direction.\n"
        f"{paragraph}\nLe trafic reprendra progressivement vendredi matin, a indiqué la direction régionale.\n{paragraph}\n"
    )
    result = redac.clean(text)
    assert HEADER_COPY not in reasons(result).values()
    assert [b.text for b in result.document.blocks].count(paragraph) == 1


def test_a_headline_shown_once_is_untouched() -> None:
    headline = "Grève à la SNCF : un jeudi noir sur l’axe Paris-Lyon"
    result = redac.clean(f"{headline}\n{BODY}")
    assert result.document.title == headline and not result.removed


def test_the_page_s_title_bar_and_the_site_name_it_reveals_are_furniture() -> None:
    """« Headline - Site » above the headline is the page's title bar: it goes, and so does the site's name
    wherever it stands alone."""
    page = "\n".join([
        "Dinan : le viaduc fermé aux camions pendant trois mois - Le Courrier du Val",
        "Le Courrier du Val",
        "Dinan : le viaduc fermé aux camions pendant trois mois",
        "Le viaduc de Lessart sera fermé aux poids lourds à partir de lundi, le temps de renforcer deux piles, a annoncé le département.",
        "Les camions devront passer par Dinan, un détour de douze kilomètres que les transporteurs jugent coûteux.",
        "Le Courrier du Val",
    ])
    result = redac.clean(page)
    assert result.document.title == "Dinan : le viaduc fermé aux camions pendant trois mois"
    assert [block.text for block in result.document.blocks] == page.split("\n")[3:5]


def test_a_headline_opened_by_its_rubric_is_no_title_bar_of_that_rubric() -> None:
    """« Handball - Nantes bat Montpellier … » over a page that names « Handball » again further down:
    the rubric opens the headline; it is no headline followed by the site's name."""
    page = "\n".join([
        "Handball - Nantes bat Montpellier et file en finale de la Coupe de France",
        "Les Nantais se sont imposés 31-29 mercredi soir à Montpellier, au terme d’un match resté indécis jusqu’au bout.",
        "Ils affronteront le PSG en finale le 12 mai à Paris, selon la Ligue nationale de handball.",
        "Handball",
    ])
    result = redac.clean(page)
    assert result.document.title == page.split("\n")[0]
    assert [block.text for block in result.document.blocks][:2] == page.split("\n")[1:3]
