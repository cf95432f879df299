"""Who reports a claim, named by a title or a body rather than a name: « …, a indiqué lundi l'agence régionale de
santé » → « …, a indiqué lundi la mairie de Mulhouse », « selon la préfecture » → « selon les organisateurs », « a
estimé le procureur » → « a estimé l'avocat de la famille ». checks/speakers.py compares reporters that are names;
this compares the words of the reporter a sentence closes on (a speech verb's incise, « selon X ») with the reporter
of the source sentence the rest of it is built on, that rest aligned without the reporter (a reporter swapped for
another participant of the article draws the alignment to that participant's sentence).

Two reporters that share no word may still be one: a person and their title (« le procureur », « Jean Dupont »), a
body and its acronym (« l'ARS »). Both are told where the source writes them side by side, or spells one out.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from redac.checks.findings import Finding
from redac.french.facts import spells_out
from redac.french.lemmas import content_lemmas
from redac.french.noun_phrases import TIME_WORDS
from redac.french.roles import outside_quotes, speech_word
from redac.french.text import fold

if TYPE_CHECKING:
    from redac.checks.faithfulness import SourceFacts

# « …, a indiqué lundi l'ARS. », « …, précise le maire. », « …, selon la préfecture. »: the reporter closes the sentence
INCISE_RE = re.compile(r",\s+(?:(?:a|ont|avait|avaient|aurait)\s+)?(?:\w+ment\s+)?([^\W\d]+)\s+(?P<who>[^,;:«»()]+(?:,\s+[^,;:«»()]+)?)\s*[.!]?\s*$")
SELON_RE = re.compile(r"(?i)(?:^|,\s+)(?:selon|d['’]apr[èe]s)\s+(?P<who>[^,;:«»()]+(?:\([^()]*\))?[^,;:«»()]*)(?:,\s*qui\b[^;:]*)?\s*[.!]?\s*$")
RELATIVE_RE = re.compile(r"(?i),?\s+(?:qui|dont|lors|pour|avant|après|sans)\b.*$")
OPENERS = frozenset({"le", "la", "les", "son", "sa", "ses", "leur", "leurs", "un", "une", "des", "me", "m.", "mme"})  # a reporter opens so
PRONOUNS = frozenset({"il", "elle", "ils", "elles", "lui", "eux", "on"})
SIDE_BY_SIDE = 8  # words between two reporters the source writes as one (« le procureur, Jean Dupont, »)


def reporter_issues(sentence: str, source: SourceFacts) -> list[Finding]:
    """A finding where the sentence's reporter shares no word with the reporter of the source sentence it is built on."""
    mine = _reporter(sentence)
    if mine is None:
        return []
    rest, who = mine
    best = source.aligned(rest, share=source.limits.claim_aligned_share, min_words=source.limits.claim_aligned_min_words)
    if best is None or (theirs := _reporter(source.sentences[best].text)) is None:
        return []
    said = source.sentences[best]
    my_words, their_words = _words(who), _words(theirs[1])
    if not _titled(who) or not _titled(theirs[1]) or not _named(who) or my_words & their_words:
        return []  # a name alone, or a title alone, may be the other's: only two titles, one given with a name, are compared
    if _one_reporter(who, theirs[1], my_words, their_words, source):
        return []
    return [("speaker", who, f"propos attribués à un autre que dans la source : « {theirs[1]} »", said)]


def _reporter(sentence: str) -> tuple[str, str] | None:
    """(the sentence without its reporter, the reporter as written), for a sentence closing on one."""
    plain = outside_quotes(sentence)
    found = SELON_RE.search(plain)
    if found is None:
        found = INCISE_RE.search(plain)
        if found is None or not speech_word(fold(found.group(1))):
            return None
    who = RELATIVE_RE.sub("", sentence[found.start("who") : found.end("who")]).strip().rstrip(".!")
    words = [word for word in who.split() if fold(word) not in TIME_WORDS]  # « a indiqué lundi l'ARS »
    if not words or fold(words[0]) in PRONOUNS or not _opens_reporter(words[0]):
        return None  # « a-t-il dit », « a annoncé que … », « a décidé de louer »: no reporter named
    who = " ".join(words)
    return sentence[: found.start()], who


def _opens_reporter(word: str) -> bool:
    """« le maire », « l'ARS », « Me Claes », « Joost van Dijk »; not « que … », « de louer »."""
    return fold(word) in OPENERS or fold(word)[:2] == "l'" or fold(word)[:2] == "l’" or word[:1].isupper()


def _titled(who: str) -> bool:
    """A reporter with a title or a body in lower case (« le président de Veldstra », « la préfecture »)."""
    return any(word[:1].islower() for word in who.split()[1:] if fold(word) not in TIME_WORDS and content_lemmas(word))


def _named(who: str) -> bool:
    """A reporter given with a name (« le président de Veldstra, Joost van Dijk », « la mairie de Mulhouse »)."""
    return any(word[:1].isupper() for word in who.split()[1:])


def _words(who: str) -> frozenset[str]:
    """The reporter's content words, times left out (« a indiqué lundi l'ARS »)."""
    return frozenset(content_lemmas(who)) - TIME_WORDS


def _one_reporter(mine: str, theirs: str, my_words: frozenset[str], their_words: frozenset[str], source: SourceFacts) -> bool:
    """Whether the source may call one reporter both ways: one spells the other out (« ARS »), or a source sentence
    writes a word of each within a few words (« le procureur, Jean Dupont, »)."""
    acronyms = [word for word in (*mine.split(), *theirs.split()) if word.strip("()").isupper() and len(word.strip("()")) >= 3]
    if any(spells_out(word.strip("()"), fold(mine + " " + theirs)) for word in acronyms):
        return True
    for said in source.sentences:
        if not (my_words & said.lemmas and their_words & said.lemmas):
            continue
        lemmas = content_lemmas(said.text)
        mine_at = [at for at, word in enumerate(lemmas) if word in my_words]
        theirs_at = [at for at, word in enumerate(lemmas) if word in their_words]
        if any(abs(one - other) <= SIDE_BY_SIDE for one in mine_at for other in theirs_at):
            return True
    return False
