"""Which noun a number counts: « 14 chars » must not become « 14 avions », while « 12 personnes » may stand
for « douze morts » and « 18 000 employés » for « dix-huit mille salariés » (french/nouns.py)."""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import TYPE_CHECKING

from redac.checks.findings import Finding
from redac.french.facts import Fact, extract_facts
from redac.french.lemmas import content_lemmas, is_derived_adverb, lemma, same_stem
from redac.french.nouns import may_count_same
from redac.french.numbers import spelled_facts, word_numbers, written_number
from redac.french.roles import CLAUSE_END_RE, outside_quotes
from redac.french.text import fold
from redac.french.tokens import tokens
from redac.french.wordlists import function_words

if TYPE_CHECKING:
    from redac.checks.faithfulness import SourceFacts, SourceSentence

COUNT_SKIPPED = {
    "de", "d", "des", "du", "autres", "autre", "nouveaux", "nouvelles", "nouveau", "nouvelle", "premiers", "premieres",
    "derniers", "dernieres", "jeunes", "grands", "grandes", "petits", "petites", "seuls", "seules", "principaux",
    "principales", "anciens", "anciennes", "millions", "milliards", "mille", "environ", "au", "moins", "plus",
}
SUPERLATIVE = {"plus", "moins"}  # right after the number, before an adjective: « les deux plus grands clubs »
MASS_UNITS = {"kg"}  # units of facts.py a number of tonnes or kilos is read in: the noun counted follows « de »
MEASURE_NOUNS = {"poste", "tonne", "litre", "kilo", "hectare", "metre", "lot", "serie", "groupe", "dose", "sac", "caisse", "paire"}
HOMOGRAPH_NOUNS = {"avions", "bus", "cars", "points", "faits", "tours", "fois", "etes"}  # nouns spelled like function words
GENERIC_PEOPLE = {"personne", "individu", "gens", "participant", "membre"}  # nouns that count people without saying more
PEOPLE_UNITS = {"personne", "mort", "blesse", "habitant"}  # units of facts.py that are counted nouns
PARTITIVES = {"d'entre", "parmi"}  # « quatre d'entre elles »: a part of a set named before, which its own noun counts
LOCUTION_HEADS = {"face", "grace", "suite", "quant", "pres"}  # « 31 à 27 face à Chambéry », « à huit voix près »: a preposition, no noun
FINITE_ENDINGS = ("aient", "ait", "ent", "erent", "eront", "erait", "irent", "issent")  # verb forms, never a counted noun
ELIDED_ARTICLE_RE = re.compile(r"^l'")
PARTITIVE_RE = re.compile(r"(?i)\s+(?:d['’]entre|parmi)\s+(?:eux|elles)\b")
SHARE_OF_RE = re.compile(r"(?i)\bsur\s*$")
PART_OF_RE = re.compile(r"(?i)\bdont\s*$")
NOT_NOUN_ENDINGS = ("ment", "er", "ir", "re")  # an adverb or a participle's verb after « dont deux »: the noun is the whole's
YEAR_RE = re.compile(r"^(?:1[89]|20)\d\d$")
ORDINAL_VALUE_RE = re.compile(r"\d+e")
MULTIPLIER_RE = re.compile(r"\s*fois\s+(?:plus|moins)\b")
DIFFERENCE_RE = re.compile(r"\s+de\s+(?:plus|moins)\b")
FRACTIONS = {"tiers", "quart", "cinquieme", "sixieme", "huitieme", "dixieme", "centieme", "moitie"}
SCORE_AFTER_RE = re.compile(r"\s+[^\W\d_]+\s+à\s+(\d+|[^\W\d_]+(?:-[^\W\d_]+)*)\s*(?:[,.;:)]|$)")  # « 45 touches à 41 »
SCORE_RE = re.compile(r"\d\s*[-–]\s*$")  # « battu Lublin 3-2 », « 25-23 »: the second number of a score counts nothing
CLOCK_MINUTES_RE = re.compile(r"\d\s*h\s*$")  # « après 2 h 38 de jeu »: the minutes of a time, no count
LISTED_RE = re.compile(r"^[^,;.()«»:]{1,40}?[(:]([^)]*)")  # « trois sets (6-4, 3-6, 7-5) »: the items the count announces
LIST_SEPARATOR_RE = re.compile(r",|\bet\b")
NOMINAL_MIN = 5  # letters of a noun read as its verb's stem (« abandon », « abandonner »), at least
NOMINAL_STEM = 3  # letters a noun and the verb it is made from share, at least
NOUN_SUFFIXES = {"ant", "ante", "eur", "euse", "age", "ement", "ation", "ion"}  # « votant », « licenciement »: nouns of verbs


