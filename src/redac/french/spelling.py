"""Typos in French text: a word the lexicon does not know but would know with one letter more, one repeated letter less
or two letters swapped (« acquistion », « hommmes »). A name or a new word (« girafon », « cyberattaque »)
is one edit away from no known word, so it is no typo."""

from __future__ import annotations

from functools import lru_cache

from redac.french.lemmas import is_known_word
from redac.french.text import fold
from redac.french.wordlists import function_words

LETTERS = "abcdefghijklmnopqrstuvwxyzéèêàâîïôûùç"
# Invariable words the lexicon lacks (it lists inflected forms): « parfois » is one letter from « parois ».
ADVERBS = frozenset("parfois longtemps bientot aussitot sitot davantage autrefois volontiers quelquefois naguere jadis tantot "
                    "ailleurs dorenavant partout aucunement".split())
MIN_LENGTH = 5  # « ds », « pr »: short abbreviations are many edits from everything and one from too much


@lru_cache(maxsize=8192)
def looks_misspelt(word: str) -> bool:
    """Whether an unknown lowercase word is one missing letter, one doubled letter too many or one swap of two neighbours away from a known one."""
    if len(word) < MIN_LENGTH or not word.isalpha() or not word.islower() or is_known_word(word):
        return False
    if fold(word) in function_words() or fold(word) in ADVERBS:
        return False
    return any(is_known_word(candidate) for candidate in _one_edit(word))


def _one_edit(word: str):
    for i in range(len(word)):
        if i + 1 < len(word) and word[i] == word[i + 1]:
            yield word[:i] + word[i + 1 :]  # « hommmes »: a letter typed once too often (« rouvrira » is no « ouvrira »)
        if i + 1 < len(word):
            yield word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    for i in range(len(word) + 1):
        for letter in LETTERS:
            yield word[:i] + letter + word[i:]
