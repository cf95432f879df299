"""Headline forms of a French clause, for titles and headings: without who says it or a long leading
circumstance, in headline style (a passive without its auxiliary, counts in digits), without the participle
phrase of its subject, and the count its subject gives. `has_finite_verb` tells a clause from a noun phrase
or a subject cut from its verb. Same facts: nothing is added, only words that carry no fact are dropped."""

from __future__ import annotations

import re
from functools import lru_cache

from redac.french.case import capitalize_first
from redac.french.clauses import LEADING_CIRCUMSTANCE_RE
from redac.french.lemmas import is_derived_adverb, is_known_word, lemma
from redac.french.numbers import word_numbers
from redac.french.passive import is_past_participle
from redac.french.spelling import looks_misspelt
from redac.french.text import fold
from redac.french.tokens import strip_elision, tokens
from redac.french.transitions import transition_in

CLAUSE_MIN_WORDS = 6  # what stays once a circumstance is dropped is a clause of its own


def without_asides(text: str) -> str:
    """What a title never carries: who says it (« D'après les chiffres du ministère, », « , selon un bilan
    provisoire, », « , a-t-on appris de source judiciaire »), and a long leading circumstance (« Pour la
    troisième journée de mobilisation contre la réforme des retraites depuis la rentrée, »)."""
    text = LEADING_SOURCE_RE.sub("", DATELINE_RE.sub("", text))
    text = INNER_SOURCE_RE.sub(" ", text)
    text = TRAILING_ASIDE_RE.sub("", text)
    shorter = LONG_CIRCUMSTANCE_RE.sub("", text)
    if shorter == text:
        shorter = _without_listed_circumstance(text)
    return capitalize_first(shorter) if len(tokens(shorter)) >= CLAUSE_MIN_WORDS else text


# « PARIS (AFP) - », « BRUXELLES, 3 mai (Reuters) — »: an agency's dateline says where the dispatch was written.
DATELINE_RE = re.compile(r"^[A-ZÀ-Þ][A-ZÀ-Þ'’\- ]{1,40}(?:,\s[^()\-–—]{1,20})?\s*(?:\([A-Za-zÀ-ÿ ]{2,20}\))?\s*[-–—]\s+(?=\S)")
CIRCUMSTANCE_OPENERS = frozenset("par avec en dans à au aux après avant lors depuis pour face sur sous malgré grâce dès outre "
                                 "parmi entre vers contre suite".split())
CLAUSE_DETERMINERS = frozenset("le la les l un une des ce cet cette ces son sa ses leur leurs".split())


def _without_listed_circumstance(text: str) -> str:
    """A leading circumstance in several comma-separated parts (« Par trois jugements du 8 octobre 2020, n° 1916081,
    n° 1915489, le tribunal … a annulé … ») goes up to the first part that opens with a determiner and holds a
    verb: the clause's subject. When that part has no verb (« Dans la ville, les rues, les places … sont »), the
    parts are a list and the text stays as it is."""
    words = tokens(text)
    if not words or strip_elision(words[0]).lower() not in CIRCUMSTANCE_OPENERS:  # « Dès », never « Des »
        return text
    for comma in re.finditer(r",\s+", text):
        tail = text[comma.end():]
        first = tokens(tail)[:1]
        if not first or fold(strip_elision(first[0])) not in CLAUSE_DETERMINERS:
            continue
        return tail if has_finite_verb(tail.split(",", 1)[0]) else text
    return text


def coordinated_head(clause: str) -> str:
    """The first of two main clauses joined by « et » (« 6 000 personnes ont été évacuées et des centaines de
    bâtiments ont été détruits » -> « 6 000 personnes ont été évacuées »): a whole clause that says the main fact;
    '' when there is no such pair (« a rencontré le président et les ministres »: one clause, its object a list)."""
    for join in COORDINATION_RE.finditer(clause):
        head, tail = clause[: join.start()], clause[join.end():]
        own = re.split(r"\s(?:(?:qui|que|dont|où)\b|qu['’])|,", tail, maxsplit=1)[0]
        balanced = head.count("«") == head.count("»") and head.count("(") == head.count(")") and head.count('"') % 2 == 0
        if balanced and len(tokens(head)) >= 3 and has_finite_verb(head) and has_finite_verb(own):
            return head
    return ""


