"""Clauses of a French sentence, without a parser: long sentences cut at safe boundaries, and the
main clause of a sentence for short forms (titles, key points, FAQ answers).

Both only ever remove words or cut between clauses, so they keep every name, number and quotation
they keep exactly as written. A cut never falls inside a quotation or brackets. The splitter adds at
most a connector the logic of the boundary allows (« Mais », « En effet, », « Dans le même temps, »,
« Cela ») or repeats a name a detached relative clause refers to (« …, qui a promis » -> « Name a
promis »): no fact is added or lost.
"""

from __future__ import annotations

import re

from redac.french.agreement import animate_complement, article_before, complement_number, determiner_number, name_number, sure_antecedent
from redac.french.cut_guards import FINITE_VERBS, RESULT_VERBS, holds_a_verb, purpose_goes_on, subordinate_alone
from redac.french.lemmas import is_known_word
from redac.french.offices import ROLE
from redac.french.transitions import loses_link
from redac.french.typography import balanced
from redac.french.words import count_words

MAX_WORDS = 20
MIN_PART_WORDS = 5
# (boundary, what the second sentence opens with); the first part always ends with a full stop.
BOUNDARIES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\s*;\s+"), ""),
    (re.compile(r",\s+mais\s+"), "Mais "),
    (re.compile(r",\s+car\s+"), "En effet, "),
    (re.compile(r",\s+(?:alors|tandis)\s+qu(?:e\s+|['’])"), "Dans le même temps, "),
    (re.compile(r",\s+ce\s+qui\s+"), "Cela "),
    (re.compile(r",\s+et\s+(?=(?:il|elle|ils|elles|on|le|la|les|l['’]|un|une|des|ce|cette|ces|son|sa|ses|leur|leurs|ni)\s?\w)"), "En outre, "),
    # « …, une allusion à … »: an apposition to the whole clause, to the end of the sentence (verbless:
    # « …, une attaque contre un membre est considérée … » is a clause, not an apposition)
    (re.compile(r",\s+(?=(?:une?)\s+[a-zà-ÿ]{4,}\s[^,;:«»“”\"()]+$)"), "Il s’agit d’"),
    # « …, suite à une conversation … »: what the main clause follows
    (re.compile(r",\s+suite\s+(?=(?:à|au|aux)\s)"), "Cela fait suite "),
    (re.compile(r"\s+:\s+(?![«“\"])(?=\w)"), ""),
    (re.compile(r",\s+puis\s+"), "Puis "),
)
# "…, Name Surname, qui a promis …" to the sentence end: the name can open the next sentence.
RELATIVE_RE = re.compile(r"(?P<name>(?:[A-ZÀ-Þ][\w’'\-]+\s){0,3}[A-ZÀ-Þ][\w’'\-]+),\s+qui\s+(?P<rest>[^,;:()]+)$")
REPORTING_VERBS = (
    "annoncé|indiqué|déclaré|affirmé|assuré|précisé|expliqué|souligné|ajouté|estimé|rapporté|confirmé|lancé|"
    "écrit|dit|relevé|noté|détaillé|prévenu|reconnu|martelé|insisté|averti|jugé|rappelé|commenté|répondu|"
    "annonce|indique|déclare|affirme|assure|précise|explique|souligne|ajoute|estime|rapporte|confirme|"
    "lance|écrit|dit|relève|note|détaille|rappelle|commente|répond|nuance|poursuit|observe"
)
TRAILING_REPORT_RE = re.compile(
    rf",\s+(?:(?:a|ont|avait|avaient)(?:-t-(?:il|elle|ils|elles|on))?\s+)?(?:{REPORTING_VERBS})(?:-t-(?:il|elle|ils|elles|on)|-(?:il|elle|ils|elles|on))?\b.*$"
)
REPORT_WITH_OBJECT_RE = re.compile(
    rf",\s+(?:a|ont|avait|avaient)\s+(?:{REPORTING_VERBS})(?:\s[a-zà-ÿ]+){{0,3}}?\s*(?:que\s|qu['’]|:|«)"
)
# « Nexa, premier réseau de la région | , a annoncé … »: a subject and its apposition, all that stands before a report
SUBJECT_APPOSITION_RE = re.compile(r"[A-ZÀ-Þ][^,;:]{0,60},\s(?!(?:a|ont|avait|avaient|est|sont)\s)[^,;:]{2,90}")
TRAILING_SUBORDINATE_RE = re.compile(r",\s+(?:(?:alors|tandis)\s+qu(?:e\s|['’])|ce\s+qui\s|qui\s|dont\s|car\s).*$")
TRAILING_SOURCE_RE = re.compile(r",\s+(?:selon|d['’]après)\s+[^,«»“”\"]+$")
TRAILING_PARTICIPLE_RE = re.compile(r",\s+(?:en\s+)?[a-zà-ÿ]+ant\b.*$")
NAME_APPOSITION_RE = re.compile(
    r"(?P<name>[A-ZÀ-Þ][\w’'\-]+(?:\s[A-ZÀ-Þ][\w’'\-]+)*),\s+(?:(?:le|la|les|l['’]|un|une|qui|dont|âgée?s?\sde|[a-zà-ÿ]+(?:é|ée|és|ées))\s?[^,;:«»“”\"()]{2,90}?|[^,;:«»“”\"()\s]+\sde\s[^,;:«»“”\"()]{2,60}?),\s+"
)
# « Le président ukrainien, Volodymyr Zelensky, a appelé » -> « Volodymyr Zelensky a appelé »
ROLE_APPOSITION_RE = re.compile(
    rf"\b(?:[Ll]e|[Ll]a|[Ll]['’])\s?{ROLE}(?:\s[a-zà-ÿ\-]+){{0,5}},\s+(?P<name>[A-ZÀ-Þ][\w’'\-]+(?:\s[A-ZÀ-Þ][\w’'\-]+)*),\s+"
)
DETACHED_PHRASE_RE = re.compile(r",\s+(?:qui|dont|d['’]une?)\s[^,;:«»“”\"()]{2,90}?,\s+")
LEADING_CIRCUMSTANCE_RE = re.compile(
    r"^(?:(?:Selon|D['’]après|En|Dans|À|A|Au|Aux|Après|Avant|Lors|Depuis|Pour|Face|Sur|Ce|Cette|Jeudi|Lundi|Mardi|Mercredi|"
    r"Vendredi|Samedi|Dimanche|Le\s(?=\d)|Mi-|Fin|Début|Hier|Aujourd['’]hui|Finalement|Ainsi|Par ailleurs|De son côté|De leur côté|"
    r"Alors\squ|Tandis\squ|Bien\squ|Parce\squ|Lorsqu|Puisqu|Si|Quand|Comme|Dès|Malgré|Grâce|Selon|"
    r"[A-ZÀ-Þ][a-zà-ÿ]+(?:é|ée|és|ées|ant)\s)"
    r"[^,;:«»“”\"()]{0,80}?),\s+(?=\S)"
)


