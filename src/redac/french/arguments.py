"""The agent and the patient of a verb, for names and for common nouns (« Il a accusé l'État » → the State
is accused; « L'État a accusé le maire » → the State accuses), read from word order only where French
word order is unambiguous: the subject right before its verb (auxiliaries, clitics and adverbs between),
the object right after it or after « à » (« reproche au bureau d'enquête », « vendu … au Sporting »),
the agent after « par » in the passive. Anything else reads no role: a wrong « no role » only misses a
swap, a wrong role would raise a false alarm on a faithful paraphrase.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from redac.french.lemmas import lemma
from redac.french.negation import word_key
from redac.french.roles import CLAUSE_END_RE, RELATIVES, Token, incise, is_passive, names_at, outside_quotes, sentence_tokens, speech_word, token_index
from redac.french.text import fold
from redac.french.wordlists import function_words

DETERMINERS = {"le", "la", "les", "l'", "un", "une", "des", "son", "sa", "ses", "leur", "leurs", "ce", "cet", "cette", "ces", "deux", "trois", "quatre"}
ARTICLES = {"le", "la", "les"}
INDIRECT = {"a", "au", "aux"}  # « reproche au bureau », « vendu au Sporting »: the verb's second object
# Between a subject and its verb: auxiliaries, clitics, negation, adverbs (« le bureau d'enquête lui reproche », « avait déjà vendu »).
GAP_WORDS = {
    "a", "ont", "avait", "avaient", "aura", "auront", "est", "sont", "etait", "etaient", "sera", "seront", "ete", "va", "vont",
    "ne", "n'", "lui", "leur", "se", "s'", "y", "en", "le", "la", "les", "l'", "me", "nous", "vous", "deja", "aussi", "toujours",
    "encore", "pas", "plus", "jamais", "egalement", "meme", "bien", "alors", "finalement", "ensuite", "lui-meme", "elle-meme",
    "donc", "d'abord", "enfin", "officiellement", "definitivement", "largement", "nettement",
    # sentence adverbs set between a subject or an auxiliary and the verb (« La Vendée avait pourtant été placée »)
    "pourtant", "toutefois", "cependant", "neanmoins", "d'ailleurs", "aussitot", "notamment",
    # modals before the verb they govern (« le club avait dû vendre »)
    "du", "pu", "doit", "doivent", "devait", "devaient", "devra", "devront", "peut", "peuvent", "pouvait", "pouvaient", "pourra", "pourront",
}
CLITICS = {"lui", "leur", "se", "s'", "ne", "n'", "il", "elle", "ils", "elles", "on"}  # a word after them is a verb (« lui reproche »)
OBJECT_REACH = 6  # words between a verb and its direct object
INDIRECT_REACH = 10  # words between a verb and its « à » object, past the direct one (« vendu l'été dernier son gardien … au Sporting »)
PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "i", "ie", "is", "it", "u", "ue", "us", "ert", "ort", "int")
BARE_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "u", "ue", "us", "ues", "i", "ie", "is", "ies")  # a past participle (or a present: no role read either way)
NOUN_ENDINGS = ("tion", "teur", "trice")  # nouns the lemmas map to a verb
SUBORDINATORS = {"que", "qui", "dont", "ou", "si", "quand", "lorsque", "comme", "car", "mais"}
APPOSITION_MAX = 5  # words of « , Lucas Fontaine, » set between commas and skipped
# A participle or a name set between commas right after a subject: « le club, relégué en Nationale 2 l'an dernier, »
APPOSED_RE = re.compile(r"\s*,(?:\s*(?:[\w’'-]+))\s*(?:[^,;:.!?()«»\"]*?),\s*")


@dataclass(frozen=True, slots=True)
class Entity:
    key: str  # the surname of a name, the lemma of a common noun
    text: str  # as written
    first: int  # token index of its first word (its determiner for a common noun)
    head: int  # token index of its last word
    marker: str  # the preposition before it ("", "a", "au", "par"…)


@lru_cache(maxsize=4096)
def entities(sentence: str) -> dict[str, Entity]:
    """The names and determined common nouns a sentence writes once, outside quotations, with the preposition
    before each; those after any other preposition than « à » and « par » are complements and left out."""
    words, blank = sentence_tokens(sentence), outside_quotes(sentence)
    found: dict[str, list[Entity]] = {}
    named: set[int] = set()
    for fact, _ in names_at(sentence):
        if blank[fact.start] == " ":
            continue
        first = token_index(words, fact.start + 1) - 1  # the token holding its first letter (« l'Arctique »)
        last = token_index(words, fact.end) - 1
        if first and words[first - 1].text in ARTICLES:
            first -= 1  # « la Russie »: the article belongs to the name
        named.update(range(first, last + 1))
        key = fold(fact.text).replace("’", "'").split()[-1].split("'")[-1]
        marker = "de" if words[first].text.startswith("d'") else _marker(words, first)  # « championnat d'Europe »
        found.setdefault(key, []).append(Entity(key, fact.text, first, last, marker))
    for index, token in enumerate(words):
        if index in named or blank[token.start] == " ":
            continue
        elided = token.text[:2] == "l'" and len(token.text) > 3
        if not elided and not (index and words[index - 1].text in DETERMINERS | {"au", "aux"}):  # « a accusé »: no determiner
            continue
        noun = token.raw[2:] if elided else token.raw
        folded = fold(noun)
        if not folded[:1].isalpha() or folded in function_words() or verb_form(folded, noun):
            continue
        first = index if elided else index - 1
        marker = words[first].text if words[first].text in INDIRECT else _marker(words, first)
        key = fold(lemma(noun))
        found.setdefault(key, []).append(Entity(key, noun, first, index, marker))
    return {key: places[0] for key, places in found.items() if len(places) == 1 and places[0].marker in {"", "par", *INDIRECT}}


def _marker(words: tuple[Token, ...], first: int) -> str:
    """The preposition just before an entity (« par », « à », « de »…), or "" after a verb, a conjunction or nothing."""
    previous = words[first - 1].text if first else ""
    if first and words[first - 1].raw.lower() == "du":
        return "du"  # « le préfet du Finistère » (« dû », a modal, is a gap word)
    return previous if previous in function_words() and previous not in GAP_WORDS - INDIRECT and previous not in {"et", "ou", "mais"} else ""


@lru_cache(maxsize=65536)
def verb_form(folded: str, raw: str) -> bool:
    """An inflected verb (« accusé », « reproche » is not: a noun too), not a plural noun (« locataires »)."""
    base = fold(lemma(raw))
    return base.endswith(("er", "ir", "re")) and folded not in (base, base + "s")


@lru_cache(maxsize=4096)
def verb_positions(sentence: str) -> dict[str, tuple[int, bool]]:
    """Word key -> (token index, surely a verb) of each word written once: a word is surely a verb after an
    auxiliary or a clitic (« lui reproche », « a accusé ») or as an inflected verb form."""
    words = sentence_tokens(sentence)
    seen: dict[str, list[tuple[int, bool]]] = {}
    for index, token in enumerate(words):
        if not token.text[:1].isalpha() or token.raw[:1].isupper() or token.text in function_words() or token.text[1:2] == "'":
            continue
        if token.text in GAP_WORDS and token.text.isalpha() and not verb_form(token.text, token.raw):
            continue  # « avait pourtant été placée »: an adverb between the auxiliary and the verb, no verb of its own
        after = words[index - 1].text if index else ""
        if after == "du" and words[index - 1].raw.lower() != "dû":
            after = ""  # « du week-end »: the article, not the modal « dû » (« le club avait dû vendre »)
        participle = after == "a" and token.raw.endswith(PARTICIPLE_ENDINGS)  # « a accusé », not « à Belgrade »
        inflected = verb_form(token.text, token.raw) and not token.text.endswith(NOUN_ENDINGS)
        sure = participle or inflected or after in CLITICS or after in GAP_WORDS - {"a", "le", "la", "les", "l'", "en"}
        seen.setdefault(word_key(token.raw), []).append((index, sure))
    return {key: places[0] for key, places in seen.items() if len(places) == 1}


def role_of(sentence: str, entity: Entity, verb: int) -> str | None:
    """"agent" or "patient" of the verb at token `verb`, or None where word order does not say it surely."""
    words = sentence_tokens(sentence)
    passive = is_passive(words, verb)
    if entity.head < verb:
        if verb == entity.head + 1 and words[verb].raw.endswith(BARE_PARTICIPLE_ENDINGS) and not passive:
            return None  # « une nuit marquée de frappes »: a participle qualifying its noun, which acts on nothing
        return ("patient" if passive else "agent") if entity.marker == "" and _subject_gap(sentence, words, entity.head, verb) else None
    if entity.marker == "par":
        within = entity.first - verb <= OBJECT_REACH and not CLAUSE_END_RE.search(sentence[words[verb].start : words[entity.first].start])
        return "agent" if passive and within else None  # « interpellés trois heures plus tard par la police »
    if speech_word(words[verb].text) and (incise(sentence[: words[verb].start]) or (entity.first - verb <= 2 and entity.text[:1].isupper())):
        return None  # « », a confié la Lyonnaise », « …, a affirmé Yann Le Goff »: the speaker after its verb (checks/speakers.py reads it)
    if any(word.text in SUBORDINATORS or word.text.startswith(("qu'", "lorsqu'")) for word in words[verb + 1 : entity.first]):
        return None  # « a prévenu qu'il ne renoncerait pas au projet »: another clause, another verb
    if passive or any(word.text in RELATIVES or word.text.startswith("qu'") for word in words[max(0, verb - 2) : verb]):
        return None  # « la digue que réclame le maire »: the subject follows its verb
    reach = INDIRECT_REACH if entity.marker in INDIRECT else OBJECT_REACH
    between = _without_appositions(outside_quotes(sentence)[words[verb].start : words[entity.first].start])
    if 0 < entity.first - verb <= reach + _skipped(sentence, words[verb].start, words[entity.first].start) and not CLAUSE_END_RE.search(between):
        return "patient"
    return None


def _subject_gap(sentence: str, words: tuple[Token, ...], head: int, verb: int) -> bool:
    """Only auxiliaries, clitics, adverbs, one adjective and a « de » complement between a subject and its verb."""
    between = sentence[words[head].start + len(words[head].raw) : words[verb].start]
    aside = APPOSED_RE.match(between)  # « le club, relégué en Nationale 2 l'an dernier, avait dû vendre »
    first = token_index(words, words[head].start + len(words[head].raw) + aside.end()) if aside else head + 1
    gap = [word.text for word in words[first:verb]]
    if CLAUSE_END_RE.search(between[aside.end() if aside else 0 :]):
        return False
    complement = words[first:verb]
    if gap and gap[0].startswith("d'") and not verb_form(gap[0][2:], complement[0].raw[2:]):  # « le bureau d'enquête »
        gap.pop(0)
    elif len(gap) > 1 and gap[0] in ("de", "du", "des") and not _infinitive(gap[1], complement[1].raw):
        gap = gap[2:]
    return all(word in GAP_WORDS or (word[1:2] == "'" and word[2:] in GAP_WORDS) for word in gap)  # « l'a », « s'est »


def _infinitive(folded: str, raw: str) -> bool:
    return verb_form(folded, raw) or (folded.endswith(("er", "ir", "re")) and folded == fold(lemma(raw)))


def _without_appositions(text: str) -> str:
    """« vendu son gardien, Lucas Fontaine, au Sporting »: a short span between commas is not a clause end."""
    parts = text.split(",")
    kept = [parts[0]]
    index = 1
    while index < len(parts):
        if index + 1 < len(parts) and len(parts[index].split()) <= APPOSITION_MAX:
            kept.append(parts[index + 1])
            index += 2
        else:
            kept.append("," + parts[index])
            index += 1
    return "".join(kept)


def _skipped(sentence: str, start: int, end: int) -> int:
    """Words of the appositions between two offsets, which do not count in the reach."""
    text = outside_quotes(sentence)[start:end]
    return len(text.split()) - len(_without_appositions(text).split())
