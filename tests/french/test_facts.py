"""Facts as the checks read them (french/facts.py): numbers keyed in one unit however they are written."""


def test_a_mass_in_tonnes_is_the_same_number_in_kilos():
    """« 2,4 tonnes de cocaïne » rewritten « 2 400 kilos » was flagged as a wrong number (blind16 f5242, tuned f5140):
    a count of a larger unit is keyed in the smaller one, as decades and centuries are in years."""
    from redac.french.facts import extract_facts

    def values(text: str) -> list[str]:
        return [fact.value for fact in extract_facts(text) if fact.kind == "number"]

    assert values("Les douanes ont saisi 2,4 tonnes de cocaïne.") == values("Les douanes ont saisi 2 400 kilos de cocaïne.")
    assert values("Le satellite pèse quatre tonnes.") == values("Le satellite pèse 4 000 kilogrammes.")
    assert values("La récolte a atteint 850 tonnes.") != values("La récolte a atteint 850 kilos.")



def test_a_nationality_stands_for_its_country_across_africa_and_asia():
    """« un porte-conteneurs libérien » for « battant pavillon du Liberia » was flagged (blind16 f5246): the table of
    nationalities (french/data/demonyms.txt) lacked some twenty countries."""
    from redac.french.demonyms import supports_adjective
    from redac.french.text import fold

    for adjective, place in [("liberien", "battant pavillon du Liberia"), ("birman", "l'armée de Birmanie"),
                             ("cambodgien", "à Phnom Penh"), ("mauricien", "sur l'île Maurice"), ("togolais", "au Togo")]:
        assert supports_adjective(adjective, fold(place)), adjective
    assert not supports_adjective("mauricien", fold("Maurice Dupont, le maire"))  # a first name is no island
