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
