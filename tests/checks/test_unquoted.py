"""A quotation's own words told as the article's fact (checks/unquoted.py), on sentences written for these tests: the
words only a quotation has, reordered into a claim with no speaker, are caught; the same words given to the speaker, in
reported speech, or words the source also writes in its narration pass."""

from redac.checks.faithfulness import SourceFacts
from redac.checks.unquoted import told_as_fact
from tests.checks import found

SOURCE = SourceFacts([
    "Le tribunal a condamné jeudi l'ancien trésorier du club, Marc Ollivier, à deux ans de prison.",
    "« Il n'a pas détourné par négligence, il a détourné par calcul », a lancé la procureure, Anne Berthelot.",
    "Le club a perdu 300 000 euros en quatre saisons.",
])


def quotes_found(text: str) -> list:
    return found(text, SOURCE, "quote")


def test_a_quotation_told_as_fact_is_caught():
    [item] = quotes_found("C'est par calcul, et non par négligence, que l'ancien trésorier a détourné l'argent.")
    assert "calcul" in item.text and "sans guillemets ni auteur" in item.reason


def test_the_quotation_given_to_its_speaker_or_reported_passes():
    assert not told_as_fact("ligne 1", "Pour la procureure, c'est par calcul, et non par négligence, que le trésorier a détourné l'argent.", SOURCE)
    assert not told_as_fact("ligne 1", "C'est par calcul, et non par négligence, qu'il a détourné l'argent, a lancé Anne Berthelot.", SOURCE)
    assert not quotes_found("Anne Berthelot juge que Marc Ollivier n'a pas détourné l'argent par négligence, mais par calcul.")
    assert not quotes_found("La procureure a affirmé que l'ancien trésorier avait détourné par calcul, pas par négligence.")
    assert not quotes_found("Le club a perdu 300 000 euros en quatre saisons, et son ancien trésorier a été condamné jeudi.")
