"""Which line is the title (redac.cleaning.title and the cleaner's title search), on real text."""

import redac
from redac.cleaning.title import closes_as_headline, quotes_at_end, reads_as_title


def test_labels_stamps_and_breadcrumbs_do_not_read_as_titles() -> None:
    assert not reads_as_title("mis à jour le 3 mars")
    assert not reads_as_title("Accueil > Sport > Cyclisme")
    assert reads_as_title("Cyclisme : Léa Morvan gagne à Privas")
    assert reads_as_title("date 2023-06 Feu de forêt : 200 pompiers mobilisés dans les Vosges")  # a long line


def test_a_form_field_with_its_date_is_no_title() -> None:
    """« Date de la convocation : 2 octobre 2020 »: minutes and notices list their dates as fields above the headline."""
    assert not reads_as_title("Date de la convocation : 2 octobre 2020")
    assert not reads_as_title("Date d'affichage du compte rendu : 14 mars 2022")
    assert reads_as_title("Conseil municipal du 2 octobre 2020 : le budget adopté")


def test_a_rubric_cut_at_its_separator_or_a_line_with_an_address_is_no_title() -> None:
    assert not reads_as_title("Finistère -")
    assert not reads_as_title("Macron est là, mais nous aussi : https://exemple.org/status/12")
    assert reads_as_title("Saint-Malo - Dinard : la navette maritime reprend")


def test_a_headline_closing_on_a_quotation_is_not_a_paragraph() -> None:
    assert quotes_at_end("Incendie : « Nous avons tout perdu »")
    assert not quotes_at_end("Le maire a parlé. « Nous reconstruirons »")


def test_a_headline_closing_on_a_short_tag_in_brackets_is_not_a_paragraph() -> None:
    """« (vidéo) », « [PHOTOS] » say what the headline shows; a bracket of many words closes a sentence."""
    assert quotes_at_end("Lyon : un tramway percute un bus place Bellecour (vidéo)")
    assert quotes_at_end("Tempête Ciaran : les dégâts à Brest [EN IMAGES]")
    assert not quotes_at_end("Le tramway a percuté un bus (selon les pompiers, trois blessés légers)")
    assert not quotes_at_end("Le maire a parlé. Il reconstruira (vidéo)")
    text = "\n".join([
        "Lyon : un tramway percute un bus place Bellecour, deux blessés légers (vidéo)",
        "Un tramway de la ligne T1 a percuté un bus mardi vers 8 heures place Bellecour, à Lyon, blessant légèrement deux passagers.",
        "Les images de la collision, filmées par un passant, montrent le bus projeté contre un abribus.",
    ])
    assert redac.clean(text).document.title == "Lyon : un tramway percute un bus place Bellecour, deux blessés légers (vidéo)"


def test_a_headline_closing_on_a_quotation_under_a_rubric_is_the_title() -> None:
    """Under a rubric of two words, the first long line may still close on a quotation and be the headline."""
    text = "\n".join([
        "Vie locale",
        "Le maire de Quimperlé dévoile son projet « Une rivière pour tous »",
        "Le maire de Quimperlé a présenté lundi soir son projet de réaménagement des berges de la Laïta, baptisé « Une rivière pour tous ».",
        "Les travaux doivent commencer au printemps et durer deux ans, pour un coût de 4 millions d’euros.",
    ])
    result = redac.clean(text)
    assert result.document.title == "Le maire de Quimperlé dévoile son projet « Une rivière pour tous »"
    assert "Vie locale" not in [block.text for block in result.document.blocks]


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


def test_an_english_caption_or_a_dateline_above_the_article_is_furniture_not_the_title() -> None:
    """Own text: a stock photo's English caption and a « Place, Country » dateline above a French dispatch are
    dropped (never the title), while an English quotation inside the article stays."""
    page = "\n\n".join([
        "Close-up of a protest sign with the word strike in the hands of a worker. Protest. Union. Wages",
        "Brest, France",
        "Les dockers du port de Brest ont cessé le travail mardi pour réclamer une hausse de salaire de 5 %, selon la CGT.",
        "« We will not accept this offer », a répondu en anglais le porte-parole de l'armateur norvégien, qui emploie 120 dockers à Brest.",
        "Une nouvelle réunion est prévue jeudi à la préfecture du Finistère, en présence du sous-préfet.",
    ])
    result = redac.clean(page)
    removed = {removal.rule: removal.text for removal in result.removed}
    assert any(text.startswith("Close-up") for text in removed.values()) and removed.get("stamp.dateline") == "Brest, France"
    assert result.document.title is None
    assert any(block.text.startswith("« We will not accept") for block in result.document.blocks)


