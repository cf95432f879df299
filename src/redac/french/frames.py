"""Who does what to whom, clause by clause: each verb of a sentence with the noun phrases that play its roles
(agent, patient, recipient, opponent), over names and determined common nouns alike (« l'association »,
« le distributeur français Carmin »), read from French word order.

What arguments.py reads next to a verb, this reads through the shapes news sentences put between a verb and
its arguments: relative pronouns resolved to their antecedent (« l'association, qui l'avait poursuivi »: the
association acts; « qu'il avait poursuivie »: it undergoes; « une société à laquelle X l'a vendu »: it
receives), the passive and its « par » agent, a participle set between commas (« les syndicats, reçus par
X, »), an aside between a subject and its verb, a second verb sharing the first one's subject (« a confié …
et a été félicitée »), a gerund (« en battant X »: the subject of the clause beats), an infinitive whose agent
is the first verb's « à » object (« a ordonné à X de rembourser »), « face à X » (an opponent), the « à »
object after the direct one (« a préféré A à B »). A verb with no role read surely reads none: a missing role
only misses a swap, a wrong one raises a false alarm.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from redac.french.clause_verbs import (
    DETERMINERS,
    INFINITIVE_AUXILIARIES,
    after_auxiliary,
    copula,
    gap,
    gap_start,
    infinitive,
    object_pronoun,
    passive_at,
    punctuated,
    seeing,
    verb_flags,
    verb_key,
    verbs_of,
)
from redac.french.lemmas import lemma
from redac.french.noun_phrases import (
    DATIVE_RELATIVES,
    FAVOURING,
    RECIPIENT_RELATIVES,
    TIME_WORDS,
    Phrase,
    antecedent,
    closing_comma,
    noun_phrases,
    repeated_keys,
    subject_ending,
)
from redac.french.roles import Token, incise, outside_quotes, sentence_tokens, speech_word
from redac.french.text import fold

NOMINAL = {"rachat": "rachet", "achat": "achet", "acquisition": "acquer", "vente": "vend", "cession": "ced", "victoire": "batt",
           "succession": "remplac"}
# verbs whose subject makes the deal their object names (« X a annoncé le rachat de Y », « X prendra la succession de Y »)
ANNOUNCING = ("prend", "assur", "annonc", "finalis", "conclu", "officialis", "boucl", "confirm", "realis", "sign", "enterin", "lanc")
PRONOUN_KEY = "(il)"  # a subject pronoun opening its clause: the checks read it as the previous sentence's subject
RELATIVE_OBJECT = {"que", "qu'"}
INVERTING = {"que", "qu'", "dont", "ou", "auquel", "auxquels", "auxquelles"}  # « la digue que réclame le maire »: the subject follows the verb
SUBJECT_PRONOUNS = {"il", "elle", "ils", "elles", "on"}
SUBORDINATORS = {"que", "qu'", "qui", "dont", "ou", "si", "quand", "lorsque", "lorsqu'", "comme", "car", "mais", "et", "puis", "tandis", "alors"}
COORDINATORS = {"et", "mais", "puis", "avant", "ou"}
SUBJECT_CONTROL = {"promet", "promi", "decid", "accept", "refus", "menac", "tent", "essa", "chois", "propos", "envisag", "pens", "esper"}
SPEAKER_RELATIVE_RE = re.compile(r"(?i),\s+(?:(?:pour|selon|d['’]après)\s+)?(?:qui|lequel|laquelle)\b")
CLOSING_INCISE_MAX = 12  # words after an incise verb (« a accusé la maire de Collobrières, Josiane Bertin. »)
ASIDE_MAX = 18  # words of an aside between a subject and its verb (« L'association, qui a confié …, a félicité »)
OBJECT_REACH = 6  # words between a verb and its direct object (adverbs, time words)
INDIRECT_REACH = 12  # words between a verb and its « à » object, past the direct one and its appositions
CLAUSE_OPENERS = {"a", "ont", "avait", "avaient", "est", "sont", "sera", "seront", "etait", "etaient", "il", "elle", "ils", "elles", "on",
                  "ne", "se", "lui", "leur", "y", "en"}  # « et a été félicitée », « et il a »: another clause after « et »
CHOICE_MARKERS = {"favour": "favoured", "against": "rejected", "rather": "rejected"}  # « au profit de X », « au détriment de X », « plutôt que X »
# verbs whose « sur X » (« devant X ») is the other side: « l'a emporté sur X », « élue avec 14 voix d'avance sur X »
WINNING = ("emport", "remport", "impos", "se impos", "elu", "reelu", "reeli", "vainqu", "inclin", "se inclin", "triomph", "gagn")
RECEIVING = ("recev", "recoi", "recu", "obten", "touch", "percev", "percu")  # « a reçu 300 000 euros de X »: X gives
WINNER_WORDS = {"vainqueur", "vainqueure", "gagnant", "gagnante", "vainqueurs", "gagnants"}  # « déclaré vainqueur … sur X »: a win
ACRONYM_RE = re.compile(r"\s\([^()«»]{1,40}\)")  # an aside in brackets: « la BRO (Banque …) », « Gérard Pons (LR) »
CLAUSE_PUNCTUATION_RE = re.compile(r"[;:.!?()«»\"“”]")


@dataclass(frozen=True, slots=True)
class Frame:
    verb: str  # the verb's key (word_key of its form)
    at: int  # token index
    transitive: bool  # it acts on something: passive, an object read or an object pronoun (« l'a vendu »)
    incise: bool  # « …, a déclaré le ministre », « …, a ordonné le juge »: its subject follows it, no role read
    roles: tuple[tuple[str, str], ...]  # (role, entity key); "undergoer" (« s'est vu infliger »): patient or recipient
    subject: frozenset[str] = frozenset()  # its subject's keys; PRONOUN_KEY for « Il accuse … » (checks resolve it)


@lru_cache(maxsize=4096)
def frames(sentence: str) -> tuple[Frame, ...]:
    """The verbs of a sentence, each with the roles its noun phrases surely play."""
    sentence = sentence.replace("’", "'")  # one apostrophe (same length: offsets hold)
    sentence = ACRONYM_RE.sub(lambda found: " " * len(found.group(0)), sentence)  # « la Banque … (BRO) a annoncé »: the name is enough
    words = sentence_tokens(sentence)
    blank = outside_quotes(sentence)
    quoted = tuple(blank[token.start] == " " for token in words)
    phrases = noun_phrases(sentence, words, quoted)
    starting = {phrase.start: phrase for phrase in phrases}
    ending = {phrase.end: phrase for phrase in phrases}
    found: list[Frame] = []
    subjects: list[tuple[int, Phrase | None, bool]] = []  # (verb index, subject phrase, passive) of each verb read
    repeated = repeated_keys(phrases)
    for at in sorted({*verbs_of(words, quoted), *_participles(sentence, words, quoted)}):
        roles: list[tuple[str, Phrase]] = []
        passive = passive_at(words, at)
        subject, speech = _subject(sentence, words, at, ending, subjects, found)
        seen = at > 0 and seeing(words, at - 1)
        if seen:  # « la région s'était vu infliger par la SNCF une pénalité »: the subject receives, « par X » acts
            objects = _objects(sentence, words, at, starting, False)
            agents = [(role, phrase) for role, phrase in _objects(sentence, words, at, starting, True) if role == "agent"]
            roles = ([("undergoer", subject)] if subject is not None else []) + [item for item in objects if item[0] != "agent"] + agents
            subjects.append((at, subject, True))
            found.append(Frame(verb_key(sentence, words, at), at, True, False, _keyed(roles, repeated)))
            continue
        if subject is not None:
            roles.append(("patient" if passive else "agent", subject))
        if speech:
            found.append(Frame(verb_key(sentence, words, at), at, False, True, ()))
            continue  # « …, a déclaré le ministre »: the speaker follows, checks/speakers.py reads it
        relative = _relative_role(sentence, words, at, ending)
        if relative:
            roles.append(relative)
        if not copula(words[at]):
            roles += [(role, phrase) for role, phrase in _objects(sentence, words, at, starting, passive) if phrase is not subject]
        subjects.append((at, subject, passive))
        transitive = passive or any(role == "patient" for role, _ in roles) or object_pronoun(sentence, words, at)
        keys = frozenset(subject.keys - repeated) if subject is not None else frozenset()
        verb = "elu" if at + 1 < len(words) and words[at + 1].text in WINNER_WORDS else verb_key(sentence, words, at)  # « déclaré vainqueur »
        found.append(Frame(verb, at, transitive, False, _keyed(roles, repeated), keys))
    found += _nominal_frames(words, phrases, found, repeated)
    return tuple(found)


def _nominal_frames(words: tuple[Token, ...], phrases: list[Phrase], found: list[Frame], repeated: frozenset[str]) -> list[Frame]:
    """« la BRO a annoncé le rachat de CMA », « le rachat de CMA par la BRO », « la vente du site à X », « la victoire de
    A sur B »: a noun of a deal or a win read as its verb; the « de » phrase is its object (the winner, for a win), « par
    X » its agent, else the subject of the verb announcing it."""
    frames_read = []
    for index, word in enumerate(words):
        verb = NOMINAL.get(word.text)
        if verb is None or index == 0 or words[index - 1].text not in DETERMINERS | {"l'"}:
            continue
        following = [phrase for phrase in phrases if index < phrase.start <= index + INDIRECT_REACH]
        roles: list[tuple[str, Phrase]] = []
        for phrase in following:
            if phrase.marker == "de" and not roles:
                roles.append(("agent" if verb == "batt" else "patient", phrase))
            elif phrase.marker == "par":
                roles.append(("agent", phrase))
            elif phrase.marker == "a" and verb != "batt":
                roles.append(("recipient", phrase))
            elif phrase.marker in ("sur", "face", "contre") and verb == "batt":
                roles.append(("patient", phrase))
            elif phrase.marker not in ("de", "a", "par"):
                break
        keyed = list(_keyed(roles, repeated))
        if not any(role == "agent" for role, _ in keyed):
            announcing = next((frame for frame in found if frame.verb.startswith(ANNOUNCING) and ("patient", fold(lemma(word.raw))) in frame.roles), None)
            keyed += [("agent", key) for key in (announcing.subject if announcing is not None else ()) if key != PRONOUN_KEY]
        if keyed:
            frames_read.append(Frame(verb, index, True, False, tuple(keyed)))
    return frames_read


def _participles(sentence: str, words: tuple[Token, ...], quoted: tuple[bool, ...]) -> list[int]:
    """« …, accusant la liste de X d'avoir … »: a present participle after a comma, its subject the clause's."""
    return [index for index, word in enumerate(words) if index and not quoted[index] and word.text.endswith("ant")
            and gap(sentence, words, index).strip() == "," and fold(lemma(word.raw)) != word.text and fold(lemma(word.raw)).endswith(("er", "ir", "re"))]


def _keyed(roles: list[tuple[str, Phrase]], repeated: frozenset[str]) -> tuple[tuple[str, str], ...]:
    return tuple((role, key) for role, phrase in roles for key in phrase.keys if key not in repeated)


def _subject(sentence: str, words, at: int, ending: dict[int, Phrase], subjects: list, found: list[Frame]) -> tuple[Phrase | None, bool]:
    """(the verb's subject phrase or None, whether it is a speech verb in an incise whose speaker follows)."""
    if at and words[at].text.endswith("ant") and (words[at - 1].text == "en" or gap(sentence, words, at).strip() == ","):
        return (subjects[-1][1] if subjects and not subjects[-1][2] else None), False  # « en battant X », « …, accusant X »: the clause's subject acts
    back = gap_start(sentence, words, at)
    previous = words[back].text if back >= 0 else ""
    between = sentence[words[back].start + len(words[back].raw) : words[at].start] if back >= 0 else ""
    if not after_auxiliary(words, at) and passive_at(words, at):
        return _participle_subject(sentence, words, at, back, between, ending), False
    if previous == "qui" and "," not in between:
        return antecedent(words, back, ending), False
    if previous in INVERTING and "," not in between:
        return _inverted_subject(sentence, words, at, ending), False
    if previous in COORDINATORS and subjects and "," not in between:
        return subjects[-1][1], False  # « a confié … et a été félicitée »: the first verb's subject
    perfect = any(word.text in INFINITIVE_AUXILIARIES for word in words[back + 1 : at])  # « de ne pas avoir consulté »
    bare = infinitive(words[at].text, fold(lemma(words[at].raw))) or perfect
    if previous in ("de", "d'") and bare and found and found[-1].at >= back - 1 - OBJECT_REACH and "," not in between:
        joined = any(word.text in ("et", "ou") for word in words[found[-1].at + 1 : back])
        return (None if joined else _controller(sentence, words, found[-1], subjects)), False
    if bare and found and found[-1].at == back and subjects and subjects[-1][0] == back and not subjects[-1][2]:
        return subjects[-1][1], False  # « le prévenu conteste avoir menacé »: the first verb's subject
    completive = previous[:3] == "qu'" and previous[3:] in SUBJECT_PRONOUNS - {"on"} and back > 0 and ending.get(back - 1) is None
    if completive and subjects and not subjects[-1][2] and "," not in between:
        return subjects[-1][1], False  # « CMA a annoncé lundi qu'il rachetait »: the one who speaks
    if previous in SUBJECT_PRONOUNS - {"on"} and (back == 0 or gap(sentence, words, back).strip() == ",") and "," not in between:
        return Phrase(frozenset({PRONOUN_KEY}), back, back, "", False), False  # « Il accuse le ministère », « En février, elle avait saisi »
    if back >= 0 and "," not in between and not CLAUSE_PUNCTUATION_RE.search(between):
        return subject_ending(words, back, ending), False
    if back >= 0 and "," in between:
        apposed = ending.get(back)
        if apposed is not None and "," in sentence[words[apposed.start].start : words[back].start]:
            return subject_ending(words, back, ending), False  # « Le président de la métropole, Alain Delmas, a appelé »
        aside = _before_aside(sentence, words, back, ending)
        if aside is not None:
            return aside, False
        said = speech_word(words[at].text) and incise(outside_quotes(sentence)[: words[at].start])
        return None, said or _closing_subject(sentence, words, at, ending)
    return None, False


def _inverted_subject(sentence: str, words: tuple[Token, ...], at: int, ending: dict[int, Phrase]) -> Phrase | None:
    """« l'alliance que dirigent les États-Unis »: after « que », « dont », « où » right before the verb, the
    subject follows it."""
    following = at + 1
    phrase = next((phrase for phrase in ending.values() if phrase.start == following), None)
    return phrase if phrase is not None and phrase.marker == "" and not punctuated(sentence, words, following) else None


def _participle_subject(sentence: str, words: tuple[Token, ...], at: int, back: int, between: str, ending: dict[int, Phrase]) -> Phrase | None:
    """What a participle set between commas qualifies: the phrase before it (« Les syndicats de cheminots, reçus
    jeudi par X, »), or, opening the sentence, the phrase after its clause (« Présidé par X, le jury a préféré »)."""
    if back >= 0 and between.strip() == ",":  # « infligé une amende à l'Aviron bayonnais, accusé par »; « Le Castres olympique, accusé par »
        return subject_ending(words, back - (back not in ending and back - 1 in ending and words[back].raw[:1].islower()), ending, ("", "a"))
    if back < 0:
        comma = next((index for index in range(at + 1, len(words)) if gap(sentence, words, index).strip() == ","), len(words))
        following = next((index for index in range(comma, len(words)) if verb_flags(words)[index]), None)  # « Accusée … d'avoir abîmé …, X a »
        after = next((phrase for phrase in ending.values() if phrase.start == comma and phrase.marker == ""), None)  # no verb read after it
        return subject_ending(words, gap_start(sentence, words, following), ending) if following is not None else after
    return None


def _closing_subject(sentence: str, words: tuple[Token, ...], at: int, ending: dict[int, Phrase]) -> bool:
    """« …, a ordonné le juge. »: a verb after a comma with no subject before it, and one noun phrase after it
    ending the sentence, is an incise whose subject follows (read as no role)."""
    rest = sentence[words[at].start :]
    close = SPEAKER_RELATIVE_RE.search(rest)  # « …, accuse la présidente, Claire Besnard, pour qui « … » »: the speaker's relative ends it
    end = len(rest) if close is None else close.start()
    tail = range(at + 1, next((index for index in range(at + 1, len(words)) if words[index].start >= words[at].start + end), len(words)))
    phrase = next((phrase for phrase in ending.values() if phrase.start in tail), None)
    return (phrase is not None and phrase.marker == "" and len(tail) <= CLOSING_INCISE_MAX and not any(verb_flags(words)[index] for index in tail)
            and not CLAUSE_PUNCTUATION_RE.search(rest[:end].rstrip(".!?…")))


def _controller(sentence: str, words: tuple[Token, ...], governing: Frame, subjects: list) -> Phrase | None:
    """An infinitive's agent: the governing verb's « à » object (« a ordonné à X de rembourser »), else its direct
    object (« a accusé l'État de ne pas avoir financé », « X a été accusé de »), else its subject (« a promis de »,
    « menacent de »); none where an object pronoun stands for the one who acts (« lui reproche de »)."""
    for wanted in ("recipient", "patient"):
        keys = frozenset(key for role, key in governing.roles if role == wanted)
        if keys and not (wanted == "recipient" and governing.verb.startswith(tuple(SUBJECT_CONTROL))):
            return Phrase(keys, governing.at, governing.at, "", False)
    if governing.transitive or any(word.text in ("lui", "leur") for word in words[gap_start(sentence, words, governing.at) + 1 : governing.at]):
        return None
    return next((subject for verb, subject, passive in reversed(subjects) if verb == governing.at and not passive), None)


def _before_aside(sentence: str, words: tuple[Token, ...], back: int, ending: dict[int, Phrase]) -> Phrase | None:
    """The subject before an aside set between commas (« L'association, qui a confié …, a félicité », « Les
    syndicats, reçus jeudi par X, ont salué », « Tessier, 67 ans, a été condamné »)."""
    for opening in range(back, max(-1, back - ASIDE_MAX), -1):
        if opening and punctuated(sentence, words, opening):
            gap = sentence[words[opening - 1].start + len(words[opening - 1].raw) : words[opening].start].strip()
            if gap != ",":
                return None
            if not _aside(words, opening, back):
                return None
            return subject_ending(words, opening - 1, ending)
    return None


def _aside(words: tuple[Token, ...], first: int, last: int) -> bool:
    """Whether tokens first..last read as an aside: a relative clause, a participle's clause, or words with no verb."""
    if words[first].text in ("qui", "que", "dont", "ou", "lequel", "laquelle") or words[first].text.startswith("qu'"):
        return True
    return not any(verb_flags(words)[first + 1 : last + 1])


def _relative_role(sentence: str, words: tuple[Token, ...], at: int, ending: dict[int, Phrase]) -> tuple[str, Phrase] | None:
    """The role of the antecedent of a relative pronoun before the verb's subject: « qu'il avait poursuivie »,
    « que le maire réclame » (patient), « à laquelle X l'a vendu », « auquel » (recipient)."""
    back = gap_start(sentence, words, at)
    if back < 0:
        return None
    text = words[back].text
    if (text.startswith("qu'") and text[3:] in SUBJECT_PRONOUNS) or text in RELATIVE_OBJECT:  # « qu'il avait poursuivie », « que dirigent X »
        return _object_of_relative(words, back, ending)
    if text in DATIVE_RELATIVES:  # « Julien Bertrand, auquel succédera Carmen Ortega »
        phrase = antecedent(words, back, ending)
        return ("recipient", phrase) if phrase else None
    subject = ending.get(back)
    start = subject.start if subject is not None else back if text in SUBJECT_PRONOUNS else -1
    if start <= 0:
        return None
    pronoun = words[start - 1].text
    if pronoun in RELATIVE_OBJECT:
        return _object_of_relative(words, start - 1, ending)
    if pronoun in DATIVE_RELATIVES or (pronoun in RECIPIENT_RELATIVES and start > 1 and words[start - 2].raw.lower() == "à"):
        phrase = antecedent(words, start - 1, ending)
        return ("recipient", phrase) if phrase else None
    return None


def _object_of_relative(words: tuple[Token, ...], at: int, ending: dict[int, Phrase]) -> tuple[str, Phrase] | None:
    """What « que » stands for: the verb's object, or in a cleft the role its preposition gives (« C'est au français
    Arjomari que le groupe avait racheté la papeterie »: the seller, as in « racheté … au français Arjomari »)."""
    phrase = antecedent(words, at, ending)
    if phrase is None:
        return None
    opening = phrase.start - (2 if phrase.marker in ("par", "face") or words[phrase.start].text not in ("au", "aux") else 1)
    cleft = opening >= 0 and words[opening].text in ("c'est", "c'etait", "ce")
    return ({"a": "recipient", "par": "agent", "face": "opponent"}.get(phrase.marker, "patient") if cleft else "patient", phrase)


def _objects(sentence: str, words: tuple[Token, ...], at: int, starting: dict[int, Phrase], passive: bool) -> list[tuple[str, Phrase]]:
    """The phrases after the verb in its clause: its direct object (active verbs), its « à » object, « face à X »,
    and the « par » agent of a passive; a short span set between commas is stepped over (« a préféré « Nord-Est »,
    du Canadien X, au film »), and the comma closing an apposition read goes on (« a vendu son gardien, X, au Sporting »)."""
    found: list[tuple[str, Phrase]] = []
    verb = "elu" if at + 1 < len(words) and words[at + 1].text in WINNER_WORDS else verb_key(sentence, words, at)
    reach, index, skipped, jumped = OBJECT_REACH, at + 1, 0, False
    while index < len(words) and index - at - skipped <= reach:
        spacing = gap(sentence, words, index)
        if CLAUSE_PUNCTUATION_RE.search(spacing.replace("«", "").replace("»", "")) or words[index].text.startswith(("qu'", "lorsqu'")):
            break
        if words[index].text in SUBORDINATORS and not (words[index].text in ("et", "ou") and not _clause_opens(words, index + 1)) \
                and not (words[index].text == "que" and words[index - 1].text == "plutot"):
            break  # « des dommages et intérêts à l'association »: « et » joining nouns goes on; « plutôt que X » too
        closes = bool(found) and found[-1][1].end == index - 1 and "," in sentence[words[found[-1][1].start].start : words[index - 1].start]
        if "," in spacing and not jumped and words[index].text != "face" and not _choice_opens(words, index) and not closes:  # « …, face au Breton X »
            closing = closing_comma(sentence, words, index)
            if closing is None:
                break
            skipped, index, jumped = skipped + closing - index, closing, True
            continue
        phrase = starting.get(index)
        if jumped and (phrase is None or phrase.marker not in ("a", "face", "contre", "par", *CHOICE_MARKERS)):
            break  # « dominée, avec 18 victoires, La Rochelle échoue »: past a span between commas, only « à X », « face à X »
        jumped = False
        if phrase is None:
            if verb_flags(words)[index]:
                break
            index += 1
            continue
        role = _role_after(phrase, passive, found, verb, _determined(words, phrase))
        if role:
            found.append((role, phrase))
            reach = INDIRECT_REACH
        elif phrase.marker in ("de", "a", "avec"):
            skipped += phrase.end - phrase.start + 1  # « élue à la tête du comité des régions, face au Breton X »: complements
        index = phrase.end + 1
    return found


def _choice_opens(words: tuple[Token, ...], index: int) -> bool:
    """« …, au détriment des lignes », « …, plutôt que X »: a choice's other side after a comma, still the verb's."""
    following = words[index + 1].text if index + 1 < len(words) else ""
    return (words[index].text in ("au", "aux", "en") and following in FAVOURING) or (words[index].text == "plutot" and following == "que")


def _clause_opens(words: tuple[Token, ...], index: int) -> bool:
    """« et a été félicitée », « et il a », « et ne pourra »: after « et », a verb or what stands before one."""
    if index >= len(words):
        return True
    text = words[index].text
    return verb_flags(words)[index] or text in CLAUSE_OPENERS or text[:2] in ("n'", "s'", "l'")


def _determined(words: tuple[Token, ...], phrase: Phrase) -> bool:
    """« du club », « de la région », « de Valdor »: a « de » phrase naming who or what, not « d'euros », « des voix »."""
    first = words[phrase.start].text
    return phrase.named or first == "du" or (first in DETERMINERS - {"des"} and phrase.start > 0 and words[phrase.start - 1].text in ("de", "d'"))


def _role_after(phrase: Phrase, passive: bool, found: list[tuple[str, Phrase]], verb: str = "", determined: bool = False) -> str | None:
    """The role a phrase after the verb plays; an « à » phrase after a passive plays none (« condamné à deux ans »,
    « associés à l'expertise », « élue à la tête »), nor a time (« a signé la semaine dernière »). « au profit de X »
    and « plutôt que X » say which side a choice favours; « sur X » after a verb of winning is the one beaten
    (« l'a emporté sur X », « élue avec 14 voix d'avance sur X »); « de X » after a verb of receiving is the giver."""
    roles = {role for role, _ in found}
    if phrase.keys & TIME_WORDS:
        return None
    if phrase.marker in CHOICE_MARKERS:
        return CHOICE_MARKERS[phrase.marker]
    if phrase.marker == "par":
        return "agent" if passive and "agent" not in roles else None
    if phrase.marker in ("face", "contre") or (phrase.marker in ("sur", "devant") and verb.startswith(WINNING) and (phrase.marker == "sur" or phrase.named)):
        return "opponent"
    if phrase.marker == "de" and verb.startswith(RECEIVING) and not passive and determined and "source" not in roles:
        return "source"
    if phrase.marker == "a":  # after a passive, a person only (« présentée à la responsable, Lucía Moreno »; not « élue à la tête »)
        return "recipient" if "recipient" not in roles and (not passive or phrase.named) else None
    if phrase.marker == "" and not passive and not roles - {"recipient"}:  # « a acheté au Sporting son gardien »
        return "patient"
    return None
