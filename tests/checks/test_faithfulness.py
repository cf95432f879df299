"""Faithfulness rules on hand-written French cases."""

from redac.checks.faithfulness import SourceFacts, unsupported_facts

SOURCE = SourceFacts([
    "Le 3 mars 2024, le conseil de Lyon a voté un budget de 30 000 euros. Le maire, Jean Dupont, a parlé.",
    "« Nous devons agir vite pour les écoles », a déclaré Marie Curie mardi. La hausse atteint 2,7 %.",
    "Paul Martin, adjoint aux finances, a présenté les comptes lundi.",
])


def kinds(text: str, prose: bool = True) -> list[tuple[str, str]]:
    return [(item.kind, item.text) for item in unsupported_facts([("ici", text, prose)], SOURCE)]


def test_supported_facts_in_other_forms():
    assert kinds("Le budget de 30000 euros a été voté le 3 mars par le conseil de Lyon.") == []
    assert kinds("La hausse atteint 2,7%. Dupont a parlé. En mars 2024, Lyon a voté.") == []
    assert kinds("« nous devons agir vite pour les écoles », a dit Marie Curie.") == []  # first letter's case


def test_changed_and_invented_facts():
    assert ("number", "40 000 euros") in kinds("Le conseil a voté un budget de 40 000 euros.")
    assert ("date", "4 mars 2024") in kinds("Le 4 mars 2024, le conseil de Lyon a voté un budget de 30 000 euros.")
    # "Jacques" opening a sentence reads as a common word; the surname carries the name
    assert [k for k, text in kinds("Jacques Chirac a parlé.") if "Chirac" in text] == ["name"]


def test_quotes_must_be_verbatim():
    assert [k for k, _ in kinds("« Nous devons agir rapidement pour les écoles », a déclaré Marie Curie mardi.")] == ["quote"]
    assert [k for k, _ in kinds("« Il faut agir vite », a déclaré Marie Curie mardi.")] == ["quote"]


def test_swapped_name_and_moved_weekday_caught_locally_not_in_headings():
    swapped = kinds("Paul Martin, adjoint aux finances, a présenté les comptes mardi.")
    assert ("date", "mardi") in swapped
    assert [k for k, text in kinds("Marie Curie, adjoint aux finances, a présenté les comptes lundi.") if "Curie" in text] == ["name"]
    assert kinds("Marie Curie, adjoint aux finances, a présenté les comptes lundi.", prose=False) == []


def test_full_name_where_the_passage_gives_the_surname_is_the_same_person():
    # the source's third sentence says "Martin"... with the first name given elsewhere in the source
    source = SourceFacts(["Paul Martin est adjoint.", "La séance a duré trois heures.",
                          "Plus tard, Martin a présenté les comptes de la ville lundi devant le conseil."])
    same = unsupported_facts([("ici", "Paul Martin a présenté lundi les comptes de la ville devant le conseil.", True)], source)
    assert same == []


def test_a_common_word_capitalized_before_a_colon_is_no_name():
    """A meta description or a title opens on the keyphrase (« Cyberattaque à Vierzon : … »): a word the source only
    writes in lower case, in another sentence than the one restated, is no name out of its passage."""
    from redac.checks.faithfulness import SourceFacts, unsupported_facts

    source = SourceFacts(["Les serveurs de la mairie de Vierzon ont été victimes d'une cyber attaque, lundi 6 mars.",
                          "Le maire, Luc Pernot, a porté plainte.",
                          "Une cyberattaque avait déjà visé Bourges en 2021."])
    text = "Cyberattaque à Vierzon : les serveurs de la mairie de Vierzon ont été victimes d'une cyber attaque lundi 6 mars."
    assert unsupported_facts([("meta description", text, True)], source) == []
    assert "cyberattaque" in source.common_words and not {"vierzon", "bourges", "pernot"} & source.common_words


def test_a_name_inside_what_is_said_is_not_who_says_it():
    """« X, qui …, a annoncé qu'il saisirait le Conseil d'État »: read as a closing incise (« …, a annoncé »), the
    reporter was searched after the verb and found inside the reported clause."""
    from redac.checks.faithfulness import SourceFacts, unsupported_facts

    source = SourceFacts(["Le tribunal administratif de Lyon a rejeté lundi le recours du maire sortant.",
                          "Marc Dubois, qui dirigeait la commune depuis 2008, a annoncé qu'il saisirait le Conseil d'État."])
    assert unsupported_facts([("ligne 1", "Marc Dubois a annoncé qu’il saisirait le Conseil d’État.", True)], source) == []
    from redac.checks.speakers import _reporter

    assert _reporter(source.sentences[1].text, source) is None  # no reporter after the verb


def test_a_restatement_of_the_sentence_that_affirms_is_no_dropped_negation():
    """The article restates the second source sentence; alignment picked the first, which negates the same word."""
    source = SourceFacts(["Les saisies de cocaïne n'ont jamais été aussi fréquentes dans le port de Sète.",
                          "Le port est la principale porte d'entrée de la drogue dans la région.",
                          "Depuis le début de l'année, les saisies de cocaïne y sont de plus en plus fréquentes."])
    assert unsupported_facts([("ligne 1", "Les saisies de cocaïne y sont de plus en plus fréquentes.", True)], source) == []
    dropped = unsupported_facts([("ligne 1", "Les saisies de cocaïne ont été aussi fréquentes dans le port de Sète.", True)], source)
    assert [item.kind for item in dropped] == ["negation"]


def test_a_first_name_after_an_elided_preposition_is_the_same_first_name():
    """« concurrencer Starlink d’Elon Musk »: the source's name ran over « d’ », and « Elon Musk » in a title was
    reported as « prénom différent dans la source » on a real page; « Daniel Musk » still is."""
    source = SourceFacts(["Le projet vise environ 3 200 satellites pour concurrencer Starlink d’Elon Musk."])
    assert unsupported_facts([("titre", "Elon Musk : le projet concurrent", False)], source) == []
    other = unsupported_facts([("titre", "Le projet concurrent de Starlink appartient à Daniel Musk", False)], source)
    assert [(item.kind, item.text) for item in other] == [("name", "Daniel Musk")]


def test_a_date_given_another_weekday_than_the_source_gives_it_is_caught():
    """« le mardi 9 octobre » where the source says « le lundi 9 octobre »: the date's value holds no weekday."""
    source = SourceFacts(["Le bolide a traversé le ciel du Cantal le lundi 9 octobre vers 21 h 40.",
                          "Les gendarmes ont reçu une centaine d'appels le lendemain."])
    [item] = unsupported_facts([("ligne 1", "Le bolide a traversé le ciel le mardi 9 octobre.", True)], source)
    assert item.kind == "date" and "lundi" in item.reason
    assert unsupported_facts([("ligne 1", "Le lundi 9 octobre, un bolide a traversé le ciel.", True)], source) == []
    assert unsupported_facts([("ligne 1", "Le bolide a traversé le ciel le 9 octobre.", True)], source) == []


def test_a_place_named_by_the_adjective_made_on_it():
    source = SourceFacts(["Une coopérative laitière finistérienne a racheté la fromagerie, a annoncé lundi son directeur."])
    found = unsupported_facts([("ici", "Lundi, une coopérative laitière du Finistère a racheté la fromagerie.", True)], source)
    assert found == []
    found = unsupported_facts([("ici", "Lundi, une coopérative laitière du Morbihan a racheté la fromagerie.", True)], source)
    assert [(item.kind, item.text) for item in found] == [("name", "Morbihan")]
