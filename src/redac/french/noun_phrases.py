"""The noun phrases of a sentence, for the clause frames (french/frames.py): names and determined common nouns
(« l'association », « le distributeur français Carmin », « les deux suspects »), each with the preposition before
it (« à », « au », « face à », « par », « de »), an apposition set between commas joined to the phrase it renames
(« le président sortant, Philippe Garnier, »), and the head a « de » complement or a relative pronoun stands for."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from redac.french.clause_verbs import DETERMINERS, gap, punctuated, verb_flags
from redac.french.lemmas import lemma
from redac.french.roles import Token, names_at, token_index
from redac.french.text import fold
from redac.french.wordlists import function_words

PRENOMINAL = {"ancien", "ancienne", "anciens", "anciennes", "nouveau", "nouvel", "nouvelle", "nouveaux", "nouvelles", "premier", "premiere",
              "dernier", "derniere", "grand", "grande", "petit", "petite", "jeune", "seul", "seule", "autre", "autres", "meme", "futur", "future",
              "actuel", "actuelle", "actuels", "actuelles"}
NUMBER_PARTS = {"deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze",
                "seize", "vingt", "vingts", "trente", "quarante", "cinquante", "soixante", "cent", "cents", "mille", "et"}
QUANTIFIERS = {"plusieurs", "quelques", "nombreux", "nombreuses"}
TIME_WORDS = {"semaine", "mois", "an", "annee", "jour", "journee", "soir", "soiree", "matin", "matinee", "nuit", "week-end", "lundi", "mardi",
              "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "printemps", "ete", "automne", "hiver", "fois", "heure", "minute", "saison",
              "veille", "lendemain", "fin", "debut", "mi-temps", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
              "septembre", "octobre", "novembre", "decembre"}  # « la semaine prochaine », « ce samedi », « le 1er juillet »: when, not who
OTHER_PREPOSITIONS = {"de", "d'", "du", "des", "en", "dans", "sur", "sous", "vers", "pour", "chez", "depuis", "entre", "selon", "avec", "sans",
                      "apres", "avant", "pendant", "lors", "malgre", "contre", "parmi", "jusqu'", "jusqu", "par"}
RECIPIENT_RELATIVES = {"laquelle", "lequel", "lesquels", "lesquelles", "qui"}  # after « à » (« à laquelle », « auquel »)
DATIVE_RELATIVES = {"auquel", "auxquels", "auxquelles"}
# « le distributeur français Carmin », « l'archéologue espagnole Lucía Moreno »: an adjective of nationality or kind
ADJECTIVE_ENDINGS = ("ais", "aise", "aises", "ain", "ains", "aine", "aines", "ien", "iens", "ienne", "iennes", "ois", "oise", "oises", "ant", "ants",
                     "ante", "antes", "al", "aux", "ale", "ales", "ol", "ole", "ols", "oles", "and", "ande", "ands", "andes")
# « au profit de X », « au détriment de X »: the side a choice favours or disfavours, whatever its verb
FAVOURING = {"profit": "favour", "benefice": "favour", "faveur": "favour", "detriment": "against", "depens": "against"}
DEMONSTRATIVES = {"celle", "celui", "ceux", "celles"}  # « celle de Grenoble »: the noun before, of another owner
APPOSITION_MAX = 6  # words of a noun phrase set between commas after another (« le président sortant, Philippe Garnier, »)
OPENING_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues")


@dataclass(frozen=True, slots=True)
class Phrase:
    keys: frozenset[str]  # surnames of its names, lemmas of its head nouns (appositions included)
    start: int  # token index of its first word (after any preposition)
    end: int  # token index of its last word
    marker: str  # the preposition before it: "", "a" (à, au, aux), "par", "face", "de"…
    named: bool  # it holds a name (« à la responsable du chantier, Lucía Moreno »)


def _before_noun(word: str) -> bool:
    """« l'ancienne », « quatorze », « 85 »: words between a determiner and its noun."""
    return word in PRENOMINAL or number_word(word) or word[:1].isdigit()


