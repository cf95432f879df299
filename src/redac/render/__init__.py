"""Render: documents and articles -> Markdown / HTML / JSON text."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from redac.pipeline import RewriteResult

ARTICLE_FORMATS = ("md", "html", "json")


def render_rewrite(result: RewriteResult, output_format: str, url: str | None = None) -> str:
    """The article as Markdown with front matter, a standalone HTML page, or JSON (with plan and report)."""
    if output_format == "json":
        return json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n"
    if output_format == "html":
        from redac.render.html import article_html

        return article_html(result.article, url=url)
    from redac.render.article import article_markdown

    return article_markdown(result.article)
