"""Who does what to whom: two names of a sentence on each other's side of the same verb, one person moved
to the other side of it, or another person acting where the source names one (french/roles.py reads the
sides from word order)."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import combinations
from typing import TYPE_CHECKING

from redac.checks.findings import Finding
from redac.french.arguments import Entity, entities, role_of, verb_positions
from redac.french.facts import extract_facts
from redac.french.frames import frames
from redac.french.lemmas import content_lemmas, lemma
from redac.french.roles import (
    CLAUSE_END_RE,
    after_preposition,
    coordinated,
    incise,
    is_passive,
    names_at,
    outside_quotes,
    sentence_tokens,
    side,
    verb_anchors,
    without_asides,
)
from redac.french.text import fold
from redac.french.wordlists import function_words

if TYPE_CHECKING:
    from redac.checks.faithfulness import SourceFacts, SourceSentence

COPULAS = frozenset({"est", "sont", "etait", "etaient", "sera", "seront", "devient", "reste"})
ATTRIBUTE_OPENERS = frozenset({"la", "le", "l'", "les", "un", "une", "des", "son", "sa", "ses", "leur", "leurs", "ce", "cette", "l"})
CLAUSE_OPENERS = frozenset({"qui", "que", "qu'", "qu", "et", "mais", "dont", "ou"})
PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "ie", "ies", "ue", "ues")  # as written: a present tense never ends so
AUXILIARY_WORDS = {"a", "ont", "avait", "avaient", "aura", "auront", "est", "sont", "ete", "etait", "etaient", "sera", "seront"}
INVERTING = {"que", "qu'", "qu’", "ou", "dont"}  # « la gratuité que réclame X »: the subject follows its verb
# nouns the lemmas map to another word (« policière »: no form of a verb in -ier ends so)
NOUN_ENDINGS = ("trice", "trices", "teur", "teurs", "tion", "tions", "isme", "iste", "iere", "ieres")
APPOSITION_REACH = 30  # characters between a name and the body its title names (« , directeur général de »)
MODALS = {"devoir", "pouvoir", "vouloir", "falloir", "savoir", "aller"}  # verbs that govern an infinitive
LIGHT_VERBS = ("pri", "prend", "fai", "fait", "donn", "mis", "met", "tir", "tenu", "tien")  # « prendre la place », « faire appel »
OBJECT_REACH = 6  # words between a verb and the name it governs
NOUN_OPENERS = {"un", "une", "des", "du", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "deux", "trois", "quatre", "cinq",
                "six", "sept", "huit", "neuf", "dix", "vingt", "trente", "quarante", "cinquante", "soixante", "cent", "cents", "mille",
                "plusieurs", "quelques"}  # « quarante secondes », « ses joueurs »: a noun follows (le/la/les may be clitics: « les remercie »)
OBJECT_CLITICS = {"le", "la", "les", "lui", "leur", "me", "te", "nous", "vous", "se"}  # « l'a vendu », « lui reproche »
OBJECT_OPENERS = {"le", "la", "les", "un", "une", "des", "du", "son", "sa", "ses", "leur", "leurs", "ce", "cet", "cette", "ces", "au", "aux", "a",
                  "deux", "trois", "quatre", "plusieurs", "tous", "toutes", "mon", "ma", "mes", "notre", "nos", "votre", "vos"}
COMPLEMENT_LINKS = {"par", "a", "au", "aux", "contre", "pour", "avec", "sur", "de", "du", "des", "aupres", "envers", "face"}
ELIDED_DE_RE = re.compile(r"^d['’]")
# Where a verb's complements end: strong punctuation, or a comma opening another clause (an apposition does not:
# « a remplacé Kerbois, une entreprise bretonne, par Charpentes Loiret »)
COMPLEMENTS_END_RE = re.compile(r"[;:.!?()«»\"“”]|,\s*(?:qui|que|qu['’]|dont|où|et|mais|alors|selon|car|puis|tandis|a|ont|avait|sera)\b")
INTRANSITIVE_STOPS = {"que", "qu'", "qui", "et", "ou", "mais", "si", "quand"}  # another clause begins: no object read
JOINED_RE = re.compile(r"(?i)\b(?:et|ni|ou)\s*$")
INFINITIVE_LINK_RE = re.compile(r"(?:à|de|d['’]|pour|sans|après|afin d['’e]|avant d['’e])(?:\s|$)")
SUBJECT_PRONOUN_RE = re.compile(r"(?i)(?:^|\s)(?:il|elle|ils|elles|on)(?:\s|$)")
INFINITIVE_GAP_RE = re.compile(r"(?i)(?:^|\s)(?:d['’]|(?:de|à|pour|sans|après)\s+)(?:avoir|être)(?:\s|$)")


def role_issues(sentence: str, source: SourceFacts, best: int) -> list[Finding]:
    said = source.sentences[best]
    mine, theirs = sentence_tokens(sentence), sentence_tokens(said.text)
    my_names, their_names = _name_positions(sentence), _name_positions(said.text)
    common = sorted(set(my_names) & set(their_names))
    my_verbs, their_verbs = verb_anchors(sentence), verb_anchors(said.text)
    verbs = {verb for verb in set(my_verbs) & set(their_verbs) if not (_counted(mine, my_verbs[verb]) or _counted(theirs, their_verbs[verb]))}
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
    return (_flipped_person(sentence, source, said, (my_names, their_names), (my_verbs, their_verbs))
            or _flipped_entity(sentence, said) or _exchanged_agents(sentence, said) or _exchanged_complements(sentence, said)
            or _subject_issues(sentence, source, said, (mine, theirs), (my_verbs, their_verbs)))


def _exchanged_complements(sentence: str, said: SourceSentence) -> list[Finding]:
    """Two names after the same verb that trade their prepositions (« a remplacé Charpentes Loiret par Kerbois » →
    « a remplacé Kerbois par Charpentes Loiret », « a présenté X à Y » → « a présenté Y à X »): each name's link to the
    verb is what the clause says of it, whatever the order of the complements."""
    for my_at, their_at in _shared_verbs(sentence, said.text):
        mine, theirs = _complements(sentence, my_at), _complements(said.text, their_at)
        for first, second in combinations(sorted(mine.keys() & theirs.keys()), 2):
            if theirs[first] != theirs[second] and (mine[first], mine[second]) == (theirs[second], theirs[first]):
                shown = _display(sentence, first)
                link = f"« {theirs[first]} »" if theirs[first] else "complément direct"
                return [("role", shown, f"rôles inversés : dans la source, « {_display(said.text, first)} » est {link} du verbe", said)]
    return []


def _complements(sentence: str, verb: int) -> dict[str, str]:
    """Name key -> the preposition linking it to the verb at token `verb` ("" for a direct object), for the names after
    the verb in its clause; a name written twice, or read past another verb's subject, is left out."""
    words = sentence_tokens(sentence)
    clause_end = COMPLEMENTS_END_RE.search(sentence, words[verb].start)
    end = clause_end.start() if clause_end else len(sentence)
    found: dict[str, list[str]] = {}
    for fact, index in names_at(sentence):
        if index <= verb or index >= len(words) or fact.start >= end:
            continue
        link = "de" if ELIDED_DE_RE.match(words[index].text) else next(
            (word.text for word in reversed(words[verb + 1 : index]) if word.text in COMPLEMENT_LINKS), "")
        found.setdefault(_name_key(fact.text), []).append(link)
    return {key: links[0] for key, links in found.items() if len(links) == 1}


