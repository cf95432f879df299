"""`fold` reads a non-ASCII line word by word (each word folded and lowercased once per process) and never scans the
line whole again: it gives what folding the whole line at once gives (decompose, drop the accents, straighten the
apostrophes, collapse the spaces, lowercase), and the two facts it rests on hold over every code point."""

import sys
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from redac.french.text import _FOLDED_WORDS, APOSTROPHES_RE, COMBINING_RE, fold, folded_word_count, word_count

PIECES = [
    "L’Élysée", "été", "a", "É", "ÉTÉ", " ", "  ", "\t", "\u00a0", "\u202f", "\u2009", "\n", "`", "’", "ʼ", "´", "'", "¨", "\u0301",
    "\u0308", "œ", "Œ", "ß", "ſ", "K", "ı", "İ", "Σ", "ΟΔΟΣ", "σ", "ς", "ﬁ", "①", "²", "ǅ", "\u200b", "\u00ad", "«", "»", "…", "x",
]
texts = st.one_of(st.lists(st.sampled_from(PIECES), max_size=16).map("".join), st.text(max_size=40))


def whole_line_fold(text: str) -> str:
    if not text.isascii():
        text = COMBINING_RE.sub("", unicodedata.normalize("NFKD", APOSTROPHES_RE.sub("'", text)))
    return " ".join(text.split()).lower()


@settings(max_examples=500, deadline=None)
@given(texts)
def test_fold_word_by_word_is_the_whole_line_fold(text):
    """Word by word (the memo serving), and whole (the memo fresh: a process's first pages): the same fold."""
    try:
        for fresh in (0, 1):
            _FOLDED_WORDS.fresh = fresh
            assert fold.__wrapped__(text) == whole_line_fold(text)
    finally:
        _FOLDED_WORDS.fresh = 0


def test_words_fold_to_no_whitespace_but_spaces():
    """A folded word holds no whitespace character but the space (compatibility decompositions: « ¨ » is a space and
    a diaeresis), and lowercasing makes or removes none: so the folded line needs collapsing only where it holds two
    spaces in a row or one at an edge."""
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if not char.isspace() and not char.isascii():
            assert all(c == " " for c in unicodedata.normalize("NFKD", char) if c.isspace()), hex(code)
        assert any(c.isspace() for c in char.lower()) == char.isspace(), hex(code)


@settings(max_examples=500, deadline=None)
@given(texts)
def test_the_word_count_kept_by_fold_is_the_word_count(text):
    fold(text)
    assert folded_word_count(text) == word_count(text) == len(text.split())
