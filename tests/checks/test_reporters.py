"""Who reports a claim, named by a title (checks/reporters.py), on sentences written for these tests: a reporter swapped
for another participant of the article, title and name, is caught; the same reporter in other words, or one the source
writes beside the other (« le procureur, Jean Dupont »), passes."""

from redac.checks.faithfulness import SourceFacts
from redac.checks.reporters import reporter_issues
from tests.checks import found

SOURCE = SourceFacts([
    "La directrice de la fromagerie, Agnès Perrin, a reçu jeudi les représentants du personnel.",
    "Quarante emplois seront supprimés d'ici à juin, a précisé le mandataire judiciaire, Me Hugo Lenoir.",
    "Le stock de lait sera revendu à une coopérative du Jura, a indiqué le procureur, Jean Dupont.",
])


def speakers_found(text: str) -> list:
    return found(text, SOURCE, "speaker")


def test_a_reporter_swapped_for_another_participant_is_caught():
    [item] = speakers_found("Quarante emplois seront supprimés d'ici à juin, a précisé la directrice de la fromagerie, Agnès Perrin.")
    assert "mandataire judiciaire" in item.reason


def test_the_same_reporter_in_other_words_passes():
    assert not speakers_found("D'ici à juin, quarante emplois seront supprimés, a indiqué le mandataire, Me Hugo Lenoir.")
    assert not reporter_issues("Le stock de lait sera revendu à une coopérative du Jura, a précisé le magistrat Jean Dupont.", SOURCE)
