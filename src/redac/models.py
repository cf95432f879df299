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