COORDINATION_RE = re.compile(r",?\s(?:et|mais)\s(?=(?:le|la|les|l['’]|un|une|des|ce|cette|ces|son|sa|ses|leur|leurs|\d)\b)")


LEADING_SOURCE_RE = re.compile(r"^(?:Selon|D['’]\s?après)\s[^,;:«»]{2,80},\s+")
INNER_SOURCE_RE = re.compile(r",\s+(?:selon|d['’]\s?après)\s[^,;:«»]{2,60},\s+")
TRAILING_ASIDE_RE = re.compile(r",\s+(?:selon\s|d['’]\s?après\s|a-t-on\s|apprend-on\s|indique-t-on\s).*$")
# « Après plusieurs semaines de rumeurs, de spéculations et de négociations, »: a list of complements goes with it.
LONG_CIRCUMSTANCE_RE = re.compile(
    r"^(?:Pour|Après|Avant|Lors|Depuis|Dans|En|Au(?!\smoins\b)|Aux|À|A)\s[^,;:«»]{0,120}?(?:,\s(?:de|d['’]|des|du)\s?[^,;:«»]{0,60}?)*,\s+(?=[a-zà-ÿA-ZÀ-Þ])"
)
# Words of the numbers from ten up: only then can a number in words become digits.
TENS_RE = re.compile(r"(?i)(?:dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|mille)")
# « ont été prononcées » -> « prononcées »: a headline drops the auxiliary of a passive.
PASSIVE_AUXILIARY_RE = re.compile(r"\s(?:a|ont)\s+été\s+(?=[a-zà-ÿ]+(?:é|ée|és|ées|i|ie|is|ies|ise|ises|it|ite|its|ites|u|ue|us|ues)\b)")


@lru_cache(maxsize=4096)
def headline(form: str) -> str:
    """Headline style, same facts: the passive without its auxiliary, a number of ten or more in digits
    (« Vingt-trois condamnations … ont été prononcées » -> « 23 condamnations … prononcées »)."""
    form = PASSIVE_AUXILIARY_RE.sub(" ", form)
    if not TENS_RE.search(form):
        return form
    for number in sorted(word_numbers(form), key=lambda n: -n.start):
        if not number.ordinal and not number.approximate and number.value >= 10 and number.value == int(number.value):
            form = form[: number.start] + str(int(number.value)) + form[number.end :]
    return form


@lru_cache(maxsize=4096)
def has_finite_verb(text: str) -> bool:
    """Whether the text holds a conjugated verb (« est », « sont mortes », « découvre »), not only nouns and
    participles (« Andrea à son arrivée chez Drouant », « de spéculations et de négociations »)."""
    words = tokens(text)
    for index, word in enumerate(words[1:], 1):
        form = strip_elision(word).lower()
        if form in FINITE_FORMS:
            return True
        if word[:1].isupper() or fold(strip_elision(words[index - 1])) in DETERMINER_FORMS or form.endswith(PARTICIPLE_ENDINGS):
            continue
        base = lemma(word)
        if base != fold(form) and base.endswith(("er", "ir", "re", "oir")) and form.endswith(FINITE_ENDINGS):
            return True
        if _first_group_form(form) and (strip_elision(words[index - 1])[:1].isupper() or fold(words[index - 1]) in SUBJECT_PRONOUNS):
            return True  # « Webb capture », « il capture »: after a name or a pronoun, not « les principales ligues »
    return False


def _first_group_form(form: str) -> bool:
    """« capture », « remportent »: a present of an -er verb the lemmatizer read as a noun."""
    return any(form.endswith(ending) and len(form) > len(ending) + 2 and is_known_word(form[: -len(ending)] + "er")
               for ending in ("ent", "es", "e"))


SUBJECT_PRONOUNS = frozenset("il elle on ils elles".split())
FINITE_FORMS = frozenset("est sont a ont était étaient avait avaient sera seront va vont fait font doit doivent peut peuvent "
                         "vient viennent reste restent".split())
