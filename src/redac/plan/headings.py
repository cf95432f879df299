"""Section headings a French editor would write: what the section tells, in the source's words.

A heading is the section's most distinctive noun phrase with a complement or an adjective
(« production commune d'armes », « frappes aériennes russes »), as the source writes it, when one
exists that does not stop inside a name or a term (« ministre des Affaires | étrangères ») and ends on
a noun or an adjective. Otherwise it is the main clause of the section's first sentence that reads
alone, shortened like a title (« Le Kremlin a exprimé son soutien »). Never two phrases glued with
« et », never the same heading twice. About half the headings open with the keyphrase.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from redac.analysis.keyphrase import INCIDENTAL_HEADS, KeyphraseMatcher
from redac.french.case import capitalize_first, lowercase_first
from redac.french.lemmas import is_known_word, lemma
from redac.french.noun_phrases import PRENOMINAL
from redac.french.numbers import word_numbers
from redac.french.offices import ROLE_NOUNS
from redac.french.openings import without_opening
from redac.french.passive import is_past_participle
from redac.french.phrases import adjective_like, phrase_counts
from redac.french.text import fold
from redac.french.tokens import match_form, strip_elision, tokens
from redac.french.wordlists import function_words
from redac.limits import DEFAULT_LIMITS, Limits
from redac.models import Section, SourceSentence
from redac.plan.titles import heading_clause

HEADING_MAX_CHARS = 70
# « Centaine de personnes », « Quart des électeurs »: a quantity says how many, not what the section tells.
QUANTITY_HEADS = frozenset("centaine dizaine douzaine vingtaine trentaine cinquantaine millier million milliard quart tiers "
                           "moitie majorite serie nombre partie ensemble plupart totalite reste cote".split())
GENERIC_HEADINGS = frozenset({"introduction", "conclusion", "contexte", "suite", "partie", "resume"})
# Words a heading cannot end on although the phrase finder lets them in.
# « Mort tandis », « Abattage de presque », « Fumée blanche tant | attendue », « Déchets partout sauf », « Peintres de la
# Cour autour | de … », « Écart grâce | à … »: a preposition, a conjunction or an adverb cut from what it governs.
LOOSE_ENDS = frozenset("durant pendant malgre selon depuis environ notamment finalement aujourd hui hors vers via chez "
                       "tandis presque tant autant sauf autour grace juste loin face lors afin excepte hormis parce "
                       "partout ailleurs desormais surtout seulement plutot guere davantage vite parfois longtemps voire "
                       "cependant pourtant toutefois neanmoins certes cote".split())  # « du côté | de … »


def name_sections(sections: list[Section], by_id: dict[int, SourceSentence], keyphrase: str, limits: Limits = DEFAULT_LIMITS) -> None:
    """Set `topic` and `heading` of each section (see the module docstring)."""
    texts = {index: [by_id[i].text for i in section.sentences] for index, section in enumerate(sections)}
    document = [text for group in texts.values() for text in group]
    document_counts, _ = phrase_counts(document)
    longer_names = _names_that_go_on(document)
    matcher = KeyphraseMatcher(keyphrase)
    used: set[str] = {lemma(word) for word in tokens(keyphrase)}
    shown: set[str] = {fold(keyphrase)}
    for index, section in enumerate(sections):
        topic = _phrase_topic(texts[index], document_counts, used, longer_names) or _clause_topic(texts[index], shown)
        topic = topic or _phrase_topic(texts[index], document_counts, used)  # « Ministre de la Santé » before none
        topic = topic or _phrase_topic(texts[index], document_counts, used, longer_names, single=True)
        topic = topic or _phrase_topic(texts[index], document_counts, used, longer_names, bare_people=True)
        if not topic or fold(topic) in shown:
            topic = ""
        shown.add(fold(topic))
        section.topic = topic
    keyed = _keyphrase_sections(sections, by_id, matcher, limits)
    for index, section in enumerate(sections):
        topic = section.topic
        heading = f"{keyphrase} : {lowercase_first(topic)}" if index in keyed and topic else topic or keyphrase
        if fold(heading) in {fold(s.heading) for s in sections[:index]}:
            heading = f"{keyphrase} (suite)" if not topic else heading  # a print editor's word; « (2) » is a figure the source lacks
        section.heading = capitalize_first(heading)


def _phrase_topic(texts: list[str], document_counts: Counter, used: set[str], longer_names: frozenset[str] = frozenset(),
                  single: bool = False, bare_people: bool = False) -> str:
    """The section's most distinctive well-formed noun phrase (one word only when `single`), never ending on a word
    the article writes elsewhere as the start of a longer name (`longer_names`), nor a person with an adjective
    alone (« Joueur anonyme ») unless `bare_people`."""
    counts, surfaces = phrase_counts(texts)
    wanted = [key for key in counts if (len(key) == 1 and counts[key] > 1 and len(key[0]) > 4 if single else len(key) > 1)]
    ranked = sorted(wanted, key=lambda key: (-_distinctiveness(key, counts, document_counts), surfaces[key]))
    for key in ranked:
        if used.intersection(key) or GENERIC_HEADINGS.intersection(key) or key[0] in INCIDENTAL_HEADS | QUANTITY_HEADS:
            continue
        if surfaces[key].rsplit(maxsplit=1)[-1] in longer_names:
            continue  # « fonds restreints de la Fondation » where the article says « la Fondation Nobel »
        if _cut_in_source(surfaces[key], texts) or _needs_what_follows(surfaces[key], texts):
            continue
        if not _ends_well(surfaces[key]) or not _reads_as_heading(surfaces[key]):
            continue
        if not _says_what(surfaces[key]) or (_bare_person(surfaces[key]) and not bare_people):
            continue
        used.update(key)
        return surfaces[key]
    return ""


def _bare_person(phrase: str) -> bool:
    """« Joueur anonyme », « Homme âgé »: someone and an adjective, which tells the reader nothing the section says;
    « Escrimeur Lucien Gaudin », « paroisse Yves Trocheris »: a title or a noun glued to a person's name says who, not what."""
    words = phrase.split()
    if len(words) == 3 and words[0][:1].islower() and all(NAME_WORD_RE.fullmatch(word) for word in words[1:]):
        return True
    return (len(words) == 2 and words[1][:1].islower() and strip_elision(words[1]) == words[1]  # « Chanteur d'Indochine » tells who
            and (words[0].lower() in PERSON_NOUNS or lemma(words[0]) in PERSON_NOUNS))


