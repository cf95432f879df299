"""Noun phrases of a French text, for subheadings and titles.

Without a part-of-speech tagger, a noun phrase is recognised by where it starts and what it holds:
it follows a determiner ("les garanties de sécurité", "l'armée ukrainienne"), holds 1-3 content
words, optionally followed by one complement ("de la paix", "du Kremlin"), and never ends inside a
name ("le président ukrainien Volodymyr" is cut before "Volodymyr"). Verb forms and numbers end it.
Phrases are returned as written in the source, so a heading built from them states nothing new.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from redac.french.lemmas import is_known_word, lemma
from redac.french.text import memoized_list
from redac.french.tokens import match_form, strip_elision, tokens
from redac.french.wordlists import function_words

DETERMINERS = frozenset(
    "le la les l un une des du au aux ce cet cette ces son sa ses leur leurs notre nos votre vos "
    "plusieurs certains certaines chaque quelques nouveau nouvelle nouveaux nouvelles".split()
)
COMPLEMENT_LINKS = frozenset({"de", "du", "des", "d"})
COMPLEMENT_DETERMINERS = frozenset({"la", "l", "le", "les"})
PUNCTUATION_RE = re.compile(r"[,;:.!?()«»“”\"–—/]")
# Nouns that only live in prepositional locutions ("à l'encontre de", "au sein de", "lors de").
LOCUTION_NOUNS = frozenset("afin encontre egard sein lors cours faveur travers instar issue dernier derniere an".split())  # « l'an | dernier »
# Adverbs of degree the function words leave out: « des stratagèmes | tant l'insaisissable reptile se faufilait ».
DEGREE_ADVERBS = frozenset("tant tellement autant".split())
MAX_HEAD_WORDS = 3
MAX_COMPLEMENT_WORDS = 2


@dataclass(frozen=True, slots=True)
class Phrase:
    key: tuple[str, ...]  # lemmas of the content words: "garantie sécurité"
    text: str  # as written, determiner dropped: "garanties de sécurité"


@lru_cache(maxsize=8192)
def noun_phrases(text: str) -> tuple[Phrase, ...]:
    """Every noun phrase of `text` that follows a determiner; punctuation ends a phrase. Cached: the
    headings count a sentence's phrases once for the whole article and again for its section."""
    return tuple(phrase for chunk in PUNCTUATION_RE.split(text) for phrase in _chunk_phrases(chunk))


@memoized_list(8192)  # a sentence's chunks come back in its paragraph, its section and the article
def _chunk_phrases(text: str) -> list[Phrase]:
    words = tokens(text)
    forms = [match_form(word) for word in words]
    found = []
    for index, word in enumerate(words):
        starts_after_determiner = index > 0 and forms[index - 1] in DETERMINERS
        elided_determiner = strip_elision(word) != word and word[:1].lower() == "l"
        if not (starts_after_determiner or elided_determiner):
            continue
        phrase = _phrase_at(words, forms, index)
        if phrase:
            found.append(phrase)
    return found


def _phrase_at(words: list[str], forms: list[str], start: int) -> Phrase | None:
    end = start
    while end < len(words) and end - start < MAX_HEAD_WORDS and _is_content(words[end], forms[end], end == start):
        if end > start and words[end - 1][:1].isupper() and not words[end][:1].isupper():
            break  # a name ends the head: "Ukraine face" is not a phrase
        if end > start and _reads_as_verb(words, forms, end):
            break  # « le comité donne en tout cas », « le véhicule conjugue l'histoire »: the verb after its subject
        end += 1
    if end == start or forms[start] in DETERMINERS:
        return None
    head_end = end
    last = _complement_end(words, forms, end)
    if last and not _cuts_a_name(words, last):
        end = last
    if _cuts_a_name(words, end):
        end = head_end
        if _cuts_a_name(words, end):
            return None
    shown = [strip_elision(words[start]), *words[start + 1 : end]]
    key = tuple(lemma(word) for word, form in zip(words[start:end], forms[start:end], strict=True) if form not in function_words())
    return Phrase(key, " ".join(shown)) if key else None


