"""Number agreement, read from the words alone: a determiner says singular or plural, and so does the first verb of a
clause (« aura » is singular, « se sont proposés » plural). A relative clause agrees with its antecedent: « les dates de la
douzième édition, qui aura lieu » attaches to « édition », not to « dates »."""

from __future__ import annotations

from redac.french.lemmas import lemma
from redac.french.text import fold
from redac.french.tokens import tokens

PLURAL_DETERMINERS = frozenset("les des ses ces leurs nos vos plusieurs".split())
CLITICS = frozenset("se s ne n y en l le la les lui leur me m te t nous vous".split())
SINGULAR_VERBS = frozenset("a est sera serait etait avait aura aurait fera fait va peut doit devra pourra reste demeure".split())
PLURAL_ENDINGS = ("ent", "ont")  # « prévoient », « ouvriront »
SINGULAR_ENDINGS = ("ra", "ait", "it", "ue", "ne", "te", "se", "de", "le", "re")  # « ouvrira », « était », « prévoit », « dispose »
PLURAL_VERBS = frozenset("ont sont seront seraient etaient avaient auront auraient feront font vont peuvent doivent devront "
                         "pourront restent demeurent".split())


def determiner_number(determiner: str) -> str:
    return "plural" if fold(determiner) in PLURAL_DETERMINERS else "singular"


def clause_number(clause: str) -> str | None:
    """The number of the clause's first verb (« qui aura lieu » singular, « qui se sont proposés » plural); None when
    the first word past the clitics is no verb form this knows."""
    for word in tokens(clause):
        form = fold(word).replace("’", "'")
        bare = form.split("'", 1)[1] if "'" in form[:3] else form
        if "'" in form[:3] and form.split("'", 1)[0] in CLITICS and not bare:
            continue
        if form in CLITICS:
            continue
        if bare in PLURAL_VERBS or (len(bare) > 3 and bare.endswith(PLURAL_ENDINGS)):
            return "plural"
        if bare in SINGULAR_VERBS or (len(bare) > 3 and bare.endswith(SINGULAR_ENDINGS)):
            return "singular"
        return None
    return None


# Prepositions that open a noun's complement or a time (« le projet de loi sur | la circulation », « disparu depuis | la
# veille »); after « par », « à », « avec », « dans », the noun is the verb's own (« percuté par | une ambulance, qui roulait »).
PREPOSITIONS = frozenset("de du des d' sur pour contre entre parmi apres avant depuis pendant".split())


def sure_antecedent(before: str, relative: str, number: str, complement: str | None = None, animate: bool = False) -> bool:
    """Whether the noun after `before` is surely the antecedent of the detached relative clause `relative` (what follows
    « , qui »), the noun being of `number`: not after a preposition that makes it another noun's complement (« des
    agriculteurs de | la région, qui se sont proposés »), unless a verb governs it (« pour discuter de | sa vision de la
    paix, qui implique »), and of the relative verb's number. When the noun has a complement of its own (of number
    `complement`) that the verb agrees with too, a thing is the noun's (« le règlement du port, qui interdit »), someone
    (`animate`: a name, a person, an animal) may be the one the clause is about (« la défaite de Puccinelli, qui a
    connu tant de victoires », « le cadavre de la jument, qui devait mettre bas »)."""
    if relative.startswith("plus est"):
        return False  # « qui plus est » says « moreover »: no relative clause
    words = before.split()
    if words and fold(words[-1]).replace("’", "'") in ("le", "la", "les", "l'"):
        words = words[:-1]  # « des dotations de l’ | État, qui les pousse »: the preposition is before the article
    words = words[-2:]
    if words and fold(words[-1]).replace("’", "'") in PREPOSITIONS and not (len(words) == 2 and _infinitive(words[0])):
        return False
    verb = clause_number(relative)
    if complement is not None and verb == complement:
        return verb == number and not animate  # « le règlement du port, qui interdit »; « la défaite de Puccinelli, qui a connu »
    return verb in (None, number)


def _infinitive(word: str) -> bool:
    return word.islower() and fold(lemma(word)) == fold(word) and word.endswith(("er", "ir", "re", "oir"))


COMPLEMENT_RE_WORDS = ("de", "du", "des", "d'", "d’")


def complement_number(noun_group: str) -> str | None:
    """The number of the complement inside a noun group (« dates de la douzième édition » -> singular, « groupe d'experts »
    -> plural); None when the group has no complement."""
    words = noun_group.split()
    for index, word in enumerate(words):
        link = fold(word)
        if link.startswith(("d'", "d’")) and len(link) > 2:
            return "plural" if link.endswith(("s", "x")) else "singular"
        if link in COMPLEMENT_RE_WORDS and index + 1 < len(words):
            if link == "des":
                return "plural"
            following = [fold(w) for w in words[index + 1:]]
            if following[0] in ("la", "le", "l'", "l’") or link == "du" or following[0].startswith(("l'", "l’")):
                return "singular"
            return "plural" if following[0].endswith(("s", "x")) else "singular"
    return None


# Who may act in a relative clause, when a noun's complement names them: people and animals (names are told by their capital).
ANIMATE_NOUNS = frozenset(
    "homme hommes femme femmes enfant enfants personne personnes victime victimes habitant habitants jeune jeunes garcon "
    "garcons fille filles adolescent adolescente adolescents bebe bebes famille familles parent parents eleve eleves patient "
    "patients animal animaux cheval chevaux jument juments chien chiens chat chats vache vaches".split())


def animate_complement(noun_group: str) -> bool:
    """Whether the complement inside a noun group names someone (« défaite de Puccinelli », « cadavre de la jument »)."""
    words = noun_group.split()
    for index, word in enumerate(words[1:], 1):
        if fold(words[index - 1]) in COMPLEMENT_RE_WORDS or fold(words[index - 1]) in ("la", "le", "l'", "les") or \
                fold(word).startswith(("d'", "d’", "l'", "l’")):
            bare = word.split("’")[-1].split("'")[-1]
            if bare[:1].isupper() or fold(bare) in ANIMATE_NOUNS:
                return True
    return False


def name_number(before: str) -> str:
    """A name is one (« Auch »), unless its article says more (« les Alpes-Maritimes »)."""
    return "plural" if before.rstrip().rsplit(" ", 1)[-1].lower() == "les" else "singular"


def article_before(text: str) -> str:
    """The article written before a name (« avec le | Parc, qui s'engage » -> « Le »), to open the name's own sentence."""
    last = text.rstrip().rsplit(" ", 1)[-1] if text.strip() else ""
    if last.lower() in ("le", "la", "les"):
        return last.capitalize() + " "
    return "L’" if last.lower().endswith(("l'", "l’")) and len(last) <= 3 else ""
