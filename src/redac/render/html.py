"""A standalone HTML page for an article: meta description, Open Graph, JSON-LD (NewsArticle and,
when the article has one, FAQPage), French typography already applied by the pipeline.

Every text is escaped by the template engine (autoescape), and JSON-LD is serialized with <, > and &
escaped, so a source holding <script> or HTML tags renders as inert text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from redac.attach.credit import credit_line
from redac.french.calendar import iso_date
from redac.models import Article, ArticleBlock
from redac.render.article import RELATED_LABEL, figure_position


@dataclass(frozen=True, slots=True)
class _Group:
    kind: str  # list, heading, question, paragraph
    text: str = ""
    level: int = 0
    blocks: tuple[ArticleBlock, ...] = ()


@cache
def _template():
    from jinja2 import Environment, PackageLoader, select_autoescape

    environment = Environment(loader=PackageLoader("redac.render", "templates"), autoescape=select_autoescape(["html", "j2"]))
    return environment.get_template("article.html.j2")


def article_html(article: Article, *, url: str | None = None) -> str:
    """The page; `url` (the article's own address, when known) gives canonical and og:url."""
    groups = _groups(article.blocks)
    if article.figure:  # after the introduction, as in Markdown
        groups.insert(len(_groups(article.blocks[: figure_position(article)])), _Group("figure"))
    credit = credit_line(article.credit) if article.credit else None
    documents = [_script_json(d) for d in json_ld(article, url)]
    return _template().render(article=article, url=url, groups=groups, credit=credit, related_label=RELATED_LABEL, json_ld=documents,
                              published=iso_date(article.date))


def json_ld(article: Article, url: str | None = None) -> list[dict]:
    news: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "description": article.description,
        "inLanguage": "fr",
        "keywords": article.keyphrase,
    }
    if url:
        news["mainEntityOfPage"] = url
    if published := iso_date(article.date):
        news["datePublished"] = published  # ISO 8601, as schema.org reads it; a stamp no date can be read from is left out
    if article.source_url:
        news["isBasedOn"] = article.source_url
    if article.figure:
        image = {"@type": "ImageObject", "url": article.figure.src, "description": article.figure.alt}
        if article.figure.caption:
            image["caption"] = article.figure.caption
        if article.figure.credit:
            image["creditText"] = article.figure.credit
        news["image"] = image
    if article.credit and article.credit.site:
        news["sourceOrganization"] = {"@type": "Organization", "name": article.credit.site}
    documents = [news]
    faq = article.faq()
    if faq:
        documents.append({
            "@context": "https://schema.org",
            "@type": "FAQPage",
            "mainEntity": [
                {"@type": "Question", "name": question, "acceptedAnswer": {"@type": "Answer", "text": answer}}
                for question, answer in faq
            ],
        })
    return documents


def _script_json(data: dict):
    """JSON safe inside <script>: no character can close the element or open a comment."""
    from markupsafe import Markup

    text = json.dumps(data, ensure_ascii=False)
    return Markup(text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e"))


def _groups(blocks: list[ArticleBlock]) -> list[_Group]:
    """Consecutive list items form one list; other blocks stand alone."""
    groups: list[_Group] = []
    for block in blocks:
        if block.kind == "list_item":
            if groups and groups[-1].kind == "list":
                groups[-1] = _Group("list", blocks=(*groups[-1].blocks, block))
            else:
                groups.append(_Group("list", blocks=(block,)))
        elif block.kind == "heading":
            groups.append(_Group("heading", block.text, max(2, block.level)))
        elif block.kind == "question":
            groups.append(_Group("question", block.text))
        else:
            groups.append(_Group("paragraph", block.text))
    return groups
