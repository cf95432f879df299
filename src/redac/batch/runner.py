"""Run a batch: read every input, skip what the store says is done, flag or merge duplicate stories,
rewrite the rest concurrently, and record each document as it finishes.

Concurrency follows the engine: the offline engine is CPU-bound, so `jobs` worker processes; the
LLM engine waits on the network, so `jobs` threads sharing one client (a thread costs nothing while
it waits, and the checks' CPU time per article is small next to a model's answer). Workers write
their outputs atomically and return an `Outcome`; only this process writes to the store, one
transaction per document, so a batch killed at any point resumes where it stopped.
"""

from __future__ import annotations

import signal
import threading
import time
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from redac.batch.dedup import DuplicateIndex, merge_sources, signature
from redac.batch.sources import Item, copy_id, items
from redac.batch.store import Outcome, Store
from redac.errors import EXIT_BACKEND, EXIT_CHECK_FAILED, EXIT_INTERNAL, EXIT_PUBLISH, EXIT_USAGE, InputError, RedacError
from redac.limits import DEFAULT_LIMITS, Limits
from redac.models import CleanResult

if TYPE_CHECKING:
    from redac.attach import AttachOptions
    from redac.batch.publish import BatchPublishing
    from redac.engines.llm.config import LLMSettings

STORE_NAME = "redac-batch.sqlite"


@dataclass(slots=True)
class BatchOptions:
    out_dir: Path
    store: Path | None = None  # default: OUT_DIR/redac-batch.sqlite
    jobs: int = 1
    engine: str = "extractive"
    output_format: str = "md"
    min_words: int | None = None
    retry_failed: bool = False
    merge: bool = False
    keep_duplicates: bool = False
    limits: Limits = DEFAULT_LIMITS
    llm: LLMSettings | None = None  # the llm engine's budget and strategy (defaults when None)
    attachments: AttachOptions | None = None  # credit, related links from an archive (as for `redac rewrite`)

    @property
    def store_path(self) -> Path:
        return self.store or self.out_dir / STORE_NAME


@dataclass(slots=True)
class Job:
    """One article to write: its cleaned source (several, merged, for one story told by several sites)."""

    id: str
    source: CleanResult
    options: BatchOptions


@dataclass(slots=True)
class Tally:
    """This run's counts, for the progress line and the exit code."""

    done: int = 0
    failed: int = 0
    duplicate: int = 0
    skipped: int = 0  # done in an earlier run
    checks_failed: int = 0
    exit_codes: set[int] = field(default_factory=set)
    publishing: BatchPublishing | None = None  # batch --publish

    def line(self) -> str:
        line = f"ok {self.done} · échecs {self.failed} · doublons {self.duplicate} · déjà faits {self.skipped}"
        if self.publishing:
            line += f" · publiés {self.publishing.published} · non publiés {self.publishing.failed}"
        return line

    def exit_code(self, strict: bool) -> int:
        codes = self.exit_codes | ({self.publishing.exit_code} if self.publishing else set())
        for code in (EXIT_BACKEND, EXIT_PUBLISH, EXIT_USAGE, EXIT_INTERNAL):
            if code in codes:
                return code
        return EXIT_CHECK_FAILED if strict and self.checks_failed else 0


def run_batch(inputs: list[str], options: BatchOptions, *, backend=None, progress=None, publisher=None) -> Tally:
    """Process `inputs` into `options.out_dir`.

    `progress(total, tally)`, called once the inputs are planned, returns a callable(tally) run per
    finished document. With a `publisher` (redac.publish), each article goes to WordPress as it is
    done, and articles of earlier runs not published yet go at the end.
    """
    try:
        options.out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise InputError(str(options.out_dir), f"cannot be the output folder ({error.strerror or error})") from None
    _remove_partial_outputs(options.out_dir)
    store = Store(options.store_path)
    tally = Tally()
    try:
        found = items(inputs, skip={options.out_dir, options.store_path})
        jobs = _plan(found, store, options, tally)
        publishing = tally.publishing = _publishing(publisher, store)
        advance = progress(len(jobs), tally) if progress else None
        for outcome in _execute(jobs, options, backend):
            store.finish(outcome)
            _count(outcome, tally)
            if publishing and not outcome.error:
                publishing.publish(outcome.id, outcome.outputs)
            if advance:
                advance(tally)
        if publishing:
            publishing.finish()
    finally:
        if tally.publishing:
            tally.publishing.close()
        store.close()
    return tally


