"""Numbers written in words and dates without digits, as facts compare them."""

import pytest

from redac.french.dates import word_dates
from redac.french.facts import extract_facts
from redac.french.numbers import word_numbers


def values(text: str, kind: str) -> list[str]:
    return [fact.value for fact in extract_facts(text) if fact.kind == kind]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("vingt-six pays", 26), ("quatre-vingt-dix jours", 90), ("quatre-vingts pompiers", 80), ("soixante et onze", 71),
        ("deux cents salariés", 200), ("deux cent mille", 200_000), ("mille deux cents", 1_200),
        ("un demi-million d'habitants", 500_000), ("un million et demi", 1_500_000), ("Cent vingt tableaux", 120),
        ("dix-neuf voix", 19), ("vingt et une", 21),
    ],
)
def test_word_numbers(text, value):
    assert [number.value for number in word_numbers(text)] == [value]


def test_articles_and_adjectives_are_not_numbers():
    assert word_numbers("un homme et une femme") == []
    assert word_numbers("un bâtiment neuf.") == []
    assert word_numbers("des chars remis à neuf d'ici 2024") == []
    assert [n.value for n in word_numbers("deux et trois")] == [2, 3]


def test_word_numbers_equal_digits_with_their_units():
    assert values("26 pays", "number") == values("vingt-six pays", "number") == ["26"]
    assert values("4 mois", "number") == values("quatre mois", "number")
    assert values("75 ans", "number") == values("soixante-quinze ans", "number")
    assert values("deux millions d'euros", "number") == values("2 millions d'euros", "number")
    assert values("cinq pour cent", "number") == values("5 %", "number")


def test_ordinals_and_approximations_have_their_own_keys():
    assert values("son 23e titre", "number") == values("son vingt-troisième titre", "number") == ["23e"]
    assert values("la troisième fois", "number") != values("trois fois", "number")
    assert values("une dizaine de formations", "number") == ["~10"]
    assert values("des dizaines de blessés", "number") == []


def test_a_spelled_number_opening_a_sentence_is_not_a_name():
    assert [fact.kind for fact in extract_facts("Dix-huit pays participent.")] == ["number"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("En mai, il avait averti", "--05"), ("ce printemps", "saison:printemps"), ("l'été sans nuit", "saison:ete"),
        ("hier soir", "relatif:hier"), ("avant-hier", "relatif:avant-hier"), ("mardi dernier", "relatif:jour-1"),
        ("la semaine prochaine", "relatif:semaine+1"), ("l'an dernier", "relatif:an-1"), ("le mois dernier", "relatif:mois-1"),
        ("cette année", "relatif:an0"), ("ce mois-ci", "relatif:mois0"), ("l'année prochaine", "relatif:an+1"),
    ],
)
def test_word_dates(text, value):
    assert [date.value for date in word_dates(text)] == [value]


def test_participle_ete_is_not_a_season_and_day_dates_keep_their_key():
    assert word_dates("Il a été reçu.") == []
    assert values("le 12 mai 2024", "date") == ["2024-05-12"]
    assert "mardi" in values("mardi dernier", "date")  # the weekday is still checked


def test_day_and_year_nouns_are_the_units_of_days_and_years():
    from redac.french.facts import extract_facts

    values = [fact.value for fact in extract_facts("le troisième jour, la troisième journée, deux ans, deux années") if fact.kind == "number"]
    assert values == ["3e jour", "3e jour", "2 an", "2 an"]


def test_an_article_before_an_ordinal_is_no_number_and_compound_ordinals_join():
    assert [f.value for f in extract_facts("une deuxième usine")] == ["2e"]
    assert [f.value for f in extract_facts("sa vingt et unième victoire")] == ["21e"]


def test_units_written_in_full_equal_their_symbols():
    for full, short in [("trente-cinq kilomètres", "35 km"), ("21 heures", "21 h"), ("3 000 mètres carrés", "3 000 m²")]:
        assert [f.value for f in extract_facts(full)] == [f.value for f in extract_facts(short)], full


def test_fractions_and_ordinal_words_imply_numbers():
    from redac.french.numbers import implied_numbers

    assert implied_numbers("dont un quart la nuit") == {"25%"}
    assert {"67%", "1e", "2e"} <= implied_numbers("deux tiers des voix pour le premier tour et une seconde usine")
    assert implied_numbers("quarante secondes") == set()


