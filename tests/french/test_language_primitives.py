"""Syllables, passive voice, transitions, typography and facts on hand-written French."""

import pytest

from redac.french.facts import extract_facts
from redac.french.passive import is_passive
from redac.french.syllables import count_syllables
from redac.french.tokens import match_form, tokens
from redac.french.transitions import transition_in
from redac.french.typography import typeset, typeset_lines, typography_issues


@pytest.mark.parametrize(
    "word, expected",
    [
        ("été", 2), ("réunions", 3), ("pays", 2), ("payer", 2), ("président", 3), ("parlent", 1),
        ("moment", 2), ("ministre", 2), ("ciel", 1), ("nation", 2), ("poète", 2), ("aujourd'hui", 3),
        ("l’Ukraine", 2), ("naïf", 2), ("Noël", 2), ("qui", 1), ("géographie", 4), ("les", 1), ("année", 2),
    ],
)
def test_syllables_follow_spoken_french(word, expected):
    assert count_syllables(word) == expected


@pytest.mark.parametrize(
    "sentence, passive",
    [
        ("Il a été reçu par le roi.", True),  # irregular participle after "a été"
        ("Les écoles sont fermées depuis lundi.", True),
        ("Le pont fut détruit en 1944.", True),
        ("La décision n'est pas encore prise.", True),  # negation and adverb in between
        ("Les résultats sont connus.", True),
        ("Elle est choisie par le jury.", True),  # -i participle, feminine
        ("Le plan est mis en œuvre.", True),
        ("Il est parti hier.", False),  # verb conjugated with être
        ("Elle est née à Lyon.", False),
        ("Il s'est rendu à Paris.", False),  # pronominal
        ("Nous nous sommes vus.", False),
        ("L'été dernier, il a plu.", False),  # "été" the noun
        ("C'est un été calme.", False),
        ("Il a été président.", False),  # "été" auxiliary, no participle
        ("Il est ici.", False),
        # a participle with its agent in a clause with « être »: a reduced passive, as Yoast reads it
        ("Le maire était à Brest pour soutenir le projet porté par la région.", True),
        ("Le maire est venu à Brest par la route.", False),  # « par » after a verb conjugated with être
        ("Le projet porté par la région a convaincu le maire.", False),  # no « être » at all
    ],
)
def test_passive_voice(sentence, passive):
    assert is_passive(tokens(sentence)) is passive


@pytest.mark.parametrize(
    "sentence, found",
    [
        ("Cependant, la ville hésite.", "cependant"),
        ("La ville hésite, par conséquent le projet attend.", "par consequent"),  # inside the sentence
        ("Il faut d'abord voter.", "d'abord"),
        ("Soit il part, soit il reste.", "soit … soit"),
        ("Le maire parle aux habitants.", None),
        ("Les consultants sont partis.", None),  # "sont" is no transition, nor a prefix of one
    ],
)
def test_transition_words(sentence, found):
    assert transition_in(tokens(sentence)) == found


def test_elision_is_dropped_for_matching():
    assert match_form("l’Armée") == "armee"
    assert match_form("qu'il") == "il"


def test_typography_flags_english_conventions_only():
    assert typography_issues("Il a dit\u202f: «\u202foui\u202f» et l’a répété.") == []
    rules = {issue.rule for issue in typography_issues('Il a dit: "oui" et l\'a répété !')}
    assert {"straight_quotes", "space_before_double_punctuation", "straight_apostrophe", "ordinary_space_before_punctuation"} <= rules


def test_facts_numbers_dates_quotes_names():
    text = (
        "Le président Volodymyr Zelensky a rencontré Emmanuel Macron le 1er mars 2024. "
        "Selon l'OTAN, 30 000 soldats et 2,7 % du budget, soit 1,5 milliard d'euros. "
        "« Nous ne céderons pas », a-t-il dit lundi."
    )
    facts = {(fact.kind, fact.value) for fact in extract_facts(text)}
    assert ("name", "volodymyr zelensky") in facts
    assert ("name", "emmanuel macron") in facts
    assert ("name", "otan") in facts
    assert ("date", "2024-03-01") in facts
    assert ("date", "lundi") in facts
    assert ("number", "30000") in facts
    assert ("number", "2.7%") in facts
    assert ("number", "1500000000 euro") in facts
    assert ("quote", "Nous ne céderons pas") in facts
    assert not any(kind == "name" and value in {"le", "selon"} for kind, value in facts)


def test_sentence_start_capital_is_not_a_name_but_a_repeated_one_is():
    facts = {fact.value for fact in extract_facts("Paris a voté. Demain, la ville de Paris décidera.") if fact.kind == "name"}
    assert facts == {"paris"}
    assert not [f for f in extract_facts("Demain, il pleut.") if f.kind == "name"]


def test_tokens_keep_decimals_and_elisions_whole():
    assert tokens("soit 2,5 % et 3.5 points, l'armée, peut-être") == ["soit", "2,5", "et", "3.5", "points", "l'armée", "peut-être"]


def test_common_words_opening_a_sentence_and_conventional_capitals_are_not_names():
    text = ("Autrement dit, la ville attend. Jusqu’ici, rien n’a changé. Aujourd’hui, le chef de l’État parle. "
            "Lorsqu’Emmanuel Macron arrive, la salle applaudit. Quelqu’un crie.")
    names = [fact.text for fact in extract_facts(text) if fact.kind == "name"]
    assert names == ["Emmanuel Macron"]


def test_a_quotation_over_two_sentences_gets_its_guillemets():
    lines = ['Le maire a déclaré : "Nous ouvrirons trois écoles.', 'La quatrième attendra 2027".', 'Il a "promis" une cantine.']
    assert typeset_lines(lines) == [
        "Le maire a déclaré\u00a0: «\u202fNous ouvrirons trois écoles.",
        "La quatrième attendra 2027\u202f».",
        "Il a «\u202fpromis\u202f» une cantine.",
    ]
    assert typeset_lines(["Un seul \"guillemet droit ne s’apparie à rien."]) == ["Un seul \"guillemet droit ne s’apparie à rien."]


def test_typeset_spaces_nested_guillemets_and_punctuation_after_figures():
    assert typeset("Il dit « un «temps médical» manque » ici") == "Il dit «\u202fun «\u202ftemps médical\u202f» manque\u202f» ici"
    assert typeset("Que s’est-il passé en 2012 ? Bilan à 1h23 : rien.") == "Que s’est-il passé en 2012\u202f? Bilan à 1h23\u00a0: rien."
    assert typeset("Départ à 10:30 ; arrivée ?!") == "Départ à 10:30\u202f; arrivée\u202f?!"
    assert typography_issues(typeset("Il dit « un «temps médical» manque » en 2012 ?")) == []
