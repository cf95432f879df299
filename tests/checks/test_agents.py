"""A passive's agent given another part of its verb (checks/agents.py), on sentences written for these tests: the agent
made the active verb's object, two agents exchanged, the one something is ordered from made the one who orders are
caught; the agent kept (by a name or by its title), made the subject, or two agents coordinated in another order, pass."""

from redac.checks.agents import moved_agents
from redac.checks.faithfulness import SourceFacts
from tests.checks import found

SOURCE = SourceFacts([
    "La randonneuse égarée, une Lyonnaise de 52 ans, avait été ramenée saine et sauve par ses deux fils.",
    "Les deux alpinistes ont été hélitreuillés au sommet du Pelvoux par les secouristes du peloton de Chamonix, après trois heures d'attente.",
    "Le musée a acquis le tableau, vendu en juin à un collectionneur genevois pour 80 000 euros.",
    "La rénovation, financée par le conseil départemental, Claire Morvan en tête, et par la fondation Aubrac, durera deux ans.",
])


def roles_found(text: str) -> list:
    return found(text, SOURCE, "role")


def test_the_agent_made_the_active_verbs_object_is_caught():
    [item] = roles_found("La randonneuse égarée, une Lyonnaise de 52 ans, avait ramené saine et sauve ses deux fils.")
    assert item.text == "ramené" and "agent" in item.reason


def test_the_agent_made_the_subject_passes():
    assert not roles_found("Ses deux fils avaient ramené saine et sauve la randonneuse égarée, une Lyonnaise de 52 ans.")


def test_two_agents_exchanged_are_caught():
    text = ("Les deux alpinistes ont été hélitreuillés au sommet du Pelvoux par ses deux fils, après trois heures d'attente ; "
            "la randonneuse avait été ramenée saine et sauve par les secouristes du peloton de Chamonix.")
    assert moved_agents(text, SOURCE)


def test_an_agent_named_by_its_title_or_in_another_order_passes():
    assert not moved_agents("Ramenée saine et sauve par ses fils, la randonneuse égarée a 52 ans.", SOURCE)
    assert not moved_agents("Les secouristes de Chamonix ont hélitreuillé les deux alpinistes au sommet du Pelvoux.", SOURCE)
    assert not moved_agents("La rénovation, financée par la fondation Aubrac et par le conseil départemental, durera deux ans.", SOURCE)
    assert not moved_agents("La rénovation, financée par Claire Morvan et son conseil départemental, durera deux ans.", SOURCE)


def test_the_one_sold_to_made_the_seller_is_caught():
    [item] = roles_found("Le musée a acquis le tableau, vendu en juin par un collectionneur genevois pour 80 000 euros.")
    assert item.text == "vendu"
    assert not roles_found("Le musée a acquis le tableau, vendu en juin à un collectionneur genevois pour 80 000 euros.")


def test_a_second_agent_beyond_a_relative_clause_is_read():
    source = SourceFacts(["L'essai est financé par le laboratoire Bioryne, qui fournit la molécule, et par l'Inserm."])
    assert not moved_agents("L'essai est financé par l'Inserm, ainsi que par le laboratoire Bioryne, qui fournit la molécule.", source)
    assert not moved_agents("L'essai est financé par l'Inserm, qui fournit la molécule, ainsi que par le laboratoire Bioryne.", source)
