"""Faithfulness: every number, date, quotation and name of an article must be supported by its source.

Support is checked twice. Globally, a fact must exist somewhere in the source: a number with the same
value (and unit, when the article gives one), a date with the same day and month (and year when
both give one), a quotation found verbatim (spacing, apostrophe style and guillemet style aside),
a name whose words the source writes. Locally, a sentence clearly built on one source sentence (most
of its content words come from it) must take its names, numbers and dates from that sentence or its
neighbours: a name swapped for another name of the same article, or a figure moved to another
claim, is caught there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from redac.checks.claims import claim_issues
from redac.checks.derived import derived
from redac.checks.findings import Unsupported
from redac.checks.quote_match import quote_supported
from redac.checks.quotes import (
    Quotation,
    altered_quotation,
    first_person_quotation,
    long_quote_issues,
    outside_quotes_of,
    quotation_runs,
    reworded_quotation,
    run_openings,
    source_quotations,
    unattributed_quotation,
    unmarked_quotations,
    words_of,
)
from redac.checks.referents import pronoun_window, referent_window
from redac.checks.support import (
    Passage,
    article_facts,
    block_facts,
    date_supported,
    date_years,
    elided_units,
    known_body,
    merged_in,
    name_supported,
    number_parts,
    number_supported,
    other_first_name,
    other_weekday,
    present_time,
    read_passage,
    resolved_dates,
    surname,
)
from redac.checks.unquoted import told_as_fact
from redac.french.demonyms import supports_place
from redac.french.facts import Fact, quotations, quote_key, spells_out
from redac.french.lemmas import content_lemmas
from redac.french.numbers import duration_equivalents, implied_numbers
from redac.french.roles import outside_quotes
from redac.french.sentences import split_sentences
from redac.french.text import fold
from redac.limits import DEFAULT_LIMITS, Limits

WORD_RE = re.compile(r"\w+")
TITLE_WORD_RE = re.compile(r"[\w'’-]+")  # the words of a title before a name (« La ministre de l'Industrie, »)
TITLE_WORDS = 6  # words before a name read as its title, at most
TITLE_OPENERS = {"le", "la", "les", "un", "une", "son", "sa", "ses", "leur", "leurs", "du", "des"}


@dataclass(frozen=True, slots=True)
class SourceSentence:
    text: str
    facts: tuple[Fact, ...]
    lemmas: frozenset[str]
    folded: str
    where: str


class SourceFacts:
    """What the source supports, indexed once per source.

    `locate(text)` names the line of the source file a sentence sits on ("ligne 7"), when the caller
    has the file; else sentences are located by paragraph."""

    def __init__(self, texts: list[str], locate=None, limits: Limits = DEFAULT_LIMITS, title: str = ""):
        self.limits = limits
        self.title = fold(title)  # what the article is about: its places and bodies may be named anywhere
        self.sentences = [
            SourceSentence(text, facts, frozenset(content_lemmas(text)), fold(text), _source_where(locate, text, paragraph, number))
            for paragraph, number, text, facts in block_facts(texts)
        ]
        # Sentence facts, and quotations that run over several sentences (only a whole block holds them).
        self.facts = [fact for source in self.sentences for fact in source.facts] + [fact for block in texts for fact in quotations(block)]
        self._closest: dict[str, tuple[int, float] | None] = {}
        self.verbatim = frozenset(_verbatim_key(source.text) for source in self.sentences)
        self.quote_text = quote_key(" ".join(texts))
        self.folded = fold(" ".join(texts))
        self._texts = texts
        self._names: dict[str, bool] = {}
        self._passages: dict[tuple[int, ...], Passage] = {}

    @cached_property
    def quotations(self) -> list[Quotation]:
        return source_quotations(self)

    @cached_property
    def quotation_runs(self) -> dict[tuple[str, ...], Quotation]:
        return quotation_runs(self.quotations, self.limits)

    @cached_property
    def quotation_openings(self) -> dict[tuple[str, ...], set[int]]:
        return run_openings(self.quotation_runs)

    @cached_property
    def narration_words(self) -> tuple[str, ...]:
        """The source's words outside its quotations."""
        return tuple(word for text in self._texts for word in words_of(outside_quotes(text)))

    @cached_property
    def words(self) -> frozenset[str]:
        """The folded source's words: a one-word name is looked up here, not searched in the text."""
        return frozenset(WORD_RE.findall(self.folded))

    @cached_property
    def sentences_by_lemma(self) -> dict[str, list[int]]:
        """Source sentences holding each content lemma, in order: alignment reads only those."""
        index: dict[str, list[int]] = {}
        for number, source in enumerate(self.sentences):
            for key in source.lemmas:
                index.setdefault(key, []).append(number)
        return index

    def says(self, sentence: str) -> tuple[str, str]:
        """(text, where) of the source sentence closest to `sentence`, when one is close enough to show."""
        closest = self.closest(sentence)
        if closest is None or closest[1] < self.limits.claim_shown_share:
            return "", ""
        found = self.sentences[closest[0]]
        return found.text, found.where

    @cached_property
    def common_words(self) -> frozenset[str]:
        """Words the source writes only in lower case: capitalized in front of an article sentence (« Cyberattaque à
        Montceau : … ») they are no name, so the passage need not hold them as written."""
        return self.words - {word for fact in self.facts if fact.kind == "name" for word in WORD_RE.findall(fact.value)}

    @cached_property
    def surnames(self) -> set[str]:
        """Last words of the source's names of two words or more: « Zelensky » alone is a person."""
        return {fold(fact.text).split()[-1] for fact in self.facts if fact.kind == "name" and len(fact.text.split()) > 1}

    @cached_property
    def persons(self) -> dict[str, set[str]]:
        """Surname -> the full names the source gives it (« moreau » -> {« didier moreau »})."""
        found: dict[str, set[str]] = {}
        for fact in self.facts:
            if fact.kind == "name" and len(fact.text.split()) > 1:
                found.setdefault(fold(fact.text).split()[-1], set()).add(fold(fact.text))
        return found

    def is_person(self, name: str) -> bool:
        """A name of two words or more (« Claire Marchand »), or a surname the source gives with a first name."""
        return len(name.split()) > 1 or fold(name) in self.surnames

    @cached_property
    def numbers(self) -> set[str]:
        return {fact.value for fact in self.facts if fact.kind == "number"} | implied_numbers(self.folded) | date_years(self.sentences)

    @cached_property
    def number_parts(self) -> set[str]:
        return {part for value in self.numbers for part in number_parts(value)}

    @cached_property
    def elided_units(self) -> set[str]:
        return elided_units(self.sentences)

    @cached_property
    def dates(self) -> set[str]:
        return {fact.value for fact in self.facts if fact.kind == "date"}

    def supports(self, fact: Fact) -> str | None:
        """None when the source supports `fact` anywhere; else the reason it does not."""
        if fact.kind == "number":
            supported = number_supported(fact.value, self.numbers, self.number_parts, self.elided_units, durations=True)
            return None if supported else "nombre absent de la source"
        if fact.kind == "date":
            if not (date_supported(fact.value, self.dates) or present_time(fact.value, self.folded)):
                return "date absente de la source"
            day = other_weekday(fact, self.facts)
            return f"jour de la semaine différent : la source dit « {day} »" if day else None
        if fact.kind == "quote":
            return None if quote_supported(fact.value, self.quote_text) else "citation introuvable telle quelle dans la source"
        if fact.text not in self._names:  # an article repeats its names: one search each
            self._names[fact.text] = (name_supported(fact.text, self.folded, self.words) or supports_place(fact.text, self.folded)
                                      or spells_out(fact.text, self.folded, (f.text for f in self.facts if f.kind == "name")))  # « DRH », « LR »
        if self._names[fact.text] and other_first_name(fact.text, self.persons):
            return "prénom différent dans la source"
        return None if self._names[fact.text] else "nom absent de la source"

    def sharing(self, keys: Iterable[str]) -> dict[int, int]:
        """Source sentence index -> how many of `keys` (content lemmas) it holds, read through the lemma index."""
        shared: dict[int, int] = {}
        for key in keys:
            for number in self.sentences_by_lemma.get(key, ()):
                shared[number] = shared.get(number, 0) + 1
        return shared

    def closest(self, sentence: str) -> tuple[int, float] | None:
        """(index, share): the source sentence holding most of `sentence`'s content words, and that share."""
        if sentence not in self._closest:
            lemmas = set(content_lemmas(sentence))
            if not lemmas or not self.sentences:
                self._closest[sentence] = None
            else:  # only the source sentences sharing a lemma are read (the index), the first of the best wins
                shared = self.sharing(lemmas)
                best = min(shared, key=lambda number: (-shared[number], number), default=0)
                self._closest[sentence] = (best, shared.get(best, 0) / len(lemmas))
        return self._closest[sentence]

    def aligned(self, sentence: str, share: float | None = None, min_words: int | None = None) -> int | None:
        """Index of the source sentence `sentence` is clearly built on, if one is (by default, holding
        `fact_aligned_share` of its content words, from `fact_aligned_min_words`)."""
        share = self.limits.fact_aligned_share if share is None else share
        min_words = self.limits.fact_aligned_min_words if min_words is None else min_words
        if len(set(content_lemmas(sentence))) < min_words:
            return None
        closest = self.closest(sentence)
        return closest[0] if closest and closest[1] >= share else None

    def passage(self, sentences: list[SourceSentence]) -> Passage:
        """The sentences read as one passage, once per passage (an article checks each several times)."""
        key = tuple(map(id, sentences))
        if key not in self._passages:
            self._passages[key] = read_passage(sentences)
        return self._passages[key]

    def window(self, index: int) -> list[SourceSentence]:
        neighbours = self.limits.claim_neighbours
        return self.sentences[max(0, index - neighbours) : index + neighbours + 1]

    def aligned_window(self, sentence: str) -> list[SourceSentence] | None:
        """The source sentence `sentence` is built on, with its neighbours, if one clearly is."""
        best = self.aligned(sentence)
        return None if best is None else self.window(best)

    def fragment_window(self, sentence: str) -> list[SourceSentence] | None:
        """The source sentences holding every content word of a fragment too short to align (« Âgé de 24
        ans », a key-figures list item), if any: a number moved there from another claim (« Âgé de 31 ans »,
        another runner's age) is caught in that context, not only against the whole source."""
        lemmas = set(content_lemmas(sentence))
        if not lemmas or len(lemmas) >= self.limits.fact_aligned_min_words:
            return None
        holders = set.intersection(*(set(self.sentences_by_lemma.get(key, ())) for key in lemmas))
        return [self.sentences[index] for index in sorted(holders)] or None


