"""The quotation guard on hand-written cases: a source quotation written without its guillemets, or
inside them with a word changed, is caught, and the finding says what the source quotes."""

from redac.checks.faithfulness import SourceFacts, unsupported_facts

SOURCE = SourceFacts([
    "« Nous n'avons reçu aucune garantie écrite sur l'emploi de nos collègues », a déclaré Gwenaëlle Prigent.",
    "Le maire a parlé d'un projet « utile à tous ».",
    "La direction promet de maintenir les sites. « Les deux sites de production resteront en Bretagne », a affirmé Yann Le Goff.",
])
QUOTED = "Nous n'avons reçu aucune garantie écrite sur l'emploi de nos collègues"


def found(text: str) -> list:
    return unsupported_facts([("ligne 1", text, True)], SOURCE)


def test_a_quotation_without_its_guillemets_is_caught():
    [item] = found("Gwenaëlle Prigent a déclaré n'avoir reçu aucune garantie écrite sur l'emploi de nos collègues.")
    assert item.kind == "quote" and "sans guillemets" in item.reason
    assert f"la source cite « {QUOTED} »" in item.reason
    assert item.source_says.startswith("« Nous n'avons reçu") and item.source_where == "paragraphe 1, phrase 1"
    assert item.text == "reçu aucune garantie écrite sur l'emploi de nos"  # the article's words (a run), accents kept
    [whole] = found("Les deux sites de production resteront en Bretagne, a affirmé Yann Le Goff.")
    assert "sans guillemets" in whole.reason


def test_a_quotation_with_a_word_changed_says_what_the_source_quotes():
    [item] = found(f"« {QUOTED.replace('écrite', 'sérieuse')} », a déclaré Gwenaëlle Prigent.")
    assert item.kind == "quote" and item.reason.startswith("citation modifiée")
    assert f"la source cite « {QUOTED} »" in item.reason


def test_quotations_kept_whole_and_reported_speech_in_other_words_raise_nothing():
    assert found(f"« {QUOTED}. » a déclaré Gwenaëlle Prigent.") == []
    assert found("Gwenaëlle Prigent a déclaré que les salariés n'avaient reçu aucune garantie écrite.") == []
    assert found("Le maire parle d'un projet utile à tous.") == []  # three words: too short to be a copy
    assert found("La direction promet de maintenir les sites.") == []  # the source's own narration


def test_a_quotation_over_several_sentences_is_read_from_its_paragraph():
    source = SourceFacts(["« Nous avons parlé de quatre questions. Tout d'abord, cela concerne le soutien armé de nos actions », a-t-il ajouté."])
    text = "« Nous avons parlé de quatre questions. Tout d'abord, cela concerne le soutien armé de nos actions », a-t-il ajouté."
    assert unsupported_facts([("ligne 1", text, True)], source) == []


def test_reported_speech_with_a_noun_of_the_quotation_exchanged_is_caught():
    # « l'emploi de nos collègues » -> « le salaire de ses collègues »: the person is made to say something else
    [item] = found("Gwenaëlle Prigent a déclaré que ses collègues n'avaient reçu aucune garantie écrite sur leur salaire.")
    assert item.kind == "quote" and item.reason.startswith("propos rapportés modifiés") and item.text == "salaire"
    assert f"la source cite « {QUOTED} »" in item.reason
    [whole] = found("Yann Le Goff l'a affirmé : les deux sites de production resteront en Bretagne.")  # the whole quotation, unmarked
    assert "sans guillemets" in whole.reason


def test_reported_speech_that_rewords_verbs_or_keeps_nouns_raises_nothing():
    assert found("Yann Le Goff a assuré que les deux sites de production demeureraient en Bretagne.") == []  # a verb reworded
    assert found("Gwenaëlle Prigent a déclaré que ses collègues n'avaient obtenu aucune garantie écrite sur leur emploi.") == []
    assert found("Selon Yann Le Goff, la production des deux sites restera en Bretagne.") == []


def test_reported_speech_changes_persons_and_infinitives_freely():
    assert found("Gwenaëlle Prigent a déclaré que ses collègues n'avaient pu obtenir aucune garantie écrite sur l'emploi pour eux-mêmes.") == []


def test_a_quotation_stated_as_the_article_own_claim_is_caught():
    from redac.checks.faithfulness import SourceFacts, unsupported_facts

    source = SourceFacts([
        "Le collectif accuse la société d'avoir « empoisonné le quartier » pendant vingt ans.",
        "« Ce plan n'a aucun financement crédible au-delà de 2027 », a lancé le président du groupe.",
    ])

    def found(text: str) -> list:
        return [item for item in unsupported_facts([("ligne 1", text, True)], source) if item.kind == "quote"]

    [item] = found("La société a empoisonné le quartier pendant vingt ans.")
    assert "sans guillemets ni auteur" in item.reason and item.source_says.startswith("Le collectif accuse")
    assert found("Le groupe a voté contre ce plan, qui n'a aucun financement crédible au-delà de 2027.")
    assert not found("Le collectif reproche à la société d'avoir empoisonné le quartier pendant vingt ans.")
    assert not found("Selon le président du groupe, le plan n'a aucun financement crédible après 2027.")


def test_reported_with_the_verb_the_source_introduces_the_quotation_by():
    """« », a-t-il tranché » → « Le maire a tranché que … »: attributed speech, whatever the verb; without it, a claim."""
    source = SourceFacts(["Le maire de Pontivy, Hervé Le Dantec, a présenté mardi son budget pour 2026.",
                          "« La piscine municipale fermera faute de moyens pour rénover ses bassins », a-t-il tranché."])
    reported = "Le maire a tranché que la piscine municipale fermerait faute de moyens pour rénover ses bassins."
    assert unsupported_facts([("ligne 1", reported, True)], source) == []
    claimed = "La piscine municipale fermerait faute de moyens pour rénover ses bassins."
    assert [item.kind for item in unsupported_facts([("ligne 1", claimed, True)], source)] == ["quote"]


LONG_QUOTE = SourceFacts([
    "« Il y a environ 500 entreprises de défense en Ukraine. Chacune ajoute de la force, mais ce n'est pas suffisant "
    "pour gagner [against Russian President Vladimir] Poutine. Nous voyons le manque de munitions sur le front », a dit le président.",
    "« La paix viendra de la force », a-t-il ajouté.",
])


def quote_found(text: str) -> list:
    return unsupported_facts([("ligne 1", text, True)], LONG_QUOTE)


def test_a_quotation_cut_where_the_editor_writes_the_french_elision_mark_holds():
    assert quote_found("« Il y a environ 500 entreprises de défense en Ukraine. […] Nous voyons le manque de munitions sur le front », "
                       "a dit le président.") == []
    assert quote_found("« Chacune ajoute de la force, mais ce n'est pas suffisant pour gagner […] Poutine. Nous voyons le manque »") == []


def test_an_elided_quotation_whose_pieces_are_not_the_source_s_in_order_is_caught():
    [swapped] = quote_found("« Nous voyons le manque de munitions sur le front. […] Il y a environ 500 entreprises de défense en Ukraine »")
    assert swapped.kind == "quote"
    [glued] = quote_found("« Il y a environ 500 entreprises de défense […] La paix viendra de la force »")  # two quotations apart
    assert glued.kind == "quote"
    [short] = quote_found("« Il y a environ 500 entreprises de défense en Ukraine […] Poutine »")  # one word is no quotation's own
    assert short.kind == "quote"
