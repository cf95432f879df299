"""Candidate phrases for a keyphrase: the noun phrases of a French text, joined as a noun phrase joins its words
(« de », « en », an article; a place after « dans le » or « à »), never across a locution (« d'abord »), a verb, an
attribution (« selon … ») or a cut name, with the surface each is written in."""

from __future__ import annotations

import re
from functools import lru_cache

from redac.french.dates import MONTH_NAMES, WEEKDAYS
from redac.french.events import befalls_event, is_event_noun, measured_by_next, needs_complement
from redac.french.lemmas import is_derived_adverb, is_known_word, lemma
from redac.french.phrases import DETERMINERS, LOCUTION_NOUNS
from redac.french.text import fold
from redac.french.tokens import match_form, strip_elision, tokens
from redac.french.wordlists import function_words

MAX_CONTENT_WORDS = 4
JOINERS = frozenset({"de", "du", "des", "d", "la", "le", "l", "les", "en", "a", "au", "aux", "et"})
# Words that only live inside locutions (« d'abord », « en effet », « au sein de », « à l'instar de »).
LOCUTION_WORDS = LOCUTION_NOUNS | frozenset("abord ailleurs effet outre fois part coup fur mesure lieu moins plus raison".split())
ATTRIBUTION = frozenset({"selon"})
# « a indiqué à l'AFP », « a confié au Parisien », « a témoigné auprès de l'AFP »: whom a speaker told is an outlet.
TELLING = frozenset("indique declare confie explique precise raconte affirme souligne temoigne".split())


# A comma or a stop between two digits is a decimal or a thousands mark (« magnitude 6,8 », « 8.000 euros »), no boundary.
CHUNK_RE = re.compile(r"(?<!\d)[,.]|[,.](?!\d)|[;:!?()«»“”\"–—/|]")


def phrase_surfaces(text: str, *, strict: bool = False, keep_case: bool = False):
    """(lemma key of the content words, surface text) for each candidate phrase in `text`.
    `strict` joins content words only as a noun phrase does (« de », « de la », « en »), never with
    « et », « à » or a bare article (« dans le », « à » before a name: « incendie dans le Gard »), and
    skips phrases that follow « selon » or « d'après ». `keep_case` keeps capitals met mid-sentence
    (« République en marche »); otherwise common words are lowercased."""
    words = tokens(text)
    forms = [match_form(word) for word in words]
    edges = [_is_edge_word(word) or (strict and _noun_by_place(words, forms, i)) for i, word in enumerate(words)]
    attributed = next((i for i, form in enumerate(forms) if form in ATTRIBUTION), len(forms)) if strict else len(forms)
    told = _told(words, forms) if strict else frozenset()
    for start, form in enumerate(forms):
        if start > attributed:
            break  # « selon une estimation Ipsos pour France Télévisions »: who says it, not what
        if not edges[start] or start in told or (strict and _elided_de(words[start]) and forms[start] in function_words()):
            continue
        if strict and (form in LOCUTION_WORDS or _inside_name(words, start) or _verb_after_auxiliary(words, start)):
            continue
        content: list[str] = []
        joiners: list[str] = []
        for end in range(start, min(len(words), start + 2 * MAX_CONTENT_WORDS)):
            if edges[end]:
                link = [*joiners, "d"] if strict and _elided_de(words[end]) else joiners
                if strict and (forms[end] in LOCUTION_WORDS or fold(words[end]).replace("’", "'") in LOCUTION_TOKENS
                               or not (_noun_phrase_link(link, words[end]) or _means_of_event(link, content, words[start], words[end]))):
                    break
                adjective_position = not joiners and end > start
                if (strict and adjective_position and end + 1 < len(words) and forms[end + 1] in DETERMINERS
                        and not _agreeing_adjective(words[end - 1], words[end], forms[end + 1]) and _reads_as_verb(words[end])):
                    break  # « vague de licenciements frappe le pays »: a verb, not an adjective (« centrale nucléaire du »)
                if strict and adjective_position and _finite_verb_after(words[end - 1], words[end]):
                    break  # « le film suive », « une femme assassinée | mis en examen »: a verb, no adjective of the noun
                if strict and adjective_position and _participle_before_object(forms, end):
                    break  # « rappel concernant | deux fromages »: a participle that governs what follows
                if strict and adjective_position and forms[end] in CALENDAR_WORDS:
                    break  # « d'un cran | lundi 29 janvier »: when it happened, no adjective of the noun
                content.append(lemma(words[end]))
                joiners = []
                if len(content) > MAX_CONTENT_WORDS:
                    break
                if strict and _inside_name(words, end + 1):
                    continue  # « président ukrainien Volodymyr | Zelensky »: never stop inside a name
                if strict and end + 1 < len(words) and words[end + 1][:1].isdigit() and not YEAR_RE.fullmatch(words[end + 1]) \
                        and not _starts_date(forms, end + 1):
                    # « séisme de magnitude | 7,7 », « Ligue | 1 », « Ariane | 6 »: the number completes the noun (a year does
                    # not), so the phrase ends on it
                    whole = not (end + 2 < len(words) and words[end + 2].isdigit())  # « 1 | 500 »: a number in groups
                    if len(content) < MAX_CONTENT_WORDS and whole:
                        yield (*content, words[end + 1]), _surface(words[start : end + 2], keep_case, opens_chunk=start == 0)
                    break
                if strict and len(content) > 1 and (measured_by_next(words, end) or needs_complement(words[end])):
                    continue  # « homme âgé | de 46 ans »: the adjective is cut from the figure it needs
                yield tuple(content), _surface(words[start : end + 1], keep_case, opens_chunk=start == 0)
            elif strict and not joiners and len(content) == 1 and befalls_event(words, end, start):
                joiners.append("d")  # « effondrement d'un pont », « meurtre d'un jeune homme »
            elif forms[end] not in JOINERS and not (strict and _against(forms[end], content, joiners, words[start])):
                break
            else:
                joiners.append(forms[end])


