"""The lead sentence a title stands on: its main clause without its leading circumstance, weekday or attribution
(`title_clause`), or, for the angle, the sentence with its relative clauses kept (`angle_clause`); nothing for a
sentence a title cannot stand on (a quotation, a question, a pronoun subject, a rubric glued to it)."""

from __future__ import annotations

import re

from redac.french.case import capitalize_first
from redac.french.clauses import main_clause
from redac.french.headlines import has_finite_verb, without_asides, without_long_lead
from redac.french.openings import without_opening
from redac.french.sentences import opens_with_anaphora
from redac.french.tokens import tokens
from redac.french.when import without_when
from redac.plan.title_cuts import balanced

LEAD_CLAUSE_MIN_WORDS = 4  # « Calogero repart en tournée. » is a title
# « La mobilisation semble par ailleurs s'étendre »: a connector ties the sentence to the one before, not a title.
INNER_CONNECTOR_RE = re.compile(r"\s(?:par\s+ailleurs|en\s+outre|de\s+plus(?!\s+en\s+plus)|également|toutefois|cependant|néanmoins|pourtant|donc|"
                                r"en\s+effet|désormais|d['’]ailleurs)(?=\s)")  # « L’île subit en effet le passage du cyclone »


def title_clause(sentence: str) -> str:
    """The sentence's main clause without its leading circumstance, weekday or attribution; '' for
    a sentence a title cannot stand on (a quotation, a question, a pronoun subject)."""
    text = _news_sentence(sentence)
    if not text:
        return ""
    clause = without_when(without_long_lead(main_clause(without_asides(text), keep_lead=False))).strip(" ,")
    clause = _own_clause(" ".join(INNER_CONNECTOR_RE.sub("", clause).split()))
    if not has_finite_verb(clause) and has_finite_verb(text):
        return ""  # « Une campagne de rappel concernant deux types de fromages »: a subject cut from its verb
    return clause


def _news_sentence(sentence: str) -> str:
    """The sentence without a rubric or an opening connector; '' for a quotation, a question, a list announced, or a
    sentence that opens on a pronoun or a day as its subject."""
    text = sentence.strip()
    if not text or text[0] in "«“\"—–-" or text.rstrip(" .").endswith(("?", ":")):  # « … a nommé : »: the list follows
        return ""
    text = capitalize_first(without_opening(RUBRIC_RE.sub("", text)))  # « En effet, dans la nuit … »: the connector goes first
    if opens_with_anaphora(text) and not TIME_OPENING_RE.match(text):  # « Ce vendredi 23 octobre, … » says when
        return ""
    if TIME_OPENING_RE.match(text) and not TIME_ASIDE_RE.match(text):
        return ""  # « Ce dimanche devrait être marqué … »: the day is the subject, not an aside
    return text


def _own_clause(clause: str) -> str:
    """The clause when a title can stand on it: no rubric glued to it, no pronoun subject, no quotation's end; ''
    otherwise."""
    if LABEL_RE.search(ROUTE_RE.sub(" ", clause)):  # « TOUR DE FRANCE - Il savoure »: a rubric glued to the sentence
        return ""
    if opens_with_anaphora(clause) or LATE_PRONOUN_SUBJECT_RE.match(clause):  # « De Saint-André, il a nécessité … »
        return ""
    if len(tokens(clause)) < LEAD_CLAUSE_MIN_WORDS or not balanced(clause):  # « … prouver », a lancé X »: a quote's end
        return ""
    return capitalize_first(clause)


def angle_clause(sentence: str) -> str:
    """The sentence as the angle reads it: asides, leading circumstance and time gone, its relative clauses kept
    (french/angles finds the main verb past them, where main_clause stops at « , qui »)."""
    text = _news_sentence(sentence)
    return _own_clause(" ".join(INNER_CONNECTOR_RE.sub("", without_when(without_long_lead(without_asides(text)))).split())) if text else ""


TIME_OPENING_RE = re.compile(
    r"^(?:Ce|Cette|Cet)\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|matin|soir|week-end|semaine|mois|année|an|jour|"
    r"après-midi|nuit)\b", re.IGNORECASE)
# « Ce vendredi 23 octobre au matin, »: the time opening is an aside when a comma closes it.
TIME_ASIDE_RE = re.compile(TIME_OPENING_RE.pattern + r"(?:\s+\d{1,2}(?:er)?(?:\s+[a-zéû]+)?(?:\s+\d{4})?)?(?:\s+(?:au\s+)?(?:matin|soir|après-midi))?\s*,",
                           re.IGNORECASE)
# « ES Sétif : Franck Dumas se retire »: a short rubric before a colon names the section, not the news.
# « PARIS (Reuters) - », « MISS FRANCE | »: a dateline or a rubric in capitals before the sentence, too.
RUBRIC_RE = re.compile(r"^(?:[^:,;.«»\d]{2,25}?\s?:\s|[A-ZÀ-Þ][A-ZÀ-Þ\s\-]{1,30}(?:\s?\([^()]{2,20}\))?\s?[-–—|]\s?)"
                       r"(?=[A-ZÀ-Þ][^:]*\s[a-zà-ÿ]{2,})")
LABEL_RE = re.compile(r"\b[A-ZÀ-Þ]{2,}\s+[A-ZÀ-Þ]{2,}\b|\s[-–—]\s")
# « un TGV Paris – Bordeaux »: a dash between two place names is a route, not a rubric's dash.
ROUTE_RE = re.compile(r"(?<=\b[A-ZÀ-Þ][a-zà-ÿ])(?:[a-zà-ÿ\-]*)\s[-–—]\s(?=(?!(?:Il|Elle|Ils|Elles|Le|La|Les|Un|Une|On)\b)[A-ZÀ-Þ][a-zà-ÿ])")
LATE_PRONOUN_SUBJECT_RE = re.compile(r"^[^,]{0,80},\s+(?:il|elle|ils|elles|on|cela|ce|celui-ci|celle-ci)\s", re.IGNORECASE)
