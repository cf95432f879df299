"""Customized French titles: several candidates built from the source's own words, scored.

A title is news in the source's own words: the main clause of a lead sentence (appositions,
attribution, weekday and trailing clauses dropped, french/clauses), after « Keyphrase : » unless it
opens with the keyphrase, cut at a complement when it overflows the search result line (the limits'
title width). When no clause fits, each lead sentence's angle is proposed: who did what, its subject's,
verb's and object's heads (french/angles), before the fallbacks. Nothing is added, so no candidate states what the source does not; none copies the
source title, cuts it or nearly copies it (french/novelty). Scores reward the keyphrase at the
start, a width that fills the line and the lead's names and numbers; they punish clickbait and
fallbacks (a subheading, a generic tail).
"""

from __future__ import annotations

import re

from redac.analysis.keyphrase import KeyphraseMatcher
from redac.french.angles import compressed_angles
from redac.french.case import capitalize_first, lowercase_first
from redac.french.facts import extract_facts
from redac.french.headlines import (
    RELATIVE_CLAUSE_RE,
    coordinated_head,
    counted_subjects,
    counted_with_verb,
    ends_on_compound_verb,
    has_finite_verb,
    headline,
    reads_alone,
    reports,
    second_predicate,
    without_indefinite_complement,
    without_subject_incise,
    without_subject_participle,
    without_subject_relative,
)
from redac.french.lemmas import is_known_word
from redac.french.novelty import title_copy
from redac.french.offices import ROLE
from redac.french.text import fold
from redac.french.tokens import tokens
from redac.french.typography import quotes_closed
from redac.french.wordlists import function_words
from redac.limits import DEFAULT_LIMITS, Limits
from redac.models import TitleCandidate
from redac.plan.title_clauses import angle_clause, title_clause
from redac.plan.title_cuts import AUXILIARIES, balanced, complement_cuts, strands_report, surnames, without_adverbial_before_object
from redac.plan.title_cuts import without_aside_before_complement as without_aside
from redac.plan.title_names import name_forms
from redac.seo.serp import title_width_px

CLICKBAIT = ("incroyable", "choc", "hallucinant", "vous ne devinerez", "voici pourquoi", "ce qui va suivre",
             "buzz", "fou", "dingue", "scandaleux", "!")
# Titles that keep a verb from the lead read as news; a subheading or a generic tail is a fallback.
# A subheading is a noun phrase of the outline (« Théâtre antique de Vienne »): after « keyphrase : » it
# reads as a label and rarely says what happened, so it ranks below the plain « ce qu’il faut retenir ».
# A sentence further down the page (« later ») is the angle only when the lead's own sentences give no title that fits.
# An angle (subject, verb and object heads, french/angles) is proposed only when no clause fits: it ranks above the fallbacks
# even when it says a word of the keyphrase again (« Festival de Carhaix : le festival a été annulé »).
HOW_BONUS = {"main-clause": 1.5, "lead": 1.0, "angle": 1.2, "later-angle": 1.0, "later": -0.5, "figure": 0.0, "subheading": -3.0, "generic": -1.0}
LEAD_SENTENCES = 5
LATER_SENTENCES = 2
FIGURE_SENTENCES = 2  # a count in the lead's first two sentences may be the title's angle
TITLE_MIN_WORDS = 4
SUBORDINATE_START_RE = re.compile(
    r"(?i)^(?:alors\s+qu|tandis\s+qu|bien\s+qu|parce\s+qu|lorsqu|puisqu|si\b|s['’]il|quand\b|comme\b|dès\s+qu|afin\b|pour\s+qu|"
    r"[a-zà-ÿ]+(?:é|ée|és|ées)\s+(?:par|de|du|des|à|au|aux|en|dans|sur)\b)"
)
# A clause opened by a coordinator or a relative pronoun continues a sentence a title does not have.
CONNECTOR_STARTS = frozenset("et ou mais donc or ni car dont qui que qu".split())
PREPOSITION_STARTS = frozenset("dans a en sur sous pour par avec sans vers chez entre depuis pendant du grace faute".split())
# A restatement (« c'est-à-dire contractés sans avoir voyagé ») explains a word of the sentence before it.
RESTATEMENT_START_RE = re.compile(r"(?i)^(?:c['’]est-à-dire|à savoir|autrement dit)\b")
# « de à », « entre et », « de , »: a preposition whose object was a weekday or a time the title dropped.
DANGLING_PREPOSITION_RE = re.compile(r"(?i)\b(?:de|du|entre)\s+(?:à|au|aux|et)\b|\b(?:de|à|du|au|aux|en|par|sur|pour|avec|dans|entre)\s*[,;:.]"
                                     r"|\bà\s+partir\s+(?:et|ou)\b")  # « à partir | lundi | et jusqu'à »
