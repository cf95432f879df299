"""Frames of French sentences read by spaCy's dependency parser, and a rewrite's frames compared with its source's.

Measured by dev/parser_roles.py (issue 14); kept out of the package: against the rule-based checks it did
not earn its place (see that script's docstring). Rules see word order; a parser sees roles: « X a été
félicité par Y » and « Y a félicité X » are one frame (féliciter, agent Y, patient X), « Y a félicité X »
and « X a félicité Y » two. A rewrite sentence is compared with the source sentences it is built on: a verb
of both with one of its arguments moved to another role, a statement given to another speaker than the
source's (by the same verb, or « selon »), a verb whose polarity flipped.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from redac.french.roles import speech_word
from redac.french.text import fold

if TYPE_CHECKING:
    from redac.checks.faithfulness import SourceFacts

PRONOUN_LOOKBACK = 3  # source sentences before a pronoun speaker where the person is named
NEGATIVE_ADVERBS = {"pas", "jamais", "plus", "rien", "personne", "point", "nullement", "aucunement"}
NEGATIVE_ARGUMENTS = {"aucun", "aucune", "rien", "personne", "nul", "nulle"}
# Verbs that deny what their infinitive says (« a refusé de signer » is « n'a pas signé »).
NEGATING_VERBS = {"refuser", "renoncer", "eviter", "empecher", "exclure", "nier", "dementir", "interdire", "cesser", "omettre", "negliger", "oublier"}  # folded
LIGHT_VERBS = {"avoir", "etre", "faire", "pouvoir", "devoir", "aller", "venir"}  # their polarity is their clause's, not a claim
SUBJECT_PRONOUNS = {"il": "Masc", "elle": "Fem", "ils": "Masc", "elles": "Fem", "lui": "Masc", "eux": "Masc"}
AGENT, PATIENT, DATIVE = "agent", "patient", "dative"
_STATE: dict[str, Any] = {}


@dataclass(frozen=True, slots=True)
class Mention:
    """Who a noun phrase names: folded keys (a surname, a title's lemma, both when in apposition), or a pronoun."""

    keys: frozenset[str]  # the head, its apposition and its name: who the phrase is
    pronoun: str = ""  # « il », « elle »: resolved against the sentences before
    gender: str = ""
    around: frozenset[str] = frozenset()  # every name and noun of the phrase (« le président de Veldstra »): who it may be
    named: bool = False  # the phrase holds a name: « la maire » and « Isabelle Morvan » cannot be told apart without one


@dataclass(frozen=True, slots=True)
class Frame:
    lemma: str
    roles: tuple[tuple[str, Mention], ...]  # (agent | patient | dative | contre, mention), voice normalised
    negated: bool
    speech: bool


@dataclass(frozen=True, slots=True)
class Parsed:
    frames: tuple[Frame, ...]
    speakers: tuple[tuple[str, Mention], ...]  # (verb lemma or « selon », who says or reports what the sentence says)


def load(model: str = "fr_core_news_sm") -> bool:
    """Load spaCy and its French pipeline once; whether they are installed."""
    if "nlp" not in _STATE:
        try:
            import spacy

            _STATE["nlp"] = spacy.load(model, disable=["ner"])
        except (ImportError, OSError):
            _STATE["nlp"] = None
    return _STATE["nlp"] is not None


def _nlp():
    load()
    return _STATE["nlp"]


def parsed_sentences(sentences: list[str]) -> list[Parsed | None]:
    """Parse sentences in one batch (faster than one by one); each is remembered."""
    nlp = _nlp()
    todo = [s for s in dict.fromkeys(sentences) if s not in _CACHE]
    if nlp is not None:
        for sentence, doc in zip(todo, nlp.pipe([_plain(s) for s in todo], batch_size=64), strict=True):
            _CACHE[sentence] = read_doc(doc)
    return [parsed(sentence) for sentence in sentences]


_CACHE: dict[str, Parsed] = {}


def parsed(sentence: str) -> Parsed | None:
    if sentence not in _CACHE and _nlp() is not None:
        _CACHE[sentence] = read_doc(_nlp()(_plain(sentence)))
    return _CACHE.get(sentence)


def _plain(sentence: str) -> str:
    """The typographic apostrophe as the model's tokenizer splits it (« n’a » is « n' a »)."""
    return sentence.replace("’", "'")


def read_doc(doc) -> Parsed:
    frames, speakers = [], []
    for token in doc:
        if token.pos_ in ("VERB", "AUX") and token.is_alpha and token.dep_ not in ("aux:tense", "aux:pass", "cop", "aux:caus"):
            frame = _frame(token)
            if frame.roles or frame.negated:
                frames.append(frame)
            if frame.speech:
                speakers.extend((frame.lemma, mention) for role, mention in frame.roles if role == AGENT)
        if any(child.dep_ == "case" and child.lower_ == "selon" for child in token.children):
            speakers.append(("selon", mention_of(token)))
    return Parsed(tuple(frames), tuple(speakers))


def _frame(verb) -> Frame:
    passive = any(child.dep_ == "aux:pass" for child in verb.children) or (verb.dep_ == "acl" and "Part" in verb.morph.get("VerbForm"))
    speech = speech_word(fold(verb.text)) or speech_word(fold(verb.lemma_))
    roles = []
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "expl:subj") and c.lower_ != "-t"]
    before = [c for c in subjects if c.i < verb.i]
    # « …, a précisé l'administrateur », « …, a ordonné le juge »: after a comma, a speech verb's subject follows it
    inverted = _following_nominal(verb) if _incise(verb) and (speech or not before) else None
    subject = inverted or (before or subjects or [None])[0]
    if subject is None:
        subject = _controller(verb)  # « devra verser », « en devançant », « a remercié … et a promis »
    if subject is not None:
        roles.append((PATIENT if (passive or subject.dep_ == "nsubj:pass") and subject is not inverted else AGENT, mention_of(subject)))
    elif verb.dep_ == "acl" and passive:
        roles.append((PATIENT, mention_of(verb.head)))  # « la famille, représentée par l'avocat »
    for child in verb.children:
        case = next((c.lower_ for c in child.children if c.dep_ == "case"), "")
        if inverted is not None and child.i > verb.i and child.dep_ in ("obj", "nsubj"):
            continue  # the speaker, not what is said
        if child.dep_ == "obj":
            roles.append((PATIENT, mention_of(child)))
        elif child.dep_ == "obl:agent":
            roles.append((AGENT, mention_of(child)))
        elif child.dep_ == "iobj" or (child.dep_.startswith("obl") and case in ("à", "au", "aux")):
            roles.append((DATIVE, mention_of(child)))
        elif child.dep_.startswith("obl") and case == "contre":
            roles.append(("contre", mention_of(child)))
    known = tuple((role, mention) for role, mention in roles if mention.keys or mention.pronoun)
    return Frame(fold(verb.lemma_), known, _negated(verb), speech)


