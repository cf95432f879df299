"""`redac clean`: scraped articles in, the article text and the editor's brief out."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from redac.cli.common import CleanFormat, emit, one_line_errors, say
from redac.errors import EXIT_USAGE, RedacError
from redac.models import CleanResult


@one_line_errors
def clean_command(
    inputs: Annotated[list[str], typer.Argument(help="Files to read (text, Markdown, HTML, JSON/JSONL, RSS/Atom); '-' for stdin.")],
    output_format: Annotated[CleanFormat, typer.Option("--format", "-f", help="md: title and paragraphs; json: everything, with removed lines and the brief.")] = CleanFormat.md,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here (atomically) instead of stdout.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary on stderr.")] = False,
    explain: Annotated[bool, typer.Option("--explain", help="List each removed line on stderr: its rule (or the model's reason) and a confidence.")] = False,
) -> None:
    """Read scraped articles, drop the scraping noise, keep every sentence, and parse the editor's brief.

    Exit codes: 0 ok (skipped records of a multi-document input are warned about); 2 an input could not
    be read or held no article text (the other inputs are still written).
    """
    from redac.cleaning import clean_document
    from redac.ingest import read

    results, failed = [], False
    for name in inputs:
        try:
            ingested = read(Path(name))
        except RedacError as error:
            say("error", str(error))
            failed = True
            continue
        for warning in ingested.warnings:
            say("warning", warning)
        several = len(ingested.documents) > 1
        for document in ingested.documents:
            result = clean_document(document)
            if explain:
                from redac.render.removed_table import removed_table

                sys.stderr.write(removed_table(result, color=sys.stderr.isatty()))
            if not result.document.blocks:
                message = f"{document.source}: no article text left after cleaning ({_why_empty(result)})"
                say("warning" if several else "error", message)
                failed = failed or not several
                continue
            results.append(result)
            if not quiet:
                say("cleaned", _summary(result))
    if results:
        emit(_format_clean(results, output_format), output)
    if failed:
        raise typer.Exit(EXIT_USAGE)


def _why_empty(result: CleanResult) -> str:
    """How many lines went, and the page's reason when the cleaner found it holds no article."""
    page = next((removal.reason for removal in result.removed if removal.rule == "page.no_article"), None)
    return f"{len(result.removed)} lines removed" + (f"; {page}" if page else "")


def _summary(result: CleanResult) -> str:
    brief = result.brief
    asked = [f"min_words={brief.min_words}"] if brief.min_words else []
    asked += [f"language={brief.language}"] if brief.language else []
    asked += [name for name in ("subheadings", "seo", "custom_title") if getattr(brief, name)]
    text = f"{result.document.source}: {len(result.document.blocks)} blocks kept, {len(result.removed)} lines removed"
    return text + (f", brief: {', '.join(asked)}" if asked else "")


def _format_clean(results: list[CleanResult], output_format: CleanFormat) -> str:
    if output_format is CleanFormat.json:
        payload = results[0].to_dict() if len(results) == 1 else [r.to_dict() for r in results]
        return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    from redac.render.markdown import document_markdown

    return "\n---\n\n".join(document_markdown(r.document) for r in results)