def unsupported_facts(units: list[tuple[str, str, bool]], source: SourceFacts) -> list[Unsupported]:
    """Facts of the article's (where, text, prose) units that the source does not support, in order.

    Only prose is checked locally: a title or subheading sums up several sentences at once.
    """
    found = []
    for where, text, prose in units:
        sentences = split_sentences(text)
        for sentence, outside in zip(sentences, outside_quotes_of(text, sentences), strict=True):
            found.extend(_sentence_issues(where, sentence, source, prose, outside))
        found.extend(long_quote_issues(where, text, sentences, source))
    return found


def _source_where(locate, text: str, paragraph: int, number: int) -> str:
    line = locate(text) if locate else None
    return f"{line}, phrase {number}" if line else f"paragraphe {paragraph}, phrase {number}"


def sentences_to_review(units: list[tuple[str, str, bool]], source: SourceFacts) -> list[Unsupported]:
    """Prose sentences whose content words no source sentence holds (< 40 %): no fact may be wrong in them,
    yet they may claim what the source does not (« les pourparlers ont abouti » where disagreements remain).
    Shown for an editor to read, not failed: a faithful paraphrase in new words looks the same."""
    found = []
    for where, text, prose in units:
        for sentence in split_sentences(text) if prose else ():
            closest = None if sentence.rstrip().endswith("?") else source.closest(sentence)  # a question claims nothing
            long_enough = len(set(content_lemmas(sentence))) >= source.limits.fact_aligned_min_words
            if closest and closest[1] < source.limits.claim_review_share and long_enough and _verbatim_key(sentence) not in source.verbatim:
                said = source.sentences[closest[0]]
                found.append(Unsupported("claim", sentence, "affirmation sans appui dans la source : à vérifier", where, sentence, said.text, said.where))
    return found