# « 3 000 de ces foyers », « parmi eux »: the set was named by an earlier sentence the title does not carry.
BACK_REFERENCE_RE = re.compile(r"(?i)\b(?:de|d['’]entre|parmi)\s+(?:ces|celles|celle|ceux|eux|elles)\b")
# « vient officiellement d’annoncer », « a finalement rejeté », « a été particulièrement remarqué »: an adverb right after
# the verb or its « été » can go in a title; one that limits the claim cannot (« est quasiment paralysée » is not « est
# paralysée », « a été partiellement détruit » not « a été détruit »).
LIMITING_ADVERBS = ("quasiment", "pratiquement", "partiellement", "légèrement", "faiblement", "provisoirement", "temporairement",
                    "momentanément", "seulement", "uniquement", "rarement", "difficilement", "nullement", "aucunement",
                    "incomplètement", "insuffisamment", "modérément", "relativement", "brièvement")
ADVERB_AFTER_VERB_RE = re.compile(
    r"(?P<verb>\b(?:a|ont|est|sont|avait|avaient|était|étaient|vient|viennent|va|vont|sera|seront)"
    r"(?:\s+été(?:\s+[a-zà-ÿ]{2,}(?:é|ée|és|ées))?)?)\s+"  # « a été tué accidentellement par balle »
    rf"(?!(?:{'|'.join(LIMITING_ADVERBS)})\b)[a-zà-ÿ]{{4,}}ment\s+"
)
SECOND_PREDICATE_RE = re.compile(r"\s+et\s+(?=(?:a|ont|est|sont|avait|avaient|va|vont|doit|doivent|se|s['’])\s?\w)")
# « le séisme qui a frappé la Birmanie s'est alourdi » -> « le séisme s'est alourdi »: in a title the
# noun already says which one (the article keeps the clause).
RELATIVE_BEFORE_NAME_RE = re.compile(
    r"\s+qui\s+(?:a|ont|avait|avaient|est|sont)\s+[a-zà-ÿ]+(?:\s+(?:la|le|les|l['’]|des|du|de|en|à|au))?\s*[A-ZÀ-Þ][\w\-]+"
)
# « le président ukrainien Volodymyr Zelensky », « le chanteur Renaud »: a single name only right after the role
# (« la ministre de la Santé a … » keeps its role: « Santé » is no name).
ROLE_BEFORE_NAME_RE = re.compile(
    rf"\b(?:[Ll]e|[Ll]a|[Ll]es)\s+{ROLE}(?:(?:\s+[a-zà-ÿ\-]+){{0,4}}?\s+(?=[A-ZÀ-Þ][\w\-]+\s+[A-ZÀ-Þ])|\s+(?=[A-ZÀ-Þ][\w\-]+\s))"
)
def title_candidates(
    source_title: str | None,
    keyphrase: str,
    lead: str,
    headings: list[str],
    limits: Limits = DEFAULT_LIMITS,
) -> list[TitleCandidate]:
    """Scored candidates, best first; none is the source title, a cut of it or a near-copy. When no clause of the lead
    gives a title that fits, each sentence's angle (who did what, french/angles) is proposed before the fallbacks."""
    matcher = KeyphraseMatcher(keyphrase)
    essentials = _essentials(lead)
    scored = _scored(_proposals(keyphrase, lead, headings), source_title, keyphrase, matcher, essentials, limits)
    if not any(candidate.score >= 0 and candidate.how.split("+")[-1] not in FALLBACKS for candidate in scored):
        scored = _scored(_angle_proposals(keyphrase, lead), source_title, keyphrase, matcher, essentials, limits, scored)
    fuller = _says_more(scored)
    return sorted(scored, key=lambda candidate: (-candidate.score, -fuller[candidate.text], candidate.text))


FALLBACKS = frozenset({"subheading", "generic"})