@lru_cache(maxsize=8192)
def number_word(word: str) -> bool:
    """« deux », « quatorze », « quatre-vingt-dix », « plusieurs »: a count before a noun."""
    return word in QUANTIFIERS or all(part in NUMBER_PARTS for part in word.split("-"))


def noun_phrases(sentence: str, words: tuple[Token, ...], quoted: tuple[bool, ...]) -> list[Phrase]:
    """Every noun phrase of the sentence with the preposition before it, an apposition set between commas (or
    before a relative pronoun) joined to the phrase it renames."""
    firsts = {token_index(words, fact.start + 1) - 1: fact for fact, _ in names_at(sentence)}  # the token holding its first letter (« l'État »)
    name_spans = {index: max(index, token_index(words, fact.end) - 1) for index, fact in firsts.items() if 0 <= index < len(words) and not quoted[index]}
    found: list[Phrase] = []
    fronted = _fronted_end(sentence, words)
    compared = any(word.text in DEMONSTRATIVES for word in words)
    index = 0
    while index < len(words):
        read = _phrase_at(sentence, words, index, name_spans, quoted)
        if read is None:
            index += 1
            continue
        keys, end = read
        apposed = _apposition(sentence, words, end, name_spans, quoted) if end + 1 != fronted else None
        marker = _marker(words, index)
        glued = words[index].text in ("du", "des") or words[index].text[:2] == "d'"  # « du chantier », not « de la région »
        head = found[-1] if found and marker == "de" and found[-1].end + (1 if glued else 2) == index else None
        counted = head is not None and (words[head.start].text[:1].isdigit() or number_word(words[head.start].text))  # « 300 000 euros de son distributeur, X »
        if apposed is not None and head is not None and not counted:  # « la responsable du chantier, l'archéologue Lucía Moreno »: the head is renamed
            named = any(head.start <= start <= apposed[1] for start in name_spans)
            found[-1] = Phrase(head.keys | apposed[0], head.start, apposed[1], head.marker, named)
            index = apposed[1] + 1
            continue
        if apposed is not None:
            keys, end = keys | apposed[0], apposed[1]
        named = any(index <= start <= end for start in name_spans)
        if head is not None and named and not apposed and not head.named and not counted and compared:
            # « l'offre de X à celle de Y », « l'action de A et celle de B »: the owner tells the two apart, the head noun names both
            found[-1] = Phrase(frozenset(keys), head.start, end, head.marker, True)
        else:
            found.append(Phrase(frozenset(keys), index, end, marker, named))
        index = end + 1
    return found


def _fronted_end(sentence: str, words: tuple[Token, ...]) -> int:
    """The token after the comma closing a fronted complement or participle (« Sans ministre à Reykjavik, la Russie »,
    « Libéré par Toulon, le Fidjien X »: what follows is the subject, not an apposition), or -1."""
    opening_participle = bool(words) and words[0].raw.endswith(OPENING_PARTICIPLE_ENDINGS) and verb_flags(words)[0]  # « Libéré par Toulon, X »
    if not words or (words[0].text not in function_words() and not opening_participle) or words[0].text in DETERMINERS:
        return -1
    return next((index for index in range(1, len(words)) if gap(sentence, words, index).strip() == ","), -1)


