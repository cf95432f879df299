"""Headline forms of a clause (issue 16): asides dropped, headline style, a finite verb. Hand-written French cases."""

from redac.french.headlines import counted_subjects, has_finite_verb, headline, without_asides


def test_who_says_it_is_no_part_of_a_title():
    assert without_asides("D’après les chiffres du ministère, le maire sortant a obtenu 41 % des voix.") == \
        "Le maire sortant a obtenu 41 % des voix."
    assert without_asides("Au moins 14 personnes, selon un bilan provisoire, sont mortes dans la collision.") == \
        "Au moins 14 personnes sont mortes dans la collision."
    assert without_asides("Neuf prévenus ont été condamnés mardi, a-t-on appris de source judiciaire.") == \
        "Neuf prévenus ont été condamnés mardi"


def test_a_long_circumstance_and_its_list_go_together():
    text = "Après des mois de rumeurs, de tractations et de démentis, les deux clubs ont signé un accord de fusion."
    assert without_asides(text) == "Les deux clubs ont signé un accord de fusion."


def test_headline_style_keeps_the_facts():
    assert headline("Vingt-trois condamnations ont été prononcées") == "23 condamnations prononcées"
    assert headline("Deux blessés ont été évacués") == "Deux blessés évacués"  # under ten, in words
    assert headline("La troisième journée de grève a été suivie") == "La troisième journée de grève suivie"


def test_a_title_clause_needs_a_verb():
    assert has_finite_verb("Au moins 14 personnes sont mortes")
    assert has_finite_verb("Perseverance découvre des traces d'eau")
    assert has_finite_verb("Le tribunal condamne trois prévenus")
    assert not has_finite_verb("Les deux listes arrivées en tête")
    assert not has_finite_verb("Le ministre à son arrivée chez Lipp")
    assert not has_finite_verb("De rumeurs et de tractations")
    assert not has_finite_verb("Les principales ligues de football")


def test_a_count_in_the_subject_is_an_angle():
    assert counted_subjects("Trente-deux condamnations à de la prison avec sursis ont été prononcées par le tribunal") == \
        ["32 condamnations à de la prison avec sursis", "32 condamnations"]
    assert counted_subjects("Le tribunal a prononcé trente-deux condamnations") == []


def test_a_count_opened_by_plus_de_is_cut_after_its_noun():
    assert counted_subjects("Plus de 40 écoles de la ville ont été fermées") == ["Plus de 40 écoles de la ville", "Plus de 40 écoles"]
    assert counted_subjects("Près de 300 lits du centre hospitalier sont supprimés") == ["Près de 300 lits du centre hospitalier", "Près de 300 lits"]


def test_coordinated_clauses_and_a_coordinated_object():
    from redac.french.headlines import coordinated_head

    assert coordinated_head("Douze familles ont été relogées et les écoles resteront fermées lundi") == "Douze familles ont été relogées"
    assert coordinated_head("Le maire a reçu les pompiers et les gendarmes qui sont intervenus") == ""
    assert coordinated_head("Elle publie « Les Loups et les Agneaux » et la critique est unanime") == "Elle publie « Les Loups et les Agneaux »"


def test_a_list_after_a_circumstance_is_the_subject():
    from redac.french.headlines import without_asides

    assert without_asides("Dès lundi, les rues, les places et les parcs du centre seront fermés au public.") != \
        "Les places et les parcs du centre seront fermés au public."
    assert without_asides("Des records de chaleur pourraient être battus vendredi dans le sud de la France, où le Gard est en "
                          "alerte.").startswith("Des records")


def test_a_count_keeps_its_verb_when_its_noun_drops_its_complement():
    from redac.french.headlines import counted_with_verb

    assert counted_with_verb("Douze des treize conseillers d’une commune du Jura ont démissionné lundi") == "12 des 13 conseillers ont démissionné"
    assert counted_with_verb("Vingt ans de réclusion criminelle ont été requis contre l’accusé") == ""  # « 20 ans requis » says nothing
    assert counted_with_verb("Le maire a démissionné lundi") == ""


def test_a_number_word_is_no_relative_pronoun():
    from redac.french.headlines import reads_alone

    assert reads_alone("Quinze des seize élus ont démissionné")
    assert not reads_alone("Le comité qui a démissionné")


def test_a_plural_subject_keeps_its_relative_clause():
    from redac.french.headlines import without_subject_relative

    form = "Les habitants qui ont été évacués sont rentrés chez eux"
    assert without_subject_relative(form) == form
