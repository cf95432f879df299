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