NAME_WORD_RE = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ][\w\-]*")
PERSON_NOUNS = frozenset(ROLE_NOUNS) | frozenset("homme femme personne individu habitant gagnant gagnante victime enfant "
                                                 "garçon fille passant passante".split())


def _names_that_go_on(texts: list[str]) -> frozenset[str]:
    """Capitalized words the article writes right before another capitalized word inside a sentence (« la Fondation
    Nobel », « Jens Stoltenberg »): a heading that ends on one of them stops inside a name."""
    found = set()
    for text in texts:
        for match in NAME_PAIR_RE.finditer(text):
            if match.group(1).lower() not in function_words():
                found.add(match.group(1))
    return frozenset(found)


NAME_PAIR_RE = re.compile(r"(?<=[\w,;] )([A-ZÀ-Þ][\w\-]+) [A-ZÀ-Þ][\w\-]+")


def _says_what(phrase: str) -> bool:
    """A heading says what the section tells: not when (« Froid matin de novembre », « Proclamation définitive
    mercredi »), not a rank or a count alone (« Quatrième trimestre », « Deuxième skieur »), not a judgment or a
    generic noun at its head (« Beau soleil intérieur », « Cas de TWA », « Chiffre identique »)."""
    words = [fold(word) for word in tokens(phrase)]
    if set(words) & WHEN_WORDS or word_numbers(tokens(phrase)[0]):
        return False
    return words[0] not in GENERIC_HEADS and words[-1] not in BACK_POINTING_ENDS


# « Nom du coureur concerné », « Montant visé »: the word points back to a sentence a heading does not carry.
BACK_POINTING_ENDS = frozenset("concerne concernee concernes concernees precite precitee precites precitees mentionne "
                               "mentionnee mentionnes mentionnees vise visee vises visees susdit susdite".split())


# When a story happens is not what a section tells: weekdays, months and parts of a day or a year.
WHEN_WORDS = frozenset("lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai juin juillet aout "
                       "septembre octobre novembre decembre matin matinee soir soiree nuit midi apres-midi veille lendemain "
                       "semaine semaines jours mois trimestre semestre epoque annee annees".split())
