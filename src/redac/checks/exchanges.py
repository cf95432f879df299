"""Two participants that trade places in a sentence built on a source sentence, the rest kept: each stands where the
other stood, behind the other's preposition (« un rapport du BRGM, remis au département » → « un rapport du
département, remis au BRGM », « remportée par A, devant B » → « remportée par B, devant A », « Le parquet a ouvert une
enquête, confiée à la DDPP » → « La DDPP a ouvert une enquête, confiée au parquet »).

The frames (french/frames.py) read roles verb by verb and miss a participant they cannot attach to a verb (a « de »
complement of a noun, « devant X » after a participle); this reads only where each phrase stands and what comes before
it. A faithful rewrite that turns the sentence around changes more than that: a converse verb (« laissera la tête à
X » for « X succédera à »), a voice change (the order kept, the prepositions changed), or words moved together (an
apposition, a coordination « vers Anvers et Rotterdam »): none of these trade places with every verb kept.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from redac.checks.findings import Finding
from redac.french.clause_verbs import verb_flags
from redac.french.lemmas import lemma
from redac.french.noun_phrases import TIME_WORDS, Phrase, noun_phrases
from redac.french.roles import Token, outside_quotes, sentence_tokens
from redac.french.text import fold

if TYPE_CHECKING:
    from redac.checks.faithfulness import SourceFacts

LOOSE_PAIR = frozenset({"", "de"})  # subject or object against a noun's complement: a noun phrase rebuilt (« 150 000 euros d'amende »)
JOINING = frozenset({"et", "ou", "ni"})
LOCUTIONS = frozenset({"grace", "quant", "suite", "rapport", "conformement", "contrairement", "jusqu", "jusqu'"})  # « grâce à », « quant à »


@lru_cache(maxsize=2048)
def _slots(sentence: str) -> tuple[tuple[Token, ...], dict[str, Phrase]]:
    """The sentence's tokens, and each key written in one noun phrase only -> that phrase (a count, a time left out)."""
    sentence = sentence.replace("’", "'")
    words = sentence_tokens(sentence)
    blank = outside_quotes(sentence)
    quoted = tuple(blank[token.start] == " " for token in words)
    phrases = [phrase for phrase in noun_phrases(sentence, words, quoted) if not _counted(words, phrase)]
    seen = Counter(key for phrase in phrases for key in phrase.keys)
    return words, {key: phrase for phrase in phrases for key in phrase.keys if seen[key] == 1 and key not in TIME_WORDS}


def _counted(words: tuple[Token, ...], phrase: Phrase) -> bool:
    """« 150 000 euros d'amende »: a quantity in figures, which a rewrite may put before or after its noun (« une amende de
    150 000 euros »)."""
    return words[phrase.start].text[:1].isdigit()


def _marker(words: tuple[Token, ...], phrase: Phrase) -> str:
    """The phrase's preposition, a locution ending in « à » read whole (« grâce au vote » is no « à » object)."""
    opening = phrase.start - (words[phrase.start].text not in ("au", "aux"))
    if phrase.marker == "a" and opening > 0 and words[opening - 1].text in LOCUTIONS:
        return words[opening - 1].text
    return phrase.marker


def exchanged_places(sentence: str, source: SourceFacts, best: int) -> list[Finding]:
    """A finding where two participants of the aligned source sentence stand each in the other's place."""
    said = source.sentences[best]
    words, mine = _slots(sentence)
    their_words, theirs = _slots(said.text)
    if not _verbs_kept(words, said.lemmas):
        return []
    shared = sorted(mine.keys() & theirs.keys())
    for at, first in enumerate(shared):
        for second in shared[at + 1 :]:
            markers = (_marker(words, mine[first]), _marker(words, mine[second]), _marker(their_words, theirs[first]), _marker(their_words, theirs[second]))
            if _traded(mine[first], mine[second], theirs[first], theirs[second], markers) and not _moved_together(words, mine[first], mine[second]) \
                    and not _moved_together(their_words, theirs[first], theirs[second]):
                written = _written(sentence, words, mine[first])
                return [("role", written, f"rôles échangés : dans la source, « {_written(said.text, their_words, theirs[second])} » tient cette place", said)]
    return []


def _traded(my_first: Phrase, my_second: Phrase, their_first: Phrase, their_second: Phrase, markers: tuple[str, str, str, str]) -> bool:
    """Each phrase behind the other's preposition (`markers`: mine, then theirs), in the other's order: the same frame, its
    two fillers exchanged."""
    mine_1, mine_2, theirs_1, theirs_2 = markers
    if my_first is my_second or their_first is their_second or theirs_1 == theirs_2 or {theirs_1, theirs_2} == LOOSE_PAIR:
        return False
    exchanged = mine_1 == theirs_2 and mine_2 == theirs_1
    return exchanged and (my_first.start < my_second.start) != (their_first.start < their_second.start)


def _moved_together(words: tuple[Token, ...], one: Phrase, other: Phrase) -> bool:
    """An apposition (« Kerbois, une entreprise bretonne ») or a coordination (« vers Anvers et Rotterdam »): two phrases
    a rewrite may order either way, with no verb between them."""
    low, high = sorted((one, other), key=lambda phrase: phrase.start)
    between = range(low.end + 1, high.start)
    if len(between) == 0:
        return True
    flags = verb_flags(words)
    return not any(flags[index] for index in between) and any(words[index].text in JOINING for index in between)


def _verbs_kept(words: tuple[Token, ...], lemmas: frozenset[str]) -> bool:
    """Every verb of the sentence is one of the source sentence's: a converse verb (« laisser » for « succéder ») turns the
    sentence around faithfully, and moves its participants."""
    flags = verb_flags(words)
    return all(fold(lemma(word.raw)) in lemmas for word, flag in zip(words, flags, strict=True) if flag)


def _written(sentence: str, words: tuple[Token, ...], phrase: Phrase) -> str:
    """The phrase as the sentence writes it."""
    last = words[phrase.end]
    return sentence[words[phrase.start].start : last.start + len(last.raw)]
