"""Titles that say the story's main fact (issue 16): asides dropped, headline style, a clause with a verb,
a count as the angle when no clause fits. Hand-written French cases."""

from redac.french.headlines import counted_subjects, has_finite_verb
from redac.plan.titles import title_candidates


def best(keyphrase: str, lead: str) -> str:
    return title_candidates(None, keyphrase, lead, [])[0].text


def titles(keyphrase: str, lead: str) -> list[str]:
    return [candidate.text for candidate in title_candidates(None, keyphrase, lead, [])]


def test_a_weekday_opening_is_no_anaphora():
    lead = "Ce vendredi 12 mars, au moins 14 personnes, selon un bilan provisoire, sont mortes dans une collision entre deux cars."
    assert best("collision de cars", lead) == "Collision de cars : au moins 14 personnes sont mortes"


def test_a_demonstrative_subject_needs_the_sentence_before():
    lead = "Cette envolée des prix, jamais vue depuis 1985, inquiète les ménages du Doubs."
    assert all("jamais vue" not in text for text in titles("prix du fioul", lead))


def test_a_relative_before_the_comma_is_no_clause():
    lead = "En deux jours, l’incendie qui s’était déclaré à Vabre, dans le Tarn, s’est étendu à deux communes voisines."
    assert all(not text.endswith("Vabre") for text in titles("incendie du Tarn", lead))


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
    texts = titles("rappel de fromages", lead)
    assert "Rappel de fromages : de nombreux fromages sont rappelés" in texts
    lead = "Les principales ligues de football en Europe ont achevé leur mercato."  # « ligues » is no participle
    assert not any("principales ont" in text for text in titles("mercato d'été", lead))


def test_a_participle_after_etre_may_end_a_title_and_a_preposition_may_not():
    lead = "Des records de chaleur pourraient être battus dans le sud du pays, selon les prévisionnistes."
    assert "Des records de chaleur pourraient être battus" in titles("records de chaleur", lead)
    # equally fit, the title that also says where goes first (it says all the shorter one does)
    assert best("records de chaleur", lead) == "Des records de chaleur pourraient être battus dans le sud du pays"
    lead = "Dans un lotissement de Gimont, une alerte incendie a brisé la routine du jeudi 11 décembre dernier."
    assert all(not text.endswith(" du") for text in titles("incendie de Gimont", lead))


def test_a_subject_is_never_cut_from_its_verb():
    lead = ("Une campagne de rappel concernant trois lots de yaourts au lait entier vendus par des enseignes du Nord "
            "a été lancée mardi, après la découverte d'une bactérie.")
    texts = titles("campagne de rappel", lead)
    assert "Une campagne de rappel concernant trois lots de yaourts" not in texts
    assert all(has_finite_verb(text) or "lancée" in text or "retenir" in text for text in texts)


def test_a_relative_time_is_no_part_of_a_title():
    lead = "Deux cyclistes ont été blessés hier matin peu après 8 heures, à la sortie de Lectoure, par une camionnette."
    assert best("sortie de Lectoure", lead) == "Sortie de Lectoure : deux cyclistes ont été blessés"


def test_the_angle_leaves_the_keyphrase_words_to_the_keyphrase():
    lead = "Les cas de grippe sont en forte hausse en Bretagne, selon l'agence régionale de santé."
    assert best("grippe en Bretagne", lead) == "Grippe en Bretagne : les cas sont en forte hausse"


def test_an_angle_that_still_says_the_keyphrase_head_keeps_its_complement():
    lead = "Le ministre a salué les aides de rentrée scolaires votées par les députés de la majorité."
    assert all("les aides scolaires" not in text for text in titles("aides de rentrée", lead))


def test_a_comma_before_the_verb_leaves_no_title_clause():
    lead = "Un pompier volontaire de 31 ans du centre de secours de Lodève, est mort dans un accident de la route."
    assert all(not text.endswith("Lodève") for text in titles("accident à Lodève", lead))


def test_the_first_of_two_coordinated_clauses_is_the_angle():
    lead = ("Près de 2 000 habitants ont été évacués et des dizaines de maisons ont été détruites par les flammes "
            "après l’incendie d’une forêt à Lacanau.")
    assert best("incendie d’une forêt", lead) == "Incendie d’une forêt : près de 2 000 habitants ont été évacués"


