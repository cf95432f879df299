"""Pages with no article (cleaning/pages.py), and short articles that must never be taken for one;
every text here is written for the test."""

import subprocess
import sys
from pathlib import Path

import pytest

from redac.cleaning import clean_document
from redac.cleaning.pages import ITEM_LIST, LONE_TEASER
from redac.ingest import parse

# A home page's latest news: each item a time stamp, a headline glued to the site's name, its teaser.
LATEST_NEWS = """Toute l'actualité
14:52 - Pont-Audemer : un incendie ravage un entrepôt de pneus, la fumée visible à dix kilomètres - L'Écho normand Les pompiers ont lutté une partie de la nuit contre les flammes.
14:40 - Cyclisme : la Ronde de l'Eure change de parcours après des travaux sur la départementale - L'Écho normand Les organisateurs ont dévoilé un tracé plus court de vingt kilomètres.
14:31 - Vernon : la médiathèque rouvre ses portes après dix-huit mois de rénovation - L'Écho normand Le bâtiment accueille désormais un espace de jeux vidéo et un atelier numérique.
14:18 - Justice : un ancien trésorier d'association condamné pour abus de confiance à Évreux - L'Écho normand Il avait détourné près de 40 000 euros en cinq ans.
14:05 - Agriculture : les producteurs de lin s'inquiètent d'une récolte tardive - L'Écho normand La pluie de juin a retardé l'arrachage dans tout le pays de Caux.
"""

# A rubric page: short teasers on unrelated subjects, each closed by a link.
RUBRIC_PAGE = """Société
Un collectif de parents réclame des surveillants supplémentaires dans les cantines de Besançon.
Lire la suite
La gendarmerie lance un appel à témoins après la disparition d'un randonneur dans le Jura.
Lire la suite
Les loyers étudiants ont augmenté de six pour cent en un an à Dijon, selon une association.
Lire la suite
Une boulangerie de Pontarlier remporte le concours régional de la meilleure baguette.
Lire la suite
"""

WIRE_STORY = """Séisme : une secousse de magnitude 4,1 ressentie dans les Pyrénées-Atlantiques
Un séisme de magnitude 4,1 a été ressenti mardi peu après 6 heures dans le sud des Pyrénées-Atlantiques, a indiqué le Bureau central sismologique français.
L'épicentre de la secousse a été localisé à une dizaine de kilomètres d'Arette, à faible profondeur. Aucun blessé ni dégât important n'a été signalé.
Plusieurs habitants d'Oloron-Sainte-Marie ont appelé les pompiers après avoir senti leurs meubles trembler. La préfecture rappelle les consignes en cas de nouvelle secousse.
"""

# The same story, its paragraphs cut apart by advertising labels.
WIRE_STORY_WITH_ADS = """Séisme : une secousse de magnitude 4,1 ressentie dans les Pyrénées-Atlantiques
Un séisme de magnitude 4,1 a été ressenti mardi peu après 6 heures dans le sud des Pyrénées-Atlantiques.
Publicité
L'épicentre du séisme a été localisé près d'Arette, selon le Bureau central sismologique français.
Publicité
Plusieurs habitants des Pyrénées-Atlantiques ont appelé les pompiers après la secousse, sans blessé.
"""

LIVE_BLOG = """Tempête Ciarán : suivez l'évolution de la situation en Bretagne
11h45 - Plus de 200 000 foyers bretons restent privés d'électricité ce jeudi, selon Enedis, qui a mobilisé 3 000 techniciens.
11h20 - Dans le Finistère, les pompiers ont mené plus de 800 interventions depuis minuit, surtout pour des arbres tombés sur les routes.
10h55 - La préfecture du Finistère maintient l'interdiction de circuler sur les routes du département jusqu'à midi.
10h30 - Les rafales ont atteint 207 km/h à la pointe du Raz, un record pour une tempête en Bretagne selon Météo-France.
10h05 - Les écoles du Finistère et des Côtes-d'Armor resteront fermées toute la journée, a annoncé le rectorat.
"""

LONE_TEASER_PAGE = "Le conseil municipal de Quimperlé a voté jeudi soir la fermeture de la piscine d'été, une décision que les riverains du quartier de Kerbertrand ont accueillie avec […]\n"