def _verb_after_auxiliary(words: list[str], start: int) -> bool:
    """« le taux a encore baissé | d'un demi-point », « ont été évacués »: a participle after « a », « est »… (« été » or an adverb
    between) is its clause's verb, never the head of a noun phrase."""
    back = start - 1
    while back >= 0 and start - back <= AUXILIARY_REACH and match_form(words[back]) in ADVERB_GAP:
        back -= 1
    return back >= 0 and strip_elision(words[back]).lower() in AUXILIARIES and words[start].lower().endswith(PARTICIPLE_ENDINGS)


AUXILIARIES = frozenset("a ont avait avaient aura auront aurait auraient est sont était étaient sera seront serait seraient fut furent".split())
ADVERB_GAP = frozenset("ete encore deja aussi bien egalement finalement enfin toujours jamais pas plus ensuite alors donc meme".split())
AUXILIARY_REACH = 3  # « a | pourtant | encore | baissé »: words back from the participle to its auxiliary


def _starts_date(forms: list[str], index: int) -> bool:
    """« mardi 29 | janvier », « le 3 | mars »: a day number is half of a date, never the number a noun takes."""
    return index + 1 < len(forms) and forms[index + 1] in MONTH_NAMES


CALENDAR_WORDS = frozenset(WEEKDAYS) | frozenset(MONTH_NAMES)


def _against(form: str, content: list[str], joiners: list[str], head: str) -> bool:
    """« mobilisation contre | la réforme des retraites »: what an event is against belongs to its name."""
    return form == "contre" and len(content) == 1 and not joiners and is_event_noun(head)


def _participle_before_object(forms: list[str], index: int) -> bool:
    following = forms[index + 1] if index + 1 < len(forms) else ""
    return forms[index].endswith("ant") and (following in function_words() or following[:1].isdigit())


def _finite_verb_after(before: str, word: str) -> bool:
    """Whether a word right after a content word is a verb of its clause rather than its adjective: a form of a verb
    (its lemma an infinitive) that is no participle (« suive », « prennent »), or a participle right after another one
    (« assassinée mis »: a second verb, the clause goes on)."""
    if not _verb_form(word) or (word.endswith(("s", "x")) and before.endswith(("s", "x"))):
        return False  # « résultats financiers »: a plural after a plural agrees with it (a verb of it would end in -nt)
    return not word.lower().endswith(PARTICIPLE_ENDINGS) or before.lower().endswith(PAST_PARTICIPLE_ENDINGS)


def _verb_form(word: str) -> bool:
    """A form of a verb other than its infinitive, as the lemmatizer reads it (« suive » -> « suivre »)."""
    form, base = match_form(word), lemma(word)
    return base != form and base.endswith(("er", "ir", "re", "oir"))


PAST_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")
PARTICIPLE_ENDINGS = (*PAST_PARTICIPLE_ENDINGS, "i", "ie", "is", "ies", "u", "ue", "us", "ues", "it", "ite", "its", "ites",
                      "ise", "ises", "int", "inte", "ints", "intes", "ert", "erte", "erts", "ertes")


