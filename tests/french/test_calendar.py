"""Dates read from a page's stamp into ISO 8601, and written back as a French reader writes them. Stamps written for
these tests."""

from redac.french.calendar import iso_date, long_date


def test_french_stamps_give_their_date_and_time():
    assert iso_date("Publié le mercredi 25 novembre 2026 à 06h45") == "2026-11-25T06:45"
    assert iso_date("Mis à jour le 8 févr. 2024 à 7:45") == "2024-02-08T07:45"
    assert iso_date("Le 1er mai 2024") == "2024-05-01"
    assert iso_date("Article publié le 12/03/2024 à 10h05") == "2024-03-12T10:05"
    assert iso_date("2024-03-12T10:00:00+01:00") == "2024-03-12T10:00:00+01:00"


def test_a_stamp_with_no_sure_date_gives_none():
    assert iso_date("il y a 3 heures") is None
    assert iso_date("mars 2024") is None
    assert iso_date("le 3 ju 2024") is None  # « juin » or « juillet »
    assert iso_date("le 32 mai 2024") is None


def test_long_date_reads_a_stamp_too():
    assert long_date("Publié le mercredi 25 novembre 2026 à 06h45") == "25 novembre 2026"
    assert long_date("2024-03-01") == "1er mars 2024"
    assert long_date("il y a 3 heures") == "il y a 3 heures"