def _verbatim_key(sentence: str) -> str:
    """A sentence as typography cannot change it: no spaces, one quote mark for every style, folded
    (a quotation whose guillemets were dropped is no copy of its source sentence)."""
    spaceless = "".join(fold(sentence).split())  # str.split's whitespace is re's \s
    return spaceless.replace("«", '"').replace("»", '"').replace("“", '"').replace("”", '"')


def _sentence_issues(where: str, sentence: str, source: SourceFacts, prose: bool, outside: str | None = None) -> list[Unsupported]:
    if _verbatim_key(sentence) in source.verbatim:
        return []  # a source sentence copied whole states nothing its source does not (the extractive engine's case)
    issues = []
    window = None
    window_read = not prose
    facts = article_facts(sentence)
    resolved = {fact.start: fact for fact in resolved_dates(sentence, facts)}
    for fact in facts:
        reason = source.supports(fact)
        if reason and fact.start in resolved:  # « le lendemain » of a « dimanche »: is it the source's « lundi »?
            fact = resolved[fact.start]
            reason = source.supports(fact)
        if reason is None and fact.kind in {"name", "number", "date"}:
            if not window_read:
                window, window_read = source.aligned_window(sentence), True
            if window is not None and not _in_window(fact, window, source) and not _said_otherwise(fact, sentence, source) \
                    and not (fact.kind == "name" and fact.value in source.common_words):
                reason = "présent dans la source, mais pas dans le passage que reprend cette phrase"
            elif window is None and fact.kind != "name" and (fragment := source.fragment_window(sentence)) and not _in_window(fact, fragment, source):
                reason = "présent dans la source, mais pas dans les phrases qui tiennent les mots de ce fragment"
        reason = None if reason and derived(fact, sentence, source) else reason  # « 26 des 110 »: 110 - 84, one step from the passage
        if reason:
            altered = altered_quotation(where, sentence, fact.text, source, source.limits) if fact.kind == "quote" else None
            issues.append(altered or Unsupported(fact.kind, fact.text, reason, where, sentence, *source.says(sentence)))
    unmarked = unmarked_quotations(where, sentence, source, outside)
    quoted = outside is None or outside != sentence  # part of a quotation, or not found in its paragraph: no narration to read
    lost = None if unmarked or not prose or quoted else first_person_quotation(where, sentence, source, outside)
    lost = lost or (None if unmarked or not prose or quoted else reworded_quotation(where, sentence, source, outside))
    lost = lost or (None if unmarked or not prose or quoted else unattributed_quotation(where, sentence, source, outside))
    lost = lost or (None if unmarked or not prose or quoted else told_as_fact(where, sentence, source, outside))
    issues.extend([*unmarked, lost] if lost else unmarked)
    if prose and not sentence.rstrip().endswith("?"):  # a question claims nothing, and inverts its subject (« Qu’a décidé X ? »)
        issues.extend(claim_issues(where, sentence, source, {issue.text for issue in issues}))
    return issues


