"""A title cut never drops what its verb needs: the « en » of « placer … en », « mettre … en » after the object's own
complement, and where a verb of carrying takes someone (seen on real pages: « le gouvernement a placé le système »,
« les deux victimes ont été transportées »). Sentences written for these tests."""

from redac.plan.title_cuts import complement_cuts


def test_the_en_of_the_verb_stays_after_the_objects_complement():
    assert complement_cuts("Le préfet a placé le réseau de distribution d'eau en état d'alerte renforcée") == []
    assert complement_cuts("La direction a mis le projet de fusion en suspens jusqu'à l'automne") == []


def test_a_verb_of_carrying_keeps_where_to():
    assert all(" vers le CHU" in cut for cut in complement_cuts("Le blessé a été transporté dans un état critique vers le CHU de Rennes"))
    assert complement_cuts("Les migrants ont été conduits au centre de rétention de Coquelles") == []


def test_the_subjects_participle_does_not_block_the_main_verbs_cut():
    cuts = complement_cuts("Le gérant placé en garde à vue a reconnu les faits en fin de journée dans les locaux")
    assert "Le gérant placé en garde à vue a reconnu les faits" in cuts


def test_an_angle_keeps_the_en_its_verb_needs():
    from redac.french.angles import compressed_angles

    angles = compressed_angles("La préfecture a mis le réseau de transport urbain en alerte maximale pour le week-end")
    assert angles and all(" en alerte" in angle for angle in angles)


def test_an_angle_never_drops_the_relative_a_pronoun_needs():
    from redac.french.angles import compressed_angles

    assert compressed_angles("Tout ce qui pousse dans ce jardin, fleurs et légumes, est arrosé à l'eau de pluie") == []
    assert compressed_angles("Celles qui ont porté plainte ont été reçues par le procureur") == []
    assert "Le maire a quitté la mairie de Brest" in compressed_angles("Le maire qui a démissionné lundi a quitté la mairie de Brest")
