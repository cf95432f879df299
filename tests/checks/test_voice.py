"""A verb's voice flipped under the same subject (checks/voice.py), on sentences written for these tests: the subject
that underwent the action made to do it is caught, whatever stands in its long subject or between the auxiliary and the
participle; a voice change that moves the subject, or the same voice, passes."""

from redac.checks.faithfulness import SourceFacts
from redac.checks.voice import flipped_voice
from tests.checks import found

SOURCE = SourceFacts([
    "L'équipe d'Italie masculine de fleuret a d'ailleurs été éliminée mardi en huitièmes de finale par la Suède, 45-38.",
    "La fédération des riverains dénonce un projet opaque et sera reçue à la mairie le 4 juin.",
    "L'exposition doit quitter Lyon d'ici à l'été, pour être présentée à Turin en octobre.",
])


def roles_found(text: str) -> list:
    return found(text, SOURCE, "role")


def test_the_voice_flipped_under_the_same_subject_is_caught():
    [item] = roles_found("L'équipe d'Italie masculine de fleuret a d'ailleurs éliminé la Suède mardi en huitièmes de finale, 45-38.")
    assert "voix inversée" in item.reason and item.text == "éliminé"
    [item] = roles_found("La fédération des riverains dénonce un projet opaque et recevra le maire le 4 juin.")
    assert item.text == "recevra"


def test_a_voice_change_that_moves_the_subject_passes():
    assert not roles_found("La Suède a d'ailleurs éliminé mardi en huitièmes de finale l'équipe d'Italie masculine de fleuret, 45-38.")
    assert not flipped_voice("La fédération des riverains dénonce un projet opaque et sera reçue par le maire le 4 juin.", SOURCE, 1)
    assert not flipped_voice("D'ici à l'été, l'exposition doit quitter Lyon ; elle sera présentée à Turin en octobre.", SOURCE, 2)


def test_a_verb_of_a_relative_clause_flips_nothing():
    """« Le comité d'entreprise de l'usine, qui n'a pas été consulté » said « Le comité d'entreprise, que l'usine n'a pas
    consulté »: the active verb's subject is the plant, named after « que », though the words before the verb are the
    source's."""
    source = SourceFacts(["Le comité d'entreprise de l'usine, qui n'a pas été consulté le mois dernier, dénonce des suppressions de postes."])
    assert not flipped_voice("Le comité d'entreprise, que l'usine n'a pas consulté le mois dernier, dénonce des suppressions de postes.", source, 0)
    assert flipped_voice("Le comité d'entreprise de l'usine, qui n'a pas consulté le préfet le mois dernier, dénonce des suppressions de postes.",
                         source, 0)
