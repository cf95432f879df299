"""The « ne » of a feared event negates nothing, however long the subject before it (french/fears.py). Sentences
written for these tests."""

from redac.french.negation import polarity, word_key


def test_the_ne_after_a_word_of_fear_is_expletive():
    assert not polarity("Le syndicat redoute que les éleveurs de canards de la vallée ne perdent leurs marchés.").negated
    assert not polarity("La crainte que les grandes surfaces de la région ne ferment ses rayons inquiète.").negated


def test_a_particle_or_another_verb_keeps_the_negation():
    assert word_key("perdent") in polarity("Le syndicat redoute que les éleveurs de canards de la vallée ne perdent pas leurs marchés.").negated
    assert word_key("perdent") in polarity("Le syndicat affirme que les éleveurs de canards de la vallée ne perdent rien.").negated