def _counted(words, index: int) -> bool:
    """A verb-like word after a number or a determiner only a noun takes (« trois contrôles positifs »): a noun."""
    previous = words[index - 1].text if index else ""
    return previous in NOUN_OPENERS or previous[:1].isdigit()


def neighbour_role_issues(sentence: str, source: SourceFacts, best: int) -> list[Finding]:
    """A person moved across a verb that the sentence takes from a neighbour of the source sentence it is built on
    (« Elle a nommé Joost de Vries au poste … Il remplacera Alain Roche » → « Alain Roche remplacera Joost de Vries au
    poste », « accusé par le club » → « accusait le club »): a neighbour writing one of its verbs is read as the
    sentence's source there."""
    mine, my_verbs, lemmas = _name_positions(sentence), verb_anchors(sentence), frozenset(content_lemmas(sentence))
    for near in range(max(0, best - source.limits.claim_neighbours), best + source.limits.claim_neighbours + 1):
        said = source.sentences[near] if near != best and near < len(source.sentences) else None
        if said is None or not lemmas & (said.lemmas - source.sentences[best].lemmas):
            continue  # the sentence takes nothing from this neighbour (most sentences: no verb is read there)
        if not set(my_verbs) & set(verb_anchors(said.text)):
            continue
        found = _flipped_person(sentence, source, said, (mine, _name_positions(said.text)), (my_verbs, verb_anchors(said.text)))
        if found := found or _flipped_entity(sentence, said):
            return found
    return []


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
            if my_side < 0 and _closing_incise(sentence, mine, names[0][key], verbs[0][verb]):
                continue  # « Armor Béton devra démolir le mur, a ordonné le juge »: the name is not the incise's subject
            if 0 in (my_side, their_side) or my_side == their_side:
                continue
            if _plain_object(sentence, mine, names[0][key], verbs[0][verb]) if my_side > 0 else _plain_object(said.text, theirs, names[1][key], verbs[1][verb]):
                return [("role", person, "rôles inversés : la source dit qui fait quoi autrement", said)]
    return []


