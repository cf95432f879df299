"""`redac batch run|status|report`: folders, exports and feeds, resumable, with story dedup."""

from __future__ import annotations

import time
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperGroup

from redac.cli.common import RewriteFormat, emit, one_line_errors, say
from redac.cli.publish import batch_publisher
from redac.errors import InputError
from redac.limits import DEFAULT_LIMITS

if TYPE_CHECKING:
    from redac.batch.runner import BatchOptions, Tally
    from redac.batch.store import Store


class _BatchGroup(TyperGroup):
    """`redac batch INPUT...` runs a batch; `redac batch status|report DIR` reads one."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
            args = ["run", *args]
        return super().parse_args(ctx, args)


batch_app = typer.Typer(cls=_BatchGroup, no_args_is_help=True, rich_markup_mode=None, help="Rewrite folders, exports and feeds: resumable, concurrent, with story dedup. `redac batch INPUT... --out-dir DIR` runs `redac batch run`.")


class ReportFormat(str, Enum):
    csv = "csv"
    json = "json"


@batch_app.command("run")
@one_line_errors
def batch_run_command(
    inputs: Annotated[list[str], typer.Argument(help="Folders, globs, files (JSON/JSONL exports, RSS/Atom feeds) or feed URLs.")],
    out_dir: Annotated[Path, typer.Option("--out-dir", help="Where articles go; the store (redac-batch.sqlite) lives here too.")],
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Documents at once: processes (extractive), requests (llm).")] = 1,
    output_format: Annotated[RewriteFormat, typer.Option("--format", "-f", help="md, html or json.")] = RewriteFormat.md,
    min_words: Annotated[int | None, typer.Option("--min-words", min=0, help=f"Minimum length (default: each brief, else {DEFAULT_LIMITS.min_words} or redac.toml [limits]).")] = None,
    engine: Annotated[str, typer.Option("--engine", help="auto, extractive or llm (as for rewrite).")] = "auto",
    model: Annotated[str | None, typer.Option("--model", help="Model name (llm engine).")] = None,
    base_url: Annotated[str | None, typer.Option("--base-url", help="OpenAI-compatible server URL.")] = None,
    api_key: Annotated[str | None, typer.Option("--api-key", help="API key (better: REDAC_API_KEY).")] = None,
    model_path: Annotated[str | None, typer.Option("--model-path", help="Local GGUF file.")] = None,
    threads: Annotated[int | None, typer.Option("--threads", min=1, help="In-process model: threads (default: one per physical core).")] = None,
    strategy: Annotated[str | None, typer.Option("--strategy", help="llm engine: single, sections or refine.")] = None,
    store: Annotated[Path | None, typer.Option("--store", help="The batch store (default OUT_DIR/redac-batch.sqlite).")] = None,
    retry_failed: Annotated[bool, typer.Option("--retry-failed", help="Process documents that failed in an earlier run again.")] = False,
    merge: Annotated[bool, typer.Option("--merge", help="Write one article per story from all its sources (facts checked against all).")] = False,
    keep_duplicates: Annotated[bool, typer.Option("--keep-duplicates", help="Write near-duplicate stories too (no story dedup).")] = False,
    source_url: Annotated[str | None, typer.Option("--source-url", help="The source's address for the credit line of a document that does not give its own.")] = None,
    no_credit: Annotated[bool, typer.Option("--no-credit", help="No credit line to the source (your own copies).")] = False,
    archive: Annotated[list[Path] | None, typer.Option("--archive", help="The publisher's earlier articles (as for rewrite): 2-4 related ones are linked from each article.")] = None,
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
    from redac.attach import attach_options
    from redac.batch.runner import BatchOptions, run_batch
    from redac.pipeline import configured_options

    if merge and keep_duplicates:
        raise InputError("", "use either --merge or --keep-duplicates, not both")
    flags = {"model": model, "base_url": base_url, "api_key": api_key, "model_path": model_path, "threads": threads, "strategy": strategy}
    rewrite, notice = configured_options(engine, flags=flags)
    if notice and not quiet:
        say("notice", notice)
    options = BatchOptions(out_dir, store=store, jobs=jobs, engine=rewrite.engine, output_format=output_format.value,
                           min_words=min_words, retry_failed=retry_failed, merge=merge, keep_duplicates=keep_duplicates,
                           limits=rewrite.limits, llm=rewrite.llm,
                           attachments=attach_options(source_url=source_url, credit=not no_credit, archive=archive, limits=rewrite.limits))
    publisher = batch_publisher(wordpress, status, category, tag, output_format.value) if publish else None
    if quiet:
        tally = run_batch(inputs, options, backend=rewrite.backend, publisher=publisher)
        if tally.failed:  # the table that says which and why is not shown: say where to look
            say("error", f"{tally.failed} document(s) failed: redac batch report {out_dir}")
    else:
        tally = _run_with_progress(inputs, options, rewrite.backend, publisher)
    if tally.publishing and tally.publishing.failed:
        say("error", f"{tally.publishing.failed} article(s) not published ({tally.publishing.unavailable or 'see redac batch status'}); "
                     "run again to publish them")
    raise typer.Exit(tally.exit_code(strict))


def _run_with_progress(inputs: list[str], options: BatchOptions, backend: object, publisher: object = None) -> Tally:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from redac.batch.report import summary_table
    from redac.batch.runner import run_batch
    from redac.batch.store import Store

    console = Console(stderr=True)
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[rate]:.1f}/s"), TimeRemainingColumn(), TextColumn("{task.fields[counts]}"))
    progress = Progress(*columns, console=console)

    def start(total: int, tally: Tally) -> Callable[[Tally], None]:  # the bar appears once the inputs are read and planned
        progress.start()
        task = progress.add_task("articles", total=total, rate=0.0, counts=tally.line())
        began = time.perf_counter()

        def advance(tally: Tally) -> None:
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


def _open_store(directory: Path) -> Store:
    from redac.batch.runner import STORE_NAME
    from redac.batch.store import Store

    path = directory / STORE_NAME if directory.is_dir() else directory
    if not path.is_file():
        raise InputError(str(directory), "no batch store here (give the batch's --out-dir or its --store file)")
    return Store(path)


@batch_app.command("status")
@one_line_errors
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
@one_line_errors
def batch_report_command(
    directory: Annotated[Path, typer.Argument(help="The batch's --out-dir (or its store file).")],
    output_format: Annotated[ReportFormat, typer.Option("--format", "-f", help="csv or json.")] = ReportFormat.csv,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
) -> None:
    """One row per document: status, words, SEO and readability scores, failed checks, outputs, usage, error."""
    from redac.batch.report import export

    store = _open_store(directory)
    try:
        emit(export(store, output_format.value), output)
    finally:
        store.close()
