"""Which words of a sentence are verbs, for the clause frames (french/frames.py): inflected forms, participles
after an auxiliary (« a finalement été produit », « l'avait poursuivi »), infinitives after « de », « à » or a modal,
a gerund after « en », present forms the lemmas read as nouns (« lui reproche »), and whether each is passive
(« a été félicitée », « reçus par X », a bare past participle: « sa comptabilité confiée à »)."""

from __future__ import annotations

from functools import lru_cache

from redac.french.arguments import GAP_WORDS, verb_form
from redac.french.lemmas import is_known_word, lemma
from redac.french.negation import word_key
from redac.french.passive import is_past_participle
from redac.french.roles import AUXILIARY_FORMS, PASSIVE_AUXILIARIES, PRONOMINAL_CLITICS, SEEING, Token, sentence_tokens
from redac.french.text import fold
from redac.french.wordlists import function_words

DETERMINERS = {"le", "la", "les", "un", "une", "des", "du", "son", "sa", "ses", "leur", "leurs", "ce", "cet", "cette", "ces", "notre",
               "nos", "votre", "vos", "mon", "ma", "mes", "au", "aux", "plusieurs", "chaque"}
NOUN_ENDINGS = ("tion", "tions", "teur", "teurs", "trice", "ment", "ments", "isme")  # nouns the lemmas map to a verb
INFINITIVE_RE_ENDINGS = ("ire", "dre", "ttre", "vre", "aitre", "oire", "aire", "ure", "mpre", "cre", "oudre")  # not « ministre », « centre »
NOT_INFINITIVES = {"janvier", "fevrier", "premier", "dernier", "dossier", "quartier", "metier", "papier", "chantier", "calendrier", "courrier",
                   "atelier", "sentier", "pilier", "foyer", "loyer", "hiver", "cancer", "diner", "dejeuner", "danger", "etranger", "boucher"}
CLITIC_HOSTS = {"il", "elle", "ils", "elles", "on", "qui", "ne", "n'", "je", "nous", "vous"}
MODALS = {"devoir", "pouvoir", "vouloir", "falloir"}
INFINITIVE_AUXILIARIES = {"avoir", "etre"}  # « avoir menacé », « avoir été menacé »: a perfect infinitive
COPULAS = {"deven", "rest", "demeur", "sembl", "parai", "paraitre", "apparai", "etre", "avoir"}


def verbs_of(words: tuple[Token, ...], quoted: tuple[bool, ...]) -> list[int]:
    """Token indexes of the words that are surely verbs, outside quotations."""
    flags = verb_flags(words)
    return [index for index in range(len(words)) if not quoted[index] and flags[index]]


def has_verb(text: str) -> bool:
    """Whether a text holds a verb: a clause, not a noun phrase alone (« Les fils chauffants ou fils électriques »). A form
    of « avoir » or « être », a verb the frames read, or a lower-case word whose lemma is a verb and which is neither its
    infinitive nor a participle (« reste », « faut »)."""
    words = sentence_tokens(text)
    return any(verb_flags(words)) or any(_finite(word) for word in words)


def _finite(word: Token) -> bool:
    if word.text in AUXILIARY_FORMS or word.text in PASSIVE_AUXILIARIES:
        return True
    base = lemma(word.raw)
    return (word.raw[:1].islower() and base != word.raw.lower() and base.endswith(("er", "ir", "re", "oir"))
            and not word.raw.endswith(("ant", "ants", "ante", "antes", "é", "ée", "és", "ées")))


def verb_flags(words: tuple[Token, ...]) -> tuple[bool, ...]:
    """Whether each token is surely a verb (read once per sentence: the frames ask again and again, token by token,
    for the same tuple: it is recognized by identity first, as hashing a tuple of tokens hashes every token)."""
    last = _last_read[0]
    if last[0] is not words:
        last = _last_read[0] = (words, _verb_flags(words))
    return last[1]


_last_read: list[tuple] = [((), ())]  # (the tuple last read, its flags): held, so that its identity is not reused


@lru_cache(maxsize=4096)
def _verb_flags(words: tuple[Token, ...]) -> tuple[bool, ...]:
    return tuple(is_verb(words, index) for index in range(len(words)))


