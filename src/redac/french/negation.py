"""Polarity: which words a French sentence negates (« n'a pas imposé », « ni … ne reconnaissent »,
« sans sanctions », « refuse d'envisager »), and which it affirms.

Dropping or adding a negation is the cheapest way for a rewrite to say the opposite of its source
while keeping every name and number, so the check compares, word by word, what each side negates.
Words are compared by `word_key` (a stem that meets « opposés », « opposer » and « opposée »).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from redac.french.denials import DELAYING, DENYING, DENYING_REACH, NEGATING_VERBS, PRIVATIVE, TIME_WORDS, idiom_positions, negating_base, reaching_base
from redac.french.fears import feared
from redac.french.firsts import FIRSTS, unmatched
from redac.french.lemmas import lemma
from redac.french.numbers import word_numbers
from redac.french.pending import pending_start
from redac.french.text import fold
from redac.french.tokens import ELISION_RE, tokens
from redac.french.wordlists import function_words

ELLIPTICAL_RE = re.compile(r",\s*pas\s+(?!à\s)")  # « , pas X »: X denied, as after « mais pas »
RESTRICTING = {"plus", "guere", "jamais"}  # « ne … plus que », « ne … guère que », « ne … jamais que »: a restriction
PARTICLES = {"pas", "plus", "jamais", "rien", "guere", "point", "aucun", "aucune", "personne", "nullement", "nulle"}
OPENING_PARTICLES = PARTICLES - {"plus", "personne", "point", "pas"}  # a negation without « ne » (« aucune sanction », « jamais condamné »)
# Auxiliaries, modals and adverbs that sit between « ne » and the word it negates: « n'a toujours pas été fixée ».
TRANSPARENT = {
    "avoir", "etre", "pouvoir", "vouloir", "devoir", "savoir", "aller", "faire", "toujours", "encore", "deja", "toutefois",
    "vraiment", "donc", "meme", "certes", "forcement", "beaucoup", "tres", "bien", "non", "plus", "pas", "jamais", "ete",
    "y", "en", "se", "s", "le", "la", "les", "lui", "leur", "nous", "vous", "me", "te", "l", "m", "t", "de", "d", "du", "des",
    "un", "une", "ce", "cela", "ca", "il", "elle", "ils", "elles", "on",
    # sentence adverbs and the words of « en revanche », « en effet », « en outre », « par ailleurs »: « n'a en revanche
    # pas accepté » negates « accepté »
    "revanche", "effet", "outre", "ailleurs", "cependant", "pourtant", "neanmoins", "finalement", "apparemment",
    "visiblement", "manifestement", "officiellement", "desormais", "pour", "autant",
}
CONTROL_VERBS = {"souhaiter", "accepter", "oser", "parvenir", "chercher", "vouloir"}  # « n'a pas souhaité s'exprimer »: the infinitive is negated too
CLITICS = {"se", "s", "le", "la", "les", "l", "lui", "leur", "y", "en"}
FIRST_REACH = 5  # words after « premier » searched for the « à » of its verb
NOT_NEGATED_BY_NON = {"seulement", "loin", "plus", "moins", "pas", "sans", "merci"}  # « non seulement », « non loin de »
DETERMINERS = {"un", "une", "la", "le", "les", "des", "cette", "ce", "sa", "son", "d'une", "d'un"}
PARTICIPLE_RE = re.compile(r"\w{3,}(?:e|ee|es|ees|u|ue|us|ues|is|ise|ises|it|ite|ites)$")
PRIVATIVE_ADJECTIVE_RE = re.compile(r"^i[mnl](possible|utile|disponible|suffisante?|capable|legale?|exacte?)s?$")  # « impossible »: not possible
COPULAS = {"est", "sont", "etait", "etaient", "sera", "seront", "devient", "deviennent", "reste", "restent", "semble", "paraît", "parait"}
PRIVATIVE_REACH = 8  # tokens before a privative adjective searched for what it bears on
SUBJECT_PARTICLES = {"aucun", "aucune", "personne", "rien", "nul", "nulle", "jamais"}  # « aucune famille ne sera… »: one negation
EXPLETIVE_BEFORE = ("avant que", "avant qu", "a moins que", "a moins qu", "de peur que", "de crainte que", "sans que", "sans qu")
VERB_ENDINGS = ("aient", "ees", "ant", "ait", "ent", "ee", "es", "er", "ir", "oir", "re", "ue", "ues", "us", "ie", "ies", "is", "it", "e", "u", "i")
EXPLETIVE_REACH = 5  # words before a bare « ne » searched for the « que » that makes it expletive
COMPARATIVES = {"mieux", "plus", "moins", "autant", "aussi", "autre", "autrement", "davantage", "pire"}  # « personne ne … mieux que »
WINDOW = 4  # tokens after « ne » searched for its particle
RESTRICTIVE_REACH = 9  # tokens after a particle-less « ne » searched for the « que » of a restriction (« ne peut encore être parcourue qu'à »)
SUBJECT_WINDOW = 14  # tokens after « aucun », « personne » searched for their « ne » (« aucun des quatre coureurs pris en charge n'a »)


@dataclass(frozen=True, slots=True)
class Polarity:
    negated: frozenset[str]  # word keys the sentence negates
    affirmed: frozenset[str]  # word keys of the other content words
    negations: int  # how many negations the sentence holds
    scope: frozenset[str] = frozenset()  # negated, with what the negation reaches beyond its word (see `polarity`)
    denials: int = 0  # words that negate by their meaning, outside any negation (french/denials.py: « refuse », « interdit »)
    denying: frozenset[str] = frozenset()  # their word keys, with the verbs that opened a negation (« refuse de », « attend toujours »)
    firsts: frozenset[str] = frozenset()  # what « la première fois que » says was never done before (see `_first_time`)
    never: frozenset[str] = frozenset()  # negated, in a sentence that negates with « jamais »
    at_most: frozenset[str] = frozenset()  # what « à peine N », « au plus N » bounds (see `_at_most`)
    capped: frozenset[str] = frozenset()  # negated with a bound after it (« n'a pas duré plus de »): at most
    unmatched: frozenset[str] = frozenset()  # what a rank says had no equal (« le premier foyer détecté »: french/firsts.py)


@lru_cache(maxsize=8192)
def word_key(token: str) -> str:
    """A stem comparing inflected and derived verb forms: « battue », « battant », « battre » -> "batt"."""
    base = lemma(token)
    for ending in VERB_ENDINGS:
        if base.endswith(ending) and len(base) - len(ending) >= 3:
            return base[: -len(ending)]
    return base


@lru_cache(maxsize=8192)
def polarity(sentence: str) -> Polarity:
    """What `sentence` negates and affirms (quotations included: a quote is part of the claim). The words
    after an expletive « ne » are neither (« avant que le satellite ne soit opérationnel »: not yet)."""
    raw = _split_elisions(tokens(ELLIPTICAL_RE.sub(", mais pas ", sentence)))  # « quarante minutes, pas quatre-vingts »
    words = ["nee" if token.lower() == "né" else fold(token) for token in raw]  # « il est né »: born, not « ne »
    names = frozenset(index for index, token in enumerate(raw) if index and token[:1].isupper())  # « Quimper »: no infinitive
    idioms = idiom_positions(words)  # « c'est du jamais vu », « pas moins de 300 »: no negation, no claim of their own
    negated_at: set[int] = set()
    pending = {target for index, word in enumerate(words) if _is_ne(word) and _expletive(words, index) for target in _after_ne(words, index)} | idioms
    negations = 0
    paired: set[int] = set()  # the « ne » of « aucune famille ne sera », already counted with its particle
    privative: set[str] = set()  # « impossible »: « possible » negated
    reached: list[int] = []  # what a privative adjective or a restriction bears on, without negating it
    openers: set[int] = set()  # where each negation opens
    for index in range(len(words)):
        if index in paired or index in idioms:
            continue
        if (found := PRIVATIVE_ADJECTIVE_RE.match(words[index])) is not None:
            negations += 1
            privative.add(word_key(found.group(1)))
            reached += _content_before(words, index)
        if _is_ne(words[index]):
            reached += _restriction(words, index)
        if words[index] in FIRSTS:
            reached += _first_to(words, index)
        # « n'exclut pas de faire appel », « sans exclure de poursuivre »: a negating verb negated denies nothing
        targets = [] if index in negated_at and negating_base(words[index]) else _negated_targets(words, index, names)
        ne = _subject_particle_ne(words, index)
        if ne is not None:
            paired.add(ne)
            targets = targets + _after_ne(words, ne, paired=True)
        if targets:
            negations += 1
            negated_at.update(targets)
            openers.add(index)
    negated = frozenset(word_key(raw[i]) for i in negated_at) | privative
    affirmed = frozenset(word_key(raw[i]) for i, w in enumerate(words) if i not in negated_at and i not in pending and _content(w))
    denials, denied, denying = _denials(words, openers, negated_at)
    denying += [i for i in openers if pending_start(words, i) is not None]  # « n'attendait plus d'être déchargé »: done
    scope = negated | frozenset(word_key(raw[i]) for i in [*_reach(words, negated_at), *reached, *denied])
    firsts = frozenset(word_key(raw[i]) for index in range(len(words)) for i in _first_time(words, index))
    never = negated if "jamais" in words else frozenset()
    at_most = frozenset(word_key(raw[i]) for index in range(len(words)) for i in _at_most(words, index))
    capped = frozenset(word_key(raw[i]) for i in negated_at if words[i + 1 : i + 3] in (["plus", "de"], ["plus", "d"]))
    ranked = frozenset(word_key(raw[i]) for index in range(len(words)) for i in unmatched(words, index, _content))
    return Polarity(negated, affirmed, negations, scope, denials, frozenset(word_key(raw[i]) for i in denying), firsts, never, at_most, capped,
                    ranked)


def _content_before(words: list[str], index: int) -> list[int]:
    """The content words before a privative adjective, its subject among them (« tout paiement en ligne est désormais
    impossible »): « aucun paiement n'est plus possible » says the same."""
    copula = next((i for i in range(index - 1, max(-1, index - 3), -1) if words[i] in COPULAS), None)
    if copula is None:
        return []  # « jugé l'accord insuffisant »: an attribute of the object, which the verb does not deny
    found = [i for i in range(max(0, copula - PRIVATIVE_REACH), copula) if _content(words[i])]
    return found[-DENYING_REACH:]


