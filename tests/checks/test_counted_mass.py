"""A mass counts its complement (checks/counts.py): tonnes and kilos are one unit, the noun after « de » what they weigh."""


def test_a_mass_still_says_what_it_weighs():
    """Read as a mass, « 900 tonnes de poisson » still counts fish: « 900 tonnes de crevettes » is another count, and
    « 900 000 kilos de poisson » the same one."""
    import redac
    from redac.checks.faithfulness import unsupported_facts
    from redac.pipeline import source_facts

    source = "Le chantier livrera six chalutiers. Chacun pourra stocker 900 tonnes de poisson congelé dans ses cales."
    facts = source_facts(redac.clean(source))
    swapped = unsupported_facts([("", "Chacun pourra stocker 900 tonnes de crevettes congelées.", True)], facts)
    assert [item.kind for item in swapped] == ["counted"]
    assert unsupported_facts([("", "Chacun pourra garder 900 000 kilos de poisson congelé dans ses cales.", True)], facts) == []
