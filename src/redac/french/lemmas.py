"""Lemmas through simplemma, so "réunions", "fermées" and "reçu" meet "réunion", "fermer", "recevoir"."""

from __future__ import annotations

from functools import cache, lru_cache

from redac.french.tokens import match_form, strip_elision, tokens
from redac.french.wordlists import function_words


@lru_cache(maxsize=131072)
def lemma(token: str) -> str:
    """Folded lemma of one token (elision dropped): 'Réunions' -> 'reunion', "l'armée" -> 'armee'."""
    import simplemma

    word = strip_elision(token)
    if not any(ch.isalpha() for ch in word):
        return match_form(word)
    return match_form(simplemma.lemmatize(word.lower(), lang="fr"))


@lru_cache(maxsize=65536)
def is_known_word(word: str) -> bool:
    """Whether simplemma knows the lowercase word as French (used to tell names from common words)."""
    import simplemma

    return simplemma.is_known(word.lower(), lang="fr")


@cache
def content_lemmas(text: str) -> tuple[str, ...]:
    """Lemmas of the content words of `text` (function words and numbers left out): what the outline's
    topic cuts, the key-point scores and the fact check's sentence matching compare."""
    return tuple(
        lemma(word) for word in tokens(text) if (form := match_form(word)) not in function_words() and form[:1].isalpha()
    )