def _scored(proposals, source_title: str | None, keyphrase: str, matcher: KeyphraseMatcher, essentials: set[str],
            limits: Limits, scored: list[TitleCandidate] | None = None) -> list[TitleCandidate]:
    """The candidates so far and the new proposals, tidied, scored, without a copy of the source title or a repeat."""
    scored = list(scored or [])
    seen = {candidate.text for candidate in scored}
    for text, how in proposals:
        text = _tidy(text)
        # « L'Institut s'est dit prêt à "tester »: a cut inside a quotation misquotes
        if (text and len(COLON_RE.findall(text)) < 2 and quotes_closed(text) and not title_copy(text, source_title, keyphrase)
                and text not in seen):
            seen.add(text)
            scored.append(TitleCandidate(text, _score(text, how, matcher, essentials, limits), title_width_px(text), how))
    return scored


def _says_more(scored: list[TitleCandidate]) -> dict[str, int]:
    """For each candidate, how many of the same score say only some of its words: between « le passage a été remarqué »
    and « le passage d’un gros météore a été remarqué », equally fit, the one that says what passed goes first."""
    tied: dict[float, list[frozenset[str]]] = {}
    words = {}
    for candidate in scored:
        words[candidate.text] = frozenset(fold(candidate.text).split())
        tied.setdefault(candidate.score, []).append(words[candidate.text])
    return {candidate.text: sum(other < words[candidate.text] for other in tied[candidate.score]) for candidate in scored}


def score_title(text: str, keyphrase: str, lead: str, source_title: str | None, how: str = "lead", limits: Limits = DEFAULT_LIMITS) -> float:
    """A title written elsewhere (a model's proposal) scored by the same rules; -1 when it copies the source title."""
    text = _tidy(text)
    if not text or title_copy(text, source_title, keyphrase):
        return -1.0
    return _score(text, how, KeyphraseMatcher(keyphrase), _essentials(lead), limits)


def _proposals(keyphrase: str, lead: str, headings: list[str]):
    """(title, how) pairs: the main clause of each lead sentence, fitted to the result line, after
    the keyphrase unless it opens with it; then subheadings and a generic tail. Each is scored afterwards."""
    key = capitalize_first(keyphrase)
    matcher = KeyphraseMatcher(keyphrase)
    for rank, sentence in enumerate(_sentences(lead)[: LEAD_SENTENCES + LATER_SENTENCES]):
        clause = title_clause(sentence)
        if clause:
            yield from _clause_proposals(key, matcher, clause, "main-clause" if rank == 0 else "lead" if rank < LEAD_SENTENCES else "later", rank)
    for heading in headings[:3]:
        if fold(keyphrase) not in fold(heading):
            yield f"{key} : {lowercase_first(heading)}", "keyphrase+subheading"
    yield f"{key} : ce qu’il faut retenir", "keyphrase+generic"


def _angle_proposals(keyphrase: str, lead: str):
    """(title, how) pairs: each lead sentence's angle, after the keyphrase."""
    key = capitalize_first(keyphrase)
    matcher = KeyphraseMatcher(keyphrase)
    for rank, sentence in enumerate(_sentences(lead)[: LEAD_SENTENCES + LATER_SENTENCES]):
        how = "angle" if rank == 0 else "later-angle"
        clause = angle_clause(sentence)
        if without_aside(clause) != clause:
            continue  # an angle stops at the aside's comma, short of the complement its verb needs (« faisait état, | le … »)
        for text in _angle_forms(clause):
            yield _with_keyphrase(key, text), f"keyphrase+{how}"
            if matcher.found_in(tokens(text)):
                yield capitalize_first(text), how  # « La Banque centrale européenne a maintenu ses trois taux »


def _clause_proposals(key: str, matcher: KeyphraseMatcher, clause: str, how: str, rank: int):
    """The clause's own forms, after the keyphrase or alone when they name it, and its count when it opens the lead."""
    for text in _shorter_forms(clause):
        yield _with_keyphrase(key, text), f"keyphrase+{how}"
        if (rest := _without_keyphrase_complements(text, matcher)) != text:
            yield _with_keyphrase(key, rest), f"keyphrase+{how}"  # « Rougeole en Savoie : les cas sont en hausse »
        if matcher.found_in(tokens(text)):
            yield text, how  # the clause names the subject itself
    if rank < FIGURE_SENTENCES:
        if counted := counted_with_verb(clause):  # a clause: its count, its noun and its verb
            yield _with_keyphrase(key, counted), f"keyphrase+{how}"
        for figure in counted_subjects(clause):
            yield _with_keyphrase(key, figure), "keyphrase+figure"


