"""Untranslated English in a French text: « pour gagner [against Russian President Vladimir] Poutine ».

A paragraph-level language identifier cannot see a fragment inside a French paragraph. Two places are
read: each bracketed or quoted fragment (« … », “ … ”, "…", […], (…)), and, in each sentence, runs
of words French does not write. English shows through its grammar words (english_function_words.txt:
"the", "against", "will"...), which French never writes:

- a bracketed or quoted fragment of two words or more is English when it holds one of them, and at
  least as many of them as French words (English and French share words: "decision", "board");
- elsewhere, a run of three or more words that are not French is English when it holds two.

What is not flagged, by design: names, even English ones (capitalized words are neutral, and "of",
"the" between capitals belong to the name: « The Guardian », « Bank of America »); acronyms;
loanwords of the French press (« week-end », « start-up », « made in France », « fake news » in
guillemets: a borrowed term with no English grammar word reads as French press usage, not as a
passage to translate); one English grammar word alone ("for intérieur").

`misspelled_words` reads a model's French word by word against its source: an English grammar word, an
article glued to a source word, a word French does not write one or two letters from a source word (the
LLM engine's mender writes it as the source does, or refuses its sentence).
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from redac.french.lemmas import is_derived_adverb, is_known_word
from redac.french.numbers import word_numbers
from redac.french.sentences import split_sentences
from redac.french.text import fold
from redac.french.tokens import strip_elision, tokens
from redac.french.wordlists import function_words, raw_word_list, word_list

QUOTE_RE = re.compile(r"«\s*([^«»]+?)\s*»|“([^“”]+)”|\"([^\"]+)\"")
BRACKET_RE = re.compile(r"\[([^\[\]]+)\]|\(([^()]+)\)")  # read apart: a bracket may sit inside a quote
LEFT_GAP_RE = re.compile(r" +( |[,.](?!\.))")  # the space an aside taken out leaves before a space, a comma or a stop
FRAGMENT_MIN_WORDS = 2
RUN_MIN_WORDS = 3
RUN_MIN_ENGLISH = 2
UNDERSCORED_RE = re.compile(r"[^\W_]+(?:_[^\W_]+)+")  # words glued by underscores: never French prose
GLUED_HEADS = ("les", "des", "aux", "pas", "le", "la", "de", "du", "un", "au")  # longest first: « les » before « le »
# Gender and number endings of French words, folded, longest first: what two forms of one word differ by.
INFLECTION_ENDINGS = tuple(sorted(
    ("s", "x", "e", "es", "eux", "euse", "euses", "if", "ifs", "ive", "ives", "er", "ers", "ere", "eres", "el", "els", "elle",
     "elles", "en", "ens", "enne", "ennes", "on", "ons", "onne", "onnes", "et", "ets", "ette", "ettes", "al", "als", "ale", "ales",
     "aux", "ail", "eau", "eaux", "eur", "eurs", "rice", "rices", "ee", "ees"), key=len, reverse=True))


def foreign_fragments(text: str) -> list[str]:
    """The English fragments of a French text, as written, in order."""
    english = raw_word_list("english_function_words")
    if not any(word.lower() in english for word in tokens(text)):
        return []  # nearly every French paragraph: nothing to look at
    found = []
    for pattern in (QUOTE_RE, BRACKET_RE):
        for match in pattern.finditer(text):
            fragment = next(group for group in match.groups() if group)
            if _english_fragment(tokens(fragment)):
                found.append(fragment.strip())
    rest = QUOTE_RE.sub(" | ", BRACKET_RE.sub(" | ", text))  # outside the fragments, which act as breaks
    for sentence in split_sentences(rest):
        for part in sentence.split("|"):
            found.extend(_english_runs(tokens(part)))
    return found


def without_foreign_glosses(text: str) -> str:
    """The text with its untranslated English asides taken out: a bracket, an editor's gloss inside a quotation
    (« pour gagner [against Russian President Vladimir] Poutine »), becomes « […] », the French mark of words left
    out; a parenthesis, an aside, goes with its space. Quoted English is left: it may be what was said."""
    if not foreign_fragments(text):
        return text

    def mended(match: re.Match) -> str:
        fragment = next(group for group in match.groups() if group)
        if not _english_fragment(tokens(fragment)):
            return match.group(0)
        return "[…]" if match.group(0).startswith("[") else ""

    return LEFT_GAP_RE.sub(r"\1", BRACKET_RE.sub(mended, text))


def misspelled_words(text: str, source_words: dict[str, str]) -> list[tuple[str, str]]:
    """Words of `text` that a small model got wrong writing French, each with the source's word it misspells
    ("" when none): words glued by underscores anywhere (« des_SECousses »), and outside quotations an English
    grammar word French does not write (« of », « and », « with »), a grammar word glued to the next
    (« lesdécombres »: « les décombres ») and a word French does not write one or two letters away from a word
    of the source (`source_words`: folded form -> as written), « militaraire » for « militaire », « security »
    for « sécurité ». Names (a capital), numbers, a quotation's words and the source's own words are never
    counted, nor a rare word that is another form of a source word (« parapentistes »)."""
    english = raw_word_list("english_function_words")
    found = [(glued, "") for glued in UNDERSCORED_RE.findall(text)]  # the tokens below never hold « _ »
    words = tokens(QUOTE_RE.sub(" | ", text))
    for index, word in enumerate(words):
        plain = strip_elision(word)
        folded = fold(plain)
        if not plain[:1].isalpha() or not plain[:1].islower() or folded in source_words or _french_word(plain):
            continue
        if plain.lower() in english and not _inside_name(words, index):
            found.append((plain, ""))
        elif glued := _unglued(plain, source_words):
            found.append((plain, glued))
        elif len(folded) > 4 and (near := _near_misses(folded, source_words)):
            found.append((plain, source_words[near[0]] if len(near) == 1 else ""))
    return found


def _unglued(word: str, source_words: dict[str, str]) -> str:
    """« lesdécombres » -> « les décombres »: an article or « pas » glued to a word of the source (a 1.5B model
    drops the space while it copies); "" when `word` is no such pair. Only these heads and only source words:
    any grammar word and any French tail cut real words (« mon|oxyde », « sur|population »)."""
    for head in GLUED_HEADS:
        tail = word[len(head):]
        if word.lower().startswith(head) and len(tail) >= 4 and fold(tail) in source_words:
            return f"{word[: len(head)]} {tail}"
    return ""


def _french_word(word: str) -> bool:
    """Known to the lemma dictionary, redac's lists or as a number word; a compound when each part is."""
    folded = fold(word)
    if folded in function_words() or folded in word_list("invariable_words") or is_known_word(word) or is_derived_adverb(word):
        return True
    if word_numbers(word):
        return True
    parts = [part for part in word.split("-") if part]
    return len(parts) > 1 and all(map(_french_word, parts))


