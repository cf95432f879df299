"""Who does what to whom, from word order: which side of a verb each name stands on (the passive turned
around), and who speaks a quotation (« », a déclaré Stoltenberg »).

French news sentences put the agent before the verb (« Zelensky a exhorté Stoltenberg ») or after
« par » in the passive (« Stoltenberg a été exhorté par Zelensky »); a rewrite that puts the two
names on each other's side of the same verb has swapped their roles. No parser is needed for that
much, and word order is what a swap changes.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from redac.french.demonyms import demonyms
from redac.french.facts import Fact, extract_facts
from redac.french.lemmas import lemma
from redac.french.negation import word_key
from redac.french.text import fold
from redac.french.tokens import TOKEN_RE
from redac.french.wordlists import function_words

QUOTE_SPAN_RE = re.compile(r"«[^«»]*»|“[^“”]*”|\"[^\"\n]*\"")
# Speech verbs by stem (simplemma leaves « écrit », « réjouie » unlemmatized), and short forms by hand.
SPEECH_STEMS = (
    "declar", "affirm", "ajout", "soulign", "expliqu", "indiqu", "precis", "repond", "estim", "annon", "confi", "rappel",
    "reconn", "promi", "promet", "denon", "regrett", "resum", "rejoui", "prevenu", "previent", "avert", "insist", "martel",
    "racont", "temoign", "confirm", "comment", "conclu", "ecri", "admi", "assur", "reagi", "lance", "felicit", "deplor",
    "repliqu", "retorqu", "ironis", "avou", "conced", "salu",
)
# Nouns sharing a speech verb's stem (« la conclusion de contrats », « une assurance », « un commentaire »): no speech.
SPEECH_NOUN_ENDINGS = ("sion", "sions", "tion", "tions", "ement", "ements", "ance", "ances", "aire", "aires", "age", "ages", "ateur", "ateurs")
SPEECH_WORDS = {"dit", "dire", "disent", "selon", "d'apres", "note", "juge", "lance"}
INCISE_RE = re.compile(r"(?:,|»|”|\")\s*(?:a|ont|avait|avaient|a-t-(?:il|elle)|ont-ils|ont-elles)?\s*$")  # « …, a précisé X »
PRONOUN_SPEAKER_RE = re.compile(r"(?i)-t-(?:il|elle|ils|elles)\s*$")
SEEN_RE = re.compile(r"(?i)\bs(?:e\s+|['’]\w+\s+)(?:vu|vue|vus|vues|voit|voient|voyait|voyaient|verra|verront|voir)\s+$")
ELIDED_RE = re.compile(r"^(?:l|m|s|d|n|qu)'")
AUXILIARY_FORMS = {"a", "ont", "avait", "avaient", "aura", "auront", "ete", "est", "sont", "etait", "etaient"}
RELATIVES = {"qui", "que", "dont", "lequel", "laquelle", "lesquels", "lesquelles"}
PASSIVE_AUXILIARIES = {"ete", "est", "sont", "etait", "etaient", "sera", "seront", "fut", "furent", "soit", "etre"}
ARTICLES = {"la", "le", "les", "l'"}
CIVIL_TITLES = {"m", "mme", "mmes", "mm", "mlle", "me", "dr", "pr"}
PRONOMINAL_CLITICS = {"se", "s'y", "s'en"}  # before « être », a pronominal verb, no passive (« s'y était arrêtée », « se sont battus »)
# A time set between a participle and its agent (« affrétés dès vendredi par la région », « reçus hier soir par »)
TIME_ADJUNCT = {"des", "hier", "soir", "matin", "midi", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "aussitot", "ensuite"}
TIME_ADJUNCT_MAX = 3  # words of such a time, at most
CAUSATIVE = {"fait", "faire", "font", "fera", "feront", "faisait", "faisaient", "ferait", "feraient"}  # « a fait signer »
SEEING = {"vu", "vue", "vus", "vues", "voit", "voient", "voyait", "voyaient", "verra", "verront", "voir"}  # « se voir reprocher »
COMPLEMENT_MARKERS = {"de", "d'", "du", "des", "en", "dans", "sur", "vers", "pour", "chez", "depuis", "entre", "selon", "contre", "avec"}
ASIDE_RE = re.compile(r",\s*(?:qui|que|qu['’]|dont|où|lequel|laquelle)\s[^,;:.!?«»]*,")  # « X, qui préside Valmont, a admis »
CLAUSE_END_RE = re.compile(r"[,;:.!?()«»\"“”]")
VERB_LEMMA_ENDINGS = ("er", "ir", "re", "oir")
APPOSED_NAME_MAX = 5  # words of a name set between commas (« Le maire, Me Jean-Paul de La Tour, a averti »)
NAME_PARTICLES = {"de", "du", "des", "d'", "d’", "la", "le", "van", "von", "der", "ben", "el", "al"}
PARTICIPLE_ENDINGS = ("e", "ee", "es", "ees", "ant", "i", "ie", "is", "u", "ue", "us")
AGENT_REACH = 6  # words from « par » to its agent's name: « par la policière municipale Sonia Perret »
AGENT_PHRASE_STOPS = {"et", "ou", "mais", "a", "au", "aux", "ont", "pour", "avec", "contre", "selon", "qui", "que"}  # another complement


@dataclass(frozen=True, slots=True)
class Token:
    text: str  # folded
    start: int
    raw: str  # as written: lemmas need the accents


@lru_cache(maxsize=4096)
def sentence_tokens(sentence: str) -> tuple[Token, ...]:
    return tuple(Token(fold(raw), match.start(), raw) for match in TOKEN_RE.finditer(sentence) for raw in (match.group(),))


@lru_cache(maxsize=4096)
def verb_anchors(sentence: str) -> dict[str, int]:
    """Verb-like words appearing once in the sentence: word key -> token index."""
    tokens = sentence_tokens(sentence)
    seen: dict[str, list[int]] = {}
    for index, token in enumerate(tokens):
        if (index and token.raw[:1].isupper()) or token.text in demonyms():
            continue  # « Arvor-Cycles », « la formation bretonne »: a name or a nationality, never a verb
        previous = tokens[index - 1].text if index else ""
        auxiliary = ELIDED_RE.sub("", previous) if "'" in previous else previous  # « l'a emporté », « d'avoir fourni »
        after_auxiliary = (auxiliary in AUXILIARY_FORMS or auxiliary in ("avoir", "etre")) and token.text.endswith(PARTICIPLE_ENDINGS) \
            and token.text not in ("ete", "eu") and not token.text.endswith("ant")  # « a été élue »: the auxiliary is no verb of its own;
        # « avait pourtant placé », « est cependant », « est important »: no past participle ends in -ant (an adverb, an adjective)
        if after_auxiliary or _verb_like(token.text, token.raw):  # « a accusé »: a participle the lemmas take for a noun
            seen.setdefault(word_key(token.raw), []).append(index)
    return {key: indexes[0] for key, indexes in seen.items() if len(indexes) == 1}


@lru_cache(maxsize=65536)  # per word: the checks read the same words in many sentences
def _verb_like(word: str, raw: str) -> bool:
    """Whether a token reads as a verb form (« répondu », « battant », « reconnaissent »); `word` is folded."""
    if not word[:1].isalpha() or word in function_words() or word in PASSIVE_AUXILIARIES:
        return False
    base = lemma(raw)
    if base in ("avoir", "etre"):
        return False
    return (base.endswith(VERB_LEMMA_ENDINGS) and word != base + "s") or (word.endswith(PARTICIPLE_ENDINGS) and word != base)


def side(tokens: tuple[Token, ...], name_index: int, verb_index: int) -> int:
    """-1 when the name stands as the agent of the verb (before it, after a speech verb in an incise, or
    « par X » after a passive, « Dolcetti, dirigé par Marco Bellini » included), 0 when a relative
    clause stands between them, else 1."""
    low, high = sorted((name_index, verb_index))
    if any(t.text in RELATIVES or t.text.startswith(("qu'", "qu’")) for t in tokens[low + 1 : high]):
        return 0  # another clause stands between them: no role read (« Venu à Kiev, … l'alliance que dirigent les États-Unis »)
    passive = is_passive(tokens, verb_index)
    if verb_index and tokens[verb_index - 1].text in CAUSATIVE and tokens[verb_index].text.endswith(("er", "ir", "re")):
        return 0  # « Sella-Roma a fait signer le leader »: the subject makes another act, the one after acts; no side read
    if name_index < verb_index:
        if _after_a(tokens, name_index):
            return 0  # « Réunie samedi à Vichy, l'assemblée a élu »: a complement fronted, no subject
        return 1 if passive else -1
    if speech_word(tokens[verb_index].text) and name_index - verb_index <= 4:
        return -1  # « …, a rappelé Erik Halvorsen »: the speaker follows the verb of an incise
    return -1 if passive and _agent_of(tokens, verb_index, name_index) else 1


def _agent_of(tokens: tuple[Token, ...], verb_index: int, name_index: int) -> bool:
    """« par X » after the verb, X's titles between them (« verbalisé par la policière municipale Sonia Perret »)."""
    for index in range(name_index - 1, max(verb_index, name_index - AGENT_REACH - 1), -1):
        if tokens[index].text == "par":
            return True
        if tokens[index].text in AGENT_PHRASE_STOPS:
            return False
    return False