def _controller(verb):
    """The subject an infinitive, a gerund or a coordinated verb shares with the verb it depends on."""
    head = verb.head
    if verb.dep_ not in ("xcomp", "conj", "advcl") or head is verb or head.pos_ not in ("VERB", "AUX"):
        return None
    if verb.dep_ == "advcl" and not any(c.lower_ == "en" for c in verb.children):
        return None  # only a gerund (« en devançant ») shares its subject for sure
    if fold(head.lemma_) == "voir" and any(c.lower_ in ("se", "s'") for c in head.children):
        return None  # « X s'est vu reprocher par Y »: X is who the infinitive's act is done to
    own = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return own if own is not None else _controller(head)


def _following_nominal(verb):
    """The first noun or name the verb governs after it with no preposition (the parser calls it obj, xcomp …)."""
    return next((c for c in verb.children if c.i > verb.i and c.pos_ in ("NOUN", "PROPN") and c.dep_ in ("obj", "nsubj", "xcomp", "dep", "appos")
                 and not any(g.dep_ == "case" for g in c.children)), None)


def _incise(verb) -> bool:
    """The verb follows a comma or a closing guillemet (its auxiliary aside): its subject comes after it."""
    first = min([verb, *(c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i)], key=lambda t: t.i)
    return first.i > 0 and first.nbor(-1).text in (",", "»", "”", '"')


