"""Headings say what the section tells (issue 16): not when, not a rank, not a judgment or a generic noun.
Hand-written French cases."""

from redac.models import Section, SourceSentence
from redac.plan.headings import _says_what, name_sections


def test_when_is_no_heading():
    assert not _says_what("Froid matin de novembre")
    assert not _says_what("Proclamation définitive mercredi")
    assert not _says_what("Tournoi de Roanne dimanche")


def test_a_rank_or_a_count_alone_is_no_heading():
    assert not _says_what("Quatrième trimestre")
    assert not _says_what("Deuxième skieur")


def test_a_judgment_or_a_generic_head_is_no_heading():
    assert not _says_what("Beau soleil intérieur")
    assert not _says_what("Cas de TWA")
    assert not _says_what("Chiffre identique")
    assert not _says_what("Seuls enseignants")


def test_what_happened_is_a_heading():
    assert _says_what("Opération de démoustication")
    assert _says_what("Fermeture du quai nord")
    assert _says_what("Peines de prison ferme")


def test_a_section_gets_what_it_tells_not_its_day():
    texts = [
        "Mardi matin, les pompiers ont maîtrisé l'incendie de l'entrepôt de Pantin. L'incendie de l'entrepôt avait pris vers minuit.",
        "Les stocks de pneus ont brûlé toute la nuit. Les stocks de pneus dégageaient une fumée noire, selon la préfecture.",
    ]
    sentences = {i: SourceSentence(i, text, i, "paragraph", len(text.split())) for i, text in enumerate(texts)}
    sections = [Section("", [0], 20, 0), Section("", [1], 20, 0)]
    name_sections(sections, sentences, "feu de Pantin")
    headings = [section.heading for section in sections]
    assert all("matin" not in h.lower() and "nuit" not in h.lower() for h in headings)
    assert "Stocks de pneus" in headings[1]


def test_the_keyphrase_heading_goes_where_it_does_not_echo_the_first_sentences():
    texts = [
        "Le port de Sète accueille un nouveau terminal. Le chantier a duré deux ans selon le port.",
        "Nadia Ferrand, qui dirige le port, doit présenter le bilan en mai. Le terminal a coûté 40 millions d'euros.",
        "Les pêcheurs saluent l'arrivée de Nadia Ferrand au conseil. Les pêcheurs demandent un quai réservé.",
    ]
    sentences = {i: SourceSentence(i, text, i, "paragraph", len(text.split())) for i, text in enumerate(texts)}
    sections = [Section("", [i], 20, 0) for i in range(3)]
    name_sections(sections, sentences, "Nadia Ferrand")
    # « Nadia Ferrand : … » over « Nadia Ferrand dirige … » / « Nadia Ferrand doit … » would open three sentences alike
    assert not sections[1].heading.startswith("Nadia Ferrand :")
    assert sections[2].heading.startswith("Nadia Ferrand :")


def test_a_heading_does_not_point_back_to_the_sentence_before():
    assert not _says_what("Nom du joueur concerné")
    assert not _says_what("Communes visées")
    assert _says_what("Communes du Cantal")


def test_a_participle_or_an_adjective_that_needs_what_follows_is_cut():
    from redac.plan.headings import _needs_what_follows

    assert _needs_what_follows("arrivée de la course remportée", ["Le contrôle a eu lieu après l’arrivée de la course remportée par le Belge."])
    assert _needs_what_follows("douleurs liées", ["Il souffre de douleurs liées principalement à sa chute de vélo."])
    assert _needs_what_follows("règles spéciales relatives", ["Le maire invoque des règles spéciales relatives aux pesticides."])
    assert not _needs_what_follows("course cycliste", ["Le contrôle a eu lieu après la course cycliste de dimanche."])
    assert not _needs_what_follows("Office de la biodiversité", ["L’Office de la biodiversité a compté les brebis."])


def test_a_name_goes_on_after_its_capitalized_word():
    from redac.plan.headings import _cut_in_source, _names_that_go_on

    assert _cut_in_source("finale du Pro", ["Lyon a perdu la finale du Pro D2 face à Vannes."])
    assert _cut_in_source("souche Salmonella", ["Une souche Salmonella enterica a été retrouvée dans le lait."])
    assert not _cut_in_source("finale de Roland-Garros", ["Il a gagné la finale de Roland-Garros 2024 en cinq sets."])
    assert "Fondation" in _names_that_go_on(["Les statuts de la Fondation Nobel le prévoient.", "Le reste va à la Fondation."])
    assert "Les" not in _names_that_go_on(["Il a vu Les Misérables."])


def test_words_a_scraper_glued_make_no_heading():
    from redac.plan.headings import _reads_as_heading

    assert not _reads_as_heading("Éruption du volcanLa Soufrière")
    assert not _reads_as_heading("Musique française3 jours avantJulien Doré")
    assert _reads_as_heading("Comité européen de TotalEnergies")


def test_a_span_of_days_or_weeks_is_when_not_what():
    assert not _says_what("dernières semaines")
    assert not _says_what("premiers jours")
    assert _says_what("motions de censure")