def _after_a(tokens: tuple[Token, ...], index: int) -> bool:
    """« à Vichy », « à la Rochelle », « au Portugal »: the name follows « à » (its raw form: « a » folded is « has »)."""
    before = index - 1 if index and tokens[index - 1].text in ARTICLES else index
    return before > 0 and tokens[before - 1].raw.lower() in ("à", "au", "aux")


def is_passive(tokens: tuple[Token, ...], verb_index: int) -> bool:
    """« a été exhorté », « est dirigé », the participle alone before its agent (« dirigé par »), and « se voir »
    before an infinitive (« s'était vu reprocher par X »: the subject undergoes what X does)."""
    start = max(0, verb_index - 2)
    if any(t.text in PASSIVE_AUXILIARIES and not (i and tokens[i - 1].text in PRONOMINAL_CLITICS) for i, t in enumerate(tokens[start:verb_index], start)):
        return True
    reflexive = any(t.text == "se" or t.text.startswith("s'") for t in tokens[max(0, verb_index - 3) : verb_index - 1])
    if verb_index > 1 and tokens[verb_index - 1].text in SEEING and reflexive:
        return True
    ahead = [t.text for t in tokens[verb_index + 1 : verb_index + 2 + TIME_ADJUNCT_MAX]]
    timed = next((at for at, word in enumerate(ahead) if word not in TIME_ADJUNCT), len(ahead))  # « affrétés dès vendredi par »
    return ahead[timed : timed + 1] == ["par"] and tokens[verb_index].text.endswith(PARTICIPLE_ENDINGS) and timed <= TIME_ADJUNCT_MAX


