"""HTML pages (main content through trafilatura) and HTML fragments (JSON fields, feed items)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from redac.bounds import OverLimit, check_page
from redac.errors import InputError
from redac.markup import HEADINGS, LEAF_KINDS, element_blocks, squeeze
from redac.models import Block, Document, Metadata

LANG_RE = re.compile(r"<html[^>]*\blang=[\"']?([a-zA-Z]{2,3})", re.I)
FULL_PAGE_RE = re.compile(r"<html[\s>]|<body[\s>]|<!doctype", re.I)
# How news sites mark the standfirst (chapô) above the text.
STANDFIRST_CLASS_RE = re.compile(r"chapo|chapeau|standfirst|article__desc|\bhat\b|\blead\b|intro|subtitle|subheadline|summary", re.I)
MIN_STANDFIRST_WORDS = 8
MAX_STANDFIRST_WORDS = 90  # a container marked "intro" that holds the whole text is no standfirst
SENTENCE_ENDS = (".", "!", "?", "…", "»")


def parse_html(html: str, label: str) -> Document:
    """Extract the main article with trafilatura, tuned for precision (scraped pages are noisy)."""
    import trafilatura

    from redac.ingest.html_meta import page_metadata

    tree = load_page(html, label)
    title, meta = page_metadata(tree, _page_language(html))  # before trafilatura prunes the tree
    _add_main_image(meta, tree)
    try:
        # trafilatura types its result as a union (a dict under as_dict=True); we ask for its Document.
        extracted: Any = trafilatura.bare_extraction(tree, options=_extraction_options())
    except Exception as error:  # trafilatura raises assorted lxml/value errors on broken markup
        raise InputError(label, f"cannot parse HTML ({type(error).__name__})") from None
    body = getattr(extracted, "body", None) if extracted else None
    blocks = _body_blocks(body) if body is not None else []
    if not blocks:
        raise InputError(label, "no article text found in this HTML page")
    if standfirst := _lost_standfirst(tree, blocks):
        blocks.insert(0, Block(standfirst))
    return Document(title=title, blocks=blocks, meta=meta, source=label, format="html")


@cache
def _extraction_options():
    """trafilatura tuned for precision, on the article's text and formatting only (no comments, tables, images, links
    or metadata): its options built once, since building them reads its configuration anew (a twentieth of a page)."""
    from trafilatura.settings import Extractor

    return Extractor(output_format="python", precision=True, with_metadata=False, formatting=True, comments=False, tables=False,
                     images=False, links=False)


def _add_main_image(meta: Metadata, tree) -> None:
    """The page's main image, caption and credit into `meta` (trafilatura keeps text, not figures)."""
    from redac.ingest.figure import main_image

    if image := main_image(tree, meta.url):
        meta.image, meta.image_caption, meta.image_credit = image.src, image.caption or None, image.credit or None


def load_page(html: str, label: str):
    """The page's lxml tree, parsed once, after the bounds on nesting and text size are checked."""
    from trafilatura.utils import load_html

    try:
        tree = load_html(html)
    except Exception:  # lxml raises assorted errors on broken markup
        tree = None
    if tree is None:
        raise InputError(label, "cannot parse HTML")
    check_page(tree, label)
    return tree


def _lost_standfirst(tree, blocks: list[Block]) -> str | None:
    """The standfirst (chapô) that precision mode left out: an element the page marks as one, before the
    article's first extracted line, that reads as prose. It is the article's own first paragraph."""
    first = blocks[0].text
    kept = {block.text for block in blocks}
    for element in tree.iter(*LEAF_KINDS, *HEADINGS, "div", "span", "section", "header"):
        marked = STANDFIRST_CLASS_RE.search(element.get("class") or "")
        if not marked and element.tag not in LEAF_KINDS and element.tag not in HEADINGS:
            continue
        text = squeeze(element.text_content())
        if text == first:
            return None
        if (marked and text not in kept and first not in text and text.endswith(SENTENCE_ENDS)
                and MIN_STANDFIRST_WORDS <= len(text.split()) <= MAX_STANDFIRST_WORDS):
            return text
    return None


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
                blocks.extend(Block(part, "quote") for part in _quote_paragraphs(element, text))
            else:
                blocks.append(Block(text))
    return blocks


def _quote_paragraphs(quote, text: str) -> list[str]:
    """A block quotation's paragraphs, one block each: a quoted excerpt of several paragraphs (a press
    release, a report) glued into one line reads as one endless sentence to every later stage, and its
    paragraphs come glued without a space (« Bravo.Le rapport »)."""
    loose = (quote.text or "").strip() or any((child.tail or "").strip() or child.tag not in ("p", "item")
                                               for child in quote)
    parts = [part for child in quote if (part := _text(child))]
    return parts if len(parts) > 1 and not loose else [text]


def _heading_level(rend: str | None) -> int:
    return int(rend[1]) if rend and re.fullmatch(r"h[1-6]", rend) else 2


def _text(element) -> str:
    return squeeze("".join(element.itertext()))


def _page_language(html: str) -> str | None:
    match = LANG_RE.search(html[:4096])
    return match.group(1).lower() if match else None


def fragment_blocks(html: str, label: str = "") -> list[Block]:
    """Blocks of an HTML fragment (a feed item's content, a JSON `html` field); each <br> line on its own."""
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except Exception:  # lxml's parser errors: fall back to the text without tags
        return _lines_as_blocks(re.sub(r"<[^>]+>", "\n", html))
    check_page(root, label, "HTML fragment")
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    return element_blocks(root, split_lines=True)


def _lines_as_blocks(text: str) -> list[Block]:
    return [Block(line) for raw in text.split("\n") if (line := squeeze(raw))]


def content_blocks(content: str, label: str = "") -> list[Block]:
    """Blocks of a text field that may hold plain text, an HTML fragment or a whole page."""
    from redac.ingest.text import text_blocks

    if "<" not in content or not re.search(r"</?[a-zA-Z][^>]*>", content):
        return text_blocks(content)
    if FULL_PAGE_RE.search(content[:2048]):
        try:
            return parse_html(content, label).blocks
        except OverLimit:
            raise
        except InputError:
            return []
    return fragment_blocks(content, label)
