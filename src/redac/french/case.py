"""Letter case of a phrase moved to another place in a sentence (a title part after a colon)."""

from __future__ import annotations

from redac.french.facts import extract_facts
from redac.french.text import fold
from redac.french.wordlists import function_words

NAME_WORDS = 6  # a name is told from the words around its start; more than the longest name read


def capitalize_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def lowercase_first(text: str) -> str:
    """Lowercase a sentence-initial common word; names and acronyms keep their capital."""
    first = text.split(" ", 1)[0]
    # « L’avocat », « L’ASN », « L’Ukraine » -> « l’Ukraine »: the article is no part of the name (« L’Oréal » would be)
    if first[1:2] in {"’", "'"} and (first[2:3].islower() or first[:1] in "LD"):
        return text[:1].lower() + text[1:]
    if fold(first) not in function_words() and len(first) > 1 and (first.isupper() or _first_is_name(text)) and not _before_count(text):
        return text
    return text[:1].lower() + text[1:]


def _first_is_name(text: str) -> bool:
    """Whether the first word is a name: read mid-sentence, a name keeps its capital. The first words
    are enough to tell, and reading only them spares the fact reader a whole title per proposal."""
    opening = " ".join(text.split(" ", NAME_WORDS)[:NAME_WORDS])
    return any(fact.kind == "name" and fact.start == 3 for fact in extract_facts("et " + opening))


def _before_count(text: str) -> bool:
    """« Environ 6 000 personnes », « Près de 400 étudiants »: an adverb of degree before a count is no name."""
    words = text.split(" ", 3)
    return fold(words[0]) in DEGREE_ADVERBS and any(word[:1].isdigit() for word in words[1:3])


# Adverbs of degree that open a count (a closed class): « Environ 6 000 », « Près de 400 », « Plus de 130 ».
DEGREE_ADVERBS = frozenset("environ quelque presque pres plus moins seulement exactement deja encore".split())