def split_long_sentence(sentence: str, max_words: int = MAX_WORDS) -> list[str]:
    """`sentence` as one or more sentences of at most `max_words` words where a safe cut exists."""
    if count_words(sentence) <= max_words:
        return [sentence]
    for pattern, opener in BOUNDARIES:
        for match in pattern.finditer(sentence):
            first, second = sentence[: match.start()], sentence[match.end() :]
            if _cuttable(sentence, match.start(), first, second) and not (opener == "Il s’agit d’" and holds_a_verb(second)) and not (
                opener == "En outre, " and not _has_finite_verb(first)  # « X, et Y, ont signé »: two subjects, one verb
            ):
                parts = [*split_long_sentence(_close(first), max_words), *split_long_sentence(_open(second, opener), max_words)]
                if not loses_link(sentence, parts, max_words):
                    return parts
    pair = (_second_predicate(sentence) or _second_report(sentence) or _inner_relative(sentence)
            or _participle_clause(sentence) or _where_clause(sentence))
    if pair:
        return [*split_long_sentence(pair[0], max_words), *split_long_sentence(pair[1], max_words)]
    appositive = _relative_after_apposition(sentence)
    if appositive:
        return [*split_long_sentence(appositive[0], max_words), *split_long_sentence(appositive[1], max_words)]
    relative = RELATIVE_RE.search(sentence.rstrip(" .!?…"))
    if relative and sure_antecedent(sentence[: relative.start()], relative.group("rest"), name_number(sentence[: relative.start()])):
        first = sentence[: relative.start() + len(relative.group("name"))]
        second = f"{article_before(sentence[: relative.start()])}{relative.group('name')} {sentence[relative.start('rest') :].strip()}"
        if _cuttable(sentence, relative.start(), first, second) and balanced(second):
            return [*split_long_sentence(_close(first), max_words), second]
    noun_relative = NOUN_RELATIVE_RE.search(sentence.rstrip(" .!?…"))
    if noun_relative and noun_relative.group("det").lower() in DEMONSTRATIVES and sure_antecedent(
            sentence[: noun_relative.start()], noun_relative.group("rest"), determiner_number(noun_relative.group("det")),
            complement_number(noun_relative.group("noun")), animate_complement(noun_relative.group("noun"))):
        demonstrative = DEMONSTRATIVES[noun_relative.group("det").lower()]
        noun = noun_relative.group("noun")
        if demonstrative == "Ce" and noun[:1].lower() in "aeiouyéèêh":
            demonstrative = "Cet"
        first = sentence[: noun_relative.end("noun")]
        second = f"{demonstrative} {noun} {sentence[noun_relative.start('rest') :].strip()}"
        if _cuttable(sentence, noun_relative.end("noun"), first, second) and balanced(second):
            return [*split_long_sentence(_close(first), max_words), second]
    late = _purpose_clause(sentence, max_words) or _leading_participle(sentence)
    return [*split_long_sentence(late[0], max_words), *split_long_sentence(late[1], max_words)] if late else [sentence]


