"""A heading never cuts a body's name (« Muséum national d'|Histoire naturelle », « Institut royal des | Sciences
naturelles ») and « Qui est … ? » asks about the person, not the role's complement or the agency quoted before
the name (issue 16). Hand-written French cases."""

from redac.engines.enrich import people
from redac.models import SourceSentence
from redac.plan.headings import _cut_in_source

TEXTS = ["Le squelette sera confié au Muséum national d’Histoire naturelle de Paris pour y être étudié.",
         "Selon l’Institut royal des Sciences naturelles de Belgique, il s’agit d’un jeune rorqual.",
         "Marseille accueille des Jeux méditerranéens modestes cette année."]


def test_a_phrase_ending_on_an_elided_name_part_is_cut_when_the_name_goes_on():
    assert _cut_in_source("Muséum national d’Histoire", TEXTS)


def test_a_phrase_opening_inside_a_body_name_is_cut():
    assert _cut_in_source("Sciences naturelles de Belgique", TEXTS)


def test_a_verb_before_des_opens_no_name():
    assert not _cut_in_source("Jeux méditerranéens modestes", TEXTS)


OFFICES = ["« Les investigations continuent », a indiqué le procureur de la République de Quimper samedi soir.",
           "Le ministre des Armées a visité la base navale de Lanvéoc-Poulmic mardi.",
           "Ces chiffres confirment des informations de La Voix des Vosges. Un expert est attendu lundi.",
           "Le dossier sera étudié par la République tchèque et la Slovaquie."]


def test_a_phrase_completing_an_office_is_cut():
    assert _cut_in_source("République de Quimper", OFFICES)
    assert _cut_in_source("Armées", OFFICES)


def test_a_capitalized_article_inside_a_sentence_opens_the_name():
    assert _cut_in_source("Voix des Vosges", OFFICES)


def test_a_lower_case_article_before_a_name_cuts_nothing():
    assert not _cut_in_source("République tchèque", OFFICES)


def _people(*texts: str) -> list[tuple[str, str]]:
    sentences = [SourceSentence(i, text, i, "paragraph", len(text.split())) for i, text in enumerate(texts)]
    return [(person.name, person.who()) for person in people(sentences)]


def test_the_role_keeps_its_complement_and_the_person_her_name():
    found = _people("Parmi les présents figurait la ministre de la Santé Claire Moreau, venue de Paris.")
    assert found == [("Claire Moreau", "Claire Moreau est la ministre de la Santé.")]


def test_an_agency_quoted_before_a_name_is_no_part_of_it():
    found = _people("Le cétacé est mort noyé, a expliqué à l’AFP Marc Lenoir, président de l’association des bénévoles.")
    assert [name for name, _ in found] == ["Marc Lenoir"]


def test_a_role_and_a_place_name_no_one():
    assert _people("L’enquête a été confiée par le procureur de la République de Rennes à la gendarmerie.") == []


def test_a_plain_role_before_a_name_is_unchanged():
    found = _people("Le président ukrainien Volodymyr Zelensky a appelé ses alliés à livrer des munitions.")
    assert found == [("Volodymyr Zelensky", "Volodymyr Zelensky est le président ukrainien.")]


def test_a_lowercase_phrase_after_a_body_name_opening_is_cut():
    assert _cut_in_source("sciences naturelles de Belgique",
                          ["Un rorqual s’est échoué, a indiqué l’Institut royal des sciences naturelles de Belgique."])


def test_someone_with_an_adjective_alone_is_a_last_resort_heading():
    from redac.plan.headings import _bare_person

    assert _bare_person("Joueur anonyme") and _bare_person("Homme âgé")
    assert not _bare_person("Joueur de Clermont") and not _bare_person("Chanteur d’Indochine")
    assert not _bare_person("Baleine bleue")


def test_a_heading_never_ends_on_a_cut_conjunction_or_adverb():
    from redac.plan.headings import _ends_well

    assert not _ends_well("Mort tandis") and not _ends_well("Abattage de presque")
    assert _ends_well("Abattage des volailles")


def test_a_sentence_s_first_word_is_no_part_of_a_name():
    found = _people("Pour Paul Kervella, chef des élus centristes, le texte est inacceptable en l’état.")
    assert [name for name, _ in found] == ["Paul Kervella"]
