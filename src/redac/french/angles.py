"""The angle of a news clause in a few words, for a title: its subject's head, its verb and its object's head
(« La Banque centrale européenne a maintenu ses trois taux d'intérêt directeurs inchangés par rapport à juin »
-> « La Banque centrale européenne a maintenu ses trois taux d'intérêt », « … a maintenu ses trois taux »).

Words are only dropped, never changed or added: a bracket, an aside between commas, a relative clause or a participle
phrase of the subject, a circumstance after the object, an adverb of manner in the verb. The verb keeps its auxiliaries,
its clitics, its negation (a clause whose negation the verb group does not close gives no form) and an adverb that
limits it (« a été partiellement détruit » is not « a été détruit »). A noun is cut from its complements one « de » at a
time, never after a word that needs what follows (« une centaine | de personnes », « âgé | de 29 ans »), so each form
says less, never something else; the caller keeps the fullest that fits the line.
"""

from __future__ import annotations

import re

from redac.french.angle_words import (
    ADJECTIVE_ENDINGS,
    BE_FORMS,
    CLAUSE_STOPS,
    CLITICS,
    DE_WORDS,
    DEMONSTRATIVES,
    DEPENDENT_HEADS,
    GROUP_ADVERBS,
    GROUP_OPENERS,
    LIMITING_ADVERBS,
    LIST_WORDS,
    NEGATORS,
    NON_FINITE,
    OBJECT_ARTICLES,
    PREPOSITIONS,
    PRONOUN_HOSTS,
    PRONOUN_SUBJECTS,
    RELATIVE_HEADS,
    RELATIVE_WORDS,
    SUBORDINATORS,
    VERB_COMPLETING,
)
from redac.french.events import needs_complement
from redac.french.headlines import PARTICIPLE_ADVERBS, leaves_verb_hanging
from redac.french.lemmas import is_derived_adverb, is_known_word, lemma
from redac.french.noun_phrases import PRENOMINAL, number_word
from redac.french.passive import EN_VERBS, is_past_participle, participle_infinitive
from redac.french.roles import Token, sentence_tokens, speech_word
from redac.french.text import fold
from redac.french.typography import quotes_closed
from redac.french.wordlists import function_words

BRACKETS_RE = re.compile(r"\s*\([^()]{0,60}\)")
HARD_STOP_RE = re.compile(r"(?<!\d),|,(?!\d)|[;:()\[\]«»“”\"!?]|\s[-–—]\s")  # « 1,2 % »: a decimal comma ends nothing
SPLIT_RE = re.compile(r"(?<!\d),|,(?!\d)|[;:()\[\]!?]|\s[-–—]\s")  # where a phrase ends; a quotation inside it stays whole
SUBJECT_DETERMINERS = frozenset("le la les un une des du ce cet cette ces son sa ses leur leurs notre nos votre vos plusieurs "
                                "quelques chaque tout toute tous toutes certains certaines aucun aucune plus pres environ".split())
MAX_SUBJECT_WORDS = 12  # a longer subject, once its asides are gone, is a clause the reading missed


def compressed_angles(clause: str) -> list[str]:
    """Shorter forms of the clause's subject + verb + object, fullest first; [] when no verb group is read surely."""
    clause = BRACKETS_RE.sub("", " ".join(clause.split()))
    words = sentence_tokens(clause)
    group = _main_verb_group(clause, words)
    if group is None:
        return []
    start, end = group
    subject = clause[: words[start].start].strip(" ,")
    verb = _verb_text(words[start:end])
    if not verb:
        return []
    rest = clause[words[end - 1].start + len(words[end - 1].raw):] if end < len(words) else ""
    if words[start - 1].text in PRONOUN_SUBJECTS or words[start].text.startswith("c'"):
        return []  # « Les chocolats Kinder, c'est … »: the subject is a pronoun, what it stands for is elsewhere
    heads = _noun_phrase_forms(subject)
    passive = any(_bare(word) in BE_FORMS for word in words[start:end])
    tails = _complement_forms(f"{subject} {verb}", words[start:end], rest, passive)
    heads = [head for head in heads if len(sentence_tokens(head)) <= MAX_SUBJECT_WORDS]
    if not heads or tails is None:
        return []
    if speech_word(words[end - 1].text) and not passive:  # « Orange a indiqué | sur Twitter que … »: what is said is the news
        tails = [tail for tail in tails if _direct_object(sentence_tokens(tail)[:1])]
    forms = (" ".join(part for part in (head, verb, tail) if part) for head in heads for tail in tails)
    return [form for form in dict.fromkeys(forms) if quotes_closed(form) and not needs_complement(sentence_tokens(form)[-1].raw)]


