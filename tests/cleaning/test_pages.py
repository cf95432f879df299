"""Pages with no article (cleaning/pages.py), and short articles that must never be taken for one;
every text here is written for the test."""

import subprocess
import sys
from pathlib import Path

import pytest

from redac.cleaning import clean_document
from redac.cleaning.pages import CUT_TEASERS, GLUED_ITEMS, LONE_TEASER, nothing_developed
from redac.ingest import parse

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


def test_a_page_whose_one_line_is_a_cut_teaser_holds_no_article() -> None:
    result = _clean(LONE_TEASER_PAGE)
    assert result.document.blocks == [] and result.document.title is None
    assert [(removal.rule, removal.reason) for removal in result.removed] == [("page.no_article", LONE_TEASER)]


# Three paragraphs of one story that share no long word, cut apart by credits (found by the property test).
UNRELATED_PARAGRAPHS = """La métropole a annoncé mercredi que les essais reprendraient dès le 10 juin, pour une remise en service à la fin de l'été.
(Photo Jeanne Morel / AFP)
Les travaux avaient été suspendus en décembre à la suite d'une panne sur l'une des cabines.
(Photo Jeanne Morel / AFP)
Le coût des réparations est estimé à 1,2 million d'euros, pris en charge par le constructeur selon l'exploitant.
"""


# A rubric page scraped into one line per item: headline, section, rubric and time stamp glued to the teaser.
GLUED_RUBRIC_PAGE = """Vannes : un incendie ravage un entrepôt de la zone de Kerlann Bretagne | Faits divers mardi 14 octobre à 07h12 Les pompiers sont intervenus toute la nuit.
Lorient : la base sous-marine accueillera un musée de la pêche Bretagne | Culture lundi 13 octobre à 18h40 Le projet sera présenté au conseil municipal.
Quimper : le festival de Cornouaille dévoile sa programmation Bretagne | Culture lundi 13 octobre à 11:05 Une trentaine de groupes sont attendus en juillet.
Brest : la ligne de tramway B ouvrira au printemps Bretagne | Transports dimanche 12 octobre à 20h18 Les essais ont commencé sur la rive droite.
"""

# One story whose dates run into a place name, as agendas write them: an article, each line on its own.
AGENDA_STORY = """Fête de la Bretagne : le programme du week-end à Rennes
Le défilé partira samedi 17 mai à 14h30 Place de la Mairie, avec une vingtaine de bagadoù venus de toute la région.
Un fest-noz géant se tiendra le soir même sur l'esplanade Charles-de-Gaulle, de 20 heures à 2 heures du matin.
Les organisateurs attendent plus de 30 000 personnes sur les deux jours, selon la mairie de Rennes.
"""


def test_a_page_of_items_glued_to_their_rubric_and_time_holds_no_article() -> None:
    result = _clean(GLUED_RUBRIC_PAGE)
    assert result.document.blocks == []
    assert {(removal.rule, removal.reason) for removal in result.removed} == {("page.no_article", GLUED_ITEMS)}


@pytest.mark.parametrize("article", [WIRE_STORY, WIRE_STORY_WITH_ADS, LIVE_BLOG, UNRELATED_PARAGRAPHS, AGENDA_STORY])
def test_a_short_article_is_never_taken_for_a_listing(article: str) -> None:
    result = _clean(article)
    assert not [removal for removal in result.removed if removal.rule == "page.no_article"]
    kept = [result.document.title or ""] + [block.text for block in result.document.blocks]
    for line in article.split("\n"):
        if line.strip() and line != "Publicité" and not line.startswith("(Photo"):
            assert line in kept


def test_a_teaser_under_its_headline_may_be_an_excerpt_and_stays() -> None:
    result = _clean("Quimperlé : la piscine d'été ne rouvrira pas\n" + LONE_TEASER_PAGE)
    assert not result.removed and result.document.blocks[-1].text == LONE_TEASER_PAGE.strip()


def test_a_lone_line_of_several_sentences_cut_short_is_an_excerpt_and_stays() -> None:
    """A teaser says one or two sentences; a line that develops the story over several is the article's
    text pasted up to where the page cut it."""
    excerpt = ("Battu sur la dernière action à Brive, samedi soir, le club de Mont-de-Marsan quitte la Corrèze avec un point. "
               "Son entraîneur regrettait surtout les ballons perdus en touche. Le pack a tenu jusqu'à l'heure de jeu. "
               "Ensuite, la fatigue a pesé sur les choix des avants, et les remplaçants ne sont jamais entrés dans le…\n")
    result = _clean(excerpt)
    assert not result.removed and [block.text for block in result.document.blocks] == [excerpt.strip()]


def test_a_lone_excerpt_behind_a_paywall_prompt_is_the_article_s_visible_text() -> None:
    page = LONE_TEASER_PAGE + "Pour lire cet article du Courrier de Cornouaille :\nPas encore abonné ?\n"
    result = _clean(page)
    assert [block.text for block in result.document.blocks] == [LONE_TEASER_PAGE.strip()]
    assert {removal.rule for removal in result.removed} == {"paywall.short"}


def _redac(*args: str, page: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "redac", *args, str(page)], capture_output=True, timeout=60, text=True)


