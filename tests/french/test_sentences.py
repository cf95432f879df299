import pytest

from redac.french import count_words, split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("M. Zelensky a parlé. Mme Dupont a répondu.", ["M. Zelensky a parlé.", "Mme Dupont a répondu."]),
        ("Le Dr. Martin et J. Biden sont arrivés. Ils ont parlé.", ["Le Dr. Martin et J. Biden sont arrivés.", "Ils ont parlé."]),
        ("L'inflation atteint 2,7 % en février. Elle était de 3.1 % en janvier.",
         ["L'inflation atteint 2,7 % en février.", "Elle était de 3.1 % en janvier."]),
        ("Près de 30 000 personnes. Puis 1 250 000 euros.", ["Près de 30 000 personnes.", "Puis 1 250 000 euros."]),
        ("Il hésite... Puis il part… Enfin !", ["Il hésite...", "Puis il part…", "Enfin !"]),
        ("Il hésite... puis il part.", ["Il hésite... puis il part."]),
        ("« Nous gagnerons. » Il a quitté la salle.", ["« Nous gagnerons. »", "Il a quitté la salle."]),
        ("« Nous gagnerons », a-t-il dit. « Demain. »", ["« Nous gagnerons », a-t-il dit.", "« Demain. »"]),
        ("Il a dit : « Bonjour. » a-t-il ajouté.", ["Il a dit : « Bonjour. » a-t-il ajouté."]),
        ("« C’est fini.\u00a0» Le public applaudit.", ["« C’est fini.\u00a0»", "Le public applaudit."]),
        ("Quoi ? Oui ! Non.", ["Quoi ?", "Oui !", "Non."]),
        ("Il a ajouté. .", ["Il a ajouté. ."]),
        ("En 2024. 500 soldats sont partis.", ["En 2024.", "500 soldats sont partis."]),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("l'armée ukrainienne", 2),
        ("« Nous » — a-t-il dit", 3),
        ("30 000 soldats", 2),
        ("30\u00a0000 soldats et 1 250 000 euros", 5),
        ("2,7 % de hausse", 3),
        ("M. Zelensky", 2),
        ("", 0),
        ("… — « »", 0),
    ],
)
def test_count_words(text: str, count: int) -> None:
    assert count_words(text) == count


def test_split_sentences_gives_each_caller_its_own_list() -> None:
    """Sentences are split once per text and process (french/text.memoized_list): a caller changing its list
    must not change what the next caller gets."""
    text = "Le maire a signé l'accord. Il entre en vigueur lundi."
    first = split_sentences(text)
    first.append("Une phrase ajoutée.")
    first[0] = "Changée."
    assert split_sentences(text) == ["Le maire a signé l'accord.", "Il entre en vigueur lundi."]
    assert split_sentences(text) is not split_sentences(text)


def test_one_of_two_named_before_is_an_anaphora():
    from redac.french.sentences import opens_with_anaphora
    assert opens_with_anaphora("L’autre contiendrait 3 millions de numéros de téléphone.")
    assert opens_with_anaphora("L'une a été vendue aux enchères.")
    assert not opens_with_anaphora("L’Autriche a voté contre le texte.")


def test_a_text_cut_short_stops_mid_sentence_or_on_an_ellipsis():
    from redac.french.sentences import cut_short

    assert cut_short("C'est par des réactions de fusion que le soleil éme")
    assert cut_short("Le module devait arriver en décembre…") and cut_short("Lire la suite...")
    for whole in ("Le chantier a duré deux ans.", "« Nous irons jusqu'au bout »", "Trois blessés (AFP)", "Qui paiera ?"):
        assert not cut_short(whole)


def test_a_clause_has_a_verb_a_noun_phrase_alone_has_none():
    from redac.french.clause_verbs import has_verb

    for clause in ("La Russie a l’avantage sur le terrain", "Il faut compter 400 bougies", "Le projet coûtera 4 millions",
                   "La situation est grave"):
        assert has_verb(clause), clause
    for phrase in ("Les fils chauffants ou fils électriques", "Deux morts et trois blessés dans un accident",
                   "Selon La Poste, par une baisse d’activité"):
        assert not has_verb(phrase), phrase


def test_an_acronym_ends_a_sentence_initials_do_not():
    """« …de leurs ZFE. Objectif : … » read as one sentence made « Objectif » a name the fact check refused."""
    assert split_sentences("Lyon poursuit la mise en place de sa ZFE. Objectif : améliorer l’air.") == [
        "Lyon poursuit la mise en place de sa ZFE.", "Objectif : améliorer l’air."]
    assert split_sentences("Le PDG de la SNCF. Il a démissionné.") == ["Le PDG de la SNCF.", "Il a démissionné."]
    for whole in ("Selon J.-P. Martin, tout va bien.", "Aux U.S. Steel, rien ne bouge.", "Signé E. Macron et J.-M. Blanquer."):
        assert split_sentences(whole) == [whole]
