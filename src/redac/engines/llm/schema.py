"""What the model must answer in JSON (the "single" strategy), and a strict reader for it.

Models wrap JSON in code fences or add a sentence before it: `parse_reply` takes the first balanced
JSON object it finds and validates it with pydantic. Nothing is mended: a trailing comma, a cut
reply, or paragraphs that are the pieces of one broken string (a quotation in straight quotes ends
a JSON string early; under a grammar the model then starts a new one, so « qualifiant de » became a
paragraph of its own) make the reply `None`, which the writer asks for again.
"""

from __future__ import annotations

import json
import re
from typing import TypeVar

from pydantic import BaseModel, Field, ValidationError, field_validator

from redac.engines.llm.markdown import guillemets_paired

Reply = TypeVar("Reply", bound=BaseModel)
FRAGMENT_START_RE = re.compile(r"^[\s\"«»,;:.)\-–—]*[a-zà-ÿ]")  # a paragraph starts with a capital (or a digit)


class SectionReply(BaseModel):
    titre: str = Field(min_length=1)
    paragraphes: list[str] = Field(min_length=1)

    @field_validator("paragraphes")
    @classmethod
    def whole_paragraphs(cls, paragraphs: list[str]) -> list[str]:
        for paragraph in paragraphs:
            if is_fragment(paragraph):
                raise ValueError(f"a fragment, not a paragraph: {paragraph[:40]!r}")
        return paragraphs


def is_fragment(paragraph: str) -> bool:
    """A piece of a broken reply, not a paragraph: it opens in lowercase, or its guillemets do not pair."""
    return bool(FRAGMENT_START_RE.match(paragraph)) or not guillemets_paired(paragraph)


class QuestionReply(BaseModel):
    question: str
    reponse: str


class ArticleReply(BaseModel):
    chapo: str = Field(min_length=1, description="introduction qui contient l'expression clé")
    sections: list[SectionReply] = Field(min_length=1)
    faq: list[QuestionReply] = Field(default_factory=list)


class LeadReply(BaseModel):
    """The standfirst and FAQ, asked alone when sections are written one by one."""

    chapo: str = Field(min_length=1, description="introduction qui contient l'expression clé")
    faq: list[QuestionReply] = Field(default_factory=list)


def parse_reply(text: str, model: type[Reply]) -> Reply | None:
    """The first JSON object in `text` that validates as `model`, or None."""
    for candidate in _json_objects(text):
        try:
            return model.model_validate(json.loads(candidate))
        except (json.JSONDecodeError, ValidationError, TypeError):
            continue
    return None


def _json_objects(text: str):
    """Balanced {...} spans of `text`, outermost first (strings and escapes respected)."""
    start = text.find("{")
    while start != -1:
        depth, in_string, escaped = 0, False, False
        for index in range(start, len(text)):
            char = text[index]
            if in_string:
                if escaped:
                    escaped = False
                elif char == "\\":
                    escaped = True
                elif char == '"':
                    in_string = False
                continue
            if char == '"':
                in_string = True
            elif char == "{":
                depth += 1
            elif char == "}":
                depth -= 1
                if depth == 0:
                    yield text[start : index + 1]
                    break
        start = text.find("{", start + 1)
