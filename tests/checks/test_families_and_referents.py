"""Which noun a number counts (checks/counts.py) and whose nationality an adjective gives (checks/claims.py), read
through word families, partitives and pronouns: a rewrite may count « six boulangers » where the source counts « six
employés de la boulangerie », name the set a « deux d'entre eux » takes its part of, and give the nationality of the
person an « a-t-il protesté » stands for. Sentences written for these tests."""

from redac.checks.faithfulness import SourceFacts, unsupported_facts

BAKERY = SourceFacts([
    "La boulangerie Martin, rue des Lilas, a fermé lundi après un contrôle sanitaire.",
    "Six employés de la boulangerie ont été mis au chômage technique.",
    "Quatre militaires de la gendarmerie ont fouillé le fournil mardi.",
])
CLIMB = SourceFacts([
    "Une cordée de quatre alpinistes tchèques a été surprise par l'orage mercredi au-dessus de Chamonix.",
    "La foudre a blessé deux d'entre eux près du sommet.",
])


def counted(text: str, source: SourceFacts) -> list[str]:
    return [item.text for item in unsupported_facts([("ligne 1", text, True)], source) if item.kind == "counted"]


def test_a_noun_of_the_family_of_the_source_s_complement_counts_the_same():
    assert counted("Six boulangers ont été mis au chômage technique.", BAKERY) == []
    assert counted("Quatre gendarmes ont fouillé le fournil mardi.", BAKERY) == []
    assert counted("Six vendeurs ont été mis au chômage technique.", BAKERY) == ["Six vendeur"]
    assert counted("Quatre pompiers ont fouillé le fournil mardi.", BAKERY) == ["Quatre pompier"]


def test_a_partitive_counts_what_the_sentences_before_it_name():
    assert counted("La foudre a blessé deux des alpinistes près du sommet.", CLIMB) == []
    assert counted("La foudre a blessé deux guides près du sommet.", CLIMB) == ["deux guide"]


MATCH = SourceFacts([
    "Le gardien de but du club, le Néerlandais Bram de Wit, a été exclu à la 70e minute pour une sortie dangereuse.",
    "Les supporters ont sifflé l'arbitre jusqu'au coup de sifflet final.",
    "« Je n'ai jamais touché le joueur, j'ai joué le ballon », a-t-il protesté après la rencontre.",
])


def test_a_nationality_belongs_to_the_person_a_pronoun_stands_for():
    """« a-t-il protesté »: the goalkeeper named two sentences before, whose nationality the rewrite may give."""
    said = "Le gardien {} a protesté après la rencontre qu'il n'avait jamais touché le joueur et qu'il avait joué le ballon."
    kinds = [[item.text for item in unsupported_facts([("ligne 1", said.format(adjective), True)], MATCH) if item.kind == "adjective"]
             for adjective in ("néerlandais", "suédois")]
    assert kinds == [[], ["suédois"]]