def _direct_object(first: tuple[Token, ...]) -> bool:
    return bool(first) and (first[0].text in OBJECT_ARTICLES | {"du", "des"} or first[0].text.startswith("l'"))


def _main_verb_group(clause: str, words: tuple[Token, ...]) -> tuple[int, int] | None:
    """(first, last + 1) token indexes of the main clause's verb group: the first one after the subject that no
    relative pronoun opens (« La fillette qui avait disparu | a été retrouvée »), outside brackets and quotations."""
    relative = aside = False  # in a relative clause; in one set between commas, whose end is the next comma
    index = 1
    while index < len(words):
        word = words[index]
        if _quoted(clause, word.start):
            index += 1
            continue
        after_comma = "," in clause[words[index - 1].start: word.start]
        relative, aside = relative and not after_comma, aside and not after_comma  # « …, dont certaines …, font l'objet »
        if word.text in RELATIVE_WORDS or word.text.startswith("qu'") or word.raw == "où":
            relative, aside = True, after_comma
        if word.text.split("'")[0] in SUBORDINATORS:
            return None  # « Une technique qui s'est avérée efficace puisque le surveillant n'a pas pu »: the verb is another clause's
        if _opens_group(words, index):
            end = _group_end(clause, words, index)
            if not relative and not aside:
                return index, end
            relative = False  # the relative clause's own verb: the main one comes after it (after the aside's comma)
            index = end
            continue
        index += 1
    return None


def _quoted(clause: str, position: int) -> bool:
    before = clause[:position]
    return before.count("«") > before.count("»") or before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _bare(word: Token) -> str:
    """The word without an elided clitic (« s'est » -> « est », « n'a » -> « a »); « à » stays « à », no « a »."""
    if word.raw.lower() == "à":
        return "à"
    return word.text.split("'", 1)[1] if "'" in word.text[:3] and word.text[:1] in "snlmtd" else word.text


def _opens_group(words: tuple[Token, ...], index: int) -> bool:
    word = words[index]
    if word.raw[:1].isupper():
        return False
    if words[index - 1].text in DE_WORDS | PREPOSITIONS | SUBJECT_DETERMINERS | {"l'", "d'"}:
        return False  # « le fait », « la montre », « de plus »: a noun after its determiner
    return _bare(word) in GROUP_OPENERS or (word.text in CLITICS and word.text not in ("en", "y", "l", "lui", "leur")) or _finite(words, index)


def _finite(words: tuple[Token, ...], index: int) -> bool:
    """An inflected verb (« ouvrent », « distingue »), not a participle, a gerund or a noun; after « qui » or a clitic,
    a present of an -er verb the lemmas read as a noun (« qui frappe »)."""
    word = words[index]
    if "'" in word.text:  # « d'assurer », « l'objet »: an article or « de » before it; « s'ajoute »: the clitic's verb
        if not word.text.startswith(("s'", "n'", "m'", "t'")):
            return False
        word = Token(word.text[2:], word.start + 2, word.raw[2:])
    if (word.raw[:1].isupper() or word.text.endswith("ant") or "-" in word.text or word.text in function_words() or word.text in NON_FINITE
            or _participle(word.raw)):  # « chaque été » is no « être »
        return False
    base = fold(lemma(word.raw))
    if base.endswith(("er", "ir", "re", "oir")) and word.text not in (base, base + "s"):
        return True
    after_pronoun = index > 0 and (words[index - 1].text in PRONOUN_HOSTS or words[index - 1].text.startswith(("s'", "n'")))
    return after_pronoun and any(word.text.endswith(ending) and is_known_word(word.text[: -len(ending)] + "er")
                                 for ending in ("ent", "es", "e"))