@pytest.mark.parametrize("command", [["clean"], ["rewrite"]])
def test_the_cli_ends_on_one_line_with_the_reason_and_exit_2(tmp_path: Path, command: list[str]) -> None:
    page = tmp_path / "une.txt"
    page.write_text(LONE_TEASER_PAGE, encoding="utf-8")
    proc = _redac(*command, page=page)
    assert proc.returncode == 2 and proc.stdout == "" and "Traceback" not in proc.stderr
    error = [line for line in proc.stderr.splitlines() if not line.startswith("redac: notice: ")]  # the engine in use
    assert len(error) == 1 and error[0].startswith("redac: error: ") and "no article text" in error[0]
    assert "no article here" in error[0]


def test_explain_shows_why_each_line_of_a_page_with_no_article_went(tmp_path: Path) -> None:
    page = tmp_path / "rubrique.txt"
    page.write_text(LONE_TEASER_PAGE, encoding="utf-8")
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


SOMMAIRE = [
    "Au sommaire de l'édition du dimanche",
    "Vannes : le pont de Kérino fermé trois mois",
    "Les travaux de consolidation débuteront lundi, ont annoncé les services de la ville de Vannes, qui ...",
    "Rugby : le RCV s'impose à domicile",
    "Porté par un public record, le club a battu Bayonne et remonte à la troisième place du ...",
    "« Nous avons retrouvé notre fils grâce aux réseaux sociaux »",
    "Lorient : un nouveau ferry pour Groix",
    "La compagnie a présenté samedi le navire qui remplacera dès l'été l'ancien bateau de la ...",
]


def test_what_a_listing_leaves_without_a_paragraph_is_no_article() -> None:
    """The shape rules took the page's headlines and teasers; one quoted headline is left."""
    dropped = [i != 5 for i in range(len(SOMMAIRE))]
    assert nothing_developed(SOMMAIRE, [False] * len(SOMMAIRE), dropped)


def test_a_brief_left_under_a_listing_is_developed_and_stays() -> None:
    """Two sentences, however short, develop a story: the page holds an article."""
    brief = "Le pont de Kérino rouvrira le 2 juin. Les bus reprendront leur trajet habituel."
    texts = [*SOMMAIRE[:5], brief, *SOMMAIRE[6:]]
    dropped = [i != 5 for i in range(len(texts))]
    assert not nothing_developed(texts, [False] * len(texts), dropped)
    assert not nothing_developed(SOMMAIRE, [False] * len(SOMMAIRE), [i < 2 for i in range(len(SOMMAIRE))])


CUT_OPENINGS = """Pour ces élections cantonales, les électeurs de Haute-Savoie devront désigner des binômes paritaires dans dix-sept cantons redessinés par…
Un adolescent de quinze ans a été interpellé samedi soir à Annecy après une rixe entre bandes rivales sur le Pâquier, selon le parquet qui a […]
"""


def test_a_page_whose_every_line_is_a_teaser_cut_short_holds_no_article() -> None:
    """Two openings of two stories, each stopped with « … »: a listing's teasers, not one article."""
    result = _clean(CUT_OPENINGS)
    assert result.document.blocks == [] and result.document.title is None
    assert {(removal.rule, removal.reason) for removal in result.removed} == {("page.no_article", CUT_TEASERS)}


def test_a_lone_teaser_with_its_link_glued_after_the_ellipsis_holds_no_article() -> None:
    page = LONE_TEASER_PAGE.strip().removesuffix("[…]") + "… Lire la suite\n"
    result = _clean(page)
    assert result.document.blocks == [] and [removal.rule for removal in result.removed] == ["page.no_article"]


def test_an_article_cut_by_the_page_end_keeps_its_lines() -> None:
    """Lines stopped mid-sentence without « … » (found by the property test: an article's last line cut
    by the excerpt, shown twice, or beside another story's teaser) are no sign of a listing."""
    first = "Le chantier du pont de Seyssel, d'un coût de 4 millions d'euros, doit s'achever en juin, selon la communauté de communes. Les tra"
    for page in (f"{first}\n{first}\n", f"{first}\n{CUT_OPENINGS.split(chr(10), maxsplit=1)[0]}\n"):
        result = _clean(page)
        assert first in [block.text for block in result.document.blocks] + [result.document.title]


def test_hard_wrapped_text_is_no_page_of_cut_teasers() -> None:
    """A paragraph wrapped at a fixed width: every line stops mid-sentence, but the lines after the first
    open in lower case, and go on each other."""
    wrapped = ("Le conseil municipal d'Annecy a voté jeudi soir, après trois heures de débats, la création d'une zone\n"
               "piétonne dans la vieille ville, qui entrera en vigueur au printemps prochain selon le calendrier de la\n"
               "mairie, malgré l'opposition des commerçants de la rue Sainte-Claire et des riverains du quai de l'Évêché.\n")
    result = _clean(wrapped)
    assert not [removal for removal in result.removed if removal.rule == "page.no_article"]


def test_a_menu_word_left_by_a_listing_is_no_article_either() -> None:
    """Menu items of a word or two (« BOX-OFFICE », « LES AFFICHES ») left over a listing develop nothing."""
    texts = ["BOX-OFFICE", "LES AFFICHES", *SOMMAIRE]
    dropped = [i >= 2 for i in range(len(texts))]
    assert nothing_developed(texts, [False] * len(texts), dropped)
    assert not nothing_developed(["Le pont rouvrira lundi. Les travaux sont finis.", *texts[1:]], [False] * len(texts), dropped)
