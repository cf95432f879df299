"""The `redac` command. Thin: parses options, calls the pipeline, prints. Heavy modules load lazily
so that `redac --help` starts fast."""

from __future__ import annotations

import functools
import json
import os
import sys
import time
from enum import Enum
from pathlib import Path
from typing import Annotated, Callable

import typer
from typer.core import TyperGroup

from redac import __version__
from redac.errors import EXIT_BACKEND, EXIT_CHECK_FAILED, EXIT_INTERNAL, EXIT_PUBLISH, EXIT_USAGE, InputError, RedacError
from redac.publish.command import batch_publisher, publish_command

app = typer.Typer(
    name="redac",
    help="Turn raw scraped news into publish-ready, SEO-optimized French articles, without inventing a fact.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class CleanFormat(str, Enum):
    md = "md"
    json = "json"


class RewriteFormat(str, Enum):
    md = "md"
    html = "html"
    json = "json"


class AuditFormat(str, Enum):
    table = "table"
    json = "json"


def _say(kind: str, message: str) -> None:
    print(f"redac: {kind}: {message}", file=sys.stderr)


def _one_line_errors(command: Callable) -> Callable:
    """Every failure leaves as one line on stderr and a documented exit code, never a traceback."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except RedacError as error:
            _say("error", str(error))
            raise typer.Exit(error.exit_code) from None
        except KeyboardInterrupt:
            _say("error", "interrupted (a batch resumes where it stopped when run again)")
            raise typer.Exit(130) from None
        except (typer.Exit, typer.Abort):
            raise
        except Exception as error:  # a bug: say so in one line (REDAC_DEBUG=1 for the traceback)
            if os.environ.get("REDAC_DEBUG"):
                raise
            _say("internal error", f"{type(error).__name__}: {error} (set REDAC_DEBUG=1 for details)")
            raise typer.Exit(EXIT_INTERNAL) from None

    return wrapper


def _version(value: bool) -> None:
    if value:
        print(f"redac {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """redac: scraped news in, SEO-ready French articles out."""


@app.command("clean")
@_one_line_errors
def clean_command(
    inputs: Annotated[list[str], typer.Argument(help="Files to read (text, Markdown, HTML, JSON/JSONL, RSS/Atom); '-' for stdin.")],
    output_format: Annotated[CleanFormat, typer.Option("--format", "-f", help="md: title and paragraphs; json: everything, with removed lines and the brief.")] = CleanFormat.md,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here (atomically) instead of stdout.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary on stderr.")] = False,
) -> None:
    """Read scraped articles, drop the scraping noise, keep every sentence, and parse the editor's brief.

    Exit codes: 0 ok (skipped records of a multi-document input are warned about); 2 an input could not
    be read or held no article text (the other inputs are still written).
    """
    from redac.cleaning import clean_document
    from redac.ingest import read, read_stdin

    results, failed = [], False
    for name in inputs:
        try:
            ingested = read_stdin() if name == "-" else read(Path(name))
        except RedacError as error:
            _say("error", str(error))
            failed = True
            continue
        for warning in ingested.warnings:
            _say("warning", warning)
        several = len(ingested.documents) > 1
        for document in ingested.documents:
            result = clean_document(document)
            if not result.document.blocks:
                message = f"{document.source}: no article text left after cleaning ({len(result.removed)} lines removed)"
                _say("warning" if several else "error", message)
                failed = failed or not several
                continue
            results.append(result)
            if not quiet:
                _say("cleaned", _summary(result))
    if results:
        _emit(_format_clean(results, output_format), output)
    if failed:
        raise typer.Exit(EXIT_USAGE)


def _summary(result) -> str:
    brief = result.brief
    asked = [f"min_words={brief.min_words}"] if brief.min_words else []
    asked += [f"language={brief.language}"] if brief.language else []
    asked += [name for name in ("subheadings", "seo", "custom_title") if getattr(brief, name)]
    text = f"{result.document.source}: {len(result.document.blocks)} blocks kept, {len(result.removed)} lines removed"
    return text + (f", brief: {', '.join(asked)}" if asked else "")


def _format_clean(results, output_format: CleanFormat) -> str:
    if output_format is CleanFormat.json:
        payload = results[0].to_dict() if len(results) == 1 else [r.to_dict() for r in results]
        return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    from redac.render.markdown import document_markdown

    return "\n---\n\n".join(document_markdown(r.document) for r in results)


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    from redac.files import write_atomic

    try:
        write_atomic(output, text)
    except OSError as error:
        raise RedacError(f"{output}: cannot write ({error.strerror or error})") from None


@app.command("audit")
@_one_line_errors
def audit_command(
    article: Annotated[Path, typer.Argument(help="Article in Markdown (front matter read) or HTML; '-' for stdin.")],
    keyphrase: Annotated[str | None, typer.Option("--keyphrase", "-k", help="Focus keyphrase (default: front matter / meta keywords). In \"quotes\" for an exact match.")] = None,
    title: Annotated[str | None, typer.Option("--title", help="SEO title (default: front matter title, <title>, or the H1).")] = None,
    description: Annotated[str | None, typer.Option("--description", help="Meta description (default: front matter, <meta name=description>).")] = None,
    slug: Annotated[str | None, typer.Option("--slug", help="Slug (default: front matter, or the canonical / og:url path).")] = None,
    min_words: Annotated[int, typer.Option("--min-words", min=0, help="Length the brief asks for.")] = 700,
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
        _emit(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n", output)
        return
    from redac.render.audit_table import audit_table

    _emit(audit_table(report, color=output is None and sys.stdout.isatty()), output)


@app.command("rewrite")
@_one_line_errors
def rewrite_command(
    inputs: Annotated[list[str], typer.Argument(help="Scraped articles (text, Markdown, HTML, JSON/JSONL, RSS/Atom); '-' for stdin.")],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the article here (one article only).")] = None,
    out_dir: Annotated[Path | None, typer.Option("--out-dir", help="Write each article to DIR/<slug>.<ext>.")] = None,
    output_format: Annotated[RewriteFormat, typer.Option("--format", "-f", help="md (front matter), html (standalone page), json (article, plan, provenance, report).")] = RewriteFormat.md,
    min_words: Annotated[int | None, typer.Option("--min-words", min=0, help="Minimum length (default: the editor's brief, else 700).")] = None,
    keyphrase: Annotated[str | None, typer.Option("--keyphrase", "-k", help="Focus keyphrase (default: chosen from the source).")] = None,
    engine: Annotated[str, typer.Option("--engine", help="auto (llm when a model is configured, else extractive), extractive (offline) or llm.")] = "auto",
    model: Annotated[str | None, typer.Option("--model", help="Model name (llm engine; or REDAC_MODEL, redac.toml).")] = None,
    base_url: Annotated[str | None, typer.Option("--base-url", help="OpenAI-compatible server URL (or REDAC_BASE_URL).")] = None,
    api_key: Annotated[str | None, typer.Option("--api-key", help="API key (better: REDAC_API_KEY or OPENAI_API_KEY).")] = None,
    model_path: Annotated[str | None, typer.Option("--model-path", help="Local GGUF file, run in-process (pip install 'redac[local]').")] = None,
    max_calls: Annotated[int | None, typer.Option("--max-calls", min=1, help="Model calls per article, repairs included (default 6, or redac.toml).")] = None,
    strategy: Annotated[str | None, typer.Option("--strategy", help="llm engine: single (one call per article, default) or sections (one call per section, for small local models).")] = None,
    url: Annotated[str | None, typer.Option("--url", help="The article's own address, for canonical and og:url in HTML.")] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 when a check still fails after repair.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No report on stderr.")] = False,
) -> None:
    """Rewrite scraped articles into SEO-ready French articles without inventing a fact.

    Exit codes: 0 written (failed checks are reported on stderr); 1 a check failed under --strict;
    2 an input could not be read or usage error (the other articles are still written); 3 the model
    failed after retries.
    """
    from redac.cleaning import clean_document
    from redac.ingest import read, read_stdin
    from redac.render import render_rewrite
    from redac.render.report_table import report_table
    from redac.pipeline import rewrite_clean

    if output and out_dir:
        raise InputError("", "use either --output or --out-dir, not both")
    if len(inputs) > 1 and out_dir is None:
        raise InputError("", f"{len(inputs)} inputs: use --out-dir DIR to write one article per input")
    flags = {"model": model, "base_url": base_url, "api_key": api_key, "model_path": model_path, "max_calls": max_calls,
             "strategy": strategy}
    engine, backend, settings = _engine_and_backend(engine, flags, quiet)
    written, failed_input, failed_check, failed_backend = [], False, False, False
    for name in inputs:
        try:
            ingested = read_stdin() if name == "-" else read(Path(name))
            for warning in ingested.warnings:
                _say("warning", warning)
            for document in ingested.documents:
                result = rewrite_clean(
                    clean_document(document), min_words=min_words, keyphrase=keyphrase, engine=engine,
                    backend=backend, max_calls=settings.max_calls, max_tokens=settings.max_tokens,
                    strategy=settings.strategy,
                )
                written.append(result)
                failed_check = failed_check or bool(result.report.failed)
                if not quiet:
                    sys.stderr.write(report_table(result.report, label=document.source, color=sys.stderr.isatty()))
        except RedacError as error:
            _say("error", str(error))
            failed_backend = failed_backend or error.exit_code == EXIT_BACKEND
            failed_input = failed_input or error.exit_code != EXIT_BACKEND
    if len(written) > 1 and out_dir is None:
        raise InputError(inputs[0], f"holds {len(written)} articles: use --out-dir DIR to write them")
    for result in written:
        text = render_rewrite(result, output_format.value, url)
        if out_dir is not None:
            _emit(text, _unique_path(out_dir, result.article.slug or "article", output_format.value))
        else:
            _emit(text, output)
    if failed_backend:
        raise typer.Exit(EXIT_BACKEND)
    if failed_input:
        raise typer.Exit(EXIT_USAGE)
    if strict and failed_check:
        raise typer.Exit(EXIT_CHECK_FAILED)


def _engine_and_backend(engine: str, flags: dict, quiet: bool):
    """The engine to run, its backend (llm) and the model settings; `auto` says which it chose."""
    from redac.engines.llm.config import load_settings

    if engine not in {"auto", "extractive", "llm"}:
        raise InputError("", f"unknown engine {engine!r} (available: auto, extractive, llm)")
    settings = load_settings(flags)
    if engine == "auto":
        engine = "llm" if settings.configured else "extractive"
        if not quiet and engine == "extractive":
            _say("notice", "no model configured: using the offline extractive engine (see `redac doctor`)")
    if engine != "llm":
        return engine, None, settings
    from redac.engines.llm import make_backend

    backend = make_backend(settings)
    if not quiet:
        _say("notice", f"llm engine: {settings.describe()}")
    return engine, backend, settings


@app.command("doctor")
@_one_line_errors
def doctor_command(
    model: Annotated[str | None, typer.Option("--model", help="Model name.")] = None,
    base_url: Annotated[str | None, typer.Option("--base-url", help="OpenAI-compatible server URL.")] = None,
    api_key: Annotated[str | None, typer.Option("--api-key", help="API key.")] = None,
    model_path: Annotated[str | None, typer.Option("--model-path", help="Local GGUF file.")] = None,
    wordpress: Annotated[str | None, typer.Option("--wordpress", help="Also check this WordPress site (or REDAC_WP_URL) for `redac publish`.")] = None,
) -> None:
    """Show the configured model (key masked) and whether its server answers; with --wordpress, what the
    site offers `redac publish` (REST API, credentials, rights, SEO plugin or Rank Math).

    Exit codes: 0 no model configured, or configured and reachable; 3 configured but unreachable;
    4 the WordPress site cannot take articles yet (the line says why).
    """
    from redac.engines.llm import reachability
    from redac.engines.llm.config import load_settings

    if wordpress or os.environ.get("REDAC_WP_URL"):
        _doctor_wordpress(wordpress)
    settings = load_settings({"model": model, "base_url": base_url, "api_key": api_key, "model_path": model_path})
    if not settings.configured:
        print("no model configured: `redac rewrite` uses the offline extractive engine")
        print("configure one with --model/--base-url, REDAC_MODEL/REDAC_BASE_URL/REDAC_API_KEY or redac.toml [llm]")
        return
    print(settings.describe())
    print(reachability(settings))


def _doctor_wordpress(url: str | None) -> None:
    from redac.publish.doctor import wordpress_report
    from redac.publish.settings import load_wordpress_settings

    lines, ready = wordpress_report(load_wordpress_settings({"url": url}))
    print("\n".join(lines))
    if not ready:
        raise typer.Exit(EXIT_PUBLISH)


def _unique_path(directory: Path, stem: str, extension: str) -> Path:
    path = directory / f"{stem}.{extension}"
    number = 2
    while path.exists():
        path = directory / f"{stem}-{number}.{extension}"
        number += 1
    return path


@app.command("check")
@_one_line_errors
def check_command(
    article: Annotated[Path, typer.Argument(help="Article to check: Markdown (front matter read) or HTML; '-' for stdin.")],
    source: Annotated[Path, typer.Option("--source", "-s", help="The source it was written from (any input format).")],
    keyphrase: Annotated[str | None, typer.Option("--keyphrase", "-k", help="Focus keyphrase (default: the article's front matter, <meta name=keywords>).")] = None,
    slug: Annotated[str | None, typer.Option("--slug", help="Slug (default: front matter, or the canonical / og:url path).")] = None,
    min_words: Annotated[int, typer.Option("--min-words", min=0, help="Minimum length.")] = 700,
    output_format: Annotated[AuditFormat, typer.Option("--format", "-f", help="table or json.")] = AuditFormat.table,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the report here (atomically) instead of stdout.")] = None,
) -> None:
    """Check an article written by anyone (an editor, a chatbot) against its source.

    Every guarantee of `redac rewrite`: length, French, structure, title, meta, slug, SEO/readability,
    and faithfulness (each number, date, quote and name supported by the source, located in the article).
    Exit codes: 0 every check passes; 1 a check fails; 2 unreadable article or source.
    """
    from redac import check

    report = check(article, source=source, keyphrase=keyphrase, slug=slug, min_words=min_words)
    if output_format is AuditFormat.json:
        _emit(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n", output)
    else:
        from redac.render.report_table import report_table

        _emit(report_table(report, label=str(article), color=output is None and sys.stdout.isatty()), output)
    if report.failed:
        raise typer.Exit(EXIT_CHECK_FAILED)


app.command("publish")(_one_line_errors(publish_command))


class _BatchGroup(TyperGroup):
    """`redac batch INPUT...` runs a batch; `redac batch status|report DIR` reads one."""

    def parse_args(self, ctx, args):
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
            args = ["run", *args]
        return super().parse_args(ctx, args)


batch_app = typer.Typer(cls=_BatchGroup, no_args_is_help=True, help="Rewrite folders, exports and feeds: resumable, concurrent, with story dedup. `redac batch INPUT... --out-dir DIR` runs `redac batch run`.")
app.add_typer(batch_app, name="batch")


class ReportFormat(str, Enum):
    csv = "csv"
    json = "json"


@batch_app.command("run")
@_one_line_errors
def batch_run_command(
    inputs: Annotated[list[str], typer.Argument(help="Folders, globs, files (JSON/JSONL exports, RSS/Atom feeds) or feed URLs.")],
    out_dir: Annotated[Path, typer.Option("--out-dir", help="Where articles go; the store (redac-batch.sqlite) lives here too.")],
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Documents at once: processes (extractive), requests (llm).")] = 1,
    output_format: Annotated[RewriteFormat, typer.Option("--format", "-f", help="md, html or json.")] = RewriteFormat.md,
    min_words: Annotated[int | None, typer.Option("--min-words", min=0, help="Minimum length (default: each brief, else 700).")] = None,
    engine: Annotated[str, typer.Option("--engine", help="auto, extractive or llm (as for rewrite).")] = "auto",
    model: Annotated[str | None, typer.Option("--model", help="Model name (llm engine).")] = None,
    base_url: Annotated[str | None, typer.Option("--base-url", help="OpenAI-compatible server URL.")] = None,
    api_key: Annotated[str | None, typer.Option("--api-key", help="API key (better: REDAC_API_KEY).")] = None,
    model_path: Annotated[str | None, typer.Option("--model-path", help="Local GGUF file.")] = None,
    strategy: Annotated[str | None, typer.Option("--strategy", help="llm engine: single or sections.")] = None,
    store: Annotated[Path | None, typer.Option("--store", help="The batch store (default OUT_DIR/redac-batch.sqlite).")] = None,
    retry_failed: Annotated[bool, typer.Option("--retry-failed", help="Process documents that failed in an earlier run again.")] = False,
    merge: Annotated[bool, typer.Option("--merge", help="Write one article per story from all its sources (facts checked against all).")] = False,
    keep_duplicates: Annotated[bool, typer.Option("--keep-duplicates", help="Write near-duplicate stories too (no story dedup).")] = False,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 when an article still fails a check.")] = False,
    publish: Annotated[bool, typer.Option("--publish", help="Send each article to WordPress (see `redac publish`; exit 4 when one is not published).")] = False,
    wordpress: Annotated[str | None, typer.Option("--wordpress", help="--publish: the site (or REDAC_WP_URL).")] = None,
    status: Annotated[str, typer.Option("--status", help="--publish: draft, pending, publish or private.")] = "draft",
    category: Annotated[list[str] | None, typer.Option("--category", help="--publish: category (repeatable).")] = None,
    tag: Annotated[list[str] | None, typer.Option("--tag", help="--publish: tag (repeatable).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary table.")] = False,
) -> None:
    """Rewrite every document of the inputs into OUT_DIR; run it again to resume.

    Done documents are skipped, failed ones kept failed unless --retry-failed; near-duplicate stories
    are flagged and skipped (or merged with --merge). Exit codes: 0 every document written; 1 an
    article failed a check under --strict; 2 a document could not be read; 3 the model failed.
    """
    from redac.batch.runner import BatchOptions, run_batch

    if merge and keep_duplicates:
        raise InputError("", "use either --merge or --keep-duplicates, not both")
    flags = {"model": model, "base_url": base_url, "api_key": api_key, "model_path": model_path, "strategy": strategy}
    engine, backend, settings = _engine_and_backend(engine, flags, quiet)
    options = BatchOptions(out_dir, store=store, jobs=jobs, engine=engine, output_format=output_format.value,
                           min_words=min_words, retry_failed=retry_failed, merge=merge, keep_duplicates=keep_duplicates,
                           strategy=settings.strategy, max_calls=settings.max_calls, max_tokens=settings.max_tokens)
    publisher = batch_publisher(wordpress, status, category, tag, output_format.value) if publish else None
    if quiet:
        tally = run_batch(inputs, options, backend=backend, publisher=publisher)
        if tally.failed:  # the table that says which and why is not shown: say where to look
            _say("error", f"{tally.failed} document(s) failed: redac batch report {out_dir}")
    else:
        tally = _run_with_progress(inputs, options, backend, publisher)
    if tally.publishing and tally.publishing.failed:
        _say("error", f"{tally.publishing.failed} article(s) not published ({tally.publishing.unavailable or 'see redac batch status'}); run again to publish them")
    raise typer.Exit(tally.exit_code(strict))


def _run_with_progress(inputs: list[str], options, backend, publisher=None):
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from redac.batch.report import summary_table
    from redac.batch.runner import run_batch
    from redac.batch.store import Store

    console = Console(stderr=True)
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[rate]:.1f}/s"), TimeRemainingColumn(), TextColumn("{task.fields[counts]}"))
    progress = Progress(*columns, console=console)

    def start(total, tally):  # the bar appears once the inputs are read and planned
        progress.start()
        task = progress.add_task("articles", total=total, rate=0.0, counts=tally.line())
        began = time.perf_counter()

        def advance(tally):
            finished = progress.tasks[task].completed + 1
            progress.update(task, advance=1, rate=finished / max(time.perf_counter() - began, 1e-9), counts=tally.line())
        return advance

    try:
        tally = run_batch(inputs, options, backend=backend, progress=start, publisher=publisher)
    finally:
        if progress.live.is_started:
            progress.stop()
    store = Store(options.store_path)
    try:
        table, left_out = summary_table(store)
        console.print(table)
        if left_out:
            console.print(f"… {left_out} more: redac batch report {options.out_dir} --format csv")
    finally:
        store.close()
    return tally


def _open_store(directory: Path):
    from redac.batch.runner import STORE_NAME
    from redac.batch.store import Store

    path = directory / STORE_NAME if directory.is_dir() else directory
    if not path.is_file():
        raise InputError(str(directory), "no batch store here (give the batch's --out-dir or its --store file)")
    return Store(path)


@batch_app.command("status")
@_one_line_errors
def batch_status_command(
    directory: Annotated[Path, typer.Argument(help="The batch's --out-dir (or its store file).")],
) -> None:
    """Counts per status (pending, done, failed, duplicate), time and tokens spent."""
    from redac.batch.report import status_lines

    store = _open_store(directory)
    try:
        print("\n".join(status_lines(store)))
    finally:
        store.close()


@batch_app.command("report")
@_one_line_errors
def batch_report_command(
    directory: Annotated[Path, typer.Argument(help="The batch's --out-dir (or its store file).")],
    output_format: Annotated[ReportFormat, typer.Option("--format", "-f", help="csv or json.")] = ReportFormat.csv,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
) -> None:
    """One row per document: status, words, SEO and readability scores, failed checks, outputs, usage, error."""
    from redac.batch.report import export

    store = _open_store(directory)
    try:
        _emit(export(store, output_format.value), output)
    finally:
        store.close()


def main() -> None:
    app()


if __name__ == "__main__":
    main()
