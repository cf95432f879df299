"""Replies in Markdown, the format a small model holds (`bench/llm_real.py` measured it against JSON
under a grammar): `# title` lines, a `## heading` line, paragraphs separated by blank lines.

Nothing the model did not write is made up here. A reply is bad (None), and asked again, when it has
no paragraph or when a paragraph's guillemets do not pair (a quotation broken by the reply). A reply
cut by the token limit, or ending mid-sentence, loses its unfinished sentence: the rest is whole
sentences the model wrote; a section is never kept ending on « …mais ne sont pas d'a ».
"""

from __future__ import annotations

import re
from dataclasses import dataclass

HEADING_RE = re.compile(r"^(#{1,6})\s*(.+?)\s*#*\s*$")
BLOCK_SPLIT_RE = re.compile(r"\n\s*\n")
SENTENCE_END_RE = re.compile(r"[.!?…](?:[\s\u00a0\u202f]*[»\")])?(?=\s|$)")
FENCE_RE = re.compile(r"^```\w*\s*$", re.MULTILINE)
LIST_MARK_RE = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
EMPHASIS_RE = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
SENTENCE_NUMBER_RE = re.compile(r"\s*\[\d+\]")  # « [3] »: the numbers the prompt gives source sentences, echoed
SOURCE_TAG_RE = re.compile(r"\\?<\s*/?\s*source\s*\\?>", re.IGNORECASE)  # the prompt's fence, echoed (« \<source\> Le but… », a09)
LABEL_RE = re.compile(r"^(?:chapô|chapeau|titres?|intertitre|paragraphe\s*\d*)\s*(?::\s*|$)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class MarkdownReply:
    titles: list[str]  # "# " lines
    heading: str  # the first "## " line, or ""
    paragraphs: list[str]
    cut: bool  # an unfinished sentence was dropped from the end


def parse_markdown(text: str, *, truncated: bool = False) -> MarkdownReply | None:
    """Titles, heading and whole paragraphs of a reply; None when it is not a usable reply."""
    text = FENCE_RE.sub("", text.replace("\r\n", "\n")).strip()
    titles: list[str] = []
    heading = ""
    paragraphs: list[str] = []
    for block in BLOCK_SPLIT_RE.split(text):
        lines = []
        for line in block.split("\n"):
            match = HEADING_RE.match(line.strip())
            if match and len(match.group(1)) == 1:
                titles.append(_plain(match.group(2)))
            elif match:
                heading = heading or _plain(match.group(2))
            elif line.strip():
                lines.append(_plain(LIST_MARK_RE.sub("", line.strip())))
        if lines:
            paragraphs.append(" ".join(lines))
    paragraphs = [p for p in paragraphs if any(ch.isalpha() for ch in p)]
    paragraphs, cut = _whole_sentences(paragraphs, truncated)
    if not paragraphs or not all(guillemets_paired(p) for p in paragraphs):
        return None
    return MarkdownReply(titles, heading, paragraphs, cut)


def guillemets_paired(text: str) -> bool:
    """« and » alternate, opening first, and straight double quotes come in pairs."""
    depth = 0
    for char in text:
        if char == "«":
            depth += 1
            if depth > 1:
                return False
        elif char == "»":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0 and text.count('"') % 2 == 0


def ends_sentence(text: str) -> bool:
    text = text.rstrip()
    return any(match.end() == len(text) for match in SENTENCE_END_RE.finditer(text))


def _whole_sentences(paragraphs: list[str], truncated: bool) -> tuple[list[str], bool]:
    """Drop the unfinished end of the last paragraph (a token limit, or a reply that stops mid-word)."""
    if not paragraphs or (not truncated and ends_sentence(paragraphs[-1])):
        return paragraphs, False
    last = paragraphs[-1].rstrip()
    ends = [match.end() for match in SENTENCE_END_RE.finditer(last)]
    if truncated and ends and ends[-1] == len(last):  # the limit fell right after a full stop: still whole
        return paragraphs, False
    kept = last[: ends[-1]].strip() if ends else ""
    return [*paragraphs[:-1], kept] if kept else paragraphs[:-1], True


def _plain(text: str) -> str:
    """Emphasis marks, echoed sentence numbers and fence tags, "Chapô :"-style labels off: the words stay the model's."""
    text = EMPHASIS_RE.sub(lambda m: m.group(1) or m.group(2), SOURCE_TAG_RE.sub("", SENTENCE_NUMBER_RE.sub("", text)).strip())
    return LABEL_RE.sub("", text).strip()
