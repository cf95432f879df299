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
from redac.french.roles import outside_quotes, speaker_offset
from redac.french.text import fold
from redac.french.tokens import TOKEN_RE
from redac.limits import DEFAULT_LIMITS, Limits

if TYPE_CHECKING:
    from redac.checks.faithfulness import SourceFacts, SourceSentence


FIRST_PERSON = frozenset({"je", "nous", "me", "moi", "mon", "ma", "mes", "notre", "nos"})


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


def quotation_runs(quotations: list[Quotation], limits: Limits) -> dict[tuple[str, ...], Quotation]:
    """Each quotation's runs of words that count as a copy: the whole quotation up to
    `quote_guard_run_words` words, every run of that many beyond (from `quote_guard_min_words` words)."""
    runs: dict[tuple[str, ...], Quotation] = {}
    for quotation in quotations:
        words = quotation.words
        if len(words) < limits.quote_guard_min_words:
            continue
        length = min(len(words), limits.quote_guard_run_words)
        for start in range(len(words) - length + 1):
            runs.setdefault(words[start : start + length], quotation)
    return runs


def unmarked_quotations(where: str, sentence: str, source: SourceFacts, outside: str | None = None) -> list[Unsupported]:
    """Source quotations whose words the sentence writes outside guillemets (`quotation_runs`), unless
    the source writes those words outside quotation marks too. `outside` is the sentence with its
    quotations blanked, read from its whole paragraph (a quotation may run over several sentences)."""
    runs = source.quotation_runs
    if not runs:
        return []
    text = outside_quotes(sentence) if outside is None else outside
    mine = words_of(text)
    openings = source.quotation_openings
    starts = [(start, length) for start in range(len(mine) - 1) for length in openings.get(mine[start : start + 2], ()) if start + length <= len(mine)]
    if not starts:
        return []  # no two words of the sentence open a quotation's run: nothing to compare (most sentences)
    spans = [match.span() for match in TOKEN_RE.finditer(text)]
    found: dict[str, Unsupported] = {}
    reported = _reported_from(text)
    for start, length in starts:
        copied = mine[start : start + length]
        quotation = runs.get(copied)
        if reported is not None and spans[start][0] > reported and not any(map(_first_person, copied)):
            continue  # indirect speech (« elle a confié … que Beridze ne se contenterait pas d'une nulle »): attributed
        if quotation is not None and quotation.text not in found and not _in_order(copied, source.narration_words):
            written = text[spans[start][0] : spans[start + length - 1][1]]  # the article's own words, not their folded key
            found[quotation.text] = _finding("citation de la source reprise sans guillemets", where, sentence, quotation, written)
    return list(found.values())


def _first_person(word: str) -> bool:
    return word in FIRST_PERSON or word.startswith(("j'", "m'"))


def _reported_from(text: str) -> int | None:
    """Where the speech verb of a sentence reporting speech (« a confié », « selon X ») stands, if it does."""
    spot = speaker_offset(text, quoted=False)
    return None if spot is None else spot[0] - (0 if spot[1] < 0 else 1)


def first_person_quotation(where: str, sentence: str, source: SourceFacts, outside: str | None = None) -> Unsupported | None:
    """A source quotation written in the narration, first person and all (« …, a prévenu qu'il ne renoncerait
    pas : nous avons déjà loué vingt-deux maisons sur plan »): an article speaks of people in the third person,
    so its « nous », « je » outside guillemets are someone's words, here with a word changed."""
    text = outside_quotes(sentence) if outside is None else outside
    words = words_of(text)
    first = next((index for index, word in enumerate(words) if _first_person(word)), None)
    if first is None or not source.quotations or len(words) - first < source.limits.quote_guard_min_words:
        return None  # as for copies, a few words (« Nous avons joué quarante minutes ») are below the guard
    spans = [match.span() for match in TOKEN_RE.finditer(text)]
    return altered_quotation(where, sentence, text[spans[first][0] :].strip(), source, source.limits, "citation reprise sans guillemets")


def run_openings(runs: dict[tuple[str, ...], Quotation]) -> dict[tuple[str, ...], set[int]]:
    """The first two words of each run, with the run lengths they open: a sentence is compared only where they stand."""
    openings: dict[tuple[str, ...], set[int]] = {}
    for run in runs:
        openings.setdefault(run[:2], set()).add(len(run))
    return openings


def altered_quotation(
    where: str, sentence: str, text: str, source: SourceFacts, limits: Limits = DEFAULT_LIMITS, reason: str = "citation modifiée"
) -> Unsupported | None:
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
    return _finding(reason, where, sentence, best, text)


def _finding(reason: str, where: str, sentence: str, quotation: Quotation, text: str) -> Unsupported:
    return Unsupported("quote", text, f"{reason} : la source cite « {quotation.text} »", where, sentence, quotation.said.text, quotation.said.where)


def _in_order(words: tuple[str, ...], text: tuple[str, ...]) -> bool:
    return any(text[i : i + len(words)] == words for i in range(len(text) - len(words) + 1))