def _group_end(clause: str, words: tuple[Token, ...], start: int) -> int:
    """The index after the verb group's last word: auxiliaries, clitics, negation, adverbs, participles and
    infinitives, and « de » or « à » before an infinitive (« vient de lancer », « a décidé de fermer »)."""
    index = start + 1
    while index < len(words):
        if HARD_STOP_RE.search(clause[words[index - 1].start + len(words[index - 1].raw): words[index].start]):
            break
        word = words[index]
        bare = _bare(word)
        if word.text in ("de", "d'", "a") and index + 1 < len(words) and _infinitive(words[index + 1]):
            index += 2
            continue
        if word.raw.lower() in ("à", "de") and index + 1 < len(words) and words[index + 1].text == "nouveau":
            index += 2  # « a à nouveau offert », « n'ont de nouveau pas pu »
            continue
        if word.text.startswith("d'") and _infinitive(Token(bare, word.start, word.raw[2:])):
            index += 1
            continue
        negated = any(_negates(earlier) for earlier in words[start:index])  # « a rassemblé plus | de 806 000 personnes »
        after_clitic = words[index - 1].text in CLITICS or words[index - 1].text.startswith(("s'", "n'"))
        if not (bare in GROUP_OPENERS or bare in NON_FINITE or word.text in CLITICS or (after_clitic and _finite(words, index))
                or (word.text in NEGATORS and negated) or word.text in GROUP_ADVERBS or is_derived_adverb(word.raw) or _verbal(word)):
            break
        index += 1
    return index


def _infinitive(word: Token) -> bool:
    return word.raw[:1].islower() and word.text.endswith(("er", "ir", "re", "oir")) and fold(lemma(word.raw)) == word.text


def _verbal(word: Token) -> bool:
    """A participle or an infinitive (« s'établir » after its clitic), not a noun that looks like one (« l'été »: the
    article marks a noun; « plus » is no « plu »)."""
    if word.text[1:2] == "'" and word.text[:1] in "smtn":
        word = Token(word.text[2:], word.start + 2, word.raw[2:])
    return (word.raw[:1].islower() and "'" not in word.text and word.text not in function_words()
            and (_participle(word.raw) or _infinitive(word)))


def _participle(raw: str) -> bool:
    """A past participle, of a verb conjugated with « être » too (« arrivés », « parti »), which passive.py leaves out."""
    if is_past_participle(raw):
        return True
    lower, base = raw.lower(), fold(lemma(raw))
    if lower.endswith(("é", "ée", "és", "ées")):
        return base.endswith("er") and base != fold(lower)
    return lower.endswith(("i", "ie", "is", "ies", "u", "ue", "us", "ues")) and base.endswith(("ir", "re", "oir")) and base != fold(lower)


def _negates(word: Token) -> bool:
    return word.text in ("ne", "n'") or word.text.startswith("n'")


def _verb_text(group: tuple[Token, ...]) -> str:
    """The verb group without its adverbs of manner; '' when it opens a negation it does not close (« n'ont de
    nouveau | pas pu »): a title never drops a negation."""
    kept = [word for word in group if not (is_derived_adverb(word.raw) and word.text not in LIMITING_ADVERBS)]
    if any(_negates(word) for word in group) and not any(word.text in NEGATORS for word in kept):
        return ""
    return " ".join(word.raw for word in kept)


