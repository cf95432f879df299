"""Transition words: does a sentence hold a connector ("cependant", "par conséquent", "d'abord")?

Matched as Yoast matches them: a sentence counts when it holds one entry of the list, a multi-word
entry as consecutive words anywhere in the sentence; a two-part entry ("soit … soit", "si … que")
when the sentence holds both parts, in any order (Yoast does not check the order).
"""

from __future__ import annotations

from functools import cache

from redac.french.text import fold
from redac.french.tokens import tokens
from redac.french.wordlists import word_list
from redac.french.words import count_words


@cache
def _phrases_by_first_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for entry in word_list("transition_words"):
        words = tuple(entry.split())
        index.setdefault(words[0], []).append(words)
    return {first: tuple(sorted(phrases, key=len, reverse=True)) for first, phrases in index.items()}


@cache
def _correlatives() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """Two-part entries ("soit … soit", "si … que"): both parts, the second after the first."""
    pairs = []
    for entry in word_list("transition_pairs"):
        first, second = (tuple(part.split()) for part in entry.replace("…", "...").split("..."))
        pairs.append((first, second))
    return tuple(pairs)


def transition_in(sentence_tokens: list[str]) -> str | None:
    """The first transition word, phrase or two-part construction in the sentence (folded), or None."""
    index = _phrases_by_first_word()
    words = list(map(fold, sentence_tokens))
    for i, word in enumerate(words):
        for phrase in index.get(word, ()):
            if tuple(words[i : i + len(phrase)]) == phrase:
                return " ".join(phrase)
    present = set(words)  # a part whose first word the sentence lacks is not searched for
    for first, second in _correlatives():
        if _holds(words, present, first) and _holds(words, present, second):
            return f"{' '.join(first)} … {' '.join(second)}"
    return None


def _holds(words: list[str], present: set[str], phrase: tuple[str, ...]) -> bool:
    return (not phrase or phrase[0] in present) and _find(words, phrase, 0) is not None


def linked_sentences(sentences: list[str]) -> int:
    """How many of `sentences` hold a transition word."""
    return sum(transition_in(tokens(sentence)) is not None for sentence in sentences)


def loses_link(sentence: str, parts: list[str], max_words: int) -> bool:
    """Whether cutting `sentence` into `parts` takes its connector away (« , alors que » becomes « Dans le même
    temps, », which Yoast does not count) and leaves as many long sentences: no shorter to read, less linked."""
    long = sum(count_words(part) > max_words for part in parts)
    return long >= (count_words(sentence) > max_words) and linked_sentences(parts) < linked_sentences([sentence])


def _find(words: list[str], phrase: tuple[str, ...], start: int) -> int | None:
    for i in range(start, len(words) - len(phrase) + 1):
        if tuple(words[i : i + len(phrase)]) == phrase:
            return i
    return None
