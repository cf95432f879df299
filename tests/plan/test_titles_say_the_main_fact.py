"""Titles that say the story's main fact (issue 16): asides dropped, headline style, a clause with a verb,
a count as the angle when no clause fits. Hand-written French cases."""

from redac.french.headlines import counted_subjects, has_finite_verb, headline, without_asides
from redac.plan.titles import title_candidates


def best(keyphrase: str, lead: str) -> str:
    return title_candidates(None, keyphrase, lead, [])[0].text


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


def test_a_weekday_opening_is_no_anaphora():
    lead = "Ce vendredi 12 mars, au moins 14 personnes, selon un bilan provisoire, sont mortes dans une collision entre deux cars."
    assert best("collision de cars", lead) == "Collision de cars : au moins 14 personnes sont mortes"


def test_a_demonstrative_subject_needs_the_sentence_before():
    lead = "Cette envolée des prix, jamais vue depuis 1985, inquiète les ménages du Doubs."
    assert all("jamais vue" not in candidate.text for candidate in title_candidates(None, "prix du fioul", lead, []))


def test_a_relative_before_the_comma_is_no_clause():
    lead = "En deux jours, l’incendie qui s’était déclaré à Vabre, dans le Tarn, s’est étendu à deux communes voisines."
    assert all(not candidate.text.endswith("Vabre") for candidate in title_candidates(None, "incendie du Tarn", lead, []))


def test_a_count_is_the_angle_when_no_clause_fits():
    assert counted_subjects("Trente-deux condamnations à de la prison avec sursis ont été prononcées par le tribunal") == \
        ["32 condamnations à de la prison avec sursis", "32 condamnations"]
    lead = ("Trente-deux condamnations à de la prison avec sursis ont été prononcées lundi et mardi par le tribunal "
            "correctionnel de Lyon à la suite des violences du quartier de la Duchère.")
    assert best("violences de la Duchère", lead) == "Violences de la Duchère : 32 condamnations"


def test_a_connector_is_no_part_of_a_heading_clause():
    from redac.plan.titles import heading_clause

    assert heading_clause("La grève semble par ailleurs s’étendre aux lycées de Brest.", 70) == \
        "La grève semble s’étendre aux lycées de Brest"


def test_the_participle_phrase_of_a_subject_can_go():
    lead = "De nombreux fromages vendus dans tout le Jura sont rappelés en raison d'une suspicion de listeria."
    texts = [candidate.text for candidate in title_candidates(None, "rappel de fromages", lead, [])]
    assert "Rappel de fromages : de nombreux fromages sont rappelés" in texts
    lead = "Les principales ligues de football en Europe ont achevé leur mercato."  # « ligues » is no participle
    assert not any("principales ont" in text for text in (c.text for c in title_candidates(None, "mercato d'été", lead, [])))


def test_a_participle_after_etre_may_end_a_title_and_a_preposition_may_not():
    lead = "Des records de chaleur pourraient être battus dans le sud du pays, selon les prévisionnistes."
    assert best("records de chaleur", lead) == "Des records de chaleur pourraient être battus"
    lead = "Dans un lotissement de Gimont, une alerte incendie a brisé la routine du jeudi 11 décembre dernier."
    assert all(not c.text.endswith(" du") for c in title_candidates(None, "incendie de Gimont", lead, []))


def test_a_subject_is_never_cut_from_its_verb():
    lead = ("Une campagne de rappel concernant trois lots de yaourts au lait entier vendus par des enseignes du Nord "
            "a été lancée mardi, après la découverte d'une bactérie.")
    texts = [candidate.text for candidate in title_candidates(None, "campagne de rappel", lead, [])]
    assert "Une campagne de rappel concernant trois lots de yaourts" not in texts
    assert all(has_finite_verb(text) or "lancée" in text or "retenir" in text for text in texts)