def counted_issues(sentence: str, source: SourceFacts, local: int | None) -> list[Finding]:
    found: list[Finding] = []
    shares = [(start, end) for start, end, value in spelled_facts(sentence) if value.endswith("%")]
    for fact in extract_facts(sentence):
        number, noun = _count_of(sentence, fact) or ("", None)
        if noun is None or (noun[0] == "fois" and (MULTIPLIER_RE.match(sentence, fact.end) or _occurrences_of(number, source, local))) \
                or DIFFERENCE_RE.match(sentence, fact.end) or noun[0] in FRACTIONS or _counts_its_list(sentence, fact, number):
            continue  # « deux fois moins que », « quatre de plus », « trois cinquièmes », « trois sets (…) »: a ratio, a difference, a share, a list
        lemmas = source.sentences[local].lemmas if local is not None else frozenset()
        if any(start <= fact.start < end for start, end in shares) and (noun[0] in lemmas or _nominal(noun, lemmas)):
            continue  # « six serveurs sur dix » for « 60 % des serveurs »: a share of what the passage names, no count
        scope = source.window(local) if local is not None else source.sentences
        holders = [said for said in scope if any(_bare(f.value, True) == number for f in said.facts if f.kind == "number")]
        if not holders and local is not None:
            holders = [said for said in source.sentences if any(_bare(f.value, True) == number for f in said.facts if f.kind == "number")]
        theirs = {(said, counted) for said in holders for f in said.facts if f.kind == "number" and _bare(f.value, True) == number
                  for counted in [(_count_of(said.text, f, ordinal=True) or ("", None))[1]] if counted is not None}
        around = source.sentences_by_lemma.keys()  # « six marins » for « six membres d'équipage » where the source says « marins »
        other_count = bool(theirs) and not any(_same_count(noun, counted, _free_nouns(said, number), around) for said, counted in theirs)
        not_around = not theirs and bool(holders) and not any(_names_it(noun, _set_named(said, number, source)) or _elided(noun, said) for said in holders)
        if other_count or not_around:
            found.append(("counted", f"{fact.text} {' '.join(noun)}" if fact.kind == "number" and len(fact.value.split()) == 1 else fact.text,
                          "le nombre compte autre chose dans la source", holders[0]))
    return found


def _occurrences_of(number: str, source: SourceFacts, local: int | None) -> bool:
    """« est intervenue trente-sept fois » for « a réalisé 37 interventions », « trois fois sur la piste » for « trois
    séances »: « fois » counts the times the verb's action was done, whatever noun the aligned sentence counts them
    with; only that sentence's count (a « trois » said of another thing elsewhere in the source is no « trois fois »)."""
    return local is not None and any(f.kind == "number" and _bare(f.value, True) == number for f in source.sentences[local].facts)


def _names_it(noun: tuple[str, ...], lemmas: Collection[str]) -> bool:
    """Whether these lemmas name what the noun counts: the noun itself or a word of its family (« cinq randonneurs » where
    « cinq skieurs de randonnée » go, french/lemmas.same_stem), or the verb it is the noun of (« cinq abandons »)."""
    return set(noun) <= set(lemmas) or any(same_stem(noun[0], word) for word in lemmas) or _nominal(noun, frozenset(lemmas))


def _elided(noun: tuple[str, ...], said: SourceSentence) -> bool:
    """« Besson a marqué neuf buts, Haddad sept » said « auteur de sept réalisations »: the noun another number of the
    source sentence counts, left out after this one, or a synonym of it."""
    counted = [found[1] for f in said.facts if f.kind == "number" and (found := _count_of(said.text, f)) and found[1]]
    return any(may_count_same(noun[0], other[0]) for other in counted)


def _set_named(said: SourceSentence, number: str, source: SourceFacts) -> frozenset[str]:
    """The lemmas that may name what a source sentence counts: its own, and where it counts a part of a set by a pronoun
    (« a emporté trois d'entre eux »), those of the sentences before it, where the set is named (« trois skieurs »)."""
    partitive = any(f.kind == "number" and _bare(f.value) == number and PARTITIVE_RE.match(said.text, f.end) for f in said.facts)
    if not partitive:
        return said.lemmas
    at = next((index for index, other in enumerate(source.sentences) if other is said), 0)
    before = source.sentences[max(0, at - source.limits.claim_pronoun_context) : at]
    return said.lemmas.union(*(other.lemmas for other in before))


def _counts_its_list(sentence: str, fact: Fact, number: str) -> bool:
    """A count of the items the sentence lists right after it (« en trois sets (6-4, 3-6, 7-5) », « deux buteurs : X et
    Y »): the article counts what it shows, not a number of the source."""
    listed = LISTED_RE.match(sentence[fact.end :])
    items = [item for item in LIST_SEPARATOR_RE.split(listed.group(1)) if item.strip()] if listed else []
    return len(items) > 1 and str(len(items)) == number


