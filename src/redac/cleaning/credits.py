"""Credits and bylines in forms no rule spells, read from the line's make-up: names and nothing else.

A byline or a credit is a short line with no verb, made of a person's or an agency's name and a few
function words: « ALAIN BOUSQUET », « Chloé Martin », « Andrey Popov/Adobe Stock », « Midi LibreMidi Libre »
(a logo's alt text glued to the name). Decided by the shape of its words (capitalised, no sentence, no
figure), never by a list of names or agencies.
"""

from __future__ import annotations

import re

from redac.cleaning.shape import Shape
from redac.french.text import fold

MAX_CREDIT_WORDS = 6  # « Yves-Marie de La Tour / Agence Zoom »: a longer line says more than a name
MIN_NAME_WORDS = 2  # a first name and a name; one capitalised word alone may be a rubric or a place
MIN_CREDIT_NAMES = 3  # inside the body, « Prénom Nom/Agence »: « Paris/Lyon » may be the article's own heading
MIN_HEAD_WORDS = 4  # a line above this long is the title: a names-only line under it is the byline
MIN_DOUBLED_CHARS = 3  # « TF1 InfoTF1 Info »: a name glued to its own copy
NAME_JOINERS = frozenset("de du des d’ d' et avec van von le la les & / | ·".split())
MAX_CAPITALS_NAME = 3  # a name in capitals (« ALAIN BOUSQUET »); a longer line in capitals is a heading
NAME_TOKEN_RE = re.compile(r"^[«\"(]*(?:[A-ZÀ-ÖØ-ÞŒ][\w’'.-]*|[A-ZÀ-ÖØ-ÞŒ]\.)[»\")]*$")
DIGIT_RE = re.compile(r"\d")
SENTENCE_ENDS = (".", "!", "?", ":", "…")
INITIAL_END_RE = re.compile(r"\b[A-ZÀ-ÖØ-Þ]\.$")  # « Jean-Luc D. » ends on an initial, not a sentence
CREDIT_SLASH_RE = re.compile(r"\S\s?/\s?\S")
CREDIT_REASON = "a credit or byline: a name and nothing else"


def is_credit(
    i: int, texts: list[str], ruled: list[bool], words: list[int], shape: Shape, dated: frozenset[int] = frozenset(),
) -> bool:
    """Line i is a name glued to its own copy, or names joined by « / » (a photo credit: a photographer
    and an agency), anywhere; or, between the title and the body's first paragraph (or right under the
    title, when the body's run took the title in), or right above or below a publication stamp a rule
    took (`dated`: « Publié le … »), a line of names alone: the byline. Inside the body a
    name alone may be an interview's speaker or a subheading, and stays; inside it a credit with « / »
    needs MIN_CREDIT_NAMES names. Asked only of the short lines the line model keeps."""
    if shape.body is None or ruled[i] or shape.prose[i] or words[i] > MAX_CREDIT_WORDS:
        return False  # without a body, nothing tells a credit from the page's own list of names
    text = texts[i].strip()
    if not text[:1].isupper():
        return False  # a name, an agency, a copy of one: each opens with a capital
    if doubled(text):
        return True
    if not names_only(text):
        return False
    if i - 1 in dated or i + 1 in dated:
        return True  # a byline stands next to the article's date
    first, last = shape.body
    if CREDIT_SLASH_RE.search(text) and (not first <= i <= last or names_only(text, MIN_CREDIT_NAMES)):
        return True
    if i < first:  # before the body, under a line of some length: the title
        under_title = any(words[j] >= MIN_HEAD_WORDS for j in range(i) if not ruled[j])
    else:  # right under the page's first line, a title the body's run took in (a sentence)
        top = next((j for j in range(i) if not ruled[j]), i)
        under_title = top < i and words[top] >= MIN_HEAD_WORDS and all(ruled[j] for j in range(top + 1, i))
    return under_title and not _echoed(text, texts, ruled, i) and not _named_in_prose(text, shape)


def _named_in_prose(line: str, shape: Shape) -> bool:
    """A surname of the line comes back in the page's paragraphs: the name heads the part about that person
    (an obituary's or a portrait gallery's entry, an interview's guest), where a byline's journalist is
    never named in the text. First names aside: « Claire », « Pierre » are words too."""
    surnames = {fold(token).strip("«»\"()") for token in line.split()[1:]}
    return any(surnames & words for words, prose in zip(shape.vocab, shape.prose, strict=True) if prose)


def _echoed(line: str, texts: list[str], ruled: list[bool], i: int) -> bool:
    """The next line opens with this one: a label over its own headline, which the cleaner drops as such."""
    below = next((texts[j] for j in range(i + 1, len(texts)) if not ruled[j]), "")
    return below.strip().startswith(line)


def doubled(text: str) -> bool:
    """The line is one name written twice in a row (« Midi LibreMidi Libre »)."""
    half, rest = divmod(len(text), 2)
    if half < MIN_DOUBLED_CHARS:
        return False
    left, right = text[:half], text[half + rest:]
    return (left == right and rest == 0) or (rest == 1 and text[half] == " " and left == right)


def names_only(text: str, least: int = MIN_NAME_WORDS) -> bool:
    """Capitalised words (a name, initials, an agency) and joining words only, no figure, no sentence end."""
    if DIGIT_RE.search(text) or (text.endswith(SENTENCE_ENDS) and not INITIAL_END_RE.search(text)):
        return False
    tokens = text.replace("/", " / ").split()
    names = [t for t in tokens if t.lower() not in NAME_JOINERS]
    if text.isupper() and (len(tokens) > MAX_CAPITALS_NAME or len(names) < len(tokens)):
        return False  # « FESTIVAL CINELATINO DE TOULOUSE »: a heading in capitals
    return len(names) >= least and len(tokens) - tokens.count("/") <= MAX_CREDIT_WORDS and all(NAME_TOKEN_RE.match(t) for t in names)