def _first_to(words: list[str], index: int) -> list[int]:
    """The verb of « le premier … à V » (« la première autrice canadienne à obtenir le prix »): no one did V before, which
    « jamais une autrice canadienne ne l'avait obtenu » says with a negation."""
    link = next((at for at in range(index + 1, min(len(words), index + FIRST_REACH)) if words[at] == "a"), None)
    return [] if link is None else _next_content(words, link + 1, 1)


def _first_time(words: list[str], index: int) -> list[int]:
    """The subject and verb of « la première fois que X V » (« c'est la première fois que Cambrai atteint le dernier carré »):
    X had never done V, which only a negation by « jamais » may say (« Cambrai n'avait jamais atteint »)."""
    return _next_content(words, index + 3, 2) if words[index] in FIRSTS and words[index + 1 : index + 3] in (["fois", "que"], ["fois", "qu"]) else []


def _score_nil(words: list[str], index: int) -> bool:
    """« deux sets à rien », « trois à rien »: « rien » after « à » and a count is a nil score, no negation."""
    before = words[max(0, index - 3) : index]
    return words[index] == "rien" and before[-1:] == ["a"] and any(word.isdigit() or word_numbers(word) for word in before)


def _at_most(words: list[str], index: int) -> list[int]:
    """The verb an « à peine N », « au plus N », « au maximum N » bounds (« l'épisode a duré à peine vingt minutes »):
    « n'a pas duré plus de vingt minutes » says it with a negation (Polarity.capped), and only such a negation."""
    bounding = words[index - 1 : index + 1] in (["a", "peine"], ["au", "plus"], ["au", "maximum"]) if index else False
    amount = words[index + 1] if index + 1 < len(words) else ""
    if not bounding or not (amount[:1].isdigit() or amount in ("un", "une") or word_numbers(amount)):
        return []
    return [at for at in range(max(0, index - 4), index - 1) if _content(words[at])][-1:]


