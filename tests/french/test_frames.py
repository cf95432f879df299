"""Clause frames (french/frames.py): who does what to whom, read through relative pronouns, the passive, asides,
participles, gerunds, infinitives and « face à »; sentences written for these tests."""

from redac.french.frames import frames


def roles(sentence: str, verb: str) -> set[tuple[str, str]]:
    """The (role, key) pairs of the first frame whose verb key starts with `verb`."""
    return next(set(frame.roles) for frame in frames(sentence) if frame.verb.startswith(verb))


def test_relative_pronouns_stand_for_their_antecedent():
    assert ("agent", "association") in roles("Il paiera l'association, qui l'avait poursuivi en justice.", "poursuiv")
    assert ("patient", "association") in roles("Il paiera l'association, qu'il avait poursuivie en justice.", "poursuiv")
    sold = roles("Le film a été produit par Lumen Films, une société à laquelle le distributeur Carmin l'a vendu.", "vend")
    assert {("agent", "carmin"), ("recipient", "films")} <= sold


def test_passive_and_its_agent_keep_the_roles_of_the_active():
    active = roles("Le préfet du Finistère a reçu les riverains lundi.", "recevo")
    passive = roles("Les riverains ont été reçus lundi par le préfet du Finistère.", "recevo")
    apposed = roles("Les riverains, reçus lundi par le préfet du Finistère, ont réclamé une étude.", "recevo")
    assert active == passive == apposed == {("agent", "prefet"), ("patient", "riverain")}


def test_an_aside_between_subject_and_verb_is_stepped_over():
    assert ("agent", "association") in roles("L'association, qui a confié sa comptabilité à un cabinet, a félicité la Fondation.", "felicit")
    assert ("agent", "kerbrat") in roles("Maëlle Kerbrat, 44 ans, a remercié les élus.", "remerci")


def test_second_object_after_the_first_and_its_apposition():
    preferred = roles("Le jury a préféré « Nord-Est », du Canadien Marc Pelletier, au film de Lise Vandamme.", "prefe")
    assert ("recipient", "film") in preferred and ("agent", "jury") in preferred
    assert ("opponent", "floch") in roles("Elle a été élue mercredi à la tête du comité des régions, face au Breton Yannick Le Floch.", "elu")


def test_gerunds_and_infinitives_take_the_agent_their_clause_gives_them():
    assert ("agent", "rochelle") in roles("La Rochelle a remporté le titre en battant le Stade toulousain.", "batt")
    assert ("agent", "lemoine") in roles("Le tribunal a ordonné à Gérard Lemoine de rembourser le club.", "rembours")
    assert ("agent", "etat") in roles("Le maire a accusé l'État de ne pas avoir financé la digue.", "financ")


def test_se_voir_makes_its_subject_undergo_and_par_act():
    inflicted = roles("La région s'est vu infliger par la SNCF une pénalité.", "inflig")
    assert {("undergoer", "region"), ("agent", "sncf")} <= inflicted


def test_incises_time_words_and_bare_complements_play_no_role():
    assert not roles("Armor Béton devra démolir le mur, a ordonné le juge.", "ordonn")
    assert roles("Les autorités ont signé la convention la semaine dernière.", "sign") == {("agent", "autorite"), ("patient", "convention")}


def test_a_fronted_participle_qualifies_the_subject_after_its_comma_and_a_speaker_may_close_on_a_relative():
    recruited = roles("Cédé par Brest, le Malien Ousmane Diallo, 24 ans, a été engagé mardi par Lorient.", "engag")
    assert {("patient", "diallo"), ("agent", "lorient")} <= recruited
    assert ("patient", "diallo") in roles("Cédé par Brest, le Malien Ousmane Diallo, 24 ans, a été engagé mardi par Lorient.", "ced")
    said = "Les comptes auraient été maquillés par le trésorier, accuse la présidente du club, Anne Roux, pour qui « rien n'a été caché »."
    assert not any(frame.roles for frame in frames(said) if frame.verb.startswith("accus"))


def test_a_sentence_adverb_between_subject_auxiliary_and_verb_is_stepped_over():
    """« avait pourtant placé », « a toutefois été reçue »: the adverb sits in the verb group, its subject still reads."""
    active = roles("Le préfet du Morbihan avait pourtant placé la commune en vigilance orange.", "plac")
    passive = roles("La commune avait toutefois été placée en vigilance orange par le préfet du Morbihan.", "plac")
    assert active == passive == {("agent", "prefet"), ("patient", "commune")}