def _second_predicate(sentence: str) -> tuple[str, str] | None:
    """« Le ministre a annoncé A et a promis B. » -> (« Le ministre a annoncé A. », « En outre, le
    ministre a promis B. »): the subject is repeated, never replaced by a pronoun."""
    subject = SUBJECT_RE.match(sentence) or INCISE_SUBJECT_RE.match(sentence)
    if not subject:
        return None
    for match in SECOND_PREDICATE_RE.finditer(sentence, subject.end()):
        first, rest = sentence[: match.start()], sentence[match.end() :]
        second = f"En outre, {_mid_sentence(subject.group('subject'))} {rest}"
        if _cuttable(sentence, match.start(), first, rest):
            return _close(first), second
    return None


def _second_report(sentence: str) -> tuple[str, str] | None:
    """« X a déclaré que A et que B. » -> (« X a déclaré que A. », « En outre, X a déclaré que B. »)."""
    match = REPORT_RE.match(sentence)
    if not match:
        return None
    for joint in AND_THAT_RE.finditer(sentence, match.end()):
        first, rest = sentence[: joint.start()], sentence[joint.end() :]
        head = _mid_sentence(match.group("head"))
        that = "qu’" if rest[:1].lower() in "aeiouyéèêh" else "que "
        if _cuttable(sentence, joint.start(), first, rest):
            return _close(first), f"En outre, {head} {that}{rest}"
    return None


def _inner_relative(sentence: str) -> tuple[str, str] | None:
    """« Zelensky, qui était à Riyad mardi, doit rencontrer … » -> (« Zelensky était à Riyad mardi. »,
    « Zelensky doit rencontrer … »): the name opens both sentences."""
    match = INNER_RELATIVE_RE.match(sentence)
    if not match or not balanced(match.group("relative")):
        return None
    name = match.group("name")
    first, second = f"{name} {match.group('relative')}.", f"{name} {match.group('main')}"
    if count_words(first) >= MIN_PART_WORDS and count_words(second) >= MIN_PART_WORDS:
        return first, second
    return None