def _restriction(words: list[str], index: int) -> list[int]:
    """The words a « ne … que » restriction bears on, its verb and what follows « que » (« n'avait manqué de répétition
    que pour raison médicale »: « n'a jamais manqué une répétition sans raison médicale » says the same)."""
    for at in range(index + 1, min(len(words), index + 1 + RESTRICTIVE_REACH)):
        if words[at] in PARTICLES - RESTRICTING:
            return []
        if words[at] in ("que", "qu") and not _clause_que(words, at):
            return [i for i in range(index + 1, at) if _content(words[i])] + _next_content(words, at + 1, DENYING_REACH)
    return []


def _reach(words: list[str], negated_at: set[int]) -> list[int]:
    """Words a negation reaches without negating them outright: the object of a negated verb (« n'a pas
    obtenu le prêt »: « ne sera pas prêté » says the same). A rewrite may negate them; a source that affirms
    them elsewhere does not make them dropped negations. What denials reach is read by `_denials`."""
    return [found for index in negated_at for found in _next_content(words, index + 1, 1)]


def _denials(words: list[str], openers: set[int], negated_at: set[int]) -> tuple[int, list[int], list[int]]:
    """How many words negate by their meaning outside a negation (french/denials.py), what they reach, and where they
    stand (with the verbs that opened a negation). They reach the complement of a privative word (« privés de
    transport »: « sans transport »), the words around a denying one (« les photographies y seront interdites »: « on
    ne pourra pas y prendre de photographies »), the object of a negating or disputing verb (« a démenti vendredi toute
    intention »: « n'avoir aucune intention », « conteste son licenciement »: « n'accepte pas d'avoir été licencié »).
    A verb that already opened a negation (« refuse de signer ») is counted there, not twice."""
    count, reached, found_at = 0, [], []
    for index, word in enumerate(words):
        base = reaching_base(word) or negating_base(word)
        if not base or index in negated_at or _ne_before(words, index):
            continue  # most words; « n'a pas refusé », « sans exclure »: denied twice, affirmed
        follower = words[index + 1] if index + 1 < len(words) else ""
        found: list[int] = []
        if (base in PRIVATIVE and follower in ("de", "d")) or (base in DELAYING and follower == "a"):
            found = _next_content(words, index + 2, 1)
        elif base in DENYING or word in DENYING:
            found = [i for i in range(max(0, index - DENYING_REACH), min(len(words), index + DENYING_REACH + 1)) if i != index and _content(words[i])]
        elif negating_base(word):
            found = [i for i in _next_content(words, index + 1, 2) if words[i] not in TIME_WORDS][:1]  # « a démenti vendredi toute intention »
        count += bool(found) and index not in openers
        reached += found
        found_at += [index] if (found or index in openers) and base not in PRIVATIVE else []  # « toute faute »: a noun, no denial to negate
    return count, reached, found_at