def _agreeing_adjective(noun: str, word: str, following: str) -> bool:
    """« résultats financiers | du groupe »: a plural word after a plural noun, before « du » or « des », is an
    adjective agreeing with the noun (a verb of a plural subject ends in -nt)."""
    return following in {"du", "des"} and noun.endswith(("s", "x")) and word.endswith("s")


def _inside_name(words: list[str], index: int) -> bool:
    """Whether `index` falls between two capitalized words of one name (« d’Elon | Musk »: the elided « d’ » is no
    part of the first name)."""
    if not 0 < index < len(words):
        return False
    before = strip_elision(words[index - 1])
    return before[:1].isupper() and words[index][:1].isupper() and match_form(before) not in function_words()


def _reads_as_verb(word: str) -> bool:
    """Whether a word after a noun, before « du » or « le », may be a conjugated verb (« frappe ») rather than an
    adjective: an adjective has an adjective's ending and its base is no infinitive (« nucléaire », « européenne »)."""
    form, base = match_form(word), lemma(word)
    return not (form.endswith(ADJECTIVE_ENDINGS) and (base == form or not base.endswith(("er", "ir", "re", "oir"))))


ADJECTIVE_ENDINGS = ("aire", "aires", "ique", "iques", "ale", "ales", "el", "elle", "els", "elles", "ien", "ienne", "iens",
                     "iennes", "een", "eenne", "eens", "eennes", "ais", "aise", "aises", "ois", "oise", "oises", "if", "ive",
                     "ifs", "ives", "eux", "euse", "euses", "able", "ables", "ible", "ibles", "ain", "aine", "ains", "aines", "aux")


def _elided_de(word: str) -> bool:
    return word[:2].lower() in {"d'", "d’"} and len(word) > 2


LOCUTION_TOKENS = frozenset({"d'accord", "d'abord", "d'ailleurs", "d'ores", "d'autant", "d'emblee", "d'office", "d'urgence"})


def _noun_phrase_link(joiners: list[str], following: str) -> bool:
    """Words that may stand between two content words of a noun phrase (a place after « dans le »)."""
    link = tuple(joiners)
    return link in STRICT_LINKS or (link in PLACE_LINKS and following[:1].isupper())


def _means_of_event(joiners: list[str], content: list[str], head: str, following: str) -> bool:
    """« alerte à la bombe », « attaque au couteau », « fraude à la TVA »: what an event is made with or about,
    after « à la » or « au », belongs to its name (never a place: « à Paris » is `PLACE_LINKS`')."""
    return (len(content) == 1 and tuple(joiners) in MEANS_LINKS and head[:1].islower() and is_event_noun(head)
            and not following[:1].isupper())


MEANS_LINKS = frozenset({("a", "la"), ("au",), ("a", "l")})
STRICT_LINKS = frozenset({(), ("de",), ("d",), ("du",), ("des",), ("en",), ("de", "la"), ("de", "l"), ("de", "le"), ("de", "les"),
                          ("contre", "la"), ("contre", "le"), ("contre", "les"), ("contre", "l")})
PLACE_LINKS = frozenset({("dans", "le"), ("dans", "la"), ("dans", "l"), ("dans", "les"), ("a",), ("au",), ("aux",)})


# Adverbs the function word list leaves out: « eaux partout en France » is no noun phrase.
YEAR_RE = re.compile(r"(?:1[89]|20)\d\d")
PHRASE_ADVERBS = frozenset("partout notamment surtout actuellement desormais environ seulement egalement neanmoins "
                           "pourtant ensuite enfin jamais souvent parfois presque tres "
                           # « Loin de baisser les bras, … »: an adverb opens no noun phrase
                           "loin bientot vite longtemps tard tot davantage plutot aussitot autrefois auparavant quasiment vraiment "
                           # prepositions the function word list leaves out: « circonscriptions hors Ile-de-France »
                           "hors durant sauf excepte hormis".split())


def _told(words: list[str], forms: list[str]) -> frozenset[int]:
    """The words naming whom a speaker told (« a indiqué à l'AFP », « a déclaré au Parisien », « a témoigné auprès de
    France Bleu Isère »): the outlet that carries a quotation is never what the article is about."""
    told: set[int] = set()
    for index, form in enumerate(forms[:-1]):
        if form not in TELLING:
            continue
        start = index + 2 if forms[index + 1] in ("a", "au", "aux") else index + 3 if forms[index + 1] == "aupres" else None
        if forms[index + 1] == "aupres":
            told.add(index + 1)
        if start is not None and start < len(forms) and forms[start] in ("la", "le", "les"):
            start += 1
        while start is not None and start < len(words) and strip_elision(words[start])[:1].isupper():
            told.add(start)
            start += 1
    return frozenset(told)