def _publishing(publisher, store: Store):
    if publisher is None:
        return None
    from redac.batch.publish import BatchPublishing

    publishing = BatchPublishing(publisher, store)
    publishing.prepare()
    return publishing


def _remove_partial_outputs(out_dir: Path) -> None:
    """Temporary files a killed worker left behind (never a finished output: those are renamed)."""
    for leftover in out_dir.glob(".*.tmp"):
        leftover.unlink(missing_ok=True)


def _plan(found: list[Item], store: Store, options: BatchOptions, tally: Tally) -> list[Job]:
    """Decide each document's fate: skip (done before), fail (unreadable), duplicate, merge, or write."""
    from redac.cleaning import clean_document

    index = DuplicateIndex()
    for document_id, sig in store.signatures():
        index.add(document_id, sig)
    groups: dict[str, list[CleanResult]] = {}
    members: dict[str, list[str]] = {}
    seen: set[str] = set()
    with store.db:  # one transaction for the whole plan
        store.db.execute("BEGIN")
        for item in found:
            if item.error:
                store.add_unreadable(item.id, item.source, item.error, item.exit_code)
                tally.failed += 1
                tally.exit_codes.add(item.exit_code)
                continue
            assert item.document is not None  # an item without an error holds its document
            if item.id in seen:  # the same content twice in this batch (a copied file): its own row
                store.add_duplicate(copy_id(item), item.source, item.document.title, item.id, 1.0)
                tally.duplicate += 1
                continue
            seen.add(item.id)
            if _settled(store.get(item.id), store, options, tally):
                continue
            cleaned = clean_document(item.document)
            sig = signature([block.text for block in cleaned.document.blocks])
            match = None if options.keep_duplicates else index.match(sig, exclude=item.id)
            if match:
                if options.merge and match[0] in groups:  # a story of this run: its article gets this source too
                    groups[match[0]].append(cleaned)
                    members[match[0]].append(item.id)
                store.add_duplicate(item.id, item.source, cleaned.document.title, *match)
                tally.duplicate += 1
                continue
            index.add(item.id, sig)
            groups[item.id], members[item.id] = [cleaned], []
            store.add_pending(item.id, item.source, cleaned.document.title, sig)
        for primary, merged in members.items():
            if merged:
                store.set_merged(primary, merged)
    return [_job(primary, sources, options) for primary, sources in groups.items()]


def _settled(row: dict | None, store: Store, options: BatchOptions, tally: Tally) -> bool:
    """Whether the store already decided this document: done, flagged duplicate, or failed (unless retried)."""
    if row is None or row["status"] == "pending":
        return False
    if row["status"] == "done":
        tally.skipped += 1
        return True
    if row["status"] == "duplicate":
        primary = store.get(row["duplicate_of"]) if options.merge else None
        if primary and primary["status"] != "done":
            return False  # its story is not written yet: merge it again
        tally.duplicate += 1
        return True
    if options.retry_failed:
        return False
    tally.failed += 1
    if row.get("exit_code"):
        tally.exit_codes.add(row["exit_code"])
    return True


def _job(primary: str, sources: list[CleanResult], options: BatchOptions) -> Job:
    return Job(primary, merge_sources(sources[0], sources[1:]) if len(sources) > 1 else sources[0], options)


