"""Shorter title forms that keep the facts exact: a clause cut before a trailing complement (« … face aux frappes
russes »), unless the cut strands a verb or a participle that needs it (« mis | en examen », « avait subi, | au fil
des ans, des désordres »), and people by their surname (« Donald Trump » -> « Trump »), never a body's or a firm's
last word (« Commission Nationale »)."""

from __future__ import annotations

import re

from redac.french.clause_verbs import has_verb
from redac.french.events import needs_complement
from redac.french.facts import extract_facts
from redac.french.headlines import ends_on_compound_verb, has_finite_verb, leaves_verb_hanging
from redac.french.lemmas import is_known_word, lemma
from redac.french.passive import EN_VERBS, is_past_participle, participle_infinitive
from redac.french.text import fold
from redac.french.tokens import strip_elision, tokens
from redac.french.wordlists import function_words

AUXILIARIES = frozenset("est sont etait etaient sera seront a ont avait avaient ete etre avoir".split())
# Prepositions that open a circumstance clause which can move to the front of a title.
COMPLEMENT_START_RE = re.compile(
    r"\s(?:au|aux|sur|pour|avec|après|avant|face|lors|dans|par|contre|malgré|en|depuis|entre|à\s+la\s+suite|à\s+l['’]issue|au\s+cours|à\s+cause|en\s+raison|suite|"
    r"à\s+la\s+demande|à\s+l['’]initiative|à\s+l['’]occasion|à\s+la\s+faveur)\s"  # « mis à l'arrêt | à la demande de l'ASN »
)
# « … avec Volodymyr Zelensky | des défenses aériennes »: after a name, « de » opens the verb's complement.
AFTER_NAME_RE = re.compile(r"\b[A-ZÀ-Þ][\w\-]+(?P<cut>\s(?:de|des|du|à|au|aux)\s)")
# A cut right after a verb form would leave the verb without the complement it needs (« a appelé »).
VERB_END_RE = re.compile(r"(?:er|ir)$")


# « La directrice raconte l’enfer | que son équipe a vécu »: a relative clause after a determined noun says more about a
# thing the title names already; a shell noun (« un sujet qui … ») says nothing without it.
OBJECT_RELATIVE_RE = re.compile(r"(?:\s|[Dd]['’])(?:(?:[Ll]e|[Ll]a|[Ll]es|[Uu]n|[Uu]ne|[Dd]es|[Dd]u|[Ss]on|[Ss]a|[Ss]es|[Ll]eurs?)\s|[Ll]['’])"
                                r"(?:[a-zà-ÿ\-]+\s)?(?P<noun>[a-zà-ÿ\-]{3,})(?P<cut>\s(?:qui|que|qu['’]|dont)\b)")
SHELL_NOUNS = frozenset("sujet chose fait question moment facon maniere sorte genre cas point idee type".split())
MEANING_COMPLEMENT_RE = re.compile(r"\s(?:avec\s+sursis|sans\s)")
DURATION_END_RE = re.compile(r"\b(?:jours?|heures?|semaines?|mois|ans|années?|minutes?)$")


# an adverb that announces the complement a cut drops: the cut ends before it, with its comma
TRAILING_INTRODUCER_RE = re.compile(r"(?i),?\s+(?:notamment|surtout|principalement|essentiellement|particulièrement|en particulier|dont|comme|ainsi que)$")


# « mis en examen », « placé en garde à vue », « remis en liberté »: « en » and a common noun finish the verb.
LOCUTION_COMPLEMENT_RE = re.compile(r"\sen\s[a-zà-ÿ]")
# « Les victimes ont été transportées | dans un état grave vers l'hôpital »: a verb of carrying needs where to.
CARRIED_RE = re.compile(r"^(?:transporte|(?:re)?conduit|emmene|r?amene|achemine|transfere|envoye)e?s?$")  # folded participles


def _ends_on_en_verb(words: list[str]) -> bool:
    """Whether the clause's last verb is one that « en » completes (« a placé le système de santé »), not one of its
    subject (« le suspect placé en garde à vue a avoué »)."""
    last_verb = max((index for index, word in enumerate(words) if index and participle_infinitive(word) in EN_VERBS), default=0)
    return bool(last_verb) and not any(fold(word) in AUXILIARIES for word in words[last_verb + 1 :])


