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