def _nominal(noun: tuple[str, ...], lemmas: frozenset[str]) -> bool:
    """« les cinq abandons » where the source says « Cinq ont abandonné », « sept votants » where the musicians « ont
    voté »: the noun of a verb the number's sentence uses."""
    head = noun[0]
    stems = [verb[:-2] for verb in lemmas if verb.endswith(("er", "ir")) and len(verb) > NOMINAL_STEM]
    participles = {word[:-1] for word in lemmas if word.endswith("e")}  # « reporté à deux reprises »: « deux reports »
    return len(noun) == 1 and (head in participles or any((len(head) >= NOMINAL_MIN and stem.startswith(head))
                                                          or (head.startswith(stem) and head[len(stem) :] in NOUN_SUFFIXES) for stem in stems))


def _free_nouns(said: SourceSentence, number: str) -> frozenset[str]:
    """The sentence's content words but the nouns its other numbers count (« douze morts et cent
    cinquante blessés »: « blessés » is not free to stand for the twelve) and the words of its quotations
    (« « Les clubs ont choisi », a-t-il déclaré devant les 312 délégués »: the clubs are not counted)."""
    counted = {noun[0] for f in said.facts if f.kind == "number" and _bare(f.value) != number
               for noun in [(_count_of(said.text, f) or ("", None))[1]] if noun}
    narration = said.lemmas if "«" not in said.text and '"' not in said.text else frozenset(content_lemmas(outside_quotes(said.text)))
    return narration - counted


def _bare(value: str, ordinal: bool = False) -> str:
    """The number of a value; with `ordinal`, a source's « troisième » as the count it implies (« le troisième
    naufrage depuis janvier »: three shipwrecks)."""
    number = value.lstrip("~").split(" ", 1)[0]
    return number[:-1] if ordinal and ORDINAL_VALUE_RE.fullmatch(number) else number


def _count_of(sentence: str, fact: Fact, ordinal: bool = False) -> tuple[str, tuple[str, ...] | None] | None:
    """(number, lemmas of what it counts) for a number that counts something: « 14 autres chars »,
    « douze morts » (a people unit), with `ordinal` « le troisième naufrage », « 900 tonnes de poisson » (a mass counts its
    complement); None for years, other measures and units."""
    if fact.kind != "number":
        return None
    number, _, unit = fact.value.lstrip("~").partition(" ")
    number = _bare(number, ordinal)
    if not re.fullmatch(r"[\d.]+", number) or (YEAR_RE.match(number) and fact.text.isdigit()) or CLOCK_MINUTES_RE.search(sentence[: fact.start]) \
            or SCORE_RE.search(sentence[max(0, fact.start - 4) : fact.start]):
        return None  # « en 2024 » is a year, « 2 h 38 » a time, the « 2 » of « 3-2 » a score's; « deux mille maisons » a count
    if (score := SCORE_AFTER_RE.match(sentence, fact.end)) and written_number(fold(score.group(1))) is not None:
        return None  # « 45 touches à 41 », « trois sets à deux »: the unit of a score, as « 45-41 » says it, no things counted
    if unit and unit not in MASS_UNITS:
        return (number, (unit,)) if unit in PEOPLE_UNITS else None
    noun = _counted_noun(sentence, fact)
    if noun is None and SHARE_OF_RE.search(sentence[max(0, fact.start - 6) : fact.start]):
        noun = _share_noun(sentence, fact)
    elif PART_OF_RE.search(sentence[max(0, fact.start - 7) : fact.start]) and (unit := _measure_before(sentence, fact)):
        noun = (unit,)  # « quatre ans de prison, dont deux avec sursis »: two years, a part of the duration
    elif PART_OF_RE.search(sentence[max(0, fact.start - 7) : fact.start]) and (noun is None or noun[0].endswith(NOT_NOUN_ENDINGS)):
        noun = _share_noun(sentence, fact) or noun  # « deux mille maisons, dont trois cents totalement détruites »: houses
    return number, noun


def _measure_before(sentence: str, fact: Fact) -> str:
    """The unit of the whole a « dont N » takes its part of, when it is a measure (« quatre ans », « 3 millions
    d'euros »); "" when it counts a noun."""
    before = [f for f in extract_facts(sentence) if f.kind == "number" and f.end <= fact.start]
    unit = before[-1].value.partition(" ")[2] if before else ""
    return "" if unit in PEOPLE_UNITS else unit


def _share_noun(sentence: str, fact: Fact) -> tuple[str, ...] | None:
    """« Dix-huit remontées sur vingt-six », « deux mille maisons, dont trois cents »: the total, or the part, counts
    what the number before it counts."""
    before = [f for f in extract_facts(sentence) if f.kind == "number" and f.end <= fact.start]
    return _counted_noun(sentence, before[-1]) if before else None