def is_verb(words: tuple[Token, ...], index: int) -> bool:
    word = words[index]
    if not word.text[:1].isalpha() or word.text in function_words() or word.text in AUXILIARY_FORMS or word.text in PASSIVE_AUXILIARIES:
        return False
    if (word.raw[:1].isupper() and index) or (word.text[1:2] == "'" and word.text[2:] in AUXILIARY_FORMS | PASSIVE_AUXILIARIES):
        return False  # a name, « l'a », « s'est »
    if word.text[:2] in ("l'", "d'") and word.raw[2:3].isupper():
        return False  # « l'Ukraine »
    if word.text[:2] == "d'":
        return infinitive(word.text[2:], fold(lemma(word.raw[2:])))  # « d'acheter », not « d'affaires »
    if word.text[:2] == "l'" and (not index or (words[index - 1].text not in CLITIC_HOSTS and not _after_name(words, index))):
        return False  # « l'entrée »; « il l'accuse », « qui l'accuse », « M. Benali l'emporte » are verbs
    if fold(lemma(word.raw.split("'")[-1])) in MODALS or seeing(words, index):
        return False  # « devrait baisser »: the infinitive is the verb
    previous = words[index - 1].text if index and words[index - 1].raw.lower() != "dû" else ""
    if previous in DETERMINERS or previous[:1].isdigit() or previous in ("l'", "d'") or word.text.endswith(NOUN_ENDINGS):
        return False
    if word.text.endswith("ant"):
        return previous == "en"  # « en battant »; « pourtant », « cependant », a present participle: none read
    base = fold(lemma(word.raw))
    if is_past_participle(word.raw) and index + 1 < len(words) and words[index + 1].text == "par":
        return True  # « la mesure, portée par la maire »
    if after_auxiliary(words, index):
        return word.text.endswith(("e", "es", "ee", "ees", "i", "is", "ie", "ies", "u", "us", "ue", "ues", "t", "ts")) or infinitive(word.text, base)
    if infinitive(word.text, base):
        return previous in ("de", "d'", "a", "pour", "sans") or previous in GAP_WORDS or (index > 0 and seeing(words, index - 1))  # « devra verser »
    return verb_form(word.text, word.raw) or _present(words, index)


def _after_name(words: tuple[Token, ...], index: int) -> bool:
    """« M. Benali l'emporte », « Valdor l'achète »: a name, then « l' » and a verb form."""
    return words[index - 1].raw[:1].isupper() and verb_form(words[index].text[2:], words[index].raw[2:])


def _present(words: tuple[Token, ...], index: int) -> bool:
    """« lui reproche », « SNCF Réseau conteste cette lecture »: a present form the lemmas read as a noun, after an
    object pronoun, or after a name and before a determiner."""
    word, previous = words[index], words[index - 1] if index else None
    if previous is None or not word.text.endswith(("e", "es", "ent")):
        return False
    if previous.text in ("lui", "leur", "se", "me", "te", "nous", "vous", "il", "elle", "ils", "elles", "on", "qui"):
        return True
    following = words[index + 1].text if index + 1 < len(words) else ""
    governs = following in DETERMINERS or following[:2] in ("l'", "d'") or following in ("a", "que", "qu'")
    if previous.raw[:1].isupper():
        return governs
    # « X, 61 ans, estime la perte », « Le syndicat reproche à »: after an aside or a determined noun, a form with a verb reading
    after_aside = word.start > previous.start + len(previous.raw) + 1
    after_noun = index > 1 and words[index - 2].text in DETERMINERS and previous.text not in function_words()
    return governs and (after_aside or after_noun) and is_known_word(word.text.removesuffix("s").removesuffix("nt") + "r")


def infinitive(text: str, base: str) -> bool:
    return text == base and text not in NOT_INFINITIVES and (text.endswith(("er", "ir", "oir")) or text.endswith(INFINITIVE_RE_ENDINGS))


