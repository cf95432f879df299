"""Reading `redac rewrite`'s articles (Markdown and JSON) and turning them into block markup."""

from __future__ import annotations

import re

import pytest

from redac.errors import InputError
from redac.publish.article import read_article
from redac.publish.blocks import block_markup
from redac.render import render_rewrite


def test_markdown_and_json_of_one_rewrite_give_the_same_post(rewrites, tmp_path):
    for name, (_, result, markdown) in rewrites.items():
        (tmp_path / f"{name}.md").write_text(markdown, encoding="utf-8")
        (tmp_path / f"{name}.json").write_text(render_rewrite(result, "json"), encoding="utf-8")
        from_md, from_json = read_article(tmp_path / f"{name}.md"), read_article(tmp_path / f"{name}.json")
        article = result.article
        assert (from_md.title, from_md.description, from_md.slug, from_md.keyphrase) == (article.title, article.description, article.slug, article.keyphrase)
        assert from_md.redac_id == from_json.redac_id
        assert block_markup(from_md.blocks) == block_markup(from_json.blocks), name


def test_block_markup_holds_every_heading_list_and_faq_pair(rewrites, tmp_path):
    _, result, markdown = rewrites["001"]
    (tmp_path / "a.md").write_text(markdown, encoding="utf-8")
    markup = block_markup(read_article(tmp_path / "a.md").blocks)
    article = result.article
    h2 = [b for b in article.blocks if b.kind == "heading"]
    assert markup.count("<!-- wp:heading -->") == len(h2)
    assert markup.count("<!-- wp:list-item -->") == sum(b.kind == "list_item" for b in article.blocks)
    faq = article.faq()
    assert faq and markup.count('<!-- wp:heading {"level": 3} -->') == len(faq)
    assert markup.count('<!-- wp:group {"className": "redac-faq"} -->') == 1
    for question, _ in faq:
        assert f"<h3>{question}</h3>" in markup
    assert markup.count("<!-- wp:") == markup.count("<!-- /wp:")  # every block closed
    assert article.title not in re.findall(r"<h2>(.*?)</h2>", markup)  # the H1 is the post's title, not body


def test_source_html_stays_text(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: T\nslug: t\n---\n\n# T\n\nUn \\<script\\>alert(1)\\</script\\> & co.\n", encoding="utf-8")
    markup = block_markup(read_article(path).blocks)
    assert "<script>" not in markup and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co." in markup


def test_the_same_slug_is_the_same_article(tmp_path):
    first, second = tmp_path / "a.md", tmp_path / "b.md"
    first.write_text("---\ntitle: Un\nslug: un-titre\n---\n\n# Un\n\nTexte.\n", encoding="utf-8")
    second.write_text("---\ntitle: Un autre titre\nslug: un-titre\n---\n\n# Un autre titre\n\nTexte revu.\n", encoding="utf-8")
    assert read_article(first).redac_id == read_article(second).redac_id


@pytest.mark.parametrize("text", ["", "---\ntitle: [\n---\n", "{\"article\": 3}", "# Titre seul\n"])
def test_not_an_article_is_one_line_error(tmp_path, text):
    path = tmp_path / "x.md"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as error:
        read_article(path)
    assert str(error.value).startswith(str(path)) and "\n" not in str(error.value)
