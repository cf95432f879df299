"""Which line is the title (redac.cleaning.title and the cleaner's title search), on real text."""

import redac
from redac.cleaning.title import quotes_at_end, reads_as_title


def test_labels_stamps_and_breadcrumbs_do_not_read_as_titles() -> None:
    assert not reads_as_title("mis à jour le 3 mars")
    assert not reads_as_title("Accueil > Sport > Cyclisme")
    assert reads_as_title("Cyclisme : Léa Morvan gagne à Privas")
    assert reads_as_title("date 2023-06 Feu de forêt : 200 pompiers mobilisés dans les Vosges")  # a long line


def test_a_headline_closing_on_a_quotation_is_not_a_paragraph() -> None:
    assert quotes_at_end("Incendie : « Nous avons tout perdu »")
    assert not quotes_at_end("Le maire a parlé. « Nous reconstruirons »")


def test_a_list_of_headlines_without_a_paragraph_has_no_title() -> None:
    headlines = [
        "Nantes : la ligne 1 du tramway coupée tout l’été",
        "Basket : Cholet s’offre le leader au bout du suspense",
        "Saint-Nazaire : un festival de jazz gratuit sur le port",
        "Vendée : la plage des Sables-d’Olonne rouverte aux baigneurs",
        "Angers : le château ouvre ses remparts la nuit",
    ]
    assert redac.clean("\n".join(headlines)).document.title is None


def test_the_headline_right_above_the_first_paragraph_is_the_title_after_a_lower_case_stamp() -> None:
    text = "\n".join([
        "publié le 12 mai à 18h04",
        "Agriculture : la récolte de cerises amputée d’un tiers dans le Gard",
        "Les gelées d’avril ont détruit près d’un tiers des fleurs dans les vergers du Gard, selon la chambre d’agriculture.",
        "Les producteurs demandent l’activation du régime des calamités agricoles.",
    ])
    assert redac.clean(text).document.title == "Agriculture : la récolte de cerises amputée d’un tiers dans le Gard"