# Heads that judge (beau, joli, petit, bon), only pick out (seuls, autres, certains) or stand for anything (cas, chose,
# chiffre, phenomene) say nothing alone.
GENERIC_HEADS = frozenset("beau bel belle beaux belles joli jolie petit petite petits petites bon bonne gros grosse vrai vraie "
                          "seul seule seuls seules autre autres meme memes certain certaine certains certaines "
                          "cas chose fait facon maniere sorte genre type chiffre phenomene double limite moitie foyer".split())


def _clause_topic(texts: list[str], shown: set[str]) -> str:
    for text in texts:
        clause = heading_clause(without_opening(text), HEADING_MAX_CHARS)
        if clause and fold(clause) not in shown and _reads_as_heading(clause):
            return capitalize_first(clause)
    return ""


COORDINATORS = frozenset({"et", "mais", "ou", "car", "donc", "or", "ni", "puis"})


def _reads_as_heading(text: str) -> bool:
    """Not a coordinated tail (« et comme chaque année »), not a clause left with a stray comma after its
    first word (« dès, un train … »), not words a scraper glued, and not ending on a number whose unit was cut
    (« en moyenne 2,4 »)."""
    words = tokens(text)
    if not words or fold(words[0]) in COORDINATORS or re.match(r"^\S+,\s", text) or GLUED_WORDS_RE.search(text):
        return False
    return not words[-1][-1:].isdigit()


# « volcanLa Cumbre », « française2 semaines avantBenjamin »: two words of a scraped page glued, no heading's words.
# A brand written in one word keeps its capitals (« TotalEnergies »): the glued word opens in lowercase.
GLUED_WORDS_RE = re.compile(r"(?<![\w’'])[a-zà-ÿ]{3,}(?:[A-ZÀ-Þ]|\d)")


def _ends_well(phrase: str) -> bool:
    """Ends on a noun, a name or an adjective: not an adverb, a preposition or a verb form."""
    words = tokens(phrase)
    last = words[-1]
    form = match_form(last)
    if form in function_words() or form in LOOSE_ENDS or (form.endswith("ment") and len(form) > 6):
        return False
    if form in ADJECTIVES_BEFORE_NOUN and len(words) > 1 and match_form(words[-2]) in function_words():
        return False  # « supériorité du grand | sur le petit écran »: the noun the adjective comes before was cut
    if last[:1].isupper():
        return True
    base = lemma(last)
    is_verb_form = base != form and base.endswith(("er", "ir", "oir", "re")) and form not in (base + "s", base + "x")
    return not is_verb_form or adjective_like(last.lower())


ADJECTIVES_BEFORE_NOUN = frozenset(PRENOMINAL - {"jeune"})  # « un jeune » is someone


def _cut_in_source(phrase: str, texts: list[str]) -> bool:
    """Whether the phrase stops inside a longer name or term where the section writes it
    (« ministre des Affaires | étrangères », « Jens | Stoltenberg »)."""
    first, last = phrase.split(maxsplit=1)[0], strip_elision(phrase.rsplit(maxsplit=1)[-1])  # « Muséum national d'|Histoire »
    for text in texts:
        for match in re.finditer(r"(?<=\s)" + re.escape(phrase) + r"(?:\s+(\S+))?", text):
            preceding = text[: match.start()].split()[-3:]
            if not preceding:
                continue
            earlier, before, following = (preceding[-2] if len(preceding) > 1 else ""), preceding[-1], match.group(1) or ""
            if last[:1].isupper() and _name_goes_on(following):
                return True  # « Fondation | Nobel », « phase finale du Top | 14 », « bactérie Helicobacter | pylori »
            if (first[:1].isupper() and (_name_goes_on_before(earlier, before) or _role_complement(preceding))) or _named_body_before(preceding):
                return True  # « Jens | Stoltenberg », « Debout la | France de … », « Institut royal des | Sciences … »
            if _verb_before(last, following):
                return True
    words = phrase.split()
    if len(words) > 1 and first[:1].isupper() and words[1][:1].isupper() and (is_known_word(first.lower()) or len(words) > 2):
        return True  # « Intérieur Gérald Darmanin », « Gard François Lalanne »: a term's last word glued to a name
    glued = any(word[:1].isupper() and previous[:1].islower() and match_form(previous) not in function_words()
                and is_known_word(word.lower()) for previous, word in pairwise(words))
    if glued:
        return True  # « incendie Image »: a caption's label read into the phrase
    return len(phrase) > HEADING_MAX_CHARS


