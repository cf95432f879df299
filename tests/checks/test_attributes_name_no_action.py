"""« X est la conseillère fédérale chargée des Finances »: the attribute of a copula names someone, it acts on nothing.
Found on redac's own FAQ answer for blind13's a86 (« Qui est … ? »), whose source joins two subjects to one verb."""

import redac

SOURCE = ("La ministre de la Santé, Claire Dubois, et la présidente régionale chargée des Transports, Anne Lenoir, ont "
          "inauguré lundi à Vannes le nouvel hôpital, qui comptera 400 lits.\n")


def test_who_someone_is_raises_no_role_alarm() -> None:
    article = "# Hôpital de Vannes\n\nAnne Lenoir est la présidente régionale chargée des Transports.\n"
    assert redac.check(article, source=SOURCE).unsupported == []


def test_an_action_given_to_the_other_person_is_still_caught() -> None:
    source = "Claire Dubois a inauguré lundi à Vannes le nouvel hôpital, a précisé Anne Lenoir.\n"
    article = "# Hôpital de Vannes\n\nAnne Lenoir a inauguré lundi à Vannes le nouvel hôpital, a précisé Claire Dubois.\n"
    assert redac.check(article, source=source).unsupported != []