def _noun_phrase_forms(subject: str) -> list[str]:
    """The subject without its aside, relative clause or participle phrase, then cut before each of its complements;
    [] when it does not open as a noun phrase does (« Voici la liste », « Aux échecs c' », « Ne »: no subject read) or
    when it is coordinated (the verb agrees with both) or demonstrative (« ce film » points back to what was named)."""
    segments = [segment.strip() for segment in SPLIT_RE.split(subject)]
    last = sentence_tokens(segments[-1])
    # « Dans la quiétude du matin, une berline grise se gare »: a noun phrase right before the verb is its subject; else
    # the first one, its asides after it (« Le corps d'un homme, parti randonner seul a été retrouvé »)
    head = segments[-1] if len(segments) > 1 and last and _opens_noun_phrase(last) else segments[0]
    every = sentence_tokens(head)
    words, cuts = _phrase(head, every, 1)
    if not words or not _opens_noun_phrase(words) or words[0].text in DEMONSTRATIVES or (len(words) < len(every) and every[len(words)].text in LIST_WORDS):
        return []  # « Le vent et la pluie ont » is no « Le vent ont »
    if words[-1].text in DEMONSTRATIVES | RELATIVE_HEADS:
        return []  # « Tout ce | qui existe sur Terre »: the pronoun is nothing without its relative clause
    forms = [_span(head, words)] + [_span(head, words[:index]) for index in reversed(cuts) if index >= 2]
    if (len(words) > 2 and words[0].text in OBJECT_ARTICLES and words[1].text not in PRENOMINAL and _bare_noun(words[1])
            and words[2].raw[:1].islower() and words[2].text.endswith(ADJECTIVE_ENDINGS)):
        forms.append(_span(head, words[:2]))  # « Le groupe sidérurgique » -> « Le groupe »; not « Les principales | ligues »
    return forms


def _opens_noun_phrase(words: tuple[Token, ...]) -> bool:
    """A determiner, a count (« 28 », « Plus d'une centaine », « De nombreux »), or a name: a capitalized word that is
    no common word (« Free », « Léon Marchand »; not « Voici »)."""
    first = words[0]
    if first.text in SUBJECT_DETERMINERS or first.text.startswith("l'") or _count(first):
        return True
    if first.text in ("de", "d'") or first.text.startswith("d'"):
        return len(words) > 1 and words[1].text in ("nombreux", "nombreuses")
    if not first.raw[:1].isupper() or first.text in function_words():
        return False
    return not is_known_word(first.raw.lower()) or (len(words) > 1 and words[1].raw[:1].isupper())


def _complement_forms(before: str, group: tuple[Token, ...], rest: str, passive: bool) -> list[str] | None:
    """What may follow the verb: its complements up to the first clause boundary, then cut before each preposition;
    '' only when the verb says enough without them: a participle (« a été retrouvé », « est décédée »), no present
    (« se distingue | par … »), and no direct object, « à » or « en » that completes it (« a renoncé | au tramway »). None when
    the verb needs more than any cut keeps."""
    rest = SPLIT_RE.split(rest, maxsplit=1)[0]
    every = sentence_tokens(rest)
    words, cuts = _phrase(rest, every, 0)
    stop = every[len(words)] if len(words) < len(every) else None
    if stop is not None and (stop.text == "que" or stop.text.startswith("qu'")) and not any(_direct_object((word,)) for word in words):
        return None  # « a montré | que … », « a expliqué aux enquêteurs | que … »: the verb's object is the clause cut
    if participle_infinitive(group[-1].raw) in EN_VERBS:  # « a placé le système de santé | en état de vigilance »
        needed = next((index + 2 for index, word in enumerate(words) if word.text == "en"), 0)
        cuts = [cut for cut in cuts if cut >= needed]
    forms = [_span(rest, words[:index]) for index in [len(words), *reversed(cuts)] if index]
    if _verbal(group[-1]) and (not words or (0 in cuts and _optional(words[0], passive))) and not leaves_verb_hanging(before, rest):
        forms.append("")
    return list(dict.fromkeys(forms)) or None


