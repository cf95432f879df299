"""The length check: words counted without padding, and the reason when the source is too short.

A sentence written twice, word for word (a body sentence restated in « L'essentiel » or the FAQ),
adds nothing for the reader: its second copy is not counted, and the message says how many words
were left out (« 812 mots, dont 96 répétés non comptés »). When the article is short because the
source is, the message says so: the offline engine never repeats to reach the count.
"""

from __future__ import annotations

from dataclasses import dataclass

from redac.french.sentences import split_sentences
from redac.french.text import fold
from redac.french.words import count_words
from redac.seo.page import Page

REPEAT_MIN_WORDS = 5  # shorter repeats ("Oui.", a name) are not padding


@dataclass(frozen=True, slots=True)
class Length:
    counted: int  # the project's count, repeats left out
    repeated: int  # words of sentences already written once


def article_length(page: Page) -> Length:
    """Body, subheadings, lists and FAQ, not the H1; a sentence's second verbatim copy not counted."""
    count = LengthCount()
    for block in page.blocks:
        if not (block.kind == "heading" and block.level == 1):
            count.add(block.text, heading=block.kind == "heading")
    return Length(count.counted, count.repeated)


class LengthCount:
    """The count block by block, for a writer that adds blocks until the article is long enough (the LLM engine's
    top-up): what it counts is what this check will count."""

    def __init__(self) -> None:
        self.seen: set[str] = set()
        self.total = self.repeated = 0

    @property
    def counted(self) -> int:
        return self.total - self.repeated

    def add(self, text: str, *, heading: bool = False) -> None:
        self.total += count_words(text)
        for sentence in _units(text, heading):
            if self._repeat(sentence):
                self.repeated += count_words(sentence)
            self.seen.add(sentence_key(sentence))

    def repeats(self, text: str, *, heading: bool = False) -> bool:
        """Whether `text` holds a sentence already written, long enough to count as a repeat."""
        return any(map(self._repeat, _units(text, heading)))

    def copy(self) -> LengthCount:
        twin = LengthCount()
        twin.seen, twin.total, twin.repeated = set(self.seen), self.total, self.repeated
        return twin

    def _repeat(self, sentence: str) -> bool:
        return sentence_key(sentence) in self.seen and count_words(sentence) >= REPEAT_MIN_WORDS


def _units(text: str, heading: bool) -> list[str]:
    """What is compared for repeats: a heading whole, a paragraph sentence by sentence."""
    return [text] if heading else split_sentences(text)


def sentence_key(sentence: str) -> str:
    """What makes two sentences one verbatim copy: the same words, whatever their case, accents and spacing."""
    return " ".join(fold(sentence).split())


def length_message(length: Length, min_words: int, source_words: int | None) -> tuple[bool, str]:
    """(passed, French message for editors)."""
    passed = length.counted >= min_words
    counted = f"{length.counted + length.repeated} mots, dont {length.repeated} répétés non comptés" if length.repeated else f"{length.counted} mots"
    message = f"{counted} (minimum {min_words})"
    if passed:
        return True, message
    message += f" : il manque {min_words - length.counted} mots"
    if source_words is not None and source_words < min_words:
        message += f", car la source n’en compte que {source_words} et une phrase répétée ne compte qu’une fois"
    return False, message
