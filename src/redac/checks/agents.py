"""A passive's agent given another part: « avait été dégagé vivant par ses compagnons » → « avait dégagé vivants ses
compagnons » (the agent became the object), « retrouvées … par les gendarmes » and « dégagé … par ses compagnons » →
the two agents exchanged, « commandée à un chantier » → « commandée par un chantier » (the one ordered from became the
one who ordered).

Read from the words after each past participle, up to the end of its clause, cut at the prepositions that give a role
(« par », « à », « pour »…): the agent is what « par » and a determiner or a name open, however far from the verb
(« retrouvées sous deux mètres de neige par les gendarmes »). The frames (french/frames.py) bound a subject and an
object around a verb; they miss a far agent and an object after an attribute (« dégagé vivants ses compagnons »).
A faithful rewrite keeps the agent of its verb (« retrouvées par les gendarmes du PGHM »), or turns it into the
subject (« ses compagnons l'avaient dégagé »): the agent stands before the active verb, never after it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from redac.checks.findings import Finding
from redac.checks.voice import _verb_lemma
from redac.french.clause_verbs import DETERMINERS
from redac.french.lemmas import content_lemmas
from redac.french.passive import is_past_participle
from redac.french.roles import PASSIVE_AUXILIARIES, Token, outside_quotes, sentence_tokens

if TYPE_CHECKING:
    from redac.checks.faithfulness import SourceFacts, SourceSentence

Parts = tuple[tuple[str, tuple[str, ...]], ...]  # (role preposition or "" for the words right after, content lemmas)

ROLE_PREPOSITIONS = frozenset({"par", "a", "au", "aux", "pour", "aupres"})  # each opens a part of its own
RECIPIENTS = frozenset({"a", "au", "aux", "aupres"})  # the one something is ordered from, given or sold to
AVOIR = frozenset({"a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "avoir", "ayant", "eu", "n'a", "n'ont",
                   "n'avait", "n'avaient", "n'aura", "n'auront", "n'aurait", "n'auraient", "n'avoir"})
GROUP_WORDS = frozenset({"ne", "n'", "pas", "plus", "jamais", "deja", "aussi", "encore", "toujours", "finalement", "ensuite", "bien",
                         "lui", "leur", "les", "la", "le", "l'", "y", "en"})  # between a subject and its participle
# verbs whose two parties do the same to each other: the voice changes nothing (« a été rejoint par » aside, it does)
SYMMETRIC = frozenset({"rencontrer", "affronter", "epouser", "croiser", "cotoyer", "jouxter", "egaler"})
# « par » heads that open a manner, not an agent (« par la suite », « par l'intermédiaire de »)
MANNER_HEADS = frozenset({"suite", "passe", "biais", "voie", "intermediaire", "truchement", "moyen", "rapport", "ailleurs", "exemple",
                          "contre", "defaut", "endroit", "moment", "fois", "tete", "personne", "an", "jour", "mois", "semaine", "heure"})
CLAUSE_MARKS = ",;:.!?()«»\"“”"
AFTER_PAR_RE = re.compile(r"\bpar (?:l'|les |le |la |un |une |des |du |ses |son |sa |leurs? )?([A-Za-zÀ-ÿ-]+)")
# a second agent of the same verb (« par l'Inserm, qui fournit la molécule, ainsi que par Bioryne »)
COORDINATED_PAR_RE = re.compile(r"\b(?:et|ou|puis|ainsi que|comme) par (?:l'|les |le |la |un |une |des |du |ses |son |sa |leurs? )?([A-Za-zÀ-ÿ-]+)")
SCAN = 14  # tokens read after a participle, at most


def moved_agents(sentence: str, source: SourceFacts) -> list[Finding]:
    """A finding where the sentence gives a passive's agent of the source another part of the same verb."""
    for verb, parts, passive, written in participle_parts(sentence):
        if verb in SYMMETRIC:
            continue
        found = _agent_moved(verb, parts, sentence, source) if passive else _object_was_agent(verb, parts, source)
        if found is not None:
            return [("role", written, found[0], found[1])]
    return []


def _object_was_agent(verb: str, parts: Parts, source: SourceFacts) -> tuple[str, SourceSentence] | None:
    """The active verb's object (the words right after it, no preposition before) is the source's agent of that verb."""
    objects = {word for preposition, words in parts if not preposition for word in words}
    for said, their_parts, their_passive in _occurrences(verb, source):
        agents = {words[0] for preposition, words in their_parts if preposition == "par" and words}
        if their_passive and agents & objects and not _written_active_with(verb, agents & objects, source):
            return "rôle inversé : dans la source, c'est l'agent de ce verbe (« par … »)", said
    return None


def _agent_moved(verb: str, parts: Parts, sentence: str, source: SourceFacts) -> tuple[str, SourceSentence] | None:
    """The passive verb's agent is, in the source, the one that verb is done to or for, or the verb has another agent, one
    the sentence names elsewhere (exchanged: a title for a name, « par la présidente » for « par Catherine Aurignac », is no exchange)."""
    mine = next((words for preposition, words in parts if preposition == "par" and words), None)
    mentioned = set(content_lemmas(sentence)) - {word for preposition, words in parts if preposition == "par" for word in words}
    occurrences = _occurrences(verb, source)
    if mine is None or not occurrences or any(not passive for _, _, passive in occurrences):
        return None  # no agent, or the verb written active too: who does what is read elsewhere
    agents = [(said, words) for said, their_parts, _ in occurrences for preposition, words in their_parts if preposition == "par" and words]
    every = {word for preposition, words in parts if preposition == "par" for word in words} | _agents_of_any(sentence, COORDINATED_PAR_RE)
    if any(every & set(words) for _, words in agents) or any(mine[0] in _agents_of_any(said.text) for said, _, _ in occurrences):
        return None
    for said, their_parts, _ in occurrences:
        if any(preposition in RECIPIENTS and words[:1] == mine[:1] for preposition, words in their_parts):
            return f"rôle inversé : dans la source, « {mine[0]} » n'est pas l'agent de ce verbe", said
    if any(words[0] in mentioned for _, words in agents) and mine[0] in _source_words(source) and not _written_active_with(verb, {mine[0]}, source):
        return "agent échangé : dans la source, ce verbe a un autre agent", agents[0][0]
    return None


