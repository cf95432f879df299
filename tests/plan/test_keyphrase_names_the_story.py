"""The keyphrase names the story (issue 16): the event, not a body, a figure or a lone word. Hand-written cases."""

from redac.analysis import analyze
from redac.analysis.candidate_phrases import phrase_surfaces
from redac.analysis.keyphrase import keyphrase_candidates
from redac.french.events import event_word
from redac.models import Block
from redac.plan import make_plan


def keyphrase(*paragraphs: str, title: str | None = None) -> str:
    return make_plan(analyze([Block(text) for text in paragraphs]), title).keyphrase


def test_a_body_that_announces_results_is_not_the_story():
    assert keyphrase(
        "La commission électorale a proclamé jeudi les résultats du scrutin municipal de Vernon, sans surprise.",
        "La commission électorale a relevé une participation de 61 %. Le maire sortant arrive en tête du scrutin.",
        "Le second tour du scrutin aura lieu dimanche prochain, a précisé la commission électorale.",
    ) in {"résultats du scrutin municipal de Vernon", "scrutin municipal de Vernon"}


def test_the_event_in_the_title_wins_over_the_sentences_it_led_to():
    assert keyphrase(
        "Onze peines de prison ont été prononcées après le saccage du marché de Noël de Colmar, samedi.",
        "Les peines de prison vont de trois à huit mois. Le tribunal a aussi prononcé des amendes.",
        "Le marché de Noël avait été pillé dans la nuit de samedi, selon la police.",
        title="Après le saccage du marché de Noël de Colmar, onze peines de prison",
    ) == "saccage du marché de Noël"


def test_a_name_that_opens_the_source_title_stays_the_subject():
    paragraphs = (
        "Nadia Ferrand a visité mardi le chantier du nouveau port, après la fermeture du quai nord de Sète.",
        "Nadia Ferrand veut rouvrir le quai en juin. La fermeture du quai nord pèse sur les pêcheurs, dit-elle.",
        "Nadia Ferrand reviendra en mai à Sète.",
    )
    assert keyphrase(*paragraphs, title="Nadia Ferrand promet de rouvrir le quai nord de Sète") == "Nadia Ferrand"
    assert keyphrase(*paragraphs) == "fermeture du quai nord"  # without that title, the event


def test_an_event_and_what_it_is_against():
    assert "mobilisation contre la réforme" in [surface for _, surface in
                                               phrase_surfaces("la journée de mobilisation contre la réforme des retraites", strict=True)]
    assert not any("contre" in surface for _, surface in phrase_surfaces("les élus votent contre la réforme", strict=True))


def test_an_adjective_before_du_agrees_with_its_noun():
    surfaces = [surface for _, surface in phrase_surfaces("Résultats financiers du groupe Lumen", strict=True)]
    assert "résultats financiers du groupe lumen" in surfaces
    assert not any("licenciements frappe" in s for _, s in phrase_surfaces("la vague de licenciements frappe le pays", strict=True))


def test_a_participle_that_governs_an_object_ends_the_phrase():
    surfaces = [surface for _, surface in phrase_surfaces("une campagne de rappel concernant deux fromages", strict=True)]
    assert "campagne de rappel" in surfaces and "rappel concernant" not in surfaces


def test_one_mention_gives_one_candidate():
    candidates = keyphrase_candidates("", [
        "Le sommet des pays riverains du Rhin s'est ouvert à Bâle en présence de neuf ministres.",
        "Le sommet doit aboutir à un plan pour le fleuve. Les ministres se retrouvent à Bâle.",
    ])
    texts = [c.text for c in candidates]
    assert sum(text.startswith("sommet des pays") for text in texts) == 1


def test_an_adverb_or_a_locution_ends_a_phrase():
    surfaces = [surface for _, surface in phrase_surfaces("la montée des eaux partout en Bretagne en raison des pluies", strict=True)]
    assert "montée des eaux" in surfaces
    assert not any("partout" in s or "raison" in s for s in surfaces)


