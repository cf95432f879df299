"""Questions a sentence answers, and the short answer it gives, in the sentence's own words.

« Treize pays participent au sommet. » answers « Combien de pays participent au sommet ? » with
« Treize pays. »; « Le ministre a annoncé un plan de 2 milliards. » answers « Qu'a annoncé le
ministre ? » with the sentence's main clause; « Le 14 août, un incendie s'est déclaré à Saint-André. »
answers « Que s'est-il passé le 14 août ? ». A question is built only where the sentence's form
gives it; otherwise none is asked. Key figures keep the noun they count and who gives them
(« 539 drones en une nuit, selon Kiev »).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from redac.french.clause_verbs import DETERMINERS
from redac.french.clauses import main_clause
from redac.french.dates import MONTH_NAMES, WEEKDAYS
from redac.french.sentences import opens_with_anaphora
from redac.french.text import fold
from redac.french.wordlists import function_words
from redac.french.words import count_words

NUMBER_WORDS = (
    "deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|"
    "cinquante|soixante|cent|cents|mille|dix-sept|dix-huit|dix-neuf|vingt-[a-z\\-]+|trente-[a-z\\-]+|quarante-[a-z\\-]+"
)
QUALIFIER = r"(?:[Aa]u\s+moins|[Pp]lus\s+de|[Pp]rès\s+de|[Ee]nviron|[Qq]uelque|[Mm]oins\s+de|[Uu]ne\s+trentaine\s+de|[Uu]ne\s+centaine\s+de)"
AMOUNT = rf"(?:\d{{1,3}}(?:[ \u00a0\u202f.]\d{{3}})+|\d+(?:[.,]\d+)?|{NUMBER_WORDS})"
NOUN = r"[a-zà-ÿ][a-zà-ÿ’'\-]{2,}"
COUNT_SUBJECT_RE = re.compile(
    rf"^(?P<qualifier>{QUALIFIER}\s+)?(?P<amount>{AMOUNT})(?:\s+(?:millions?|milliards?)\s+d[e’'])?\s*(?P<noun>{NOUN}(?:\s+{NOUN})?)\s+"
    rf"(?P<verb>(?:ont|sont|a|est|se\s+sont|participent|restent|vont|doivent|devraient|pourraient|[a-zà-ÿ]+ent)\b.*)$",
    re.IGNORECASE,
)
DID_RE = re.compile(
    r"^(?P<subject>(?:[A-ZÀ-Þ][\w’'\-]*)(?:\s[\w’'\-]+){0,6}?)\s(?P<aux>a|ont)\s(?P<participle>annoncé|décidé|promis|déclaré|"
    r"confirmé|ordonné|reconnu|validé|approuvé|proposé|présenté|dévoilé|demandé|adopté|rejeté|signé|indiqué|affirmé|"
    r"assuré|souligné|estimé|expliqué|précisé|dénoncé|lancé|publié|révélé|réclamé|exigé|obtenu|promulgué|salué)\s(?P<object>.+)$"
)
WHEN_RE = re.compile(
    r"^(?P<when>(?:[Ll]e\s+(?:1er|\d{1,2})\s+[a-zéû]+(?:\s+\d{4})?|(?:[Cc]e\s+)?(?:[Ll]undi|[Mm]ardi|[Mm]ercredi|[Jj]eudi|[Vv]endredi|"
    r"[Ss]amedi|[Dd]imanche)(?:\s+(?:1er|\d{1,2})\s+[a-zéû]+)?(?:\s+(?:soir|matin))?|[Ee]n\s+(?:19|20)\d\d))\s*,\s+(?P<rest>.+)$"
)
LEADING_CIRCUMSTANCE_RE = re.compile(r"^(?P<lead>[A-ZÀ-Þ][^,;:«»“”\"()]{1,60}),\s+(?P<rest>.+)$")  # « À ce jour, onze villes … »
MAX_LEAD_WORDS = 5
SOURCE_RE = re.compile(r",\s+(?P<source>selon\s+[^,;:«»“”\"()]{3,60}?)(?=[,.;]|$)")
FIGURE_NOUN_RE = re.compile(
    rf"^(?P<noun>(?:(?:millions?|milliards?)\s+d[e’']\s?)?{NOUN}(?:\s+(?:{NOUN}))?(?:\s+(?:(?:de|en|par)\s|d’|d')(?:(?:la|le|les|un|une)\s+|l’|l')?[\wà-ÿ’'\-]+)?)"
)
MAX_FIGURE_WORDS = 8
# « entre 350 et », « de 350 à », « 350 à »; never « 2024 et » (« fin juin 2024 et 825 000 … » lists two figures)
RANGE_START_RE = re.compile(r"(?:\b[Ee]ntre\s+\d[\d\u00a0\u202f.,]*\s+et|(?:\b[Dd]e\s+)?\d[\d\u00a0\u202f.,]*\s*(?:à|-|–))\s*$")
DEMONSTRATIVES = frozenset({"ce", "cet", "cette", "ces"})
WHEN_WORDS = frozenset({"fin", "debut", "mi", *(fold(month) for month in MONTH_NAMES), *WEEKDAYS})
MAX_QUESTION_VERB_WORDS = 8  # « participent au sommet de Lorient »: what a « combien » question can carry
DURATION_ANCHOR_RE = re.compile(r"^\s*(?:après|avant|plus\s+tard|plus\s+tôt|auparavant)\b")
AUXILIARY_FORMS = frozenset("a ont est sont avait avaient etait etaient sera seront aura auront".split())
COLLECTIVE_RE = re.compile(r"(?:aine|illier|illiers)$", re.IGNORECASE)  # « dizaine », « centaine », « millier »
COLLECTIVE_NOUN_RE = re.compile(rf"^(?:de\s|d['’])\s?{NOUN}(?:\s+{NOUN})?")
# Where a « combien » question can stop: the circumstances after it belong to the answer's sentence.
QUESTION_TAIL_RE = re.compile(r"\s(?:aux\s+côtés|à\s+côté|dans\s+le\s+cadre|lors|pendant|depuis|après|avant|selon|parmi)\b")


@dataclass(frozen=True, slots=True)
class Question:
    question: str
    answer: str


def _unanchored_duration(clause: str, after: str) -> bool:
    """« un peu plus de deux ans | après le début de l’invasion »: a duration whose clause says nothing but
    « plus de » means nothing without the event it is counted from."""
    return bool(DURATION_ANCHOR_RE.match(after)) and all(fold(word) in function_words() for word in clause.split())


def _opens_on_its_subject(clause: str) -> bool:
    """Whether the words before a figure start with what reached it (« l’inflation a atteint », « Bercy
    prévoit »): a key figure is read alone, so a clause cut at a comma that opens on a verb, a preposition,
    a participle or a pronoun (« pour s’établir à », « est remonté de », « il est en hausse de ») says a
    number of nothing the reader can see."""
    first = clause.split(maxsplit=1)[0]
    word = fold(re.split(r"['’]", first)[0] if re.match(r"[LlDd]['’]", first) else first)
    if word in DEMONSTRATIVES:
        return False  # « ces bougies brûlent pendant une dizaine d’heures »: which ones, the list alone does not say
    if word in DETERMINERS or word == "l":
        return True
    return first[:1].isupper() and word not in function_words() and not word.endswith("ant")


def _verb_phrase(subject: re.Match[str]) -> str:
    """What a counted subject does, up to the circumstances (« participent au sommet | aux côtés de … »)."""
    return QUESTION_TAIL_RE.split(main_clause(subject.group("verb")), maxsplit=1)[0]


def _counted(subject: re.Match[str]) -> str:
    """The counted subject as written: « Au moins 300 bénévoles »."""
    return f"{subject.group('qualifier') or ''}{subject.group('amount')} {subject.group('noun')}"


def _who_gives_it(sentence: str) -> str:
    """« , selon les organisateurs » when the sentence says who gives the figure, else ''."""
    source = SOURCE_RE.search(sentence)
    return f", {source.group('source')}" if source else ""


def _counting_clause(sentence: str, subject: re.Match[str]) -> str:
    """The clause a counted subject opens, up to its circumstances; '' when too long for a key figure or
    when the verb stands alone (« Quinze communes réclament | depuis des années … » says nothing)."""
    verb = _verb_phrase(subject).rstrip(" ,;:.")
    phrase = f"{_counted(subject)} {verb}"
    if "«" in verb or count_words(verb) < 2 or count_words(phrase) > MAX_FIGURE_WORDS + 2:
        return ""
    return phrase + _who_gives_it(sentence)


def question_for(sentence: str) -> Question | None:
    """The question `sentence` answers and its short answer, or None."""
    text = " ".join(sentence.split()).rstrip(" .!…")
    if not text or text[0] in "«“\"—–-" or text.endswith("?"):
        return None
    return _how_many(text) or _what_did(text) or _what_happened(text)


def _how_many(text: str) -> Question | None:
    """« Combien de pays participent au sommet ? » from « Treize pays participent au sommet » ; a short circumstance
    before the count opens the question as it opens the sentence (« À ce jour, combien de villes ont commencé … ? »)."""
    lead = LEADING_CIRCUMSTANCE_RE.match(text)
    if lead and count_words(lead.group("lead")) <= MAX_LEAD_WORDS and (asked := _how_many(lead.group("rest"))):
        opening = lead.group("lead")
        return Question(f"{opening}, {asked.question[:1].lower()}{asked.question[1:]}", asked.answer)
    match = COUNT_SUBJECT_RE.match(text)
    if not match or "«" in match.group("verb") or fold(match.group("noun").split()[0]) in function_words():
        return None
    noun = match.group("noun")
    verb = _verb_phrase(match).split(",")[0].rstrip()
    if count_words(verb) > MAX_QUESTION_VERB_WORDS:
        return None  # « Combien d’escaliers relient … le long d’un parcours réorganisé ? » is no question a reader asks
    combien = "Combien d’" if noun[:1].lower() in "aeiouyéèêh" else "Combien de "
    answer = _counted(match)
    answer = answer[:1].upper() + answer[1:] + _who_gives_it(text) + "."
    return Question(f"{combien}{noun} {verb} ?", answer)


def _what_did(text: str) -> Question | None:
    clause = main_clause(text, keep_source=True)
    match = DID_RE.match(clause)
    if not match or "," in match.group("subject") or opens_with_anaphora(match.group("subject")):
        return None
    subject = match.group("subject")
    subject = subject if _is_name_start(subject) else subject[:1].lower() + subject[1:]
    question = f"Qu’{match.group('aux')} {match.group('participle')} {subject} ?"
    return Question(question, clause + ".")


def _what_happened(text: str) -> Question | None:
    match = WHEN_RE.match(text)
    if not match or count_words(match.group("rest")) < 5:
        return None
    when = match.group("when")
    when = when[:1].lower() + when[1:]
    rest = main_clause(match.group("rest"), keep_source=True)
    return Question(f"Que s’est-il passé {when} ?", rest[:1].upper() + rest[1:] + ".")


def _is_name_start(subject: str) -> bool:
    first = subject.split(maxsplit=1)[0]
    return first[1:2].islower() and first.lower() not in {"le", "la", "les", "l’", "l'", "un", "une", "des", "ce", "cette", "ces"}


def figure_phrase(sentence: str, figure_start: int, figure_end: int) -> str:
    """The figure at [figure_start, figure_end) of `sentence` with the noun it counts and its
    complement, and who gives it (« au moins 2 886 morts, selon les autorités »); '' when the
    sentence names nothing after the number."""
    before = sentence[:figure_start]
    if bound := RANGE_START_RE.search(before):  # « 350 à | 400 bougies »: the figure is the range, never its upper end
        before, figure_start = before[: bound.start()], bound.start()
    qualifier = re.search(rf"{QUALIFIER}\s+$", before)
    start = qualifier.start() if qualifier else figure_start
    after = sentence[figure_end:].lstrip()
    counted = COLLECTIVE_NOUN_RE.match(after) if COLLECTIVE_RE.search(sentence[figure_start:figure_end]) else None
    if counted:  # « une surface d’une dizaine | de mètres carrés »: the collective, what it counts, and its clause
        figure_end += len(sentence[figure_end:]) - len(after) + counted.end()
    noun = None if counted else FIGURE_NOUN_RE.match(after)
    if noun and ((first := fold(noun.group("noun").split()[0])) in function_words() or first in WHEN_WORDS):
        noun = None  # « 792 000 | fin juin »: when, not what the figure counts
    if noun and not sentence[:start].strip():  # « Treize pays participent | au sommet »: the figure counts the subject
        subject = COUNT_SUBJECT_RE.match(sentence[start:])
        return _counting_clause(sentence, subject) if subject else ""
    if noun and any(fold(word) in AUXILIARY_FORMS for word in noun.group("noun").split()[1:]):
        return ""  # « deux civils | ont été tués »: what the figure says is in its verb, which a key figure cannot carry
    has_unit = bool(re.search(r"[^\d\s.,\u00a0\u202f]", sentence[figure_start:figure_end]))
    if not noun and not has_unit:
        return ""
    if not noun:  # « 4,9 % » alone says nothing: say what reached it (« l'inflation a atteint 4,9 % »)
        clause = re.split(r"[,;:]\s|[()«»]", before)[-1]  # « 4,2 % »: a decimal comma is no boundary
        if count_words(clause) > MAX_FIGURE_WORDS or count_words(clause) < 2 or _unanchored_duration(clause, after):
            return ""
        if not _opens_on_its_subject(clause):
            return ""  # « pour s'établir à 9,2 % », « est remonté de 0,2 point », « Il est en hausse de … »
        start = figure_start - len(clause.lstrip())
    phrase = sentence[start:figure_end] + (" " + _without_open_end(noun.group("noun")) if noun else "")
    if len(sentence[start:figure_end].split()) > MAX_FIGURE_WORDS + 2:
        return ""  # cut before its own end, the figure would lose what it counts (« d’une dizaine de »)
    phrase = " ".join(phrase.split()[: MAX_FIGURE_WORDS + 2]).rstrip(" ,;:")
    return phrase + _who_gives_it(sentence)


def _without_open_end(noun: str) -> str:
    """« 850 tonnes contre », « 21,6 tonnes grâce », « 18 lancements pour »: a preposition, or a locution's first word,
    read as the counted noun's adjective governs what the phrase leaves out; the noun ends before it."""
    words = noun.split()
    while len(words) > 1 and (fold(words[-1]) in function_words() or fold(words[-1]) in LOCUTION_HEADS):
        words.pop()
    return " ".join(words)


LOCUTION_HEADS = frozenset("grace face lors pres afin suite quant faute".split())