def test_an_agency_dateline_is_no_part_of_the_title():
    lead = "LYON (AFP) - Un incendie a ravagé un entrepôt de pneus à Vénissieux, ont indiqué jeudi les pompiers du Rhône."
    found = titles("incendie à Vénissieux", lead)
    assert "Un incendie a ravagé un entrepôt de pneus à Vénissieux" in found
    assert not any("AFP" in title or "LYON" in title for title in found)


def test_a_caption_glued_to_the_lead_by_its_date_is_left_out():
    lead = ("Supporters sur la place du Capitole, le 3 mai 2024 Le Football Club de Lorient est monté en Ligue 1 "
            "pour la troisième fois en battant Caen samedi.")
    found = titles("Football Club de Lorient", lead)
    assert found[0].startswith("Le Football Club de Lorient est monté")
    assert not any("Supporters" in title or "2024" in title for title in found)


def test_a_circumstance_in_several_parts_goes_before_its_subject():
    lead = ("Par deux ordonnances du 4 juin 2021, n° 2103311, n° 2103312, le tribunal administratif de Nantes a suspendu "
            "les arrêtés du maire, pris sans consultation du public.")
    assert best("tribunal administratif de Nantes", lead) == "Le tribunal administratif de Nantes a suspendu les arrêtés du maire"


def test_a_title_reads_alone():
    from redac.french.headlines import reads_alone

    assert not reads_alone("L’éboulement qui a coupé la route de Bédarieux")  # its only verb is in the relative clause
    assert not reads_alone("Midilibre.fr fait le point sur la crue")
    assert not reads_alone("Les faits se sont produits vers minuit")
    assert reads_alone("L’éboulement a coupé la route de Bédarieux")


def test_a_subject_keeps_its_verb_without_its_relative_clause_or_first_predicate():
    from redac.french.headlines import second_predicate, without_subject_relative

    assert without_subject_relative("La crue qui a touché Quimperlé lundi soir a inondé 80 maisons") == "La crue a inondé 80 maisons"
    assert without_subject_relative("Une crue a inondé 80 maisons") == "Une crue a inondé 80 maisons"
    assert second_predicate("L’incendie s’est déclaré vers 3 heures à Brive et a détruit deux hangars") == "L’incendie a détruit deux hangars"
    assert second_predicate("Le maire et le préfet ont visité le chantier") == ""


def test_a_count_opening_the_sentence_is_no_connector_and_a_delay_keeps_its_event():
    lead = "Six blessés, deux morts, c’est le bilan trois jours après l’explosion de la raffinerie de Donges."
    found = titles("explosion de la raffinerie", lead)
    assert not any(title.endswith(("trois jours", "3 jours")) for title in found)
    from redac.french.openings import CONNECTOR_OPENING_RE

    assert CONNECTOR_OPENING_RE.sub("", "Onze blessés, trois morts, c’est le bilan.") == "Onze blessés, trois morts, c’est le bilan."
    assert CONNECTOR_OPENING_RE.sub("", "Par exemple, la route est coupée.") == "la route est coupée."


def test_donc_ties_a_clause_to_the_sentence_before():
    lead = "La Loire peut donc parfois déborder en plein été à Saumur."
    assert all("donc" not in text for text in titles("Loire", lead))


def test_no_title_strands_its_verb():
    """« … envoie | par radio un message », « … sont actuellement | en garde à vue »: cut there, the title stops mid-clause."""
    leads = ["Le 14 mars vers 2 heures, le voilier Astrid lance par radio un appel au secours signalant une avarie de barre.",
             "Trois randonneurs, âgés de 20 ans, sont actuellement en observation à l'hôpital de Gap, a précisé la préfecture."]
    for keyphrase, lead in zip(("naufrage de l'Astrid", "randonneurs secourus"), leads, strict=True):
        texts = titles(keyphrase, lead)
        assert not any(text.endswith((" lance", " sont actuellement", " sont")) for text in texts), texts


def test_shortening_never_breaks_a_locution():
    """« de plus en plus » is no connector « de plus », and « tant attendue » keeps its participle: a title of « la
    liste en plus longue » or « l'inauguration tant a eu lieu » says nothing French."""
    leads = ["Vannes s'ajoute à la liste de plus en plus longue des villes privées de leur réseau informatique.",
             "L'ouverture tant attendue de la nouvelle piscine olympique de Rennes a eu lieu ce samedi, devant 2 000 personnes."]
    for keyphrase, lead in zip(("cyberattaque à Vannes", "piscine de Rennes"), leads, strict=True):
        texts = titles(keyphrase, lead)
        assert not any("liste en plus" in text or "tant a eu" in text for text in texts), texts
