"""Other stories after the article, told by what their lines share with it (cleaning/stories.py), and
the article's own last lines that look like them and must stay. Every page here is written for the test."""

import pytest

import redac
from redac.cleaning.model import OTHER_STORY_CUE

BODY = """Rennes : la ligne b du métro fermée trois jours pour des travaux de signalisation
La ligne b du métro de Rennes sera fermée du vendredi au dimanche, le temps de remplacer les équipements de signalisation du tunnel entre Gares et Cesson.
Des bus de substitution desserviront chaque station de la ligne b toutes les six minutes, a précisé la métropole de Rennes dans un communiqué.
Les travaux de signalisation, prévus de longue date, doivent réduire les pannes qui ont immobilisé la ligne b à plusieurs reprises depuis son ouverture.
La métropole recommande aux voyageurs de Cesson de prendre le train express régional, dont la fréquence sera doublée pendant la fermeture du métro."""

HEADLINES_AND_TEASERS_AFTER = BODY + """
Publicité
Vendée Globe : le skipper des Sables-d'Olonne franchit le cap Horn en tête
Parti il y a cinquante jours, le navigateur vendéen compte désormais deux cents milles d'avance sur son premier poursuivant.
Saint-Malo : un festival de bande dessinée s'installe au fort national
Quarante auteurs dédicaceront leurs albums ce week-end dans l'enceinte du fort, accessible à marée basse."""

EXCLAIMED_HEADLINES_AFTER = BODY + """
Partager
Quimper : la crêperie de la place Terre-au-Duc fête ses cent ans !
Lorient : le festival interceltique dévoile son affiche !
Brest : les marins-pompiers recrutent deux cents volontaires !"""

DIGEST = """Les brèves de la semaine dans le Morbihan
Vannes : la piscine du Kercado rouvre lundi après six mois de travaux de désamiantage.
Partager
Lorient : le port de pêche accueille un chalutier neuf de vingt-quatre mètres, construit à Concarneau.
Auray : les marchés du dimanche déménagent sur la place de la République pendant l'été.
Pontivy : le conservatoire de musique ouvre une classe de bombarde et de biniou à la rentrée."""

LAST_PARAGRAPH_AFTER_A_CREDIT = BODY + """
(Photo Jeanne Le Bihan / Ouest Images)
Le chantier mobilisera une soixantaine d'agents de nuit comme de jour, avec des équipes venues de Lille et de Toulouse.
Informations pratiques : horaires au 02 99 00 00 00"""

SUBHEADING_AND_PARAGRAPH_THAT_SHARE_THE_STORY = BODY + """
Publicité
Une fermeture de la ligne b déjà vécue en 2023
En 2023, la ligne b du métro de Rennes avait déjà été fermée un week-end pour des essais de signalisation."""


def _removed(text: str) -> dict[str, str]:
    return {r.text: r.reason for r in redac.clean(text).removed}


@pytest.mark.parametrize("page", [HEADLINES_AND_TEASERS_AFTER, EXCLAIMED_HEADLINES_AFTER])
def test_other_stories_after_a_widget_line_go_and_the_article_stays(page: str) -> None:
    result = redac.clean(page)
    kept = [block.text for block in result.document.blocks]
    assert kept == BODY.splitlines()[1:]
    assert result.document.title == BODY.splitlines()[0]
    others = page.splitlines()[len(BODY.splitlines()) + 1:]
    assert all(line in _removed(page) for line in others)


def test_a_teaser_says_why_it_went() -> None:
    teaser = HEADLINES_AND_TEASERS_AFTER.splitlines()[-1]
    assert _removed(HEADLINES_AND_TEASERS_AFTER)[teaser] == f"line model: {OTHER_STORY_CUE}"


@pytest.mark.parametrize(
    "page", [DIGEST, LAST_PARAGRAPH_AFTER_A_CREDIT, SUBHEADING_AND_PARAGRAPH_THAT_SHARE_THE_STORY],
    ids=["digest of short stories", "last paragraph in other words", "subheading of the same story"],
)
def test_the_articles_own_lines_after_its_body_stay(page: str) -> None:
    removed = _removed(page)
    sentences = [line for line in page.splitlines() if line.endswith(".") and len(line.split()) >= 8]
    assert not [line for line in sentences if line in removed]
    assert OTHER_STORY_CUE not in " ".join(removed.values())


LEANING_LAST_SENTENCE = """Le conseil régional d'Occitanie a voté jeudi une aide d'urgence de douze millions d'euros aux viticulteurs de l'Aude et de l'Hérault touchés par la grêle du mois de juin, a annoncé sa présidente.
Le conseil régional d'Occitanie a voté jeudi une aide d'urgence de douze millions d'euros aux viticulteurs de l'Aude et de l'Hérault touchés par la grêle du mois de juin, a annoncé sa présidente.
(Photo by Pascal GUYOT / AFP)
À Montpellier, la rentrée universitaire repoussée d'une semaine
Cette enveloppe, versée en deux fois avant la fin de l'année, s'ajoute au fonds national de calamités agricoles que le ministère tarde encore à débloquer."""


def test_a_sentence_that_leans_on_the_one_before_is_no_other_story_s_teaser() -> None:
    """After a repeated paragraph, a credit and a stray headline, the article's last sentence shares few words
    with the one before it; it opens on a demonstrative (« Cette enveloppe »), so it goes on from the article:
    a teaser stands alone. Found by tests/cleaning/test_properties.py, which lost such a sentence."""
    kept = [block.text for block in redac.clean(LEANING_LAST_SENTENCE).document.blocks]
    assert any(text.startswith("Cette enveloppe") for text in kept)


def test_a_paragraph_shown_several_times_does_not_make_a_body_that_holds_the_page() -> None:
    """A scraper that repeats the article's one paragraph does not make it the page: under a credit and a
    stray short line, a long paragraph in other words is the article's too, not another story's teaser."""
    repeated = ("Le conseil municipal de Dieppe a voté lundi soir la gratuité des bus le samedi, "
                "une mesure réclamée par les commerçants du centre-ville depuis deux ans.")
    other = ("Au port, les pêcheurs de coquilles Saint-Jacques ont débarqué près de quarante tonnes "
             "mardi, un record pour une ouverture de saison que la criée attribue à la douceur de l’automne "
             "et à des gisements reconstitués après trois années de quotas réduits en baie de Seine.")
    text = "\n".join([repeated, repeated, repeated, "(Photo Luc Marin / AFP)", "Tendances Régions", other])
    kept = [block.text for block in redac.clean(text).document.blocks]
    assert other in kept


def test_one_short_line_over_one_sentence_after_the_body_is_the_article_s_last_section() -> None:
    """After a share widget, a short line over one sentence in other words may be the article's last
    subheading and paragraph: a block of other stories holds several headlines."""
    text = BODY + """
Partager
Prochaine étape : les quais
Un second chantier, prévu pour l’été prochain, concernera l’éclairage des quais souterrains."""
    kept = [block.text for block in redac.clean(text).document.blocks]
    assert "Un second chantier, prévu pour l’été prochain, concernera l’éclairage des quais souterrains." in kept
