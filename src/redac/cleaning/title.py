"""Shape tests on single lines: title, subheading, body paragraph (for inputs without markup)."""

from __future__ import annotations

import re

from redac.french.calendar import MONTH_NAMES
from redac.french.text import fold, word_count
from redac.french.wordlists import function_words, raw_word_list
from redac.models import Block

SENTENCE_END = (".", "!", "?", "…", "»", '"', "”", ")")
MAX_TITLE_WORDS = 30
MAX_TITLE_CHARS = 250
MAX_SUBHEADING_WORDS = 14
MAX_LOWER_LABEL_WORDS = 6
MAX_EXCLAIMED_WORDS = 16
SENTENCE_BREAK_RE = re.compile(r"[.!?…] ")  # a second sentence inside the line
MAX_TAG_WORDS = 2  # « (vidéo) », « [PHOTOS] »: what a headline shows, not a sentence's end
DATED_FIELD_RE = re.compile(
    rf":\s*\d{{1,2}}(?:er)?\s+(?:{'|'.join(MONTH_NAMES)})\s+\d{{4}}\s*$", re.IGNORECASE
)  # « Date de la convocation : 2 octobre 2020 »: a form's field and its date, no headline


def looks_like_body(text: str, n_words: int | None = None) -> bool:
    """A paragraph of the article: a finished sentence of some length, or simply long (`n_words`:
    the text's word count, when the caller has it)."""
    n_words = word_count(text) if n_words is None else n_words
    return n_words >= 40 or (n_words >= 6 and text.rstrip().endswith(SENTENCE_END) and not text.rstrip().endswith("?"))


def is_title_like(text: str) -> bool:
    n_words = word_count(text)
    stripped = text.rstrip()
    if not 2 <= n_words <= MAX_TITLE_WORDS or len(stripped) > MAX_TITLE_CHARS:
        return False
    if stripped.endswith(("-", "–", "—", "|")) or "http" in stripped or "www." in stripped:
        return False  # « Hautes-Alpes - », « Interviews | »: a menu item cut from its separator; a headline shows no address
    return not stripped.endswith((".", ":", ";", ",")) or (stripped.endswith(".") and n_words <= 12 and "." not in stripped[:-1])


def reads_as_title(text: str) -> bool:
    """A headline opens with a capital, a digit, a quote or a bracket, and is no breadcrumb trail
    (« Accueil > Monde »): a short line opening in lower case is a label or a stamp cut from its context."""
    stripped = text.strip()
    lower_label = stripped[:1].islower() and word_count(stripped) <= MAX_LOWER_LABEL_WORDS
    dated_field = DATED_FIELD_RE.search(stripped) is not None
    return bool(stripped) and not lower_label and not dated_field and ">" not in stripped and is_title_like(stripped)


def quotes_at_end(text: str) -> bool:
    """A one-sentence line closing on a quotation, or on a short tag in brackets (« … un poids lourd
    (vidéo) »): a headline ending on someone's words or on what it shows, which the body test would take
    for a paragraph."""
    stripped = text.rstrip()
    if ". " in stripped:
        return False
    if stripped.endswith((")", "]")):
        opening = stripped.rfind("(" if stripped.endswith(")") else "[")
        return opening > 0 and 1 <= len(stripped[opening + 1:-1].split()) <= MAX_TAG_WORDS
    return stripped.endswith(("»", '"', "”"))


def exclaims(text: str) -> bool:
    """One short sentence closing on « ! » (« Le nouvel album de Zazie sortira le 7 septembre prochain! »): a headline
    of the popular press, which the body test would take for a paragraph."""
    stripped = text.rstrip()
    return stripped.endswith("!") and word_count(stripped) <= MAX_EXCLAIMED_WORDS and not SENTENCE_BREAK_RE.search(stripped[:-1])


def closes_as_headline(text: str) -> bool:
    """A line the body test takes for a paragraph that a headline may still be: closing on a quotation or a tag, or one
    short exclamation."""
    return quotes_at_end(text) or exclaims(text)


def is_subheading(text: str, following: Block | None, n_words: int | None = None) -> bool:
    """A short unpunctuated line followed by a paragraph: a subheading in plain-text input (`n_words`:
    the text's word count, when the caller has it)."""
    stripped = text.rstrip()
    return (
        following is not None
        and following.kind in ("paragraph", "quote")
        and 1 <= (word_count(stripped) if n_words is None else n_words) <= MAX_SUBHEADING_WORDS
        and not stripped.endswith((".", "!", ":", ";", ",", "…", "»", '"', "”"))
        and looks_like_body(following.text)
    )


def is_dateline(text: str) -> bool:
    """« La Roche-Blanche, France », « Kyiv, Ukraine »: a place and its country above a dispatch, no headline."""
    place, comma, country = text.partition(", ")
    words = [*place.split(), *country.split()]
    return bool(comma) and len(country.split()) == 1 and len(words) <= 4 and all(word[:1].isupper() and word[-1:].isalpha() for word in words)


def reads_english(text: str) -> bool:
    """A photo caption or a wire slug in English (« The phrase … is on a banner in men's hands »): more English
    grammar words than French ones, three at least."""
    words = [word.strip("\"'’.,:;!?()«»“”").lower() for word in text.split()]
    english_words, french_words = raw_word_list("english_function_words"), function_words()
    english = sum(word in english_words for word in words)
    return english >= 3 and english > sum(fold(word) in french_words for word in words)
