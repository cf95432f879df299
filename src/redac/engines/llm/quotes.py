"""Quotations kept verbatim in what a model writes.

A small model given « la première étape concrète » writes « premier étape concrète », drops the
guillemets, or swaps them for straight quotes. The prompt lists each section's quotations as fixed
strings; after the reply, every quoted span that is nearly a source quotation is put back exactly as
the source says it, and a source quotation that reappears nearly whole without its guillemets gets
them back. A quoted span that matches nothing in the source is left alone: the faithfulness check
reports it as a quotation the source does not hold, and the section is rewritten.

Each restoration changes the model's words, so each is returned and shown in the article's report
(never silent); asking again would cost a whole section call for a word, and the model given the
same quotation tends to make the same slip. The thresholds are `Limits` fields (`llm_*quote*`).
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from redac.french.facts import quotations, quote_key
from redac.french.sentences import split_sentences
from redac.french.text import fold
from redac.limits import DEFAULT_LIMITS, Limits

QUOTED_RE = re.compile(r"«[\s\u00a0\u202f]*(?P<body>[^«»]+?)[\s\u00a0\u202f]*»|\"(?P<straight>[^\"]+)\"")


def source_quotations(texts: list[str]) -> list[str]:
    """The source's quotations, each once, as written (a paragraph's, when they span sentences)."""
    seen: dict[str, str] = {}
    for text in texts:
        for fact in quotations(text):
            seen.setdefault(fact.value, fact.text.strip("«»\" \u00a0\u202f"))
    return list(seen.values())


def restore_quotations(paragraph: str, quotes: list[str], limits: Limits = DEFAULT_LIMITS) -> tuple[str, list[str]]:
    """`paragraph` with near-copies of `quotes` replaced by the exact quotation in guillemets, and what
    was changed (one line each, for the report)."""
    changes: list[str] = []
    if not quotes:
        return paragraph, changes
    paragraph = QUOTED_RE.sub(lambda match: _exact(match, quotes, limits, changes), paragraph)
    for quote in _with_sentences(quotes):
        paragraph = _requote(paragraph, quote, limits, changes)
    return paragraph, changes


def _with_sentences(quotes: list[str]) -> list[str]:
    """The quotations, then the sentences of those that run over several: the model retells one
    sentence of « Aujourd’hui, … quatre questions principales. La première est Rammstein. … » unquoted."""
    parts = [sentence.strip("«»\" \u00a0\u202f") for quote in quotes if len(split_sentences(quote)) > 1 for sentence in split_sentences(quote)]
    return quotes + [part for part in parts if part not in quotes]


def _exact(match: re.Match, quotes: list[str], limits: Limits, changes: list[str]) -> str:
    body = match.group("body") or match.group("straight")
    best = max(quotes, key=lambda quote: fuzz.ratio(fold(quote_key(body)), fold(quote_key(quote))))
    if fuzz.ratio(fold(quote_key(body)), fold(quote_key(best))) >= limits.llm_near_quote_ratio:
        if quote_key(body) != quote_key(best):
            changes.append(f"citation rétablie mot pour mot : « {body.strip()} » → « {best} »")
        return f"« {best} »"
    if match.group("straight") and len(body.split()) >= limits.llm_unquoted_quote_min_words:
        return f"« {body.strip()} »"
    return match.group(0)


def _requote(paragraph: str, quote: str, limits: Limits, changes: list[str]) -> str:
    """A source quotation written without guillemets (a word changed at most) gets them back."""
    if len(quote.split()) < limits.llm_unquoted_quote_min_words:
        return paragraph
    alignment = fuzz.partial_ratio_alignment(quote, paragraph)
    if alignment is None or alignment.score < limits.llm_unquoted_quote_ratio:
        return paragraph
    start, end = _word_bounds(paragraph, alignment.dest_start, alignment.dest_end)
    if _inside_guillemets(paragraph, start):
        return paragraph
    changes.append(f"citation sans guillemets rétablie : « {paragraph[start:end].strip()} » → « {quote} »")
    return f"{paragraph[:start]}« {quote} »{paragraph[end:]}"


def _word_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The aligned span widened to whole words and narrowed to them: an alignment that starts on the space
    before a word must not take it (« sécurité.« Les » lost the space between two sentences)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return start, end


def _inside_guillemets(text: str, index: int) -> bool:
    return text[:index].count("«") > text[:index].count("»")
