"""A comparison's direction turned on the same word: « une offre moins chère de 15 % » → « plus chère », « La journée a
été moins heureuse » → « plus heureuse », « moins d'un dixième du coût » → « plus d'un dixième ». The comparisons
french/comparisons.py reads need a « que » and a second side; a degree on its own (« moins chère de 15 % ») has none.

Read as « plus » or « moins » and the first content word after it (past « de », « d'un »): the article writes that word
after the other one, the source sentence it is built on writes it after this one and never after the article's. A
« plus » of negation (« ne … plus », « non plus »), of addition (« de plus », « en plus ») or of a bound (« au moins »,
« tout au plus », « plus ou moins ») says no direction and is left out.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from redac.checks.findings import Finding
from redac.french.lemmas import content_lemmas, lemma
from redac.french.negation import word_key
from redac.french.opposites import flipped
from redac.french.text import fold

if TYPE_CHECKING:
    from redac.checks.faithfulness import SourceFacts, SourceSentence

# « plus » or « moins », what may stand before it that takes its direction away, and the words after it
DEGREE_RE = re.compile(r"(?i)(?:^|(?<=\s)|(?<=[«(]))(\S+\s+)?(plus|moins)\s+((?:(?:de|d['’]|des|du|un|une|en)\s+|d['’])*)([^\W\d_][\w-]*)")
NO_DIRECTION = frozenset({"ne", "n'", "n’", "non", "de", "en", "au", "du", "tout", "pas", "jamais", "rien", "sans", "ou"})
NEGATION_RE = re.compile(r"(?i)\bn(?:e\s|['’])")  # « n'est plus » also reads « ne … plus » two words back
OPPOSITE = {"plus": "moins", "moins": "plus"}
NEGATED_RE = re.compile(r"(?i)(?<!\w)(?:ne|n['’]|pas|aucune?|sans|jamais|non)(?!\w)")


def flipped_degrees(sentence: str, source: SourceFacts, local: int | None) -> list[Finding]:
    """A finding where the sentence sets a word of its source sentence after the other of « plus » and « moins »."""
    if local is None:  # a short sentence (« La journée a été moins heureuse ») aligns on fewer words
        local = source.aligned(sentence, share=source.limits.claim_aligned_share, min_words=source.limits.claim_aligned_min_words)
    if local is None:
        return []
    said = source.sentences[local]
    theirs = _degrees(said.text)
    for (direction, word), written in _degrees(sentence).items():
        if (OPPOSITE[direction], word) in theirs and (direction, word) not in theirs:
            return [("negation", written, f"sens contraire : la source dit « {theirs[(OPPOSITE[direction], word)]} »", said)]
    return _opposite_prefix(sentence, said)


def _opposite_prefix(sentence: str, said: SourceSentence) -> list[Finding]:
    """A word of the source sentence given its opposite prefix: « désactivé » → « activé », « hypertension » →
    « hypotension », « habituelle » → « inhabituelle », « surestimé » → « sous-estimé »."""
    mine, theirs = _words(sentence), _words(said.text)
    negated = bool(NEGATED_RE.search(sentence) or NEGATED_RE.search(said.text))  # « n'était pas connu » is « inconnu »
    for key, written in mine.items():
        for other, their_written in theirs.items():
            # « connue » / « inconnue » listed, no negation about: claims._flip_issues reads it
            listed = not negated and word_key(written) in flipped(frozenset({word_key(their_written)}))
            if key not in theirs and other not in mine and not listed and (_prefixed(key, other, negated) or _prefixed(other, key, negated)):
                return [("negation", written, f"sens contraire : la source dit « {their_written} »", said)]
    return []


@lru_cache(maxsize=4096)
def _words(sentence: str) -> dict[str, str]:
    """Folded lemma and folded form -> as written, for the content words of a sentence (« activé » is read « active »)."""
    words = [word for word in re.findall(r"[^\W\d_][\w-]+", sentence) if content_lemmas(word)]
    return {key: word for word in words for key in (fold(lemma(word)), fold(word).lower())}


def _prefixed(word: str, base: str, negated: bool) -> bool:
    """`word` is `base` with a prefix that turns it around: « des- » before a vowel (« désactiver »), « in- » and its forms
    before an adjective or a noun (« inhabituel », « illégal »: before a verb it is no negation, « informer »), « hypo- »
    for « hyper- », « sous- » for « sur- ». Where either sentence negates, « in- » and « des- » may be that negation said
    otherwise (« n'était pas connu » → « inconnu », « un montant inchangé » → « qui n'a pas changé »)."""
    if len(base) < 4:
        return False
    if not negated and word == "des" + base and base[0] in "aeiouy":
        return True
    if not negated and any(word == prefix + base for prefix in ("in", "im", "il", "ir")) and not base.endswith(("er", "ir", "re", "oir")):
        return True
    return any(word.startswith(low) and base == high + word[len(low) :] for low, high in (("hypo", "hyper"), ("sous-", "sur"), ("sous", "sur")))


@lru_cache(maxsize=4096)
def _degrees(sentence: str) -> dict[tuple[str, str], str]:
    """(« plus » or « moins », the lemma of the content word after it) -> as written, for the degrees that give a direction."""
    found: dict[tuple[str, str], str] = {}
    for match in DEGREE_RE.finditer(sentence):
        _, direction, between, word = match.groups()
        words_before = sentence[: match.start(2)].rsplit(maxsplit=1)
        head = fold(words_before[-1]) if words_before else ""  # the word before, even one an earlier match took
        behind = sentence[max(0, match.start() - 25) : match.start(2)]
        if head in NO_DIRECTION or NEGATION_RE.search(behind) or re.match(r"(?i)\s+ou\s+moins", sentence[match.end(2) :]):
            continue  # « ne … plus », « de plus », « au moins », « plus ou moins »
        lemmas = content_lemmas(word)
        if lemmas:
            found.setdefault((direction.lower(), lemmas[0]), f"{direction} {between}{word}")
    return found
