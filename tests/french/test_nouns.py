from redac.french.lemmas import lemma
from redac.french.nouns import may_count_same


def test_synonyms_count_the_same_things():
    for mine, theirs in [("usagers", "voyageurs"), ("employés", "salariés"), ("votes", "voix"), ("chauffeurs", "conducteurs"),
                         ("reprises", "fois"), ("journées", "jours")]:
        assert may_count_same(lemma(mine), lemma(theirs)), (mine, theirs)


def test_a_generic_word_may_count_a_precise_one_never_the_reverse():
    assert may_count_same(lemma("véhicules"), lemma("engins"))
    assert not may_count_same(lemma("engins"), lemma("véhicules"))


def test_other_things_stay_other():
    for mine, theirs in [("avions", "chars"), ("soldats", "civils"), ("écoles", "hôpitaux"), ("intérimaires", "salariés")]:
        assert not may_count_same(lemma(mine), lemma(theirs)), (mine, theirs)


def test_transport_and_match_words_a_rewrite_trades():
    assert may_count_same(lemma("liaisons"), lemma("lignes")) and may_count_same(lemma("manches"), lemma("sets"))
    assert may_count_same(lemma("rencontres"), lemma("matchs")) and not may_count_same(lemma("avions"), lemma("lignes"))
