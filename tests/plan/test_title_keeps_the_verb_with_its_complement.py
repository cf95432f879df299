"""A short aside between a verb and its complement (« faisait état, le 19 février, de … ») never leaves the title's verb
without what it needs; a dropped weekday takes its closing comma (seen on real pages: « Le dernier pointage faisait
état », « Euclid a dévoilé, ses premières images »). Sentences written for these tests."""

from redac.french.when import without_when
from redac.plan.title_cuts import without_aside_before_complement
from redac.plan.titles import title_candidates


def test_a_weekday_between_two_commas_takes_its_closing_comma():
    assert without_when("La sonde a transmis, ce jeudi 14 mars, ses premières mesures") == "La sonde a transmis ses premières mesures"
    assert without_when("Le maire a annoncé, hier soir, sa démission") == "Le maire a annoncé sa démission"
    assert without_when("Lundi, le conseil a voté le budget").strip(" ,") == "le conseil a voté le budget"


def test_an_aside_right_after_the_verb_is_dropped_before_its_complement():
    assert without_aside_before_complement("Le dernier comptage faisait état, le 3 mai, de 12 000 signatures") == (
        "Le dernier comptage faisait état de 12 000 signatures")
    assert without_aside_before_complement("L'incendie a détruit, en une seule nuit, plus de 300 hectares de pinède") == (
        "L'incendie a détruit plus de 300 hectares de pinède")


def test_an_aside_that_opens_a_clause_or_ends_a_list_stays():
    clause = "La grève a perturbé le trafic, mais sans provoquer de chaos, l'opérateur ayant prévenu les voyageurs"
    assert without_aside_before_complement(clause) == clause
    listed = "Les skieurs pourront glisser à Autrans, Bessans, au Sappey et au Grand Revard"
    assert without_aside_before_complement(listed) == listed
    subject = "Le maire a démissionné, selon la préfecture, le conseil municipal est dissous"
    assert without_aside_before_complement(subject) == subject


def test_no_title_stops_on_the_verb_before_the_aside():
    lead = ("La pétition contre la fermeture de la maternité de Quimperlé a recueilli 15 000 signatures en un mois. "
            "Le dernier comptage faisait état, le 3 mai, de 12 000 signatures en ligne et de 3 000 sur papier.")
    texts = [candidate.text for candidate in title_candidates(None, "maternité de Quimperlé", lead, [])]
    assert texts and not any(text.rstrip().endswith("faisait état") for text in texts)


def test_an_angle_reads_the_main_verb_past_a_relative_aside():
    from redac.french.angles import compressed_angles

    angles = compressed_angles("Le robot Perseverance, qui a pour tâche de chercher la matière noire des roches, a prélevé un échantillon")
    assert angles and all(angle.startswith(("Le robot Perseverance a prélevé", "Le robot a prélevé")) for angle in angles)
