"""Roles compared clause by clause (checks/frame_roles.py) on cases written for these tests: a body or a person
moved to another role of the same verb is caught, a voice change or a converse verb (« acheter à » for « vendre
à », « perdre contre » for « battre ») is not."""

from redac.checks.faithfulness import SourceFacts, unsupported_facts
from redac.checks.frame_roles import frame_issues

SOURCE = SourceFacts([
    "La commune a vendu le terrain à la coopérative, qui avait poursuivi le promoteur en justice.",
    "Le club de Quimperlé a battu Concarneau dimanche devant ses supporters.",
    "Les riverains, reçus lundi par le préfet, ont réclamé une étude sur la pollution des sols.",
])


def roles_found(text: str, source: SourceFacts = SOURCE) -> list:
    return [item for item in unsupported_facts([("ligne 1", text, True)], source) if item.kind == "role"]


def test_a_role_moved_on_the_same_verb_is_caught_and_names_the_source():
    [item] = roles_found("La coopérative a vendu le terrain à la commune, qui avait poursuivi le promoteur en justice.")
    assert item.source_says.startswith("La commune a vendu")
    assert roles_found("La commune a vendu le terrain à la coopérative, que le promoteur avait poursuivie en justice.")
    assert roles_found("Le préfet, reçu lundi par les riverains, a réclamé une étude sur la pollution des sols.")


def test_voice_changes_and_converse_verbs_keep_the_roles():
    assert not roles_found("La coopérative a acheté le terrain à la commune ; elle avait poursuivi le promoteur en justice.")
    assert not roles_found("Concarneau a perdu dimanche contre le club de Quimperlé, devant ses supporters.")
    assert not roles_found("Dimanche, Concarneau a été battu par le club de Quimperlé devant ses supporters.")
    assert not roles_found("Lundi, le préfet a reçu les riverains, qui ont réclamé une étude sur la pollution des sols.")


def test_a_converse_verb_with_its_roles_swapped_is_caught():
    assert frame_issues("La commune a acheté le terrain à la coopérative, qui avait poursuivi le promoteur en justice.", SOURCE, 0)
    assert frame_issues("Le club de Quimperlé a perdu dimanche contre Concarneau devant ses supporters.", SOURCE, 1)


def test_a_word_saying_the_other_side_is_caught_without_negation():
    source = SourceFacts(["Le préfet a annoncé que les massifs resteraient fermés au public jusqu'au 18 août.",
                          "Le procureur avait requis deux ans de prison, dont un an ferme."])

    def flips(text: str) -> list:
        return [item for item in unsupported_facts([("ligne 1", text, True)], source) if item.reason.startswith("sens contraire")]

    assert flips("Le préfet a annoncé que les massifs resteraient ouverts au public jusqu'au 18 août.")
    assert flips("Le procureur avait requis deux ans de prison, dont un an avec sursis.")
    assert not flips("Le préfet a annoncé que les massifs ne rouvriraient pas au public avant le 18 août.")
    assert not flips("Deux ans de prison, dont un an ferme, avaient été requis par le procureur.")


SHAPES = SourceFacts([
    "La fonderie Marlière devra verser 50 000 euros à l'association Rivière propre, a décidé le tribunal.",
    "Le groupe lyonnais Ardent a préféré l'offre de Bellac à celle de Norvel, jugée trop chère.",
    "Le conseil de l'ordre accuse la clinique Saint-Roch d'avoir caché deux incidents.",
    "Lors du vote de dimanche, Anne Lebrun a été élue avec neuf voix d'avance sur le sortant, Marc Vidal.",
    "Le terrain sera vendu en faveur de la commune de Lescure, au détriment du promoteur Domial.",
])


def test_payer_and_payee_read_through_converses():
    assert not roles_found("L'association Rivière propre recevra 50 000 euros de la fonderie Marlière, a décidé le tribunal.", SHAPES)
    assert roles_found("L'association Rivière propre devra verser 50 000 euros à la fonderie Marlière, a décidé le tribunal.", SHAPES)
    assert roles_found("La fonderie Marlière recevra 50 000 euros de l'association Rivière propre, a décidé le tribunal.", SHAPES)


def test_the_sides_of_a_choice_whatever_the_verb():
    assert not roles_found("Jugeant l'offre de Norvel trop chère, le groupe lyonnais Ardent a retenu celle de Bellac plutôt que celle de Norvel.", SHAPES)
    assert roles_found("Le groupe lyonnais Ardent a préféré l'offre de Norvel à celle de Bellac, jugée trop chère.", SHAPES)
    assert roles_found("Le groupe lyonnais Ardent a écarté l'offre de Bellac au profit de celle de Norvel.", SHAPES)
    assert not roles_found("Le terrain sera vendu au profit de la commune de Lescure, aux dépens du promoteur Domial.", SHAPES)
    assert roles_found("Le terrain sera vendu en faveur du promoteur Domial, au détriment de la commune de Lescure.", SHAPES)


def test_accuser_and_accused_through_reprocher():
    assert not roles_found("Le conseil de l'ordre reproche à la clinique Saint-Roch d'avoir caché deux incidents.", SHAPES)
    assert roles_found("La clinique Saint-Roch reproche au conseil de l'ordre d'avoir caché deux incidents.", SHAPES)


def test_winner_and_loser_with_a_margin():
    assert not roles_found("Dimanche, le sortant, Marc Vidal, s'est incliné face à Anne Lebrun, élue avec neuf voix d'avance.", SHAPES)
    assert roles_found("Dimanche, Anne Lebrun s'est inclinée face au sortant, Marc Vidal.", SHAPES)
    assert roles_found("Lors du vote de dimanche, Marc Vidal l'a emporté sur Anne Lebrun avec neuf voix d'avance.", SHAPES)


def test_a_subject_pronoun_is_read_as_the_subject_before():
    source = SourceFacts(["Le maire de Lescure, Paul Dantec, a refusé le projet.", "Il accuse la préfète d'avoir ignoré les riverains."])
    found = unsupported_facts([("ligne 1", "La préfète accuse Paul Dantec, maire de Lescure, d'avoir ignoré les riverains.", True)], source)
    assert [item.kind for item in found] == ["role"]


def test_a_pronoun_of_the_other_gender_is_the_agent_before():
    source = SourceFacts(["Le nouveau club sera présidé par Claire Dumas.", "Elle remplacera Paul Riou en juin."])
    found = unsupported_facts([("ligne 1", "Paul Riou remplacera Claire Dumas en juin.", True)], source)
    assert [item.kind for item in found] == ["role"]
    assert not unsupported_facts([("ligne 1", "Claire Dumas succédera à Paul Riou en juin.", True)], source)