def _optional(word: Token, passive: bool) -> bool:
    """Whether the complement the word opens may go: not a direct object or « à », « en » that completes the verb,
    nor, after an active verb, « de » (« parlent | d'une urgence »)."""
    return not _completes(word, passive) and (passive or not _complement_de(word))


def _complement_de(word: Token) -> bool:
    return word.text in DE_WORDS or word.text.startswith("d'")


def _completes(word: Token, passive: bool) -> bool:
    """Whether the word right after the verb opens what the verb needs: a direct object (« a annulé des arrêtés »; after
    « être », « des » is « de les »: « est décédée des suites »), « à » or « en » (« a renoncé au tramway »)."""
    return (word.text in VERB_COMPLETING or word.text in OBJECT_ARTICLES or word.text.startswith("l'")
            or (word.text in ("du", "des") and not passive))


def _phrase(text: str, words: tuple[Token, ...], first: int) -> tuple[tuple[Token, ...], list[int]]:
    """The words of a phrase up to what ends it (a relative pronoun, a coordinated clause, a gerund or present
    participle, a purpose « pour » + infinitive), and the indexes where a complement starts and a cut may fall."""
    cuts = []
    for index in range(first, len(words)):
        word = words[index]
        if _quoted(text, word.start):
            continue  # « au film « Un simple accident » »: a short quotation is one word of the phrase
        if _ends_phrase(words, index):
            words = words[:index]
            break
        starts = _complement_starts(word) or (word.text in LIST_WORDS and first == 0 and _new_phrase(words, index))
        if starts and (index == 0 or _cut_allowed(words, index, first == 1)):
            cuts.append(index)
        elif (index >= 2 and _participle_phrase(words, index) and words[index - 1].text not in function_words() | PARTICIPLE_ADVERBS
              and words[index - 1].text.split("'")[-1] not in NON_FINITE):  # « sur le point d'être | inauguré », « tant | attendue »
            if index + 1 < len(words) and words[index + 1].text == "par":
                words = words[:index]  # « deux toiles prêtées | par un collectionneur … »: the agent's phrase goes whole
                break
            cuts.append(index)  # « deux types de fromages | issus d'une fromagerie »: the participle phrase may go
    return words, cuts


def _count(word: Token) -> bool:
    """« 140 », « quarante », « deux cents »; not the « et » of « vingt et un » alone."""
    return word.text[:1].isdigit() or (word.text != "et" and number_word(word.text))


def _new_phrase(words: tuple[Token, ...], index: int) -> bool:
    """« et des dizaines de blessés »: « et » before a determiner or a count opens another complement a title may leave;
    « saine et sauve » is one."""
    following = words[index + 1] if index + 1 < len(words) else None
    return following is not None and (following.text in SUBJECT_DETERMINERS | {"des", "du"} or _count(following))


def _ends_phrase(words: tuple[Token, ...], index: int) -> bool:
    word = words[index]
    following = words[index + 1] if index + 1 < len(words) else None
    if word.text in RELATIVE_WORDS or word.text.startswith("qu'") or word.raw == "où" or word.text in CLAUSE_STOPS:
        return True
    if word.text in LIST_WORDS:  # « saine et sauve », « Gaudin et d'Oriola » go on; « et un kayakiste était » does not
        return (following is None or following.text in OBJECT_ARTICLES or _bare(following) in GROUP_OPENERS
                or following.text in CLITICS or (_finite(words, index + 1) and index + 2 < len(words)
                                                 and words[index + 2].text in OBJECT_ARTICLES))  # « réunit son matériel | et met le »
    if word.text in ("pour", "avant", "apres", "sans", "afin") and following is not None and _infinitive(following):
        return True  # « pour renforcer une digue »: a purpose, another clause
    if word.text == "en" and following is not None and _present_participle(following):
        return True  # « en décrochant un quatrième sacre »: a gerund
    # « concernant plusieurs fromages », « ayant conduit à »; « le restaurant » is a noun after its determiner
    return _present_participle(word) and (index == 0 or words[index - 1].text not in SUBJECT_DETERMINERS | OBJECT_ARTICLES | DE_WORDS)