def _clean(text: str):
    return clean_document(parse(text, "page.txt").documents[0])


@pytest.mark.parametrize(("page", "reason"), [(LATEST_NEWS, ITEM_LIST.format(n=5)), (RUBRIC_PAGE, ITEM_LIST.format(n=4)),
                                              (LONE_TEASER_PAGE, LONE_TEASER)])
def test_a_page_with_no_article_loses_every_line_with_the_reason(page: str, reason: str) -> None:
    result = _clean(page)
    assert result.document.blocks == [] and result.document.title is None
    assert reason in {removal.reason for removal in result.removed}
    assert len(result.removed) == len([line for line in page.split("\n") if line.strip()])


@pytest.mark.parametrize("article", [WIRE_STORY, WIRE_STORY_WITH_ADS, LIVE_BLOG])
def test_a_short_article_is_never_taken_for_a_listing(article: str) -> None:
    result = _clean(article)
    assert not [removal for removal in result.removed if removal.rule == "page.no_article"]
    kept = [result.document.title or ""] + [block.text for block in result.document.blocks]
    for line in article.split("\n"):
        if line.strip() and line != "Publicité":
            assert line in kept


def test_a_teaser_under_its_headline_may_be_an_excerpt_and_stays() -> None:
    result = _clean("Quimperlé : la piscine d'été ne rouvrira pas\n" + LONE_TEASER_PAGE)
    assert not result.removed and result.document.blocks[-1].text == LONE_TEASER_PAGE.strip()


def _redac(*args: str, page: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "redac", *args, str(page)], capture_output=True, timeout=60, text=True)


@pytest.mark.parametrize("command", [["clean"], ["rewrite"]])
def test_the_cli_ends_on_one_line_with_the_reason_and_exit_2(tmp_path: Path, command: list[str]) -> None:
    page = tmp_path / "une.txt"
    page.write_text(LATEST_NEWS, encoding="utf-8")
    proc = _redac(*command, page=page)
    assert proc.returncode == 2 and proc.stdout == "" and "Traceback" not in proc.stderr
    error = [line for line in proc.stderr.splitlines() if not line.startswith("redac: notice: ")]  # the engine in use
    assert len(error) == 1 and error[0].startswith("redac: error: ") and "no article text" in error[0]
    assert "no article here" in error[0]


def test_explain_shows_why_each_line_of_a_page_with_no_article_went(tmp_path: Path) -> None:
    page = tmp_path / "rubrique.txt"
    page.write_text(RUBRIC_PAGE, encoding="utf-8")
    proc = _redac("clean", "--explain", page=page)
    assert proc.returncode == 2 and "page.no_article" in proc.stderr and "Traceback" not in proc.stderr


ARTICLE_HTML = """<html><head><title>Grève à la raffinerie de Donges</title></head><body><article>
<h1>Grève à la raffinerie de Donges : la production à l'arrêt</h1>
<p>Les salariés de la raffinerie de Donges, en Loire-Atlantique, ont voté mardi la reconduction de la grève, qui bloque les expéditions de carburant depuis six jours.</p>
<p>La direction du site affirme que les stocks des stations de la région tiendront jusqu'à la fin de la semaine, mais plusieurs préfectures ont déjà limité les ventes de carburant.</p>
<p>Les syndicats réclament une hausse des salaires de 7 % et doivent rencontrer la direction jeudi matin à Saint-Nazaire.</p>
<p>Nolwenn Le Goff</p>
</article></body></html>"""


def test_an_html_article_loses_the_author_s_name_signed_under_it() -> None:
    result = clean_document(parse(ARTICLE_HTML, "greve.html").documents[0])
    assert [r.rule for r in result.removed if r.text == "Nolwenn Le Goff"] == ["byline.signature"]
    assert len(result.document.blocks) == 3


def test_an_html_name_over_a_paragraph_is_a_heading_and_stays() -> None:
    page = ARTICLE_HTML.replace("<p>Nolwenn Le Goff</p>", "<p>Nolwenn Le Goff</p><p>La déléguée syndicale a pris la parole devant le piquet de grève, mardi, pour annoncer le vote.</p>")
    result = clean_document(parse(page, "greve.html").documents[0])
    assert not [r for r in result.removed if r.text == "Nolwenn Le Goff"]
