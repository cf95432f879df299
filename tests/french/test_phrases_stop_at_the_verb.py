"""A noun phrase stops where its noun's verb starts (seen as headings on real pages: « Comité d'organisation
donne », « Atelier reste silencieux », « Fermeture temporaire risque »). Sentences written for these tests."""

from redac.french.phrases import phrase_counts


def _phrases(sentence: str) -> list[str]:
    return list(phrase_counts([sentence])[1].values())


def test_a_verb_after_its_subject_ends_the_phrase():
    assert "conseil municipal" in _phrases("Le conseil municipal adopte le budget primitif à l'unanimité.")
    assert "syndicat majoritaire" in _phrases("Le syndicat majoritaire dénonce l'accord signé mardi.")
    assert "marché immobilier" in _phrases("Le marché immobilier reste fragile dans la région.")
    assert "pénurie de carburant" in _phrases("La pénurie de carburant menace de durer tout le mois.")
    assert "commission d'enquête" in _phrases("La commission d'enquête rend en juin ses conclusions.")


def test_nouns_and_adjectives_that_look_like_verbs_stay():
    assert "plan de relance" in _phrases("Le plan de relance sera voté jeudi.")
    assert "risque d'incendie" in _phrases("Le risque d'incendie est élevé.")
    assert "ville fantôme" in _phrases("Les touristes ont quitté la ville fantôme.")
    assert "groupe armé" in _phrases("Le groupe armé a quitté la région.")


def test_a_year_word_lives_only_in_its_locution():
    assert not any(phrase.endswith(("l'an", "l’an")) for phrase in _phrases("Le meilleur joueur de l'an dernier a signé."))


def test_an_adverb_of_degree_ends_the_phrase():
    texts = _phrases("Il a fallu bien des heures tant l'insaisissable chaton se cachait sous le siège arrière.")
    assert texts and not any("tant" in text for text in texts)
