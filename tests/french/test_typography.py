"""Typography primitives: quotations spanning sentences, open quotes and brackets."""

from redac.french.typography import balanced, quotes_closed


def test_a_quotation_over_several_sentences_marks_each_of_them():
    from redac.french.typography import inside_quotations

    sentences = ["Macron a déclaré : « Nous avons eu un appel.", "Les résultats sont simples : dans les jours à venir, nous finaliserons.",
                 "Les États-Unis ont participé », a-t-il ajouté.", "La réunion a duré deux heures."]
    assert inside_quotations(sentences) == [True, True, True, False]
    assert inside_quotations(['Il a dit : "Non." Puis il est parti.', "Rien d'autre."]) == [False, False]


def test_a_cut_that_leaves_a_quotation_or_a_bracket_open_is_not_balanced():
    assert quotes_closed("Le maire a parlé d’une « victoire » hier")
    assert not quotes_closed("Le maire a parlé d’une « victoire")
    assert not quotes_closed('Il a dit "non')
    assert not quotes_closed("Elle a cité “la loi")
    assert quotes_closed("Le budget (en hausse") and not balanced("Le budget (en hausse")
    assert not balanced("Le texte [voir encadré")
    assert balanced("Le budget (en hausse) et le « plan » [annexe]")
