"""What a rank says had no equal before (french/firsts.py): the noun ranked and its verb. Sentences written for these
tests."""

from redac.french.negation import polarity, word_key


def test_a_rank_with_a_definite_article_reaches_its_noun_and_verb():
    assert polarity("C'est le premier cas signalé dans la commune.").unmatched == {word_key("cas"), word_key("signalé")}
    assert polarity("Elle est la première Canadienne à gagner l'épreuve.").unmatched >= {word_key("Canadienne"), word_key("gagner")}
    assert polarity("C'est la plus longue grève observée depuis 1995.").unmatched == {word_key("grève"), word_key("observée")}


def test_an_initial_one_or_a_time_limit_is_no_rank():
    assert not polarity("Un premier bilan sera présenté lundi.").unmatched
    assert not polarity("Le dossier sera rendu au plus tard lundi.").unmatched
    assert not polarity("C'est la première fois que le club gagne.").unmatched  # negation._first_time reads it
