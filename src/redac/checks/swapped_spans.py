"""Two phrases of a sentence exchanged, the rest kept word for word: « un collectionneur suisse … l'a emporté face à un
musée américain » → « un musée américain … face à un collectionneur suisse », « Son infirmière avait remarqué que la
vieille dame avait retiré » → « La vieille dame avait remarqué que son infirmière avait retiré ». The names, places
and figures readers (swaps.py, exchanges.py, figures.py) read those exchanges; common nouns, descriptions and whole
phrases exchanged are read here, from the words alone.

The article sentence is compared with the source sentence it is built on, word by word: where it differs in exactly two
places whose words trade places (their content words compared, so « d'un chantier turc » is « un chantier turc »), and
every other difference drops words or changes a word's ending (« arrivée » → « arrivé »), it says the other way round
what the source says. Clauses put in another order exchange longer spans (« A, pour B » → « B : A »), or the
sentence's opening and closing; a voice change (« A a battu B » → « B a été battu par A ») adds words; a coordination
turned (« A et B » → « B et A ») exchanges two phrases with only « et » between: none is read.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from functools import lru_cache
from typing import TYPE_CHECKING

from redac.checks.findings import Finding
from redac.french.lemmas import content_lemmas
from redac.french.negation import word_key
from redac.french.roles import sentence_tokens
from redac.french.text import fold

if TYPE_CHECKING:
    from redac.checks.faithfulness import SourceFacts

COORDINATION = frozenset({"et", "ou", "ni", "puis", "comme", "ainsi", "que", "mais"})  # between two phrases turned around
VOICE_WORDS = frozenset({"par", "ete"})  # a voice changed puts them in or takes them out
SPAN_WORDS = 5  # words of an exchanged phrase, at most: longer ones are clauses put in another order (« A, pour B » → « B : A »)

Edit = tuple[str, tuple[str, ...], tuple[str, ...]]  # opcode, the source's words, the article's words (raw)


def swapped_spans(sentence: str, source: SourceFacts) -> list[Finding]:
    """A finding where the sentence exchanges two phrases of the source sentence it is built on."""
    best = source.aligned(sentence, share=source.limits.claim_aligned_share, min_words=source.limits.claim_aligned_min_words)
    if best is None:
        return []
    said = source.sentences[best]
    found = _exchange(said.text, sentence)
    if found is None:
        return []
    return [("role", found, "rôles échangés : la source dit l'inverse de cette phrase", said)]


@lru_cache(maxsize=4096)
def _exchange(theirs: str, mine: str) -> str | None:
    """The article's first exchanged phrase, as written, where `mine` is `theirs` with two phrases exchanged."""
    edits, between, ends = _edits(theirs, mine)
    changes = [index for index, (opcode, *_) in enumerate(edits) if opcode != "delete" and not _same_word(edits[index])]
    if len(changes) != 2:
        return None
    first, second = edits[changes[0]], edits[changes[1]]
    exchanged = (_content(first[2]) == _content(second[1]) and _content(second[2]) == _content(first[1])
                 and _content(first[1]) and _content(second[1]) and _content(first[1]) != _content(second[1]))
    words = {fold(word) for edit in (first, second) for side in edit[1:] for word in side}
    short = all(len(side) <= SPAN_WORDS for edit in (first, second) for side in edit[1:])
    coordinated = not set(between[changes[0]]) - COORDINATION
    turned = ends[changes[0]][0] and ends[changes[1]][1]  # the sentence's opening and closing exchanged: its clauses turned around
    if not exchanged or coordinated or turned or not short or words & VOICE_WORDS:
        return None
    return " ".join(first[2])


def _edits(theirs: str, mine: str) -> tuple[list[Edit], list[tuple[str, ...]], list[tuple[bool, bool]]]:
    """The differences between the two sentences' words; for each, the source's words up to the next difference, and
    whether it opens and closes the source sentence."""
    a = [token.raw for token in sentence_tokens(theirs)]
    b = [token.raw for token in sentence_tokens(mine)]
    folded_a, folded_b = [word.lower() for word in a], [word.lower() for word in b]
    codes = [code for code in SequenceMatcher(None, folded_a, folded_b, autojunk=False).get_opcodes() if code[0] != "equal"]
    edits: list[Edit] = [(str(opcode), tuple(a[i1:i2]), tuple(b[j1:j2])) for opcode, i1, i2, j1, j2 in codes]
    starts = [code[1] for code in codes[1:]] + [len(a)] * bool(codes)  # where the next difference starts in the source
    between = [tuple(folded_a[code[2] : start]) for code, start in zip(codes, starts, strict=True)]
    ends = [(code[1] == 0, code[2] == len(a)) for code in codes]
    return edits, between, ends


def _same_word(edit: Edit) -> bool:
    """A word's ending changed (« arrivée » → « arrivé »), or only function words: no phrase moved."""
    theirs, mine = edit[1], edit[2]
    return [word_key(word) for word in theirs] == [word_key(word) for word in mine] or (not _content(theirs) and not _content(mine))


def _content(words: tuple[str, ...]) -> frozenset[str]:
    """The content words and figures of a phrase (« environ 4 000 » ↔ « moins de 200 »)."""
    return frozenset(content_lemmas(" ".join(words))) | {word for word in words if word.isdigit()}