DETERMINER_FORMS = frozenset("le la les l un une des du de d son sa ses leur leurs ce cette ces au aux".split())
PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "ant")
FINITE_ENDINGS = ("e", "es", "ent", "ait", "aient", "ra", "ront", "it", "ut", "ont", "a", "t")


def counted_subjects(clause: str) -> list[str]:
    """How many, when the lead's subject counts what happened (« Vingt-trois condamnations à de la prison
    ferme ont été prononcées » -> « 23 condamnations à de la prison ferme », « 23 condamnations »): an angle
    that says the main fact when no clause fits the line."""
    match = COUNTED_SUBJECT_RE.match(headline(clause))
    if not match:
        return []
    subject = match.group("subject")
    number = re.search(r"\d[\d\s\u202f\u00a0.,]*", subject)
    head = number.end() if number else 0  # « Plus de 130 cas » is cut after its noun, not at its « de »
    return list(dict.fromkeys([subject, subject[:head] + re.split(r"\s(?:à|de|du|des|d['’])\s?", subject[head:], maxsplit=1)[0]]))


def counted_with_verb(clause: str) -> str:
    """The count with its noun and its verb, without the noun's complement (« Quatorze des quinze élus d'un petit
    village ont démissionné » -> « 14 des 15 élus ont démissionné »): the figure angle that still says what happened;
    '' when the clause's subject is no count or its noun has no complement to drop."""
    match = COUNTED_SUBJECT_RE.match(headline(clause))
    forms = counted_subjects(clause)
    verb = COUNTED_VERB_RE.match(headline(clause), match.end("subject")) if match else None
    if not verb or len(forms) < 2 or not has_finite_verb(f"{forms[-1]} {verb.group('verb')}"):
        return ""  # « 20 ans prononcés »: a headline participle needs the noun's complement (« de réclusion »)
    return f"{forms[-1]} {verb.group('verb')}"


# The count's verb as a headline keeps it: an auxiliary and its participle, or a participle alone (« prononcées »).
COUNTED_VERB_RE = re.compile(r"\s(?P<verb>(?:(?:se|s['’])\s?)?(?:(?:a|ont|est|sont|avait|avaient)\s)?[a-zà-ÿ]+(?:é|ée|és|ées|i|is|ie|ies|u|us|ue|ues))\b")


COUNTED_SUBJECT_RE = re.compile(
    r"^(?P<subject>(?:[Aa]u\s+moins\s+|[Pp]lus\s+de\s+|[Pp]rès\s+de\s+)?\d[\d\s\u202f\u00a0.,]*\s?(?:%\s)?[a-zà-ÿ][^,;:«»()]{2,60}?)"
    r"\s(?:a|ont|est|sont|avait|avaient|va|vont|sera|seront|[a-zà-ÿ]+(?:é|ée|és|ées))\b"
)


# Adverbs that announce a participle (« tant attendue », « très suivie »): the participle cannot go without them.
PARTICIPLE_ADVERBS = frozenset("tant si tres trop plus moins aussi bien fort longtemps deja jamais toujours souvent".split())
# « De nombreux produits vendus partout en France sont rappelés »: the participle phrase of the subject can go.
SUBJECT_PARTICIPLE_RE = re.compile(
    r"^(?P<subject>(?:[A-ZÀ-Þa-zà-ÿ’']+\s){1,3}[a-zà-ÿ]{3,})\s(?P<participle>(?!été\b)[a-zà-ÿ]{3,}(?:é|ée|és|ées|u|ue|us|ues))\s[^,;:«»()]{0,50}?"
    r"\s(?P<verb>(?:se\s|s['’])?(?:sont|est|ont|a|seront|sera)\s)"
)
def without_subject_participle(form: str) -> str:
    """« De nombreux produits vendus partout en France sont rappelés » -> « De nombreux produits sont rappelés »."""
    return SUBJECT_PARTICIPLE_RE.sub(_without_participle, form)