def passive_agent_offset(sentence: str, verb_start: int) -> int | None:
    """Where « par X » begins after a passive speech verb (« averti en mai par M. Trump »), or None."""
    words = sentence_tokens(sentence)
    index = token_index(words, verb_start)
    if index >= len(words) or not any(t.text in PASSIVE_AUXILIARIES for t in words[max(0, index - 2) : index]):
        return None
    return next((t.start for t in words[index + 1 : index + 5] if t.text == "par"), None)


def speech_word(word: str) -> bool:
    return word in SPEECH_WORDS or (word.startswith(SPEECH_STEMS) and not word.endswith(SPEECH_NOUN_ENDINGS))


def token_index(tokens: tuple[Token, ...], offset: int) -> int:
    """Index of the token at or after character `offset`."""
    return bisect_left([token.start for token in tokens], offset)


def coordinated(tokens: tuple[Token, ...], first: int, second: int) -> bool:
    """« Le Canada et le Danemark »: two names joined by « et », « ni », « ou » play one role."""
    low, high = sorted((first, second))
    between = [t.text for t in tokens[low + 1 : high]]
    return len(between) <= 4 and any(word in ("et", "ni", "ou") for word in between) and not any(_verb_like(t.text, t.raw) for t in tokens[low + 1 : high])


