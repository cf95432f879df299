"""The rewrite pipeline: input -> clean -> analysis -> plan -> write -> check -> repair -> article.

One direction, plain data between stages (DESIGN.md). `rewrite_input` is the one entry every shell
calls (the CLI, `redac.rewrite`, the batch runner, the web page, the publisher): one input (a path,
text, bytes, or an already-cleaned document) and `Options` in, a `PipelineResult` out, with the
articles, the errors as one line each, and the exit code they map to. Rendering is the caller's
choice (render/).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field, replace
from typing import TYPE_CHECKING

from redac.analysis import Analysis, analyze
from redac.attach import AttachOptions, attach, attachment_notes
from redac.checks.faithfulness import SourceFacts
from redac.checks.guarantees import Report, check_page
from redac.engines import extractive
from redac.errors import EXIT_BACKEND, EXIT_CHECK_FAILED, EXIT_USAGE, InputError, RedacError
from redac.french.sentences import cut_short, split_sentences
from redac.french.typography import typeset, typeset_lines
from redac.french.words import count_words
from redac.limits import DEFAULT_LIMITS, Limits
from redac.models import Article, Block, CleanResult, Document, Line, Plan
from redac.plan import make_plan
from redac.repair import repair
from redac.seo.page import page_from_article

if TYPE_CHECKING:
    from redac.engines.llm.backends import Backend
    from redac.engines.llm.config import LLMSettings
    from redac.engines.llm.writer import Usage

ENGINES = ("extractive", "llm")
# What `Options.progress` receives, in order; "check" and "repair" alternate for each repair round.
STAGES = ("read", "clean", "analyze", "plan", "write", "check", "repair")


@dataclass(frozen=True, slots=True)
class Options:
    """How to rewrite: the engine and its backend, the brief's overrides, the limits, a progress hook."""

    engine: str = "extractive"
    min_words: int | None = None  # default: the editor's brief, else `limits.min_words`
    keyphrase: str | None = None  # default: chosen from the source
    limits: Limits = DEFAULT_LIMITS
    backend: Backend | None = None  # the llm engine's model
    llm: LLMSettings | None = None  # the llm engine's budget and strategy (defaults when None)
    progress: Callable[[str], None] | None = None  # called with each stage name as it starts
    attachments: AttachOptions = field(default_factory=AttachOptions)  # credit, source image, related archive links

    def stage(self, name: str) -> None:
        if self.progress is not None:
            self.progress(name)


@dataclass(slots=True)
class RewriteResult:
    source: CleanResult
    analysis: Analysis
    plan: Plan
    article: Article
    report: Report
    repairs: int
    usage: Usage | None = None  # calls and tokens of the LLM engine

    def to_dict(self) -> dict:
        sentences = {s.id: s.text for s in self.analysis.source_sentences}
        return {
            "source": self.source.document.source,
            "article": {**self.article.to_dict(), "faq": self.article.faq()},
            "plan": self.plan.to_dict(),
            "provenance": [
                {"block": index, "text": line.text, "sources": [{"id": i, "text": sentences[i]} for i in line.sources]}
                for index, block in enumerate(self.article.blocks)
                for line in block.lines
            ],
            "report": {**self.report.to_dict(), "repair_rounds": self.repairs, "usage": asdict(self.usage) if self.usage else None},
        }