def _phrase_at(sentence: str, words: tuple[Token, ...], index: int, name_spans: dict[int, int], quoted: tuple[bool, ...]) -> tuple[set[str], int] | None:
    """The keys and last token of a noun phrase starting at `index` (a determiner, an elided one, a name, a number)."""
    if quoted[index]:
        return None
    word = words[index]
    if word.text in ("au", "aux", "en") and index + 1 < len(words) and words[index + 1].text in FAVOURING:
        return None  # « au détriment de X »: the locution marks the next phrase (`_marker`)
    if word.text in DEMONSTRATIVES and index + 1 < len(words) and (words[index + 1].text in ("de", "du", "des") or words[index + 1].text.startswith("d'")):
        return {word.text}, index  # « celle de Grenoble »: its « de » complement names it (`noun_phrases`)
    keys: set[str] = set()
    at = index
    if index in name_spans:
        keys.add(_name_key(sentence, words, index, name_spans[index]))
        at = name_spans[index]
    elif word.text[1:2] == "'" and word.text[:2] in ("l'", "d'") and len(word.text) > 3 and word.text[2:] not in function_words():
        head = index + 1 if word.text[2:] in PRENOMINAL and index + 1 < len(words) and not punctuated(sentence, words, index + 1) else index
        noun = words[head].raw[2:] if head == index else words[head].raw
        keys.add(fold(noun) if fold(noun) in TIME_WORDS else fold(lemma(noun)))  # « l'association », « l'ancienne championne », « l'été »
        at = head
    elif word.text in DETERMINERS or number_word(word.text) or word.text[:1].isdigit():
        at = index + 1
        while at < len(words) and _before_noun(words[at].text) and not punctuated(sentence, words, at):
            at += 1
        if at >= len(words) or quoted[at] or punctuated(sentence, words, at):
            return None
        if at in name_spans:
            keys.add(_name_key(sentence, words, at, name_spans[at]))
            at = name_spans[at]
        elif words[at].text in function_words() or not words[at].text[:1].isalpha() or verb_flags(words)[at]:
            return None
        else:
            keys.add(words[at].text if words[at].text in TIME_WORDS else fold(lemma(words[at].raw)))  # « l'été » is no « être »
    else:
        return None
    while at + 1 < len(words) and not punctuated(sentence, words, at + 1) and not quoted[at + 1]:  # « le distributeur français Carmin »
        following = words[at + 1]
        if at + 1 in name_spans and following.text[:2] != "d'":  # « 40 000 euros d'Armor Béton »: a « de » complement
            keys.add(_name_key(sentence, words, at + 1, name_spans[at + 1]))
            at = name_spans[at + 1]
        elif following.raw[:1].islower() and following.text not in function_words() and not verb_flags(words)[at + 1] and len(keys) == 1 \
                and following.text.endswith(ADJECTIVE_ENDINGS):
            at += 1  # an adjective of nationality or kind
        else:
            break
    return keys, at


def _apposition(sentence: str, words: tuple[Token, ...], end: int, name_spans: dict[int, int], quoted: tuple[bool, ...]) -> tuple[set[str], int] | None:
    """« le président sortant, Philippe Garnier, », « Lumen Films, une société bruxelloise à laquelle »."""
    following = end + 1
    if following >= len(words) or sentence[words[end].start + len(words[end].raw) : words[following].start].strip() != ",":
        return None
    read = _phrase_at(sentence, words, following, name_spans, quoted)
    if read is None or read[1] - following >= APPOSITION_MAX:
        return None
    if words[following].text[:1].isdigit():
        read = (set(), read[1])  # « Anouk Visser, 27 ans, »: an age, stepped over
    after = read[1] + 1
    closing = sentence[words[read[1]].start + len(words[read[1]].raw) : words[after].start if after < len(words) else len(sentence)].strip()
    opening = RECIPIENT_RELATIVES | DATIVE_RELATIVES | {"que", "qu'", "dont"}
    relative = after < len(words) and (words[after].text in opening or words[after].raw.lower() in ("à", "par"))
    return read if (closing in (",", ".", "") and (closing or relative)) or (not closing and relative) else None


def _name_key(sentence: str, words: tuple[Token, ...], first: int, last: int) -> str:
    return fold(words[last].raw).replace("’", "'").split("'")[-1]