def _execute(jobs: list[Job], options: BatchOptions, backend):
    """Outcomes as documents finish, from the pool the engine needs."""
    if not jobs:
        return
    if options.engine == "llm":
        # Twice the threads, `jobs` requests at once: an article's checks never hold a request slot.
        executor: Executor = ThreadPoolExecutor(options.jobs * 2)
        backend = Throttled(backend, options.jobs)
    elif options.jobs > 1:
        executor = ProcessPoolExecutor(options.jobs, initializer=_leave_interrupts_to_the_main_process)
    else:
        yield from (process(job, backend) for job in jobs)
        return
    try:
        futures: list[Future] = [executor.submit(process, job, backend) for job in jobs]
        for future in as_completed(futures):
            yield future.result()
    finally:
        executor.shutdown(wait=False, cancel_futures=True)


def _leave_interrupts_to_the_main_process() -> None:
    """Ctrl-C reaches the whole process group; the main process stops the batch, workers finish quietly."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class Throttled:
    """A backend shared by threads, with at most `limit` requests in flight."""

    def __init__(self, backend, limit: int):
        self.backend = backend
        self.name = getattr(backend, "name", "backend")
        self._slots = threading.Semaphore(limit)

    def complete(self, *args, **kwargs):
        with self._slots:
            return self.backend.complete(*args, **kwargs)


def process(job: Job, backend=None) -> Outcome:
    """Rewrite, check and write one article; every error becomes the outcome's one line."""
    from redac.files import write_atomic
    from redac.pipeline import Options, rewrite_input
    from redac.render import render_rewrite

    options = job.options
    start = time.perf_counter()
    try:
        _check_language(job)
        rewrite = Options(engine=options.engine, min_words=options.min_words, limits=options.limits, backend=backend, llm=options.llm)
        if options.attachments is not None:
            rewrite = replace(rewrite, attachments=options.attachments)
        outcome = rewrite_input(job.source, rewrite)
        if outcome.errors:
            raise outcome.errors[0]
        result = outcome.results[0]
        path = options.out_dir / f"{result.article.slug or 'article'}-{job.id[:8]}.{options.output_format}"
        write_atomic(path, render_rewrite(result, options.output_format))
    except RedacError as error:
        return Outcome(job.id, [], error=getattr(error, "message", str(error)), exit_code=error.exit_code, seconds=time.perf_counter() - start)
    except Exception as error:  # a bug must fail this document, not the batch
        return Outcome(job.id, [], error=f"internal error: {type(error).__name__}: {error}", exit_code=EXIT_INTERNAL,
                       seconds=time.perf_counter() - start)
    report = result.report
    audit = report.check("audit")
    usage = result.usage
    return Outcome(
        job.id, [str(path)], words=report.words, seo=audit.details.get("seo", 0) if audit else 0,
        readability=audit.details.get("readability", 0) if audit else 0,
        failed_checks=[check.id for check in report.failed], report=report.to_dict(),
        usage={"calls": usage.calls, "prompt_tokens": usage.prompt_tokens, "completion_tokens": usage.completion_tokens} if usage else None,
        seconds=time.perf_counter() - start,
    )


def _check_language(job: Job) -> None:
    """The offline engine keeps the source's sentences: a non-French source cannot become a French article."""
    from redac.french.language import detect_language

    if job.options.engine != "extractive":
        return  # a model translates
    language, _ = detect_language(" ".join(block.text for block in job.source.document.blocks[:6]))
    wanted = job.source.brief.language or "fr"
    if language and language != wanted:
        raise InputError(job.source.document.source,
                         f"the source is in {language!r}, not {wanted!r}: the extractive engine does not translate (use --engine llm)")


def _count(outcome: Outcome, tally: Tally) -> None:
    if outcome.error:
        tally.failed += 1
        tally.exit_codes.add(outcome.exit_code or EXIT_INTERNAL)
    else:
        tally.done += 1
        tally.checks_failed += bool(outcome.failed_checks)
