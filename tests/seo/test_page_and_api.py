"""Reading articles (Markdown, HTML), the Python API, and bad inputs: meaningful results or one-line errors."""

import json
import subprocess
import sys

import pytest

import redac
from redac.errors import InputError
from redac.seo.page import read_page
from redac.seo.serp import title_width_px

MARKDOWN = """---
title: "Réunion à Berlin : le président reçu"
meta_description: "Le président a été reçu à Berlin."
slug: reunion-berlin
keyphrase: réunion Berlin
---
# Le président reçu à Berlin

Premier paragraphe avec [un lien](https://x.fr/a) et une image ![la réunion](r.png).

## La réunion

- un point
- deux points

> Une citation.
"""


def test_markdown_front_matter_and_body():
    page = read_page(MARKDOWN)
    assert (page.title, page.slug, page.keyphrase, page.h1) == ("Réunion à Berlin : le président reçu", "reunion-berlin", "réunion Berlin", "Le président reçu à Berlin")
    assert [b.kind for b in page.blocks] == ["paragraph", "heading", "list_item", "list_item", "quote"]
    assert page.links[0].href == "https://x.fr/a" and page.images[0].alt == "la réunion"


def test_html_head_gives_title_description_and_slug():
    html = (
        '<html lang="fr-FR"><head><title>Titre SEO</title><meta name="description" content="Desc.">'
        '<link rel="canonical" href="https://site.fr/monde/mon-slug.html"></head><body><nav>Menu</nav>'
        "<article><h1>Titre</h1><p>Texte <a href='/x' rel='nofollow'>ici</a>.</p></article><footer>Pied</footer></body></html>"
    )
    page = read_page(html)
    assert (page.title, page.description, page.slug, page.h1, page.language) == ("Titre SEO", "Desc.", "mon-slug", "Titre", "fr")
    assert [b.text for b in page.blocks] == ["Texte ici."]
    assert page.links[0].nofollow


def test_title_width_uses_arial_metrics():
    assert title_width_px("a" * 10) == 112  # Arial 'a' = 1139/2048 em, at 20 px
    assert title_width_px("W") > title_width_px("i") * 3


def test_api_overrides_and_path(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    report = redac.audit(path, keyphrase="président", slug="autre")
    assert report.keyphrase == "président" and report.slug == "autre"
    assert report.to_dict()["scores"]["seo"] == report.seo_score


def test_no_keyphrase_gives_a_suggestion_and_a_clamped_score():
    report = redac.audit("Le sommet de Berlin réunit les ministres. Le sommet de Berlin dure deux jours. Les ministres parlent.")
    assert report.keyphrase == "" and "berlin" in report.suggested_keyphrase.lower()
    assert report.seo_score == 0


@pytest.mark.parametrize("text", ["---\ntitle: x\n---\n", "...", "# Titre seul\n"])
def test_articles_without_sentences_still_get_results(text):
    report = redac.audit(text)
    assert report.words == 0 and report.result("textLength").rating == "bad"
    assert report.result("minWords").rating == "bad"


def test_bad_front_matter_is_an_input_error():
    with pytest.raises(InputError, match="front matter is not valid YAML"):
        redac.audit("---\ntitle: [a\n---\nTexte")
    with pytest.raises(InputError, match="input is empty"):
        redac.audit(b"   ")


def run_cli(*args, stdin: str | None = None):
    return subprocess.run([sys.executable, "-m", "redac", *args], input=stdin, capture_output=True, text=True, timeout=60)


def test_cli_audit_table_json_and_errors(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    table = run_cli("audit", str(path))
    assert table.returncode == 0 and "Longueur du texte" in table.stdout and "✓" in table.stdout
    data = json.loads(run_cli("audit", str(path), "--format", "json", "--keyphrase", "Berlin").stdout)
    assert data["keyphrase"] == "Berlin" and {r["group"] for r in data["results"]} == {"seo", "readability", "insights", "redac"}
    for args, stdin in [(("audit", str(tmp_path / "missing.md")), None), (("audit", "-"), ""), (("audit", "-"), "---\ntitle: [\n---\nx")]:
        failed = run_cli(*args, stdin=stdin)
        assert failed.returncode == 2 and failed.stderr.count("\n") == 1 and "Traceback" not in failed.stderr


def test_cli_audit_english_article_is_flagged_not_crashed(tmp_path):
    path = tmp_path / "en.md"
    path.write_text("# Title\n\nThe city council voted for the new traffic plan on Tuesday evening after a long debate.\n", encoding="utf-8")
    out = run_cli("audit", str(path), "--format", "json", "--keyphrase", "conseil ville plan circulation mardi soir débat long vote habitants")
    data = json.loads(out.stdout)
    ratings = {r["id"]: r["rating"] for r in data["results"]}
    assert out.returncode == 0 and ratings["frenchLanguage"] == "bad" and ratings["keyphraseLength"] == "bad"


def test_inline_markup_stays_in_its_paragraph():
    page = read_page("<article>Texte <b>gras</b> suite.<p>Deux.</p>Trois <a href='/x'>lien</a>.</article>")
    assert [block.text for block in page.blocks] == ["Texte gras suite.", "Deux.", "Trois lien."]


def test_xhtml_with_an_encoding_declaration_is_read():
    xhtml = '<?xml version="1.0" encoding="utf-8"?>\n<html><head><title>Titre</title></head><body><p>Le président a parlé.</p></body></html>'
    page = read_page(xhtml)
    assert page.title == "Titre" and [block.text for block in page.blocks] == ["Le président a parlé."]
