"""The post's body as block markup (Gutenberg's serialized form), so the editor opens it as editable
blocks: headings, paragraphs, lists of list items, quotes, and the FAQ as question (H3) and answer
(paragraph) pairs grouped in one block an editor can move or restyle whole.

The markup is WordPress 6.1's (Debian 12's, what the tests run), without the classes later versions
add (`wp-block-heading`, `wp-block-list`): newer editors read older markup through their block
deprecations, while older editors would flag newer markup as invalid.
"""

from __future__ import annotations

import json

from redac.publish.article import BodyBlock


def block_markup(blocks: list[BodyBlock]) -> str:
    parts: list[str] = []
    faq: list[str] = []
    for block in blocks:
        if block.kind in {"question", "answer"}:
            faq.append(_question(block.html) if block.kind == "question" else _paragraph(block.html))
            continue
        if faq:
            parts.append(_faq_group(faq))
            faq = []
        parts.append(_block(block))
    if faq:
        parts.append(_faq_group(faq))
    return "\n\n".join(parts)


def _block(block: BodyBlock) -> str:
    if block.kind == "heading":
        return _heading(block.html, block.level)
    if block.kind == "list":
        return _list(block.items, block.ordered)
    if block.kind == "quote":
        return f'<!-- wp:quote -->\n<blockquote class="wp-block-quote">{_paragraph(block.html)}</blockquote>\n<!-- /wp:quote -->'
    return _paragraph(block.html)


def _comment(name: str, attributes: dict | None = None) -> str:
    return f"<!-- wp:{name} {json.dumps(attributes, ensure_ascii=False)} -->" if attributes else f"<!-- wp:{name} -->"


def _paragraph(inline: str) -> str:
    return f"{_comment('paragraph')}\n<p>{inline}</p>\n<!-- /wp:paragraph -->"


def _heading(inline: str, level: int) -> str:
    level = min(max(level, 2), 6)
    attributes = {"level": level} if level != 2 else None
    return f"{_comment('heading', attributes)}\n<h{level}>{inline}</h{level}>\n<!-- /wp:heading -->"


def _question(inline: str) -> str:
    return _heading(inline, 3)


def _list(items: tuple[str, ...], ordered: bool) -> str:
    tag = "ol" if ordered else "ul"
    inner = "\n\n".join(f"<!-- wp:list-item -->\n<li>{item}</li>\n<!-- /wp:list-item -->" for item in items)
    return f"{_comment('list', {'ordered': True} if ordered else None)}\n<{tag}>{inner}</{tag}>\n<!-- /wp:list -->"


def _faq_group(parts: list[str]) -> str:
    inner = "\n\n".join(parts)
    return (f'{_comment("group", {"className": "redac-faq"})}\n<div class="wp-block-group redac-faq">{inner}</div>\n'
            "<!-- /wp:group -->")
