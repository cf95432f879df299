"""french/negation.polarity on constructions that look like a negation and are not, each with the negation it
must still read in the same shape."""

from redac.checks.faithfulness import SourceFacts, unsupported_facts
from redac.french.negation import polarity, word_key


def kinds(text: str, source: SourceFacts) -> list[str]:
    return [item.kind for item in unsupported_facts([("ligne 1", text, True)], source)]


BIRTH = SourceFacts([
    "Un poulain est né dans la nuit de samedi à dimanche au haras national de Saint-Lô, le premier de la saison.",
])


def test_born_is_no_ne():
    """« né » (born) folds to « ne »: read as the particle, it negated the next word (« nuit »), and a rewrite
    saying « a vu le jour » dropped a negation the source never held."""
    assert polarity("Un poulain est né dans la nuit de samedi.").negations == 0
    assert word_key("nuit") in polarity("Un poulain n'est pas né dans la nuit de samedi.").scope
    assert kinds("Dans la nuit de samedi à dimanche, un poulain a vu le jour au haras national de Saint-Lô.", BIRTH) == []
    assert kinds("Un poulain n'est pas né dans la nuit de samedi à dimanche au haras national de Saint-Lô.", BIRTH) == ["negation"]


HIKERS = SourceFacts([
    "Aucun des 40 randonneurs n'a été blessé : les secours les ont conduits au refuge du Goûter vers minuit.",
])


def test_a_subject_particle_is_no_restriction():
    """« Personne n'a été blessé parmi les randonneurs, que les secours ont conduits … »: the « ne » has its particle in
    the subject, and the « que » further on opens a relative, not « ne … que » (only); a comparison (« personne ne …
    mieux que ») is no negation of the verb either, and the negation dropped is still caught."""
    assert word_key("blessé") in polarity("Personne n'a été blessé parmi les 40 randonneurs, que les secours ont conduits au refuge.").negated
    assert polarity("Personne ne protège l'Arctique mieux que la Russie.").negations == 0
    assert kinds("Personne n'a été blessé parmi les 40 randonneurs, que les secours ont conduits au refuge du Goûter vers minuit.", HIKERS) == []
    assert kinds("Tous ont été blessés parmi les 40 randonneurs, que les secours ont conduits au refuge du Goûter vers minuit.", HIKERS) == ["negation"]