# « la mairie a précisé », « Bouygues Telecom a prévenu »: a reporting verb at the end, what it reports was cut.
ENDS_ON_REPORT_RE = re.compile(
    r"\b(?:a|ont|avait|avaient|aurait|auraient)\s+(?:annoncé|indiqué|déclaré|affirmé|assuré|précisé|expliqué|souligné|ajouté|"
    r"estimé|rapporté|confirmé|signalé|prévenu|averti|révélé|reconnu|rappelé|jugé|dit|écrit|fait\s+savoir)$"
)


def strands_report(form: str) -> bool:
    """Whether a title form stops on a reporting verb, without what is reported."""
    return bool(ENDS_ON_REPORT_RE.search(form.rstrip(" :")))


# « Le dernier pointage faisait état, | le 19 février, de 1 100 000 soutiens », « a ainsi brûlé, | à lui tout seul, plus
# d'un million d'hectares »: past a short aside, the verb's complement goes on; what stands before the aside lacks it.
COMPLEMENT_START = (r"(?:d['’]|l['’]|(?:de|du|des|à|au|aux|sur|pour|avec|contre|vers|le|la|les|un|une|son|sa|ses|leur|leurs"
                    r"|ce|cet|cette|ces|plus|moins|près|environ|\d[\d\s.,]*)\b)")
ASIDE = r"(?P<aside>[^,]{1,60}),\s(?P<complement>" + COMPLEMENT_START + r"[^,]*)"
ASIDE_BEFORE_COMPLEMENT_RE = re.compile(r",\s" + ASIDE)
# An aside is a when, where or how (« le 19 février », « au fil des ans »); a clause or a list goes on otherwise
# (« , que ce soit sur les plages de la Martinique, la Guadeloupe … », « , mais sans entraîner de pagaille, l'aviation … »).
CLAUSE_OPENERS = frozenset("que qu mais et ou ni car donc puis or sans si quand lorsque comme dont qui alors tandis".split())


COMPLEMENT_VERB_WORDS = 5  # a verb this near opens a clause of its own (« , le conseil est dissous »), not a complement


def without_aside_before_complement(clause: str) -> str:
    """The clause without a short verbless aside between a verb and its complement (« faisait état, le 19 février, de
    … » -> « faisait état de … »): a title keeps the verb with what it needs, the article says the rest."""
    for found in ASIDE_BEFORE_COMPLEMENT_RE.finditer(clause):
        if _is_aside_then_complement(clause[:found.start()], found):
            return clause[:found.start()] + " " + clause[found.start("complement"):]
    return clause


def _verb_word(word: str) -> bool:
    """A verb's form on its own (« faisait », « brûlé »), not a name nor « à », which folds like « a »."""
    return word[:1].islower() and fold(word) not in function_words() and (has_verb(word) or is_past_participle(word))


def _is_aside_then_complement(head: str, found: re.Match[str]) -> bool:
    """The aside follows the verb itself (« faisait état, », « a ainsi brûlé, »: not an item of a list after a
    complement, « à Autrans, Bessans, au Sappey »), opens no clause and has no verb; the complement has no verb near."""
    aside, before = tokens(found.group("aside")), tokens(head)[-2:]
    return (bool(aside) and any(_verb_word(word) for word in before)
            and fold(strip_elision(aside[0])) not in CLAUSE_OPENERS and not has_finite_verb(found.group("aside"))
            and not _opens_clause(found.group("complement")))


def _opens_clause(complement: str) -> bool:
    """Whether what follows the aside is a subject and its verb (« , le conseil est dissous »): only a determiner can
    open one; a preposition or a quantity (« de 1 100 000 soutiens », « plus d'un million ») cannot."""
    words = tokens(complement)[:COMPLEMENT_VERB_WORDS]
    return bool(words) and fold(words[0]).replace("’", "'").split("'")[0] in SUBJECT_DETERMINERS and has_finite_verb(" ".join(words))


SUBJECT_DETERMINERS = frozenset("l le la les un une son sa ses leur leurs ce cet cette ces".split())