def _same_count(mine: tuple[str, ...], theirs: tuple[str, ...], holder: frozenset[str], around: Collection[str]) -> bool:
    """Whether two nouns may count the same things.

    The same noun, a near-synonym or a generic word for it (french/nouns.py: « employés » for « salariés »,
    « deux fois » for « à deux reprises »), and the same complement when both name one (« postes de
    contrôleurs »); a generic noun for people (« 12 personnes » for
    « douze morts »: it says less, never something else); a noun the source sentence holding the number
    uses itself (« 12 000 inscrits » where « douze mille coureurs étaient inscrits »); a precise noun
    for the source's generic one when the source uses it (« 47 000 visiteurs » for « quarante-sept
    mille personnes » next to « 52 000 visiteurs »), or the participle of its verb (« 86 salariés » where it « emploie
    86 personnes »)."""
    if may_count_same(mine[0], theirs[0]):
        return len(mine) == 1 or len(theirs) == 1 or mine[1] == theirs[1]
    if mine[0] in GENERIC_PEOPLE or _names_it(mine, holder):
        return True
    return theirs[0] in GENERIC_PEOPLE and (mine[0] in around or any(may_count_same(mine[0], noun) for noun in _participle_nouns(holder)))


def _participle_nouns(lemmas: Collection[str]) -> set[str]:
    """The people a verb of the sentence acts on, named by its participle (« emploie 86 personnes »: 86 « employés »,
    and their synonyms « salariés »; « a interpellé deux personnes »: two « interpellés »)."""
    return {verb[:-2] + "e" for verb in lemmas if verb.endswith("er") and len(verb) > NOMINAL_MIN}


def _measured(unit: str, clause: list[str]) -> tuple[str, ...]:
    """What a measure counts: the complement after « de » (« trente postes de contrôleurs »; a mass keyed by the unit
    the number is read in, « 2,4 tonnes de cocaïne » and « 2 400 kilos de cocaïne » both count cocaine in kg)."""
    rest = [fold(word) for word in clause[:2]]
    if rest[:1] == ["de"] and len(rest) == 2 and rest[1] not in function_words():
        return unit, lemma(clause[1])
    if rest[:1] and rest[0].startswith("d'"):
        return unit, lemma(clause[0])
    return (unit,)


def _counted_noun(sentence: str, fact: Fact) -> tuple[str, ...] | None:
    """Lemmas of what a number counts: « 14 autres chars » -> ("char",), « trente postes de contrôleurs »
    -> ("poste", "controleur") (a measure noun counts its complement); None when no noun follows."""
    before = sentence[: fact.start].rstrip().split()
    if before and before[-1][:1].isupper() and before[-1][-1:].isalnum() and len(before) > 1:
        return None  # « Leopard 2 », « Ariane 6 »: a model name, not a count
    clause = tokens(CLAUSE_END_RE.split(sentence[fact.end : fact.end + 80], 1)[0])
    if fact.value.partition(" ")[2] in MASS_UNITS:
        return _measured(fact.value.partition(" ")[2], clause)
    for index, token in enumerate(clause):
        folded = fold(token).replace("’", "'")
        if folded in PARTITIVES or folded in LOCUTION_HEADS:
            return None
        if index == 1 and fold(clause[0]) == "des" and (token.isdigit() or word_numbers(token)):
            return None  # « vingt-sept des trente-deux bateaux »: a part of the whole that the second number counts
        if index == 1 and fold(clause[0]) in SUPERLATIVE and len(clause) > 2 \
                and fold(clause[index + 1]) not in function_words() and clause[index + 1][:1].isalpha():
            continue  # « ses trois plus vieilles cuves »: a superlative's adjective, the noun follows it
        if folded in COUNT_SKIPPED or (is_derived_adverb(token) and fact.value.split()[0] != "1"):
            continue  # « 62 seulement avaient été recrutés »: past one, a counted noun ends in « -ments », an adverb in « -ment »
        if (folded in function_words() and folded not in HOMOGRAPH_NOUNS) or not folded[:1].isalpha() or token[:1].isupper() \
                or ELIDED_ARTICLE_RE.match(folded):
            return None  # « 96 000 passagers sur 240 000 l'an dernier »: a noun with its own article is no count's
        noun = lemma(token)
        if folded.endswith(FINITE_ENDINGS) and noun.endswith(("er", "ir", "re")):
            return None  # « sur vingt-six fonctionnaient »: a verb follows, no noun
        return _measured(noun, clause[index + 1 :]) if noun in MEASURE_NOUNS else (noun,)
    return None
