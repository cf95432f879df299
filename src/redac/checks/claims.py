"""Claims, not only entities: a sentence built on a source sentence must keep its polarity, its roles,
its speakers, its nationalities and what its numbers count.

Each comparison reads the article sentence against the source sentence it is aligned with (most of
its content words come from it) and that sentence's neighbours, so a rewrite in new words that says
the same raises nothing, while « n'a pas imposé » → « a imposé », « a déclaré Stoltenberg » →
« a déclaré Zelensky », « albanais » → « serbe » or « 14 chars » → « 14 avions » are caught.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import combinations
from typing import TYPE_CHECKING

from redac.checks.findings import Unsupported
from redac.french.demonyms import place_adjectives, supports_adjective
from redac.french.facts import Fact, extract_facts, quote_key
from redac.french.lemmas import lemma
from redac.french.negation import opposites, polarity, word_key
from redac.french.nouns import may_count_same
from redac.french.roles import PASSIVE_AUXILIARIES, coordinated, outside_quotes, sentence_tokens, side, speaker_offset, token_index, verb_anchors
from redac.french.text import fold
from redac.french.tokens import tokens
from redac.french.wordlists import function_words

if TYPE_CHECKING:
    from redac.checks.faithfulness import SourceFacts, SourceSentence

# The thresholds are `Limits` fields (claim_*), read from `source.limits`.
COUNT_SKIPPED = {
    "de", "d", "des", "du", "autres", "autre", "nouveaux", "nouvelles", "nouveau", "nouvelle", "premiers", "premieres",
    "derniers", "dernieres", "jeunes", "grands", "grandes", "petits", "petites", "seuls", "seules", "principaux",
    "principales", "anciens", "anciennes", "millions", "milliards", "mille", "environ", "au", "moins", "plus",
}
ARTICLES = {"la", "le", "les", "l'"}
COMPLEMENT_MARKERS = {"de", "d'", "du", "des", "en", "dans", "sur", "vers", "pour", "chez", "depuis", "entre", "selon", "contre", "avec"}
MEASURE_NOUNS = {"poste", "tonne", "litre", "kilo", "hectare", "metre", "lot", "serie", "groupe", "dose", "sac", "caisse", "paire"}
HOMOGRAPH_NOUNS = {"avions", "bus", "cars", "points", "faits", "tours", "fois", "etes"}  # nouns spelled like function words
GENERIC_PEOPLE = {"personne", "individu", "gens", "participant", "membre"}  # nouns that count people without saying more
PEOPLE_UNITS = {"personne", "mort", "blesse", "habitant"}  # units of facts.py that are counted nouns
FINITE_ENDINGS = ("aient", "ait", "ent", "erent", "eront", "erait", "irent", "issent")  # verb forms, never a counted noun
SHARE_OF_RE = re.compile(r"(?i)\bsur\s*$")
AUXILIARY_WORDS = {"a", "ont", "avait", "avaient", "aura", "auront", "est", "sont", "ete", "etait", "etaient", "sera", "seront"}
INVERTING = {"que", "qu'", "qu’", "ou", "dont"}  # « la gratuité que réclame X »: the subject follows its verb
NOUN_ENDINGS = ("trice", "trices", "teur", "teurs", "tion", "tions", "isme", "iste")  # nouns the lemmas map to another word
OBJECT_REACH = 6  # words between a verb and the name it governs
QUOTE_SPAN_MAX = 5  # sentences a quotation may run over
JOINED_RE = re.compile(r"(?i)\b(?:et|ni|ou)\s*$")
INFINITIVE_LINK_RE = re.compile(r"(?:à|de|d['’])(?:\s|$)")
CLAUSE_END_RE = re.compile(r"[,;:.!?()«»\"“”]")
YEAR_RE = re.compile(r"^(?:1[89]|20)\d\d$")


def claim_issues(where: str, sentence: str, source: SourceFacts, reported: set[str]) -> list[Unsupported]:
    """What `sentence` claims differently from the source; `reported` facts are not reported twice."""
    best = source.aligned(sentence, share=source.limits.claim_aligned_share, min_words=source.limits.claim_aligned_min_words)
    local = source.aligned(sentence)
    closing = "« " + sentence if sentence.count("»") > sentence.count("«") else sentence  # the end of a quotation over sentences
    found = [*_speaker_issues(closing, source), *_adjective_issues(sentence, source, local), *_counted_issues(sentence, source, local)]
    if best is not None:
        found += _polarity_issues(sentence, source, best) + _role_issues(sentence, source, best)
        if not any(kind in ("speaker", "role") for kind, *_ in found):
            found += _attribution_issues(sentence, source, best)
    return [
        Unsupported(kind, text, reason, where, sentence, said.text if said else "", said.where if said else "")
        for kind, text, reason, said in found
        if text not in reported
    ]


Finding = tuple[str, str, str, "SourceSentence | None"]


def _polarity_issues(sentence: str, source: SourceFacts, best: int) -> list[Finding]:
    """A word the source negates that the article affirms (dropped), or a negation where the passage has none (added)."""
    mine = polarity(sentence)
    said = source.sentences[best]
    around = [(near, polarity(near.text)) for near in source.window(best)]
    best_affirms = polarity(said.text).affirmed
    for near, theirs in around:
        elsewhere = frozenset() if near is said else best_affirms  # a neighbour counts where the best sentence is silent
        dropped = (theirs.negated - theirs.affirmed - elsewhere) & mine.affirmed - mine.negated
        if dropped and mine.negations < theirs.negations:  # as many negations: one moved onto other words (« n'y était jamais parvenue »)
            return [("negation", _written(sentence, dropped), "négation supprimée : la source dit le contraire", near)]
    negated_around = frozenset().union(*(theirs.scope for _, theirs in around))  # what the passage's negations reach
    best_says = polarity(said.text)
    opposed = opposites(mine.negated) & frozenset().union(*(theirs.affirmed for _, theirs in around))
    added = mine.negated & best_says.affirmed - negated_around  # a word the source affirms, negated
    # the negation bears on what the source negates too (moved, not added), or says the opposite word the source affirms
    shares = bool(mine.scope & negated_around) or bool(opposed)
    passage_negates = any(theirs.negations for _, theirs in around)  # a negation of the next sentence may move into this one
    if (mine.negations and not passage_negates and not shares) or (added and (not shares or mine.negations > best_says.negations)):
        text = _written(sentence, added or mine.negated) if mine.negated else sentence[:40]
        return [("negation", text, "négation ajoutée : la source ne dit pas le contraire", said)]
    return []


def _written(sentence: str, keys: frozenset[str]) -> str:
    """The first word of `sentence` with one of the word keys, as written."""
    return next((token for token in tokens(sentence) if word_key(token) in keys), sorted(keys)[0])


def _role_issues(sentence: str, source: SourceFacts, best: int) -> list[Finding]:
    said = source.sentences[best]
    mine, theirs = sentence_tokens(sentence), sentence_tokens(said.text)
    my_names, their_names = _name_positions(sentence), _name_positions(said.text)
    common = sorted(set(my_names) & set(their_names))
    my_verbs, their_verbs = verb_anchors(sentence), verb_anchors(said.text)
    verbs = set(my_verbs) & set(their_verbs)
    sides = {
        (name, verb): (side(mine, my_names[name], my_verbs[verb]), side(theirs, their_names[name], their_verbs[verb]))
        for name in (common if len(common) > 1 else ())  # a swap needs two names on both sides
        for verb in verbs
    }
    for first, second in combinations(common, 2):
        a, b, c, d = my_names[first], my_names[second], their_names[first], their_names[second]
        if coordinated(mine, a, b) or coordinated(theirs, c, d):
            continue
        for verb in verbs:
            (mine_a, theirs_a), (mine_b, theirs_b) = sides[(first, verb)], sides[(second, verb)]
            if 0 not in (mine_a, mine_b, theirs_a, theirs_b) and mine_a != mine_b and (mine_a, mine_b) == (theirs_b, theirs_a):
                agent = first if mine_a < 0 else second
                return [("role", _display(sentence, agent), "rôles inversés : la source dit qui fait quoi autrement", said)]
    flipped = _flipped_person(sentence, source, said, (my_names, their_names), (my_verbs, their_verbs))
    return flipped or _subject_issues(sentence, source, said, (mine, theirs), (my_verbs, their_verbs))


def _flipped_person(sentence: str, source: SourceFacts, said: SourceSentence, names, verbs) -> list[Finding]:
    """One person on the other side of the same verb (« Perrier a remercié les dameurs » → « Les dameurs ont
    remercié Perrier », « La maire a demandé à l'État » → « L'État a demandé à la maire »): the agent made the
    patient, or the reverse. An object must follow its verb in the clause, no comma between them (« Après
    avoir remercié les dameurs, Perrier … » is the subject after a fronted clause)."""
    mine, theirs = sentence_tokens(sentence), sentence_tokens(said.text)
    for key in set(names[0]) & set(names[1]):
        person = _display(sentence, key)
        if not source.is_person(person):
            continue
        for verb in set(verbs[0]) & set(verbs[1]):
            if not (_plain_verb(mine, verbs[0][verb]) and _plain_verb(theirs, verbs[1][verb])):
                continue
            my_side = side(mine, names[0][key], verbs[0][verb])
            their_side = side(theirs, names[1][key], verbs[1][verb])
            if 0 in (my_side, their_side) or my_side == their_side:
                continue
            if _plain_object(sentence, mine, names[0][key], verbs[0][verb]) if my_side > 0 else _plain_object(said.text, theirs, names[1][key], verbs[1][verb]):
                return [("role", person, "rôles inversés : la source dit qui fait quoi autrement", said)]
    return []


def _plain_object(sentence: str, words, name: int, verb: int) -> bool:
    """A name standing as the verb's object: after it, in its clause, within a few words, not its agent
    (« dirigée par l'ancien champion Stefan Gruber ») nor the subject of a relative (« que réclame X »)."""
    between = words[verb + 1 : name]
    inverted = any(word.text in INVERTING for word in words[max(0, verb - 2) : verb])
    return (0 < name - verb <= OBJECT_REACH and not inverted and not any(word.text == "par" for word in between)
            and not CLAUSE_END_RE.search(sentence[words[verb].start : words[name].start]))


def _plain_verb(words, index: int) -> bool:
    """A token that is surely a verb: after an auxiliary, or an inflected form of a verb (« réclame »,
    « a remercié »), not a noun the lemmas read as one (« ministre », « dessinatrice »)."""
    word = words[index]
    base = fold(lemma(word.raw))
    inflected = base != word.text or (index > 0 and words[index - 1].text in AUXILIARY_WORDS)
    return inflected and base.endswith(("er", "ir", "re")) and not word.text.endswith(NOUN_ENDINGS)


def _subject_issues(sentence: str, source: SourceFacts, said: SourceSentence, words, verbs) -> list[Finding]:
    """The person acting in the source sentence (« Isabelle Morvan a répondu ») must not act as another one."""
    mine, theirs = words
    if not _names_at(sentence) or not _names_at(said.text):
        return []  # no name to act on either side
    for verb in set(verbs[0]) & set(verbs[1]):
        my_subject = _subject(sentence, mine, verbs[0][verb], source)
        their_subject = _subject(said.text, theirs, verbs[1][verb], source) if my_subject else None
        if my_subject and their_subject and not set(fold(my_subject).split()) & set(fold(their_subject).split()):
            return [("role", my_subject, f"la source attribue cette action à {their_subject}", said)]
    return []


def _subject(sentence: str, words, verb: int, source: SourceFacts) -> str | None:
    """The person just before an active verb, in its clause (« Thierry Lebrun a répondu »)."""
    if any(word.text in PASSIVE_AUXILIARIES for word in words[max(0, verb - 2) : verb]):
        return None
    before = [fact for fact, index in _names_at(sentence) if index < verb]
    if not before or not source.is_person(before[-1].text) or _complement(sentence, before[-1].start):
        return None
    if JOINED_RE.search(sentence[: before[-1].start]):
        return None  # « lui et Zelenskyy avaient discuté »: a joint subject, which no swap can be read from
    between = sentence[before[-1].end : words[verb].start].lstrip(" ,")  # « Le maire, Pauline Dussart, a averti »: an apposition
    if INFINITIVE_LINK_RE.match(between):
        return None  # « exhorté Jens Stoltenberg à inciter »: the name is the verb's object, not its subject
    return before[-1].text if len(between.split()) <= 3 and not CLAUSE_END_RE.search(between) else None


@lru_cache(maxsize=4096)
def _name_positions(sentence: str) -> dict[str, int]:
    """Surname key -> token index of each name written once in the sentence, standing as a subject,
    an object or an agent (« de Moscou », « en Ukraine » are complements: they play no role)."""
    seen: dict[str, list[int]] = {}
    for fact, index in _names_at(sentence):
        seen.setdefault(_name_key(fact.text), []).append(-1 if _complement(sentence, fact.start) else index)
    return {key: places[0] for key, places in seen.items() if len(places) == 1 and places[0] >= 0}


@lru_cache(maxsize=4096)
def _names_at(sentence: str) -> tuple[tuple[Fact, int], ...]:
    """The sentence's names with the index of their first token."""
    words = sentence_tokens(sentence)
    return tuple((fact, token_index(words, fact.start)) for fact in extract_facts(sentence) if fact.kind == "name")


def _complement(sentence: str, start: int) -> bool:
    """« de Moscou », « d'Ukraine », « dans la montée de la Croix-Rousse »: a name after a preposition."""
    before = fold(sentence[max(0, start - 16) : start]).replace("’", "'")
    if before.endswith("d'"):
        return True
    previous = re.findall(r"\w+'?", before)
    if len(previous) > 1 and previous[-1] in ARTICLES:
        previous.pop()
    return bool(previous) and (previous[-1] in COMPLEMENT_MARKERS or previous[-1] == "d'")


def _name_key(name: str) -> str:
    return fold(name).replace("’", "'").split()[-1].split("'")[-1]


def _display(sentence: str, key: str) -> str:
    return next((fact.text for fact in extract_facts(sentence) if fact.kind == "name" and _name_key(fact.text) == key), key)


def _speaker_issues(sentence: str, source: SourceFacts) -> list[Finding]:
    """The person a quotation is attributed to must be the one the source attributes it to."""
    spot = speaker_offset(sentence)
    speaker = _speaker(sentence, *spot, source) if spot else None
    if speaker is None:
        return []
    for fact in extract_facts(sentence):
        index = _quoting_sentence(fact.value, source) if fact.kind == "quote" else None
        if index is None:
            continue
        said = source.sentences[index]
        their_spot = speaker_offset(said.text)
        theirs = _speaker(said.text, *their_spot, source) if their_spot else None
        allowed = set(fold(theirs.text).split()) if theirs else _speakers_around(source, index)
        if allowed and not set(fold(speaker.text).split()) & allowed:
            return [("speaker", speaker.text, "citation attribuée à une autre personne que dans la source", said)]
    return []


def _attribution_issues(sentence: str, source: SourceFacts, best: int) -> list[Finding]:
    """Who reports what the sentence says (« a averti X », « selon X », « X a précisé que »), quotation
    or not, must be who reports it in the source sentence it is built on."""
    said = source.sentences[best]
    mine, theirs = _reporter(sentence, source), _reporter(said.text, source)
    if mine and theirs and not set(fold(mine.text).split()) & set(fold(theirs.text).split()):
        return [("speaker", mine.text, f"propos attribués à une autre personne : la source les attribue à {theirs.text}", said)]
    return []


def _reporter(sentence: str, source: SourceFacts) -> Fact | None:
    spot = speaker_offset(sentence, quoted=False)
    return _speaker(sentence, *spot, source) if spot else None


def _speaker(sentence: str, offset: int, direction: int, source: SourceFacts) -> Fact | None:
    """The person nearest the speech verb on the speaker's side, outside the quotations, in its clause."""
    blank = outside_quotes(sentence)
    names = [fact for fact in extract_facts(sentence) if fact.kind == "name" and blank[fact.start] != " " and source.is_person(fact.text)
             and not _complement(sentence, fact.start)]  # « l'avocat de Bonnafoux »: the lawyer speaks, not his client
    if direction > 0:
        return next((fact for fact in names if fact.start >= offset and not CLAUSE_END_RE.search(blank[offset : fact.start].replace(",", ""))), None)
    before = [fact for fact in names if fact.end <= offset and not CLAUSE_END_RE.search(blank[fact.end : offset].replace(",", ""))]
    return before[-1] if before else None


def _quoting_sentence(key: str, source: SourceFacts) -> int | None:
    probe = key[:40]
    return next((index for index, said in enumerate(source.sentences) if probe in quote_key(said.text)), None)


def _speakers_around(source: SourceFacts, index: int) -> set[str]:
    """Words of the people named outside quotations in the quoting source sentence, or before it when it names none."""
    opening = index  # a quotation over several sentences opens before the one that closes it
    while opening > 0 and "«" not in source.sentences[opening].text and index - opening < QUOTE_SPAN_MAX:
        opening -= 1
    for start in range(index, max(-1, opening - source.limits.claim_speaker_context - 1), -1):
        words: set[str] = set()
        for said in source.sentences[start : index + 1]:
            blank = outside_quotes(said.text)
            people = [fact.text for fact in said.facts if fact.kind == "name" and blank[fact.start] != " " and source.is_person(fact.text)]
            words |= {word for person in people for word in fold(person).split()}
        if words:
            return words
    return set()


def _adjective_issues(sentence: str, source: SourceFacts, local: int | None) -> list[Finding]:
    found: list[Finding] = []
    for written, adjective in place_adjectives(sentence):
        if not supports_adjective(adjective, source.folded):
            found.append(("adjective", written, "nationalité ou lieu absent de la source", None))
        elif local is not None and not supports_adjective(adjective, " ".join(near.folded for near in source.window(local))):
            reason = "nationalité ou lieu présent dans la source, mais pas dans le passage que reprend cette phrase"
            found.append(("adjective", written, reason, source.sentences[local]))
        elif local is not None and _replaced_adjective(sentence, adjective, source.sentences[local]):
            found.append(("adjective", written, "nationalité ou lieu remplacé : la phrase reprise en dit un autre", source.sentences[local]))
    return found


def _replaced_adjective(sentence: str, adjective: str, said: SourceSentence) -> bool:
    """« Le président bolivien » where the sentence it is built on says « chilien » (Bolivia named next door),
    « le ministère russe » where it says « ukrainien » (Moscow named in it): one of the source sentence's
    own nationalities is gone, in any form, and another stands in its place."""
    theirs = {other for _, other in place_adjectives(said.text)}
    mine = {other for _, other in place_adjectives(sentence)}
    folded = fold(sentence)
    dropped = {other for other in theirs - mine if not supports_adjective(other, folded)}  # « du Chili » keeps « chilien »
    return bool(dropped) and adjective not in theirs


def _counted_issues(sentence: str, source: SourceFacts, local: int | None) -> list[Finding]:
    found: list[Finding] = []
    for fact in extract_facts(sentence):
        count = _count_of(sentence, fact)
        if count is None:
            continue
        number, noun = count
        if noun is None:
            continue
        scope = source.window(local) if local is not None else source.sentences
        holders = [said for said in scope if any(_bare(f.value) == number for f in said.facts if f.kind == "number")]
        if not holders and local is not None:
            holders = [said for said in source.sentences if any(_bare(f.value) == number for f in said.facts if f.kind == "number")]
        theirs = {(said, counted) for said in holders for f in said.facts if f.kind == "number" and _bare(f.value) == number
                  for counted in [(_count_of(said.text, f) or ("", None))[1]] if counted is not None}
        around = frozenset().union(*(said.lemmas for said in scope))
        other_count = bool(theirs) and not any(_same_count(noun, counted, _free_nouns(said, number), around) for said, counted in theirs)
        not_around = not theirs and bool(holders) and not any(set(noun) <= said.lemmas for said in holders)
        if other_count or not_around:
            found.append(("counted", f"{fact.text} {' '.join(noun)}" if fact.kind == "number" and len(fact.value.split()) == 1 else fact.text,
                          "le nombre compte autre chose dans la source", holders[0]))
    return found


def _free_nouns(said: SourceSentence, number: str) -> frozenset[str]:
    """The sentence's content words but the nouns its other numbers count (« douze morts et cent
    cinquante blessés »: « blessés » is not free to stand for the twelve)."""
    counted = {noun[0] for f in said.facts if f.kind == "number" and _bare(f.value) != number
               for noun in [(_count_of(said.text, f) or ("", None))[1]] if noun}
    return said.lemmas - counted


def _bare(value: str) -> str:
    return value.lstrip("~").split(" ", 1)[0]


def _count_of(sentence: str, fact: Fact) -> tuple[str, tuple[str, ...] | None] | None:
    """(number, lemmas of what it counts) for a number that counts something: « 14 autres chars »,
    « douze morts » (a people unit); None for years, measures and other units."""
    if fact.kind != "number":
        return None
    number, _, unit = fact.value.lstrip("~").partition(" ")
    if not re.fullmatch(r"[\d.]+", number) or (YEAR_RE.match(number) and fact.text.isdigit()):
        return None  # « en 2024 » is a year; « deux mille maisons » a count
    if unit:
        return (number, (unit,)) if unit in PEOPLE_UNITS else None
    noun = _counted_noun(sentence, fact)
    if noun is None and SHARE_OF_RE.search(sentence[max(0, fact.start - 6) : fact.start]):
        noun = _share_noun(sentence, fact)
    return number, noun


def _share_noun(sentence: str, fact: Fact) -> tuple[str, ...] | None:
    """« Dix-huit remontées sur vingt-six »: the total counts what the part counts."""
    before = [f for f in extract_facts(sentence) if f.kind == "number" and f.end <= fact.start]
    return _counted_noun(sentence, before[-1]) if before else None


def _same_count(mine: tuple[str, ...], theirs: tuple[str, ...], holder: frozenset[str], around: frozenset[str]) -> bool:
    """Whether two nouns may count the same things.

    The same noun, a near-synonym or a generic word for it (french/nouns.py: « employés » for « salariés »,
    « deux fois » for « à deux reprises »), and the same complement when both name one (« postes de
    contrôleurs »); a generic noun for people (« 12 personnes » for
    « douze morts »: it says less, never something else); a noun the source sentence holding the number
    uses itself (« 12 000 inscrits » where « douze mille coureurs étaient inscrits »); a precise noun
    for the source's generic one when the passage uses it (« 47 000 visiteurs » for « quarante-sept
    mille personnes » next to « 52 000 visiteurs »)."""
    if may_count_same(mine[0], theirs[0]):
        return len(mine) == 1 or len(theirs) == 1 or mine[1] == theirs[1]
    if mine[0] in GENERIC_PEOPLE or mine[0] in holder:
        return True
    return theirs[0] in GENERIC_PEOPLE and mine[0] in around


def _counted_noun(sentence: str, fact: Fact) -> tuple[str, ...] | None:
    """Lemmas of what a number counts: « 14 autres chars » -> ("char",), « trente postes de contrôleurs »
    -> ("poste", "controleur") (a measure noun counts its complement); None when no noun follows."""
    before = sentence[: fact.start].rstrip().split()
    if before and before[-1][:1].isupper() and before[-1][-1:].isalnum() and len(before) > 1:
        return None  # « Leopard 2 », « Ariane 6 »: a model name, not a count
    clause = tokens(CLAUSE_END_RE.split(sentence[fact.end : fact.end + 80], 1)[0])
    for index, token in enumerate(clause):
        folded = fold(token)
        if folded in COUNT_SKIPPED:
            continue
        if (folded in function_words() and folded not in HOMOGRAPH_NOUNS) or not folded[:1].isalpha() or token[:1].isupper():
            return None
        noun = lemma(token)
        if folded.endswith(FINITE_ENDINGS) and noun.endswith(("er", "ir", "re")):
            return None  # « sur vingt-six fonctionnaient »: a verb follows, no noun
        rest = [fold(word) for word in clause[index + 1 : index + 3]]
        if noun in MEASURE_NOUNS and rest[:1] == ["de"] and len(rest) == 2 and rest[1] not in function_words():
            return noun, lemma(clause[index + 2])
        if noun in MEASURE_NOUNS and rest[:1] and rest[0].startswith("d'"):
            return noun, lemma(clause[index + 1])
        return (noun,)
    return None