def _without_participle(match: re.Match[str]) -> str:
    """The subject and its verb, when what was dropped opens with a verb's participle (« vendus », not « ligues »)
    that no adverb of degree announces (« L'inauguration tant | attendue … » would leave « tant » hanging)."""
    subject = [fold(strip_elision(word)) for word in match.group("subject").split()]
    if subject[-1] in PARTICIPLE_ADVERBS or set(subject) & SUBJECTLESS_STARTS or "ete" in subject:
        return match.group(0)  # « L'alerte a été | donnée par un baigneur qui | a vu »: the verb is in what looked like a subject
    if not lemma(match.group("participle")).endswith(("er", "ir", "re")):
        return match.group(0)
    return f"{match.group('subject')} {match.group('verb')}"


def without_long_lead(clause: str) -> str:
    """« Après les fortes rafales de vent qui ont accompagné la tempête Floriane en France, 40 000 foyers sont privés
    d'électricité » -> « 40 000 foyers sont privés d'électricité »: a title drops a leading circumstance of any length
    (the article keeps it), when a clause of its own follows."""
    shorter = LONG_LEAD_RE.sub("", clause, count=1)
    return capitalize_first(shorter) if shorter != clause and len(tokens(shorter)) >= 4 and has_finite_verb(shorter) else clause


LONG_LEAD_RE = re.compile(LEADING_CIRCUMSTANCE_RE.pattern.replace("{0,80}?", "{0,160}?"))



@lru_cache(maxsize=4096)
def reads_alone(form: str) -> bool:
    """Whether a title form says something without the sentences around it: its verb is not only in a relative
    clause (« L’orage de grêle qui a touché la vallée »), its subject is no web address (« BFMTV.com fait le point »)
    and no noun that points back to what was told (« Les faits se sont produits tôt », « Le drame est survenu »)."""
    if WEB_ADDRESS_RE.search(form) or SHELL_SUBJECT_RE.match(form):
        return False
    return has_finite_verb(RELATIVE_CLAUSE_RE.split(form, maxsplit=1)[0])


def reports(form: str) -> bool:
    """Whether a form reads as a report, not as someone speaking or as page residue: no first or second person
    (« je signe un compromis », « nous sommes le 27 décembre ») and no « on » (« on parle là d'un girafon »), which
    come from a quotation or a blog's own voice; no menu bar (« Forums | Devenir membre ») or glued label (« Tl;dr »);
    no subject left out (« Devrait aussi être marqué » once « Ce dimanche » is gone)."""
    words = tokens(form)
    if not words or PERSONAL_RE.search(form) or RESIDUE_RE.search(form):
        return False
    return fold(strip_elision(words[0])) not in SUBJECTLESS_STARTS


def has_typo(form: str, given: str = "") -> bool:
    """Whether a lowercase word of the form looks misspelt (« un compromis d'acquistion »): a title shows it first.
    The words of `given` (the keyphrase, chosen already) are not judged again."""
    skipped = {fold(word) for word in tokens(given)}
    return any(looks_misspelt(strip_elision(word)) for word in tokens(form) if word[:1].islower() and fold(word) not in skipped)


# « Me Dupont » is a lawyer's title, not « me »; « le ton » is a noun.
PERSONAL_RE = re.compile(
    r"(?i)(?<![\w\-])(?:(?:je|nous|vous|tu|(?-i:me|Me(?!\s[A-ZÀ-Þ]))|te|mon|ma|mes|notre|nos|votre|vos|ta|tes|on)(?![\w\-])"
    r"|[jmt]['’](?=\w))"
)
RESIDUE_RE = re.compile(r"\||[^\W\d_];[^\W\d_]")
# A clause that opens with its verb lost its subject (« Ce mardi a été une journée noire » without « Ce mardi »).
SUBJECTLESS_STARTS = frozenset(
    "est sont a ont etait etaient avait avaient sera seront va vont doit doivent peut peuvent devrait devraient "
    "pourrait pourraient semble semblent".split()
)


