"""Qualifiers and comparison bases traded inside a sentence: each noun keeps the nationality or the owner the source
gives it (« les prêts italiens aux musées français » → « les prêts français aux musées italiens », « deux navires de
la SNSM et un avion des douanes » → « un avion de la SNSM et deux navires des douanes »), and a comparison keeps its
base (« En 2023, … deux fois plus qu'en 2022 » → « En 2022, … deux fois plus qu'en 2023 »). Only a trade is read:
both qualifiers, both nouns and both years stand in both sentences, so a sentence reordered says the same."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from redac.checks.findings import Finding
from redac.french.demonyms import demonyms
from redac.french.facts import extract_facts
from redac.french.lemmas import lemma
from redac.french.roles import sentence_tokens
from redac.french.text import fold
from redac.french.wordlists import function_words

if TYPE_CHECKING:
    from redac.checks.faithfulness import SourceFacts

OWNER_LINKS = {"de", "du", "des"}
ARTICLES = {"la", "le", "les", "l'"}
TITLES = {"m", "mme", "me", "mgr", "dr"}
DIRECTION_RE = re.compile(r"\b(plus|moins)\b")
DIRECTION_REACH = 30  # characters before a comparison's base year searched for « plus » or « moins »
BASE_RE = re.compile(r"\b(?:qu'en|qu'a|que|par rapport a|contre|compare a)\s+((?:19|20)\d\d)\b")  # « deux fois plus qu'en 2022 »
YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
VERB_OBJECT_OPENERS = {"le", "la", "les", "l'", "un", "une", "des", "du", "tous", "toutes", "son", "sa", "ses", "leur", "leurs", "ce", "cette", "ces"}
ELISION_RE = re.compile(r"^(?:l|d|qu)'")
RAW_ELISION_RE = re.compile(r"^(?:[lLdD]|[qQ]u)['’]")
CONTRACTED = {"au": "a", "aux": "a", "du": "de", "des": "de", "d": "de"}


def traded_qualifiers(sentence: str, source: SourceFacts, best: int) -> list[Finding]:
    """Two nouns of the source sentence trading their nationalities or owners, or a comparison's two years traded."""
    said = source.sentences[best]
    mine, theirs = _qualified(sentence), _qualified(said.text)
    for (head, qualifier), written in mine.items():
        if (head, qualifier) in theirs:
            continue
        own = {other for (noun, other) in theirs if noun == head} - {qualifier}
        holders = {noun for (noun, other) in theirs if other == qualifier} - {head}
        if any((holder, former) in mine for holder in holders for former in own):
            return [("role", written, "qualificatifs échangés : dans la source, ils vont à d'autres noms", said)]
    return _traded_base(sentence, said.folded, said)


def replaced_person(sentence: str, source: SourceFacts, best: int) -> list[Finding]:
    """A person or a body of the source sentence replaced by another one in the same words (« proclamé l'élection de
    Karim Benali » → « l'élection de Gérard Pons », « au profit de Gérard Pons » → « au profit de Karim Benali »): the two
    words before the name, one a content word, are the same, the names are not."""
    said = source.sentences[best]
    theirs = {context: fact.text for fact in said.facts if fact.kind == "name" for context in [_context(said.text, fact.start)] if context}
    folded_said = said.folded
    for fact in extract_facts(sentence):
        if fact.kind != "name" or fold(fact.text).split()[-1] in folded_said:
            continue
        context = _context(sentence, fact.start)
        other = theirs.get(context) if context else None
        acronym = fact.text.isupper() or (other or "").isupper()  # « l'ARS » for « l'Agence régionale de santé »
        if other and not acronym and fold(other).split()[-1] not in fold(sentence):
            return [("role", fact.text, f"personne remplacée : la source dit « {other} » ici", said)]
    return []


def _context(sentence: str, start: int) -> tuple[str, ...] | None:
    """The two words before a name, « au » read « à le » (« la victoire au maire » / « à Karim Benali » differ)."""
    words = fold(sentence[:start]).replace("'", " ").split()
    while words and words[-1].rstrip(".") in TITLES:  # « l'élection de M. Benali »
        words.pop()
    before = tuple(CONTRACTED.get(word, word) for word in words[-2:])
    return before if len(before) == 2 and any(word not in function_words() for word in before) else None


def _traded_base(sentence: str, folded_said: str, said) -> list[Finding]:
    folded = fold(sentence)
    mine, theirs = BASE_RE.findall(folded), BASE_RE.findall(folded_said)
    if len(mine) != 1 or len(theirs) != 1 or mine == theirs:
        return []
    converse = _direction(folded, mine[0]) != _direction(folded_said, theirs[0])  # « deux fois moins qu'en 2023 » for « plus qu'en 2020 »
    if mine[0] in YEAR_RE.findall(folded_said) and theirs[0] in YEAR_RE.findall(folded) and not converse:
        return [("role", mine[0], f"années échangées : la source compare à {theirs[0]}", said)]
    return []


def _direction(folded: str, year: str) -> str:
    """« plus » or « moins », whichever the comparison with `year` says last before it (« deux fois moins qu'en 2023 »)."""
    found = DIRECTION_RE.findall(folded[max(0, folded.find(year) - DIRECTION_REACH) : folded.find(year)])
    return found[-1] if found else ""


@lru_cache(maxsize=4096)
def _qualified(sentence: str) -> dict[tuple[str, str], str]:
    """(noun lemma, nationality or owner) -> the words as written, for each noun followed by a nationality
    (« prêts italiens ») or a « de » complement (« navires de la SNSM », « avion des douanes »)."""
    words = sentence_tokens(sentence)
    found: dict[tuple[str, str], str] = {}
    for index, word in enumerate(words[:-1]):
        head = ELISION_RE.sub("", word.text)  # « l'équipe du maire »
        written = RAW_ELISION_RE.sub("", word.raw)
        if len(head) < 3 or not head.isalpha() or head in function_words() or word.raw[:1].isupper():
            continue
        following = words[index + 1]
        qualifier = demonyms().get(following.text, ("", ()))[0]
        end = index + 1
        if not qualifier and (following.text in OWNER_LINKS or following.text.startswith("d'")):
            at = index + 1 if following.text.startswith("d'") else index + 2
            at += at < len(words) and words[at].text in ARTICLES
            if at < len(words):
                at += at + 1 < len(words) and words[at].text.rstrip(".") in TITLES  # « la liste de M. Benali »
                owner = words[at].text.removeprefix("d'").removeprefix("l'")
                then = words[at + 1].text if at + 1 < len(words) else ""  # « menacé en janvier de suspendre tous les prêts »: a verb's object
                verb = owner.endswith(("er", "ir", "re", "oir")) and fold(lemma(owner)) == owner and then in VERB_OBJECT_OPENERS
                qualifier, end = (fold(lemma(owner)) if owner.isalpha() and owner not in function_words() and not verb else ""), at
        if qualifier:
            found[(fold(lemma(written)), qualifier)] = sentence[word.start : words[end].start + len(words[end].raw)]
    return found
