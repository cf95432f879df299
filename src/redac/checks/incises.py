"""Who says a quotation, read from the incise after it, whatever its verb: « « … le reste », a justifié la préfète » →
« « … le reste », a justifié le maire de Lusignan, Philippe Bonnin ». The speech verbs french/roles.py knows by stem
(« a déclaré », « a précisé ») leave out the others an incise uses (« a justifié », « se désole », « sourit », « a
détaillé »); after « », » any verb reports speech, and the words after it name the speaker.

Read only for a quotation the source writes too, closing on the same words, and an article's speaker with a name: the
source's incise names its speaker, and the article's must share a word with it (« Claire Morel » for « la préfète,
Claire Morel »). Against a source speaker called by a title alone (« a justifié la préfète »), only a speaker the
article gives another title too is read (« le maire de Lusignan, Philippe Bonnin »), unless the source sets that
name beside the source's title (« la préfète, Claire Morel »): a bare name may be who the title is.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from redac.checks.findings import Finding
from redac.french.lemmas import content_lemmas
from redac.french.text import fold
from redac.french.wordlists import function_words

if TYPE_CHECKING:
    from redac.checks.faithfulness import SourceFacts

# « », a justifié la préfète lors de … », « », se désole Nadia Belkacem, 52 ans, qui … », « », sourit l'émouleur »
INCISE_RE = re.compile(r"([^«»]*)»\s*,\s*(?:(?:a|ont|avait|avaient|s['’]est|se|s['’]|)\s*)([a-zà-ÿ]+)(-t-(?:il|elle|on)s?|-(?:il|elle|on)s?)?\s+(.*)$")
# the speaker's words end at a comma before anything but an apposition (« , le colonel X », « , 52 ans »), a relative, a
# circumstance or the sentence's end
SUBJECT_END_RE = re.compile(r",(?!\s*(?:(?:le|la|les|son|sa|ses|un|une)\b|l['’]|\d|[A-ZÀ-Ý]))|\s(?:lors|au cours|devant|après|avant|depuis|dans|"
                            r"en marge|à l['’]issue|qui|dont|que)\b|[.;:!?]")
SUBJECT_OPENERS = frozenset({"le", "la", "les", "l'", "l’", "son", "sa", "ses", "leur", "un", "une", "me", "m.", "mme"})
PREPOSITIONS = frozenset({"de", "des", "du", "d'", "d’", "à", "au", "aux", "en", "chez", "pour", "sur"})  # a capital after them: a place
WORD_RE = re.compile(r"[^\W\d_][\w-]*")
TAIL = 4  # words closing the quotation that must match


class Incise(NamedTuple):
    tail: tuple[str, ...]  # the quotation's last words, folded
    speaker: str  # the words naming who says it


@lru_cache(maxsize=4096)
def incise(sentence: str) -> Incise | None:
    """The quotation's closing words and its speaker, where the sentence closes a quotation with an incise naming one."""
    found = INCISE_RE.search(sentence)
    if found is None or found.group(3):
        return None  # no incise, or a pronoun speaks (« a-t-il expliqué »)
    tail = tuple(fold(word) for word in re.findall(r"[\w’'-]+", found.group(1)))[-TAIL:]
    speaker = SUBJECT_END_RE.split(found.group(4), maxsplit=1)[0]
    first = speaker.split()[0] if speaker.split() else ""
    opens = first.lower() in SUBJECT_OPENERS or first[:2].lower() in ("l'", "l’") or first[:1].isupper()
    if len(tail) < TAIL or not content_lemmas(speaker) or not opens or found.group(2) in function_words():
        return None  # « », son troisième roman », « », paru aux éditions Marelle »: no incise
    return Incise(tail, speaker)


def incise_speakers(sentence: str, source: SourceFacts) -> list[Finding]:
    """A finding where the sentence gives a source quotation, by its incise, to another named speaker of the article."""
    mine = incise(sentence)
    if mine is None or not _names(mine.speaker):
        return []  # a title alone may be the source's speaker in other words (« le maire » for « l'élu »)
    words = set(content_lemmas(mine.speaker))
    for said in source.sentences:
        theirs = incise(said.text)
        if theirs is None or theirs.tail != mine.tail:
            continue
        their_titles = _titles(theirs.speaker)
        if words & set(content_lemmas(theirs.speaker)) or not words & _source_words(source):
            return []
        if not _names(theirs.speaker) and not (_titles(mine.speaker) and not _apposed(their_titles, _names(mine.speaker), source)):
            return []  # « le vainqueur » named « Abebe Tesfaye »: who the title is, the check cannot tell
        return [("speaker", mine.speaker.strip(), f"citation attribuée à une autre personne : la source dit « {theirs.speaker.strip()} »", said)]
    return []


def _names(speaker: str) -> list[str]:
    """The capitalized words of a speaker's words that name it, not a place or a body after a preposition (« la ministre
    des Comptes publics », « le maire de Lusignan »)."""
    names: list[str] = []
    placed = False
    for previous, word in zip(["", *speaker.split()], speaker.split(), strict=False):
        if not word[:1].isupper():
            placed = False
            continue
        placed = placed if previous[:1].isupper() and not previous.endswith(",") else previous.lower() in PREPOSITIONS
        names += [] if placed else [found for found in WORD_RE.findall(word) if not _acronym(found)]
    return names


def _titles(speaker: str) -> list[str]:
    """The lower-case content words and acronyms of a speaker's words (its title: « le maire de Lusignan », « le PDG »)."""
    return [word for word in WORD_RE.findall(speaker) if (word[:1].islower() or _acronym(word)) and content_lemmas(word)]


def _acronym(word: str) -> bool:
    """« PDG », « DRH »: a title in capitals, no name."""
    return len(word) > 1 and word.isupper()


def _apposed(titles: list[str], names: list[str], source: SourceFacts) -> bool:
    """A source sentence sets one of `titles` right beside one of `names` (« la préfète, Claire Morel », « Claire Morel,
    la préfète »), only names and « de » between: the title is that person's."""
    for title in titles:
        for name in names:
            pattern = (rf"\b{re.escape(title)}(?:\s+(?:de|du|des|d['’])?\s*[A-ZÀ-Ý][\w-]*)*\s*,?\s*(?:[A-ZÀ-Ý][\w-]*\s+)*{re.escape(name)}\b"
                       rf"|\b{re.escape(name)}\s*,\s*(?:le|la|l['’]|son|sa)\s*{re.escape(title)}\b")
            if any(re.search(pattern, said.text) for said in source.sentences):
                return True
    return False


def _source_words(source: SourceFacts) -> frozenset[str]:
    return frozenset(word for said in source.sentences for word in said.lemmas)
