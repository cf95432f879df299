"""A title may stop before a relative clause that says more about a noun it already names (« raconte l’enfer | que
son équipe a vécu »), never after a shell noun (« un sujet | qui … ») nor before the object of a verb of saying
(« a déclaré | qu’il … ») (issue 16: titles too wide fell back to « ce qu’il faut retenir »). Hand-written French."""

from redac.plan.title_cuts import complement_cuts


def test_a_relative_after_a_determined_noun_may_go():
    assert "La gérante d’un camping raconte l’angoisse" in complement_cuts(
        "La gérante d’un camping raconte l’angoisse que ses clients ont vécue pendant la crue")
    assert "Les plongeurs ont retrouvé le corps d’un pêcheur" in complement_cuts(
        "Les plongeurs ont retrouvé le corps d’un pêcheur qui avait disparu samedi")
    assert "Le club a recruté un défenseur" in complement_cuts("Le club a recruté un défenseur dont le contrat court jusqu’en 2027")


def test_a_shell_noun_keeps_its_relative():
    assert complement_cuts("La pollution de la rivière n’est pas un sujet qui intéresse les élus") == []


def test_a_verb_of_saying_keeps_its_que_clause():
    assert complement_cuts("La maire de Bayonne a déclaré qu’elle démissionnerait") == []
