"""Counts and negations that a rewrite in new words says otherwise without changing the claim (blind12's false
alarms, by class): a score's second number and a nil score (« 3-2 », « deux sets à rien »), a part of a measure
(« dont deux avec sursis »), a superlative before the counted noun (« les trois plus vieilles cuves »), the participle
noun of the source's verb (« emploie 40 personnes »: 40 « salariés »), a bound said with a negation (« pas plus de
dix minutes » for « à peine dix minutes »), « la première fois que » for « jamais », a contrastive « et non des X »,
and a reporter named by a noun. Sentences written for these tests; each class is also checked on a rewrite that
does change the claim."""

from redac.checks.faithfulness import SourceFacts, unsupported_facts
from redac.french.negation import polarity, word_key

HANDBALL = SourceFacts([
    "Le HBC Vierzon a battu Saint-Lô de deux buts, 31 à 29, samedi en match retour.",
    "Les Berrichons, menés 3-0 après cinq minutes, ont renversé la rencontre grâce à leur gardien.",
    "C'est la première fois que Vierzon atteint les demi-finales de la Coupe de France.",
])
TRIAL = SourceFacts([
    "Le tribunal de Rodez a condamné mardi un ancien comptable à trois ans de prison, dont un avec sursis, pour le détournement de 90 000 euros.",
    "La coopérative, qui emploie 40 personnes, devra remplacer ses trois camions les plus anciens avant l'été.",
    "La panne a duré à peine dix minutes.",
    "« Nous voulons des excuses, pas des promesses », a déclaré le délégué syndical.",
])


def findings(text: str, source: SourceFacts) -> list[tuple[str, str]]:
    return [(item.kind, item.text) for item in unsupported_facts([("ligne 1", text, True)], source)]


def test_a_score_s_second_number_and_a_nil_score_count_nothing():
    assert findings("Vierzon s'est imposé 31-29 face à Saint-Lô samedi au retour.", HANDBALL) == []
    assert findings("Menés trois à rien après cinq minutes, les Berrichons ont retourné le match grâce à leur gardien.", HANDBALL) == []
    assert polarity("Ils étaient menés deux sets à rien.").negations == 0
    assert polarity("Il ne sert à rien de crier.").negations == 1


def test_a_part_of_a_measure_and_a_superlative_keep_the_count():
    assert findings("L'ancien comptable a écopé mardi de trois ans de prison, dont un assorti du sursis.", TRIAL) == []
    assert findings("La coopérative devra changer avant l'été ses trois plus vieux camions.", TRIAL) == []
    assert findings("La coopérative devra changer avant l'été ses trois plus vieux pressoirs.", TRIAL) == [("counted", "trois pressoir")]


def test_the_participle_noun_of_the_source_s_verb_counts_its_people():
    assert findings("La coopérative compte 40 salariés.", TRIAL) == []
    assert findings("La coopérative compte 40 adhérents.", TRIAL) == [("counted", "40 adherent")]


def test_a_bound_said_with_a_negation_meets_the_source_s_a_peine():
    assert findings("La panne n'a pas duré plus de dix minutes.", TRIAL) == []
    assert word_key("pris") in polarity("Le vote n'a pas pris plus d'une heure.").capped
    assert word_key("duré") in polarity("La panne a duré au plus dix minutes.").at_most
    assert polarity("Il a promis au plus de revenir.").at_most == frozenset()
    assert ("negation", "duré") in findings("La panne n'a pas duré dix minutes.", TRIAL)


def test_first_time_that_says_never_before():
    assert findings("Vierzon n'avait encore jamais atteint les demi-finales de la Coupe de France.", HANDBALL) == []
    assert word_key("atteint") in polarity("Vierzon n'a jamais atteint les demi-finales.").negated


def test_a_contrastive_et_non_denies_what_follows_it():
    assert word_key("promesses") in polarity("Il veut des excuses et non des promesses.").negated
    assert findings("Le délégué syndical a déclaré vouloir des excuses et non des promesses.", TRIAL) == []
    assert ("negation", "promesses") in findings("Le délégué syndical a déclaré vouloir des excuses et des promesses.", TRIAL)


def test_a_negated_bound_is_still_a_negation():
    night = SourceFacts(["« Je n'ai pas dormi plus de trois heures par nuit pendant la traversée », a raconté la navigatrice."])
    assert findings("La navigatrice a raconté n'avoir jamais dormi plus de trois heures par nuit pendant la traversée.", night) == []
    assert ("negation", "dormi") in findings("La navigatrice a raconté avoir dormi plus de trois heures par nuit pendant la traversée.", night)


FIRE = SourceFacts([
    "Un incendie a détruit dans la nuit de samedi un entrepôt de pneus à Montargis, selon le préfet du Loiret, Hugo Lemaire.",
    "Les pompiers ont mobilisé quarante hommes et vingt véhicules pendant six heures.",
    "Le maire de Montargis, Anne Coutant, a rendu visite aux salariés dimanche.",
    "« Aucun emploi ne sera supprimé », a affirmé l'élue de 61 ans.",
])


def test_a_reporter_named_by_a_noun_must_not_be_another_party_of_the_article():
    assert findings("Un entrepôt de pneus a été détruit par un incendie dans la nuit de samedi à Montargis, selon les pompiers.", FIRE) == [
        ("speaker", "les pompiers")]
    assert findings("Un entrepôt de pneus a été détruit par un incendie dans la nuit de samedi à Montargis, selon le préfet du Loiret.", FIRE) == []
    assert findings("« Aucun emploi ne sera supprimé », a affirmé le maire, âgée de 61 ans.", FIRE) == []  # a title for a title
