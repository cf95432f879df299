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
