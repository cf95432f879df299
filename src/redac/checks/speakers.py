"""Who says it: the speaker of a quotation (« a déclaré Stoltenberg » must not become « a déclaré Zelensky »)
and the reporter of indirect speech (« selon X », « X a précisé que ») must be the source's."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from redac.checks import referents
from redac.checks.findings import Finding
from redac.french.facts import Fact, extract_facts, quote_key
from redac.french.lemmas import content_lemmas, lemma
from redac.french.offices import DEFINITE_ROLE_RE
from redac.french.roles import CLAUSE_END_RE, after_preposition, outside_quotes, speaker_offset, without_asides
from redac.french.text import fold

if TYPE_CHECKING:
    from redac.checks.faithfulness import SourceFacts, SourceSentence

REPORTER_SPAN = 50  # characters beside the speech verb where the source's reporter is named
QUOTE_SPAN_MAX = 5  # sentences a quotation may run over
SUBJECT_PRONOUN_RE = re.compile(r"(?i)(?<!\w)(?:il|elle|ils|elles)(?:\s+[\w’']+){0,2}\s*$")  # « il avait averti », « elle a déclaré »
# « a-t-il expliqué », « il a précisé », « selon elle »
PRONOUN_REPORTER_RE = re.compile(
    r"(?i)-t-(?:il|elle)s?\b|(?<!\w)(?:il|elle)s?\s+(?:a|ont|avait|avaient)\s+\w+|(?:selon|d['’]apr[èe]s)\s+(?:lui|elle|eux|elles)\b")
COORDINATED_RE = re.compile(r"(?i)\bet\s+(?:a|ont|avait|avaient|aura|auront)\s*$")  # « …, et a estimé »: the subject is elided
COMPLETIVE_RE = re.compile(r"(?i)\bqu(?:e\b|['’])")  # after the verb, « que » opens what is said: a name there is not who says it
SELON_NOUN_RE = re.compile(r"(?i)\b(?:selon|d['’]apr[èe]s)\s+(?:(?:le|la|les|son|sa|ses|leur|leurs)\s+|l['’]\s*)(\w+)")  # « selon son équipe »
# « les enquêteurs de l'OCBC », « la fédération de pêche »: a reporter named by a noun and its complement
NOUN_REPORTER_RE = re.compile(r"(?i)\s*(?:le|la|les|l['’])\s*([^\W\d]{3,})(?:\s+(?:(?:des|du|de)\s+|d['’]\s*)(?:la\s+|l['’]\s*)?[\w-]+)?")
SELON_RE = re.compile(r"(?i)\b(?:selon|d['’]apr[èe]s)\s+(?:(?:le|la|les|l['’])\s*)?$")  # « selon l'Espagnol X »: X speaks


def speaker_issues(sentence: str, source: SourceFacts) -> list[Finding]:
    """The person a quotation is attributed to must be the one the source attributes it to."""
    spot = speaker_offset(sentence)
    speaker = _speaker(sentence, *spot, source) if spot else None
    if speaker is None:
        return []
    for fact in extract_facts(sentence):
        index = _quoting_sentence(fact.value, source) if fact.kind == "quote" else None
        if index is None:
            continue
        said = source.sentences[index]
        their_spot = speaker_offset(said.text)
        theirs = _speaker(said.text, *their_spot, source) if their_spot else None
        if theirs is None and their_spot and their_spot[1] < 0 and SUBJECT_PRONOUN_RE.search(said.text[: their_spot[0]]):
            allowed = _speakers_around(source, index - 1) if index else set()  # « il avait averti »: someone named before
        else:
            allowed = set(fold(theirs.text).split()) if theirs else _speakers_around(source, index)
        if allowed and not set(fold(speaker.text).split()) & allowed:
            return [("speaker", speaker.text, "citation attribuée à une autre personne que dans la source", said)]
    return []


def attribution_issues(sentence: str, source: SourceFacts, best: int) -> list[Finding]:
    """Who reports what the sentence says (« a averti X », « selon X », « X a précisé que »), quotation
    or not, must be who reports it in the source sentence it is built on."""
    said = source.sentences[best]
    mine, theirs = _reporter(sentence, source), _reporter(said.text, source)
    if mine and theirs and not set(fold(mine.text).split()) & set(fold(theirs.text).split()):
        return [("speaker", mine.text, f"propos attribués à une autre personne : la source les attribue à {theirs.text}", said)]
    reported = SELON_NOUN_RE.search(outside_quotes(said.text)) if mine and theirs is None else None
    if mine and reported and not _bound_reporter(mine, reported.group(1), sentence, said, source):
        return [("speaker", mine.text, f"propos attribués à une autre personne : la source dit « {reported.group(0)} »", said)]
    if theirs is None and PRONOUN_REPORTER_RE.search(outside_quotes(said.text)):
        before = referents.before(source, best)
        named = _people_words([said, *before], source)  # « …, a-t-il expliqué »: someone named before speaks
        if before and not _people_words(before[-1:], source):
            named |= _people_upto(source, best)  # « la lauréate a dédié … « … », a-t-elle confié »: anyone named earlier may be meant
        if mine and named and not set(fold(mine.text).split()) & named:
            return [("speaker", mine.text, "propos attribués à une autre personne que dans la source", said)]
        titled = None if mine else _titled_reporter(sentence)
        nearest = next((words for near in reversed(before) if (words := _people_words([near], source))), set())
        bound = _people_words(referents.binding(source, [fold(titled)]), source) if titled else set()
        if titled and bound and nearest and not bound & nearest:  # « Selon elle » (the one just named) → « D'après la procureure » (another)
            return [("speaker", titled, "propos attribués à une autre personne que dans la source", said)]
    return [] if mine else _noun_reporter_issues(sentence, source, said)


def _noun_reporter_issues(sentence: str, source: SourceFacts, said: SourceSentence) -> list[Finding]:
    """A reporter named by a noun (« selon la fédération de pêche », « », ont déclaré les enquêteurs ») must not be another
    party of the article where the source sentence has a reporter of its own: the noun names someone the article
    mentions elsewhere, while the source sentence, which reports too, neither writes it nor names a person it stands for."""
    found, theirs = _noun_reporter(sentence), speaker_offset(said.text, quoted=False)
    if found is None or theirs is None or PRONOUN_REPORTER_RE.search(outside_quotes(said.text)):
        return []  # no noun reporter; a source reporting nothing, or through a pronoun
    words = set(content_lemmas(found.group(0)))
    head = lemma(found.group(1))
    elsewhere = any(source.sentences[index] is not said for index in source.sentences_by_lemma.get(head, ()))
    named = _named_reporter(said, *theirs, source)
    their_noun = None if named else _party_reporter(said.text, sentence, source)
    if not named and their_noun is None:
        return []  # a source reporting through a title or a noun for a person (« a déclaré l'élu »: the mayor)
    bound = _people_words(referents.binding(source, [fold(found.group(1))]), source) & _people_words([said], source)
    shared = words & (set(content_lemmas(their_noun.group(0))) if their_noun else said.lemmas)
    if shared or not elsewhere or bound or (their_noun and referents.names_a_person(source, fold(found.group(1)))):
        return []  # the same party; one the article names nowhere else; or, against a party, a person's title
    shown = f" : la source dit « {their_noun.group(0).strip()} »" if their_noun else " que dans la source"
    return [("speaker", found.group(0).strip(), "propos attribués à une autre partie de l'article" + shown, said)]


def _party_reporter(text: str, sentence: str, source: SourceFacts) -> re.Match[str] | None:
    """The noun reporting in the source sentence when it names a party, not a person (« selon la direction », not « a
    déclaré le vainqueur »: the source gives no name after it), and the rewrite leaves it out."""
    found = _noun_reporter(text)
    head = fold(found.group(1)) if found else ""
    return found if found and head not in fold(sentence) and not referents.names_a_person(source, head) else None


def _noun_reporter(sentence: str) -> re.Match[str] | None:
    """The noun phrase reporting what a sentence says after its speech verb (« selon la direction », « », a estimé le
    procureur »), or None."""
    spot = speaker_offset(sentence, quoted=False)
    return NOUN_REPORTER_RE.match(outside_quotes(sentence), spot[0]) if spot and spot[1] > 0 else None


def _bound_reporter(mine: Fact, noun: str, sentence: str, said: SourceSentence, source: SourceFacts) -> bool:
    """Whether the person an article sentence reports through may be the one the source reports through by a noun
    (« selon son équipe »): the article writes that noun too, or the source binds it to that person (« son avocat, Me Roux »)."""
    key, words = fold(noun), {word for word in re.findall(r"\w+", fold(mine.text)) if len(word) > 2}
    return key in fold(sentence) or bool(words & set(re.findall(r"\w+", said.folded))) or bool(words & _people_words(referents.binding(source, [key]), source))


def _named_reporter(said: SourceSentence, offset: int, direction: int, source: SourceFacts) -> bool:
    """Whether the source's reporter is given a name on its side of the speech verb (« a déclaré la maire, Nathalie
    Girard », « L'expert, Bernard Aubry, estime », « Selon l'Office français de la biodiversité (OFB) »), not a title
    only (« a déclaré le Lozérien »: a capitalized demonym, which « le coureur » may stand for)."""
    start, end = (offset, offset + REPORTER_SPAN) if direction > 0 else (offset - REPORTER_SPAN, offset)
    return any(fact.kind == "name" and start <= fact.start < end and fact.start > 0 and (fact.text.isupper() or source.is_person(fact.text))
               for fact in said.facts)


_PEOPLE_UPTO: WeakKeyDictionary = WeakKeyDictionary()


def _people_upto(source: SourceFacts, index: int) -> frozenset[str]:
    """Words of the people named outside quotations in the source sentences before `index` (read once per source)."""
    if source not in _PEOPLE_UPTO:
        running: set[str] = set()
        upto = []
        for said in source.sentences:
            upto.append(frozenset(running))
            running |= _people_words([said], source)
        _PEOPLE_UPTO[source] = upto
    return _PEOPLE_UPTO[source][index]


def _titled_reporter(sentence: str) -> str | None:
    """The title a sentence's reporter is called by (« d'après la procureure », « …, a indiqué le maire »)."""
    spot = speaker_offset(sentence, quoted=False)
    if spot is None:
        return None
    offset, direction = spot
    blank = outside_quotes(sentence)
    found = DEFINITE_ROLE_RE.match(blank, offset + (len(blank[offset:]) - len(blank[offset:].lstrip()))) if direction > 0 else None
    return found.group("role") if found else None


def _reporter(sentence: str, source: SourceFacts) -> Fact | None:
    spot = speaker_offset(sentence, quoted=False)
    return _speaker(sentence, *spot, source) if spot else None


def _speaker(sentence: str, offset: int, direction: int, source: SourceFacts) -> Fact | None:
    """The person nearest the speech verb on the speaker's side, outside the quotations and the relative
    clauses set between commas (« Bernard Castaing, qui préside Valmont, a admis »), in its clause."""
    blank = without_asides(outside_quotes(sentence))
    names = [fact for fact in extract_facts(sentence) if fact.kind == "name" and blank[fact.start] != " " and source.is_person(fact.text)
             and (not after_preposition(sentence, fact.start) or SELON_RE.search(sentence[: fact.start]))]  # « l'avocat de Bonnafoux »: the lawyer speaks
    if direction > 0:
        return next((fact for fact in names if fact.start >= offset and not CLAUSE_END_RE.search(blank[offset : fact.start].replace(",", ""))
                     and not COMPLETIVE_RE.search(blank[offset : fact.start])), None)  # « a annoncé qu'il saisirait le Conseil d'État »
    before = [fact for fact in names if fact.end <= offset and not CLAUSE_END_RE.search(blank[fact.end : offset].replace(",", ""))]
    if before and COORDINATED_RE.search(blank[:offset]):
        return before[0]  # « Donald Trump a accusé Biden …, et a estimé que »: the first verb's subject speaks
    return before[-1] if before else None


def _people_words(sentences: list[SourceSentence], source: SourceFacts) -> set[str]:
    """Words of the people the sentences name outside their quotations."""
    words: set[str] = set()
    for said in sentences:
        blank = outside_quotes(said.text)
        words |= {word for fact in said.facts if fact.kind == "name" and blank[fact.start] != " " and source.is_person(fact.text)
                  for word in fold(fact.text).split()}
    return words


def _quoting_sentence(key: str, source: SourceFacts) -> int | None:
    probe = key[:40]
    return next((index for index, said in enumerate(source.sentences) if probe in quote_key(said.text)), None)


def _speakers_around(source: SourceFacts, index: int) -> set[str]:
    """Words of the people named outside quotations in the quoting source sentence, or before it when it names none."""
    opening = index  # a quotation over several sentences opens before the one that closes it
    while opening > 0 and "«" not in source.sentences[opening].text and index - opening < QUOTE_SPAN_MAX:
        opening -= 1
    for start in range(index, max(-1, opening - source.limits.claim_speaker_context - 1), -1):
        words: set[str] = set()
        for said in source.sentences[start : index + 1]:
            blank = outside_quotes(said.text)
            people = [fact.text for fact in said.facts if fact.kind == "name" and blank[fact.start] != " " and source.is_person(fact.text)]
            words |= {word for person in people for word in fold(person).split()}
        if words:
            return words
    return set()