def _participle_clause(sentence: str) -> tuple[str, str] | None:
    """« Il a affirmé A, appelant les entreprises à B. » -> (« Il a affirmé A. », « En outre, il a
    appelé les entreprises à B. »): a trailing -ant clause of a first-group verb becomes the same
    verb in the main clause's passé composé, with the main clause's subject."""
    subject = SUBJECT_RE.match(sentence)
    if not subject:
        return None
    auxiliary = sentence[subject.end() :].split(" ", 1)[0]
    if auxiliary not in {"a", "ont"}:
        return None
    for match in PARTICIPLE_RE.finditer(sentence, subject.end()):
        first, rest = sentence[: match.start()], sentence[match.end() :]
        participle = match.group("verb")
        if not is_known_word(participle[:-3] + "é") or not balanced(first):
            continue
        second = f"En outre, {_mid_sentence(subject.group('subject'))} {auxiliary} {participle[:-3]}é {rest}"
        if _cuttable(sentence, match.start(), first, rest):
            return _close(first), second
    return None


PARTICIPLE_RE = re.compile(r"\s*,\s+(?P<verb>[a-zà-ÿ]{4,}ant)\s+(?=\S)")


def _purpose_clause(sentence: str, max_words: int) -> tuple[str, str] | None:
    """« L’alliance a renforcé ses défenses pour dissuader Moscou d’attaquer. » -> (« L’alliance a
    renforcé ses défenses. », « Objectif : dissuader Moscou d’attaquer. »): « pour » before a bare
    infinitive says a purpose, which « Objectif : » says too. Never after « trop »/« assez » (a
    degree), a past infinitive (« pour avoir menti »: a cause) or a verb whose « pour » gives the
    cause (« condamné pour voler »); and only when both parts are short (« Objectif : » opening a
    long sentence reads worse than the sentence it came from)."""
    for match in PURPOSE_RE.finditer(sentence):
        verb = match.group("verb").lower()
        first, rest = sentence[: match.start()], sentence[match.start("verb") - len(match.group("clitic") or "") :]
        before = {word.lower() for word in first.split()}
        if (verb in {"avoir", "être"} or not is_known_word(verb) or before & DEGREE_WORDS
                or (first.split() or [""])[-1].lower() in AVOIR_FORMS
                or any(word.startswith(CAUSE_STEMS) for word in before) or not balanced(rest)
                or (match.group("clitic") and verb in RESULT_VERBS) or purpose_goes_on(rest) or subordinate_alone(first)):
            continue
        short = count_words(first) <= max_words and count_words(rest) < max_words
        if short and count_words(first) >= PURPOSE_MIN_WORDS and _cuttable(sentence, match.start(), first, rest):
            return _close(first), f"Objectif : {rest.strip()}"
    return None


# « les habitants ont | pour ordre de rester chez eux »: « avoir pour » gives a role (« ordre » ends like an infinitive)
AVOIR_FORMS = frozenset("a ont avait avaient aura auront aurait auraient avoir ayant eu".split())
PURPOSE_RE = re.compile(r"\s+pour\s+(?P<clitic>(?:se\s|s['’]|y\s|en\s))?(?P<verb>[a-zà-ÿ]{3,}(?:er|ir|re|oir))\b")
PURPOSE_MIN_WORDS = 6  # the clause before « pour » stands as a sentence of its own
DEGREE_WORDS = frozenset({"trop", "assez", "suffisamment"})
CAUSE_STEMS = ("condamn", "arrêt", "poursuivi", "jugé", "jugée", "sanctionn", "puni", "accus", "remerci", "félicit",
               "salué", "critiqu", "connu", "interpell", "verbalis", "licenci", "récompens", "écroué", "incarcér")


def _leading_participle(sentence: str) -> tuple[str, str] | None:
    """« S’exprimant devant la presse, Dmitri Peskov a déclaré que A. » -> (« Dmitri Peskov s’exprimait
    devant la presse. », « Dmitri Peskov a alors déclaré que A. »): a present participle is the
    imperfect of its verb (-ant -> -ait) for the one named subject, and « alors » keeps the two at the
    same moment. Prepositions in -ant (« pendant », « concernant ») are not participles."""
    match = LEADING_PARTICIPLE_RE.match(sentence)
    if not match or match.group("verb").lower() in NOT_PARTICIPLES or not is_known_word(match.group("verb").lower()):
        return None
    reflexive = (match.group("reflexive") or "").lower()
    name, auxiliary = match.group("name"), match.group("aux")
    first = f"{name} {reflexive}{match.group('verb').lower()[:-3]}ait {match.group('phrase').strip()}."
    second = f"{name} {auxiliary} alors {match.group('rest')}"
    if count_words(first) >= MIN_PART_WORDS and _cuttable(sentence, match.start("name"), first, second):
        return first, second
    return None


