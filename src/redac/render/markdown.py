"""Markdown for cleaned documents: `# title`, then the blocks in order."""

from __future__ import annotations

from redac.models import Document


def document_markdown(document: Document) -> str:
    parts = [f"# {document.title}"] if document.title else []
    parts.extend(block_markdown(block.kind, block.text, block.level) for block in document.blocks)
    return "\n\n".join(parts) + "\n"


def block_markdown(kind: str, text: str, level: int = 0) -> str:
    """One block of a cleaned document or of an article; `text` is already as it should appear."""
    if kind == "heading":
        return f"{'#' * max(2, level)} {text}"
    if kind == "question":  # as in Yoast's FAQ block
        return f"**{text}**"
    if kind == "list_item":
        return f"- {text}"
    if kind == "quote":
        return f"> {text}"
    return text