def _near_misses(folded: str, source_words: dict[str, str]) -> list[str]:
    return [other for other in source_words if other[:1] == folded[:1] and abs(len(other) - len(folded)) <= 2
            and _within_two(folded, other) and not _inflection(folded, other)]


def _inflection(one: str, other: str) -> bool:
    """Two forms of one word (« précieux », « précieuse »; « parapentiste », « parapentistes »): the same stem once
    a gender or number ending is taken off (the lemma dictionary lacks many such forms)."""
    return _stem(one) == _stem(other)


def _stem(folded: str) -> str:
    ending = next((ending for ending in INFLECTION_ENDINGS if folded.endswith(ending) and len(folded) - len(ending) >= 3), "")
    return folded[: len(folded) - len(ending)]


def _within_two(one: str, other: str) -> bool:
    return one != other and Levenshtein.distance(one, other, score_cutoff=2) <= 2


def _english_fragment(words: list[str]) -> bool:
    if len(words) < FRAGMENT_MIN_WORDS:
        return False
    kinds = [_kind(words, i) for i in range(len(words))]
    return 0 < kinds.count("english") >= kinds.count("french")


def _english_runs(words: list[str]) -> list[str]:
    runs, current = [], []
    kinds = [_kind(words, i) for i in range(len(words))]
    for word, kind in [*zip(words, kinds, strict=True), ("", "french")]:
        if kind != "french":
            current.append((word, kind))
            continue
        english = sum(k == "english" for _, k in current)
        if len(current) >= RUN_MIN_WORDS and english >= RUN_MIN_ENGLISH:
            runs.append(" ".join(w for w, _ in current))
        current = []
    return runs


def _kind(words: list[str], index: int) -> str:
    """'english' (a grammar word French never writes), 'neutral' (names, acronyms, numbers, English
    grammar words inside a name) or 'french' (a word French writes)."""
    word = words[index]
    lower = word.lower()
    if lower in raw_word_list("english_function_words"):
        return "neutral" if _inside_name(words, index) else "english"
    if not word[:1].isalpha() or word[:1].isupper():
        return "neutral"
    plain = strip_elision(lower)
    if fold(plain) in function_words() or is_known_word(plain):
        return "french"
    return "french" if plain != lower else "other"  # an elided article ("l’…") is French; other unknown words are not


def _inside_name(words: list[str], index: int) -> bool:
    """'of' in « Bank of America », 'The' opening « The Guardian »: part of a capitalized name."""
    following = words[index + 1] if index + 1 < len(words) else ""
    previous = words[index - 1] if index else ""
    if words[index][:1].isupper():
        return following[:1].isupper()
    return previous[:1].isupper() and following[:1].isupper()