WEB_ADDRESS_RE = re.compile(r"\b[\w\-]+\.(?:com|fr|net|org|be|ch|ca|info|eu)\b", re.IGNORECASE)
SHELL_SUBJECT_RE = re.compile(r"(?i)^(?:les\s+faits|le\s+drame|l['’]incident|l['’]affaire|la\s+scène|l['’]événement)\s")
RELATIVE_CLAUSE_RE = re.compile(r"\s(?:(?:qui|que|dont|où)\b|qu['’])", re.IGNORECASE)  # « quinze » is no « qui »


def second_predicate(clause: str) -> str:
    """The subject with the second of its two predicates (« L’accident s’est produit à Digne et a coûté la vie à deux
    femmes » -> « L’accident a coûté la vie à deux femmes »): the consequence is often the news. '' when the clause
    has no such pair or its subject is not a noun phrase of its own before the first verb."""
    match = TWO_PREDICATES_RE.match(clause)
    if not match or not has_finite_verb(f"{match.group('subject')} {match.group('first')}"):
        return ""
    return f"{match.group('subject')} {match.group('second')}"


TWO_PREDICATES_RE = re.compile(
    r"^(?P<subject>(?:(?:Le|La|Les|Un|Une)\s|L['’])[^,;:«»]{2,50}?)\s(?P<first>(?:se\s|s['’])?(?:a|ont|est|sont|avait|avaient)\s"
    r"[^,;:«»]{3,80}?)\s+et\s+(?P<second>(?:a|ont|est|sont|avait|avaient)\s[^;:«»]{3,120})$"
)


def without_subject_relative(form: str) -> str:
    """« L’orage de grêle qui a touché la vallée mercredi a fait de nombreux dégâts » -> « L’orage de grêle a fait de
    nombreux dégâts »: the definite subject says which one without its relative clause; the form as it was otherwise."""
    match = SUBJECT_RELATIVE_RE.match(form)
    if not match:
        return form
    return f"{match.group('subject')} {form[match.start('verb'):]}"


# A singular definite subject names one thing the lead identifies (« L’orage », « Le séisme »); « Les personnes qui ont
# été évacuées » is no « Les personnes »: a plural subject keeps its relative clause.
SUBJECT_RELATIVE_RE = re.compile(
    r"^(?P<subject>(?:Le\s|La\s|L['’])[^,;:«»]{2,50}?)\s+qui\s+(?:s['’])?(?:a|ont|avait|avaient|est|sont)\s+[^,;:«»]{3,80}?"
    r"\s(?P<verb>(?:a|ont|est|sont|avait|avaient|va|vont|sera|seront)\s)"
)


def without_indefinite_complement(form: str) -> str:
    """« Le maire d’une commune française était mis en examen » -> « Le maire était mis en examen »: an indefinite
    complement of a singular definite subject names no one in particular; the form as it was otherwise."""
    match = INDEFINITE_COMPLEMENT_RE.match(form)
    return f"{match.group('subject')} {form[match.start('verb'):]}" if match else form


INDEFINITE_COMPLEMENT_RE = re.compile(
    r"^(?P<subject>(?:Le|La)\s[a-zà-ÿ\-]{3,}|L['’][a-zà-ÿ\-]{3,})\s+d['’]une?\s+[a-zà-ÿ\-]{3,}(?:\s[a-zà-ÿ\-]{3,})?\s"
    r"(?P<verb>(?:a|ont|est|sont|était|étaient|avait|avaient|va|vont|sera|seront)\s)"
)


def leaves_verb_hanging(head: str, dropped: str) -> bool:
    """Whether cutting a clause to `head` strands its verb: an auxiliary or « sont » without what it says
    (« Deux élèves sont actuellement | en garde à vue »), an adverb (« sont actuellement »), or a verb whose
    object came after a complement (« le chalutier Marco envoie | par radio un message de détresse »)."""
    words = tokens(head)
    if not words:
        return False
    last = strip_elision(words[-1]).lower()
    if last in FINITE_FORMS or (last.endswith("ment") and is_derived_adverb(last)):
        return True
    if len(words) > 1 and fold(words[-2]) in {"mais", "et", "puis"}:
        return True  # « la mairie est restée ouverte mais demande | aux usagers … »: a second verb cut from what follows
    # « l'association avait annoncé | sur son site l'annulation »: a compound verb whose object the cut drops
    return (has_finite_verb(" ".join(words[-2:])) or ends_on_compound_verb(head)) and _holds_object(tokens(dropped))