def _split_elisions(raw: list[str]) -> list[str]:
    """« qu'aucune » -> « qu », « aucune »: the negation hides behind the elision. « n'a » stays whole (the
    word after « n' » is what it negates)."""
    out = []
    for token in raw:
        match = ELISION_RE.match(token)
        if match and not fold(token).startswith("n'") and not fold(token).startswith("n’"):
            out += [token[: match.end() - 1], token[match.end() :]]
        else:
            out.append(token)
    return out


def _not_one(words: list[str], index: int) -> bool:
    """« Pas un seul pêcheur n'a été reçu »: « aucun pêcheur », said with « pas un seul »."""
    return words[index] == "pas" and words[index + 1 : index + 3] in (["un", "seul"], ["une", "seule"])


def _subject_particle_ne(words: list[str], index: int) -> int | None:
    """Where the « ne » of a negation opened by its subject stands (« aucune famille ne sera », « personne
    n'a été blessé »), or None."""
    if (words[index] not in SUBJECT_PARTICLES and not _not_one(words, index)) or _ne_before(words, index):
        return None
    return next((i for i in range(index + 1, min(len(words), index + 1 + SUBJECT_WINDOW)) if words[i] == "ne" or words[i].startswith("n'")), None)


@lru_cache(maxsize=16384)
def _content(word: str) -> bool:
    """A word a negation may bear on (not a function word, an auxiliary or a pronoun); asked of each word
    several times per sentence, so cached."""
    return word[:1].isalpha() and not word.startswith(("n'", "n’")) and word not in function_words() and fold(lemma(word)) not in TRANSPARENT


