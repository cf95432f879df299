"""Lemmas through simplemma, so "réunions", "fermées" and "reçu" meet "réunion", "fermer", "recevoir".

simplemma ships its French dictionary front-coded and compressed: decoding it costs about a second
in every fresh process, more than the whole rewrite of an article. The decoded dictionary is saved
once as a memory-mapped MARISA trie in redac's cache folder (`REDAC_CACHE_DIR`, else
`$XDG_CACHE_HOME/redac`, else `~/.cache/redac`); later processes open it in milliseconds and read
only the entries the article needs. Lemmas are the same as simplemma's own: same strategies, same
dictionary, another container. When the folder cannot be written the trie is built in memory.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from functools import cache, lru_cache
from pathlib import Path

from redac.cache import cache_dir
from redac.french.tokens import match_form, strip_elision, tokens
from redac.french.wordlists import function_words

LANGUAGE = "fr"


@lru_cache(maxsize=131072)
def lemma(token: str) -> str:
    """Folded lemma of one token (elision dropped): 'Réunions' -> 'reunion', "l'armée" -> 'armee'."""
    word = strip_elision(token)
    if not any(ch.isalpha() for ch in word):
        return match_form(word)
    return match_form(_lemmatizer().lemmatize(word.lower(), LANGUAGE))


@lru_cache(maxsize=65536)
def is_known_word(word: str) -> bool:
    """Whether simplemma knows the lowercase word as French (used to tell names from common words)."""
    _defer_rule_modules()
    from simplemma.utils import normalize_token

    return _lookup().get_lemma(normalize_token(word.lower()), LANGUAGE) is not None


DERIVATION_STEM = 7  # letters two lemmas share when one is derived from the other (« randonneur », « randonnée »)


def same_stem(one: str, other: str) -> bool:
    """Two folded lemmas of one family: « randonneur » and « randonnee », « abandon » and « abandonner ». Seven letters
    keep apart words that only start alike (« entreprise », « entrepot »)."""
    return len(one) >= DERIVATION_STEM and len(other) >= DERIVATION_STEM and one[:DERIVATION_STEM] == other[:DERIVATION_STEM]


def is_derived_adverb(word: str) -> bool:
    """« Récemment », « rapidement », « notamment »: an adverb in -ment whose base simplemma knows (it knows few
    adverbs), so that a capitalized one at a sentence's start is not taken for a name."""
    lower = word.lower()
    if not lower.endswith("ment") or len(lower) < 8:
        return False
    if lower.endswith(("emment", "amment")):
        return is_known_word(lower[:-5] + "nt")  # récemment -> récent, puissamment -> puissant
    return is_known_word(lower[:-4])  # rapidement -> rapide, vraiment -> vrai, aisément -> aisé


@cache
def content_lemmas(text: str) -> tuple[str, ...]:
    """Lemmas of the content words of `text` (function words and numbers left out): what the outline's
    topic cuts, the key-point scores and the fact check's sentence matching compare."""
    return tuple(
        lemma(word) for word in tokens(text) if (form := match_form(word)) not in function_words() and form[:1].isalpha()
    )


@cache
def _factory():
    """A simplemma dictionary factory reading the French dictionary from the cached trie."""
    _defer_rule_modules()
    from simplemma.strategies.dictionaries.dictionary_factory import CachingDictionaryFactory

    class TrieFactory(CachingDictionaryFactory):
        def _get_dictionary_uncached(self, lang: str):
            return _TrieMapping(_load_trie(lang))

    return TrieFactory()


@cache
def _lemmatizer():
    _defer_rule_modules()
    from simplemma import Lemmatizer
    from simplemma.strategies import DefaultStrategy

    return Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=_factory()))


@cache
def _lookup():
    _defer_rule_modules()
    from simplemma.strategies import DictionaryLookupStrategy

    return DictionaryLookupStrategy(_factory())


@cache
def _defer_rule_modules() -> None:
    """Import simplemma's per-language suffix rules only for a language that asks for them.

    simplemma's `strategies` package imports the rule module of each of its 21 rule languages, and
    each compiles its regular expressions on import: about 0.2 s of every fresh process, for rules
    French does not have. Registered before simplemma is imported, this stand-in for the
    `defaultrules` package gives the same `RULE_FUNCTIONS` mapping, filled on first use of a language.
    """
    import importlib.util
    import sys
    import types

    name = "simplemma.strategies.defaultrules"
    if name in sys.modules:
        return
    spec = importlib.util.find_spec("simplemma")
    if spec is None or not spec.submodule_search_locations:
        return
    folder = Path(next(iter(spec.submodule_search_locations))) / "strategies" / "defaultrules"
    stems = sorted(path.stem for path in folder.glob("*.py") if path.stem not in {"__init__", "generic"})
    if not stems:
        return
    package = types.ModuleType(name, "simplemma's rules, imported per language by redac.french.lemmas")
    package.__path__ = [str(folder)]
    package.RULE_FUNCTIONS = _LazyRules(name, {stem.rstrip("_"): stem for stem in stems})  # type: ignore[attr-defined]
    sys.modules[name] = package


class _LazyRules(dict):
    """{language: rule function}, the language's module imported on first lookup."""

    def __init__(self, package: str, modules: dict[str, str]) -> None:
        super().__init__()
        self._package, self._modules = package, modules

    def get(self, lang, default=None):
        if not dict.__contains__(self, lang) and lang in self._modules:
            import importlib

            module = importlib.import_module(f"{self._package}.{self._modules[lang]}")
            self[lang] = getattr(module, f"apply_{lang}")
        return super().get(lang, default)

    def __contains__(self, lang: object) -> bool:
        return super().__contains__(lang) or lang in self._modules


def _load_trie(lang: str):
    import marisa_trie
    import simplemma

    path = cache_dir() / "lemmas" / f"simplemma-{simplemma.__version__}" / f"{lang}.marisa"
    if path.is_file():
        try:
            return marisa_trie.BytesTrie().mmap(str(path))
        except Exception:  # a damaged cache file: rebuild it below
            pass
    trie = _build_trie(lang)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".tmp", delete=False) as handle:
            temporary = Path(handle.name)
        trie.save(str(temporary))
        os.replace(temporary, path)  # atomic: a parallel process sees the old file or the whole new one
    except OSError:
        pass  # read-only home: this process keeps the trie in memory
    return trie


def _build_trie(lang: str):
    import marisa_trie
    from simplemma.strategies.dictionaries.dictionary_factory import _load_dictionary_from_disk

    entries = _load_dictionary_from_disk(lang)
    return marisa_trie.BytesTrie((key.decode(), value) for key, value in entries.items())


class _TrieMapping:
    """The read-only str -> str mapping simplemma's strategies expect, over a BytesTrie."""

    __slots__ = ("_trie",)

    def __init__(self, trie) -> None:
        self._trie = trie

    def get(self, key: str, default: str | None = None) -> str | None:
        values = self._trie.get(key)
        return values[0].decode() if values else default

    def __getitem__(self, key: str) -> str:
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return value

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key in self._trie

    def __iter__(self) -> Iterator[str]:
        return iter(self._trie.keys())

    def __len__(self) -> int:
        return len(self._trie)
