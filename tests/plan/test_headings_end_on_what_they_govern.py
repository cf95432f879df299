"""A heading never ends on a word that governs what follows it: a preposition (« sauf », « autour de », « grâce
à »), an adverb of degree (« tant attendue ») or a verb before its « que » clause (issue 16). Hand-written French
cases."""

from redac.models import Section, SourceSentence
from redac.plan.headings import _cut_in_source, _ends_well, name_sections


def test_a_preposition_or_an_adverb_cut_from_what_it_governs_ends_no_heading():
    assert not _ends_well("Déchets partout sauf")
    assert not _ends_well("Peintres de la Cour autour")
    assert not _ends_well("Écart grâce")
    assert not _ends_well("Fumée blanche tant")
    assert not _ends_well("Trottoir juste")


def test_a_noun_or_an_adjective_ends_a_heading():
    assert _ends_well("Fumée blanche")
    assert _ends_well("Peintres de la Cour")
    assert _ends_well("Chapelle Sixtine")
    assert _ends_well("Piste cyclable provisoire")


def test_a_verb_before_its_que_clause_is_cut():
    texts = ["Au Vatican, la sonnerie des cloches indique que le nouveau pape a accepté sa charge.",
             "Le maire explique qu’il attend le rapport des experts."]
    assert _cut_in_source("sonnerie des cloches indique", texts)
    assert _cut_in_source("maire explique", texts)


def test_a_noun_before_a_relative_que_is_no_cut():
    texts = ["La décision que le conseil a prise sera contestée devant le tribunal administratif."]
    assert not _cut_in_source("décision", texts)


def test_a_section_heading_stops_on_what_the_section_tells():
    texts = [
        "Dans la rue de Lyon, des déchets partout sauf sur un bout de trottoir. Les déchets partout sauf devant l’école "
        "gênent les passants.",
        "Les éboueurs grévistes de la capitale réclament de meilleurs salaires. Les éboueurs grévistes bloquent trois dépôts.",
    ]
    sentences = {i: SourceSentence(i, text, i, "paragraph", len(text.split())) for i, text in enumerate(texts)}
    sections = [Section("", [0], 20, 0), Section("", [1], 20, 0)]
    name_sections(sections, sentences, "grève des éboueurs")
    last_words = [section.heading.split()[-1].lower() for section in sections]
    assert "sauf" not in last_words and "partout" not in last_words


def test_a_noun_glued_to_a_name_is_a_last_resort_heading():
    from redac.plan.headings import _bare_person

    assert _bare_person("paroisse Yves Trocheris") and _bare_person("préfet Étienne Guyot")
    assert not _bare_person("cyclone Garance") and not _bare_person("élève de Bob Bowman")
    assert not _bare_person("Chambre régionale des comptes")


def test_a_heading_never_ends_on_an_adjective_cut_from_its_noun_or_a_participle_before_comme():
    from redac.plan.headings import _ends_well, _needs_what_follows

    assert not _ends_well("supériorité du petit")
    assert not _ends_well("victoire du nouveau")
    assert _ends_well("victoire du nouveau maire")
    text = ["Le col reste une étape considérée comme la plus dure du Tour."]
    assert _needs_what_follows("étape considérée", text)


def test_an_adjective_after_its_noun_ends_a_heading_well():
    from redac.plan.headings import _ends_well

    assert _ends_well("maisons anciennes")
    assert _ends_well("élus actuels")