def _negated(verb) -> bool:
    """« ne … pas / jamais / plus », « ne … aucun », « sans », or under a denying verb (« refuse de … »)."""
    children = list(verb.children)
    has_ne = any(c.lower_ in ("ne", "n'", "n’") for c in children)
    denied = has_ne and any(
        c.lower_ in NEGATIVE_ADVERBS or c.lower_ in NEGATIVE_ARGUMENTS or c.lower_ == "ni"
        or any(g.lower_ in NEGATIVE_ARGUMENTS or g.lower_ == "ni" for g in c.children) for c in children)
    denied = denied or any(c.dep_ == "mark" and c.lower_ == "sans" for c in children)
    if verb.dep_ == "conj" and any(c.lower_ == "ni" for c in children) and verb.head.pos_ == "VERB":
        return _negated(verb.head)  # « n'a ni signé ni envoyé »
    if verb.dep_ == "xcomp" and verb.head.pos_ == "VERB":
        return denied != (_negated(verb.head) != (fold(verb.head.lemma_) in NEGATING_VERBS))
    return denied


def mention_of(token) -> Mention:
    """The person or thing a noun phrase names, by its head: a relative pronoun names its antecedent."""
    if token.pos_ == "PRON" and token.dep_ in ("nsubj", "nsubj:pass", "obj") and token.head.dep_ == "acl:relcl":
        return mention_of(token.head.head)
    if token.pos_ == "PRON" or token.lower_ in ("-il", "-elle", "-ils", "-elles"):
        word = token.lower_.lstrip("-")
        return Mention(frozenset(), word if word in SUBJECT_PRONOUNS else "", SUBJECT_PRONOUNS.get(word, ""))
    keys = set(_keys(token))
    for child in token.children:
        if child.dep_ in ("appos", "conj") or (child.pos_ == "PROPN" and not any(g.dep_ == "case" for g in child.children)):
            keys.update(_keys(child))
    phrase = list(_phrase(token))
    around = {key for inner in phrase for key in _keys(inner)}
    named = any(inner.pos_ == "PROPN" and _keys(inner) for inner in phrase)
    return Mention(frozenset(keys), "", (token.morph.get("Gender") or [""])[0], frozenset(around | keys), named)


def _phrase(token):
    """The tokens of a noun phrase, its clauses left out (« le maire, qui a dit … »)."""
    yield token
    for child in token.children:
        if not child.dep_.startswith(("acl", "ccomp", "advcl", "punct", "parataxis")):
            yield from _phrase(child)


def _keys(token) -> list[str]:
    """A name's last word (« Castagnet »), a common noun's lemma (« lauréat »); « M. », « Mme » name no one."""
    return [key for key in _raw_keys(token) if len(key) > 2 and not key.endswith(".") and key not in ("mme", "mlle")]


def _raw_keys(token) -> list[str]:
    if token.pos_ == "PROPN":
        chain = [token, *(c for c in token.subtree if c.dep_ == "flat:name")]
        return [fold(max(chain, key=lambda t: t.i).text)]
    if token.pos_ == "NOUN":
        names = [c for c in token.children if c.dep_ == "flat:name"]  # « Me Arnaud Pellerin »: « Me » heads the name
        return [fold(token.lemma_), *(fold(max(c.subtree, key=lambda t: t.i).text) for c in names[-1:])]
    return []


def window_for(sentence: str, source: SourceFacts) -> tuple[list[str], list[str], list[str]] | None:
    """(the aligned source sentence, it with its neighbours, the sentences before it), when one is aligned."""
    best = source.aligned(sentence)
    if best is None:
        return None
    texts = [said.text for said in source.sentences]
    return [texts[best]], [said.text for said in source.window(best)], texts[max(0, best - PRONOUN_LOOKBACK) : best]


