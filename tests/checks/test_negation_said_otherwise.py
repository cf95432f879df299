"""A negation said without « ne … pas », on sentences of the written articles: « vide de tout employé » for « Aucun
employé n'était présent » (« vide de » reaches what it empties, as « privé de » does), « La dernière finale perdue remontait à
2006 » for « n'avait plus perdu une finale depuis 2006 » (the last time, for not since). The dropped negation itself is
still caught."""

from redac.checks.faithfulness import SourceFacts, unsupported_facts
from redac.french.negation import polarity, word_key


def kinds(text: str, source: SourceFacts) -> list[str]:
    return [item.kind for item in unsupported_facts([("ligne 1", text, True)], source)]


FIRE = SourceFacts([
    "Trois pompiers ont été légèrement blessés, dont deux intoxiqués par les fumées. Aucun employé n'était présent sur le "
    "site au moment des faits.",
])
FINAL = SourceFacts([
    "Toulouse n'avait plus perdu une finale depuis 2006. Le club a désormais remporté six des huit dernières finales qu'il a disputées.",
])


def test_vide_de_negates_its_complement():
    read = polarity("Au moment des faits, le site était vide de tout employé.")
    assert read.denials == 1 and word_key("employé") in read.scope  # reached, as « privés de transport » reaches it
    assert kinds("Au moment des faits, le site était vide de tout employé.", FIRE) == []
    assert kinds("Au moment des faits, un employé était présent sur le site.", FIRE) == ["negation"]


def test_the_last_time_says_not_since():
    assert kinds("La dernière finale perdue par Toulouse remontait à 2006.", FINAL) == []
    assert kinds("Toulouse avait perdu une finale en 2006.", FINAL) != []
    assert kinds("Toulouse avait encore perdu une finale depuis 2006.", FINAL) == ["negation"]


UNLOADED = SourceFacts([
    "Le port est de nouveau ouvert depuis lundi. Plus de 300 camions attendaient encore mercredi d'être chargés.",
])


def test_still_waiting_says_not_yet():
    assert kinds("Mercredi, plus de 300 camions n'avaient toujours pas été chargés.", UNLOADED) == []
    assert kinds("Mercredi, plus de 300 camions avaient tous été chargés.", UNLOADED) == ["negation"]
    assert kinds("Mercredi, aucun camion n'attendait plus d'être chargé.", UNLOADED) == ["negation"]  # the wait itself denied


NOT_FIRST = SourceFacts([
    "Ce n'est pas la première panne de ce genre sur la ligne. En mars 2021, un train était resté bloqué six heures en pleine voie.",
])


def test_not_the_first_said_as_done_before():
    assert kinds("Une panne de ce genre s'était déjà produite sur la ligne : en mars 2021, un train était resté bloqué six heures en pleine voie.",
                 NOT_FIRST) == []
    assert kinds("C'est la première panne de ce genre sur la ligne : en mars 2021, un train était resté bloqué six heures en pleine voie.",
                 NOT_FIRST) == ["negation"]