def _closing_incise(sentence: str, words, name: int, verb: int) -> bool:
    """A verb after a comma, the name before it in another clause (« X devra démolir le mur, a ordonné le juge »)."""
    return name < verb and incise(outside_quotes(sentence)[: words[verb].start]) and bool(CLAUSE_END_RE.search(sentence[words[name].start : words[verb].start]))


def _flipped_entity(sentence: str, said: SourceSentence) -> list[Finding]:
    """A body, a place or a thing on the other side of the same verb, where word order says it surely (« Il a
    accusé l'État » → « L'État a accusé le maire », « vendu … au Sporting » → « Le Sporting avait vendu »,
    « avoir menacé deux locataires » → « avoir été menacé par deux locataires »). Where the entity acts, the verb
    must act on something: « La station a ouvert ses pistes » → « Les pistes ont ouvert » says the same."""
    shared = _shared_verbs(sentence, said.text)
    if not shared:
        return []  # no verb to flip around (the entities are not read)
    mine, theirs = entities(sentence), entities(said.text)
    my_words, their_words = sentence_tokens(sentence), sentence_tokens(said.text)
    for my_at, their_at in shared:
        passive = is_passive(my_words, my_at)
        for key in mine.keys() & theirs.keys():
            if not _may_flip(mine[key], my_at, theirs[key], their_at) and passive == is_passive(their_words, their_at):
                continue
            my_role, their_role = role_of(sentence, mine[key], my_at), role_of(said.text, theirs[key], their_at)
            agent_side = (sentence, my_words, my_at) if my_role == "agent" else (said.text, their_words, their_at)
            if my_role and their_role and my_role != their_role and _transitive(*agent_side) and not _incise_at(sentence, my_at):
                done = "subit l’action" if their_role == "patient" else "fait l’action"
                return [("role", mine[key].text, f"rôles inversés : dans la source, « {theirs[key].text} » {done}", said)]
    return []


def _incise_at(sentence: str, verb: int) -> bool:
    """« X devra démolir le mur, a ordonné le juge »: the verb's subject follows it (french/frames.py reads it)."""
    return any(frame.at == verb and frame.incise for frame in frames(sentence))


def _exchanged_agents(sentence: str, said: SourceSentence) -> list[Finding]:
    """Another body or place of the source sentence acting, while the one acting there stands elsewhere in
    the article sentence (« les États-Unis ont refusé …, le Canada et le Danemark ont poussé » → « Le Canada a
    refusé …, alors que les États-Unis et le Danemark voulaient »). Joint subjects read no agent."""
    if len(_named(sentence)) < 2 or len(_named(said.text)) < 2:
        return []  # an exchange needs two names on each side
    mine, theirs = entities(sentence), entities(said.text)
    for my_at, their_at in _shared_verbs(sentence, said.text):
        my_agent = _sole_agent(sentence, mine, my_at)
        their_agent = _sole_agent(said.text, theirs, their_at)
        if my_agent and their_agent and my_agent.key != their_agent.key and my_agent.key in _named(said.text) and their_agent.key in _named(sentence) \
                and not _apposed(sentence, my_agent.text, their_agent.text) and not _apposed(said.text, my_agent.text, their_agent.text):
            return [("role", my_agent.text, f"la source attribue cette action à {their_agent.text}", said)]
    return []


def _apposed(sentence: str, first: str, second: str) -> bool:
    """One name set as the other's title (« Marc Kerbrat, directeur de Scorff Pêche », « Scorff Pêche … son directeur,
    Marc Kerbrat »): a person speaking for a body, so either may be said to act."""
    for one, other in ((first, second), (second, first)):
        at, then = sentence.find(one), sentence.find(other)
        if 0 <= at < then and sentence[at + len(one) : then].lstrip().startswith(",") and then - at - len(one) <= APPOSITION_REACH:
            return True
    return False