LEADING_PARTICIPLE_RE = re.compile(
    r"^(?P<reflexive>[Ss]e\s|[Ss]['’])?(?P<verb>[A-ZÀ-Þa-zà-ÿ][a-zà-ÿ]{2,}ant)\s(?P<phrase>[^,;:«»“”\"()]{5,100}?),\s+"
    r"(?P<name>[A-ZÀ-Þ][\w’'\-]+(?:\s[A-ZÀ-Þ][\w’'\-]+){0,2})\s(?P<aux>a|avait|est|était)\s(?P<rest>[a-zà-ÿ].+)$"
)
NOT_PARTICIPLES = frozenset({"pendant", "durant", "avant", "devant", "maintenant", "cependant", "moyennant", "suivant",
                             "concernant", "nonobstant", "touchant", "partant", "agissant", "étant", "ayant", "sachant"})


def _where_clause(sentence: str) -> tuple[str, str] | None:
    """« … à Paris, où il a salué … » -> (« … à Paris. », « Il y a salué … »): « où » becomes « y »."""
    match = WHERE_RE.search(sentence)
    if not match or not balanced(sentence[: match.start()]):
        return None
    first, rest = sentence[: match.start()], sentence[match.end() :]
    second = f"{match.group('pronoun').capitalize()} y {rest}"
    if _cuttable(sentence, match.start(), first, rest) and balanced(rest):
        return _close(first), second
    return None


WHERE_RE = re.compile(r",\s+où\s+(?P<pronoun>il|elle|ils|elles)\s+(?=(?:a|ont|avait|avaient)\s)")


def _relative_after_apposition(sentence: str) -> tuple[str, str] | None:
    """« … du Kosovo, l’ancienne province serbe, qui soutient l’Ukraine. » -> (« … du Kosovo, l’ancienne
    province serbe. », « Le Kosovo soutient l’Ukraine. »): the relative clause's antecedent is the name
    the verbless apposition describes; its article comes back from the contraction before it."""
    from redac.french.headlines import has_finite_verb  # headlines reads this module's patterns: imported when first used

    match = APPOSITION_RELATIVE_RE.search(sentence.rstrip(" .!?…"))
    # « d'Épiphanie, la gérante de cette boulangerie craint la prochaine facture, qui … »: a clause, no apposition
    if (not match or has_finite_verb(match.group("apposition")) or OBJECT_AFTER_WORD_RE.search(match.group("apposition"))
            or not balanced(match.group("rest")) or match.group("rest").startswith("plus est")):
        return None
    article = CONTRACTED_ARTICLES.get((match.group("before") or "").lower().replace("'", "’"), "")
    first = sentence[: match.end("apposition")]
    second = f"{article}{match.group('name')} {match.group('rest').strip()}."
    second = second[:1].upper() + second[1:]
    if _cuttable(sentence, match.end("apposition"), first, second):
        return _close(first), second
    return None


# « la gérante de la boulangerie redoute | la prochaine facture »: an article after a word that is no preposition opens a
# verb's object, so the words between the commas are a clause, not an apposition
OBJECT_AFTER_WORD_RE = re.compile(r"\s(?!(?:de|du|des|à|au|aux|en|et|ou|sur|pour|par|avec|dans|sans|vers|chez|contre|entre)\s)"
                                  r"[a-zà-ÿ]{3,}\s(?:la|le|les|une?|l['’])\s?\w")