def _without_keyphrase_complements(text: str, matcher: KeyphraseMatcher) -> str:
    """The clause without the complements that say a word of the keyphrase again (« Les cas de rougeole sont en
    hausse en Savoie » after « Rougeole en Savoie : » -> « Les cas sont en hausse »): the keyphrase before the
    colon says them. Only when the clause keeps its verb and says none of the keyphrase's words any more."""
    if not matcher:
        return text
    keys = set(matcher.keys)
    rest = text
    for found in reversed(list(LINKED_WORD_RE.finditer(text))):
        if matcher.key(found.group("word")) in keys:
            rest = rest[: found.start()] + rest[found.end() :]
    rest = " ".join(rest.split()).strip(" ,")
    if rest == text or len(tokens(rest)) < TITLE_MIN_WORDS or not has_finite_verb(rest):
        return text
    if any(matcher.key(word) in keys for word in tokens(rest)):
        return text  # « les garanties occidentales » is still the keyphrase's head, cut from its complement
    return capitalize_first(rest)


LINKED_WORD_RE = re.compile(r"\s(?:de|du|des|d['’]|en|à|au|aux)\s?(?:(?:la|le|les)\s|l['’])?(?P<word>[\w\-]+)")


def heading_clause(sentence: str, max_chars: int) -> str:
    """The sentence's main clause, shortened like a title to at most `max_chars` (the longest such
    form), for a heading; '' when none fits."""
    clause = title_clause(sentence)
    fitting = [form for form in _shorter_forms(clause) if len(form) <= max_chars] if clause else []
    return max(fitting, key=len, default="")


HEADLINE_PARTICIPLE_RE = re.compile(r"\s(?P<stem>[a-zà-ÿ]{3,})(?:é|ée|és|ées)\b")
INDEFINITE_START_RE = re.compile(r"^(?:[Uu]ne?|[Dd]es)\s")
COLON_RE = re.compile(r"\s?:\s")  # « Relégation : deux solutions : soit la décision »: a second colon announces a list, cut


def _verbless_angle(form: str) -> bool:
    """« une manifestation dans un climat tendu »: an indefinite noun phrase is an angle of its own; not one cut inside
    an incise (« une adolescente de 12 ans, identifiée | par les autorités », a participle of the incise read as the
    headline's)."""
    return bool(INDEFINITE_START_RE.match(form)) and ", " not in form


def _shorter_forms(clause: str) -> list[str]:
    """The clause and faithful shortenings: its first predicate only (« … et a promu … » dropped),
    names without the role before them (« le président Volodymyr Zelensky » -> « Volodymyr
    Zelensky »), surnames, and each of these cut before a trailing complement."""
    forms = [clause, without_aside(clause)]
    forms.append(SECOND_PREDICATE_RE.split(clause, maxsplit=1)[0])
    forms.append(coordinated_head(clause) or clause)  # « 6 000 personnes ont été évacuées | et des bâtiments … »
    forms.append(second_predicate(clause) or clause)  # « L'accident s'est produit à Nice et a fait deux morts »
    head = re.split(r",\s", clause, maxsplit=1)[0]  # « magnitude 7,7 »: a decimal comma is no boundary
    # « L'incendie qui s'était déclaré à Le Massegros, … s'est étendu »: a relative before the comma, the verb after it
    # « Un gendarme âgé de 29 ans de l'EDSR, est décédé »: a comma before the verb leaves a subject, no clause
    if (head != clause and len(tokens(head)) >= TITLE_MIN_WORDS and balanced(head) and not RELATIVE_CLAUSE_RE.search(head)
            and (has_finite_verb(head) or not has_finite_verb(clause)) and not ends_on_compound_verb(head)
            and not without_aside(clause).startswith(head + " ")):  # « faisait état, | le 3 mai, de … »: the complement is past an aside
        forms.append(head)
    steps = (
        lambda form: [ADVERB_AFTER_VERB_RE.sub(r"\g<verb> ", form), without_adverbial_before_object(form)],
        # « L'orage qui a touché la vallée a fait des dégâts », « De nombreux produits sont rappelés »
        lambda form: [RELATIVE_BEFORE_NAME_RE.sub("", form), without_subject_relative(form), without_subject_participle(form),
                      without_indefinite_complement(form)],
        lambda form: [capitalize_first(ROLE_BEFORE_NAME_RE.sub("", form)), without_subject_incise(form)],
        lambda form: [surnames(form)],
        # « La Banque centrale européenne (BCE) » -> « La BCE », « l’abattoir de Lampaul-Guimiliau (Finistère) »,
        # « La sonde Cassini découvre » -> « Cassini découvre », « Le Kényan Felix Kandie » -> « Felix Kandie »
        name_forms,
    )
    forms = list(dict.fromkeys(forms))
    for step in steps:  # each step on every form so far, duplicates dropped: the forms do not multiply
        forms = list(dict.fromkeys([*forms, *(short for form in forms for short in step(form))]))
    # « Les deux candidats arrivés en tête », « Andrea à son arrivée chez Drouant »: no clause; « une manifestation
    # dans un climat tendu » is an angle of its own
    clauses = [form for form in forms if (has_finite_verb(form) and reads_alone(form)) or _verbless_angle(form)]
    headlines = [short for form in clauses if (short := headline(form)) != form]
    forms = list(dict.fromkeys(clauses + headlines))  # most shortenings leave a form as it was: cut each form once
    for form in list(forms):
        # a cut keeps the verb (« 23 condamnations … prononcées » in a headline); a verbless noun phrase only when
        # the whole clause was one, never the subject cut from its verb (« Une campagne de rappel … | a été lancée »)
        forms.extend(cut for cut in complement_cuts(form) if has_finite_verb(cut)
                     or (_verbless_angle(cut) and not has_finite_verb(form) and form not in headlines)
                     or (form in headlines and ", " not in cut and any(is_known_word(found.group("stem") + "er")
                                                                       for found in HEADLINE_PARTICIPLE_RE.finditer(cut))))  # not « lycée »
    return [form for form in dict.fromkeys(forms)  # « … de la Préhistoire à nos jours »: the cut may drop a quotation's voice
            if len(tokens(form)) >= TITLE_MIN_WORDS and _main_clause_like(form) and not NUMBER_END_RE.search(form) and reports(form)]