def seeing(words: tuple[Token, ...], index: int) -> bool:
    """« s'est vu infliger », « se voit confier »: « voir » after a reflexive, before an infinitive, makes a passive."""
    reflexive = any(word.text == "se" or word.text.startswith("s'") for word in words[max(0, index - 2) : index])
    return words[index].text in SEEING and reflexive and index + 1 < len(words)


def after_auxiliary(words: tuple[Token, ...], index: int) -> bool:
    """« a vendu », « a finalement été produit », « l'avait poursuivi », « s'est constitué »."""
    for back in range(index - 1, max(-1, index - 4), -1):
        whole = words[back].text
        text = whole[2:] if whole[1:2] == "'" else whole
        if text in AUXILIARY_FORMS or text in PASSIVE_AUXILIARIES or text in INFINITIVE_AUXILIARIES:
            return True
        if text not in GAP_WORDS and whole not in GAP_WORDS:  # « avait d'abord donné »
            return False
    return False


def passive_at(words: tuple[Token, ...], at: int) -> bool:
    """« a été félicitée », « sont reçus », a participle right before « par » (« reçus jeudi par X »), not a
    reflexive (« s'est constitué ») nor « est arrivé » with no agent (it has no object either)."""
    for back in range(at - 1, max(-1, at - 4), -1):
        text = words[back].text
        if text == "se" or text.startswith("s'"):
            return False
        if text in PASSIVE_AUXILIARIES or text.endswith("'est"):
            return is_past_participle(words[at].raw) and not (back and words[back - 1].text in PRONOMINAL_CLITICS)  # « s'y était arrêtée »
        if text not in GAP_WORDS:
            break
    if after_auxiliary(words, at) or words[at].text.endswith("ant"):
        return False
    ahead = [token.text for token in words[at + 1 : at + 4]]
    return is_past_participle(words[at].raw) or ("par" in ahead and words[at].text.endswith(("t", "ts", "te", "tes")))  # « confiée à », « produit par »


def gap_start(sentence: str, words: tuple[Token, ...], at: int) -> int:
    """Index of the first token before the verb that is no auxiliary, clitic, negation or adverb (-1 if none)."""
    back = at - 1
    while back >= 0 and not punctuated(sentence, words, back + 1):
        text = words[back].text
        if text in GAP_WORDS or (text[1:2] == "'" and text[2:] in GAP_WORDS) or text in ("l'", "n'", "s'") or text in INFINITIVE_AUXILIARIES \
                or fold(lemma(words[back].raw)) in MODALS or seeing(words, back):
            back -= 1
            continue
        break
    return back


def verb_key(sentence: str, words: tuple[Token, ...], at: int) -> str:
    """The verb's key; a reflexive is another verb (« s'inspire de » is not « inspirer »)."""
    back = gap_start(sentence, words, at)
    reflexive = any(word.text == "se" or word.text.startswith("s'") for word in words[back + 1 : at + 1]) and not seeing(words, at - 1)
    return ("se " if reflexive else "") + word_key(words[at].raw.split("'")[-1].split("’")[-1])


def object_pronoun(sentence: str, words: tuple[Token, ...], at: int) -> bool:
    """« l'a vendu », « les remercie », « qu'il avait poursuivie »."""
    gap = words[gap_start(sentence, words, at) + 1 : at]
    return any(word.text in ("le", "la", "les", "l'") or word.text.startswith("l'") for word in gap)


def copula(word: Token) -> bool:
    return word_key(word.raw).startswith(tuple(COPULAS))


def same_verb(first: str, second: str) -> bool:
    """« préféré » and « préférer »: one key the beginning of the other, four letters at least."""
    short, long = sorted((first, second), key=len)
    return short == long or (len(short) >= 4 and long.startswith(short))


def punctuated(sentence: str, words: tuple[Token, ...], index: int) -> bool:
    """Whether punctuation stands between token `index` and the one before."""
    return bool(index) and bool(sentence[words[index - 1].start + len(words[index - 1].raw) : words[index].start].strip())


def gap(sentence: str, words: tuple[Token, ...], index: int) -> str:
    """What stands between token `index` and the one before (spaces, punctuation)."""
    return sentence[words[index - 1].start + len(words[index - 1].raw) : words[index].start]