APPOSITION_RELATIVE_RE = re.compile(
    r"(?:\b(?P<before>du|de\sla|de\sl['’]|des|le|la|l['’]|les)\s?)?(?P<name>[A-ZÀ-Þ][\w’'\-]+(?:\s[A-ZÀ-Þ][\w’'\-]+){0,3}),\s+"
    r"(?P<apposition>(?:l['’]|le\s|la\s|les\s|un\s|une\s)[^,;:«»“”\"()]{3,80}?),\s+qui\s+(?P<rest>[^;:()]+)$"
)
CONTRACTED_ARTICLES = {"du": "le ", "le": "le ", "de la": "la ", "la": "la ", "de l’": "l’", "l’": "l’", "des": "les ", "les": "les "}


def _has_finite_verb(text: str) -> bool:
    return bool(FINITE_VERBS & set(text.lower().split()))


def _mid_sentence(text: str) -> str:
    """A sentence's opening words as they read after « En outre, »: common words lose their capital."""
    return text if _keeps_capital(text) else text[:1].lower() + text[1:]


def _keeps_capital(text: str) -> bool:
    first = text.split(maxsplit=1)[0]
    elided_article = first[:2] in {"L’", "L'"}  # « L’Albanie » mid-sentence is « l’Albanie »
    return first[:1].isupper() and first.lower() not in _ARTICLES | _PRONOUNS and not elided_article


_PRONOUNS = frozenset({"il", "elle", "ils", "elles", "on"})