def test_an_event_in_the_second_paragraph_after_a_one_sentence_lead():
    assert keyphrase(
        "En tout, 48 arrêtés ont été pris pour obliger les habitants à économiser l'eau.",
        "Trente départements sont désormais concernés par les restrictions d'eau, selon le site du ministère.",
        "Dans le Cher, l'arrosage des jardins est interdit. L'eau du réseau est réservée aux usages prioritaires.",
    ) == "restrictions d'eau"


def test_an_event_with_an_adjective_counts_when_the_text_says_it_again():
    assert event_word("élections législatives", qualified=True) == "élections"
    assert event_word("élections législatives") is None


def test_a_phrase_never_stops_before_the_number_that_completes_it():
    surfaces = [s for _, s in phrase_surfaces("Un séisme de magnitude 6,2 a frappé le prix Femina 2024", strict=True)]
    assert "séisme de magnitude" not in surfaces  # « magnitude 6,2 »
    assert "prix Femina" in surfaces  # a year does not complete a name


def test_a_lone_event_said_three_times_takes_its_place():
    assert keyphrase(
        "Jeudi, un éboulement a coupé la route de trois hameaux sur la commune de Saint-Véran, selon la mairie.",
        "L'éboulement a emporté vingt mètres de chaussée. Les hameaux sont ravitaillés par la vallée voisine.",
        "Un second éboulement reste possible, selon les géologues. La route restera fermée une semaine.",
    ) == "éboulement à Saint-Véran"


def test_a_placed_event_only_uses_words_the_source_writes():
    texts = [
        "Un éboulement a coupé la route sur la commune des Contamines, selon la mairie.",
        "L'éboulement a emporté vingt mètres de chaussée. Un second éboulement reste possible.",
    ]
    # « éboulement aux Contamines » would write « aux », which the source never does
    assert all("aux" not in candidate.text.split() for candidate in keyphrase_candidates("", texts, limit=30))


def surfaces(text: str) -> list[str]:
    return [surface for _, surface in phrase_surfaces(text, strict=True)]


def test_what_an_event_befell_joins_it_with_d_un():
    assert "effondrement d'un pont" in surfaces("Deux morts dans l'effondrement d'un pont suspendu à Montrabe.")
    assert "braquage d'une agence" in surfaces("Le braquage d'une agence postale a eu lieu jeudi à Moissac.")
    assert not any(s.startswith("photo d'un") for s in surfaces("La photo d'un chat a fait le tour du village."))


def test_a_quality_or_a_share_is_not_what_an_event_befell():
    assert not any(s.startswith("collision d") for s in surfaces("La collision d'une grande violence a eu lieu à midi."))
    assert not any(s.startswith("annulation d'un") for s in surfaces("Après l'annulation d'un car sur deux, la colère monte."))


def test_an_adjective_is_not_cut_from_its_figure():
    found = surfaces("Un homme âgé de 52 ans a été interpellé, un mur haut de 3 mètres s'est écroulé.")
    assert "homme âgé" not in found and "mur haut" not in found


def test_a_one_paragraph_page_names_its_event_over_the_court():
    assert keyphrase(
        "Quinze ans de réclusion ont été prononcés mardi par la cour criminelle de Mende contre un homme âgé de 40 ans,"
        " reconnu coupable du meurtre d'une commerçante de Florac. La cour criminelle a suivi les réquisitions."
        " L'accusé a reconnu les faits à l'audience. La commerçante avait été tuée dans sa boutique en 2021, un meurtre"
        " qui avait choqué la ville. Un homme âgé de 40 ans ne fera pas appel, a dit son avocat."
    ).startswith("meurtre d'une commerçante")


def test_a_late_said_once_event_of_one_paragraph_is_no_opening():
    assert keyphrase(
        "Un jour après l'annonce de la grève par la RATP, les bus de Créteil roulent peu. Les usagers de la RATP"
        " attendent. La RATP promet un bus sur deux demain. Une navette remplace les suppressions de bus du soir.",
        title="Grève à la RATP : une semaine difficile",
    ) == "RATP"


def test_new_event_nouns():
    for phrase in ("braquage de la poste", "cyberattaque contre l'hôpital", "effondrement du viaduc",
                   "épidémie de rougeole", "rixe à Lunel", "cambriolage de la mairie"):
        assert event_word(phrase) is not None, phrase