def _negated_targets(words: list[str], index: int, names: frozenset[int] = frozenset()) -> list[int]:
    """Indexes of the words the negation opening at `index` bears on, or [] when none opens there."""
    word = words[index]
    if _is_ne(word):
        if _expletive(words, index):
            return []
        return _after_ne(words, index)
    if word == "non" and index + 1 < len(words) and words[index + 1] not in NOT_NEGATED_BY_NON and _content(words[index + 1]) \
            and index + 1 not in names and not (index and words[index - 1] in ("ou", "que", "qu", "et", "mais")):
        return [index + 1]  # « les salariés non repris »: « qui ne sont pas repris »; not « non seulement », « ou non », « et non X »
    if word == "non" and index and words[index - 1] in ("et", "mais") and words[index + 1 : index + 2] and words[index + 1] in DETERMINERS | {"de", "d", "pas"}:
        return _next_content(words, index + 1, 1)  # « des garanties et non des licenciements »: as « , pas des licenciements »
    if word == "sans" or word == "ni":
        targets = _next_content(words, index + 1, 1)
        follower = words[targets[0] + 1] if targets and targets[0] + 1 < len(words) else ""
        if follower in ("de", "d") and PARTICIPLE_RE.match(words[targets[0]]) and not negating_base(words[targets[0]]):
            return targets + _next_content(words, targets[0] + 2, 1)  # « ni publié de communiqué »
        return targets
    if _not_one(words, index) and not _ne_before(words, index):
        return _next_content(words, index + 3, 1)  # « pas un seul pêcheur »: the noun counted none
    if word == "pas" and index == 0 and words[1:2] in (["de"], ["d"]):
        return _next_content(words, 2, 1)  # « Pas de pluie, mais le crachin »: a verbless denial opens the sentence
    if word == "pas" and index and words[index - 1] in ("mais", "et", "ou") and not _ne_before(words, index):
        return _next_content(words, index + 1, 1)  # « requis la prison, mais pas l'interdiction »: the ban is denied
    if word in OPENING_PARTICLES and not _ne_before(words, index):
        if index and words[index - 1] in DETERMINERS:
            return []  # « une nulle » (a draw), « le rien »: a noun, no negation
        if _score_nil(words, index):
            return []  # « menés deux sets à rien »: a score, nil
        if word == "jamais" and _subject_particle_ne(words, index) is not None:
            return []  # « Jamais, depuis 2003, une telle mesure n'avait été prise »: the verb after « ne » is what is negated
        if index + 1 < len(words) and words[index + 1] in ("des", "de", "d"):
            return []  # « aucun des quatre coureurs »: the coureurs exist, the verb after « ne » is what is negated
        return _with_participle(words, _next_content(words, index + 1, 1))  # « aucune sanction », « jamais condamné » without « ne »
    base = negating_base(word)
    if base in NEGATING_VERBS:
        linking = ("de", "d", "a") if base == "renoncer" else ("de", "d")  # « renonçait à saisir »
        far = base in ("refuser", "renoncer", "abandonner")  # « a refusé hier d'annoncer », « a abandonné l'idée de surenchérir »
        link = next((i for i in range(index + 1, index + 5) if i < len(words) and words[i] in linking
                     and (i <= index + 2 or (far and _infinitive_at(words, i + 1, names)))), None)
        infinitive = link is not None and _infinitive_at(words, link + 1, names)
        if link is not None and (words[link] != "a" or infinitive):  # « renoncer à saisir », not « renoncé à son projet »
            return _next_content(words, link + (words[link + 1 : link + 2] in (["se"], ["s"])), 1)
    if (start := pending_start(words, index)) is not None:
        return _next_content(words, start, 1)  # « reste à payer », « attendent toujours d'être payés »: not yet
    return []


def _infinitive_at(words: list[str], index: int, names: frozenset[int] = frozenset()) -> bool:
    """An infinitive at `index`, past a clitic (« renoncer à se pourvoir », « refuse de le rendre »); a capitalized word is
    a name (« renoncera au tournoi de Quimper », « de Montpellier »), never a verb."""
    index += index < len(words) and words[index] in CLITICS
    return index < len(words) and index not in names and words[index].endswith(("er", "ir", "re", "oir"))


def _is_ne(word: str) -> bool:
    return word == "ne" or word.startswith("n'")


def _after_ne(words: list[str], index: int, paired: bool = False) -> list[int]:
    """« ne V pas » negates V; « n'a pas imposé » the participle; « ne … que » and « ne … plus que » restrict,
    they do not negate. A `paired` « ne » has its particle in the subject (« Personne n'avait été blessé parmi les
    vacanciers, que … »): a « que » further on opens a relative or a comparison, no restriction."""
    end = min(len(words), index + 1 + WINDOW)
    particle = next((i for i in range(index + 1, end) if words[i] in PARTICLES or (words[i] in ("que", "qu") and not _clause_que(words, i))), None)
    if particle is not None and words[particle] in ("que", "qu"):
        return []
    if particle is not None and words[particle] in RESTRICTING and words[particle + 1 : particle + 2] in (["que"], ["qu"]):
        return []  # « elle n'en a plus que 48 000 »: only (no longer more than), not a negation
    if particle is None and _restricts(words, end, paired):
        return []
    inner = [words[index][2:]] if words[index].startswith("n'") else []
    stop = particle if particle is not None else end
    middle = [i for i in range(index + 1, stop) if _content(words[i])]
    if inner and _content(inner[0]):
        targets = [index]  # « n'exclut à ce stade aucune hypothèse »: between the verb and its particle, an adverbial
    elif middle:
        targets = middle[:1]
    else:
        targets = _next_content(words, (particle if particle is not None else index) + 1, 1)
    return targets + _controlled(words, targets) + _partitive_object(words, particle, targets)


