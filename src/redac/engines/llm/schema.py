"""What the model must answer (a JSON article), and a tolerant reader for what it actually answers.

Models wrap JSON in code fences, add a sentence before it, leave a trailing comma, or stop in the
middle. `parse_article` takes the first balanced JSON object it finds, forgives trailing commas,
and validates it with pydantic; anything else is `None`, which the writer treats as a failed call.
"""

from __future__ import annotations

import json
import re
from typing import TypeVar

from pydantic import BaseModel, Field, ValidationError

Reply = TypeVar("Reply", bound=BaseModel)
TRAILING_COMMA_RE = re.compile(r",\s*([}\]])")


class SectionReply(BaseModel):
    titre: str = Field(min_length=1)
    paragraphes: list[str] = Field(min_length=1)


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
        for attempt in (candidate, TRAILING_COMMA_RE.sub(r"\1", candidate)):
            try:
                return model.model_validate(json.loads(attempt))
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