def _transitive(sentence: str, words, verb: int) -> bool:
    """Whether the verb acts on something there: passive, an object pronoun before it (« lui reproche »), or a
    determined noun, a name or a number after it in its clause (« a accusé le maire », « avait vendu son gardien »)."""
    if is_passive(words, verb) or (verb and words[verb - 1].text in OBJECT_CLITICS) or words[verb - 1].text.startswith(("l'", "l’")):
        return True
    for word in words[verb + 1 : verb + 1 + OBJECT_REACH]:
        if CLAUSE_END_RE.search(sentence[words[verb].start : word.start]) or word.text in INTRANSITIVE_STOPS:
            return False
        if word.text in OBJECT_OPENERS or word.raw[:1].isupper() or word.raw[:1].isdigit() or word.text.startswith(("l'", "d'")):
            return True
    return False


@lru_cache(maxsize=4096)  # three role readers ask it of the same sentence pair
def _shared_verbs(sentence: str, theirs: str) -> tuple[tuple[int, int], ...]:
    """Token indexes of each verb both sentences write once, surely a verb in one of them at least."""
    mine, their = verb_positions(sentence), verb_positions(theirs)
    return tuple((mine[verb][0], their[verb][0]) for verb in mine.keys() & their.keys() if mine[verb][1] or their[verb][1])


def _may_flip(mine: Entity, my_verb: int, theirs: Entity, their_verb: int) -> bool:
    """Whether word order could give the entity another role: it moved across the verb, or « par » came or went
    (or the verb turned passive, which the caller reads)."""
    return (mine.head < my_verb) != (theirs.head < their_verb) or (mine.marker == "par") != (theirs.marker == "par")


@lru_cache(maxsize=4096)
def _named(sentence: str) -> frozenset[str]:
    return frozenset(_name_key(fact.text) for fact, _ in names_at(sentence))


def _sole_agent(sentence: str, found: dict[str, Entity], verb: int) -> Entity | None:
    """The one named agent of a verb, not part of a joint subject (« le Canada et le Danemark ont poussé »)."""
    words = sentence_tokens(sentence)
    agents = [entity for entity in found.values() if entity.text[:1].isupper() and role_of(sentence, entity, verb) == "agent"]
    if len(agents) != 1 or (agents[0].first and words[agents[0].first - 1].text in ("et", "ou", "ni")):
        return None
    after = words[agents[0].head + 1].text if agents[0].head + 1 < len(words) else ""
    return None if after in ("et", "ou", "ni") else agents[0]


def _plain_object(sentence: str, words, name: int, verb: int) -> bool:
    """A name standing as the verb's object: after it, in its clause, within a few words, not its agent
    (« dirigée par l'ancien champion Stefan Gruber ») nor the subject of a relative (« que réclame X »)."""
    between = words[verb + 1 : name]
    inverted = any(word.text in INVERTING for word in words[max(0, verb - 2) : verb])
    return (0 < name - verb <= OBJECT_REACH and not inverted and not any(word.text == "par" for word in between)
            and not CLAUSE_END_RE.search(sentence[words[verb].start : words[name].start]))


def _plain_verb(words, index: int) -> bool:
    """A token that is surely a verb: after an auxiliary, or an inflected form of a verb (« réclame »,
    « a remercié »), not a noun the lemmas read as one (« ministre », « dessinatrice », « quarante secondes »:
    a determiner or a number before it)."""
    word = words[index]
    previous = words[index - 1].text if index else ""
    if previous in NOUN_OPENERS or previous[:1].isdigit():
        return False
    base = fold(lemma(word.raw))
    inflected = base != word.text or (index > 0 and words[index - 1].text in AUXILIARY_WORDS)
    return inflected and base.endswith(("er", "ir", "re")) and not word.text.endswith(NOUN_ENDINGS) and not _governs_infinitive(words, index, base)


def _governs_infinitive(words, index: int, base: str) -> bool:
    """A modal before its infinitive (« Ce titre devrait permettre à Marchetti de gagner »): the names after it are the
    infinitive's, not the modal's objects (« doit 2 millions à » is a verb of its own, owing)."""
    return base in MODALS and any(word.text.endswith(("er", "ir", "re")) for word in words[index + 1 : index + 3])