def parsed_findings(sentence: str, aligned: list[str], window: list[str], before: list[str], exchanges: bool = False) -> list[tuple[str, str]]:
    """(kind, what) of each disagreement between the sentence's frames and its source sentences'; `exchanges`:
    a role finding only where two arguments of one verb traded places."""
    mine, *rest = parsed_sentences([sentence, *window, *before])
    if mine is None:
        return []
    theirs = [p for p in rest[: len(window)] if p is not None]
    found = _role_findings(mine, theirs, exchanges) + _polarity_findings(mine, theirs)
    said = [p for p in parsed_sentences(aligned) if p is not None]
    earlier = [p for p in rest[len(window) :] if p is not None]
    return found + _speaker_findings(mine, said, earlier)


def same(a: Mention, b: Mention) -> bool:
    """Whether two phrases name one person: they share a name or a head (a spelling variant aside)."""
    return _overlap(a.keys, b.keys)


def may_be(a: Mention, b: Mention) -> bool:
    """Whether two phrases may name one person: a name or noun of one is in the other."""
    return _overlap(a.around, b.around)


def _overlap(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    return any(a == b or (min(len(a), len(b)) >= 5 and (a.startswith(b) or b.startswith(a))) for a in mine for b in theirs)


def _role_findings(mine: Parsed, theirs: list[Parsed], exchanges: bool) -> list[tuple[str, str]]:
    """An argument the source gives the same verb in another role, and never in this one."""
    found = []
    for frame in mine.frames:
        others = [other for parse in theirs for other in parse.frames if other.lemma == frame.lemma]
        moved = [(role, mention) for role, mention in frame.roles if mention.keys
                 and any(same(mention, m) for other in others for r, m in other.roles if r != role)
                 and not any(may_be(mention, m) for other in others for r, m in other.roles if r == role)]
        if len(moved) > 1 or not exchanges:
            found.extend(("role", f"{frame.lemma}: {role} {sorted(mention.keys)}") for role, mention in moved)
    return found


def _polarity_findings(mine: Parsed, theirs: list[Parsed]) -> list[tuple[str, str]]:
    found = []
    for frame in mine.frames:
        others = [other for parse in theirs for other in parse.frames if other.lemma == frame.lemma]
        if others and frame.lemma not in LIGHT_VERBS and all(other.negated != frame.negated for other in others):
            found.append(("negation", f"{frame.lemma}: {'nié' if frame.negated else 'affirmé'}"))
    return found


def _speaker_findings(mine: Parsed, said: list[Parsed], earlier: list[Parsed]) -> list[tuple[str, str]]:
    """A speaker of the sentence who is none of the source sentence's, by the same verb (« a déclaré X » for
    « a déclaré Y »; « selon X » for « selon Y »): another verb may report another statement."""
    found = []
    for lemma, mention in mine.speakers:
        theirs = [_resolved(m, earlier) for parse in said for verb, m in parse.speakers if verb == lemma]
        known = [m for m in theirs if m is not None and m.keys and m.named == mention.named]  # a name against a name, a title against a title
        if mention.keys and known and not any(may_be(mention, k) for k in known):
            found.append(("speaker", f"{lemma} {sorted(mention.keys)} au lieu de {sorted(known[0].keys)}"))
    return found


def _resolved(mention: Mention, earlier: list[Parsed]) -> Mention | None:
    """A pronoun speaker is the last speaker (else agent) of the same gender named in the sentences before."""
    if not mention.pronoun:
        return mention
    for parse in reversed(earlier):
        candidates = [*(m for _, m in reversed(parse.speakers)), *(m for f in reversed(parse.frames) for r, m in f.roles if r == AGENT)]
        for candidate in candidates:
            if candidate.keys and candidate.gender in ("", mention.gender):
                return candidate
    return None
