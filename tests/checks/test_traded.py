"""Role shapes of issue 14 on cases written for these tests: a post taken or left (« prendre / laisser sa place »),
hiring under another verb, a choice whose favoured side is the verb's object, nationalities and owners traded between
two nouns, a comparison's base year traded, a passive accusation in apposition. Each swap is caught; the same facts
said in other words are not."""

from redac.checks.faithfulness import SourceFacts, unsupported_facts

SOURCE = SourceFacts([
    "Le directeur de l'hôpital, Alain Kerhervé, a été remplacé lundi par son adjointe, Sophie Le Du.",
    "Pour le remplacer, le conseil a recruté le Gallois Owen Price, libéré par Cardiff.",
    "La mairie a loué la salle au club de Morlaix au détriment de l'association des commerçants.",
    "Le ministre espagnol a menacé de suspendre les exportations espagnoles vers les ports portugais.",
    "La course a mobilisé trois bateaux de la gendarmerie et un hélicoptère des pompiers.",
    "En 2024, la foire a attiré trois fois plus de visiteurs qu'en 2021.",
    "La fédération a infligé une amende à l'Olympique de Brest, accusé par le Stade lorientais d'avoir triché.",
])


def roles(text: str, source: SourceFacts = SOURCE) -> list[str]:
    return [item.kind for item in unsupported_facts([("ligne 1", text, True)], source) if item.kind == "role"]


def test_swaps_in_each_shape_are_caught():
    assert roles("Lundi, le directeur de l'hôpital, Alain Kerhervé, a pris la place de son adjointe, Sophie Le Du.")
    assert roles("Sophie Le Du a laissé sa place lundi à Alain Kerhervé, directeur de l'hôpital.")
    assert roles("Pour le remplacer, Cardiff a engagé le Gallois Owen Price, que le conseil avait libéré.")
    assert roles("La mairie a loué la salle à l'association des commerçants aux dépens du club de Morlaix.")
    assert roles("Le ministre espagnol a menacé de suspendre les exportations portugaises vers les ports espagnols.")
    assert roles("La course a mobilisé trois hélicoptères de la gendarmerie et un bateau des pompiers.")
    assert roles("En 2021, la foire a attiré trois fois plus de visiteurs qu'en 2024.")
    assert roles("Le Stade lorientais, accusé par l'Olympique de Brest d'avoir triché, s'est vu infliger une amende par la fédération.")


def test_the_same_roles_in_other_words_raise_nothing():
    assert not roles("Lundi, son adjointe, Sophie Le Du, a pris la place du directeur de l'hôpital, Alain Kerhervé.")
    assert not roles("Alain Kerhervé, directeur de l'hôpital, a laissé sa place lundi à son adjointe, Sophie Le Du.")
    assert not roles("Libéré par Cardiff, le Gallois Owen Price a été engagé par le conseil pour le remplacer.")
    assert not roles("La mairie a loué la salle au club de Morlaix, aux dépens de l'association des commerçants.")
    assert not roles("Le ministre espagnol a menacé de suspendre vers les ports portugais les exportations espagnoles.")
    assert not roles("Un hélicoptère des pompiers et trois bateaux de la gendarmerie ont été mobilisés pour la course.")
    assert not roles("La foire a attiré en 2024 trois fois plus de visiteurs qu'en 2021.")
    assert not roles("L'Olympique de Brest, accusé par le Stade lorientais d'avoir triché, s'est vu infliger une amende par la fédération.")


def test_a_person_replaced_in_the_same_words_and_owners_named_by_title_traded():
    source = SourceFacts(["Le conseil a validé lundi l'élection de Marie Caradec à la présidence du syndicat.",
                          "La liste de M. Ollivier, qui accusait l'équipe de Mme Caradec d'avoir truqué le vote, avait saisi le conseil."])
    assert roles("Le conseil a validé lundi l'élection de M. Ollivier à la présidence du syndicat.", source)
    assert not roles("Lundi, le conseil a validé l'élection de Marie Caradec à la présidence du syndicat.", source)
    assert roles("La liste de Mme Caradec, qui accusait l'équipe de M. Ollivier d'avoir truqué le vote, avait saisi le conseil.", source)
    assert not roles("L'équipe de Mme Caradec était accusée d'avoir truqué le vote par la liste de M. Ollivier, qui avait saisi le conseil.", source)


def test_an_agent_moved_onto_another_verb_or_replaced_by_another_person_on_the_same_object():
    source = SourceFacts(["La directrice, Claire Morin, a reçu lundi les représentants du personnel. Elle a proposé une prime de 300 euros, "
                          "que le syndicat a refusée.",
                          "Le trésorier du club, Marc Rivière, a estimé le déficit à 80 000 euros."])
    assert roles("Le syndicat a proposé une prime de 300 euros, que la direction a refusée.", source)
    assert not roles("Le syndicat a refusé la prime de 300 euros que la directrice avait proposée.", source)
    assert roles("Selon le club, Claire Morin a évalué le déficit à 80 000 euros.", source)
    assert not roles("Marc Rivière, trésorier du club, a évalué le déficit à 80 000 euros.", source)
