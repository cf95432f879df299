"""The quotation guard: a source quotation must reach the article whole and inside guillemets.

A model that rewrites a quotation drops its guillemets (the words now read as the article's own) or
changes a word inside them (the person is made to say what they did not). Both are caught against the
source's quotations, and each finding says what the source quotes, so the editor can restore it. A
quotation's words that the source also writes outside quotation marks are the source's own narration,
not a quotation: copying them is no fault here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from redac.checks.findings import Unsupported
from redac.checks.speaker_words import names_title, told_by_title
from redac.french.facts import extract_facts, quotations
from redac.french.lemmas import lemma
from redac.french.negation import word_key
from redac.french.roles import outside_quotes, speaker_offset, speech_word
from redac.french.text import fold
from redac.french.tokens import TOKEN_RE, match_form, tokens
from redac.french.wordlists import function_words
from redac.limits import DEFAULT_LIMITS, Limits

if TYPE_CHECKING:
    from redac.checks.faithfulness import SourceFacts, SourceSentence


QUOTE_MARK_RE = re.compile("[«“\"]")
INCISE_VERB_RE = re.compile(r"[»”\"]\s*,\s*(?:a|ont|avait|avaient)(?:-t-(?:il|elle|ils|elles))?\s+(\w+)")  # « », a-t-elle plaidé »
REWORDED_MIN_WORDS = 4  # content words of a quotation whose restatement is compared word by word...
REWORDED_SHARE = 0.6  # ...when this share of them comes back in order
UNATTRIBUTED_MIN_WORDS = 2  # content words of a quotation whose restatement as a plain claim is compared...
UNATTRIBUTED_SHARE = 0.75  # ...when this share of them comes back in order
# Verbs that attribute a claim as speech does (« FO accuse la direction d'avoir organisé le déclin »)
ACCUSING_STEMS = ("accus", "reproch", "critiqu", "qualifi", "fustig", "soupcon", "denonc", "estim", "jug", "affirm", "selon", "d'apres")
VERB_ENDINGS = ("er", "ir", "re", "oir")  # a lemma read as a verb
PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")
INFINITIVE_OPENERS = {"a", "de", "d", "pour", "sans", "par", "peut", "peuvent", "pourra", "pourront", "doit", "doivent", "devra", "devront",
                      "va", "vont", "faut", "veut", "veulent", "pouvoir", "devoir", "vouloir", "savoir", "pu", "voulu", "su", "devait", "devaient",
                      "pouvait", "pouvaient", "voulait", "voulaient", "devrait", "devraient", "pourrait", "pourraient", "fallait", "faudrait"}
INFINITIVE_CLITICS = {"se", "s", "le", "la", "les", "l", "lui", "leur", "y", "en", "nous", "vous", "me", "te"}  # « de s'assurer »
FAMILY_STEM = 5  # letters of a stem that opens a word of its family
FIRST_PERSON = frozenset({"je", "nous", "me", "moi", "mon", "ma", "mes", "notre", "nos"})


@dataclass(frozen=True, slots=True)
class Quotation:
    text: str  # as the source writes it, without its guillemets
    words: tuple[str, ...]  # folded
    said: SourceSentence  # the source sentence holding it (its first, for one over several sentences)


def words_of(text: str) -> tuple[str, ...]:
    return tuple(map(_word_of, TOKEN_RE.findall(text)))  # TOKEN_RE has no group: findall gives the whole matches


@lru_cache(maxsize=65536)
def _word_of(token: str) -> str:
    return fold(token).replace("’", "'")


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
        indirect = reported is not None and spans[start][0] > reported and not any(map(_first_person, copied))
        if indirect and (quotation is None or _copied_length(mine, start, quotation) < len(quotation.words) or told_by_title(text, spans[start][0], quotation)):
            continue  # indirect speech (« elle a confié … que Beridze ne se contenterait pas d'une nulle »): attributed, unless the whole
            # quotation, not given to the title the source names its speaker by (« Selon le procureur, … » for « », a estimé le procureur »)
        if quotation is not None and _partly_quoted(sentence, quotation) and not any(map(_first_person, copied)):
            continue  # « Le navire a chaviré « en quelques minutes », sans laisser le temps de … »: its key words quoted, the rest told
        if quotation is not None and quotation.text not in found and not _in_order(copied, source.narration_words):
            written = text[spans[start][0] : spans[start + length - 1][1]]  # the article's own words, not their folded key
            found[quotation.text] = _finding("citation de la source reprise sans guillemets", where, sentence, quotation, written)
    return list(found.values())


def _partly_quoted(sentence: str, quotation: Quotation) -> bool:
    """Whether the sentence sets another part of the same quotation between guillemets."""
    return any(fact.kind == "quote" and len(words_of(fact.value)) > 1 and _in_order(words_of(fact.value), quotation.words)
               for fact in extract_facts(sentence))


def _copied_length(mine: tuple[str, ...], start: int, quotation: Quotation) -> int:
    """How many words in a row from `start` the sentence copies from the quotation (its longest run there)."""
    theirs = quotation.words
    best = 0
    for at in range(len(theirs)):
        length = 0
        while start + length < len(mine) and at + length < len(theirs) and mine[start + length] == theirs[at + length]:
            length += 1
        best = max(best, length)
    return best


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


def reworded_quotation(where: str, sentence: str, source: SourceFacts, outside: str | None = None) -> Unsupported | None:
    """Reported speech that restates a source quotation with one of its words exchanged (« Ce jugement repose sur
    un dossier incomplet » → « a estimé que le jugement reposait sur un dossier falsifié »): most of the quotation's
    content words come back in order, and where one of its nouns or adjectives is missing the sentence has another
    word that the source never writes (« flammes » for « propagation » is the article's own vocabulary). Names
    are not exchanges, nor are verbs (« reçu » → « obtenu », « renoncer » → « abandonner »: reported speech rewords them)."""
    text = outside_quotes(sentence) if outside is None else outside
    if not source.quotations or _reported_from(text) is None:
        return None
    written = _content_words(text)
    mine = [key for key, *_ in written]
    for quotation in source.quotations:
        quoted = _content_words(quotation.text)
        theirs = [key for key, *_ in quoted]
        heads = {key[:FAMILY_STEM] for key in theirs}
        reach = sum(key[:FAMILY_STEM] in heads for key in mine)  # at most this many words in common (one family, one head)
        if len(theirs) < REWORDED_MIN_WORDS or reach < REWORDED_MIN_WORDS - 1 or reach < REWORDED_SHARE * len(theirs):
            continue
        pairs = _common_order(theirs, mine)
        if len(pairs) < REWORDED_MIN_WORDS - 1 or len(pairs) < REWORDED_SHARE * len(theirs):
            continue
        held = {key for key, *_ in _content_words(quotation.said.text, names=True)}
        bounds = [*pairs, (len(theirs), len(mine))]  # from the first word in common: before it, the sentence says who speaks
        for (their_low, my_low), (their_high, my_high) in pairwise(bounds):
            lost = [word for _, base, word, infinitive in quoted[their_low + 1 : their_high] if not (infinitive or _conjugated(base, word))]
            exchanged = [word for key, base, word, infinitive in written[my_low + 1 : my_high] if not infinitive
                         and not any(_same(key, other) for other in held) and _qualifier(base, word) and not _sourced(base, word, source)]
            if lost and exchanged:
                return _finding("propos rapportés modifiés", where, sentence, quotation, exchanged[0])
    return None


def unattributed_quotation(where: str, sentence: str, source: SourceFacts, outside: str | None = None) -> Unsupported | None:
    """A source quotation stated as the article's own claim (« a accusé la direction d'avoir « organisé le déclin »
    du site » → « La direction a organisé le déclin du site »; « Ce plan n'a aucun financement crédible », a-t-il
    lancé → « ce plan, qui n'a aucun financement crédible »): nearly every content word of the quotation comes back
    in order, outside guillemets, and nothing in the sentence says who speaks or accuses. The words the source also
    writes outside its quotations are its narration, free to copy."""
    text = outside_quotes(sentence) if outside is None else outside
    if not source.quotations or _reported_from(text) is not None or any(fold(word).startswith(ACCUSING_STEMS) for word in tokens(text)):
        return None
    written = _content_words(text)
    mine = [key for key, *_ in written]
    shared: dict[int, int] = {}
    index = _quotations_by_head(source)
    for head in {key[:FAMILY_STEM] for key in mine}:
        for number in index.get(head, ()):
            shared[number] = shared.get(number, 0) + 1
    for number, count in shared.items():  # only the quotations sharing words with the sentence (the index), not all of them
        quotation = source.quotations[number]
        theirs = [key for key, *_ in _content_words(quotation.text)]
        if len(theirs) < UNATTRIBUTED_MIN_WORDS or len(mine) < len(theirs) or count < UNATTRIBUTED_SHARE * len({key[:FAMILY_STEM] for key in theirs}):
            continue
        pairs = _common_order(theirs, mine)
        if len(pairs) < UNATTRIBUTED_SHARE * len(theirs) or pairs[-1][1] - pairs[0][1] > 2 * len(theirs) or _names_speaker(text, quotation) \
                or names_title(text, quotation) or _reports_with(text, quotation):
            continue  # not the quotation's words, scattered over the sentence, or given to its speaker (« Grégory Doucet veut … »)
        carried = {theirs[index] for index, _ in pairs}
        if not any(carried <= {key for key, *_ in _content_words(outside_quotes(said.text))} for said in source.sentences):
            first, last = written[pairs[0][1]][2], written[pairs[-1][1]][2]
            shown = text[text.find(first) : text.find(last, text.find(first)) + len(last)] if first in text and last in text else first
            return _finding("citation de la source reprise comme un fait, sans guillemets ni auteur", where, sentence, quotation, shown)
    return None


def _reports_with(text: str, quotation: Quotation) -> bool:
    """Whether the sentence reports the quotation with the verb the source introduces it by (« », a-t-elle plaidé » →
    « L'avocate a plaidé que … »): speech, attributed, whatever the verb."""
    verb = INCISE_VERB_RE.search(quotation.said.text)
    return verb is not None and lemma(fold(verb.group(1))) in {lemma(fold(token)) for token in tokens(text)}


def _names_speaker(text: str, quotation: Quotation) -> bool:
    """Whether the sentence names the quotation's speaker (« », a déclaré Grégory Doucet » → « Grégory Doucet veut … »):
    the name nearest the source's speech verb, on the speaker's side."""
    said = quotation.said.text
    spot = speaker_offset(said)
    if spot is None:
        return False
    offset, direction = spot
    blank = outside_quotes(said)
    names = [fact for fact in quotation.said.facts if fact.kind == "name" and blank[fact.start] != " "]
    side = [fact for fact in names if fact.start >= offset] if direction > 0 else [fact for fact in names if fact.end <= offset][::-1]
    return bool(side) and fold(side[0].text).split()[-1] in {fold(word) for word in tokens(text)}


_HEADS: WeakKeyDictionary = WeakKeyDictionary()


def _quotations_by_head(source: SourceFacts) -> dict[str, list[int]]:
    """Stem of a content word -> the source quotations holding it (read once per source)."""
    if source not in _HEADS:
        index: dict[str, list[int]] = {}
        for number, quotation in enumerate(source.quotations):
            for head in {key[:FAMILY_STEM] for key, *_ in _content_words(quotation.text)}:
                index.setdefault(head, []).append(number)
        _HEADS[source] = index
    return _HEADS[source]


@lru_cache(maxsize=4096)
def _content_words(text: str, names: bool = False) -> tuple[tuple[str, str, str, bool], ...]:
    """(stem, lemma, word, infinitive) of the content words of `text` in order, its names left out (unless `names`):
    stems compare « tombe » and « tombé », which the lemmas part (a grave, to fall); an infinitive is a lemma after
    « à », « de », « pour » or a modal (« prête à entamer »)."""
    kept = text if names else _without_names(text)
    found, before = [], ""
    for word in tokens(kept):
        form = match_form(word)
        if form in function_words() or not form[:1].isalpha() or form.endswith(("-meme", "-memes")):  # « nous-mêmes » → « eux-mêmes »
            if form not in INFINITIVE_CLITICS:
                before = form
            continue
        base = lemma(word)
        opener = "de" if fold(word[:2]) in ("d'", "d’") else before  # « d'entamer »
        infinitive = form == fold(base) and base.endswith(VERB_ENDINGS) and opener in INFINITIVE_OPENERS
        found.append((word_key(word), base, word, infinitive))
        before = form
    return tuple(found)


def _without_names(text: str) -> str:
    """The text with its names blanked (« Gwenaëlle Prigent a déclaré » → « a déclaré »)."""
    for fact in extract_facts(text):
        if fact.kind == "name":
            text = text[: fact.start] + " " * (fact.end - fact.start) + text[fact.end :]
    return text


def _sourced(base: str, word: str, source: SourceFacts) -> bool:
    """A word the source writes somewhere (« les flammes » for « une propagation »: the article's own vocabulary)."""
    return base in source.sentences_by_lemma or fold(word) in source.words


def _same(one: str, other: str) -> bool:
    """One word, or words of one family (« propage », « propagation »: a stem opens the other)."""
    return one == other or (min(len(one), len(other)) >= FAMILY_STEM and (one.startswith(other) or other.startswith(one)))


def _qualifier(base: str, word: str) -> bool:
    """A noun or an adjective, a past participle included (« falsifié »), not a conjugated verb (« pèse », « tombe »)
    nor the verb that reports the speech (« a expliqué »)."""
    return (not _conjugated(base, word) or word.endswith(PARTICIPLE_ENDINGS)) and not speech_word(fold(word))


def _conjugated(base: str, word: str) -> bool:
    """A verb form (« pèse », « reçu »): its lemma is a verb's, and the word is not that lemma or its plural
    (« salaire », « ateliers »: nouns)."""
    return base.endswith(VERB_ENDINGS) and fold(word) not in {fold(base), fold(base) + "s", fold(base) + "x"}


def _common_order(theirs: list[str], mine: list[str]) -> list[tuple[int, int]]:
    """Index pairs of the longest common subsequence of two short word lists."""
    table = [[0] * (len(mine) + 1) for _ in range(len(theirs) + 1)]
    for i in range(len(theirs) - 1, -1, -1):
        for j in range(len(mine) - 1, -1, -1):
            table[i][j] = table[i + 1][j + 1] + 1 if _same(theirs[i], mine[j]) else max(table[i + 1][j], table[i][j + 1])
    pairs, i, j = [], 0, 0
    while i < len(theirs) and j < len(mine):
        if _same(theirs[i], mine[j]):
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


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


def long_quote_issues(where: str, text: str, sentences: list[str], source: SourceFacts) -> list[Unsupported]:
    """Quotations running over several sentences (« À la mi-temps, … Nous savions … »), which no single sentence holds.

    A span between straight quotes that holds guillemets is quote marks paired across sentences, not a quotation."""
    if len(sentences) < 2 or not QUOTE_MARK_RE.search(text):
        return []
    within = {fact.value for sentence in sentences for fact in extract_facts(sentence) if fact.kind == "quote"}
    issues = []
    for fact in quotations(text):
        if fact.kind == "quote" and fact.value not in within and not re.search("[«»]", fact.value) and source.supports(fact):
            sentence = next((s for s in sentences if s[:20] in text[fact.start : fact.end]), sentences[0])
            issues.append(Unsupported("quote", fact.text, source.supports(fact) or "", where, sentence, *source.says(sentence)))
    return issues


def outside_quotes_of(text: str, sentences: list[str]) -> list[str | None]:
    """Each sentence with the quotations of its paragraph blanked (« … La première est Rammstein. … »,
    a-t-il ajouté: the last sentence's words are quoted too); None where a sentence is not found as is."""
    blanked = outside_quotes(text)
    found: list[str | None] = []
    position = 0
    for sentence in sentences:
        at = text.find(sentence, position)
        found.append(blanked[at : at + len(sentence)] if at >= 0 else None)
        position = at + len(sentence) if at >= 0 else position
    return found
