"""Plain data passed between pipeline stages.

Dataclasses rather than pydantic models: these objects are created thousands of times per second in
batch cleaning, and they need no validation (every producer is our own code).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal

BlockKind = Literal["paragraph", "heading", "list_item", "quote"]


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of article text: a paragraph, a subheading, a list item or a block quote."""

    text: str
    kind: BlockKind = "paragraph"
    level: int = 0  # heading level (2 for an H2); 0 for other kinds


@dataclass(slots=True)
class Metadata:
    url: str | None = None
    author: str | None = None
    date: str | None = None
    site: str | None = None
    language: str | None = None
    # Contributor and agency lines ("Avec Reuters", "X et Y ont contribué à cet article"): credit that
    # belongs to the article but not to its body.
    attribution: list[str] = field(default_factory=list)
    image: str | None = None  # the page's main image (og:image or the article's first figure), an http(s) URL
    image_caption: str | None = None
    image_credit: str | None = None


@dataclass(slots=True)
class Document:
    """An article as read from its source: title (if known), body blocks and metadata."""

    title: str | None
    blocks: list[Block]
    meta: Metadata = field(default_factory=Metadata)
    source: str = "-"  # path, "-" for stdin, or "path#N" for the N-th record of a multi-document input
    format: str = "text"  # text, markdown, html, json, jsonl, feed


@dataclass(frozen=True, slots=True)
class Brief:
    """What the editor asked for, parsed from instructions pasted with the article."""

    min_words: int | None = None
    language: str | None = None  # ISO 639-1 code of the requested output language
    subheadings: bool = False
    seo: bool = False
    custom_title: bool = False
    instructions: tuple[str, ...] = ()  # the instruction text as found, for the record


@dataclass(frozen=True, slots=True)
class Removal:
    """A line dropped from the body, and why."""

    text: str
    reason: str
    rule: str  # id of the rule that fired, e.g. "ad.label"
    position: int  # index of the line among the input's lines (0-based)
    confidence: float = 1.0  # 1.0 for an exact rule; a fuzzy rule's match score; a model's probability


@dataclass(slots=True)
class CleanResult:
    document: Document
    removed: list[Removal]
    brief: Brief

    def to_dict(self) -> dict:
        return {
            "source": self.document.source,
            "format": self.document.format,
            "title": self.document.title,
            "blocks": [asdict(block) for block in self.document.blocks],
            "meta": asdict(self.document.meta),
            "brief": asdict(self.brief),
            "removed": [asdict(removal) for removal in self.removed],
        }


# --- rewrite pipeline: source sentences, plan, article ---------------------------------------------


@dataclass(frozen=True, slots=True)
class SourceSentence:
    """One sentence of the cleaned source; `id` is what provenance points at."""

    id: int
    text: str
    paragraph: int  # index of the source paragraph (list items and quotes are paragraphs too)
    kind: BlockKind
    words: int


@dataclass(frozen=True, slots=True)
class TitleCandidate:
    text: str
    score: float
    width_px: int
    how: str  # the construction that made it, e.g. "keyphrase+source-title"


@dataclass(slots=True)
class Section:
    """One body section of the outline: its heading, the source sentences it carries, its budget."""

    heading: str
    sentences: list[int]  # SourceSentence ids, in order
    words: int
    budget: int  # words the section should reach (the extractive engine cannot exceed its sentences)
    facts: list[str] = field(default_factory=list)  # facts (as written) the section carries
    topic: str = ""  # the heading's noun phrases, without the keyphrase prefix


@dataclass(slots=True)
class Plan:
    keyphrase: str
    title: str
    title_candidates: list[TitleCandidate]
    description: str
    slug: str
    intro: list[int]  # SourceSentence ids of the introduction
    essentials: list[int]  # the source's own key points (a list before its first paragraph), if any
    sections: list[Section]
    min_words: int
    source_title: str | None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Line:
    """One sentence of the output and the source sentences it comes from (its provenance)."""

    text: str
    sources: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Credit:
    """What the article is based on, as far as the source tells: never invented, shown as « Source : … »."""

    site: str | None = None
    url: str | None = None  # an http(s) URL, or None
    author: str | None = None
    agency: str | None = None
    date: str | None = None  # as the source gives it


@dataclass(frozen=True, slots=True)
class Figure:
    """The source's main image, carried to the article with its caption and credit; never invented."""

    src: str  # an http(s) URL
    alt: str
    caption: str = ""
    credit: str = ""


@dataclass(frozen=True, slots=True)
class RelatedLink:
    """An earlier article of the publisher's archive that shares the story or its people, and why."""

    url: str
    title: str
    reason: str  # French, for editors: « mêmes personnes : … », « même histoire … »
    score: float


ArticleBlockKind = Literal["paragraph", "heading", "list_item", "question", "answer"]


@dataclass(slots=True)
class ArticleBlock:
    kind: ArticleBlockKind
    lines: list[Line]
    level: int = 0  # 2 or 3 for headings
    role: str = "body"  # intro, body, essentials, figures, people, faq

    @property
    def text(self) -> str:
        return " ".join(line.text for line in self.lines)


@dataclass(slots=True)
class Article:
    """A written article: what the renderers print and the checks judge."""

    title: str
    description: str
    slug: str
    keyphrase: str
    blocks: list[ArticleBlock]
    source_url: str | None = None
    source_title: str | None = None
    date: str | None = None
    credit: Credit | None = None
    figure: Figure | None = None
    related: list[RelatedLink] = field(default_factory=list)

    def faq(self) -> list[tuple[str, str]]:
        """(question, answer) pairs of the FAQ block, for FAQPage JSON-LD."""
        pairs, question = [], None
        for block in self.blocks:
            if block.kind == "question":
                question = block.text
            elif block.kind == "answer" and question:
                pairs.append((question, block.text))
                question = None
        return pairs

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> Article:
        """The article back from `to_dict()` (the JSON output of `redac rewrite`)."""
        blocks = [ArticleBlock(block["kind"], [Line(line["text"], tuple(line.get("sources") or ())) for line in block["lines"]],
                               block.get("level") or 0, block.get("role") or "body") for block in data["blocks"]]
        return cls(
            title=data["title"], description=data.get("description") or "", slug=data.get("slug") or "",
            keyphrase=data.get("keyphrase") or "", blocks=blocks, source_url=data.get("source_url"),
            source_title=data.get("source_title"), date=data.get("date"),
            credit=Credit(**data["credit"]) if data.get("credit") else None,
            figure=Figure(**data["figure"]) if data.get("figure") else None,
            related=[RelatedLink(**link) for link in data.get("related") or ()],
        )