def _present_participle(word: Token) -> bool:
    """« concernant », « ayant », « étant »: the lemmas read some as adjectives, their -er verb tells them."""
    if not (word.raw[:1].islower() and word.text.endswith("ant") and len(word.text) >= 5):
        return False
    return fold(lemma(word.raw)).endswith(("er", "ir", "re", "oir")) or is_known_word(word.text[:-3] + "er")


def _complement_starts(word: Token) -> bool:
    return word.text in DE_WORDS or word.text in PREPOSITIONS or word.text.startswith("d'")


def _participle_phrase(words: tuple[Token, ...], index: int) -> bool:
    """« issus d'une fromagerie », « installées en région »: a past participle with its own complement after the noun;
    a participle alone is an adjective (« les vols annulés »)."""
    word = words[index]
    following = words[index + 1].text if index + 1 < len(words) else ""
    return (word.raw[:1].islower() and word.text not in function_words() and _participle(word.raw)
            and fold(lemma(word.raw)).endswith(("er", "ir", "re")) and fold(lemma(word.raw)) != word.text  # not « musée »
            and (following in DE_WORDS | PREPOSITIONS or following.startswith("d'") or following in OBJECT_ARTICLES))


def _cut_allowed(words: tuple[Token, ...], index: int, subject: bool) -> bool:
    """Whether a noun phrase may end before words[index]: not on a function word, a count or measure that needs its
    complement, a number, an adjective that needs what follows, a participle whose complement it was, nor inside a
    name (« les Jeux | de Paris »)."""
    last = words[index - 1]
    if last.text in function_words() or last.text.split("'")[-1] in DEPENDENT_HEADS or last.text[:1].isdigit() or needs_complement(last.raw):
        return False
    if last.raw[:1].isupper() and index + 1 < len(words) and words[index + 1].raw[:1].isupper() and words[index].text in DE_WORDS:
        return False
    if words[index].text in DE_WORDS and index + 1 < len(words) and _count(words[index + 1]) and not subject:
        return False  # « a annoncé la suppression | de 140 postes »: the count is the news
    if _infinitive_follows(words, index):
        return False  # « est sur le point | d'être livré », « a tenté | de démonter »: the infinitive is what it says
    if words[index].raw.lower() == "à" and index + 1 < len(words) and _bare_noun(words[index + 1]):
        return False  # « garde | à vue », « sac | à dos »: a noun of two
    return not (last.raw[:1].islower() and _participle(last.raw) and index > 1
                and words[index - 2].text not in GROUP_OPENERS | NON_FINITE and fold(lemma(last.raw)).endswith(("er", "ir", "re")))


def _infinitive_follows(words: tuple[Token, ...], index: int) -> bool:
    word = words[index]
    if word.text.startswith("d'"):
        return _infinitive(Token(word.text[2:], word.start + 2, word.raw[2:]))
    return word.text in ("de", "a") and index + 1 < len(words) and _infinitive(words[index + 1])


def _bare_noun(word: Token) -> bool:
    return (word.raw[:1].islower() and word.text not in function_words() and not word.text[:1].isdigit()
            and not _infinitive(word) and "'" not in word.text)


def _span(text: str, words: tuple[Token, ...] | list[Token]) -> str:
    """The text from its start to the end of the last word given."""
    if not words:
        return ""
    last = words[-1]
    return text[: last.start + len(last.raw)].strip(" ,")