def _restricts(words: list[str], start: int, paired: bool = False) -> bool:
    """« ne peut encore être parcourue qu'à vitesse réduite », « n'ouvrira au public que le 16 »: a « que »
    further on, no particle before it, makes a restriction (only), not a negation."""
    for index in range(start, min(len(words), start + RESTRICTIVE_REACH - WINDOW)):
        if words[index] in PARTICLES:
            return False
        if words[index] in ("que", "qu"):
            return not _clause_que(words, index) and not (paired and words[index - 1] not in COMPARATIVES)  # « mieux que »: compared
    return False


def _clause_que(words: list[str], index: int) -> bool:
    """« ce que l'enquête devra confirmer », « ajoutant que … »: a « que » opening a relative or a clause of its own,
    not the « que » of a restriction."""
    return words[index - 1] == "ce" or words[index - 1].endswith("ant")


def _controlled(words: list[str], targets: list[int]) -> list[int]:
    """« n'a pas souhaité s'exprimer », « n'a pas accepté de signer »: the infinitive the verb governs."""
    if not targets or fold(lemma(words[targets[-1]])) not in CONTROL_VERBS:
        return []
    following = [i for i in range(targets[-1] + 1, min(len(words), targets[-1] + 4)) if _content(words[i])]
    return following[:1] if following and words[following[0]].endswith(("er", "ir", "re")) else []


def _partitive_object(words: list[str], particle: int | None, targets: list[int]) -> list[int]:
    """« ne contenait pas de produits », « n'a pas imposé de sanctions », « n'a imposé aucune sanction »:
    the object is negated too."""
    if particle is None or any(negating_base(words[i].removeprefix("n'")) in NEGATING_VERBS for i in targets):
        return []  # « n'exclut pas de faire appel »: the appeal is denied twice, affirmed
    if words[particle] in ("aucun", "aucune"):
        return _with_participle(words, _next_content(words, particle + 1, 1))
    start = particle + 1 + (particle + 1 in targets)  # past the participle « n'a pas imposé »
    follower = words[start] if start < len(words) else ""
    return _with_participle(words, _next_content(words, start + 1, 1)) if follower in ("de", "d") else []


def _with_participle(words: list[str], nouns: list[int]) -> list[int]:
    """« pas de licenciement prévu », « aucune sanction imposée »: the participle after the noun is negated with it."""
    after = nouns[-1] + 1 if nouns else len(words)
    return [*nouns, after] if after < len(words) and PARTICIPLE_RE.match(words[after]) and _content(words[after]) else nouns


def _next_content(words: list[str], start: int, count: int) -> list[int]:
    found = []
    for i in range(start, min(len(words), start + 4)):
        if _content(words[i]):
            found.append(i)
            if len(found) == count:
                break
    return found


def _ne_before(words: list[str], index: int) -> bool:
    return any(w == "ne" or w.startswith("n'") for w in words[max(0, index - WINDOW) : index])


def _expletive(words: list[str], index: int) -> bool:
    """« avant qu'ils n'éclatent », « craignent que la grève ne dure », « plus qu'il ne le prévoyait »: a
    « ne » that negates nothing. After the conjunctions that take it always; after any « que » of its
    clause when no particle (« pas », « plus », « jamais »…) follows it."""
    before = " ".join(words[max(0, index - 4) : index])
    if any(re.search(rf"(?<!\w){re.escape(marker)}(?:\s|'|$)", before) for marker in EXPLETIVE_BEFORE):
        return True
    after = words[index + 1 : index + 1 + WINDOW]
    return not any(word in PARTICLES or word in ("que", "qu") for word in after) and (any(
        word in ("que", "qu") or word.startswith(("qu'", "qu’")) for word in words[max(0, index - EXPLETIVE_REACH) : index]
    ) or feared(words, index))