def test_datelines_and_english_lines_are_read_from_their_shape() -> None:
    from redac.cleaning.title import is_dateline, reads_english

    assert is_dateline("Kyiv, Ukraine") and is_dateline("La Roche-Blanche, France")
    assert not is_dateline("Yann Tiersen, La Vapeur,") and not is_dateline("Nantes, la ville qui bouge")
    assert reads_english("The mayor of the town is on a visit to the new port with his team")
    assert not reads_english("Le maire de la ville a visité le nouveau port avec son équipe")
    assert not reads_english("The Guardian et le New York Times ont publié l'enquête")


def test_a_label_that_shares_none_of_the_story_s_words_is_no_title_above_one_that_does() -> None:
    """A menu's alt text or a ticker above the headline reads like one; the headline names the story."""
    for label in ("Bouton menu Bouton recherche Bouton compte", "Indice SBF 120 en baisse de 0,4 % à la clôture"):
        page = "\n".join([
            label,
            "Brest : le chantier du téléphérique prend six mois de retard",
            "Le téléphérique de Brest ne rouvrira pas avant l’automne, a annoncé jeudi la métropole, qui attend "
            "toujours une pièce de la cabine commandée en Suisse.",
            "Les usagers du téléphérique devront prendre le bus entre les deux rives de la Penfeld, précise Brest métropole.",
        ])
        result = redac.clean(page)
        assert result.document.title == "Brest : le chantier du téléphérique prend six mois de retard"
        assert label in [removal.text for removal in result.removed]


def test_a_title_in_other_words_than_its_story_stays_the_title() -> None:
    """A headline that plays on words shares none of the story's; with no headline of the story under
    it, it is still the title."""
    page = "\n".join([
        "Le grand saut",
        "Quarante parachutistes ont sauté mardi au-dessus de la baie de Quiberon pour fêter les 80 ans du débarquement.",
        "Les habitants de Quiberon ont suivi les sauts depuis la plage, où la mairie avait installé des gradins.",
    ])
    assert redac.clean(page).document.title == "Le grand saut"


def test_a_title_found_for_want_of_lines_drops_no_longer_headline_above_it() -> None:
    """A page that is its headline and a long caption, then widget headers and the site's name: no
    paragraph follows, and a short header found as the title for want of lines must not take the
    headline above it away as its kicker (the caption, a sentence with its credit, may go)."""
    headline = "Les électeurs de Guingamp appelés aux urnes pour une municipale partielle"
    text = "\n".join([
        "La radio des Bretons de l’étranger depuis 1952",
        headline,
        "Trois bureaux de vote accueilleront dimanche les électeurs de Guingamp, appelés à remplacer six conseillers "
        "municipaux démissionnaires (photo d’archives). OUEST/JEAN MARTIN ouest-pr",
        "Les mieux notés",
        "Les plus écoutés",
        "Radio Armor - antenne de la Société bretonne de radiodiffusion",
        "Radio Armor - antenne de la Société bretonne de radiodiffusion",
    ])
    result = redac.clean(text)
    assert headline in [block.text for block in result.document.blocks] or result.document.title == headline


def test_a_short_exclamation_may_be_the_headline() -> None:
    """The popular press closes headlines on « ! »: one short exclamation above the article is its title; two sentences,
    or a long one, stay a paragraph."""
    assert closes_as_headline("Le nouvel album de Zazie sortira le 7 septembre prochain!")
    assert closes_as_headline("Musique : les 4 actus qu’il ne fallait pas manquer cette semaine !")
    assert not closes_as_headline("Quelle soirée ! Les Brestois ont renversé le match en dix minutes !")
    result = redac.clean("Le stade brestois renverse Lens au bout du suspense !\n"
                         "Menés 2-0 à la mi-temps, les Brestois ont marqué trois buts en vingt minutes samedi soir au stade Francis-Le Blé.")
    assert result.document.title == "Le stade brestois renverse Lens au bout du suspense !"

