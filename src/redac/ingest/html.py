"""HTML pages (main content through trafilatura) and HTML fragments (JSON fields, feed items)."""

from __future__ import annotations

import re
from typing import Any

from redac.errors import InputError
from redac.markup import SPACES_RE, element_blocks
from redac.models import Block, Document, Metadata

LANG_RE = re.compile(r"<html[^>]*\blang=[\"']?([a-zA-Z]{2,3})", re.I)
FULL_PAGE_RE = re.compile(r"<html[\s>]|<body[\s>]|<!doctype", re.I)


def parse_html(html: str, label: str) -> Document:
    """Extract the main article with trafilatura, tuned for precision (scraped pages are noisy)."""
    import trafilatura

    try:
        # trafilatura types its result as a union (a dict under as_dict=True); we ask for its Document.
        extracted: Any = trafilatura.bare_extraction(
            html,
            favor_precision=True,
            with_metadata=True,
            include_formatting=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
        )
    except Exception as error:  # trafilatura raises assorted lxml/value errors on broken markup
        raise InputError(label, f"cannot parse HTML ({type(error).__name__})") from None
    body = getattr(extracted, "body", None) if extracted else None
    blocks = _body_blocks(body) if body is not None else []
    if not blocks:
        raise InputError(label, "no article text found in this HTML page")
    meta = Metadata(
        url=extracted.url,
        author=extracted.author,
        date=extracted.date,
        site=extracted.sitename,
        language=_page_language(html),
    )
    return Document(title=extracted.title, blocks=blocks, meta=meta, source=label, format="html")


def _body_blocks(body) -> list[Block]:
    blocks: list[Block] = []
    for element in body:
        tag = element.tag
        if tag == "list":
            blocks.extend(Block(text, "list_item") for item in element.iter("item") if (text := _text(item)))
        elif text := _text(element):
            if tag == "head":
                blocks.append(Block(text, "heading", _heading_level(element.get("rend"))))
            elif tag == "quote":
                blocks.append(Block(text, "quote"))
            else:
                blocks.append(Block(text))
    return blocks


def _heading_level(rend: str | None) -> int:
    return int(rend[1]) if rend and re.fullmatch(r"h[1-6]", rend) else 2


def _text(element) -> str:
    return SPACES_RE.sub(" ", "".join(element.itertext())).strip()


def _page_language(html: str) -> str | None:
    match = LANG_RE.search(html[:4096])
    return match.group(1).lower() if match else None


def fragment_blocks(html: str) -> list[Block]:
    """Blocks of an HTML fragment (a feed item's content, a JSON `html` field); each <br> line on its own."""
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except Exception:  # lxml's parser errors: fall back to the text without tags
        return _lines_as_blocks(re.sub(r"<[^>]+>", "\n", html))
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    return element_blocks(root, split_lines=True)


def _lines_as_blocks(text: str) -> list[Block]:
    return [Block(line) for raw in text.split("\n") if (line := SPACES_RE.sub(" ", raw).strip())]


def content_blocks(content: str) -> list[Block]:
    """Blocks of a text field that may hold plain text, an HTML fragment or a whole page."""
    from redac.ingest.text import text_blocks

    if "<" not in content or not re.search(r"</?[a-zA-Z][^>]*>", content):
        return text_blocks(content)
    if FULL_PAGE_RE.search(content[:2048]):
        try:
            return parse_html(content, "").blocks
        except InputError:
            return []
    return fragment_blocks(content)