@lru_cache(maxsize=4096)
def speaker_offset(sentence: str, quoted: bool = True) -> tuple[int, int] | None:
    """Where to look for the speaker of a sentence's quotation (or, `quoted` False, of what it reports):
    (offset, direction).

    After the quote or a comma, the speaker follows the speech verb (« », a déclaré X », « …, a précisé
    X »: direction 1), as after « selon »; else the speaker precedes the verb (« X a déclaré : « »:
    direction -1); a passive verb's speaker follows « par » (« averti par M. Trump »). None without a
    quotation (when `quoted`) or a speech verb outside it."""
    quotes = list(QUOTE_SPAN_RE.finditer(sentence))
    if quoted and not quotes:
        return None
    outside = QUOTE_SPAN_RE.sub(lambda m: " " * len(m.group(0)), sentence)
    for match in TOKEN_RE.finditer(outside):
        word = fold(match.group(0))
        if speech_word(word) and not SEEN_RE.search(outside[: match.start()]):  # « s'est vu confier la direction »: no speech
            if PRONOUN_SPEAKER_RE.search(outside[: match.start()]):
                return None  # « a-t-elle déclaré »: the speaker is a pronoun
            agent = passive_agent_offset(sentence, match.start())
            if agent is not None:
                return agent, 1
            after_quote = any(quote.end() <= match.start() for quote in quotes)
            inverted = incise(outside[: match.start()]) or word in ("selon", "d'apres")
            return (match.end(), 1) if after_quote or inverted else (match.start(), -1)
    return None


def incise(before: str) -> bool:
    """« …, a précisé X »: the verb follows a comma or a quotation, and no name set between commas just
    before it (« Le maire, Pauline Dussart, a averti » is an apposition: the speaker comes first). A clause
    ending on a place (« Verhaegen sera opéré à Montpellier, a indiqué le médecin ») is no apposition."""
    found = INCISE_RE.search(before)
    if found is None:
        return False
    head, _, segment = before[: found.start()].rpartition(",")
    words, subject = segment.split(), head.split()
    named = all(word[:1].isupper() or word in NAME_PARTICLES for word in words)  # « Le maire, Pauline Dussart, a averti »
    titled = bool(subject) and subject[-1][:1].isupper() and not any(fold(word) in AUXILIARY_FORMS for word in words)  # « X, porte-parole, a dit »
    apposed = bool(subject) and len(words) <= APPOSED_NAME_MAX and (named or titled)
    return not words or not apposed


def without_asides(sentence: str) -> str:
    """The sentence with its relative clauses set between commas blanked (« Bernard Castaing, qui préside
    Valmont, a admis »: Valmont neither speaks nor acts there); same length, so offsets still hold."""
    return ASIDE_RE.sub(lambda m: " " * len(m.group(0)), sentence)


@lru_cache(maxsize=8192)  # every check of a sentence reads it
def outside_quotes(sentence: str) -> str:
    """The sentence with its quotations blanked (same length, so offsets still hold)."""
    return QUOTE_SPAN_RE.sub(lambda m: " " * len(m.group(0)), sentence)


@lru_cache(maxsize=4096)
def names_at(sentence: str) -> tuple[tuple[Fact, int], ...]:
    """The sentence's names with the index of their first token."""
    words = sentence_tokens(sentence)
    return tuple((fact, token_index(words, fact.start)) for fact in extract_facts(sentence) if fact.kind == "name")


@lru_cache(maxsize=16384)
def after_preposition(sentence: str, start: int) -> bool:
    """« de Moscou », « d'Ukraine », « dans la montée de la Croix-Rousse »: a name after a preposition."""
    before = fold(sentence[max(0, start - 16) : start]).replace("’", "'")
    if before.endswith("d'"):
        return True
    previous = re.findall(r"\w+'?", before)
    if len(previous) > 1 and previous[-1] in CIVIL_TITLES:
        previous.pop()  # « avec M. Merz »
    if len(previous) > 1 and previous[-1] in ARTICLES:
        previous.pop()
    return bool(previous) and (previous[-1] in COMPLEMENT_MARKERS or previous[-1] == "d'")