def test_a_capitalized_word_after_a_name_keeps_its_capital():
    assert "Hélène Petit" in surfaces("La députée Hélène Petit a été réélue dimanche.")


def test_a_preposition_never_joins_a_phrase():
    assert not any("hors" in s for s in surfaces("Les communes hors Bretagne ont voté dimanche."))


def test_an_election_said_by_its_adjective_is_an_event():
    assert event_word("municipales de Tulle") is not None


def test_a_roman_rank_is_no_subject():
    assert all(not candidate.text.startswith("XVe") for candidate in keyphrase_candidates(
        "", ["Un commando a attaqué une bijouterie du XVe arrondissement de Paris, mardi.",
             "Le butin du commando est estimé à deux millions d'euros, selon la police du XVe."]))


def test_an_adverb_opening_a_sentence_is_no_name():
    from redac.analysis.candidate_phrases import is_proper as _is_proper

    assert not _is_proper("Récemment") and not _is_proper("Évidemment") and not _is_proper("Finalement")
    assert _is_proper("Kerhallet") and _is_proper("SNCF")


def test_an_escape_and_a_derailment_are_events():
    assert event_word("évasion d’un centre de détention") == "évasion"
    assert event_word("déraillement du train") == "déraillement"
    assert keyphrase(
        "L’évasion du centre de détention de Muret a été découverte mardi à l’aube : deux détenus manquaient.",
        "Les deux hommes ont scié un barreau. Les gendarmes du Tarn ont bouclé le secteur du centre de détention.",
        "Une enquête administrative sur l’évasion doit dire comment le barreau a cédé.",
    ) == "évasion du centre de détention"


def test_a_quantity_or_a_time_is_not_the_story():
    """« des centaines de milliers », « ces derniers mois »: said again and again, they count or date the story."""
    found = keyphrase(
        "Des centaines de milliers de viticulteurs ont manifesté samedi contre la taxe sur les vins en Gironde.",
        "Des centaines de milliers de personnes, selon les organisateurs, ont défilé à Bordeaux contre la taxe sur les vins.",
        "Ces derniers mois, la taxe sur les vins a été relevée deux fois. Ces derniers mois, les ventes ont baissé de 12 %.",
        "Les syndicats promettent des centaines de milliers de manifestants samedi prochain contre la taxe sur les vins.",
    )
    assert found not in {"centaines de milliers", "derniers mois"}, found


def test_an_indefinite_subject_names_nobody_in_particular():
    found = keyphrase(
        "Un retraité normand a gagné vendredi le gros lot de 17 millions d’euros au tirage du Super Loto de la FDJ.",
        "Le Super Loto n’avait pas été remporté depuis six semaines. Un retraité normand est le troisième gagnant de l’année.",
        "Le gagnant du Super Loto a soixante jours pour se manifester, a rappelé la FDJ.",
    )
    assert "Super Loto" in found


def test_a_rubric_in_capitals_is_not_how_the_keyphrase_is_written():
    found = keyphrase(
        "FÊTE DES LUMIÈRES | La Fête des lumières de Lyon a attiré 1,8 million de visiteurs en quatre soirs.",
        "La Fête des lumières reviendra en décembre. La Fête des lumières coûte 3 millions d’euros à la ville.",
    )
    assert found.lower().startswith("fête des lumières") and not found.isupper()


def test_a_place_named_only_where_the_story_happens_is_not_the_story():
    assert keyphrase(
        "La ministre de la Santé a reçu lundi les représentants des infirmiers libéraux au palais des congrès de Nantes.",
        "Les infirmiers libéraux réclament une hausse de leurs tarifs. Ils ont été reçus deux heures au palais des congrès de Nantes.",
        "Une nouvelle rencontre aura lieu en juin au palais des congrès de Nantes.",
    ) == "infirmiers libéraux"


def test_a_place_said_as_a_subject_may_be_the_story():
    from redac.french.events import said_only_as_where
    texts = ["La halle aux grains de Quimper a rouvert samedi après deux ans de travaux.",
             "Les visiteurs se pressaient à la halle aux grains dès l’ouverture."]
    assert not said_only_as_where("halle aux grains", texts)
    assert said_only_as_where("halle aux grains", texts[1:])