def _occurrences(verb: str, source: SourceFacts) -> list[tuple[SourceSentence, Parts, bool]]:
    """Where the source writes the verb as a participle: the sentence, the participle's parts, passive."""
    return [(said, parts, passive) for said in source.sentences for theirs, parts, passive, _ in participle_parts(said.text) if theirs == verb]


def _written_active_with(verb: str, words: set[str], source: SourceFacts) -> bool:
    """A source sentence writes the verb active with one of `words`: the rewrite may say it from there."""
    return any(not passive and words & said.lemmas for said in source.sentences
               for theirs, _, passive, _ in participle_parts(said.text) if theirs == verb)


@lru_cache(maxsize=4096)
def _agents_of_any(sentence: str, after: re.Pattern[str] = AFTER_PAR_RE) -> frozenset[str]:
    """The first word after every « par » of the sentence (or only those `after` reads): a second agent may stand beyond a relative clause (« financé par
    Bioryne, qui fournit la molécule, et par l'Inserm »)."""
    return frozenset(heads[0] for after in after.findall(sentence.replace("’", "'")) if (heads := content_lemmas(after)))


def _source_words(source: SourceFacts) -> frozenset[str]:
    return frozenset(word for said in source.sentences for word in said.lemmas)


@lru_cache(maxsize=4096)
def participle_parts(sentence: str) -> tuple[tuple[str, Parts, bool, str], ...]:
    """(verb lemma, its parts, passive, the participle as written) for each past participle outside quotations: the parts are
    (preposition or "", content lemmas) read after it, up to the end of its clause."""
    sentence = sentence.replace("’", "'")
    words = sentence_tokens(sentence)
    blank = outside_quotes(sentence)
    found = []
    for index, word in enumerate(words):
        if blank[word.start] == " " or word.text in DETERMINERS or not is_past_participle(word.raw) or _after_determiner(words, index):
            continue
        auxiliaries = _auxiliaries(words, index)
        if auxiliaries is None:
            continue
        passive = bool(PASSIVE_AUXILIARIES & auxiliaries) or not (AVOIR & auxiliaries)
        found.append((_verb_lemma(word.raw), _parts(sentence, words, index), passive, word.raw))
    return tuple(found)


def _after_determiner(words: tuple[Token, ...], index: int) -> bool:
    """« la société », « l'arrivée »: a noun, not a participle."""
    previous = words[index - 1].text if index else ""
    return previous in DETERMINERS or previous in ("l'", "d'") or words[index].text[:2] in ("l'", "d'")


def _auxiliaries(words: tuple[Token, ...], index: int) -> set[str] | None:
    """The auxiliaries of the participle's group (empty for a bare participle); None where it is reflexive (« s'est imposée »)."""
    found: set[str] = set()
    at = index - 1
    while at >= 0 and _in_group(words[at].text):
        text = words[at].text
        if text == "se" or text.startswith("s'"):
            return None
        found.add(text[2:] if text.startswith("n'") else text)
        at -= 1
    return found


def _in_group(text: str) -> bool:
    return text in GROUP_WORDS or text in AVOIR or text in PASSIVE_AUXILIARIES or text.startswith(("n'", "s'")) or text == "se"


def _parts(sentence: str, words: tuple[Token, ...], index: int) -> Parts:
    """The participle's parts up to the end of its clause: the words right after it ("") and each role preposition's."""
    parts: list[tuple[str, list[str]]] = [("", [])]
    end = words[index].start + len(words[index].raw)
    for following in words[index + 1 : index + 1 + SCAN]:
        between = sentence[end : following.start]
        if any(mark in between for mark in CLAUSE_MARKS) and not _apposition(parts[-1], between, following):
            break
        end = following.start + len(following.raw)
        text = following.text
        if text in ROLE_PREPOSITIONS:
            parts.append((text, []))
        elif parts[-1][0] == "par" and not parts[-1][1] and not _opens_agent(following):
            parts[-1] = ("par-manner", [])
        else:
            parts[-1][1].append(following.raw)
    return tuple((preposition, _heads(words)) for preposition, words in parts)


def _apposition(part: tuple[str, list[str]], between: str, following: Token) -> bool:
    """A name or an acronym set after an agent (« par la présidente de la région, Catherine Aurignac », « (OFB) »): the same agent;
    « , et par … »: a second one."""
    return part[0] == "par" and bool(part[1]) and between.strip() in (",", "(") and (following.raw[:1].isupper() or following.text in ("et", "ou"))


def _opens_agent(word: Token) -> bool:
    """A determiner, an elided article or a capitalized name: « par les gendarmes », « par l'ARS », « par Meier »."""
    return word.text in DETERMINERS or word.text[:2] in ("l'", "d'") or word.raw[:1].isupper()


def _heads(words: Iterable[str]) -> tuple[str, ...]:
    lemmas = content_lemmas(" ".join(words))
    return () if lemmas[:1] and lemmas[0] in MANNER_HEADS else lemmas