def _said_otherwise(fact: Fact, sentence: str, source: SourceFacts) -> bool:
    """A fact the passage gives in other words: a name by a pronoun or a title, a duration in other units
    (« en 48 heures » where the sentence built on says « en deux jours »)."""
    if fact.kind == "name":
        return _named_elsewhere(fact, sentence, source)
    best = source.aligned(sentence)
    if fact.kind != "number" or best is None:
        return False
    if merged_in(fact, sentence, source):
        return True
    return bool(duration_equivalents(fact.value.lstrip("~")) & source.passage([source.sentences[best]]).numbers)


def _named_elsewhere(fact: Fact, sentence: str, source: SourceFacts) -> bool:
    """A name the passage gives by a pronoun or a title (« Ce dernier », « le maire »), or a place or body the
    article is about (its title names it: « le maire de Vallorcieux »)."""
    if not source.is_person(fact.text) and (name_supported(fact.text, source.title) or known_body(fact.text, sentence, source)):
        return True
    return _in_window(fact, pronoun_window(source, sentence), source) or _in_window(fact, referent_window(source, sentence), source) \
        or _same_title(fact, sentence, source)


def _same_title(fact: Fact, sentence: str, source: SourceFacts) -> bool:
    """A name given with a title the source gives it elsewhere (« la ministre de l'Industrie, Hélène Roussel », « le
    directeur général d'Eumetsat, Frank Weber », « l'entrepôt de Marc Delorme » where « le propriétaire de l'entrepôt,
    l'industriel lyonnais Marc Delorme »): context, not a fact moved. The title opens on a determiner and its words all
    stand before the name in a source sentence, and none in the passage (whose own « maire » is another person); « le
    directeur du musée, Yann Le Goff » where Yann Le Goff is « le conservateur du musée » is not his title, and « a
    déclaré Y » has none."""
    if source.is_person(fact.text):
        return False  # a person's name: a speaker or an agent swapped for another of the article keeps a title-like phrase
    words = TITLE_WORD_RE.findall(sentence[: fact.start])[-TITLE_WORDS:]
    openings = [at for at, word in enumerate(words) if fold(word) in TITLE_OPENERS or fold(word)[:2] in ("l'", "d'")]
    title = next((found for at in reversed(openings) if (found := set(content_lemmas(" ".join(words[at:]))))), set())  # the nearest
    window = source.aligned_window(sentence) or []
    if not title or any(title & said.lemmas for said in window):
        return False  # « a déclaré le maire, Y » where the passage's mayor is X: the title names the passage's person
    key = fold(fact.text)
    for said in source.sentences:
        at = said.folded.find(key)
        if at > 0 and title <= set(content_lemmas(" ".join(said.folded[:at].split()[-TITLE_WORDS - 2 :]))):
            return True
    return False


def _in_window(fact: Fact, sentences: list[SourceSentence], source: SourceFacts) -> bool:
    passage = source.passage(sentences)
    if fact.kind == "name":
        window = passage.folded
        # a place the source names itself is taken from where it names it, not from an adjective made on it (« gardois »)
        built = not name_supported(fact.text, source.folded, source.words)
        names = (f.text for said in sentences for f in said.facts if f.kind == "name")
        return (name_supported(fact.text, window, passage.words) or name_supported(surname(fact.text), window, passage.words)
                or supports_place(fact.text, window, built) or spells_out(fact.text, window, names))
    if fact.kind == "number":
        return number_supported(fact.value, passage.numbers, passage.number_parts, passage.elided_units)
    return date_supported(fact.value, passage.dates) or fold(fact.text) in passage.folded or present_time(fact.value, passage.folded)
