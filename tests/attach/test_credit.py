"""The credit line: what the source tells of itself, never invented."""

from pathlib import Path

import redac
from redac.attach import attach_options
from redac.attach.credit import credit_line, make_credit
from redac.models import Metadata
from redac.pipeline import rewrite_clean
from redac.render.article import article_markdown
from redac.render.html import article_html

DATA = Path(__file__).parent / "data"


def test_credit_from_html_metadata_names_site_author_and_date():
    result = redac.clean(DATA / "page_with_figure.html")
    credit = make_credit(result.document.meta)
    assert credit.site == "Le Courrier du Sud"
    assert credit.url == "https://www.courrier-du-sud.fr/gard/inondations-plan-orsec.html"
    assert credit_line(credit) == "Source\u00a0: Le Courrier du Sud (Marion Castel), 17 octobre 2024"


def test_agency_lines_moved_to_metadata_are_credited():
    meta = Metadata(site="Le Journal de Lyon", attribution=["Le Journal de Lyon avec AFP et Reuters"], date="2024-05-01")
    assert credit_line(make_credit(meta)) == "Source\u00a0: Le Journal de Lyon (avec AFP, Reuters), 1er mai 2024"


def test_source_url_given_by_the_editor_names_the_site_when_nothing_else_does():
    credit = make_credit(Metadata(), "https://www.ouest-exemple.fr/bretagne/article-123")
    assert (credit.site, credit.url) == ("ouest-exemple.fr", "https://www.ouest-exemple.fr/bretagne/article-123")


def test_nothing_known_means_no_credit_and_the_report_says_so():
    text = (DATA.parent.parent / "data" / "samples" / "003_296e4487893b9572.txt").read_text(encoding="utf-8")
    result = rewrite_clean(redac.clean(text), attachments=attach_options())
    assert result.article.credit is None
    assert "Source" not in article_markdown(result.article).split("---", 2)[2]
    assert any(note.startswith("crédit : aucun") for note in result.report.notes)


def test_no_credit_flag_leaves_the_line_out():
    result = rewrite_clean(redac.clean(DATA / "page_with_figure.html"), min_words=100, attachments=attach_options(credit=False))
    assert result.article.credit is None
    assert "crédit : désactivé (--no-credit)" in result.report.notes


def test_credit_in_every_format_and_linked():
    result = rewrite_clean(redac.clean(DATA / "page_with_figure.html"), min_words=100, attachments=attach_options())
    url = "https://www.courrier-du-sud.fr/gard/inondations-plan-orsec.html"
    assert f"[Source : Le Courrier du Sud (Marion Castel), 17 octobre 2024](<{url}>)" in article_markdown(result.article).replace("\u00a0", " ")
    page = article_html(result.article)
    assert f'<p class="source"><a href="{url}">Source\u00a0: Le Courrier du Sud' in page
    assert f'"isBasedOn": "{url}"' in page
    assert result.to_dict()["article"]["credit"]["site"] == "Le Courrier du Sud"


def test_a_javascript_url_is_never_a_link():
    result = rewrite_clean(redac.clean(DATA / "page_hostile_urls.html"), min_words=100, attachments=attach_options())
    assert result.article.credit.site == "La Gazette de l’Escaut" and result.article.credit.url is None
    for text in (article_markdown(result.article), article_html(result.article)):
        assert "javascript:" not in text and "data:image" not in text
