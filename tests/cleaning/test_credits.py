"""Credits and bylines told by their make-up, names and nothing else (cleaning/credits.py), and the
article's short lines of names that must stay. Every page here is written for the test."""

import pytest

import redac
from redac.cleaning.credits import CREDIT_REASON, doubled, names_only

# A title that closes on a quotation, over a lead that opens with one: the body's run takes the title in.
TITLE = "Observatoire du Trégor : « Nous voulions rendre le ciel aux habitants de Lannion »"
BODY = """« C'est une renaissance » : l'observatoire du Trégor accueille de nouveau le public depuis samedi, après deux années de travaux.
L'observatoire du Trégor accueille de nouveau le public depuis samedi, après deux années de rénovation de sa coupole et de son télescope.
Les bénévoles de l'association proposent des soirées d'observation chaque vendredi, dès la tombée de la nuit, sur réservation auprès de la mairie.
Le télescope restauré permet d'observer les anneaux de Saturne et les cratères de la Lune, a expliqué le président de l'association.
La commune de Lannion a financé la moitié des travaux, le reste venant de la région et d'une souscription lancée auprès des habitants."""


def _page(*above_body: str, after: str = "") -> str:
    return "\n".join([TITLE, *above_body, BODY, *([after] if after else [])])


def _reasons(text: str) -> dict[str, str]:
    return {r.text: r.reason for r in redac.clean(text).removed}


@pytest.mark.parametrize(
    "byline", ["PAULINE RIVIÈRE", "Gwenaëlle Le Goff", "Yann Kervella et Soizic Morvan", "Mathilde Roux/Studio Armor"],
)
def test_a_byline_of_names_alone_under_the_title_goes(byline: str) -> None:
    result = redac.clean(_page(byline))
    assert _reasons(_page(byline)).get(byline, "").endswith(CREDIT_REASON)
    assert result.document.title == TITLE
    assert [b.text for b in result.document.blocks] == BODY.splitlines()


@pytest.mark.parametrize("credit", ["Radio VallonRadio Vallon", "Loïc Perrot/Agence Iroise"])
def test_a_credit_after_the_body_goes(credit: str) -> None:
    assert credit in _reasons(_page(after=credit))


@pytest.mark.parametrize(
    "line", ["FESTIVAL DU FILM DE DOUARNENEZ", "Tri Yann - Les prisons de Nantes -", "Gwenaëlle Le Goff : « Nous attendions ce jour »"],
    ids=["heading in capitals", "song list item", "a name that speaks"],
)
def test_lines_of_names_that_say_more_are_no_credit(line: str) -> None:
    assert not _reasons(_page(line)).get(line, "").endswith(CREDIT_REASON)


def test_a_speakers_name_inside_the_body_stays() -> None:
    speaker = "Soizic Morvan"
    lines = BODY.splitlines()
    page = "\n".join([TITLE, *lines[:2], speaker, "« Nous ouvrirons aussi la coupole aux écoles du Trégor dès le mois prochain. »", *lines[2:]])
    assert speaker in [b.text for b in redac.clean(page).document.blocks]


def test_a_line_of_names_next_to_the_publication_stamp_is_the_byline_inside_the_body_s_run() -> None:
    """Under a lead the body's run takes in, a line of names alone right under « Publié le … » is the
    byline; the same names between two paragraphs, with no stamp beside them, are a speaker's and stay."""
    lines = BODY.splitlines()
    byline = "HÉLÈNE ROYER"
    page = "\n".join([TITLE, lines[0], "Publié le 4 juin 2024 à 08h15", byline, *lines[1:]])
    assert _reasons(page).get(byline, "").endswith(CREDIT_REASON)
    page = "\n".join([TITLE, lines[0], byline, *lines[1:]])
    assert byline in [b.text for b in redac.clean(page).document.blocks]


def test_the_shapes_read_names_and_copies_only() -> None:
    assert doubled("Le Télégramme BrestLe Télégramme Brest") and doubled("Ouest Radio Ouest Radio")
    assert not doubled("Brest Brest-Métropole") and not doubled("Oui")
    assert names_only("J.-L. Marec") and names_only("Anne Le Floch & Yves Bodénès")
    assert not names_only("Anne Le Floch a gagné") and not names_only("Promotion 2024 Lannion")


OBITUARY_PAGE = """Ils nous ont quittés cette année dans le Vaucluse
Hélène VARIN
Cette institutrice de Cavaillon, née à Apt en 1931, s'est éteinte le 3 mars à l'âge de 93 ans, entourée des siens.
Pendant quarante ans, l'école Varin, qu'elle avait fondée avec son mari, a accueilli les enfants des maraîchers de la plaine.
Armand Tessier
Le luthier de L'Isle-sur-la-Sorgue est mort le 17 juin à 81 ans. Ses violons ont joué dans les plus grands orchestres d'Europe.
Les ateliers Tessier, repris par son petit-fils, perpétuent son savoir-faire dans la vieille ville."""


def test_a_name_the_paragraphs_come_back_to_heads_its_part_and_stays() -> None:
    """Under the title, a line of names alone whose surname the body names again is the person the part
    is about (an obituary's entry), not the journalist's byline."""
    result = redac.clean(OBITUARY_PAGE)
    assert not [r.text for r in result.removed if r.reason.endswith(CREDIT_REASON)]
    assert "Armand Tessier" in [block.text for block in result.document.blocks]