@dataclass(slots=True)
class PipelineResult:
    """What one input gave: an article per document, the errors met (one line each), reading warnings."""

    label: str
    results: list[RewriteResult] = field(default_factory=list)
    errors: list[RedacError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def checks_failed(self) -> bool:
        return any(result.report.failed for result in self.results)

    def exit_code(self, strict: bool = False) -> int:
        return exit_code([self], strict)


def exit_code(outcomes: Iterable[PipelineResult], strict: bool = False) -> int:
    """DESIGN.md's exit codes: 3 a model failed, 2 an input could not be read or rewritten, 1 a check
    still fails under `strict`, else 0."""
    outcomes = list(outcomes)
    errors = [error for outcome in outcomes for error in outcome.errors]
    if any(error.exit_code == EXIT_BACKEND for error in errors):
        return EXIT_BACKEND
    if errors:
        return EXIT_USAGE
    return EXIT_CHECK_FAILED if strict and any(outcome.checks_failed for outcome in outcomes) else 0


def rewrite_input(
    source: str | bytes | os.PathLike[str] | Document | CleanResult,
    options: Options = Options(),
    *,
    name: str | None = None,
) -> PipelineResult:
    """Rewrite every document of one input. A `str` is the text itself, a path is read ('-' is stdin);
    a bad input or document becomes an error of the result, never an exception (the others go on)."""
    if isinstance(source, CleanResult):
        return _rewrite_all(source.document.source, [source], options)
    if isinstance(source, Document):
        return _rewrite_all(source.source, [_clean(source, options)], options)
    from redac.ingest import read

    label = name or (str(source) if isinstance(source, os.PathLike) else "-")
    options.stage("read")
    try:
        ingested = read(source, name=name)
    except RedacError as error:
        return PipelineResult(label, errors=[error])
    outcome = _rewrite_all(label, [_clean(document, options) for document in ingested.documents], options)
    outcome.warnings[:0] = ingested.warnings
    return outcome


def _clean(document: Document, options: Options) -> CleanResult:
    from redac.cleaning import clean_document

    options.stage("clean")
    return clean_document(document)


def _rewrite_all(label: str, cleaned: list[CleanResult], options: Options) -> PipelineResult:
    outcome = PipelineResult(label)
    for result in cleaned:
        try:
            outcome.results.append(rewrite_clean(result, options))
        except RedacError as error:
            outcome.errors.append(error)
    return outcome


def rewrite_clean(result: CleanResult, options: Options | None = None, **changes) -> RewriteResult:
    """Rewrite one cleaned document; `changes` replace fields of `options` (`engine="llm", backend=...`).
    Raises `RedacError` (an input with nothing to rewrite, an llm engine without a backend, a model
    that fails); `rewrite_input` turns those into the result's errors."""
    options = replace(options or Options(), **changes)
    if options.engine not in ENGINES:
        raise InputError("", f"unknown engine {options.engine!r} (available: {', '.join(ENGINES)})")
    document = result.document
    if not document.blocks:
        page = next((removal.reason for removal in result.removed if removal.rule == "page.no_article"), None)
        raise InputError(document.source, "no article text to rewrite" + (f" ({page})" if page else ""))
    limits = options.limits
    _refuse_too_long(document, limits.max_source_words)
    min_words = options.min_words if options.min_words is not None else (result.brief.min_words or limits.min_words)
    options.stage("analyze")
    blocks, cut = whole_sentences(document.blocks)
    analysis = analyze(blocks)
    if not analysis.source_sentences:
        raise InputError(document.source, "no sentence to rewrite")
    options.stage("plan")
    plan = make_plan(analysis, document.title, min_words=min_words, keyphrase=options.keyphrase, limits=limits)
    facts = source_facts(result, limits=limits)
    source_texts = [block.text for block in document.blocks]
    options.stage("write")
    written, usage = _write(plan, analysis, facts, replace(result, document=replace(document, blocks=blocks)), options)
    article = attach(typeset_article(written), document.meta, document.title, options.attachments, limits)
    originality = source_texts if options.engine == "llm" else None  # an extract copies by design
    check = _Checker(facts, min_words, document.title, originality, limits)
    options.stage("check")
    report = check(article)
    rounds = 0
    while report.failed and rounds < limits.repair_rounds:
        options.stage("repair")
        repaired = repair(article, report, plan, analysis.source_sentences, limits)
        rounds += 1
        if repaired == article:
            break
        article = repaired
        options.stage("check")
        report = check(article)
    report.notes = attachment_notes(article, options.attachments) + (usage.notes if usage else [])  # the model's replies: what was asked again, cut or restored
    if cut:
        report.notes.append(f"dernière phrase de la source laissée de côté, coupée avant sa fin : « {cut} »")
    return RewriteResult(result, analysis, plan, article, report, rounds, usage)


def whole_sentences(blocks: list[Block]) -> tuple[list[Block], str]:
    """The blocks an article is written from, and the source's last sentence when the page's end cut it mid-sentence
    (« C'est par des réactions de fusion que le soleil éme »): an article never prints a sentence its source does not
    finish (the source's facts still read it). A source of one sentence keeps it."""
    last = next((index for index in range(len(blocks) - 1, -1, -1) if blocks[index].kind != "heading"), None)
    if last is None or not cut_short(blocks[last].text):
        return blocks, ""
    text = blocks[last].text
    sentences = split_sentences(text)
    if len(sentences) > 1:
        at = text.rfind(sentences[-1])
        kept = text[:at].rstrip() if at > 0 else " ".join(sentences[:-1])
        return [*blocks[:last], replace(blocks[last], text=kept)], sentences[-1]
    earlier = next((index for index in range(last - 1, -1, -1) if blocks[index].kind != "heading"), None)
    if earlier is None:
        return blocks, ""
    return blocks[: earlier + 1], text.strip()


def _refuse_too_long(document: Document, limit: int) -> None:
    """A source longer than any article gets one line, not minutes of work (cost grows with the source)."""
    if not limit:
        return
    words = sum(count_words(block.text) for block in document.blocks)
    if words > limit:
        raise InputError(document.source, f"{words} words: too long for one article (limit {limit}, max_source_words); split the source into articles")


def _write(plan: Plan, analysis: Analysis, facts: SourceFacts, result: CleanResult, options: Options) -> tuple[Article, Usage | None]:
    document = result.document
    if options.engine != "llm":
        return extractive.write(plan, analysis, source_url=document.meta.url, date=document.meta.date, limits=options.limits), None
    if options.backend is None:
        raise InputError("", "the llm engine needs a configured model (see `redac doctor`)")
    from redac.engines.llm.config import LLMSettings
    from redac.engines.llm.writer import LLMWriter

    writer = LLMWriter(options.backend, options.llm or LLMSettings(), options.limits)
    written, usage = writer.write(plan, analysis, facts, "\n\n".join(block.text for block in document.blocks))
    written.source_url, written.date = document.meta.url, document.meta.date
    return written, usage


@dataclass(frozen=True, slots=True)
class _Checker:
    """Every check of one article against its source, the same way after each repair round."""

    facts: SourceFacts
    min_words: int
    source_title: str | None
    originality: list[str] | None
    limits: Limits

    def __call__(self, article: Article) -> Report:
        return check_page(page_from_article(article), self.facts, min_words=self.min_words, source_title=self.source_title,
                          originality_source=self.originality, limits=self.limits)


def source_facts(result: CleanResult, locate=None, limits: Limits = DEFAULT_LIMITS) -> SourceFacts:
    """Everything the source says: title, body and the caption of its image (which the article carries).
    `locate(text)` names the line of the source file a sentence is on, when the caller has the file."""
    document = result.document
    texts = [document.title or "", *(block.text for block in document.blocks), document.meta.image_caption or ""]
    return SourceFacts([text for text in texts if text], locate, limits, title=document.title or "")


def typeset_article(article: Article) -> Article:
    """French typography on every line the reader sees; provenance unchanged."""
    blocks = [
        replace(block, lines=[Line(text, line.sources)
                              for text, line in zip(typeset_lines([line.text for line in block.lines]), block.lines, strict=True)])
        for block in article.blocks
    ]
    return replace(article, title=typeset(article.title), description=typeset(article.description), blocks=blocks)


def configured_options(engine: str = "auto", *, flags: dict | None = None, limits: Limits | None = None,
                       **rest) -> tuple[Options, str | None]:
    """Options for `engine` as configured (flags, REDAC_*/OPENAI_* variables, redac.toml): `auto` is
    llm when a model is configured, else extractive; the llm engine gets its backend made here.
    Also returns the one-line notice the shells show (which engine, which model), or None."""
    from redac.engines.llm.config import load_settings
    from redac.limits import load_limits

    if engine not in {"auto", *ENGINES}:
        raise InputError("", f"unknown engine {engine!r} (available: auto, {', '.join(ENGINES)})")
    settings = load_settings(flags)
    limits = limits if limits is not None else load_limits()[0]
    notice = None
    if engine == "auto":
        engine = "llm" if settings.configured else "extractive"
        if engine == "extractive":
            notice = "no model configured: using the offline extractive engine (see `redac doctor`)"
    backend = None
    if engine == "llm":
        from redac.engines.llm import make_backend

        backend = make_backend(settings)
        notice = f"llm engine: {settings.describe()}"
    return Options(engine=engine, limits=limits, backend=backend, llm=settings, **rest), notice