def _complement_end(words: list[str], forms: list[str], link: int) -> int | None:
    """End of a "de (la) + 1-2 content words" complement starting at `link`, if there is one."""
    if link >= len(words) or forms[link] not in COMPLEMENT_LINKS:
        return None
    first = link + 1 + (link + 1 < len(words) and forms[link + 1] in COMPLEMENT_DETERMINERS)
    if first >= len(words) or forms[first] in DETERMINERS:
        return None  # "de nouvelles dispositions": an indefinite, not a complement
    if first == link + 1 and _infinitive_like(forms[first]):
        return None  # "afin de procéder": a verb
    last = first
    while last < len(words) and last - first < MAX_COMPLEMENT_WORDS and _is_content(words[last], forms[last], last == first):
        if last > first and _reads_as_verb(words, forms, last):
            break  # « la pénurie de carburant | menace de durer »
        last += 1
    return last if last > first else None


def _is_content(word: str, form: str, first: bool) -> bool:
    """A word a noun phrase can hold: not a function word, number or conjugated verb."""
    if form in function_words() or form in LOCUTION_NOUNS or form in DEGREE_ADVERBS or not form[:1].isalpha() or len(form) < 2:
        return False
    if first and strip_elision(word) != word:
        return True
    base = lemma(word)
    if form in (base + "s", base + "x") or word[:1].isupper():
        return True
    return not (base != form and base.endswith(("er", "ir", "oir", "re")) and not adjective_like(word.lower()))


def _reads_as_verb(words: list[str], forms: list[str], index: int) -> bool:
    """Whether the word after a noun is the verb of which the noun is the subject: a copula (« l'atelier reste
    silencieux »), or a form of an « -er » verb followed by what opens an object or an adverb (« donne en », « conjugue
    l'histoire », « risque de durer »). An adjective that is also a verb's form (« carte grise des … ») is followed by
    none of these."""
    word = words[index].lower()
    if forms[index] in COPULA_FORMS:
        return True
    following = words[index + 1].lower() if index + 1 < len(words) else ""
    verb_form = any(word.endswith(ending) and is_known_word(word[: -len(ending)] + "er") for ending in ("ent", "es", "e"))
    if not verb_form:
        return False
    if match_form(following) in VERB_OBJECT_STARTS or following.startswith(("l'", "l’")):
        return True
    after = words[index + 2].lower() if index + 2 < len(words) else ""
    infinitive = (following == "de" and _infinitive_like(match_form(after))) or (
        following.startswith(("d'", "d’")) and _infinitive_like(match_form(following)))
    return infinitive  # « la fermeture risque | de durer »


COPULA_FORMS = frozenset("reste restent semble semblent demeure demeurent devient deviennent parait paraissent".split())
VERB_OBJECT_STARTS = frozenset("le la les un une en y deja pas plus aussi encore toujours bien par a au aux sur dans son sa ses "
                               "leur leurs ce cet cette ces".split())


def _infinitive_like(form: str) -> bool:
    return form.endswith(("er", "ir")) and lemma(form) == form


def adjective_like(word: str) -> bool:
    """Participles and adjectives ("frappes aériennes", "affaires étrangères", "forces armées"), by
    their endings; a conjugated verb ("signifie", "estime") is not one."""
    return word.endswith(ADJECTIVE_ENDINGS) and is_known_word(word)


ADJECTIVE_ENDINGS = (
    "é", "ée", "és", "ées", "is", "us", "ue", "ues", "ère", "ères", "aire", "aires", "ale", "ales", "aux", "elle", "elles",
    "ique", "iques", "ienne", "iennes", "iens", "aise", "aises", "ive", "ives", "euse", "euses", "eux", "aine", "aines",
    "oise", "oises", "ante", "antes", "ants", "ente", "entes", "ents", "ible", "ibles", "able", "ables", "ée", "ées",
)


def _cuts_a_name(words: list[str], end: int) -> bool:
    """True when the phrase would stop between two capitalized words ("président ukrainien Volodymyr | Zelensky")."""
    return 0 < end < len(words) and words[end - 1][:1].isupper() and words[end][:1].isupper()


def phrase_counts(texts: list[str]) -> tuple[Counter[tuple[str, ...]], dict[tuple[str, ...], str]]:
    """How often each phrase key occurs in `texts`, and its most frequent written form."""
    counts: Counter[tuple[str, ...]] = Counter()
    surfaces: dict[tuple[str, ...], Counter[str]] = {}
    for text in texts:
        for phrase in noun_phrases(text):
            counts[phrase.key] += 1
            surfaces.setdefault(phrase.key, Counter())[phrase.text] += 1
    return counts, {key: forms.most_common(1)[0][0] for key, forms in surfaces.items()}