def _noun_by_place(words: list[str], forms: list[str], index: int) -> bool:
    """A word the sentence itself makes a noun, whatever a dictionary says of its form: one right after an article
    that no subject pronoun makes an object pronoun (« les soldes d’hiver », not « il les solde »), or a word after an
    elided « d’ » (« soldes d’été »; a capitalized one only inside a name: « Ballon d’Or »)."""
    form = forms[index]
    if form in function_words() and not (index > 1 and _elided_de(words[index]) and _name_word(words[index - 1])):
        return False
    if _elided_de(words[index]):  # « soldes d’été », « Ballon d’Or »: what follows « d’ » is a noun
        bare = strip_elision(words[index])
        return index > 0 and (_name_word(words[index - 1]) if bare[:1].isupper() else len(bare) > 2 and bare.isalpha())
    if form in PHRASE_ADVERBS or len(form) < 3 or not form.isalpha():
        return False
    before = forms[index - 1] if index else ""
    return before in NOUN_ARTICLES and (index < 2 or forms[index - 2] not in SUBJECT_PRONOUNS)


def _name_word(word: str) -> bool:
    return word[:1].isupper() and match_form(word) not in function_words()


NOUN_ARTICLES = frozenset({"le", "la", "les", "des", "du", "un", "une", "ces", "ses", "leurs", "nos", "vos"})
SUBJECT_PRONOUNS = frozenset({"il", "elle", "on", "ils", "elles", "je", "tu", "nous", "vous", "qui", "ne", "n", "ce", "c"})


REFLEXIVE_ELISIONS = frozenset({"s'", "s’"})


@lru_cache(maxsize=65536)
def _is_edge_word(word: str) -> bool:
    """A content word that can start or end a keyphrase: not a function word, number or verb form; an acronym of two
    signs is one (« G7 », « UE », « F1 »)."""
    form = match_form(word)
    if form in function_words() or form in PHRASE_ADVERBS or not any(ch.isalpha() for ch in form):
        return False
    if word[:2].lower() in REFLEXIVE_ELISIONS:
        return False  # « la comète Q4 | s'offre à notre regard »: « s' » only ever opens a verb
    if is_derived_adverb(word) and not is_known_word(word.lower()):
        return False  # « tentative de fraude | supposément »: an adverb, not « gouvernement »
    if len(form) < 3:
        bare = strip_elision(word)
        return len(bare) == 2 and bare.isupper() and bare.isalnum()
    base = lemma(word)
    if form in (base + "s", base + "x"):  # "dossiers", "pourparlers": a plural noun, not a verb form
        return True
    return not (base != form and base.endswith(("er", "ir", "oir")) and not word[0].isupper())


def _surface(words: list[str], keep_case: bool = False, opens_chunk: bool = False) -> str:
    """The phrase as it reads, elision dropped at its start and common words lowercased (unless
    `keep_case`: a capital met mid-sentence belongs to a name, « République en marche »). Where the phrase
    opens its chunk, its first capital may be the sentence's: it stays only before another capital
    (« L'Institut Pasteur »), while the capitals after it are mid-sentence ones (« Mondial de Paris »)."""
    shown = [strip_elision(words[0]), *words[1:]]
    first_kept = not opens_chunk or (len(shown) > 1 and shown[1][:1].isupper())
    return " ".join(word if (keep_case and (i > 0 or first_kept)) or is_proper(strip_elision(word)) or _name_part(shown, i)
                    else word.lower() for i, word in enumerate(shown))


def _name_part(words: list[str], index: int) -> bool:
    """« Bernard Petit », « Jean Moulin »: a capitalized word after a name is part of it, a known word or not; so is one
    before a name past the phrase's first word (« grève à Air France »)."""
    if not words[index][:1].isupper():
        return False
    return (index > 0 and is_proper(words[index - 1])) or (0 < index < len(words) - 1 and is_proper(words[index + 1]))


def is_proper(word: str) -> bool:
    """Acronyms and capitalized words that are not common French words keep their capitals."""
    return (word.isupper() and len(word) > 1) or (word[:1].isupper() and not is_known_word(word.lower()) and not is_derived_adverb(word))
