"""HTML element trees -> article blocks and visible text: the primitive that the ingest stage (HTML
fragments of feeds and JSON exports) and the SEO page reader (articles to audit) share, so that both
see the same paragraphs and headings. Works on lxml trees; parsing stays with the callers. Also the
front-matter pattern of Markdown articles, which the SEO reader and the archive reader share."""

from __future__ import annotations

import re

from redac.errors import InputError
from redac.models import Block, BlockKind

SPACES_RE = re.compile(r"\s+")
# A Markdown article's YAML front matter, as redac writes it and as the SEO reader and the archive read it.
FRONT_MATTER_RE = re.compile(r"\A\ufeff?---[ \t]*\n(?P<yaml>.*?\n)?---[ \t]*(?:\n|\Z)", re.DOTALL)


def squeeze(text: str) -> str:
    r"""`SPACES_RE.sub(" ", text).strip()`: runs of whitespace made one space, none at the ends. `str.split` reads the
    same whitespace as `\s` (checked over every code point) without a replacement per space, a tenth of the time
    on a paragraph."""
    return " ".join(text.split())

DROP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "form", "button", "nav", "footer", "aside"})
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Elements whose whole text is one block, and its kind.
LEAF_KINDS: dict[str, BlockKind] = {"p": "paragraph", "li": "list_item", "blockquote": "quote", "figcaption": "paragraph", "dd": "paragraph",
              "dt": "paragraph", "pre": "paragraph", "td": "paragraph", "th": "paragraph"}
BLOCK_LEVEL = HEADINGS | LEAF_KINDS.keys() | {
    "div", "section", "article", "main", "header", "body", "ul", "ol", "dl", "table", "thead", "tbody", "tr", "figure",
}


def element_blocks(root, *, split_lines: bool = False) -> list[Block]:
    """Blocks of an lxml tree: headings, paragraphs, list items, quotes, and the text lying directly in
    containers (a sentence outside any <p> is still article text). DROP_TAGS are skipped whole.
    With `split_lines`, each line of a block (after <br>) becomes a block of its own.
    """
    blocks: list[Block] = []
    _walk(root, blocks, split_lines)
    return blocks


def _walk(element, blocks: list[Block], split_lines: bool) -> None:
    tag = _tag(element)
    if tag == "blockquote" and any(_tag(child) == "p" for child in element):
        for child in element:
            _emit(blocks, _inline_text(child), "quote", 0, split_lines)
        return
    if tag in LEAF_KINDS or tag in HEADINGS:
        level = int(tag[1]) if tag in HEADINGS else 0
        _emit(blocks, _inline_text(element), "heading" if level else LEAF_KINDS[tag], level, split_lines)
        return
    run = [element.text or ""]
    for child in element:
        if _tag(child) in DROP_TAGS:
            pass
        elif _holds_blocks(child):
            _emit(blocks, "".join(run), "paragraph", 0, split_lines)
            run = []
            _walk(child, blocks, split_lines)
        else:
            run.append(_inline_text(child))
        run.append(child.tail or "")
    _emit(blocks, "".join(run), "paragraph", 0, split_lines)


def _emit(blocks: list[Block], text: str, kind: BlockKind, level: int, split_lines: bool) -> None:
    for line in text.split("\n") if split_lines else [text]:
        if normalized := squeeze(line):
            blocks.append(Block(normalized, kind, level))


def _tag(element) -> str:
    return element.tag if isinstance(element.tag, str) else ""


def _holds_blocks(element) -> bool:
    """Whether the element is block-level or holds block-level elements (as opposed to inline markup)."""
    return any(_tag(el) in BLOCK_LEVEL for el in element.iter())


def _inline_text(element) -> str:
    """Visible text of an element; nested block-level elements are kept apart by a space."""
    parts: list[str] = []
    _collect_text(element, parts)
    return "".join(parts)


def element_text(element) -> str:
    """Visible text of an element on one line, spaces normalized (link anchors, <title>)."""
    return squeeze(_inline_text(element))


def _collect_text(element, parts: list[str]) -> None:
    tag = _tag(element)
    if tag in DROP_TAGS:
        return
    separate = tag in BLOCK_LEVEL or tag == "br"
    parts.append(" " if separate else "")
    parts.append(element.text or "")
    for child in element:
        _collect_text(child, parts)
        parts.append(child.tail or "")
    parts.append(" " if separate else "")


def split_front_matter(text: str, label: str) -> tuple[dict, str]:
    """(front matter, body) of a Markdown article; ({}, text) without front matter. Invalid YAML or a
    front matter that is not a mapping is the caller's input error, said in one line."""
    match = FRONT_MATTER_RE.match(text)
    if not match:
        return {}, text
    import yaml

    try:
        meta = yaml.safe_load(match.group("yaml") or "") or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark else ""
        raise InputError(label, f"front matter is not valid YAML{where}") from None
    if not isinstance(meta, dict):
        raise InputError(label, "front matter must be a mapping of keys to values")
    return meta, text[match.end() :]

