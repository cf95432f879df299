"""Markdown for written articles: YAML front matter (title, meta description, slug, keyphrase, source
url), then the H1 and the blocks. FAQ questions are bold paragraphs (as in Yoast's FAQ block), their answers paragraphs."""

from __future__ import annotations

from redac.attach.credit import credit_line
from redac.french.calendar import iso_date
from redac.models import Article, Figure
from redac.render.front_matter import front_matter_yaml
from redac.render.markdown import block_markdown

RELATED_LABEL = "À lire aussi"


def front_matter(article: Article) -> dict[str, str | None]:
    meta: dict[str, str | None] = {
        "title": article.title,
        "meta_description": article.description,
        "slug": article.slug,
        "keyphrase": article.keyphrase,
    }
    if article.source_url:
        meta["source_url"] = article.source_url
    if published := iso_date(article.date):
        meta["date"] = published  # ISO 8601: static site generators read this key as a date
    return meta


def article_markdown(article: Article) -> str:
    header = front_matter_yaml(front_matter(article))
    parts = [f"---\n{header}---", f"# {_escape(article.title)}"]
    blocks = [block_markdown(block.kind, _escape(block.text), block.level) for block in article.blocks]
    if article.figure:
        at = figure_position(article)
        blocks[at:at] = _figure_markdown(article.figure)
    parts.extend(blocks)
    if article.related:
        parts.append(f"**{RELATED_LABEL}**")
        parts.append("\n".join(f"- {_link(link.title, link.url)}" for link in article.related))
    if article.credit:
        line = credit_line(article.credit)
        parts.append(_link(line, article.credit.url) if article.credit.url else _escape(line))
    return "\n\n".join(parts) + "\n"


def figure_position(article: Article) -> int:
    """Index of the block the figure goes before: right after the introduction, so the introduction
    stays the first paragraph (where readers and Yoast look for the keyphrase)."""
    return next((index for index, block in enumerate(article.blocks) if block.role != "intro"), len(article.blocks))


def _figure_markdown(figure: Figure) -> list[str]:
    """The image, then its caption and credit in italics (Markdown has no <figcaption>)."""
    parts = [f"![{_escape_link_text(figure.alt)}]({_destination(figure.src)})"]
    legend = " ".join(part for part in (figure.caption, f"({figure.credit})" if figure.credit else "") if part)
    if legend:
        escaped = _escape(legend).replace("*", "\\*")
        parts.append(f"*{escaped}*")
    return parts


def _link(text: str, url: str) -> str:
    return f"[{_escape_link_text(text)}]({_destination(url)})"


def _escape_link_text(text: str) -> str:
    return _escape(text).replace("[", "\\[").replace("]", "\\]")


def _destination(url: str) -> str:
    """A link destination CommonMark reads whole: in <...>, with < > and spaces percent-encoded."""
    return "<" + url.replace(" ", "%20").replace("<", "%3C").replace(">", "%3E") + ">"


def _escape(text: str) -> str:
    """Keep source text inert in Markdown: no raw HTML, no accidental list or heading markers."""
    text = text.replace("\\", "\\\\").replace("<", "\\<").replace(">", "\\>")
    if text[:1] in "#-+*>|" or (text[:2].rstrip(".").isdigit() and text[1:2] == "."):
        text = "\\" + text
    return text