def _marker(words: tuple[Token, ...], start: int) -> str:
    """The preposition a phrase follows: "a" for « à » and « au(x) » (a determiner that holds it), "face" for
    « face à », else the word before when it is a preposition."""
    word = words[start]
    locution = _locution(words, start)
    if locution:
        return locution
    if word.text in ("au", "aux"):
        return "face" if start and words[start - 1].text == "face" else "a"
    if word.text in ("du", "des") or word.text.startswith("d'"):
        return "de"
    previous = words[start - 1] if start else None
    if previous is None:
        return ""
    if previous.raw.lower() == "à":
        return "face" if start > 1 and words[start - 2].text == "face" else "a"
    if previous.text in ("par", "contre"):
        return previous.text
    return previous.text if previous.text in OTHER_PREPOSITIONS or previous.text in ("a", "face") else ""


def _locution(words: tuple[Token, ...], start: int) -> str:
    """« au détriment des lignes » ("against"), « en faveur de la ville » ("favour"), « plutôt que Noordmelk »
    ("rather"), « auprès de la mutuelle » (read as « à »): a preposition of two or three words before the phrase."""
    texts = [word.text for word in words[max(0, start - 3) : start + 1]]
    glued = texts[-1] in ("du", "des") or texts[-1].startswith("d'")  # the phrase's first token holds the « de »
    before = texts[:-1] if glued else texts[:-2] if len(texts) > 1 and texts[-2] in ("de", "d'") else None
    if before is not None and before[-1:] and before[-1] in FAVOURING and before[-2:-1] and before[-2] in ("au", "aux", "en"):
        return FAVOURING[before[-1]]
    if before is not None and before[-1:] == ["aupres"]:
        return "a"
    return "rather" if texts[-3:-1] == ["plutot", "que"] else ""


def closing_comma(sentence: str, words: tuple[Token, ...], index: int) -> int | None:
    """The token after the comma closing a short span opened before token `index`, or None."""
    for closing in range(index + 1, min(len(words), index + APPOSITION_MAX + 1)):
        spacing = gap(sentence, words, closing).strip()
        if spacing:
            return closing if spacing == "," else None
    return None


def repeated_keys(phrases: list[Phrase]) -> frozenset[str]:
    """Keys written in two phrases of the sentence (« le Stade toulousain … au Stade de France »): which one plays
    a role is not known."""
    seen: set[str] = set()
    twice: set[str] = set()
    for phrase in phrases:
        twice |= seen & phrase.keys
        seen |= phrase.keys
    return frozenset(twice)


def subject_ending(words: tuple[Token, ...], index: int, ending: dict[int, Phrase], markers: tuple[str, ...] = ("",)) -> Phrase | None:
    """The head phrase ending at token `index`, through its « de » complements (« les syndicats de cheminots »),
    when it follows one of `markers` (no preposition, for a subject)."""
    for _ in range(3):
        phrase = ending.get(index)
        if phrase is not None and phrase.marker in markers:
            return phrase
        start = phrase.start if phrase is not None else index
        if phrase is not None and phrase.marker != "de":
            return None
        if (phrase is not None and words[start].text in ("du", "des")) or words[start].text.startswith("d'"):
            index = start - 1
        elif start and words[start - 1].text in ("de", "d'"):
            index = start - 2
        else:
            return None
    return None


def antecedent(words: tuple[Token, ...], at: int, ending: dict[int, Phrase]) -> Phrase | None:
    """The noun phrase a relative pronoun at token `at` stands for: the one ending right before it (« à laquelle »,
    « par lequel » step over their preposition), through a « de » complement to its head."""
    before = at - 1
    if before >= 0 and (words[before].raw.lower() == "à" or words[before].text == "par"):
        before -= 1
    found = subject_ending(words, before, ending, ("", "a", "par", "face")) if before >= 0 else None
    if found is None and words[at].text in DATIVE_RELATIVES:  # « Julien Bertrand, directeur financier de la BRO, auquel »: past the title
        opening = next((index for index in range(before, max(-1, before - APPOSITION_MAX - 2), -1) if ending.get(index - 1) and index and
                        words[index].start > words[index - 1].start + len(words[index - 1].raw) + 1), None)
        found = subject_ending(words, opening - 1, ending) if opening else None
    return found
