"""The rewrite pipeline: cleaned source -> analysis -> plan -> write -> check -> repair -> article.

One direction, plain data between stages (DESIGN.md). Rendering is the caller's choice (render/).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import TYPE_CHECKING

from redac.analysis import Analysis, analyze
from redac.checks import Report, check_page
from redac.checks.faithfulness import SourceFacts
from redac.engines import extractive
from redac.errors import InputError
from redac.french.typography import typeset
from redac.models import Article, CleanResult, Line, Plan
from redac.plan import make_plan
from redac.repair import repair
from redac.seo.page import page_from_article

if TYPE_CHECKING:
    from redac.engines.llm.backends import Backend
    from redac.engines.llm.writer import Usage

DEFAULT_MIN_WORDS = 700
REPAIR_ROUNDS = 2
ENGINES = ("extractive", "llm")


@dataclass(slots=True)
class RewriteResult:
    source: CleanResult
    analysis: Analysis
    plan: Plan
    article: Article
    report: Report
    repairs: int
    usage: "Usage | None" = None  # calls and tokens of the LLM engine

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


def source_facts(result: CleanResult, locate=None) -> SourceFacts:
    """`locate(text)` names the line of the source file a sentence is on, when the caller has the file."""
    document = result.document
    return SourceFacts([text for text in [document.title or "", *(block.text for block in document.blocks)] if text], locate)


def rewrite_clean(
    result: CleanResult,
    *,
    min_words: int | None = None,
    keyphrase: str | None = None,
    engine: str = "extractive",
    backend: "Backend | None" = None,
    max_calls: int = 6,
    max_tokens: int = 6000,
    strategy: str = "single",
) -> RewriteResult:
    """Rewrite one cleaned document (see the module docstring). The llm engine needs a `backend`."""
    if engine not in ENGINES:
        raise InputError("", f"unknown engine {engine!r} (available: {', '.join(ENGINES)})")
    document = result.document
    if not document.blocks:
        raise InputError(document.source, "no article text to rewrite")
    min_words = min_words if min_words is not None else (result.brief.min_words or DEFAULT_MIN_WORDS)
    analysis = analyze(document.blocks)
    if not analysis.source_sentences:
        raise InputError(document.source, "no sentence to rewrite")
    plan = make_plan(analysis, document.title, min_words=min_words, keyphrase=keyphrase)
    facts = source_facts(result)
    source_texts = [block.text for block in document.blocks]
    usage = None
    if engine == "llm":
        if backend is None:
            raise InputError("", "the llm engine needs a configured model (see `redac doctor`)")
        from redac.engines.llm.writer import LLMWriter

        writer = LLMWriter(backend, max_calls=max_calls, max_tokens=max_tokens, strategy=strategy)
        written, usage = writer.write(plan, analysis, facts, "\n\n".join(source_texts))
        written.source_url, written.date = document.meta.url, document.meta.date
    else:
        written = extractive.write(plan, analysis, source_url=document.meta.url, date=document.meta.date)
    article = typeset_article(written)
    originality = source_texts if engine == "llm" else None  # an extract copies by design
    report = _check(article, facts, min_words, document.title, originality)
    rounds = 0
    while report.failed and rounds < REPAIR_ROUNDS:
        repaired = repair(article, report, plan, analysis.source_sentences)
        rounds += 1
        if repaired == article:
            break
        article = repaired
        report = _check(article, facts, min_words, document.title, originality)
    return RewriteResult(result, analysis, plan, article, report, rounds, usage)


def _check(article: Article, facts: SourceFacts, min_words: int, source_title: str | None, originality: list[str] | None) -> Report:
    page = page_from_article(article)
    return check_page(page, facts, min_words=min_words, source_title=source_title, originality_source=originality)


def typeset_article(article: Article) -> Article:
    """French typography on every line the reader sees; provenance unchanged."""
    blocks = [
        replace(block, lines=[Line(typeset(line.text), line.sources) for line in block.lines]) for block in article.blocks
    ]
    return replace(article, title=typeset(article.title), description=typeset(article.description), blocks=blocks)



