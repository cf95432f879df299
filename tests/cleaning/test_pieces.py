"""Pieces of a widget split over several lines (cleaning/pieces.py), on pages written for the test."""

import redac
from redac.cleaning.pieces import counted_buttons, split_pieces

ARTICLE = [
    "Vannes : la halle aux poissons rouvre après deux ans de travaux",
    "La halle aux poissons de Vannes a rouvert samedi matin, après deux ans de travaux et un chantier de 6 millions d’euros.",
    "Les douze poissonniers du marché ont retrouvé leurs étals sous la charpente restaurée, selon la mairie de Vannes.",
]


def test_fragments_between_two_lines_of_a_paywall_go_with_it() -> None:
    page = [*ARTICLE,
            "Il vous reste 70 % de cet article à lire.",
            "Pour soutenir une rédaction",
            "locale et indépendante,",
            "Déjà abonné ? Se connecter"]
    result = redac.clean("\n".join(page))
    assert [block.text for block in result.document.blocks] == ARTICLE[1:]
    assert "block.piece" in {removal.rule for removal in result.removed if removal.text in page[4:6]}


def test_a_sentence_between_two_prompts_is_no_piece() -> None:
    """A line that opens with a capital and closes on its full stop is a sentence of its own, and stays."""
    families = ["paywall", None, None, "paywall"]
    texts = ["Réservé aux abonnés", "Le maire de Vannes a signé le permis de construire jeudi.", "les autres", "Je m'abonne"]
    assert split_pieces(families, texts, [len(t.split()) for t in texts]) == []
    texts[1] = "pour lire la suite de cet"
    assert split_pieces(families, texts, [len(t.split()) for t in texts]) == [1, 2]


def test_fragments_between_two_different_widgets_stay() -> None:
    families = ["paywall", None, "promo"]
    texts = ["Réservé aux abonnés", "la suite", "Recevez notre newsletter"]
    assert split_pieces(families, texts, [len(t.split()) for t in texts]) == []


def test_a_reaction_widget_s_buttons_beside_their_counts_go() -> None:
    texts = ["Qu’en pensez-vous ?", "4", "BRAVO", "0", "TRISTE", "1", "EN COLÈRE", "0", "WAOUH!"]
    assert counted_buttons(texts) == [2, 4, 6, 8]


def test_a_table_split_into_cells_is_no_widget() -> None:
    """Names in lower case beside their figures are a table's rows; two buttons are no widget."""
    assert counted_buttons(["Classement", "Brest", "45", "Lorient", "43", "Rennes", "41", "Nantes"]) == []
    assert counted_buttons(["12", "OUI", "7", "NON"]) == []