def _subject_issues(sentence: str, source: SourceFacts, said: SourceSentence, words, verbs) -> list[Finding]:
    """The person acting in the source sentence (« Isabelle Morvan a répondu ») must not act as another one."""
    mine, theirs = words
    if not names_at(sentence) or not names_at(said.text):
        return []  # no name to act on either side
    for verb in set(verbs[0]) & set(verbs[1]):
        if verb.startswith(LIGHT_VERBS) and _object_word(mine, verbs[0][verb]) != _object_word(theirs, verbs[1][verb]):
            continue  # « a pris la place de » is not « a pris sa retraite »: a light verb means what its object says
        if any(_describes(side, at) for side, at in ((mine, verbs[0][verb]), (theirs, verbs[1][verb]))):
            continue  # « la conseillère fédérale chargée des Finances »: a title's noun and participle, nobody acts
        my_subject = _subject(sentence, mine, verbs[0][verb], source)
        their_subject = _subject(said.text, theirs, verbs[1][verb], source) if my_subject else None
        if my_subject and their_subject and not set(fold(my_subject).split()) & set(fold(their_subject).split()):
            return [("role", my_subject, f"la source attribue cette action à {their_subject}", said)]
    return []


def _describes(words, verb: int) -> bool:
    """Words that name or describe someone, no action whose subject could swap: inside the attribute of « X est la
    conseillère fédérale chargée des Finances » (a copula, then a determiner, and no clause opening since), or a past
    participle right after a noun with no auxiliary (« la conseillère … chargée des Finances »)."""
    texts = [word.text for word in words[:verb]]
    copula = max((i for i, text in enumerate(texts) if text in COPULAS), default=None)
    if copula is not None and copula + 1 < verb and texts[copula + 1] in ATTRIBUTE_OPENERS and not CLAUSE_OPENERS & set(texts[copula:]):
        return True
    word, previous = words[verb].raw.lower(), texts[-1] if texts else ""
    return word.endswith(PARTICIPLE_ENDINGS) and previous not in AUXILIARY_WORDS and previous.isalpha() and previous not in function_words()


def _object_word(words, verb: int) -> str:
    """The first content word after a verb (its object's head, mostly)."""
    return next((word.text for word in words[verb + 1 : verb + 4] if word.text not in function_words()), "")


def _subject(sentence: str, words, verb: int, source: SourceFacts) -> str | None:
    """The person just before an active verb, in its clause (« Thierry Lebrun a répondu »)."""
    if is_passive(words, verb):
        return None
    blank = without_asides(sentence)
    before = [fact for fact, index in names_at(sentence) if index < verb and blank[fact.start] != " "]
    if not before or not source.is_person(before[-1].text) or after_preposition(sentence, before[-1].start):
        return None
    if JOINED_RE.search(sentence[: before[-1].start]):
        return None  # « lui et Zelenskyy avaient discuté »: a joint subject, which no swap can be read from
    between = sentence[before[-1].end : words[verb].start].lstrip(" ,")  # « Le maire, Pauline Dussart, a averti »: an apposition
    if INFINITIVE_LINK_RE.match(between) or INFINITIVE_GAP_RE.search(between) or SUBJECT_PRONOUN_RE.search(between):
        return None  # « exhorté Jens Stoltenberg à inciter »: an infinitive's subject; « Selon X, il naviguait »: the pronoun is
    return before[-1].text if len(between.split()) <= 3 and not CLAUSE_END_RE.search(between) else None


@lru_cache(maxsize=4096)
def _name_positions(sentence: str) -> dict[str, int]:
    """Surname key -> token index of each name written once in the sentence, standing as a subject,
    an object or an agent (« de Moscou », « en Ukraine » are complements: they play no role)."""
    seen: dict[str, list[int]] = {}
    for fact, index in names_at(sentence):
        seen.setdefault(_name_key(fact.text), []).append(-1 if after_preposition(sentence, fact.start) else index)
    return {key: places[0] for key, places in seen.items() if len(places) == 1 and places[0] >= 0}


def _name_key(name: str) -> str:
    return fold(name).replace("’", "'").split()[-1].split("'")[-1]


def _display(sentence: str, key: str) -> str:
    return next((fact.text for fact in extract_facts(sentence) if fact.kind == "name" and _name_key(fact.text) == key), key)
