"""Cleaning decisions that depend on a line's neighbours."""

import redac


def test_subheading_that_a_removed_related_link_mentions_is_kept() -> None:
    text = ("Lire aussi : La réponse de Moscou aux sanctions européennes\n"
            "Le Kremlin a rejeté jeudi les accusations de Kiev et promis une riposte.\n"
            "La réponse de Moscou\n"
            "Le porte-parole du Kremlin a annoncé des mesures de rétorsion dès la semaine prochaine.\n")
    blocks = [(b.text, b.kind) for b in redac.clean(text).document.blocks]
    assert ("La réponse de Moscou", "heading") in blocks


def test_related_header_inside_the_article_takes_one_headline_only() -> None:
    text = ("Le Kremlin a rejeté jeudi les accusations de Kiev et promis une riposte rapide.\n"
            "À lire aussi\n"
            "Sanctions : l’Union européenne prépare un quatorzième paquet\n"
            "La réponse de Moscou\n"
            "Le porte-parole du Kremlin a annoncé des mesures de rétorsion dès la semaine prochaine.\n"
            "Sur le même sujet\n"
            "Ukraine : la contre-offensive marque le pas\n"
            "Russie : le rouble au plus bas depuis un an\n")
    result = redac.clean(text)
    kept = [b.text for b in result.document.blocks]
    assert "La réponse de Moscou" in kept
    assert not any(line.startswith(("Sanctions", "Ukraine :", "Russie :")) for line in kept)


def test_the_title_a_breadcrumb_closes_on_is_no_echo_of_it() -> None:
    text = ("Accueil du portail > Vie locale > Les cidriers du pays d’Auge inquiets...\n"
            "Les cidriers du pays d’Auge inquiets...\n"
            "La récolte de pommes a reculé d’un tiers cette année dans le pays d’Auge, selon la chambre d’agriculture.\n"
            "Plusieurs cidreries envisagent de réduire leur production de calvados dès le printemps prochain.\n")
    cleaned = redac.clean(text)
    texts = [b.text for b in cleaned.document.blocks]
    assert "Les cidriers du pays d’Auge inquiets..." in texts or cleaned.document.title == "Les cidriers du pays d’Auge inquiets..."
    assert not any(t.startswith("Accueil du portail") for t in texts)


def test_a_live_entry_under_a_related_header_inside_the_article_is_kept() -> None:
    """Inside a live blog, a line that opens on its time as the other entries do is the next entry's
    heading, even right under « À lire aussi »: the header goes, the entry stays. A headline without a
    time there is still the listed one."""
    entries = ("Crue de la Garonne : suivez la montée des eaux à Agen\n"
               "La Garonne a dépassé mardi matin la cote de 9 mètres à Agen, un niveau inédit depuis 1981.\n"
               "Voir aussi\n"
               "{heading}\n"
               "La préfecture a ordonné l’évacuation de deux quartiers bas, où la Garonne a déjà noyé les caves.\n"
               "Les pompiers ont secouru une vingtaine d’habitants bloqués à l’étage de leur maison.\n"
               "10h20 : La SNCF coupe la ligne Agen-Bordeaux\n"
               "Les trains sont remplacés par des cars jusqu’à nouvel ordre entre Agen et Marmande.\n")
    stamped = "11h05 : deux quartiers évacués, les caves déjà inondées"
    kept = [b.text for b in redac.clean(entries.format(heading=stamped)).document.blocks]
    assert stamped in kept and "Voir aussi" not in kept
    listed = "Inondations : les assureurs appellent à déclarer vite les sinistres"
    kept = [b.text for b in redac.clean(entries.format(heading=listed)).document.blocks]
    assert listed not in kept


