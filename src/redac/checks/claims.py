"""Claims, not only entities: a sentence built on a source sentence must keep its polarity, its roles,
its speakers, its nationalities and what its numbers count.

Each comparison reads the article sentence against the source sentence it is aligned with (most of
its content words come from it) and that sentence's neighbours, so a rewrite in new words that says
the same raises nothing, while « n'a pas imposé » → « a imposé », « a déclaré Stoltenberg » →
« a déclaré Zelensky », « albanais » → « serbe » or « 14 chars » → « 14 avions » are caught. Roles are
read in checks/swaps.py, speakers in checks/speakers.py, counted nouns in checks/counts.py; polarity and
nationalities here.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from redac.checks.agents import moved_agents
from redac.checks.bindings import binding_issues, keeps_nationality, people_nationalities
from redac.checks.bounds import bound_issues
from redac.checks.counts import counted_issues
from redac.checks.degrees import flipped_degrees
from redac.checks.derived import states_the_rest
from redac.checks.exchanges import exchanged_places
from redac.checks.figures import traded_figures
from redac.checks.findings import Finding, Unsupported
from redac.checks.frame_roles import frame_issues
from redac.checks.incises import incise_speakers
from redac.checks.qualifiers import replaced_qualifier
from redac.checks.referents import pronoun_window, referent_window
from redac.checks.reporters import reporter_issues
from redac.checks.speakers import attribution_issues, speaker_issues
from redac.checks.swapped_spans import swapped_spans
from redac.checks.swaps import neighbour_role_issues, role_issues
from redac.checks.traded import replaced_person, traded_qualifiers
from redac.checks.voice import flipped_voice
from redac.french.comparisons import comparison, vote_sides
from redac.french.demonyms import place_adjectives, supports_adjective
from redac.french.facts import extract_facts
from redac.french.frames import PRONOUN_KEY, frames
from redac.french.lemmas import content_lemmas
from redac.french.negation import Polarity, polarity, word_key
from redac.french.nouns import may_count_same
from redac.french.opposites import flipped, opposites
from redac.french.text import fold
from redac.french.tokens import tokens

if TYPE_CHECKING:
    from redac.checks.faithfulness import SourceFacts, SourceSentence

# The thresholds are `Limits` fields (claim_*), read from `source.limits`.
NOT_BEFORE_RE = re.compile(r"(?i)\b(?:pas|plus|jamais)\b(?:\s+\S+){0,4}?\s+avant\b")  # « ne sera pas conclue avant »
# the same bound, said the other way (« il faudra attendre plusieurs mois avant que le satellite soit opérationnel »)
BOUND_RE = re.compile(r"(?i)\bau (?:plus tôt|moins|mieux)\b|\bpas avant\b|\bà partir d|\battendre\b(?:\s+\S+){0,4}?\s+(?:avant|pour)\b")
DENIAL_RE = re.compile(r"(?i)\b(?:contest|nie|ni[ée]|nient|dément|démenti|réfut|récus)\w*\s+(?:tout|toute|tous|toutes|avoir|l['’]|les?|la)\b")
NEGATED_DENIAL_RE = re.compile(r"(?i)\bn(?:e\s+|['’])(?:\w+\s+)?(?:contest|ni|dément|réfut|récus)\w*")
MODALS = r"(pourr\w*|peu[tv]\w*|pu|doi[tv]\w*|devr\w*|dev\w*)"
NEGATED_MODAL_RE = re.compile(rf"(?i)\bn(?:e\s+|['’])(?:\w+\s+)?{MODALS}\s+(?:pas|plus|jamais)\b")  # « ne pourra pas jouer »
MODAL_RE = re.compile(rf"(?i)\b{MODALS}\s+(?!pas\b|plus\b|jamais\b)\w+")
INFINITIVE_RE = re.compile(r"(?i)\s+(?:(?:se|s['’]|le|la|les|l['’]|lui|leur|y|en)\s*)*(\w+(?:er|ir|re|oir))\b")  # « doit se faire »
FIRST_SINCE_RE = re.compile(r"(?i)\bpremi[eè]re?s?\b(?:\s+\S+){0,8}?\s+depuis\b")  # « la première de cette ampleur depuis trente ans »
SINCE_RE = re.compile(r"(?i)\bdepuis\b")  # … said « aucune … n'avait été organisée depuis trente ans »
FIRST_RE = re.compile(r"(?i)\bpremi[eè]re?s?\b")
LAST_DATED_RE = re.compile(r"(?i)\bderni(?:er|[eè]re)s?\b(?:\s+\S+){0,6}?\s+(?:remont|dat)\w*")  # « la dernière … remonte à 2006 »
NEGATED_SINCE_RE = re.compile(r"(?i)\b(?:plus|pas|jamais)\b(?:\s+\S+){0,6}?\s+depuis\b")  # « n'avait plus perdu … depuis 2006 »
UNMATCHED_RE = re.compile(r"(?i)\bcomme (?:personne|jamais|nul(?:le)?|aucune?)\b|\bsans précédent\b|\bdu jamais[ -]vu\b")  # « comme personne avant eux »
NONE_BEFORE_RE = re.compile(r"(?i)\b(?:jamais|aucune?|personne|nulle?)\b")  # the negation that says it
NOT_FIRST_RE = re.compile(r"(?i)\b(?:pas|plus)\s+(?:le|la|les|l['’])\s*premi[eè]re?s?\b")  # « ce n'est pas la première intoxication »
ALREADY_RE = re.compile(r"(?i)\bdéjà\b")
NONE_OF_RE = re.compile(r"(?i)\b(?:aucune?|nulle?)\s+(?:autre\s+)?([^\W\d_][\w'’-]*)")
# a negation that affirms: « n'a pas manqué de V », « ne cachent pas », « n'a pas hésité à V », « n'a pas tardé à V », « ne cesse de V »
LITOTES_VERB = r"(manqu\w*|cach\w*|h[ée]sit\w*|tard\w*)"
LITOTES_RE = re.compile(rf"(?i)\bn(?:e\s+|['’])(?:(?:\w+\s+){{0,2}}?(?:pas|jamais|point)\s+(?:\w+\s+)?{LITOTES_VERB}|{LITOTES_VERB}\s+(?:pas|jamais|point)\b"
                        rf"|(cess\w*))(?:\s+(?:de|d['’]|à)\s*(?:se\s+|s['’])?(\w+))?")
NOT_ENOUGH_RE = re.compile(r"(?i)\bpas assez\s+(\w+)")
CHOICE_MADE_RE = re.compile(r"(?i)\bpr[ée]f[ée]r\w*\b.*\s(?:à|au|aux)\s|\b(?:au|aux|en) (?:profit|bénéfice|faveur|détriment|dépens) d|\bplutôt qu")
CHOOSING_RE = re.compile(r"(?i)\b(reten\w*|retien\w*|choisi\w*|s[ée]lectionn\w*|gard[ée]\w*)")  # the verbs a side left is negated with
NEITHER_NOR_RE = re.compile(r"(?i)\bni\b.+\bni\b")  # « Ni le CHU ni Bioryne n'ont annoncé … »: the subjects carry « ni »
VOTE_KEY = "vot"  # the word key of « voter », « voté »: a vote's negation is its side, read by _vote_issues
NEGATED_ELSEWHERE_SHARED = 4  # content words a sentence shares with a source sentence that negates what it negates


def claim_issues(where: str, sentence: str, source: SourceFacts, reported: set[str]) -> list[Unsupported]:
    """What `sentence` claims differently from the source; `reported` facts are not reported twice."""
    best = source.aligned(sentence, share=source.limits.claim_aligned_share, min_words=source.limits.claim_aligned_min_words)
    local = source.aligned(sentence)
    closing = "« " + sentence if sentence.count("»") > sentence.count("«") else sentence  # the end of a quotation over sentences
    speakers = speaker_issues(closing, source) or incise_speakers(closing, source)  # « », a justifié X »: any verb of an incise
    found = [*speakers, *_adjective_issues(sentence, source, local), *counted_issues(sentence, source, local)]
    found += bound_issues(sentence, source, local) or flipped_degrees(sentence, source, local)  # « moins chère » → « plus chère »
    found += [] if any(kind == "adjective" for kind, *_ in found) else (replaced_qualifier(sentence, source, local) or binding_issues(sentence, source))
    if best is not None:
        compared = _comparison_issues(sentence, source.sentences[best])
        roles = compared if compared is not None else (
            role_issues(sentence, source, best) or frame_issues(sentence, source, best) or neighbour_role_issues(sentence, source, best)
            or traded_figures(sentence, source, best) or traded_qualifiers(sentence, source, best) or replaced_person(sentence, source, best)
            or exchanged_places(sentence, source, best) or flipped_voice(sentence, source, best))
        vote = _vote_issues(sentence, source.sentences[best])  # « n'a pas voté pour » for « a voté contre »: the side decides
        polar = vote or ([] if states_the_rest(sentence, source) else _polarity_issues(sentence, source, best) or _flip_issues(sentence, source, best))
        polar = [issue for issue in polar if vote is None or not word_key(issue[1]).startswith(VOTE_KEY)]
        found += polar + roles  # « vingt-six des 110 n'ont pas voté » for « 84 ont voté »: the rest, said the other way
        if not any(kind in ("speaker", "role") for kind, *_ in found):
            found += attribution_issues(sentence, source, best)
    elif (unnamed := _aligned_unnamed(sentence, source)) is not None and (
            dropped := _polarity_issues(sentence, source, unnamed) or attribution_issues(sentence, source, unnamed)):
        found += dropped  # « Claire Dantec va contester » for « La navigatrice ne fera pas appel »: a name for a title
    elif (loose := source.aligned(sentence, share=source.limits.claim_frame_share, min_words=source.limits.claim_aligned_min_words)) is not None:
        # a verb and its converse share few words (« l'emporte » / « s'incline face à »)
        found += frame_issues(sentence, source, loose) or exchanged_places(sentence, source, loose) or flipped_voice(sentence, source, loose)
    elif not (mine := polarity(sentence)).negations and (lost := _lost_negation(sentence, source, mine.affirmed - mine.scope, [])):
        found.append(lost)  # a sentence too short to align (« Le recours est suspensif. »)
    if not any(kind in ("speaker", "role") for kind, *_ in found):
        found += reporter_issues(sentence, source) or moved_agents(sentence, source) or ([] if found else swapped_spans(sentence, source))
    return [
        Unsupported(kind, text, reason, where, sentence, said.text if said else "", said.where if said else "")
        for kind, text, reason, said in found
        if text not in reported
    ]


def _comparison_issues(sentence: str, said: SourceSentence) -> list[Finding] | None:
    """The sides of a comparison both sentences make: exchanged with the comparison turned around, the claim stands (no
    role is read: « quatre fois moins que Celtair » → « Celtair …, quatre fois plus que Volotea »); exchanged alone, or
    turned alone, it says the opposite. None where the sentences compare nothing alike (the other role readers decide)."""
    mine, theirs = comparison(sentence), comparison(said.text)
    if mine is None or theirs is None or not mine.against or not theirs.against:
        return None
    names = {fold(fact.text) for fact in extract_facts(said.text) if fact.kind == "name"}
    exchanged = mine.against != theirs.against and mine.against in names
    if exchanged and mine.direction != theirs.direction:
        return []
    if exchanged:
        return [("role", mine.written, f"comparaison inversée : la source compare à « {theirs.written} »", said)]
    if mine.against == theirs.against and mine.direction != theirs.direction:
        return [("negation", mine.word, f"sens contraire : la source dit « {theirs.direction} … que »", said)]
    return None


def _aligned_unnamed(sentence: str, source: SourceFacts) -> int | None:
    """The source sentence `sentence` is built on once the people it names are left out: a rewrite names the person
    the source calls by a title or a pronoun (« Claire Dantec » for « la navigatrice »), which aligns it with nothing."""
    people = [fact.text for fact in extract_facts(sentence) if fact.kind == "name" and source.is_person(fact.text)]
    if not people:
        return None
    unnamed = sentence
    for name in people:
        unnamed = unnamed.replace(name, " ")
    return source.aligned(unnamed, share=source.limits.claim_aligned_share, min_words=source.limits.claim_aligned_min_words)


def _polarity_issues(sentence: str, source: SourceFacts, best: int) -> list[Finding]:
    """A word the source negates that the article affirms (dropped), or a negation where the passage has none (added).
    A bound said the other way (« pas avant le 1er octobre » → « au plus tôt le 1er octobre ») keeps the claim, and a
    denial verb negates what it denies (« conteste toute irrégularité » → « n'avoir commis aucune irrégularité »)."""
    if BOUND_RE.search(sentence) and NOT_BEFORE_RE.search(source.sentences[best].text):
        return []
    mine = polarity(sentence)
    said = source.sentences[best]
    around = [(near, polarity(near.text)) for near in source.window(best)]
    best_affirms = polarity(said.text).affirmed
    for near, theirs in around:
        elsewhere = frozenset() if near is said else best_affirms  # a neighbour counts where the best sentence is silent
        dropped = (theirs.negated - theirs.affirmed - elsewhere) & mine.affirmed - mine.scope  # « empêcher toute restriction »: reached
        if NEITHER_NOR_RE.search(near.text) and mine.negated & theirs.negated:
            continue  # « ni X ni Y n'ont V » said as « X n'a pas V, pas plus que Y »: the verb keeps the negation
        said_otherwise = bool(opposites(theirs.negated) & mine.affirmed)  # « aucun navire n'a quitté » → « tous sont bloqués »
        said_otherwise = said_otherwise or _last_since(sentence, near.text) or _not_the_first(sentence, near.text)  # « remonte à 2006 »
        # « n'a pas exclu de » → « a exclu de »: the denial itself affirmed (not one the passage affirms too: « nous
        # n'interdisons pas les terrasses par plaisir, nous les interdisons après 23 heures »)
        if (denial := (theirs.negated - theirs.affirmed - elsewhere) & mine.denying - mine.negated):
            return [("negation", _written(sentence, denial), "négation supprimée : la source dit le contraire", near)]
        if dropped and mine.negations < theirs.negations and not said_otherwise and not _affirmed_elsewhere(sentence, source, dropped):
            # as many negations: one moved onto other words (« n'y était jamais parvenue »)
            return [("negation", _written(sentence, dropped), "négation supprimée : la source dit le contraire", near)]
    if not mine.negations and (lost := _lost_negation(sentence, source, mine.affirmed - mine.scope, around)):
        return [lost]
    # what the passage's negations reach; what it says was done for the first time when the sentence says « jamais »; what
    # it bounds (« à peine vingt minutes ») when the sentence bounds it with a negation (« pas … plus de vingt minutes »)
    none_before = NONE_BEFORE_RE.search(sentence) is not None  # « aucun autre foyer n'avait été détecté » for « le premier foyer détecté »
    negated_around = frozenset().union(*(theirs.scope | (theirs.firsts & mine.never) | (theirs.at_most & mine.capped)
                                         | (theirs.unmatched if none_before else frozenset()) for _, theirs in around))
    best_says = polarity(said.text)
    mine = _without_litotes(sentence, mine, said.text, best_says)
    opposed = opposites(mine.negated) & frozenset().union(*(theirs.affirmed for _, theirs in around))
    added = mine.negated & best_says.affirmed - negated_around  # a word the source affirms, negated
    if denial_negated := mine.negated & best_says.denying - best_says.negated:  # « conteste » → « ne conteste pas »: the denial negated
        return [("negation", _written(sentence, denial_negated), "négation ajoutée : la source dit le contraire", said)]
    # the negation bears on what the source negates too (moved, not added), or says the opposite word the source affirms
    shares = bool(mine.scope & negated_around) or bool(opposed)
    passage_negates = any(theirs.negations or theirs.denials for _, theirs in around)  # a negation of the next sentence may move into this one
    # the sentence built on denies: the article may say « ne … aucun », unless it negates the denial (« ne conteste pas »)
    denied = bool(DENIAL_RE.search(said.text)) and not NEGATED_DENIAL_RE.search(sentence)
    denied = denied or _first_since(sentence, said.text)
    if added and best_says.negations and mine.negations <= best_says.negations and added <= _none_of(sentence):
        added = frozenset()  # « Aucune date n'a été arrêtée » for « La date n'a toujours pas été fixée »: moved onto the subject
    more = mine.negations + mine.denials > best_says.negations + best_says.denials  # denials count as negations (french/denials.py)
    if not denied and ((mine.negations and not passage_negates and not shares) or (added and (not shares or more))):
        if _negated_elsewhere(sentence, source, added or mine.negated):
            return []  # a sentence merging two source sentences: the one that negates is not the one it aligned with
        text = _written(sentence, added or mine.negated) if mine.negated else sentence[:40]
        return [("negation", text, "négation ajoutée : la source ne dit pas le contraire", said)]
    return []


def _without_litotes(sentence: str, mine: Polarity, said: str, theirs: Polarity) -> Polarity:
    """The sentence's polarity less its litotes (« n'a pas manqué de saluer », « ne cachent pas leur satisfaction »):
    a negation that affirms adds none, unless the source affirms the very verb it negates (« a caché » → « n'a pas caché »)."""
    keys: set[str] = set()
    count = 0
    for found in LITOTES_RE.finditer(sentence):
        verb = word_key(found.group(1) or found.group(2) or found.group(3))
        if verb in theirs.affirmed:
            continue  # « a caché » → « n'a pas caché »: the source's own verb, negated
        count += 1
        keys |= {verb, word_key(found.group(4))} if found.group(4) else {verb}  # « n'a pas manqué de saluer »: « saluer » too
    for found in NOT_ENOUGH_RE.finditer(sentence):  # « ne va pas assez loin » for « aurait voulu aller plus loin »
        if re.search(rf"(?i)\b(?:plus|davantage)\s+{re.escape(found.group(1))}\b", said):
            count, keys = count + 1, keys | {word_key(found.group(1))}
    if CHOICE_MADE_RE.search(said):  # « n'a pas été retenue » for « a préféré X à Y »: the side left, said with a negation
        left = {word_key(found.group(1)) for found in CHOOSING_RE.finditer(sentence)} & mine.negated - theirs.affirmed
        count, keys = count + len(left), keys | left
    if not count:
        return mine
    return replace(mine, negated=mine.negated - keys, scope=mine.scope - keys, negations=max(0, mine.negations - count))


def _first_since(sentence: str, said: str) -> bool:
    """« la première de cette ampleur depuis trente ans » said « aucune … n'avait été organisée depuis trente ans », « ont
    regardé la lumière comme personne avant eux » said « aucun peintre n'avait regardé »: what was never done before, said
    with a negation; a sentence that keeps « premier » (« sa première visite depuis ») negates something else."""
    if FIRST_RE.search(sentence) is not None or NONE_BEFORE_RE.search(sentence) is None:
        return False
    return (FIRST_SINCE_RE.search(said) is not None and SINCE_RE.search(sentence) is not None) or UNMATCHED_RE.search(said) is not None


def _last_since(sentence: str, said: str) -> bool:
    """« La dernière finale perdue par Toulouse remontait à 2006 » for « Toulouse n'avait plus perdu une finale depuis
    2006 »: what has not happened since a time, said as the last time it happened."""
    return LAST_DATED_RE.search(sentence) is not None and NEGATED_SINCE_RE.search(said) is not None


def _not_the_first(sentence: str, said: str) -> bool:
    """« Une intoxication de ce type s'était déjà produite » for « Ce n'est pas la première intoxication de ce type »: not
    the first, said as done before."""
    return NOT_FIRST_RE.search(said) is not None and ALREADY_RE.search(sentence) is not None


def _none_of(sentence: str) -> frozenset[str]:
    """Word keys of the nouns « aucun », « nul » negate in the sentence (« aucune date », « nulle part »)."""
    return frozenset(word_key(found.group(1)) for found in NONE_OF_RE.finditer(sentence))


def _flip_issues(sentence: str, source: SourceFacts, best: int) -> list[Finding]:
    """A word saying the other side of one the source sentence affirms, with no negation either way (« les massifs
    resteront fermés » → « resteront ouverts », « un an ferme » → « un an avec sursis »): the source sentence never
    writes the article's word itself."""
    mine, said = polarity(sentence), source.sentences[best]
    theirs = polarity(said.text)
    passage = theirs.affirmed | theirs.negated
    kept = _kept_in_other_words(sentence, said)  # « dix-huit succès » for « dix-huit victoires »: the source's word kept
    flips = {key for key in mine.affirmed - passage - mine.scope if flipped(frozenset({key})) & theirs.affirmed - mine.affirmed - mine.negated - kept}
    flips = {key for key in flips if not _said_of_another(sentence, key, said.text, flipped(frozenset({key})) & theirs.affirmed)}
    # « interdit de laisser ouvertes » for « oblige à fermer »: a denial beside the flip turns it back; the flipped word
    # itself may deny (« a rejeté » for « a adopté »)
    denials = mine.denials - len(flips & mine.denying)
    if flips and mine.negations <= theirs.negations and denials <= theirs.denials:
        return [("negation", _written(sentence, frozenset(flips)), "sens contraire : la source dit l’inverse", said)]
    return []


def _said_of_another(sentence: str, key: str, said: str, opposite: frozenset[str]) -> bool:
    """The opposite verb has another agent than the source's verb: a converse (« Habitat Ouest a perdu le vote face à
    la coopérative » for « La coopérative a remporté le vote »), or the other side's word in a merged sentence (« les
    commerçants saluent la décision que critique l'opposition »). Agents unread on either side keep the flip."""
    mine = _agents(sentence, frozenset({key}))
    theirs = _agents(said, opposite)
    return bool(mine) and bool(theirs) and mine.isdisjoint(theirs)


def _agents(sentence: str, keys: frozenset[str]) -> frozenset[str]:
    """Entity keys of the agents and subjects of the sentence's verbs with one of `keys` (« se inclin » read as « inclin »);
    a pronoun subject, unresolved here, reads as none."""
    found = {agent for frame in frames(sentence) if frame.verb.split()[-1] in keys
             for agent in {key for role, key in frame.roles if role == "agent"} | frame.subject}
    return frozenset() if PRONOUN_KEY in found else frozenset(found)


def _kept_in_other_words(sentence: str, said: SourceSentence) -> frozenset[str]:
    """Word keys of the source sentence's nouns the sentence writes with a synonym (french/nouns.py): « victoires » said
    « succès » is still there, so a « défaite » next to it is another claim (« sa deuxième défaite en finale »)."""
    mine = set(content_lemmas(sentence)) - said.lemmas
    return frozenset(word_key(theirs) for theirs in said.lemmas for other in mine if may_count_same(other, theirs) and other != theirs)


def _vote_issues(sentence: str, said: SourceSentence) -> list[Finding] | None:
    """A vote on the other side of the one the sentence built on reports (« a voté contre » → « a voté pour »); [] for the
    same side; None where the two do not both report one vote, plainly."""
    mine, theirs = vote_sides(sentence), vote_sides(said.text)
    if mine is None or theirs is None or len(mine) != 1 or len(theirs) != 1:
        return None
    return [("negation", next(iter(mine)), f"sens contraire : la source dit « voté {next(iter(theirs))} »", said)] if mine != theirs else []


def _lost_negation(sentence: str, source: SourceFacts, affirmed: frozenset[str], around: list) -> Finding | None:
    """A negation dropped with no word of it left: the modal it negated affirmed (« ne pourra pas jouer » → « pourra
    disputer »), or a short source sentence merged in whose negated words all stand affirmed (« Suspendu six mois, X a
    répondu à nos sollicitations » where « Il n'a pas répondu à nos sollicitations » follows)."""
    modal = MODAL_RE.search(sentence)
    for near, theirs in around:
        negated_modal = NEGATED_MODAL_RE.search(near.text)
        if modal and negated_modal and fold(modal.group(1))[:3] == fold(negated_modal.group(1))[:3] \
                and not _other_verb_affirmed(sentence, modal, near.text, negated_modal, theirs):
            return ("negation", modal.group(0), "négation supprimée : la source dit le contraire", near)
    # the source sentences whose every content word the sentence holds (the lemma index)
    for number, count in source.sharing(set(content_lemmas(sentence))).items():
        said = source.sentences[number]
        if count >= 2 and count == len(said.lemmas) and (theirs := polarity(said.text)).negated and theirs.negated <= affirmed \
                and not _last_since(sentence, said.text) and not _not_the_first(sentence, said.text):
            return ("negation", _written(sentence, theirs.negated), "négation supprimée : la source dit le contraire", said)
    return None


def _other_verb_affirmed(sentence: str, modal: re.Match[str], text: str, negated_modal: re.Match[str], theirs: Polarity) -> bool:
    """The modal governs another verb than the negated one, a verb the source affirms: « ne doit pas nuire à l'espèce, et
    doit reposer sur une analyse » → « doit reposer sur une analyse » keeps the second claim, the modal alone says nothing.
    « ne pourra pas jouer » → « pourra disputer »: a verb the source does not affirm, the negation dropped."""
    mine = _governed(sentence, modal.end(1))
    negated = _governed(text, negated_modal.end())
    return mine is not None and mine != negated and mine in theirs.affirmed - theirs.negated


def _governed(text: str, start: int) -> str | None:
    """The word key of the infinitive a modal governs, read from `start` past clitics (« doit se faire », « peut le
    rendre »), or None."""
    found = INFINITIVE_RE.match(text, start)
    return word_key(found.group(1)) if found else None


def _negated_elsewhere(sentence: str, source: SourceFacts, keys: frozenset[str]) -> bool:
    """Whether another source sentence negates these words, and shares more of the sentence's content words
    (« a rappelé que plusieurs toiles n'avaient jamais quitté la Norvège », two sentences after the one aligned)."""
    if not keys:
        return False
    lemmas = set(content_lemmas(sentence))
    return any(keys <= polarity(said.text).negated and len(lemmas & said.lemmas) >= NEGATED_ELSEWHERE_SHARED for said in source.sentences)


def _affirmed_elsewhere(sentence: str, source: SourceFacts, keys: frozenset[str]) -> bool:
    """Whether another source sentence affirms these words and holds the sentence's content words (all, or as many as
    `_negated_elsewhere` asks): the article restates that one (« les saisies y sont de plus en plus fréquentes », two
    paragraphs after « n'ont jamais été aussi fréquentes », the sentence it aligned with)."""
    lemmas = set(content_lemmas(sentence))
    return any(keys <= (theirs := polarity(said.text)).affirmed - theirs.negated
               and (lemmas <= said.lemmas or len(lemmas & said.lemmas) >= NEGATED_ELSEWHERE_SHARED) for said in source.sentences)


def _written(sentence: str, keys: frozenset[str]) -> str:
    """The first word of `sentence` with one of the word keys, as written."""
    return next((token for token in tokens(sentence) if word_key(token) in keys), sorted(keys)[0])


def _adjective_issues(sentence: str, source: SourceFacts, local: int | None) -> list[Finding]:
    found: list[Finding] = []
    for written, adjective in place_adjectives(sentence):
        if not supports_adjective(adjective, source.folded):
            found.append(("adjective", written, "nationalité ou lieu absent de la source", None))
        elif local is not None and not supports_adjective(adjective, " ".join(near.folded for near in source.window(local))) \
                and not keeps_nationality(sentence, adjective, source, source.window(local)) and not _said_of_noun(sentence, written, source) \
                and not _said_of_referent(sentence, adjective, source):
            reason = "nationalité ou lieu présent dans la source, mais pas dans le passage que reprend cette phrase"
            found.append(("adjective", written, reason, source.sentences[local]))
        elif local is not None and _replaced_adjective(sentence, adjective, source.sentences[local]):
            found.append(("adjective", written, "nationalité ou lieu remplacé : la phrase reprise en dit un autre", source.sentences[local]))
    return found


def _said_of_referent(sentence: str, adjective: str, source: SourceFacts) -> bool:
    """« Le juré belge a regretté … » where the sentence built on says « a-t-il regretté »: the adjective belongs to the
    person the source sentence calls by a pronoun or a title, where that person is named (as a name would be)."""
    referent = [*pronoun_window(source, sentence), *referent_window(source, sentence)]
    return bool(referent) and supports_adjective(adjective, " ".join(near.folded for near in referent))


def _said_of_noun(sentence: str, written: str, source: SourceFacts) -> bool:
    """« le jeune chef italien » where the source says « le chef italien Matteo Ricci » elsewhere: the noun the adjective
    qualifies carries it in the source too, so it names the same one."""
    found = re.search(rf"(\w+)\s+{re.escape(written)}\b", sentence)
    return found is not None and re.search(rf"\b{re.escape(fold(found.group(0)))}\b", source.folded) is not None


def _replaced_adjective(sentence: str, adjective: str, said: SourceSentence) -> bool:
    """« Le président bolivien » where the sentence it is built on says « chilien » (Bolivia named next door),
    « le ministère russe » where it says « ukrainien » (Moscow named in it): one of the source sentence's
    own nationalities is gone, in any form, and another stands in its place."""
    theirs = {other for _, other in place_adjectives(said.text)}
    mine = {other for _, other in place_adjectives(sentence)}
    folded = fold(sentence)
    dropped = {other for other in theirs - mine if not supports_adjective(other, folded)}  # « du Chili » keeps « chilien »
    dropped -= people_nationalities(said, folded)  # « le président français, Emmanuel Macron » → « Emmanuel Macron »: left out, not replaced
    return bool(dropped) and adjective not in theirs
