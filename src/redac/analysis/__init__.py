"""The analyze stage: measurements of a French text that every later stage reads.

`analyze(blocks)` splits paragraphs into sentences and tokens once and derives words (the project's
rule), passive voice, transition words, sentence openers, language per paragraph and the
facts. Headings are kept apart from body paragraphs. Everything is computed eagerly in one pass
except language and facts, which are costly and only computed when read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from redac.french.facts import Fact, extract_facts
from redac.french.language import detect_language
from redac.french.passive import is_passive
from redac.french.sentences import split_sentences
from redac.french.tokens import tokens
from redac.french.transitions import transition_in
from redac.french.words import count_words
from redac.models import Block, BlockKind, SourceSentence


@dataclass(slots=True)
class Sentence:
    text: str
    tokens: list[str]
    words: int
    passive: bool
    transition: str | None


@dataclass(slots=True)
class Paragraph:
    text: str
    kind: BlockKind
    words: int
    sentences: list[Sentence]
    index: int  # index in Analysis.blocks


@dataclass(slots=True)
class Heading:
    text: str
    level: int
    index: int


@dataclass
class Analysis:
    blocks: list[Block]
    paragraphs: list[Paragraph] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)  # body sentences, headings excluded
    units: list[Sentence] = field(default_factory=list)  # body sentences and headings, in order

    @property
    def words(self) -> int:
        return sum(paragraph.words for paragraph in self.paragraphs)

    @cached_property
    def languages(self) -> list[tuple[str | None, float]]:
        """Language and probability of each paragraph (None when too short to tell)."""
        return [detect_language(paragraph.text) for paragraph in self.paragraphs]

    @cached_property
    def facts(self) -> list[Fact]:
        """Facts of the body and the headings, each block read on its own."""
        return [fact for block in self.blocks for fact in extract_facts(block.text)]

    @cached_property
    def source_sentences(self) -> list[SourceSentence]:
        """Body sentences numbered in order: the ids that an article's provenance points at."""
        numbered: list[SourceSentence] = []
        for number, paragraph in enumerate(self.paragraphs):
            for sentence in paragraph.sentences:
                numbered.append(SourceSentence(len(numbered), sentence.text, number, paragraph.kind, sentence.words))
        return numbered

    def section_words(self) -> list[tuple[Heading | None, int]]:
        """Words of the text before the first heading and under each heading (any level)."""
        sections: list[tuple[Heading | None, int]] = [(None, 0)]
        headings = {heading.index: heading for heading in self.headings}
        paragraphs = {paragraph.index: paragraph for paragraph in self.paragraphs}
        for index in range(len(self.blocks)):
            if index in headings:
                sections.append((headings[index], 0))
            elif index in paragraphs:
                heading, words = sections[-1]
                sections[-1] = (heading, words + paragraphs[index].words)
        return sections if sections[0][1] or len(sections) == 1 else sections[1:]


def analyze(blocks: list[Block]) -> Analysis:
    analysis = Analysis(blocks=list(blocks))
    for index, block in enumerate(analysis.blocks):
        if block.kind == "heading":
            analysis.headings.append(Heading(block.text, block.level, index))
            analysis.units.append(_sentence(block.text))
            continue
        sentences = [_sentence(text) for text in split_sentences(block.text)]
        analysis.paragraphs.append(Paragraph(block.text, block.kind, count_words(block.text), sentences, index))
        analysis.sentences.extend(sentences)
        analysis.units.extend(sentences)
    return analysis


def _sentence(text: str) -> Sentence:
    sentence_tokens = tokens(text)
    return Sentence(
        text=text,
        tokens=sentence_tokens,
        words=count_words(text),
        passive=is_passive(sentence_tokens),
        transition=transition_in(sentence_tokens),
    )
