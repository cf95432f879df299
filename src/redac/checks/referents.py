"""Where the person lives whom a source sentence calls by a pronoun or a title (« a-t-elle déclaré », « le maire
demandera »): a rewrite may name that person, and the name must then be looked for there, not only in the passage
the sentence is built on."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from redac.checks.support import BOUND_REACH, binds, named_after
from redac.french.offices import DEFINITE_ROLE_RE, ROLE
from redac.french.text import fold

if TYPE_CHECKING:
    from redac.checks.faithfulness import SourceFacts, SourceSentence

PRONOUN_RE = re.compile(
    rf"(?i)(?:^|[\s,«])(?:il|elle|ils|elles|lui|vous|vos|votre)\s|-t-(?:il|elle)\b|\bce dernier\b|\bcette derni[èe]re\b"
    rf"|\b(?:son|sa|ses|leur|leurs)\s+{ROLE}"  # « Son entraîneur, Getachew Bekele »: the athlete named before
    r"|^\s*[«“\"]"  # a sentence that opens on a quotation: its speaker may be named before it
)
# « l'antiquaire », « la lauréate »: a definite common noun, which the source may use for a person it names elsewhere
COMPLEMENT_END_RE = re.compile(r"\b(?:de|du|des|d')\s*(?:la\s+|l'\s*)?$")  # « de la fondation »: a complement of the noun before
DEFINITE_NOUN_RE = re.compile(r"(?<![\w’'])(?:le|la|l['’])\s*(?P<noun>[a-zàâçéèêëîïôûœ]{4,})\b(?![-’'])")


def pronoun_window(source: SourceFacts, sentence: str) -> list[SourceSentence]:
    """The sentences before the one `sentence` is built on, when that one names its person by a pronoun
    (« a-t-elle déclaré », « Ce dernier a mis en garde », « « Vous avez fait … », a lancé la juge »): a
    rewrite may name the person there."""
    best = source.aligned(sentence)
    if best is None or not PRONOUN_RE.search(source.sentences[best].text):
        return []
    return before(source, best)


def before(source: SourceFacts, best: int) -> list[SourceSentence]:
    """The sentences where the person a source sentence calls by a pronoun is named: the few before it, and
    further back past a title that names no one (« La nouvelle présidente a promis … « … », a-t-elle lancé »)."""
    start = max(0, best - source.limits.claim_pronoun_context)
    titled = next((index for index in range(best - 1, start - 1, -1) if titles(source, source.sentences[index])), None)
    if titled is None:
        return source.sentences[start:best]
    return source.sentences[max(0, titled - source.limits.claim_pronoun_context) : best] + binding(source, titles(source, source.sentences[titled]))


def referent_window(source: SourceFacts, sentence: str) -> list[SourceSentence]:
    """Where the person lives whom the source sentence `sentence` is built on calls by a title (« le maire
    demandera », « Le joueur passera »): the source sentences binding that title to a name (« le maire,
    Gilles Arnaud »), else every sentence before it. A rewrite may name the person there."""
    best = source.aligned(sentence)
    if best is None:
        return []
    said = source.sentences[best]
    roles = titles(source, said)
    window = (binding(source, roles) or source.sentences[:best]) if roles else []
    nouns = bound_nouns(source, said)
    return window + [other for other in source.sentences if nouns and any(_names_after(source, other, noun) for noun in nouns)]


def titles(source: SourceFacts, said: SourceSentence) -> list[str]:
    """The titles a source sentence calls a person by without naming them (« le maire demandera »)."""
    return [fold(found.group("role")) for found in DEFINITE_ROLE_RE.finditer(said.text) if not named_after(said, found.end())]


def bound_nouns(source: SourceFacts, said: SourceSentence) -> list[str]:
    """The common nouns a source sentence calls a person by that the source itself gives that person elsewhere, a
    name right after (« l'antiquaire » where it wrote « un antiquaire suisse de 67 ans, Claude Berset »): no list of
    titles needed, the source says whom the noun is."""
    nouns = {fold(found.group("noun")) for found in DEFINITE_NOUN_RE.finditer(said.text) if not named_after(said, found.end())}
    return sorted(noun for noun in nouns if any(_names_after(source, other, noun) for other in source.sentences if other is not said))


def names_a_person(source: SourceFacts, noun: str) -> bool:
    """Whether the source uses `noun` for a person: a title of office, or a noun it writes a person's name after."""
    return bool(DEFINITE_ROLE_RE.fullmatch(f"le {noun}")) or any(_names_after(source, other, noun) for other in source.sentences)


def _names_after(source: SourceFacts, said: SourceSentence, noun: str) -> bool:
    """Whether the sentence writes a person's name shortly after `noun` (« un antiquaire suisse de 67 ans, Claude Berset »),
    the noun heading its phrase (« l'avocat de la fondation, Me Lorenzo Bassi »: the name is the lawyer's)."""
    people = [fact for fact in said.facts if fact.kind == "name" and source.is_person(fact.text)]
    heads = [found for found in re.finditer(rf"(?<!\w){re.escape(noun)}(?!\w)", said.folded) if not COMPLEMENT_END_RE.search(said.folded[: found.start()])]
    return any(0 <= fact.start - found.end() <= BOUND_REACH for found in heads for fact in people)


def binding(source: SourceFacts, roles: list[str]) -> list[SourceSentence]:
    """The source sentences writing one of `roles` next to a name (« le maire, Gilles Arnaud »)."""
    return [other for other in source.sentences if any(binds(other, role) for role in roles)]