def _angle_forms(clause: str) -> list[str]:
    """The clause cut down to its subject, verb and object heads (french/angles), in headline style and with names
    as short as the source allows, when it holds a verb group read surely."""
    angles = compressed_angles(without_adverbial_before_object(clause))
    shorter = [*(headline(form) for form in angles), *(name for form in angles for name in name_forms(form)), *map(surnames, angles)]
    return [form for form in dict.fromkeys([*angles, *shorter])
            if len(tokens(form)) >= TITLE_MIN_WORDS and _main_clause_like(form) and not NUMBER_END_RE.search(form) and reports(form)
            and form[:1].isalnum() and (reads_alone(form) or not has_finite_verb(form))]  # « Les faits se sont produits »


NUMBER_END_RE = re.compile(r"(?<![A-Za-zÀ-ÿ])\d[\d.,\s]*$")  # « … en 2015 », « … de 8 »; a unit is no number (« m2 », « CO2 »)


def _main_clause_like(text: str) -> bool:
    """Not a subordinate clause (« Alors que … », « si … »), a participle phrase (« Attisé par … »), a
    clause stopped inside a relative (« … que les pays ») or opened by one (« et dont dépend … ») or by a
    restatement (« c'est-à-dire … »), a
    preposition left without its object (« dans la nuit de à » once the weekdays are gone), or a part of
    a set the previous sentence named (« 3 000 de ces foyers »)."""
    words = [fold(word) for word in tokens(text)]
    if SUBORDINATE_START_RE.match(text) or (words[0].endswith(("ant",)) and len(words[0]) > 5) or strands_report(text):
        return False
    if words[0] in CONNECTOR_STARTS or words[0] in PREPOSITION_STARTS or RESTATEMENT_START_RE.match(text):
        return False  # « dans le nord de la France »: a circumstance without its clause
    if DANGLING_PREPOSITION_RE.search(text) or BACK_REFERENCE_RE.search(text):
        return False
    if ((words[-1] in function_words() and words[-1] not in FINAL_FUNCTION_WORDS) or LOCUTION_END_RE.search(text)
            or ELIDED_DETERMINER_END_RE.search(text)):  # « la chance de gagner est d’une | sur 139 millions »
        return False  # « a brisé la routine du » once « jeudi 11 décembre » is gone, « gagne en savoir grâce | à … »
    return not set(words[-3:]) & {"que", "qu", "qui", "dont", "ou"}