VERB_FOLLOWERS = frozenset("le la les l un une des du deja pas plus aussi encore toujours bien par".split())
# « la sonnerie des cloches indique | que … »: a verb form (not its infinitive) before « que » opens its object clause.
COMPLETIVE_FOLLOWERS = frozenset({"que", "qu"})


def _name_goes_on_before(earlier: str, before: str) -> bool:
    """Whether the words before a capitalized phrase belong to the same name (« Jens », « Debout la »), a capitalized
    article inside a sentence too (« informations de La | République des Pyrénées »: a newspaper's name)."""
    if before[:1].isupper():
        return match_form(before) not in function_words() or (before in CAPITAL_ARTICLES and bool(earlier)
                                                                and not earlier.endswith((".", "!", "?", ":", "»")))
    return earlier[:1].isupper() and match_form(before) in {"la", "le", "les", "des", "de", "du"}


CAPITAL_ARTICLES = frozenset({"La", "Le", "Les"})


def _role_complement(preceding: list[str]) -> bool:
    """« le procureur de la | République de Nanterre », « le ministre des | Armées »: the phrase completes an office."""
    link = [match_form(word) for word in preceding[-2:]]
    role = preceding[-3] if link[-1] in {"la", "l"} and len(preceding) >= 3 else preceding[-2] if len(preceding) >= 2 else ""
    return fold(role) in OFFICE_NOUNS and (link[-1] in {"du", "des"} or link == ["de", "la"])


OFFICE_NOUNS = frozenset(fold(noun) for noun in ROLE_NOUNS if " " not in noun)


def _named_body_before(preceding: list[str]) -> bool:
    """« l'Institut royal des | Sciences naturelles »: a capitalized word, an adjective and « des » open the name."""
    if len(preceding) < 3:
        return False
    head, adjective, link = preceding
    return (strip_elision(head)[:1].isupper() and match_form(strip_elision(head)) not in function_words()
            and adjective[:1].islower() and match_form(adjective) not in function_words()
            and (adjective_like(adjective) or lemma(adjective) == match_form(adjective))  # « royal », not « accueille »
            and match_form(link) in {"de", "des", "du"})


def _verb_before(last: str, following: str) -> bool:
    """Whether the phrase's last word reads as a verb where the source writes it: followed by an
    article, an adverb or « par » (« la ville | compte déjà », « la préfecture a | publié le »)."""
    form = match_form(following)
    if not following or last[:1].isupper() or following[:1].isupper():
        return False
    if form in COMPLETIVE_FOLLOWERS or following.lower().startswith(("qu'", "qu’")):
        base = lemma(last)
        return base != match_form(last) and base.endswith(("er", "ir", "re", "oir")) and not is_past_participle(last)
    return form in VERB_FOLLOWERS or form[:1].isdigit() or (is_past_participle(last) and form in {"a", "au", "aux", "en", "dans", "sur"})


def _needs_what_follows(phrase: str, texts: list[str]) -> bool:
    """Whether the phrase ends on a verb's participle that the source follows with its agent or an adverb (« l'épreuve
    gagnée | par l'Américain », « blessures liées | essentiellement au freinage »), or on an adjective that needs its
    complement (« police spéciale relative | aux … »), wherever the source writes it (« l'|arrivée de … » too)."""
    last = phrase.rsplit(maxsplit=1)[-1]
    participle = is_past_participle(last) and last[:1].islower()
    verbal = participle and lemma(last).endswith(("er", "ir", "re", "oir"))  # « gagnée », not « biodiversité »
    governing = match_form(last) in GOVERNING_ADJECTIVES
    if not (participle or governing):
        return False
    for text in texts:
        for match in re.finditer(re.escape(phrase) + r"\s+(\S+)", text):
            form = match_form(match.group(1))
            if participle and (form in {"par", "comme"} or (form.endswith("ment") and len(form) > 6)):  # « considérée | comme »
                return True
            if verbal and form in PARTICIPLE_COMPLEMENTS:
                return True
            if governing and form in PARTICIPLE_COMPLEMENTS | {"de", "du", "des", "d"}:
                return True
    return False


YEAR_RE = re.compile(r"(?:1[89]|20)\d\d\b")  # « finale de Wimbledon 2023 »: a year after a name is no part of it
# Adjectives that need their complement (« relative à », « conforme aux », « susceptible de »): a closed class.
GOVERNING_ADJECTIVES = frozenset("relatif relative relatifs relatives conforme conformes susceptible susceptibles propre propres "
                                 "favorable favorables contraire contraires semblable semblables apte aptes du due dus dues "
                                 "consecutif consecutive consecutifs consecutives".split())
