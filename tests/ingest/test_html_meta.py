"""A page's metadata from what it declares: meta tags, JSON-LD, <time>, its one <h1>."""

import json

from redac.ingest.html import parse_html

BODY = "<article><h1>{h1}</h1>" + "".join(
    f"<p>{text}</p>" for text in [
        "Le conseil municipal de Rennes a adopté mardi soir un plan de rénovation de ses écoles publiques.",
        "Le programme prévoit 12 millions d’euros de travaux entre 2025 et 2028 pour isoler les bâtiments.",
        "L’opposition a dénoncé un calendrier trop serré et demandé un audit indépendant des chantiers.",
    ]
) + "</article>"


def _page(head: str, h1: str = "Rennes rénove ses écoles") -> str:
    return f'<!DOCTYPE html><html lang="fr"><head>{head}</head><body>{BODY.format(h1=h1)}</body></html>'


def test_meta_tags() -> None:
    document = parse_html(_page(
        '<title>Rennes rénove ses écoles - Ouest-Info</title><meta name="author" content="Claire Dumas">'
        '<meta property="og:site_name" content="Ouest-Info"><meta property="article:published_time" content="2025-03-11T18:02:00+01:00">'
        '<link rel="canonical" href="https://ouest-info.example/rennes/ecoles.html">'), "page.html")
    meta = document.meta
    assert (document.title, meta.author, meta.date, meta.site, meta.url, meta.language) == (
        "Rennes rénove ses écoles", "Claire Dumas", "2025-03-11", "Ouest-Info", "https://ouest-info.example/rennes/ecoles.html", "fr")


def test_json_ld_article_and_graph() -> None:
    linked = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "url": "https://x.example/p"},
        {"@type": "NewsArticle", "headline": "Titre déclaré", "datePublished": "2025-03-12",
         "author": [{"@type": "Person", "name": "Ana Lopes"}, {"@type": "Person", "name": "Marc Petit"}],
         "publisher": {"@type": "Organization", "name": "Le Quotidien"}}]}
    document = parse_html(_page(f'<script type="application/ld+json">{json.dumps(linked)}</script>', h1=""), "page.html")
    assert (document.title, document.meta.author, document.meta.date, document.meta.site) == (
        "Titre déclaré", "Ana Lopes, Marc Petit", "2025-03-12", "Le Quotidien")


def test_hostile_json_ld_is_ignored() -> None:
    deep = '<script type="application/ld+json">' + "[" * 50_000 + "]" * 50_000 + "</script>"
    document = parse_html(_page(deep + "<title>Rennes rénove ses écoles | Ouest-Info</title>", h1=""), "page.html")
    assert document.title == "Rennes rénove ses écoles" and document.meta.author is None


def test_author_that_is_a_link_is_not_a_name() -> None:
    document = parse_html(_page('<meta property="article:author" content="https://www.facebook.com/ouestinfo">'), "page.html")
    assert document.meta.author is None


def test_a_standfirst_left_out_by_precision_mode_is_put_back_first() -> None:
    chapo = "Le conseil municipal a voté mardi soir un programme de travaux étalé sur quatre ans, malgré les critiques."
    page = _page("<title>x</title>").replace("<article>", f'<p class="chapo">{chapo}</p><article>')
    texts = [block.text for block in parse_html(page, "page.html").blocks]
    assert texts[0] == chapo and texts.count(chapo) == 1


def test_a_container_marked_intro_that_holds_the_text_is_not_a_standfirst() -> None:
    page = _page("<title>x</title>").replace("<article>", '<div class="intro"><article>').replace("</article>", "</article></div>")
    texts = [block.text for block in parse_html(page, "page.html").blocks]
    assert texts[-3].startswith("Le conseil municipal de Rennes") and not any("Le programme prévoit" in text for text in texts[:-2])


def _page_without_h1(head: str) -> str:
    return _page(head).replace("<h1>Rennes rénove ses écoles</h1>", "")


def test_the_site_name_and_rubric_around_a_declared_title_are_cut() -> None:
    titles = {
        "Le conseil de Rennes vote la rénovation des écoles | Éducation | Ouest-Info": "Le conseil de Rennes vote la rénovation des écoles",
        "Rennes : douze millions pour isoler les écoles ‹ Journal des Quartiers": "Rennes : douze millions pour isoler les écoles",
        "Ouest-Info - Rennes rénove ses écoles publiques d’ici 2028": "Rennes rénove ses écoles publiques d’ici 2028",
        "Rennes - le budget des écoles adopté à l’unanimité | Ouest-Info": "Rennes - le budget des écoles adopté à l’unanimité",
    }
    for declared, expected in titles.items():
        head = f'<meta property="og:title" content="{declared}"><meta property="og:site_name" content="Ouest-Info">'
        assert parse_html(_page_without_h1(head), "page.html").title == expected


def test_a_title_whose_dash_joins_two_parts_of_the_headline_stays_whole() -> None:
    for declared in ("Séisme en Birmanie - le bilan dépasse 1 600 morts selon la junte",
                     "Rennes : le budget des écoles adopté | le maire promet un audit"):
        head = f'<meta property="og:title" content="{declared}">'
        assert parse_html(_page_without_h1(head), "page.html").title == declared
