"""Who does what to whom, compared clause by clause (french/frames.py reads the roles): a person, a body or a thing
that plays one role of a verb in the source sentence and another role of the same verb in the article sentence
built on it (« l'association, qui l'avait poursuivi » → « l'association, qu'il avait poursuivie », « a été
félicitée par la Fondation » → « a félicité la Fondation », « a préféré ce film à X » → « a préféré X au film »,
« face au Breton X » → « X a été élu face à »). A verb and its converse compare too (« vendre à » / « acheter à »,
« battre » / « perdre contre »): the roles are mapped onto the first. A voice change keeps every role (the passive
subject is the patient), so a faithful « X a été reçu par Y » for « Y a reçu X » raises nothing."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from redac.checks.findings import Finding
from redac.french.clause_verbs import same_verb
from redac.french.clefts import cleft_rest, uncleft
from redac.french.frames import PRONOUN_KEY, Frame, frames
from redac.french.roles import sentence_tokens, verb_anchors
from redac.french.text import fold

if TYPE_CHECKING:
    from redac.checks.faithfulness import SourceFacts, SourceSentence

# A converse verb's key -> (the verb it is read as, its roles mapped onto that verb's); a role left out is not compared
SELLING = {"agent": "recipient", "recipient": "agent", "patient": "patient"}  # A achète X à B = B vend X à A
RECEIVING = {"agent": "recipient", "source": "agent", "patient": "patient", "opponent": "opponent"}  # A reçoit X de B = B verse X à A
GIVING = {"agent": "agent", "recipient": "recipient", "patient": "patient", "opponent": "opponent"}
GRANTING = ("donn", "accord", "offr", "attribu", "assur")  # verbs granting a victory to someone
WINS = {"agent": "agent", "opponent": "patient"}
ELECTED = {"patient": "agent", "opponent": "patient"}
CONVERSES = {
    "achet": ("vend", SELLING), "rachet": ("vend", SELLING), "acquer": ("vend", SELLING),
    "ced": ("vend", GIVING),  # A cède X à B = A vend X à B
    # handing something over: « a présenté sa démission au préfet » = « a remis sa démission au préfet »
    "present": ("donn", GIVING), "remett": ("donn", GIVING), "transmett": ("donn", GIVING), "adress": ("donn", GIVING),
    "accord": ("vers", GIVING), "attribu": ("vers", GIVING), "octroi": ("vers", GIVING), "pai": ("vers", GIVING), "pay": ("vers", GIVING),
    "recevo": ("vers", RECEIVING), "recoi": ("vers", RECEIVING), "obten": ("vers", RECEIVING), "touch": ("vers", RECEIVING),
    "percev": ("vers", RECEIVING), "percu": ("vers", RECEIVING),
    "perd": ("batt", {"agent": "patient", "opponent": "agent"}),  # A perd contre B = B bat A
    "se inclin": ("batt", {"agent": "patient", "opponent": "agent"}),  # A s'incline face à B = B bat A
    "emport": ("batt", WINS), "remport": ("batt", WINS), "se impos": ("batt", WINS),  # A l'emporte sur B, s'impose face à B = A bat B
    "domin": ("batt", GIVING), "elimin": ("batt", GIVING), "surclass": ("batt", GIVING), "ecras": ("batt", GIVING),
    "elu": ("batt", ELECTED), "reelu": ("batt", ELECTED), "reeli": ("batt", ELECTED),  # A est élu face à B (avec N voix d'avance sur B) = A bat B
    "vainc": ("batt", GIVING), "vainqu": ("batt", GIVING), "devanc": ("batt", GIVING),
    "reproch": ("accus", {"agent": "agent", "recipient": "patient"}),  # A reproche à B de = A accuse B de
    "succed": ("remplac", {"agent": "agent", "recipient": "patient"}),  # A succède à B = A remplace B
    "remplac": ("remplac", {"agent": "agent", "patient": "patient"}),  # « remplacera à Douarnenez X »: a place, no recipient
    "emprunt": ("pret", SELLING),  # A emprunte X à B = B prête X à A
    "engag": ("recrut", GIVING), "embauch": ("recrut", GIVING),  # hiring, whatever the verb
    "evalu": ("estim", GIVING),  # « évalue la perte à » = « estime la perte à »
}
# « A prend la place de B » = A remplace B; « B laisse / cède sa place à A » = A remplace B
PLACE_TAKING = {"prend": {"agent": "agent", "patient": "patient"}, "laiss": {"agent": "patient", "recipient": "agent"},
                "ced": {"agent": "patient", "recipient": "agent"}, "pass": {"agent": "patient", "recipient": "agent"}}
PLACES = ("place", "poste", "fauteuil", "siege", "relais", "flambeau")  # « cède son poste à X », « passe le relais à X »: X replaces
MIRRORED = {target for target, _ in CONVERSES.values()}  # verbs read with their converses: never labile (« X reproche à Y »)
# A choice, whatever its verb: the side it favours and the side it leaves (« préférer A à B », « retenir A plutôt que B »,
# « écarter B au profit de A », « au détriment de B »): read as one pseudo-verb, so the verbs may differ
# « son concurrent », « son rival »: a noun naming one side by the other, so either side (« X rachète son concurrent Y »,
# « Y est racheté par son concurrent X »)
RELATIONAL = {"concurrent", "rival", "adversaire", "homologue", "partenaire", "allie", "voisin", "successeur", "predecesseur"}
CHOICE = "(choix)"
CHOICE_RE = re.compile(r"(?i)\b(?:au|aux|en) (?:profit|bénéfice|faveur|détriment|dépens) d|\bplutôt qu")
CHOOSING = {"prefe": {"patient": "favoured", "recipient": "rejected"}, "reten": {"patient": "favoured"}, "chois": {"patient": "favoured"},
            "privilegi": {"patient": "favoured"}, "favoris": {"patient": "favoured"}, "select": {"patient": "favoured"},
            "ecart": {"patient": "rejected"}, "rejet": {"patient": "rejected"}, "sacrifi": {"patient": "rejected"}}
BENEFICIARIES = ("recipient", "opponent")  # roles a rewrite gives to the other side (« attribué à », « face à »)
NEGATED_CHOICE = {"favoured": "rejected", "rejected": "favoured"}
GAIN_RE = re.compile(r"(?i)\bobt\w*\s+(?:\w+\s+)?gain de cause\b")  # « a obtenu gain de cause contre X »
RIGHT_RE = re.compile(r"(?i)\bdonn\w*\s+(?:\w+\s+){0,2}?raison\b")  # « a donné raison mardi au maire »
NEGATION_REACH = 4  # tokens before a verb searched for the « ne » and the « pas » negating it
UNNAMED_SUBJECT_RE = re.compile(r"(?i)^(?:le|la|les|l['’]|un|une|ce|cet|cette)\s*[a-zàâçéèêëîïôûù]")  # « Le syndicat mixte a … »
ROLE_NAMES = {"undergoer": "la subit", "agent": "fait l’action", "intransitive": "fait l’action", "patient": "la subit", "recipient": "la reçoit",
              "opponent": "est l’adversaire", "source": "donne", "favoured": "est préféré", "rejected": "est écarté"}


def frame_issues(sentence: str, source: SourceFacts, best: int) -> list[Finding]:
    """A role of the source sentence given to the same entity otherwise, on the same verb (or its converse)."""
    window = source.window(best)
    if any(_trimmed(sentence, near.text) for near in window) or not _shares_verb(sentence, window):
        return []  # words cut out of one source sentence, the rest in its order (the extractive engine's case): no role moved
    mine = {verb: {key: roles for key, roles in keyed.items() if key != PRONOUN_KEY and not _title_of_name(sentence, key, keyed)}
            for verb, keyed in _roles(sentence).items()}
    if not mine:
        return []
    read: set[str] = set()  # my verbs the aligned sentence writes: its neighbours are not asked about them
    for said in sorted(window, key=lambda near: near is not source.sentences[best]):  # the aligned sentence first
        aligned = said is source.sentences[best]
        if not aligned and read.issuperset(mine):
            continue  # every verb was read in the aligned sentence: nothing to ask this neighbour (its frames unread)
        for verb, my_roles in mine.items():
            for their_verb, their_roles in _source_roles(said, source).items():
                if not same_verb(verb, their_verb) or (verb in read and not aligned):
                    continue
                if aligned and my_roles.keys() & their_roles.keys():
                    read.add(verb)
                for key in my_roles.keys() & their_roles.keys():
                    if _role_moved(verb, my_roles[key], their_roles[key]):
                        role = sorted(their_roles[key])[0]
                        return [("role", _written(sentence, key), f"rôles inversés : dans la source, « {_written(said.text, key)} » {ROLE_NAMES[role]}", said)]
                if verb == CHOICE and (other := _favours_another(my_roles, their_roles, said.text)):
                    return [("role", _written(sentence, other), "la source favorise un autre que lui", said)]
                if traded := _traded(my_roles, their_roles, mine, _source_roles(said, source)):
                    held, their_held = traded
                    return [("role", _written(sentence, held), f"la source attribue ce rôle à « {_written(said.text, their_held)} »", said)]
    said = source.sentences[best]
    if moved := _moved_agent(mine, _source_roles(said, source), fold(sentence), source.surnames):
        return [("role", _written(sentence, moved[0]), f"la source attribue cette action à « {_written(said.text, moved[1])} »", said)]
    if given := _beneficiary_swapped(mine, _source_roles(said, source), sentence, said.text):
        return [("role", _written(sentence, given[0]), f"la source donne ce rôle à « {_written(said.text, given[1])} »", said)]
    return _swapped_elsewhere(sentence, mine, source, window)


def _beneficiary_swapped(mine: dict[str, dict[str, set[str]]], theirs: dict[str, dict[str, set[str]]], sentence: str, said: str) -> tuple[str, str] | None:
    """(mine, theirs): the one a verb gives to or acts against is another participant of both sentences (« C'est au groupement
    Vendémer que le gouvernement a attribué le parc, au détriment d'Aeolia » where the source gives it to Aeolia)."""
    folded, their_folded = fold(sentence), fold(said)
    for verb, my_roles in mine.items():
        for their_verb, their_roles in theirs.items():
            if verb == CHOICE or not same_verb(verb, their_verb):
                continue
            for role in BENEFICIARIES:
                held = {key for key, found in my_roles.items() if role in found}
                their_held = {key for key, found in their_roles.items() if role in found}
                new = {key for key in held - their_held if key in their_folded}
                old = {key for key in their_held - held if key in folded}
                moved = {key for key in old if any(key in roles for other, roles in mine.items() if other != verb)}  # « au détriment d'Aeolia »
                if new and moved and not held & their_held:
                    return sorted(new)[0], sorted(moved)[0]
    return None


def _moved_agent(mine: dict[str, dict[str, set[str]]], theirs: dict[str, dict[str, set[str]]], folded: str, people: set[str]) -> tuple[str, str] | None:
    """(my agent, theirs) of a verb both sentences write, on the same object, where the article's agent is another
    person of the source (« Laurent Ferracci estime la perte » → « Jean-Baptiste Santoni évalue la perte ») or the
    agent of another verb of the source sentence, which the article gives to someone else (« Il a proposé 2,5 %, que
    le syndicat a rejetés » → « Le syndicat a proposé 2,5 %, que la direction a rejetés »)."""
    def agents(roles: dict[str, set[str]]) -> set[str]:
        return {key for key, found in roles.items() if "agent" in found}
    for verb, my_roles in mine.items():
        for their_verb, their_roles in theirs.items():
            mine_acting, their_acting = agents(my_roles), agents(their_roles)
            if verb == CHOICE or not same_verb(verb, their_verb) or not mine_acting or not their_acting or mine_acting & their_acting:
                continue
            if any(key in folded for key in their_acting):
                continue  # the source's agent is still in the sentence: read elsewhere
            same_object = any("patient" in found and "patient" in their_roles.get(key, ()) for key, found in my_roles.items())
            if same_object and mine_acting & people and their_acting & people:
                return sorted(mine_acting & people)[0], sorted(their_acting & people)[0]
            for other, other_roles in theirs.items():  # the source's agent of another verb, moved onto this one
                moved = mine_acting & agents(other_roles)
                elsewhere = next((roles for mine_verb, roles in mine.items() if mine_verb != verb and same_verb(mine_verb, other)), None)
                if moved and other != their_verb and elsewhere is not None and agents(elsewhere) and not moved & agents(elsewhere):
                    return sorted(moved)[0], sorted(their_acting)[0]
    return None


def _swapped_elsewhere(sentence: str, mine: dict[str, dict[str, set[str]]], source: SourceFacts, window: list) -> list[Finding]:
    """The same verb with the same two participants elsewhere in the source, each in the other's role (« Gérard Lemoine,
    qui a remplacé Sandrine Moreau » where a sentence far from the one aligned says « Sandrine Moreau, qui a remplacé
    Gérard Lemoine »): an article sentence may merge what the source says apart. Both must have moved."""
    for verb, my_roles in mine.items():
        keys = [key for key in my_roles if len(key) > 2]
        if len(keys) < 2:
            continue
        # the source sentences writing two of them (the lemma index: no sentence is read for nothing)
        for said in (source.sentences[number] for number, count in source.sharing(keys).items() if count >= 2):
            if any(said is near for near in window):
                continue  # the passage was read
            for their_verb, their_roles in _source_roles(said, source).items():
                if not same_verb(verb, their_verb):
                    continue
                moved = [key for key in my_roles.keys() & their_roles.keys() if _role_moved(verb, my_roles[key], their_roles[key])]
                if len(moved) >= 2:
                    return [("role", _written(sentence, moved[0]), f"rôles inversés : dans la source, « {_written(said.text, moved[0])} » "
                             f"{ROLE_NAMES[sorted(their_roles[moved[0]])[0]]}", said)]
    return []


def _favours_another(mine: dict[str, set[str]], theirs: dict[str, set[str]], said: str) -> str | None:
    """« comptés au profit de Gérard Pons » → « au profit de Karim Benali »: the side a choice favours is another name of
    the passage, the source's favoured side gone from the sentence."""
    favoured = {key for key, roles in mine.items() if "favoured" in roles}
    their_favoured = {key for key, roles in theirs.items() if "favoured" in roles}
    if not favoured or not their_favoured or favoured & their_favoured or their_favoured & mine.keys():
        return None
    named = {fold(word) for word in re.findall(r"\b[A-ZÀ-Ý][\w-]+", said)}
    return next((key for key in sorted(favoured) if key in named), None)


def _traded(mine: dict[str, set[str]], theirs: dict[str, set[str]], my_verbs: dict, their_verbs: dict) -> tuple[str, str] | None:
    """Two entities trading places over two verbs (« la mesure, portée par la maire, coûtera … à la métropole » →
    « portée par la métropole, coûtera … à la maire »): on this verb the article sentence gives the source holder's
    role to another entity, and on another verb of both sentences the source gives that entity the role the
    article gives the source holder."""
    for role in ("agent", "patient", "recipient", "opponent"):
        held = {key for key, roles in mine.items() if role in _acting(roles)}
        their_held = {key for key, roles in theirs.items() if role in _acting(roles)}
        if not held or not their_held or held & their_held:
            continue
        for verb, my_roles in my_verbs.items():
            for their_verb, other_roles in their_verbs.items():
                if my_roles is mine or not same_verb(verb, their_verb):
                    continue
                for new, old in ((new, old) for new in held for old in their_held):
                    if new in other_roles and old in my_roles and _acting(other_roles[new]) & _acting(my_roles[old]):
                        return new, old
    return None


def _shares_verb(sentence: str, window: list) -> bool:
    """Whether the sentence writes a verb-like word of the passage, or a converse of one, or both make a choice
    (read before any frame)."""
    theirs = {key for near in window for key in verb_anchors(near.text)}
    mine = set(verb_anchors(sentence))
    if mine & theirs:
        return True
    if _chooses(sentence, mine) and any(_chooses(near.text, set(verb_anchors(near.text))) for near in window):
        return True
    return any(same_verb(key, other) for key in _read_as(mine) for other in _read_as(theirs))


def _chooses(sentence: str, keys: set[str]) -> bool:
    """A verb of choosing, or a choice's side marked (« au profit de », « plutôt que »)."""
    return any(same_verb(key, verb) for key in keys for verb in CHOOSING) or bool(CHOICE_RE.search(sentence))


def _read_as(keys: set[str]) -> set[str]:
    """The verb keys with the verbs their converses are read as (« rachet » → « vend », « inclin » → « batt »: the anchors
    have no « se »)."""
    taking = {"remplac" for key in keys if key.startswith(tuple(PLACE_TAKING))}  # « laisser sa place à »
    return keys | taking | {read[0] for key in keys if (read := _converse(key) or _converse("se " + key)) is not None}


def _trimmed(sentence: str, said: str) -> bool:
    """Whether the sentence's words are the source sentence's words in their order, some left out."""
    theirs = iter([token.text for token in sentence_tokens(said)])
    return all(token.text in theirs for token in sentence_tokens(sentence))  # `in` advances the iterator past the word found


def _role_moved(verb: str, mine: set[str], theirs: set[str]) -> bool:
    """Whether an entity plays none of its source roles on the verb, a labile verb's two readings aside (a verb read
    with its converses is never labile)."""
    return _acting(mine).isdisjoint(_acting(theirs)) and not (verb not in MIRRORED and _labile(mine, theirs))


def _acting(roles: set[str]) -> set[str]:
    """Roles compared: the agent of a verb acting on nothing acts; one who « s'est vu infliger » may be either object."""
    found = {"agent" if role == "intransitive" else role for role in roles}
    return found - {"undergoer"} | ({"patient", "recipient"} if "undergoer" in found else set())


def _labile(mine: set[str], theirs: set[str]) -> bool:
    """« La station a ouvert ses pistes » → « Les pistes ont ouvert »: the agent of a verb acting on nothing is
    the patient of the same verb acting on something (« ouvrir », « fermer », « augmenter »)."""
    return {"intransitive", "patient"} <= mine | theirs


def _source_roles(said: SourceSentence, source: SourceFacts) -> dict[str, dict[str, set[str]]]:
    """A source sentence's roles, a subject pronoun opening it (« Il accuse le ministère ») read as the subject of the
    nearest sentence before that has one (« Le président, Laurent Chevalier, a refusé »); read once per source sentence
    (the window of each article sentence asks again for its neighbours')."""
    read = _SOURCE_ROLES.setdefault(source, {})  # by identity: the source holds its sentences alive
    if id(said) not in read:
        read[id(said)] = _resolved_roles(said, source)
    return read[id(said)]


_SOURCE_ROLES: WeakKeyDictionary = WeakKeyDictionary()


def _resolved_roles(said: SourceSentence, source: SourceFacts) -> dict[str, dict[str, set[str]]]:
    found = _roles(said.text)
    if not any(PRONOUN_KEY in keys for keys in found.values()):
        return found
    index = _positions(source).get(id(said), 0)
    earlier = source.sentences[max(0, index - source.limits.claim_pronoun_context) : index]
    near, frame = _named_subject(earlier)  # past a quotation (« « … », a-t-il déclaré ») to the sentence naming the subject
    before = frame.subject if frame is not None else frozenset()
    if near is not None and frame is not None and _other_gender(said.text, near.text):  # « Le nouvel ensemble sera dirigé par X. Elle … »
        agents = (frozenset(key for role, key in other.roles if role == "agent" and key not in other.subject) for other in frames(near.text))
        before = next((keys for keys in agents if keys), before)
    if not before:
        return found
    return {verb: {new: roles for key, roles in keyed.items() for new in (before if key == PRONOUN_KEY else (key,))} for verb, keyed in found.items()}


def _named_subject(earlier: list[SourceSentence]) -> tuple[SourceSentence | None, Frame | None]:
    """The nearest sentence before a pronoun's that names a subject, and its frame; none past a sentence whose subject is
    a noun no frame keys (« Le syndicat mixte a assigné Celtair. Il lui réclame … »: « Il » is the syndicate, not Celtair)."""
    for near in reversed(earlier):
        found = frames(near.text)
        named = next((frame for frame in found if frame.subject and PRONOUN_KEY not in frame.subject), None)
        if named is not None:
            return near, named
        if not any(frame.subject for frame in found) and UNNAMED_SUBJECT_RE.match(near.text):
            return None, None
    return None, None


def _other_gender(pronoun_sentence: str, said: str) -> bool:
    """« Elle » after a sentence opening on « Le … », « Il » after « La … »: the pronoun is not that subject."""
    pronoun, opening = pronoun_sentence.split(maxsplit=1)[0].lower(), said.split(maxsplit=1)[0].lower()
    return (pronoun in ("elle", "elles") and opening in ("le", "un", "ce", "cet")) or (pronoun in ("il", "ils") and opening in ("la", "une", "cette"))


@lru_cache(maxsize=8)
def _positions(source: SourceFacts) -> dict[int, int]:
    """Each source sentence's index, by identity (read once per source)."""
    return {id(said): number for number, said in enumerate(source.sentences)}


@lru_cache(maxsize=4096)
def _roles(sentence: str) -> dict[str, dict[str, set[str]]]:
    """Verb key -> entity key -> the roles it plays there (a converse verb read as the verb it mirrors, a choice's
    sides under one pseudo-verb); the agent of a verb acting on nothing is read "intransitive"."""
    found: dict[str, dict[str, set[str]]] = {}
    sentence = _plain_order(sentence)
    for frame in frames(sentence):
        verb, mapping = frame.verb, None
        if frame.verb.startswith(GRANTING) and (("patient", "victoire") in frame.roles or RIGHT_RE.search(sentence)):
            verb, mapping = "batt", {"recipient": "agent", "opponent": "patient"}  # « a donné la victoire (raison) à X face à Y »: X wins
        elif frame.verb.startswith("obten") and GAIN_RE.search(sentence):
            verb, mapping = "batt", WINS  # « X a obtenu gain de cause contre Y »: X wins, Y pays nothing
        taking = next((m for key, m in PLACE_TAKING.items() if frame.verb.startswith(key)), None)
        if taking is not None and any(("patient", noun) in frame.roles for noun in PLACES):
            verb, mapping = "remplac", taking  # « a pris la place de son adjoint »: the place is no participant
        if mapping is None and (converse := _converse(frame.verb)) is not None and not _unmapped(sentence, frame, converse[0]):
            verb, mapping = converse
        choosing = _choosing(frame.verb)
        if choosing and _negated_at(sentence, frame.at):  # « X n'a pas été retenue »: X is the side left
            choosing = {role: NEGATED_CHOICE[side] for role, side in choosing.items()}
        transitive = frame.transitive or (mapping is not None and "patient" in {mapping.get(role) for role, _ in frame.roles})  # « reproche à X »
        for role, key in frame.roles:
            role = choosing.get(role, role)
            if role in ("favoured", "rejected"):
                found.setdefault(CHOICE, {}).setdefault(key, set()).add(role)
                continue
            role = mapping.get(role, "") if mapping is not None else role
            role = "intransitive" if role == "agent" and not transitive else role
            if role and role != "source" and key not in RELATIONAL and key != "place":
                found.setdefault(verb, {}).setdefault(key, set()).add(role)
        for key in _favoured_by_default(frame.roles) if not choosing else ():
            found.setdefault(CHOICE, {}).setdefault(key, set()).add("favoured")
    return found


def _favoured_by_default(roles: tuple[tuple[str, str], ...]) -> list[str]:
    """The side a verb favours when a locution names only the side it leaves (« a attribué le terrain au club, au
    détriment de la commune »: the club; « recruté aux dépens de X »: the one recruited)."""
    if not any(role == "rejected" for role, _ in roles) or any(role == "favoured" for role, _ in roles):
        return []
    return [key for role, key in roles if role == "recipient"] or [key for role, key in roles if role == "patient"]


@lru_cache(maxsize=4096)
def _converse(verb: str) -> tuple[str, dict[str, str]] | None:
    """The verb a converse is read as, with its roles mapped (the last matching entry, as « rachet » over « achet »)."""
    found = None
    for converse, read in CONVERSES.items():
        if same_verb(verb, converse):
            found = read
    return found


def _unmapped(sentence: str, frame: Frame, target: str) -> bool:
    """A converse read as itself where its result is negated (« Toulouse n'avait plus perdu une finale » is not beaten)."""
    return target == "batt" and _negated_at(sentence, frame.at)


def _negated_at(sentence: str, at: int) -> bool:
    """Whether the verb at token `at` is negated (« n'a pas été retenue », « ne l'a pas choisi »)."""
    words = [fold(token.raw) for token in sentence_tokens(sentence.replace("’", "'"))]
    before = words[max(0, at - NEGATION_REACH) : at]
    particles = [*before, *words[at + 1 : at + 2]]
    return any(word == "ne" or word.startswith("n'") for word in before) and any(word in ("pas", "jamais", "plus") for word in particles)


@lru_cache(maxsize=4096)
def _choosing(verb: str) -> dict[str, str]:
    return next((sides for key, sides in CHOOSING.items() if same_verb(verb, key)), {})


def _plain_order(sentence: str) -> str:
    """A cleft sentence in plain order (french/clefts.py): « C'est à X que le gouvernement a attribué … » read as « le
    gouvernement a attribué à X … », the fronted complement after the first verb of the clause."""
    rest = cleft_rest(sentence)
    if rest is None:
        return uncleft(sentence)
    read = frames(rest)
    if not read:
        return sentence
    verb = sentence_tokens(rest.replace("’", "'"))[read[0].at]
    return uncleft(sentence, verb.start + len(verb.raw))


def _title_of_name(sentence: str, key: str, keyed: dict[str, set[str]]) -> bool:
    """« Le chef italien Matteo Ricci succède à … »: a common noun holding the role of a name it introduces; the name
    plays the role, the noun may name someone else in the source (« l'orchestre remplace son chef »)."""
    roles = keyed[key]
    return not _written(sentence, key)[:1].isupper() and any(other != key and found == roles and _written(sentence, other)[:1].isupper()
                                                             for other, found in keyed.items())


def _written(sentence: str, key: str) -> str:
    """The word of the sentence an entity key comes from, as written."""
    return next((token.raw for token in sentence_tokens(sentence) if key in fold(token.raw).replace("’", "'")), key)
