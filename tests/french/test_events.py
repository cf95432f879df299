"""Events in French text (issue 16): what names what happened, and where. Hand-written French cases."""

from redac.french.events import event_at_place, event_at_title_place, event_word, names_event


def test_what_names_an_event():
    assert event_word("journée de grève") == "grève"
    assert event_word("tour de l’élection présidentielle") == "élection"
    assert names_event("tempête Ciaran") and names_event("fermeture de la maternité")
    assert not names_event("hausse identique")  # an adjective alone says no more than « hausse »
    assert not names_event("Rappel Conso")  # a capitalized head is a name (a website)
    assert not names_event("annonce de la grève")  # the frame of an event, not the event
    assert not names_event("hélicoptères de sauvetage")


def test_a_lone_event_takes_the_place_its_sentence_names():
    lead = ["Jeudi, un éboulement a coupé la route de trois hameaux sur la commune de Saint-Véran, selon la mairie."]
    assert event_at_place("éboulement", lead) == "éboulement à Saint-Véran"
    assert event_at_place("incendie", ["Un incendie a détruit un hangar à Brioude (Haute-Loire)."]) == "incendie à Brioude"
    assert event_at_place("grève", ["La grève a perturbé les départs à Noël."]) == ""  # a feast says when
    assert event_at_place("prix", ["Le prix a été remis à Jean Dupont."]) == ""  # two names: a person


def test_an_event_takes_the_town_its_source_title_opens_with():
    texts = ["Le car est entré en collision avec un tracteur, vers midi, à Lourdes (Hautes-Pyrénées)."]
    assert event_at_title_place("collision", "Lourdes : un car percute un tracteur", texts) == "collision à Lourdes"
    assert event_at_title_place("collision", "Lourdes : un car percute un tracteur", ["Le car a percuté un tracteur."]) == ""
    assert event_at_title_place("collision", "Un car percute un tracteur", texts) == ""
