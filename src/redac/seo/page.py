"""An article as search engines see it: SEO title, meta description, slug, body, links, images.

Read from Markdown (YAML front matter for title / meta_description / slug / keyphrase / url) or
HTML (<title>, meta description, canonical or og:url for the slug). Markdown goes through
markdown-it to HTML, so both formats share one reader and one notion of paragraphs and headings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlparse

from redac.bounds import check_markdown_marks, check_page
from redac.errors import InputError
from redac.markup import DROP_TAGS, element_blocks, element_text, split_front_matter
from redac.models import Block

CREDIT_LINE_RE = re.compile(r"^Sources?[ \u00a0\u202f]?:")
XML_DECLARATION_RE = re.compile(r"\A\s*<\?xml[^>]*\?>")
FRONT_MATTER_KEYS = {
    "title": ("seo_title", "title"),
    "description": ("meta_description", "description", "metadesc", "excerpt"),
    "slug": ("slug",),
    "keyphrase": ("keyphrase", "focus_keyphrase", "keyword", "focus_keyword"),
    "url": ("url", "canonical", "permalink"),  # not source_url: the source is another page
    "h1": ("title", "h1"),
}


@dataclass(slots=True)
class Link:
    href: str
    text: str
    nofollow: bool = False


@dataclass(slots=True)
class Image:
    src: str
    alt: str


@dataclass(slots=True)
class Page:
    blocks: list[Block]
    title: str = ""
    description: str = ""
    slug: str = ""
    url: str = ""
    keyphrase: str = ""
    h1: str = ""
    h1_count: int = 0
    links: list[Link] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    language: str = ""


def read_page(text: str, *, format: str | None = None, label: str = "<article>") -> Page:
    """Parse an article given as Markdown or HTML (format sniffed when not given)."""
    if (format or ("html" if _looks_like_html(text) else "md")) == "html":
        return page_from_html(text, label=label)
    return page_from_markdown(text, label=label)


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:2000].lower()
    return head.startswith(("<!doctype", "<html", "<article", "<body", "<head")) or bool(re.search(r"<(p|h[1-6]|div)[\s>]", head))


def page_from_markdown(text: str, *, label: str = "<article>") -> Page:
    meta, body = split_front_matter(text, label)
    check_markdown_marks(body, label)
    from markdown_it import MarkdownIt

    html = MarkdownIt("commonmark").enable("table").render(body)
    page = _page_from_fragment(html, label)
    page.title = _meta_value(meta, "title") or page.h1
    page.h1 = page.h1 or _meta_value(meta, "h1")
    page.h1_count = page.h1_count or (1 if page.h1 else 0)
    page.description = _meta_value(meta, "description")
    page.url = _meta_value(meta, "url")
    page.slug = _meta_value(meta, "slug") or slug_from_url(page.url)
    page.keyphrase = _meta_value(meta, "keyphrase")
    page.language = str(meta.get("lang") or meta.get("language") or "")
    return page


def _meta_value(meta: dict, field_name: str) -> str:
    for key in FRONT_MATTER_KEYS[field_name]:
        value = meta.get(key)
        if value not in (None, ""):
            return " ".join(str(value).split())
    return ""


def page_from_html(html: str, *, label: str = "<article>") -> Page:
    from lxml import html as lxml_html

    try:
        # The text is already decoded: lxml refuses a str that still declares an encoding (XHTML).
        tree = lxml_html.document_fromstring(XML_DECLARATION_RE.sub("", html, count=1))
    except Exception:  # lxml raises several error types for unusable markup
        raise InputError(label, "the HTML could not be parsed") from None
    check_page(tree, label)
    root = _content_root(tree)
    page = _page_from_element(root)
    head_title = _first_text(tree, "//head/title")
    og_title = _first_attr(tree, "//meta[@property='og:title']/@content")
    page.title = head_title or og_title or page.h1
    page.description = _first_attr(tree, "//meta[@name='description']/@content") or _first_attr(
        tree, "//meta[@property='og:description']/@content"
    )
    page.url = _first_attr(tree, "//link[@rel='canonical']/@href") or _first_attr(tree, "//meta[@property='og:url']/@content")
    page.slug = slug_from_url(page.url)
    page.keyphrase = _first_attr(tree, "//meta[@name='keywords']/@content").split(",")[0].strip()
    page.language = (tree.get("lang") or "").split("-")[0].lower()
    return page


def _page_from_fragment(html: str, label: str) -> Page:
    from lxml import html as lxml_html

    if not html.strip():
        return Page(blocks=[])
    root = lxml_html.fragment_fromstring(html, create_parent="div")
    check_page(root, label)
    return _page_from_element(root)


def _content_root(tree):
    for path in ("//article", "//main", "//body"):
        found = tree.xpath(path)
        if found:
            return found[0]
    return tree


def _page_from_element(root) -> Page:
    links = [
        Link(a.get("href", ""), element_text(a), "nofollow" in (a.get("rel") or "").lower())
        for a in root.iter("a")
        if a.get("href") and not _inside_dropped(a)
    ]
    blocks = _without_link_lines(element_blocks(root), links)
    page = Page(blocks=blocks, links=links)
    page.images = [Image(img.get("src", ""), " ".join((img.get("alt") or "").split())) for img in root.iter("img") if not _inside_dropped(img)]
    h1s = [block for block in blocks if block.kind == "heading" and block.level == 1]
    page.h1_count = len(h1s)
    if h1s and blocks[0] is h1s[0]:
        page.h1 = blocks.pop(0).text  # the leading H1 is the article's title, not body text
    elif h1s:
        page.h1 = h1s[0].text
    return page


def _without_link_lines(blocks: list[Block], links: list[Link]) -> list[Block]:
    """The article's own text: a line that is one link (« À lire aussi » items, the linked credit) and a
    closing « Source : … » credit line point at other pages; they make no claim to check or count."""
    anchors = {link.text for link in links if link.text}
    kept = [block for block in blocks if block.text not in anchors]
    if kept and kept[-1].kind == "paragraph" and CREDIT_LINE_RE.match(kept[-1].text):
        kept.pop()
    return kept


def _inside_dropped(element) -> bool:
    return any(isinstance(parent.tag, str) and parent.tag in DROP_TAGS for parent in element.iterancestors())


def _first_text(tree, path: str) -> str:
    found = tree.xpath(path)
    return element_text(found[0]) if found else ""


def _first_attr(tree, path: str) -> str:
    found = tree.xpath(path)
    return " ".join(str(found[0]).split()) if found else ""


def slug_from_url(url: str) -> str:
    """'https://site.fr/monde/zelensky-balkans.html' -> 'zelensky-balkans'."""
    if not url:
        return ""
    path = urlparse(url).path.rstrip("/")
    last = path.rsplit("/", 1)[-1]
    return re.sub(r"\.(?:html?|php|aspx?)$", "", last)


def page_from_article(article) -> Page:
    """The page a written `Article` renders to, without a render/re-parse trip.

    FAQ questions are bold paragraphs, as in Yoast's own FAQ block, not subheadings."""
    kinds = {"question": ("paragraph", 0), "answer": ("paragraph", 0)}
    blocks = []
    for block in article.blocks:
        kind, level = kinds.get(block.kind, (block.kind, block.level))
        blocks.append(Block(block.text, kind, level))
    links = [Link(link.url, link.title) for link in article.related]
    if article.credit and article.credit.url:
        links.append(Link(article.credit.url, "credit"))
    images = [Image(article.figure.src, article.figure.alt)] if article.figure else []
    return Page(
        blocks=blocks,
        title=article.title,
        description=article.description,
        slug=article.slug,
        keyphrase=article.keyphrase,
        h1=article.title,
        h1_count=1,
        links=links,
        images=images,
        language="fr",
    )