ELIDED_DETERMINER_END_RE = re.compile(r"(?i)\b[dl]['’](?:une?|autres?)$")
# « … entre eux », « l'équipe première »: a pronoun or an ordinal after its noun ends a clause.
FINAL_FUNCTION_WORDS = frozenset("lui eux elle elles premier premiere premiers premieres".split())
# A preposition made of several words, cut before its « à » or « de » (« grâce | à », « par rapport | à », « en raison | de »).
LOCUTION_END_RE = re.compile(r"(?i)(?:\b(?:grâce|auprès|afin|lors|jusqu|par\s+rapport|en\s+raison|à\s+cause|à\s+partir|au\s+lieu|à\s+travers|"
                             r"en\s+face|à\s+proximité|en\s+dépit|au\s+sein|plus\s+tard|plus\s+tôt)|\bau-delà)$")  # « Quelques secondes plus tard | , … »


def _sentences(lead: str) -> list[str]:
    return [s for s in SENTENCE_END_RE.split(lead.strip()) if s]


# « Fête du Stade, le 18 juin 2023 Le Stade est devenu … »: a caption that ends on its date, glued to the sentence.
SENTENCE_END_RE = re.compile(r"(?<=[.!?…])\s+(?=[«“\"A-ZÀ-Þ0-9])|(?<=\s\d{4})\s+(?=(?:Le|La|Les|Un|Une)\s|L['’])")


def _with_keyphrase(key: str, text: str) -> str:
    """'Keyphrase : text', unless the text already starts with the keyphrase."""
    if fold(text).startswith(fold(key)):
        return text
    return f"{key} : {lowercase_first(text)}"



def _essentials(lead: str) -> set[str]:
    """Folded names (by surname) and numbers of the first lead sentence: what an informative title carries."""
    first = _sentences(lead)[0] if lead.strip() else ""
    return {fold(fact.text).split()[-1] if fact.kind == "name" else fold(fact.text)
            for fact in extract_facts(first) if fact.kind in {"name", "number", "date"}}


def _score(text: str, how: str, matcher: KeyphraseMatcher, essentials: set[str], limits: Limits) -> float:
    width = title_width_px(text)
    if width > limits.title_max_px:
        return -1.0
    score = 0.0
    position = matcher.phrase_position(text) if matcher else None
    if position is not None:
        score += 3.0 if position == 0 else 1.0  # the title check wants the keyphrase first
    folded = fold(text)
    score += min(3, sum(1 for item in essentials if re.search(rf"\b{re.escape(item)}\b", folded))) * 0.4
    score += 1.0 if width >= limits.title_min_px else width / limits.title_min_px
    score -= 3.0 * sum(1 for word in CLICKBAIT if word in folded)
    score += HOW_BONUS.get(how.split("+")[1] if how.startswith("keyphrase+") else how.split("+", maxsplit=1)[0], 0.0)
    score -= 2.0 if matcher and folded.count(fold(matcher.text)) > 1 else 0.0  # the keyphrase said twice
    score -= REPEAT_PENALTY[_angle_repeats_keyphrase(text, matcher)]
    return round(score, 3)


# « Elton John : John annonce … » says a keyphrase word again; « Migrant mort : un migrant est mort » says nothing more
REPEAT_PENALTY = {"": 0.0, "some": 2.0, "only": 5.0}


def _angle_repeats_keyphrase(text: str, matcher: KeyphraseMatcher) -> str:
    """« Keyphrase : angle » whose angle says a content word of the keyphrase again: "some", or "only"
    when the angle has no content word of its own; "" otherwise."""
    if not matcher or " : " not in text:
        return ""
    head, angle = text.split(" : ", 1)
    if fold(head) != fold(matcher.text):
        return ""
    words = {fold(word) for word in tokens(head)} - function_words()
    said = {fold(word) for word in tokens(angle)} - function_words() - AUXILIARIES
    return "" if not words & said else "only" if said <= words else "some"


STRAY_COMMA_RE = re.compile(r"^(?P<subject>(?:[^,;:]{1,60}\s:\s)?[^,;:«»“”\"()]{3,60}),\s(?=(?:a|ont|avait|avaient|est|sont|était|étaient)\s)")


def _tidy(text: str) -> str:
    """One line without a trailing stop, comma or coordinator (« supprimés samedi et dimanche » without
    its weekdays leaves « supprimés et »)."""
    text = " ".join(text.split()).strip(" ,;").rstrip(".")
    text = STRAY_COMMA_RE.sub(r"\g<subject> ", text)  # « un enfant de 6 ans, avait été attaqué »: a scraped typo
    while (words := text.rsplit(" ", 1)) and len(words) == 2 and fold(words[1]) in {"et", "ou", "ni", "mais"}:
        text = words[0].rstrip(" ,;")
    return text
