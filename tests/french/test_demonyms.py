"""Places named by an adjective of residence made on their own name (french/demonyms.py `_built_on`): « morbihannais »
for « le Morbihan », « finistérien » for « le Finistère ». Texts written for these tests."""

from redac.french.demonyms import supports_place
from redac.french.text import fold


def test_an_adjective_made_on_the_place_names_it():
    assert supports_place("Morbihan", fold("un jeune coureur morbihannais"))
    assert supports_place("Finistère", fold("une coopérative finistérienne"))
    assert supports_place("Toulouse", fold("les supporters toulousains"))


def test_another_place_a_short_stem_or_no_building_names_nothing():
    assert not supports_place("Finistère", fold("un jeune coureur morbihannais"))
    assert not supports_place("Ain", fold("les ainés du village"))  # a stem under four letters meets any word
    assert not supports_place("Morbihan", fold("un jeune coureur morbihannais"), built=False)


def test_a_residents_noun_made_on_the_place_names_it():
    """« les deux Hambourgeois » for « originaires de Hambourg », « un Chamoniard » for « originaire de Chamonix »: the
    residents' noun made on the place's name (a soft « e », a silent last letter aside) is no name absent from the source;
    another place's residents, or a word that only begins like one of the source's words, still are."""
    from redac.checks.faithfulness import SourceFacts, unsupported_facts

    assert supports_place("Hambourgeois", fold("deux navigateurs originaires de Hambourg"))
    assert supports_place("Chamoniard", fold("un guide originaire de Chamonix"))
    assert not supports_place("Martinais", fold("Jean Martin est arrivé"))  # no place introduced as one
    source = SourceFacts(["Les deux alpinistes, originaires de Quimperlé, ont atteint le sommet samedi à l'aube."])

    def kinds(text: str) -> list[str]:
        return [item.kind for item in unsupported_facts([("ligne 1", text, True)], source)]

    assert kinds("Les deux Quimperlois ont atteint le sommet samedi à l'aube.") == []
    assert kinds("Les deux Brestois ont atteint le sommet samedi à l'aube.") == ["name"]
