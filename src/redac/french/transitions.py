"""Transition words: does a sentence hold a connector ("cependant", "par conséquent", "d'abord")?"""

from __future__ import annotations

from functools import cache

from redac.french.text import fold
from redac.french.wordlists import word_list


@cache
def _phrases_by_first_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for entry in word_list("transition_words"):
        words = tuple(entry.split())
        index.setdefault(words[0], []).append(words)
    return {first: tuple(sorted(phrases, key=len, reverse=True)) for first, phrases in index.items()}


def transition_in(sentence_tokens: list[str]) -> str | None:
    """The first transition word or phrase in the sentence (folded), or None."""
    index = _phrases_by_first_word()
    words = [fold(token) for token in sentence_tokens]
    for i, word in enumerate(words):
        for phrase in index.get(word, ()):
            if tuple(words[i : i + len(phrase)]) == phrase:
                return " ".join(phrase)
    return None