def ends_on_compound_verb(head: str) -> bool:
    """Whether a form stops on « avoir » and its participle (« L’ouvrage avait subi »): cut at a comma, the verb lost
    the object that came after an aside (« avait subi, au fil des ans, des désordres »)."""
    words = [fold(strip_elision(word)) for word in tokens(head)]  # « a livré »: the lemma may read a noun (« livre »)
    return len(words) > 2 and words[-2] in AVOIR_AUXILIARIES and (lemma(words[-1]) != words[-1] or is_past_participle(tokens(head)[-1]))


AVOIR_AUXILIARIES = frozenset("a ont avait avaient aura auront aurait auraient avons avez eu".split())


def _holds_object(words: list[str]) -> bool:
    """A determiner that no preposition governs: the verb's direct object (« par radio | un message »); « le 7 mai »
    is a date."""
    return any(((fold(word) in OBJECT_DETERMINERS or ELIDED_ARTICLE_RE.match(word)) and fold(strip_elision(words[index - 1])) not in GOVERNING
                and not (fold(word) == "le" and words[index + 1 : index + 2] and words[index + 1][:1].isdigit()))
               or _infinitive_after_de(words, index) for index, word in enumerate(words[1:], 1))


def _infinitive_after_de(words: list[str], index: int) -> bool:
    """« aurait permis | au pirate de s’introduire », « d’accéder »: « de » and an infinitive complete the verb."""
    word = words[index]
    after_de = fold(words[index - 1]) == "de" or fold(word)[:2] in {"d'", "d’"}
    base = fold(strip_elision(word))
    return after_de and word[:1].islower() and base.endswith(("er", "ir", "re")) and lemma(base) == base


# « a prévenu par e-mail | l’ensemble des clients », « a effectué avec succès | son premier vol »
OBJECT_DETERMINERS = frozenset("un une des le la les son sa ses leur leurs ce cet cette ces".split())
ELIDED_ARTICLE_RE = re.compile(r"^[Ll]['’]\w")
GOVERNING = frozenset("de du des d a au aux par pour sur sous dans en avec sans contre vers chez entre apres avant depuis pendant "
                      "selon malgre lors et ou que qu dont".split())


# « Un mammifère marin, familier normalement de l'Arctique, s'est échoué »: a verbless incise after the subject
# « Free, deuxième opérateur du pays, a confirmé »: a name, too (one to three capitalized words, not a known word).
SUBJECT_INCISE_RE = re.compile(
    r"^(?P<subject>(?:Un|Une|Le|La|Les|L['’]|Des)\s?[a-zà-ÿ\-]+(?:\s[a-zà-ÿ\-]+){0,2}|[A-ZÀ-Þ][\w\-]+(?:\s[A-ZÀ-Þ][\w\-]+){0,2}),"
    r"\s(?P<incise>[a-zà-ÿ][^,;:«»“”\"()]{2,70}?),\s"
    r"(?=(?:a|ont|est|sont|avait|avaient|était|étaient|se|s['’]|va|vont|doit|doivent)\b)"
)


LIST_WORD_RE = re.compile(r"\s(?:et|ou|ni)\s")


def without_subject_incise(form: str) -> str:
    """The clause without a verbless incise between its subject and its verb: the incise describes, the clause says
    what happened. Not a list (« Le chat, le chien et la souris sont »)."""
    match = SUBJECT_INCISE_RE.match(form)
    incise = match.group("incise") if match else ""
    if not match or has_finite_verb(incise) or RELATIVE_CLAUSE_RE.search(", " + incise) or LIST_WORD_RE.search(incise):
        return form
    first = fold(strip_elision(tokens(match.group("subject"))[0]))
    if first not in DETERMINER_FORMS and (is_known_word(first) or transition_in([first])):
        return form  # « Pourtant, cette mesure, … »: a known word opening is a connector, not a name
    return f"{match.group('subject')} {form[match.end():]}"
