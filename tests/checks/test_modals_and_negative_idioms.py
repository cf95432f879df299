"""Two false alarms of redac's own offline output (issue 16), as general classes, with the real negation still caught.

A modal negated on one verb and affirmed on another in the same source sentence (« ne doit pas nuire …, et doit
reposer … ») was a dropped negation once the splitter kept the second claim alone: the modal is compared on the
infinitive it governs. A fixed phrase written with a negation word (« c'est du jamais vu », « rien de moins que »,
« pas moins de ») was an added negation: it negates no word of its clause."""

from redac.checks.faithfulness import SourceFacts, unsupported_facts
from redac.french.negation import polarity, word_key


def found(text: str, source: SourceFacts) -> list:
    return unsupported_facts([("ligne 1", text, True)], source)


def kinds(text: str, source: SourceFacts) -> list[str]:
    return [item.kind for item in found(text, source)]


MODALS = SourceFacts([
    "Le préfet a précisé les conditions de l’autorisation accordée à la commune de Lannion.",
    "La dérogation ne doit pas nuire au maintien de l’espèce dans son aire naturelle, et doit reposer sur une étude scientifique indépendante.",
    "Le chantier ne pourra pas commencer avant l’été, mais pourra se poursuivre jusqu’en décembre, selon la mairie.",
])


def test_a_modal_kept_on_the_verb_the_source_affirms_is_no_dropped_negation():
    assert found("Troisièmement, la dérogation doit reposer sur une étude scientifique indépendante.", MODALS) == []
    assert found("En outre, la dérogation doit reposer sur une étude scientifique indépendante.", MODALS) == []
    assert found("Le chantier pourra se poursuivre jusqu’en décembre, selon la mairie.", MODALS) == []


def test_the_negated_verb_under_the_same_modal_is_still_a_dropped_negation():
    assert kinds("Troisièmement, la dérogation doit nuire au maintien de l’espèce dans son aire naturelle.", MODALS) == ["negation"]
    assert kinds("Le chantier pourra commencer avant l’été, selon la mairie.", MODALS) == ["negation"]
    # another verb the source does not affirm: « ne pourra pas jouer » → « pourra disputer » (tests/checks/test_claims.py)
    source = SourceFacts(["Le capitaine, blessé au genou, ne pourra pas jouer la finale contre Nantes, samedi."])
    assert kinds("Blessé au genou, le capitaine pourra disputer la finale contre Nantes samedi.", source) == ["negation"]


IDIOMS = SourceFacts([
    "Le festival de Vannes a accueilli 48 000 spectateurs, alors que c’est du jamais vu pour une première édition dans la région.",
    "Les organisateurs ont remercié les 300 bénévoles mobilisés pendant trois jours.",
    "La présidente veut pérenniser l’événement, dont le succès est inédit en Bretagne.",
    "Le budget atteint pas moins de 2 millions d’euros, a indiqué la présidente.",
])


def test_fixed_negative_phrases_negate_nothing():
    for sentence in ("C’est du jamais vu pour un festival.", "Ce succès n’est rien de moins qu’un record.",
                     "Il y a pas moins de 300 bénévoles.", "Il n’y a pas moins de 300 bénévoles.", "Il peut venir à n’importe quel moment.",
                     "Le succès est sans doute durable.", "Ce chiffre n’en reste pas moins modeste."):
        assert polarity(sentence).negations == 0, sentence
        assert not polarity(sentence).negated, sentence
    assert polarity("Le festival n’a jamais vu une telle affluence.").negated == {word_key("vu")}
    assert polarity("Il ne viendra sans doute pas.").negations == 1  # the « ne … pas » around the idiom still negates


def test_a_split_sentence_with_an_idiom_is_no_added_negation_and_a_real_one_is_caught():
    assert found("C’est du jamais vu pour une première édition dans la région.", IDIOMS) == []
    assert found("Le succès de l’événement est du jamais vu en Bretagne, selon la présidente.", IDIOMS) == []
    assert found("Le budget atteint pas moins de 2 millions d’euros, a indiqué la présidente.", IDIOMS) == []
    assert kinds("Les organisateurs n’ont jamais remercié les 300 bénévoles mobilisés pendant trois jours.", IDIOMS) == ["negation"]
    assert "negation" in kinds("Le succès de l’événement n’est pas inédit en Bretagne, selon la présidente.", IDIOMS)
