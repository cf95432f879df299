"""Markdown for cleaned documents: `# title`, then the blocks in order."""

from __future__ import annotations

from redac.models import Block, Document


def document_markdown(document: Document) -> str:
    parts = [f"# {document.title}"] if document.title else []
    parts.extend(_block_markdown(block) for block in document.blocks)
    return "\n\n".join(parts) + "\n"


def _block_markdown(block: Block) -> str:
    if block.kind == "heading":
        return f"{'#' * max(2, block.level)} {block.text}"
    if block.kind == "list_item":
        return f"- {block.text}"
    if block.kind == "quote":
        return f"> {block.text}"
    return block.text
