"""« avoir pour » + a noun gives the subject a role, no purpose: the splitter never cuts it into « … ont. » and
« Objectif : ordre de … » (issue 16, a real page's lead). Hand-written French cases."""

from redac.french.clauses import _purpose_clause


def test_avoir_pour_and_a_noun_is_never_cut():
    assert _purpose_clause("Depuis 10 heures ce jeudi, les habitants de la commune ont pour ordre de ne pas sortir de chez eux.", 20) is None
    assert _purpose_clause("Le nouveau directeur de la clinique avait pour mission de réduire les délais d’attente aux urgences.", 20) is None


def test_a_purpose_after_a_full_clause_is_still_cut():
    first, second = _purpose_clause("Les pompiers de la Drôme ont installé des barrages flottants sur la rivière pour protéger "
                                    "les maisons du quartier.", 20)
    assert first == "Les pompiers de la Drôme ont installé des barrages flottants sur la rivière."
    assert second == "Objectif : protéger les maisons du quartier."