def complement_cuts(title: str) -> list[str]:
    """The title cut before each of its last prepositional complements ("… face aux frappes russes")."""
    cuts = []
    starts = [m.start() for m in COMPLEMENT_START_RE.finditer(title)] + [m.start("cut") for m in AFTER_NAME_RE.finditer(title)]
    relatives = {m.start("cut") for m in OBJECT_RELATIVE_RE.finditer(title) if fold(m.group("noun")) not in SHELL_NOUNS}
    starts += relatives
    for start in sorted(starts):
        if MEANING_COMPLEMENT_RE.match(title, start) or (DURATION_END_RE.search(title[:start]) and title[start:].lstrip()[:5] in {"après", "avant"}):
            continue  # « prison | avec sursis », « douze jours | après l'attaque »: the complement changes what it says
        head = TRAILING_INTRODUCER_RE.sub("", title[:start].rstrip(" ,"))  # « …déclarés, notamment | en Ardèche »
        words = tokens(head)
        if len(words) < 3:
            continue
        last = words[-1]
        # « un sommet axé | sur … », « est pourtant marquée | par … »: a participle that is not the verb right after
        # its auxiliary (« sont entravées ») needs the complement the cut would drop
        dangling = ((is_past_participle(last) and last[:1].islower() and fold(strip_elision(words[-2])) not in AUXILIARIES
                     and lemma(last).endswith(("er", "ir", "re", "oir")))  # « inchangés » is an adjective, « axé » a verb's
                    or leaves_verb_hanging(head, title[start:]) or needs_complement(last)
                    or (title[:start].rstrip().endswith(",") and ends_on_compound_verb(head))  # « avait subi, | au fil des ans, des désordres »
                    # « mis | en examen », « a mis les engins | en orbite »: the verb and its object need the « en »
                    # (« a placé le système | de santé en état de vigilance »: the « en » after the object's complement)
                    or (_ends_on_en_verb(words)
                        and LOCUTION_COMPLEMENT_RE.search(" " + title[start:].split(",", 1)[0]))
                    or bool(CARRIED_RE.match(fold(last))))
        if (start in relatives or not VERB_END_RE.search(head)) and fold(last) not in function_words() and not dangling and balanced(head):
            cuts.append(head)
    return cuts


# A name after an article is a thing's (« le Greenland Festival », « la Cité Radieuse »), not a person's.
ARTICLE_END_RE = re.compile(r"(?:^|\s)(?:[Ll]e|[Ll]a|[Ll]es|[Dd]u|[Dd]es|[Aa]u|[Aa]ux)\s$|[Ll]['’]$")


def surnames(text: str) -> str:
    """'Donald Trump et Volodymyr Zelensky' -> 'Trump et Zelensky': a surname names the same person."""
    for fact in sorted(extract_facts(text), key=lambda f: -f.start):
        words = fact.text.split()
        if (fact.kind == "name" and len(words) == 2 and all(w[:1].isupper() and not w.isupper() for w in words)
                and not _institution_name(words) and not ARTICLE_END_RE.search(text[: fact.start])):  # « le Greenland Festival »
            text = text[: fact.start] + words[-1] + text[fact.end :]
    return text


def _institution_name(words: list[str]) -> bool:
    """« Commission Nationale », « Dedalus Biologie »: two known words, or a last word that is a common noun by its
    ending, name a body or a firm, whose last word is no surname (« Ségolène Royal » keeps « Royal »)."""
    last = words[-1].lower()
    return is_known_word(last) and (is_known_word(words[0].lower()) or last.endswith(COMMON_NOUN_ENDINGS))


COMMON_NOUN_ENDINGS = ("ie", "ion", "ique", "té", "ment", "age", "isme", "ure", "ance", "ence")


def balanced(text: str) -> bool:
    """Quotation marks and brackets in pairs (« ‘’à tous les Iraniens » once its end was cut is not)."""
    return (text.count("«") == text.count("»") and text.count("(") == text.count(")") and text.count('"') % 2 == 0
            and text.count("“") + text.count("‘’") == text.count("”") + text.count("’’"))


# « a effectué avec succès | son premier vol », « a prévenu par e-mail ou SMS | l’ensemble des clients »: a short
# complement between a compound verb and its object (no determiner of its own) can go; the verb keeps its object.
ADVERBIAL_BEFORE_OBJECT_RE = re.compile(
    r"(?P<verb>\b(?:a|ont|avait|avaient|aurait|auraient)\s+[a-zà-ÿ]{3,})\s+(?:avec|par|en|lors|depuis)"
    r"(?:\s(?!(?:le|la|les|un|une|des|du|son|sa|ses|leur|leurs|ce|cet|cette|ces)\b)[\w\-’']+){1,3}"
    r"\s(?=(?:(?:le|la|les|un|une|des|son|sa|ses|leur|leurs|ce|cet|cette|ces)\s|[Ll]['’]\w))"
)


def without_adverbial_before_object(form: str) -> str:
    """The form without a short complement that stands between a compound verb and its object."""
    return ADVERBIAL_BEFORE_OBJECT_RE.sub(r"\g<verb> ", form, count=1)
