"""The voice of a verb flipped under the same subject: « L'équipe de France a été éliminée par la Pologne » → « L'équipe
de France a éliminé la Pologne », « L'association … sera reçue à la préfecture » → « … recevra la préfète ». The subject
that underwent the action now does it.

Read from the words alone, with no role: the same verb (« reçue » is « recevoir »), every word before its verb group
the same in both sentences, one passive (« être » and the participle) and the other active with a direct object. The
frames (french/frames.py) read such a subject only when they can bound it; a long one (« L'équipe de France féminine de
sabre »), or an adverb between the auxiliary and the participle (« a d'ailleurs été éliminée »), defeats them. A
faithful voice change moves the subject (« La Pologne a éliminé l'équipe de France »), so its words before the verb
differ; an active verb with no object (« est arrivée », « a reculé ») flips nothing.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from redac.checks.findings import Finding
from redac.french.arguments import GAP_WORDS
from redac.french.clause_verbs import DETERMINERS, INFINITIVE_AUXILIARIES, verb_flags
from redac.french.lemmas import content_lemmas, lemma
from redac.french.passive import is_past_participle
from redac.french.roles import PASSIVE_AUXILIARIES, Token, names_at, outside_quotes, sentence_tokens
from redac.french.text import fold

if TYPE_CHECKING:
    from redac.checks.faithfulness import SourceFacts

# adverbs set between an auxiliary and its participle that GAP_WORDS does not step over (« a désormais été reçue »;
# « a d'ailleurs été éliminée », « a aussitôt mis en garde » are GAP_WORDS' own)
ADVERBS = frozenset({"desormais", "ainsi", "souvent", "parfois", "longtemps", "vite", "tot", "tard", "surtout", "seulement", "immediatement",
                     "rapidement", "recemment", "entierement"})
OBJECT_OPENERS = DETERMINERS | {"du", "des", "au", "aux", "d'", "leurs", "nos", "notre", "votre", "vos", "mon", "ma", "mes"}
RELATIVES = frozenset({"que", "qu'", "dont", "ou"})  # « Le syndicat, que l'entreprise n'a pas associé »: the verb's subject is another
FEMININE_ENDINGS = ("ues", "ue", "ees", "ee", "ies", "ie", "us", "es", "is", "s", "e")  # « reçues » is read as « reçu »


def flipped_voice(sentence: str, source: SourceFacts, best: int) -> list[Finding]:
    """A finding where the sentence writes a verb of the aligned source sentence in the other voice, its subject kept."""
    said = source.sentences[best]
    theirs = _verb_groups(said.text)
    for key, (prefix, passive, with_object, written) in _verb_groups(sentence).items():
        found = theirs.get(key)
        if found is None or not prefix or found[0] != prefix or found[1] == passive:
            continue
        if (found[2] if passive else with_object):  # the active side acts on something
            voice = "passive" if found[1] else "active"
            return [("role", written, f"voix inversée : dans la source, le sujet de ce verbe est à la voix {voice}", said)]
    return []


@lru_cache(maxsize=2048)
def _verb_groups(sentence: str) -> dict[str, tuple[tuple[str, ...], bool, bool, str]]:
    """Verb lemma -> (content lemmas of the words before its group, in order, passive, a direct object follows, the verb as written),
    for the verbs written once outside quotations."""
    sentence = sentence.replace("’", "'")
    words = sentence_tokens(sentence)
    blank = outside_quotes(sentence)
    flags = verb_flags(words)
    verbs = [(index, _verb_lemma(word.raw)) for index, word in enumerate(words) if flags[index] and blank[word.start] != " "]
    counts = Counter(key for _, key in verbs)
    found: dict[str, tuple[tuple[str, ...], bool, bool, str]] = {}
    for index, key in verbs:
        start = _group_start(words, index)
        group = [token.text for token in words[start:index]]
        if counts[key] > 1 or any(text in ("se", "s'") or text.startswith("s'") for text in group) or _in_relative(sentence, words, start):
            continue  # written twice (which one flipped is not known), reflexive (« s'est imposée »: no passive), or another subject's
        passive = bool(PASSIVE_AUXILIARIES.intersection(group)) and is_past_participle(words[index].raw)
        before = content_lemmas(sentence[: words[start].start])
        found[key] = (before, passive, _direct_object(sentence, words, index), words[index].raw)
    return found


def _in_relative(sentence: str, words: tuple[Token, ...], start: int) -> bool:
    """The verb group stands in a relative clause opened by an object or adverb pronoun since the last punctuation:
    its subject follows that pronoun, not the sentence's subject."""
    at = start - 1
    while at >= 0 and not any(mark in sentence[words[at].start + len(words[at].raw) : words[at + 1].start] for mark in ",;:()«»"):
        if words[at].text in RELATIVES or words[at].text.startswith("qu'"):
            return True
        at -= 1
    return False


def _verb_lemma(raw: str) -> str:
    """A verb's lemma, a participle read from its masculine singular (simplemma reads « reçue » as « reçu »)."""
    base = fold(lemma(raw))
    if base.endswith(("er", "ir", "re", "oir")):
        return base
    for ending in FEMININE_ENDINGS:
        stem = raw[: -len(ending)]
        if raw.lower().endswith(ending) and len(stem) > 2 and fold(lemma(stem)).endswith(("er", "ir", "re", "oir")):
            return fold(lemma(stem))
    return base


def _group_start(words: tuple[Token, ...], index: int) -> int:
    """The first token of the verb's group: auxiliaries, clitics, negations and adverbs before it."""
    start = index
    while start > 0 and _in_group(words, start - 1):
        start -= 1
    return start


def _in_group(words: tuple[Token, ...], at: int) -> bool:
    """An auxiliary, a clitic, a negation or an adverb (« a d'ailleurs été », « avait finalement »)."""
    text = words[at].text
    if text in GAP_WORDS or text in ADVERBS or text in INFINITIVE_AUXILIARIES or (text[1:2] == "'" and text[2:] in GAP_WORDS):
        return True
    return text.endswith("ment") and at > 0 and words[at - 1].text in GAP_WORDS  # « a rapidement »: after an auxiliary, no noun


def _direct_object(sentence: str, words: tuple[Token, ...], index: int) -> bool:
    """A determiner or a name right after the verb (an adverb or a time word between): « a éliminé la Pologne »."""
    names = {fact.start for fact, _ in names_at(sentence)}
    for following in words[index + 1 : index + 4]:
        between = sentence[words[index].start + len(words[index].raw) : following.start]
        if any(mark in between for mark in ",;:.!?()«»"):
            return False
        if following.text in OBJECT_OPENERS or following.start in names:
            return True
        if following.raw.lower() == "à" or (following.text not in ADVERBS and following.text not in GAP_WORDS and not following.text.endswith("ment")):
            return False
    return False
