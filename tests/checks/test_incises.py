"""A quotation's speaker read from the incise after it, whatever its verb (checks/incises.py), on sentences written for
these tests: the quotation given to another named person of the article, by a name or a title and a name, is caught; its
speaker named by a title the source gives, a bare name for a speaker the source calls by a title, or a title said in
other words pass."""

from redac.checks.faithfulness import SourceFacts
from tests.checks import found

SOURCE = SourceFacts([
    "Le conseil municipal de Saint-Brieuc a voté lundi la fermeture de la piscine Hélène-Boucher, trop coûteuse à chauffer.",
    "L'opposition, menée par Yann Le Goff, conseiller régional, a quitté la séance avant le vote.",
    "« Nous ne pouvions plus payer 400 000 euros de chauffage par an pour un bassin vide », a justifié la maire, Odile Kervella.",
    "« On nous enlève le dernier bassin du quartier », se désole le président du club de natation, qui compte 300 licenciés.",
])


def speakers_found(text: str) -> list:
    return found(text, SOURCE, "speaker")


def test_a_quotation_given_to_another_named_person_is_caught():
    [item] = speakers_found("« Nous ne pouvions plus payer 400 000 euros de chauffage par an pour un bassin vide », a justifié Yann Le Goff.")
    assert "Odile Kervella" in item.reason or "maire" in item.reason
    [item] = speakers_found("« On nous enlève le dernier bassin du quartier », se désole le conseiller régional, Yann Le Goff.")
    assert item.text == "le conseiller régional, Yann Le Goff"


def test_the_sources_speaker_in_other_words_passes():
    assert not speakers_found("« Nous ne pouvions plus payer 400 000 euros de chauffage par an pour un bassin vide », a justifié Odile Kervella.")
    assert not speakers_found("« Nous ne pouvions plus payer 400 000 euros de chauffage par an pour un bassin vide », explique l'élue.")
    assert not speakers_found("« On nous enlève le dernier bassin du quartier », se désole Marc Le Floch, président du club de natation.")
    assert not speakers_found("« On nous enlève le dernier bassin du quartier », regrette Marc Le Floch.")
