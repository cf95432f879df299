"""French language primitives shared by every stage: sentences, words, normalization."""

from redac.french.sentences import split_sentences
from redac.french.text import fold
from redac.french.words import count_words

__all__ = ["count_words", "fold", "split_sentences"]
