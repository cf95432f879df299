"""`redac rewrite`, `redac check` and `redac audit`: one article at a time."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Annotated

import typer

from redac.cli.common import AuditFormat, RewriteFormat, emit, one_line_errors, say
from redac.errors import InputError
from redac.limits import DEFAULT_LIMITS


@one_line_errors
def audit_command(
    article: Annotated[Path, typer.Argument(help="Article in Markdown (front matter read) or HTML; '-' for stdin.")],
    keyphrase: Annotated[str | None, typer.Option("--keyphrase", "-k", help="Focus keyphrase (default: front matter / meta keywords). In \"quotes\" for an exact match.")] = None,
    title: Annotated[str | None, typer.Option("--title", help="SEO title (default: front matter title, <title>, or the H1).")] = None,
    description: Annotated[str | None, typer.Option("--description", help="Meta description (default: front matter, <meta name=description>).")] = None,
    slug: Annotated[str | None, typer.Option("--slug", help="Slug (default: front matter, or the canonical / og:url path).")] = None,
    min_words: Annotated[int | None, typer.Option("--min-words", min=0, help=f"Length the brief asks for (default {DEFAULT_LIMITS.min_words}, or redac.toml [limits]).")] = None,
    exact_forms: Annotated[bool, typer.Option("--exact-forms", help="Match the keyphrase by exact words, as Yoast Free (default: word forms through lemmas).")] = False,
    output_format: Annotated[AuditFormat, typer.Option("--format", "-f", help="table: traffic lights; json: every measurement.")] = AuditFormat.table,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here (atomically) instead of stdout.")] = None,
) -> None:
    """SEO and readability audit of a French article, as Yoast shows it, plus redac's own checks.

    Exit codes: 0 the audit ran (whatever the lights say); 2 the article could not be read.
    """
    from redac import audit

    report = audit(article, keyphrase=keyphrase, title=title, description=description, slug=slug, min_words=min_words, word_forms=not exact_forms)
    if output_format is AuditFormat.json:
        emit(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n", output)
        return
    from redac.render.audit_table import audit_table

    emit(audit_table(report, color=output is None and sys.stdout.isatty()), output)


@one_line_errors
def rewrite_command(
    inputs: Annotated[list[str], typer.Argument(help="Scraped articles (text, Markdown, HTML, JSON/JSONL, RSS/Atom); '-' for stdin.")],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the article here (one article only).")] = None,
    out_dir: Annotated[Path | None, typer.Option("--out-dir", help="Write each article to DIR/<slug>.<ext>.")] = None,
    output_format: Annotated[RewriteFormat, typer.Option("--format", "-f", help="md (front matter), html (standalone page), json (article, plan, provenance, report).")] = RewriteFormat.md,
    min_words: Annotated[int | None, typer.Option("--min-words", min=0, help=f"Minimum length (default: the editor's brief, else {DEFAULT_LIMITS.min_words} or redac.toml [limits]).")] = None,
    keyphrase: Annotated[str | None, typer.Option("--keyphrase", "-k", help="Focus keyphrase (default: chosen from the source).")] = None,
    engine: Annotated[str, typer.Option("--engine", help="auto (llm when a model is configured, else extractive), extractive (offline) or llm.")] = "auto",
    model: Annotated[str | None, typer.Option("--model", help="Model name (llm engine; or REDAC_MODEL, redac.toml).")] = None,
    base_url: Annotated[str | None, typer.Option("--base-url", help="OpenAI-compatible server URL (or REDAC_BASE_URL).")] = None,
    api_key: Annotated[str | None, typer.Option("--api-key", help="API key (better: REDAC_API_KEY or OPENAI_API_KEY).")] = None,
    model_path: Annotated[str | None, typer.Option("--model-path", help="Local GGUF file, run in-process (pip install 'redac[local]').")] = None,
    threads: Annotated[int | None, typer.Option("--threads", min=1, help="In-process model (--model-path): threads (default: one per physical core; 1 on a busy machine).")] = None,
    max_calls: Annotated[int | None, typer.Option("--max-calls", min=1, help="Model calls per article, repairs included (default 8, or redac.toml).")] = None,
    strategy: Annotated[str | None, typer.Option("--strategy", help="llm engine: single (one call per article, default with a server), sections (one call per section, default with --model-path) or refine (the offline article, reworded a few sentences per call).")] = None,
    url: Annotated[str | None, typer.Option("--url", help="The article's own address, for canonical and og:url in HTML.")] = None,
    source_url: Annotated[str | None, typer.Option("--source-url", help="The source article's address, for the credit line (default: what the input says).")] = None,
    no_credit: Annotated[bool, typer.Option("--no-credit", help="No credit line to the source (your own copy).")] = False,
    archive: Annotated[list[Path] | None, typer.Option("--archive", help="The publisher's earlier articles (sitemap.xml, JSON/JSONL export, folder of .md/.html, batch store): 2-4 related ones are linked.")] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 when a check still fails after repair.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No report on stderr.")] = False,
) -> None:
    """Rewrite scraped articles into SEO-ready French articles without inventing a fact.

    Exit codes: 0 written (failed checks are reported on stderr); 1 a check failed under --strict;
    2 an input could not be read or usage error (the other articles are still written); 3 the model
    failed after retries.
    """
    from redac.attach import attach_options
    from redac.pipeline import configured_options, exit_code, rewrite_input
    from redac.render import render_rewrite
    from redac.render.report_table import report_table

    if output and out_dir:
        raise InputError("", "use either --output or --out-dir, not both")
    if len(inputs) > 1 and out_dir is None:
        raise InputError("", f"{len(inputs)} inputs: use --out-dir DIR to write one article per input")
    flags = {"model": model, "base_url": base_url, "api_key": api_key, "model_path": model_path, "threads": threads, "max_calls": max_calls,
             "strategy": strategy}
    options, notice = configured_options(engine, flags=flags, min_words=min_words, keyphrase=keyphrase)
    options = replace(options, attachments=attach_options(source_url=source_url, credit=not no_credit, archive=archive, limits=options.limits))
    if notice and not quiet:
        say("notice", notice)
    outcomes = []
    for name in inputs:
        outcome = rewrite_input(Path(name), options)
        outcomes.append(outcome)
        for warning in outcome.warnings:
            say("warning", warning)
        for result in outcome.results:
            if not quiet:
                sys.stderr.write(report_table(result.report, label=result.source.document.source, color=sys.stderr.isatty()))
        for error in outcome.errors:
            say("error", str(error))
    written = [result for outcome in outcomes for result in outcome.results]
    if len(written) > 1 and out_dir is None:
        raise InputError(inputs[0], f"holds {len(written)} articles: use --out-dir DIR to write them")
    for result in written:
        text = render_rewrite(result, output_format.value, url)
        emit(text, output if out_dir is None else _unique_path(out_dir, result.article.slug or "article", output_format.value))
    code = exit_code(outcomes, strict)
    if code:
        raise typer.Exit(code)


def _unique_path(directory: Path, stem: str, extension: str) -> Path:
    path = directory / f"{stem}.{extension}"
    number = 2
    while path.exists():
        path = directory / f"{stem}-{number}.{extension}"
        number += 1
    return path


@one_line_errors
def check_command(
    article: Annotated[Path, typer.Argument(help="Article to check: Markdown (front matter read) or HTML; '-' for stdin.")],
    source: Annotated[Path, typer.Option("--source", "-s", help="The source it was written from (any input format).")],
    keyphrase: Annotated[str | None, typer.Option("--keyphrase", "-k", help="Focus keyphrase (default: the article's front matter, <meta name=keywords>).")] = None,
    slug: Annotated[str | None, typer.Option("--slug", help="Slug (default: front matter, or the canonical / og:url path).")] = None,
    min_words: Annotated[int | None, typer.Option("--min-words", min=0, help=f"Minimum length (default {DEFAULT_LIMITS.min_words}, or redac.toml [limits]).")] = None,
    output_format: Annotated[AuditFormat, typer.Option("--format", "-f", help="table or json.")] = AuditFormat.table,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the report here (atomically) instead of stdout.")] = None,
) -> None:
    """Check an article written by anyone (an editor, a chatbot) against its source.

    Every guarantee of `redac rewrite`: length, French, structure, title, meta, slug, SEO/readability,
    and faithfulness (each number, date, quote and name supported by the source, located in the article).
    Exit codes: 0 every check passes; 1 a check fails; 2 unreadable article or source.
    """
    from redac import check
    from redac.errors import EXIT_CHECK_FAILED

    report = check(article, source=source, keyphrase=keyphrase, slug=slug, min_words=min_words)
    if output_format is AuditFormat.json:
        emit(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n", output)
    else:
        from redac.render.report_table import report_table

        emit(report_table(report, label=str(article), color=output is None and sys.stdout.isatty()), output)
    if report.failed:
        raise typer.Exit(EXIT_CHECK_FAILED)