REPORT_RE = re.compile(
    r"^(?P<head>(?:(?:Le|La|Les|L['’])\s?)?(?:[\w’'\-]+\s){0,4}?(?:a|ont|avait|avaient)\s(?:"
    + REPORTING_VERBS.split("|annonce|", maxsplit=1)[0] + r")(?:\s[a-zà-ÿ]+){0,3}?)\s(?:que\s|qu['’])"
)
AND_THAT_RE = re.compile(r",?\s+et\s+(?:que\s|qu['’])")
INNER_RELATIVE_RE = re.compile(
    r"^(?P<name>[A-ZÀ-Þ][\w’'\-]+(?:\s[A-ZÀ-Þ][\w’'\-]+){0,3}),\s+qui\s+(?P<relative>[^,;:]{8,}?),\s+(?P<main>(?:a|ont|est|sont|doit|doivent|va|vont|avait|avaient|n['’]|ne|se|s['’]|[a-zà-ÿ]+(?:e|ent|ait|aient))\b.+)$"
)
_ARTICLES = frozenset({"le", "la", "les", "l’", "l'", "un", "une", "des", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs"})
SUBJECT_RE = re.compile(
    r"^(?P<subject>(?:(?:Le|La|Les|L['’])\s?)?(?:[A-ZÀ-Þa-zà-ÿ][\w’'\-]*(?:,(?=\s(?:la\s|le\s|les\s|l['’])?[A-ZÀ-Þ]))?\s){0,7}?"
    r"[\w’'\-]+)\s(?=(?:a|ont|est|sont|avait|avaient|doit|va)\s)"  # « L'Albanie, la Macédoine et le Monténégro »
)
# « Cette initiative – basée sur … – n’implique pas … »: the subject ends where the incise opens
INCISE_SUBJECT_RE = re.compile(
    r"^(?P<subject>(?:Le|La|Les|L['’]|Ce|Cet|Cette|Ces|Son|Sa|Ses|Leur|Leurs)\s?[\w’'\-]+(?:\s[\w’'\-]+){0,3}?)"
    r"\s[–—]\s[^–—;:]{3,120}?\s[–—]\s"
)
SECOND_PREDICATE_RE = re.compile(r"\s+et\s+(?=(?:a|ont|avait|avaient|est|sont|doit|va)\s+[a-zà-ÿ]+)")
NOUN_RELATIVE_RE = re.compile(
    r"\b(?P<det>le|la|les|un|une|son|sa|ses|ce|cet|cette|ces)\s(?P<noun>(?:[a-zà-ÿ\-]{3,}\s)?[a-zà-ÿ\-]{3,}"
    r"(?:\s(?:de|du|des|d['’])\s?(?:la\s|l['’])?[\wà-ÿ\-]+(?:\s[a-zà-ÿ\-]{4,})?)?),\s+qui\s+(?P<rest>[^,;:()]+)$"
)
DEMONSTRATIVES = {"le": "Ce", "un": "Ce", "son": "Ce", "ce": "Ce", "cet": "Cet", "la": "Cette", "une": "Cette", "sa": "Cette",
                  "cette": "Cette", "les": "Ces", "ses": "Ces", "ces": "Ces"}


def main_clause(sentence: str, *, keep_source: bool = False, keep_lead: bool = True) -> str:
    """The sentence without what hangs on its main clause: appositions and detached relative clauses,
    a trailing reporting clause (« …, a annoncé le ministre »), a trailing participle clause, the
    attribution (« selon … ») unless `keep_source`, and a leading circumstance unless `keep_lead`.
    A sentence that opens with a quotation is returned unchanged: its main clause is the quote."""
    text = " ".join(sentence.split()).rstrip(" .!?…")
    if not text or text[0] in "«“\"—–-":
        return " ".join(sentence.split())
    for mark in (r"\s*;\s", r"\s:\s(?![«“\"])"):  # « a déclaré : « … » »: the quotation is the content
        head = re.split(mark, text, maxsplit=1)[0]
        if head != text and count_words(head) >= MIN_PART_WORDS and balanced(head):
            text = head
    report = TRAILING_REPORT_RE.search(text)  # « X, a déclaré que … », « Nexa, réseau de bus, a annoncé la fin »: the main verb
    if not (REPORT_WITH_OBJECT_RE.search(text) or (report and SUBJECT_APPOSITION_RE.fullmatch(text[: report.start()]))):
        text = _cut_tail(text, TRAILING_REPORT_RE)
    for pattern in (TRAILING_SUBORDINATE_RE, *(() if keep_source else (TRAILING_SOURCE_RE,)), TRAILING_PARTICIPLE_RE):
        text = _cut_tail(text, pattern)
    text = ROLE_APPOSITION_RE.sub(lambda m: m.group("name") + " " if _apposition(m.group(0)) else m.group(0), text)
    text = NAME_APPOSITION_RE.sub(lambda m: m.group("name") + " " if _apposition(m.group(0)) else m.group(0), text)
    text = DETACHED_PHRASE_RE.sub(lambda m: " " if _apposition(m.group(0)) else m.group(0), text)
    if not keep_lead:
        shorter = LEADING_CIRCUMSTANCE_RE.sub("", text)
        if count_words(shorter) >= MIN_PART_WORDS:
            text = shorter[:1].upper() + shorter[1:]
    return text if balanced(text) else " ".join(sentence.split()).rstrip(" .!?…")


def _apposition(text: str) -> bool:
    """An incise that can go: no coordination (« L'Albanie, la Macédoine et le Monténégro sont … »
    is a list, not an apposition) and no finite verb of its own unless it is a relative clause."""
    words = text.lower().split()
    if {"et", "ou", "ni"} & set(words):
        return False
    relative = any(word in {"qui", "dont"} for word in words[:3])
    return relative or not (FINITE_VERBS & set(words))




def _cut_tail(text: str, pattern: re.Pattern[str]) -> str:
    """`text` without the tail `pattern` finds, when what stays is a balanced clause of some length."""
    match = pattern.search(text)
    if match and count_words(text[: match.start()]) >= MIN_PART_WORDS and balanced(text[: match.start()]):
        return text[: match.start()]
    return text


def _cuttable(sentence: str, position: int, first: str, second: str) -> bool:
    return (
        count_words(first) >= MIN_PART_WORDS
        and count_words(second) >= MIN_PART_WORDS
        and balanced(sentence[:position])
        and balanced(second)  # « … en Ile-de-France) dont 7 … »: a bracket the cut leaves open
    )




def _close(text: str) -> str:
    text = text.rstrip(" ,;:")
    return text if text.endswith((".", "!", "?", "…")) else text + "."


def _open(text: str, opener: str) -> str:
    """The second part as a sentence: its opener (the source writes it in lowercase after a comma), or
    its first letter capitalized."""
    text = text.strip()
    return opener + text if opener else text[:1].upper() + text[1:]
