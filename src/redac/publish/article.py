"""Read an article written by `redac rewrite` (Markdown with front matter, or JSON) into what a post
needs: its fields and its body as a list of blocks.

Markdown is parsed with markdown-it (CommonMark), so an article an editor touched up by hand reads
the same; inline text comes out as HTML (escapes resolved, emphasis and links kept). A bold-only
paragraph is a FAQ question (that is how the Markdown renderer writes them) and the paragraph after
it its answer. The H1 is the post's title, not part of its body.
"""

from __future__ import annotations

import hashlib
import html
import json
from dataclasses import dataclass, field
from pathlib import Path

from redac.errors import InputError
from redac.markup import split_front_matter


@dataclass(frozen=True, slots=True)
class BodyBlock:
    kind: str  # paragraph, heading, list (items), question, answer, quote
    html: str = ""  # inline HTML, already escaped
    level: int = 0
    items: tuple[str, ...] = ()  # list items' inline HTML
    ordered: bool = False


@dataclass(slots=True)
class PostDraft:
    """One article as WordPress will get it."""

    path: str
    title: str  # the post's title (the H1)
    seo_title: str  # front matter `title`
    description: str
    slug: str
    keyphrase: str
    blocks: list[BodyBlock] = field(default_factory=list)
    redac_id: str = ""

    def __post_init__(self):
        if not self.redac_id:
            self.redac_id = article_id(self.slug, self.title)


def article_id(slug: str, title: str) -> str:
    """The article's identity on the site: the same article published again is the same post.

    The slug is what WordPress itself keys a post's address by; the title is added only when an
    article has no slug."""
    return hashlib.sha256((slug or title).encode("utf-8")).hexdigest()[:16]


def read_article(path: Path) -> PostDraft:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(str(path), f"cannot read the article ({error})") from None
    if text.lstrip().startswith("{"):
        return _from_json(path, text)
    return _from_markdown(path, text)


def _from_json(path: Path, text: str) -> PostDraft:
    """The JSON output is read back as the article it holds and written as Markdown by the same renderer
    `redac rewrite --format md` uses, so both formats give the same post (figure, links and credit too)."""
    from redac.models import Article
    from redac.render.article import article_markdown

    try:
        article = Article.from_dict(json.loads(text)["article"])
    except (ValueError, KeyError, TypeError) as error:
        raise InputError(str(path), f"not an article of `redac rewrite --format json` ({error})") from None
    return _from_markdown(path, article_markdown(article))


def _from_markdown(path: Path, text: str) -> PostDraft:
    meta, body = _front_matter(path, text)
    blocks, h1 = _markdown_blocks(body)
    title = h1 or meta.get("title")
    return _draft(path, title, meta.get("title") or title, meta.get("meta_description"), meta.get("slug"),
                  meta.get("keyphrase"), blocks, meta.get("redac_id"))


def _front_matter(path: Path, text: str) -> tuple[dict, str]:
    meta, body = split_front_matter(text, str(path))
    if body is text and text.startswith("---"):
        raise InputError(str(path), "front matter not closed by '---'")
    return meta, body


def _markdown_blocks(body: str) -> tuple[list[BodyBlock], str | None]:
    from markdown_it import MarkdownIt
    from markdown_it.renderer import RendererHTML

    parser = MarkdownIt("commonmark")
    tokens = parser.parse(body)
    inline = RendererHTML().renderInline
    blocks: list[BodyBlock] = []
    h1, ordered, question_open = None, False, False
    list_items: list[str] | None = None
    for index, token in enumerate(tokens):
        if token.type in {"bullet_list_open", "ordered_list_open"}:
            list_items, ordered = [], token.type == "ordered_list_open"
        elif token.type in {"bullet_list_close", "ordered_list_close"}:
            blocks.append(BodyBlock("list", items=tuple(list_items or ()), ordered=ordered))
            list_items = None
        elif token.type == "inline":
            opener = tokens[index - 1]
            rendered = inline(token.children or [], parser.options, {}).strip()
            if list_items is not None:
                list_items.append(rendered)
            elif opener.type == "heading_open":
                level = int(opener.tag[1])
                if level == 1 and h1 is None:
                    h1 = html.unescape(rendered)
                else:
                    blocks.append(BodyBlock("heading", rendered, max(level, 2)))
            elif _bold_only(token):
                blocks.append(BodyBlock("question", rendered[len("<strong>"):-len("</strong>")]))
                question_open = True
                continue
            elif question_open:
                blocks.append(BodyBlock("answer", rendered))
            else:
                blocks.append(BodyBlock("quote" if _in_quote(tokens, index) else "paragraph", rendered))
            question_open = False
    return blocks, h1


def _bold_only(token) -> bool:
    children = [child for child in token.children or [] if child.type != "text" or child.content]
    return len(children) >= 3 and children[0].type == "strong_open" and children[-1].type == "strong_close" \
        and not any(child.type == "strong_open" for child in children[1:-1])


def _in_quote(tokens, index: int) -> bool:
    depth = 0
    for token in tokens[:index]:
        depth += token.type == "blockquote_open"
        depth -= token.type == "blockquote_close"
    return depth > 0


def _draft(path: Path, title, seo_title, description, slug, keyphrase, blocks, redac_id) -> PostDraft:
    if not title or not blocks:
        raise InputError(str(path), "not an article: no title or no body (publish what `redac rewrite` wrote)")
    return PostDraft(str(path), str(title), str(seo_title or title), str(description or ""), str(slug or ""),
                     str(keyphrase or ""), blocks, str(redac_id or ""))
