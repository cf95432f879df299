"""A finding of the faithfulness check: what the article says that its source does not support."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from redac.checks.faithfulness import SourceSentence


@dataclass(frozen=True, slots=True)
class Unsupported:
    kind: str  # number, date, quote, name; claims: negation, role, speaker, adjective, counted
    text: str  # the fact as the article writes it
    reason: str  # French, for editors
    where: str  # "ligne 12", "titre", "bloc 5 (## Heading)"
    sentence: str  # the article sentence holding it
    source_says: str = ""  # the source sentence that says otherwise, or the closest one
    source_where: str = ""  # where it sits in the source: "ligne 7, phrase 2" or "paragraphe 3, phrase 2"


# What a claim check finds before it is located: (kind, text as written, reason, the source sentence that says otherwise).
Finding = tuple[str, str, str, "SourceSentence | None"]
