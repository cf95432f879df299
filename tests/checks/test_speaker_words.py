"""checks/speaker_words: a quotation's words given to the title the source calls its speaker by are attributed."""

from redac.checks.faithfulness import SourceFacts, unsupported_facts

EXPERT = SourceFacts([
    "Le tableau a été adjugé 1,2 million d'euros dimanche à Drouot.",
    "« La signature, la touche du ciel : tout désigne l'atelier de Ruisdael », affirme le commissaire-priseur, qui reste prudent.",
])
PROSECUTOR = SourceFacts([
    "« Le pilote n'aurait jamais dû décoller par ce vent », a estimé le procureur, qui a requis deux ans de prison.",
])


def kinds(text: str, source: SourceFacts) -> list[str]:
    return [item.kind for item in unsupported_facts([("ligne 1", text, True)], source)]


def test_words_given_to_the_speakers_title_are_attributed():
    """« Pour le commissaire-priseur, … », « Selon le procureur, … »: the source names the speaker by a title only, and the
    sentence gives the words to it; the same words told as a fact, or set after a colon (direct speech that lost its
    guillemets), are still caught."""
    assert kinds("Pour le commissaire-priseur, la signature et la touche du ciel désignent l'atelier de Ruisdael.", EXPERT) == []
    assert kinds("La signature et la touche du ciel désignent l'atelier de Ruisdael.", EXPERT) == ["quote"]
    assert kinds("Selon le procureur, le pilote n'aurait jamais dû décoller par ce vent.", PROSECUTOR) == []
    assert kinds("Le procureur l'a estimé : le pilote n'aurait jamais dû décoller par ce vent.", PROSECUTOR) == ["quote"]
