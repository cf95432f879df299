"""The source's main image carried to the article: src, caption, credit, alt; never invented."""

from pathlib import Path

import pytest

import redac
from redac.attach import attach_options
from redac.attach.figure import alt_text
from redac.pipeline import rewrite_clean
from redac.render.article import article_markdown
from redac.render.html import article_html, json_ld

DATA = Path(__file__).parent / "data"
IMAGE = "https://img.courrier-du-sud.fr/2024/10/crue-vidourle.jpg?w=1200"


@pytest.fixture(scope="module")
def flood():
    return rewrite_clean(redac.clean(DATA / "page_with_figure.html"), min_words=100, attachments=attach_options())


def test_og_image_with_the_caption_and_credit_of_the_figure_showing_it(flood):
    figure = flood.article.figure
    assert figure.src == IMAGE  # og:image, not the sidebar's picture of another article
    assert figure.caption == "Le Vidourle en crue à Sommières, jeudi matin."
    assert figure.credit == "Photo Marion Castel"
    assert figure.alt == "Le Vidourle en crue à Sommières, jeudi matin"


def test_figure_in_markdown_html_and_json_ld_after_the_introduction(flood):
    markdown = article_markdown(flood.article)
    assert f"![Le Vidourle en crue à Sommières, jeudi matin](<{IMAGE}>)" in markdown
    body = markdown.split("---", 2)[2]
    assert body.index("La préfecture du Gard a déclenché") < body.index("![")  # the introduction stays first
    page = article_html(flood.article)
    assert f'<figure><img src="{IMAGE}" alt="Le Vidourle en crue à Sommières, jeudi matin"><figcaption>' in page
    assert f'<meta property="og:image" content="{IMAGE}">' in page
    image = json_ld(flood.article)[0]["image"]
    assert (image["url"], image["creditText"]) == (IMAGE, "Photo Marion Castel")


def test_the_audit_counts_the_image_and_its_alt(flood):
    result = flood.report.audit.result("images")
    assert result.rating == "good"


def test_a_text_source_gets_no_image():
    text = (DATA.parent.parent / "data" / "samples" / "001_61d2cc5d72aecba5.txt").read_text(encoding="utf-8")
    result = rewrite_clean(redac.clean(text), attachments=attach_options())
    assert result.article.figure is None
    assert "![" not in article_markdown(result.article) and "<figure>" not in article_html(result.article)


def test_javascript_and_data_images_are_dropped():
    result = rewrite_clean(redac.clean(DATA / "page_hostile_urls.html"), min_words=100, attachments=attach_options())
    assert result.article.figure is None


def test_alt_takes_the_keyphrase_only_where_it_fits():
    assert alt_text("Les secours dans une rue inondée de Sommières", "crue du Vidourle") == "Les secours dans une rue inondée de Sommières"
    assert alt_text("Le Vidourle en crue à Sommières", "crue du Vidourle") == "Le Vidourle en crue à Sommières"
    assert alt_text("Les eaux du Vidourle à Sommières", "crue du Vidourle") == "Crue du Vidourle : les eaux du Vidourle à Sommières"
