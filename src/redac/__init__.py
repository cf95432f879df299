"""redac: turn raw scraped news into publish-ready, SEO-optimized French articles.

Public API (heavy dependencies are imported on first use, so `import redac` stays instant):

- ``clean(source)``: read one article (text, Markdown, HTML, JSON, feed; path, text or bytes), drop the
  scraping noise and return a ``CleanResult`` (document, removed lines with reasons, editor's brief).
- ``clean_many(source)``: the same for inputs holding several documents (JSONL exports, feeds).
- ``audit(source, keyphrase=..., title=..., description=..., slug=...)``: the SEO and readability audit
  of a French article in Markdown (front matter read) or HTML; returns an ``AuditReport``.
- ``rewrite(source, min_words=..., keyphrase=...)``: the whole pipeline on one scraped article;
  returns a ``RewriteResult`` (article, plan, report with every check, provenance in ``to_dict()``).
- ``check(article, source=...)``: every check of ``rewrite`` on an article written by anyone, against
  its source; returns a ``Report``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from redac import cache

cache.prime_regexes()  # before any module of redac compiles its patterns: a fresh process reads them compiled
cache.prime_code()  # before any module of redac makes its dataclasses: their methods are read compiled

__version__ = "0.1.0"
__all__ = ["__version__", "audit", "check", "clean", "clean_many", "rewrite"]

if TYPE_CHECKING:
    from collections.abc import Callable
    from os import PathLike

    from redac.checks.guarantees import Report
    from redac.limits import Limits
    from redac.models import CleanResult
    from redac.pipeline import RewriteResult
    from redac.seo.audit import AuditReport


def clean_many(source: str | bytes | PathLike[str], *, name: str | None = None) -> list[CleanResult]:
    """Clean every document of `source`. A `str` is article text; pass a `Path` to read a file."""
    from redac.cleaning import clean_document
    from redac.ingest import read

    return [clean_document(document) for document in read(source, name=name).documents]


def clean(source: str | bytes | PathLike[str], *, name: str | None = None) -> CleanResult:
    """Clean the single document of `source` (see `clean_many` for multi-document inputs)."""
    from redac.errors import InputError

    results = clean_many(source, name=name)
    if len(results) != 1:
        raise InputError(name or "", f"holds {len(results)} documents; use redac.clean_many()")
    return results[0]


def audit(
    source: str | bytes | PathLike[str],
    *,
    keyphrase: str | None = None,
    title: str | None = None,
    description: str | None = None,
    slug: str | None = None,
    min_words: int | None = None,
    word_forms: bool = True,
    name: str | None = None,
    limits: Limits | None = None,
) -> AuditReport:
    """Audit an article (Markdown or HTML). Options override what the file says (front matter, <head>).

    `word_forms=False` matches the keyphrase by exact (accent- and case-insensitive) words, as
    Yoast Free does; the default also matches plurals, feminines and conjugations through lemmas.
    `limits` default to redac.toml's [limits] (see `redac doctor`); `min_words` to theirs.
    """
    from redac.seo.audit import audit_page

    page, _ = _read_article(source, name, keyphrase=keyphrase, title=title, description=description, slug=slug)
    return audit_page(page, word_forms=word_forms, min_words=min_words, limits=_limits(limits))


def _limits(limits: Limits | None) -> Limits:
    from redac.limits import load_limits

    return limits if limits is not None else load_limits()[0]


def _read_article(source, name, **overrides: str | None):
    """The article's page and raw text; `overrides` (not None) replace what the file says."""
    from redac.ingest import article_format, read_text
    from redac.seo.page import read_page

    text, label, hint = read_text(source, name=name)
    article_format(text, label, hint)  # refuses JSON, feeds and inputs past the limits, in one line
    page = read_page(text, format="html" if hint in {".html", ".htm"} else None, label=label)
    for field, value in overrides.items():
        if value is not None:
            setattr(page, field, " ".join(value.split()))
    return page, text


def rewrite(
    source: str | bytes | PathLike[str],
    *,
    min_words: int | None = None,
    keyphrase: str | None = None,
    engine: str = "extractive",
    name: str | None = None,
    limits: Limits | None = None,
    progress: Callable[[str], None] | None = None,
) -> RewriteResult:
    """Clean, plan, write, check and repair one scraped article (a `str` is the text, a `Path` a file).

    The llm engine (and `engine="auto"`) uses the model configured as for the CLI (REDAC_*/OPENAI_*
    variables, redac.toml); `limits` default to redac.toml's [limits]; `progress(stage)` is called as
    each stage starts (see `redac.pipeline.STAGES`). Errors raise `RedacError`.
    """
    from redac.pipeline import configured_options, rewrite_input

    cleaned = clean(source, name=name)
    options, _ = configured_options(engine, limits=limits, min_words=min_words, keyphrase=keyphrase, progress=progress)
    outcome = rewrite_input(cleaned, options)
    if outcome.errors:
        raise outcome.errors[0]
    return outcome.results[0]


def check(
    article: str | bytes | PathLike[str],
    *,
    source: str | bytes | PathLike[str],
    keyphrase: str | None = None,
    slug: str | None = None,
    min_words: int | None = None,
    limits: Limits | None = None,
) -> Report:
    """Every check of `rewrite` on `article` (Markdown or HTML) against `source` (any input format)."""
    from redac.checks.guarantees import check_page
    from redac.checks.locate import line_locator
    from redac.ingest import read_text
    from redac.pipeline import source_facts

    page, text = _read_article(article, None, keyphrase=keyphrase, slug=slug)
    source_text, label, _ = read_text(source)
    cleaned = clean(source_text, name=label)
    facts = source_facts(cleaned, locate=line_locator(source_text), limits=_limits(limits))
    return check_page(page, facts, min_words=min_words, source_title=cleaned.document.title,
                      locate=line_locator(text), limits=_limits(limits))
