"""The quotation guard: a source quotation must reach the article whole and inside guillemets.

A model that rewrites a quotation drops its guillemets (the words now read as the article's own) or
changes a word inside them (the person is made to say what they did not). Both are caught against the
source's quotations, and each finding says what the source quotes, so the editor can restore it. A
quotation's words that the source also writes outside quotation marks are the source's own narration,
not a quotation: copying them is no fault here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from redac.checks.findings import Unsupported
from redac.french.roles import outside_quotes
from redac.french.text import fold
from redac.french.tokens import TOKEN_RE
from redac.limits import DEFAULT_LIMITS, Limits

if TYPE_CHECKING:
    from redac.checks.faithfulness import SourceFacts, SourceSentence


@dataclass(frozen=True, slots=True)
class Quotation:
    text: str  # as the source writes it, without its guillemets
    words: tuple[str, ...]  # folded
    said: SourceSentence  # the source sentence holding it (its first, for one over several sentences)


def words_of(text: str) -> tuple[str, ...]:
    return tuple(fold(match.group(0)).replace("’", "'") for match in TOKEN_RE.finditer(text))


def source_quotations(source: SourceFacts) -> list[Quotation]:
    """Every quotation of the source, once, with the sentence that holds it."""
    found: dict[str, Quotation] = {}
    for fact in source.facts:
        if fact.kind == "quote" and fact.value not in found:
            said = next((s for s in source.sentences if fact.text[:30] in s.text), None)
            if said is not None:
                found[fact.value] = Quotation(fact.text, words_of(fact.text), said)
    return list(found.values())


def unmarked_quotations(where: str, sentence: str, source: SourceFacts, limits: Limits = DEFAULT_LIMITS) -> list[Unsupported]:
    """Source quotations whose words the sentence writes outside guillemets: the whole quotation (from
    `quote_guard_min_words` words), or a run of `quote_guard_run_words` of its words in a row."""
    mine = words_of(outside_quotes(sentence))
    found = []
    for quotation in source.quotations:
        if len(quotation.words) < limits.quote_guard_min_words:
            continue
        run = min(len(quotation.words), limits.quote_guard_run_words)
        copied = _shared_run(mine, quotation.words, run)
        if copied and not _in_order(copied, source.narration_words):
            found.append(_finding("citation de la source reprise sans guillemets", where, sentence, quotation, " ".join(copied)))
    return found


def altered_quotation(where: str, sentence: str, text: str, source: SourceFacts, limits: Limits = DEFAULT_LIMITS) -> Unsupported | None:
    """The source quotation an article quotation not found verbatim was made from (most of its words), as
    a finding that says what the source quotes; None when no source quotation is that close."""
    mine = set(words_of(text))
    best, share = None, 0.0
    for quotation in source.quotations:
        shared = len(mine & set(quotation.words)) / max(len(mine), len(set(quotation.words)))
        if shared > share:
            best, share = quotation, shared
    if best is None or share < limits.quote_guard_altered_share:
        return None
    return _finding("citation modifiée", where, sentence, best, text)


def _finding(reason: str, where: str, sentence: str, quotation: Quotation, text: str) -> Unsupported:
    return Unsupported("quote", text, f"{reason} : la source cite « {quotation.text} »", where, sentence, quotation.said.text, quotation.said.where)


def _shared_run(mine: tuple[str, ...], theirs: tuple[str, ...], length: int) -> tuple[str, ...]:
    """The first `length` words in a row of `theirs` that `mine` writes too, or ()."""
    if len(mine) < length:
        return ()
    seen = {mine[i : i + length] for i in range(len(mine) - length + 1)}
    return next((theirs[i : i + length] for i in range(len(theirs) - length + 1) if theirs[i : i + length] in seen), ())


def _in_order(words: tuple[str, ...], text: tuple[str, ...]) -> bool:
    return any(text[i : i + len(words)] == words for i in range(len(text) - len(words) + 1))