def test_a_name_after_an_elided_que_is_a_name():
    names = [fact.text for fact in extract_facts("Elle a obtenu deux fois moins qu'Aerlis, et plus lorsqu’Émile Garnier a négocié.") if fact.kind == "name"]
    assert names == ["Aerlis", "Émile Garnier"]


def test_a_two_letter_acronym_spells_a_name_of_the_source_word_by_word():
    from redac.french.facts import spells_out

    assert spells_out("LR", "gerard pons (les republicains)", ["Gérard Pons", "Les Républicains"])
    assert not spells_out("PS", "gerard pons (les republicains)", ["Gérard Pons", "Les Républicains"])
    assert not spells_out("LR", "la region a refuse", [])  # two letters never read off common words


def test_the_first_bound_of_a_range_takes_the_scale_and_unit_of_the_second():
    values = [fact.value for fact in extract_facts("La dette est passée de 11 à 22 millions d'euros, le budget entre 3 et 4 milliards.")]
    assert values == ["11000000 euro", "22000000 euro", "3000000000", "4000000000"]
    assert [fact.value for fact in extract_facts("Il a joué de 2019 à 2024.")] == ["2019", "2024"]


def test_a_season_adjective_dates_as_its_noun():
    """« la fermeture hivernale » holds « l'hiver »; « un festival » holds no « estival »."""
    assert [date.value for date in word_dates("La station ferme pendant la trêve hivernale et rouvre aux beaux jours.")] == ["saison:hiver"]
    assert [date.value for date in word_dates("Les travaux estivaux du pont reprendront en juillet.")] == ["saison:ete", "--07"]
    assert word_dates("Le festival de la ville attire les familles.") == []


def test_the_first_day_of_a_range_takes_the_month_of_the_second():
    """« du 11 au 12 mars »: the 11th is a day of March, not a bare number another « 11 » or « onze » could support."""
    from redac.french.facts import extract_facts

    dates = {fact.value for fact in extract_facts("La grève a duré du 4 au 6 février 2025, puis entre le 1er et le 3 mars.") if fact.kind == "date"}
    assert {"2025-02-04", "2025-02-06", "--03-01", "--03-03"} <= dates


def test_a_range_s_first_day_changed_is_caught_even_when_the_number_is_elsewhere():
    import redac

    source = "Les vols ont eu lieu dans la nuit du 11 au 12 mars, selon les enquêteurs. Le gardien a été condamné à dix-huit mois.\n"
    article = "# Vols\n\nLes vols ont eu lieu dans la nuit du 18 au 12 mars, selon les enquêteurs.\n"
    assert any(item.kind == "date" for item in redac.check(article, source=source).unsupported)


def test_hours_and_a_part_read_in_minutes():
    """« deux heures et quart », « 2 h 15 », « un quart d'heure »: one time in minutes (french/numbers.hour_parts), so that
    « 2 h 15 » is no « 15 » the source never wrote, and « quinze minutes » says « un quart d'heure »; another number of
    minutes still differs."""
    from redac.checks.faithfulness import SourceFacts, unsupported_facts
    from redac.french.numbers import hour_parts
    from redac.french.text import fold

    assert [value for *_, value in hour_parts(fold("deux heures et quart, puis 2 h 15 et 3h45, un quart d'heure"))] == [
        "15 minute", "135 minute", "135 minute", "225 minute"]
    assert hour_parts(fold("un record de 2 h 01 min 09 s")) == []  # minutes and seconds: not one time
    show = SourceFacts(["Le concert, qui a duré deux heures et quart, a commencé un quart d'heure après l'ouverture des portes, à 21 h 10."])

    def kinds(text: str) -> list[str]:
        return [item.kind for item in unsupported_facts([("ligne 1", text, True)], show)]

    assert kinds("Long de 2 h 15, le concert a commencé quinze minutes après l'ouverture des portes, à 21 h 10.") == []
    assert kinds("Long de 2 h 45, le concert a commencé quinze minutes après l'ouverture des portes, à 21 h 10.") == ["number"]
    assert kinds("Long de 2 h 15, le concert a commencé vingt minutes après l'ouverture des portes, à 21 h 10.") == ["number"]
    assert kinds("Long de 2 h 15, le concert a commencé quinze minutes après l'ouverture des portes, à 21 h 40.") == ["number"]
