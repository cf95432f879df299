"""Markdown for written articles: YAML front matter (title, meta description, slug, keyphrase, source
url), then the H1 and the blocks. FAQ questions are bold paragraphs (as in Yoast's FAQ block), their answers paragraphs."""

from __future__ import annotations

import yaml

from redac.models import Article
from redac.render.markdown import block_markdown


def front_matter(article: Article) -> dict:
    meta = {
        "title": article.title,
        "meta_description": article.description,
        "slug": article.slug,
        "keyphrase": article.keyphrase,
    }
    if article.source_url:
        meta["source_url"] = article.source_url
    if article.date:
        meta["date"] = article.date
    return meta


def article_markdown(article: Article) -> str:
    header = yaml.safe_dump(front_matter(article), allow_unicode=True, sort_keys=False, width=1000)
    parts = [f"---\n{header}---", f"# {_escape(article.title)}"]
    parts.extend(block_markdown(block.kind, _escape(block.text), block.level) for block in article.blocks)
    return "\n\n".join(parts) + "\n"


def _escape(text: str) -> str:
    """Keep source text inert in Markdown: no raw HTML, no accidental list or heading markers."""
    text = text.replace("\\", "\\\\").replace("<", "\\<").replace(">", "\\>")
    if text[:1] in "#-+*>|" or (text[:2].rstrip(".").isdigit() and text[1:2] == "."):
        text = "\\" + text
    return text