PARTICIPLE_COMPLEMENTS = frozenset("a au aux en dans sur par".split())


def _name_goes_on(following: str) -> bool:
    """Whether the word after a capitalized word continues its name: a capital, a number that is no year, an adjective,
    a word French does not know."""
    count = following[:1].isdigit() and YEAR_RE.match(following) is None
    return following[:1].isupper() or count or adjective_like(following.lower()) or _foreign_word(following)


def _foreign_word(word: str) -> bool:
    """A lowercase word French does not know (« pylori »): the second word of a Latin or foreign name."""
    bare = word.strip(",.;:!?»)")
    return bare[:1].islower() and bare.isalpha() and match_form(bare) not in function_words() and not is_known_word(bare)


def _keyphrase_sections(
    sections: list[Section], by_id: dict[int, SourceSentence], matcher: KeyphraseMatcher, limits: Limits
) -> set[int]:
    """The sections whose heading should carry the keyphrase: about half, within the limits' share of
    subheadings (`Limits.subheadings_keyphrase_range`), among those that mention it."""
    if not matcher:
        return set()
    mentioning = [
        index
        for index, section in enumerate(sections)
        if any(matcher.found_in(tokens(by_id[i].text)) for i in section.sentences)
        and not matcher.found_in(tokens(section.topic))  # « Ligne 7 : la ligne 7 circulera … » says it twice
        and _figure_stays_with_topic(matcher, section.topic, [by_id[i].text for i in section.sentences])
    ]
    low, high = limits.subheadings_keyphrase_range(len(sections))
    echoes = {index: _echo(sections, index, by_id, matcher) for index in mentioning}
    quiet = [index for index in mentioning if echoes[index] < ECHO_RUN]
    ordered = quiet or sorted(mentioning, key=echoes.__getitem__)
    return set(ordered[: max(1, min(max(len(sections) // 2, low), high))])


def _figure_stays_with_topic(matcher: KeyphraseMatcher, topic: str, texts: list[str]) -> bool:
    """Whether a « Keyphrase : topic » heading keeps the keyphrase's figure with what it tells: a keyphrase that
    carries a number (« ligne 14 », « vol 447 ») is glued to a topic only where one sentence says both (never
    « Ligne 14 : aéroport d’Orly » from « cette ligne dessert l’aéroport d’Orly », which may be another line)."""
    if not topic or not any(word[:1].isdigit() for word in matcher.words):
        return True
    wanted = {lemma(word) for word in tokens(topic) if match_form(word) not in function_words()}
    return any(matcher.found_in(words) and wanted <= {lemma(word) for word in words} for words in map(tokens, texts))


def _echo(sections: list[Section], index: int, by_id: dict[int, SourceSentence], matcher: KeyphraseMatcher) -> int:
    """How many sentences around a « Keyphrase : … » heading would open with the keyphrase's first word: its
    section's first two, and a quotation ending the section before (Yoast reads its « » as one more sentence
    of the run). Three in a row is a repetition readers (and Yoast) notice; the least echoing sections go first."""
    opener = fold(matcher.words[0]) if matcher.words else ""
    first = [by_id[i].text for i in sections[index].sentences[:2]]
    # « Zelensky, qui était …, doit … » is written as two sentences that both open with « Zelensky »
    echo = sum((1 + bool(DETACHED_RELATIVE_RE.match(text))) * (fold(tokens(text)[0]) == opener) for text in first if tokens(text))
    if echo and index and QUOTE_END_RE.search(by_id[sections[index - 1].sentences[-1]].text):
        echo += 1
    return echo


QUOTE_END_RE = re.compile(r"[.!?…][\s\u00a0\u202f]*»$")
DETACHED_RELATIVE_RE = re.compile(r"^\S+(?:\s[A-ZÀ-Þ]\S*)?,\s(?:qui|dont)\s")
ECHO_RUN = 2  # with the heading itself, a third sentence in a row with one beginning


def _distinctiveness(key: tuple[str, ...], counts: Counter, document_counts: Counter) -> float:
    length_bonus = {1: 1.0, 2: 1.6, 3: 1.7}.get(len(key), 1.3)
    return counts[key] * counts[key] / document_counts[key] * length_bonus
