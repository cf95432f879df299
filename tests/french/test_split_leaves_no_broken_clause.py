"""A cut never leaves a clause without its verb's subject or a bracket open (seen on real pages: « Il s’agit d’un chalutier
s’est échoué sur les rochers », « 8 personnes sont hospitalisées à Bordeaux) dont 7 … »). Sentences written for these
tests."""

from redac.french.clauses import split_long_sentence
from redac.french.typography import balanced


def test_il_s_agit_never_opens_a_clause():
    for sentence in (
        "Les secours ont été appelés jeudi en fin de matinée sur la plage de Kerlouan, un voilier de plaisance s’est échoué "
        "sur les rochers à marée basse.",
        "Les visiteurs du parc animalier de Branféré ont eu une belle surprise dimanche, une jeune girafe voyait le jour "
        "dans l’enclos des savanes.",
    ):
        assert not any(part.startswith("Il s’agit") for part in split_long_sentence(sentence, max_words=15))


def test_an_apposition_to_the_clause_still_becomes_il_s_agit():
    parts = split_long_sentence("Le conseil municipal de Pont-Aven a voté jeudi soir l’achat de l’ancienne conserverie du port, "
                                "une opération estimée à deux millions d’euros sur trois ans.", max_words=15)
    assert parts[-1] == "Il s’agit d’une opération estimée à deux millions d’euros sur trois ans."


def test_no_part_leaves_a_bracket_open():
    sentence = ("L’agence régionale de santé a été informée de douze cas de légionellose : un patient est décédé ; neuf "
                "personnes sont hospitalisées à Brest et à Morlaix) dont six en réanimation.")  # a bracket the page lost
    parts = split_long_sentence(sentence, max_words=15)
    assert parts == [sentence] or all(balanced(part) for part in parts), parts