def test_a_short_line_shown_three_times_is_furniture_the_first_time_too() -> None:
    """A template's call to action under each entry of a listing: the first copy goes with the others. A finished
    sentence shown three times is the article's, its first copy kept (the hypothesis property found it)."""
    text = "\n".join([
        "Le conseil départemental du Finistère a voté jeudi un budget de 1,2 milliard d'euros, en hausse de 3 % sur un an.",
        "Regardez notre chaîne en continu",
        "Les routes départementales recevront 85 millions d'euros, dont 20 millions pour les ponts du nord du département.",
        "Regardez notre chaîne en continu",
        "Les collèges bénéficieront d'un plan de rénovation de 40 millions d'euros étalé sur quatre ans, selon la présidente.",
        "Regardez notre chaîne en continu",
    ])
    result = redac.clean(text)
    kept = [block.text for block in result.document.blocks] + [result.document.title or ""]
    assert not any("Regardez notre chaîne" in line for line in kept)
    assert sum("millions d'euros" in line for line in kept) == 2
    repeated = redac.clean("Le gouvernement promet un plan de relance d’ici l’été.\n" * 3)
    kept = {repeated.document.title} | {block.text for block in repeated.document.blocks}
    assert "Le gouvernement promet un plan de relance d’ici l’été." in kept


def test_captions_shown_twice_do_not_make_the_article_a_listing() -> None:
    """A magazine page prints each photo's caption twice (alt text, then legend), long quotes closed by their credit: the
    copies pair up like a listing's headlines and teasers, but they are captions, and the article around them stays."""
    captions = [
        "LES CHALUTIERS à quai (ci-dessus), au port de Lorient, dans le Morbihan, faute de poisson à pêcher au large. © MAXPPP",
        "MARC LE GALL, patron pêcheur à Douarnenez (Finistère) : « Nous n'avons jamais vu aussi peu de sardines en juillet, "
        "les bancs restent au large. » © J. MORVAN",
        "ANNE KERBRAT (ci-dessus), mareyeuse au Guilvinec : « Les prix ont doublé depuis le printemps et les clients suivent "
        "de plus en plus mal. » © P. RIOU",
        "YANN LE DU, conserveur à Concarneau : « Nous tournons à un tiers de nos capacités, il faudra sans doute chômer en "
        "septembre. » © DR",
    ]
    standfirst = ("La saison de la sardine restera dans les mémoires tant par son retard que par ses faibles prises. "
                  "Comment les pêcheurs bretons ont-ils vécu cet été ? Témoignages dans les ports.")
    body = ("« Depuis vingt ans que je travaille ici, je n'ai jamais vu une saison pareille », confie un patron pêcheur du port "
            "de Douarnenez, qui a débarqué en juillet moins de la moitié de ses prises de l'an dernier. Le comité régional "
            "des pêches réclame une aide de l'État pour passer l'hiver.")
    lines = ["SARDINE RARE, PRIX ÉLEVÉS... Une saison hors normes", "Le Marin - n°412 - août 2023 - page 8", standfirst,
             *[caption for caption in captions for _ in range(2)], "Finistère", "Des quais déserts", body]
    result = redac.clean("\n\n".join(lines))
    kept = {result.document.title} | {block.text for block in result.document.blocks}
    assert standfirst in kept
    assert body in kept


def test_bulleted_items_a_sentence_announces_stay_with_it() -> None:
    """« Au programme de cette soirée … : » and the bulleted items under it are the article's own list, though the items
    name nothing the paragraphs name (the line model alone took two of them for furniture)."""
    lines = [
        "Samedi 24 juin, le comité des fêtes de Locmaria organise sa traditionnelle soirée de la Saint-Jean sur la place de l'église.",
        "Au programme de cette soirée, ouverte à tous les habitants du village :",
        "- apéritif offert",
        "- repas partagé",
        "- animation musicale",
        "Le feu sera allumé à la tombée de la nuit par les pompiers volontaires de la commune, qui assureront la sécurité jusqu'à minuit.",
    ]
    result = redac.clean("\n".join(lines))
    kept = [block.text for block in result.document.blocks]
    assert ["apéritif offert", "repas partagé", "animation musicale"] == kept[2:5]
