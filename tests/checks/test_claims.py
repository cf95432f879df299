"""Claims on hand-written French cases: each finding names what the source says instead, and where."""

import subprocess
import sys
from pathlib import Path

from redac.checks.faithfulness import SourceFacts, unsupported_facts

SOURCE = SourceFacts([
    "La Serbie, alliée de longue date de Moscou, n’a pas imposé de sanctions.",
    "« Nous ne reviendrons pas en arrière », a assuré la maire, Isabelle Morvan, face à Thierry Lebrun.",
    "Le président ukrainien Volodymyr Zelensky a exhorté jeudi Jens Stoltenberg à fournir 14 autres chars.",
    "Le Premier ministre albanais Edi Rama a signé l’accord.",
])


def found(text: str, source: SourceFacts = SOURCE) -> list:
    return unsupported_facts([("ligne 1", text, True)], source)


def test_dropped_negation_names_the_source_sentence():
    [item] = found("La Serbie, alliée de longue date de Moscou, a imposé des sanctions.")
    assert (item.kind, item.text) == ("negation", "imposé")
    assert item.source_says == "La Serbie, alliée de longue date de Moscou, n’a pas imposé de sanctions."
    assert item.source_where == "paragraphe 1, phrase 1"


def test_added_negation_role_swap_speaker_adjective_and_counted_noun():
    assert [i.kind for i in found("Le Premier ministre albanais Edi Rama n’a pas signé l’accord.")] == ["negation"]
    assert [i.kind for i in found("Jens Stoltenberg a exhorté jeudi le président ukrainien Volodymyr Zelensky à fournir 14 autres chars.")] == ["role"]
    assert [i.kind for i in found("« Nous ne reviendrons pas en arrière », a assuré Thierry Lebrun.")] == ["speaker"]
    assert [i.kind for i in found("Le Premier ministre serbe Edi Rama a signé l’accord.")] == ["adjective"]
    assert [i.kind for i in found("Le président ukrainien Volodymyr Zelensky a exhorté jeudi Jens Stoltenberg à fournir 14 autres avions.")] == ["counted"]


def test_the_same_claims_in_other_words_raise_nothing():
    assert found("Alliée de longue date de Moscou, la Serbie n’a imposé aucune sanction.") == []
    assert found("Jeudi, Jens Stoltenberg a été exhorté par Volodymyr Zelensky, président ukrainien, à fournir quatorze chars de plus.") == []
    assert found("Isabelle Morvan a assuré : « Nous ne reviendrons pas en arrière ».") == []
    assert found("Edi Rama, chef du gouvernement de l’Albanie, a signé l’accord.") == []


def test_check_command_prints_what_the_source_says(tmp_path: Path):
    source = tmp_path / "source.txt"
    source.write_text("Titre de la source\n\nLa Serbie, alliée de longue date de Moscou, n’a pas imposé de sanctions.\n", encoding="utf-8")
    article = tmp_path / "article.md"
    article.write_text("# Un titre\n\nLa Serbie, alliée de longue date de Moscou, a imposé des sanctions.\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "redac", "check", str(article), "-s", str(source)], capture_output=True, timeout=60)
    out = proc.stdout.decode()
    assert proc.returncode == 1
    assert "ligne 3 : negation « imposé » — négation supprimée" in out
    assert "la source dit (ligne 3, phrase 1) : « La Serbie, alliée de longue date de Moscou, n’a pas imposé de sanctions. »" in out


OTHER = SourceFacts([
    "Un séisme a fait au moins douze morts et plus de cent cinquante blessés.",
    "Plus de douze mille coureurs étaient inscrits, et le jury a délibéré à deux reprises.",
    "L'édition précédente avait attiré quarante-sept mille personnes, contre 52 000 visiteurs cette année.",
    "Les États-Unis voulaient un moratoire de vingt-cinq ans, mais refusaient d'aller au-delà de quinze.",
    "Une quarantaine de postes pourraient ne pas être renouvelés.",
    "Le président chilien, Gabriel Fuentes, a annoncé l'envoi de vingt tonnes de matériel. La Bolivie a proposé son aide.",
    "Le maire, Pauline Dussart, a averti que le dossier ne serait pas déposé avant la fin de l'année. Le directeur, Marc Olivier, est resté muet.",
    "Margot Declercq a reçu le prix. Elle était émue. « Je n'osais pas y croire. Ce livre m'a demandé six ans », a-t-elle déclaré.",
])


def other(text: str) -> list:
    return unsupported_facts([("ligne 1", text, True)], OTHER)


def test_the_same_count_in_other_words_raises_nothing():
    assert other("Au moins 12 personnes ont été tuées par le séisme, et plus de 150 blessées.") == []
    assert other("Plus de 12 000 inscrits, et un jury qui a délibéré deux fois.") == []
    assert other("L'édition précédente avait attiré 47 000 visiteurs.") == []
    assert other("Les États-Unis refusaient d'aller au-delà de quinze ans de moratoire.") == []
    assert other("Environ quarante postes pourraient ne pas être renouvelés.") == []


def test_another_count_is_still_caught():
    assert [i.kind for i in other("Un séisme a fait au moins douze blessés.")] == ["counted"]
    assert [i.kind for i in other("Plus de douze mille spectateurs étaient inscrits.")] == ["counted"]


def test_reporter_pronoun_and_nationality_from_next_door():
    [swapped] = other("Le directeur, Marc Olivier, a averti que le dossier ne serait pas déposé avant la fin de l'année.")
    assert swapped.kind in ("speaker", "role") and "Pauline Dussart" in swapped.reason
    assert other("Le dossier ne sera pas déposé avant la fin de l'année, a averti Pauline Dussart.") == []
    assert other("« Je n'osais pas y croire », a déclaré Margot Declercq.") == []
    assert [i.kind for i in other("Le président bolivien, Gabriel Fuentes, a annoncé l'envoi de vingt tonnes de matériel.")] == ["adjective"]


def test_the_speaker_of_a_quotation_over_several_sentences():
    from redac.checks.claims import claim_issues

    closing = "Ce livre m'a demandé six ans », a déclaré Pauline Dussart."  # the sentence that closes the quotation
    assert [item.kind for item in claim_issues("ligne 1", closing, OTHER, set())] == ["speaker"]
    assert claim_issues("ligne 1", closing.replace("Pauline Dussart", "Margot Declercq"), OTHER, set()) == []


def test_a_count_in_words_is_no_year():
    source = SourceFacts(["Plus de deux mille maisons ont été endommagées, selon le ministre du Logement."])
    found = unsupported_facts([("ligne 1", "Plus de deux mille avions ont été endommagés, selon le ministre du Logement.", True)], source)
    assert [item.kind for item in found] == ["counted"]


def test_one_person_on_the_other_side_of_the_same_verb():
    source = SourceFacts(["Le directeur, Mathieu Perrier, a remercié les dameurs, qui ont travaillé toute la nuit."])
    flipped = unsupported_facts([("ligne 1", "Les dameurs, qui ont travaillé toute la nuit, ont remercié Mathieu Perrier.", True)], source)
    assert [item.kind for item in flipped] == ["role"]
    for faithful in ("Les dameurs, qui ont travaillé toute la nuit, ont été remerciés par Mathieu Perrier.",
                     "Après avoir remercié les dameurs, qui ont travaillé toute la nuit, Mathieu Perrier est reparti."):
        assert unsupported_facts([("ligne 1", faithful, True)], source) == [], faithful


def test_a_swap_read_in_the_neighbour_that_holds_the_verb():
    source = SourceFacts(["La préfète, Anne Kerlan, a visité le chantier de la digue jeudi avec les ingénieurs du port.",
                          "Elle a félicité les ouvriers pour l'avance prise sur le calendrier des travaux de la digue."])
    swapped = "Les ouvriers ont félicité la préfète, Anne Kerlan, venue jeudi visiter le chantier de la digue avec les ingénieurs."
    assert [item.kind for item in unsupported_facts([("ligne 1", swapped, True)], source)] == ["role"]
    kept = "La préfète, Anne Kerlan, venue jeudi visiter le chantier de la digue avec les ingénieurs, a félicité les ouvriers."
    assert unsupported_facts([("ligne 1", kept, True)], source) == []


def test_a_noun_of_a_quotation_is_not_what_the_sentence_counts():
    source = SourceFacts(["« Les écoles resteront ouvertes tout l'été », a promis le maire devant les 40 parents réunis jeudi."])
    changed = "Le maire a promis devant les 40 écoles réunies jeudi que les écoles resteraient ouvertes tout l'été."
    assert "counted" in [item.kind for item in unsupported_facts([("ligne 1", changed, True)], source)]
    kept = "Devant les 40 parents réunis jeudi, le maire a promis que les écoles resteraient ouvertes tout l'été."
    assert unsupported_facts([("ligne 1", kept, True)], source) == []


def test_dont_n_counts_the_whole_noun_unless_it_names_its_own():
    source = SourceFacts(["Plus de deux mille maisons ont été endommagées, dont trois cents totalement détruites, et cinq écoles."])
    kept = "Trois cents maisons ont été totalement détruites et plus de deux mille endommagées."
    assert unsupported_facts([("ligne 1", kept, True)], source) == []
    source = SourceFacts(["Trois pompiers ont été légèrement blessés, dont deux intoxiqués par les fumées."])
    changed = "Trois pompiers ont été légèrement blessés, dont deux avions par les fumées."
    assert "counted" in [item.kind for item in unsupported_facts([("ligne 1", changed, True)], source)]


PARAPHRASED = SourceFacts([
    "La fusion ne sera pas effective avant le 1er mars, a précisé le directeur.",
    "Le directeur, Paul Vidal, conteste toute faute de gestion.",
    "Selon la syndicaliste, les infirmières travaillent désormais douze jours d'affilée.",
    "La chambre régionale des comptes (CRC) a publié son rapport mardi.",
    "Le rapport relève que la dette a doublé, a ajouté le magistrat.",
    "Le nouveau directeur sera élu dans quinze jours.",
    "L'équipe de Lescure a battu Vidauban 31 à 27.",
])


def test_paraphrases_in_other_polarity_or_words_raise_nothing():
    assert not found("La fusion sera effective au plus tôt le 1er mars, a précisé le directeur.", PARAPHRASED)
    assert not found("Le directeur, Paul Vidal, affirme n'avoir commis aucune faute de gestion.", PARAPHRASED)
    assert not found("Selon la syndicaliste, les infirmières travaillent aujourd'hui douze jours d'affilée.", PARAPHRASED)
    assert not found("Le rapport de la CRC relève que la dette a doublé, a ajouté le magistrat.", PARAPHRASED)
    assert not found("Le nouveau directeur sera élu dans deux semaines.", PARAPHRASED)
    assert not found("Vidauban s'est incliné 27 à 31 face à l'équipe de Lescure.", PARAPHRASED)


def test_a_denial_negated_is_still_an_added_negation():
    assert [item.kind for item in found("Le directeur, Paul Vidal, ne conteste pas la faute de gestion.", PARAPHRASED)] == ["negation"]


def test_renoncer_a_negates_and_a_known_surname_needs_its_first_name():
    source = SourceFacts(["Didier Moreau, maire de Lescure, saisira le Conseil d'État.", "Nadia Ferhat a rencontré Daniel Vidal."])
    kinds = [item.kind for item in unsupported_facts([("ligne 1", "Didier Moreau, maire de Lescure, renonce à saisir le Conseil d'État.", True)], source)]
    assert kinds == ["negation"]
    [item] = unsupported_facts([("ligne 1", "Le maire de Lescure, Daniel Moreau, saisira le Conseil d'État.", True)], source)
    assert item.kind == "name" and item.reason == "prénom différent dans la source"


def test_a_person_speaking_for_a_body_and_a_subject_pronoun_after_an_opening_selon_are_no_swap():
    source = SourceFacts(["Le chantier naval Ker Avel dément toute faute : la coque était neuve, a assuré son directeur, Paul Le Gall.",
                          "Selon son employeur, la société Ker Avel, il travaillait depuis vingt ans sans incident."])
    assert found("Paul Le Gall, directeur de Ker Avel, dément toute faute : selon lui, la coque était neuve.", source) == []
    assert found("Paul Le Gall travaillait depuis vingt ans sans incident, selon la société Ker Avel, son employeur.", source) == []


def test_a_negated_modal_and_a_short_negative_sentence_merged_in_are_no_lost_negation():
    source = SourceFacts(["Le capitaine, blessé au genou, ne pourra pas jouer la finale contre Nantes, samedi.",
                          "Le maire de Plouër a été entendu lundi par les enquêteurs. Il n'a pas répondu à nos questions."])
    assert [item.kind for item in found("Blessé au genou, le capitaine pourra disputer la finale contre Nantes samedi.", source)] == ["negation"]
    assert found("Blessé au genou, le capitaine ne pourra pas disputer la finale contre Nantes samedi.", source) == []
    assert [item.kind for item in found("Entendu lundi par les enquêteurs, le maire de Plouër a répondu à nos questions.", source)] == ["negation"]
    assert found("Entendu lundi par les enquêteurs, le maire de Plouër n'a pas répondu à nos questions.", source) == []


def test_a_question_claims_no_role_even_with_its_subject_inverted():
    """The FAQ question « Qu’a décidé Xavier Niel ? » of a real page was read as a role swap (the name after the verb
    taken for its object). A question claims nothing; its names and numbers are still held to the source."""
    source = SourceFacts(["Xavier Niel a décidé de renforcer son contrôle sur la maison-mère de Free, selon Iliad."])
    assert found("Qu’a décidé Xavier Niel ?", source) == []
    assert [(i.kind, i.text) for i in found("Qu’a décidé Jacques Martin ?", source)] == [("name", "Jacques Martin")]


def test_an_adverb_after_a_number_is_not_what_it_counts():
    """« 62 seulement avaient été recrutés » read « seulement » as the counted noun (blind10 f2266, a paraphrase): past
    one, a counted noun in « -ment » is plural (« 62 logements »); a singular one is an adverb. A changed noun is still
    caught."""
    source = SourceFacts(["L’essai devait inclure 180 patients. Seuls 62 d’entre eux avaient été recrutés en mars."])
    assert found("Sur les 180 patients prévus, 62 seulement avaient été recrutés en mars.", source) == []
    assert [(i.kind, i.text) for i in found("Sur les 180 patients prévus, 62 médecins avaient été recrutés en mars.", source)] \
        == [("counted", "62 medecin")]


def test_neither_nor_said_as_a_negated_verb_is_no_dropped_negation():
    """« Ni le CHU ni Bioryne n'ont annoncé de recours » rewritten « Le CHU n'a pas annoncé de recours, pas plus que
    Bioryne » was a dropped negation on « CHU » (blind10 f2285, a paraphrase): the verb keeps it. Dropping it is caught."""
    source = SourceFacts(["Le laboratoire a contesté la décision de l’agence.", "Ni le CHU ni Bioryne n’ont annoncé de recours."])
    assert found("Le CHU n’a pas annoncé de recours, pas plus que Bioryne.", source) == []
    assert found("Le CHU et Bioryne n’ont pas annoncé de recours.", source) == []
    assert [i.kind for i in found("Le CHU et Bioryne ont annoncé un recours.", source)] == ["negation"]


def test_a_count_of_the_items_it_lists_a_time_and_a_noun_with_its_own_article_count_nothing_new():
    """« trois sets (6-4, 3-6, 7-5) », « 2 h 38 de jeu » and « 96 000 passagers sur 240 000 l'an dernier » read « set »,
    « jeu » and « an » as counted nouns (blind10 f2225, f2223, f2214, paraphrases); a count the list does not match, or
    another noun, is still caught."""
    source = SourceFacts(["La finaliste a gagné 6-3, 4-6, 6-2 en deux heures et douze minutes devant 3 000 spectateurs.",
                          "La salle a accueilli 52 000 visiteurs sur 80 000 l'an dernier."])
    assert found("Elle a gagné en trois manches (6-3, 4-6, 6-2) après 2 h 12 de match.", source) == []
    assert found("L'an dernier, 52 000 des 80 000 visiteurs sont venus à la salle.", source) == []
    assert [i.kind for i in found("Elle a gagné en trois jeux décisifs (6-3, 4-6) après 2 h 12 de match.", source)] == ["counted"]


def test_a_pronoun_after_a_subject_no_frame_names_is_not_read_further_back():
    """« Le syndicat mixte … a assigné Celtair. Il lui réclame … » read « Il » as Celtair, named two sentences before, and
    flagged « réclame à Celtair » as a swap (blind10 f2203, a paraphrase): a subject the frames cannot key stops the search."""
    source = SourceFacts(["La société Hydrova a fermé son usine de Vannes en mars.",
                          "La communauté de communes du pays de Lorient a assigné Hydrova devant le tribunal de commerce.",
                          "Il lui réclame 300 000 euros de pénalités."])
    assert found("La communauté de communes réclame à Hydrova 300 000 euros de pénalités.", source) == []


def test_a_modal_governs_its_infinitive_and_a_comparison_may_be_turned_around():
    """« Ce titre devrait permettre à Marchetti de gagner » read Marchetti as the object of « devrait », and « Celtair avait
    reçu quatre fois plus que … Volotea » as a swap of « Volotea recevra quatre fois moins que Celtair » (blind10 f2234,
    f2219, paraphrases). The sides exchanged alone, or the comparison turned alone, are caught."""
    source = SourceFacts(["Grâce à cette victoire, Léa Morin gagnera douze places au classement mondial publié lundi et devrait entrer dans le top 50.",
                          "Aerlis recevra 300 000 euros sur deux ans, soit deux fois moins que Skyvia, a précisé la préfète Claire Mahé."])
    assert found("Cette victoire devrait permettre à Léa Morin de gagner douze places au classement mondial publié lundi et d'entrer dans le top 50.",
                 source) == []
    assert found("Skyvia avait obtenu deux fois plus que les 300 000 euros promis à Aerlis sur deux ans, a précisé la préfète Claire Mahé.", source) == []
    swapped = found("Skyvia recevra 300 000 euros sur deux ans, soit deux fois moins qu'Aerlis, a précisé la préfète Claire Mahé.", source)
    assert [(i.kind, i.text) for i in swapped] == [("role", "Aerlis")]
    turned = found("Aerlis recevra 300 000 euros sur deux ans, soit deux fois plus que Skyvia, a précisé la préfète Claire Mahé.", source)
    assert [(i.kind, i.text) for i in turned] == [("negation", "plus")]


def test_two_names_trading_their_prepositions_after_the_same_verb_is_a_swap():
    """« Bâtiouest a remplacé Charpentes Loiret par Kerbois » → « … a remplacé Kerbois par Charpentes Loiret » was missed
    (blind10 u2863): each name's link to the verb (direct object, « par », « à » …) is compared, whatever the order of the
    complements or an apposition between them."""
    source = SourceFacts(["La mairie de Pontivy a remplacé l'entreprise Brelec par la société Voltaïs en mars, pour un surcoût de 80 000 euros."])
    assert found("En mars, la mairie de Pontivy a remplacé Brelec par Voltaïs, pour un surcoût de 80 000 euros.", source) == []
    assert found("Pour un surcoût de 80 000 euros, la mairie de Pontivy a remplacé en mars Brelec, une entreprise locale, par Voltaïs.", source) == []
    swapped = found("En mars, la mairie de Pontivy a remplacé Voltaïs, une société locale, par Brelec, pour un surcoût de 80 000 euros.", source)
    assert [(i.kind, i.text) for i in swapped] == [("role", "Brelec")]


def test_a_vote_on_the_other_side_and_a_post_handed_over_to_the_other_person():
    """« a voté contre » → « a voté pour » and « Il remplacera Alain Roche » → « X cède son poste à Alain Roche » were missed
    (cases written for round t); « cède son poste à X » says that X replaces."""
    source = SourceFacts(["Le groupe écologiste, mené par Léa Brun, a voté contre le budget, dénonçant un « budget de renoncement ».",
                          "La présidente a nommé Marc Vidal au poste de directeur. Il remplacera Jean Pic, qui part à la retraite en mai."])
    assert [(i.kind, i.text) for i in found("Le groupe écologiste, mené par Léa Brun, a voté pour le budget.", source)] == [("negation", "pour")]
    assert found("Mené par Léa Brun, le groupe écologiste a voté contre ce « budget de renoncement ».", source) == []
    assert found("Jean Pic, qui part à la retraite en mai, cédera son poste de directeur à Marc Vidal.", source) == []
    assert [i.kind for i in found("Marc Vidal cédera son poste de directeur à Jean Pic, qui part à la retraite en mai.", source)] == ["role"]
    assert found("Jean Pic, qui part à la retraite en mai, passera le relais à Marc Vidal au poste de directeur.", source) == []
    assert [i.kind for i in found("Marc Vidal passera le relais à Jean Pic au poste de directeur, en mai.", source)] == ["role"]


def test_a_body_the_passage_calls_by_its_noun_and_a_negation_said_by_the_opposite_word():
    """« Nordkraft offre … » where the sentence built on says « Le groupe propose … », and « tous les navires sont bloqués »
    for « aucun navire n'a quitté le port » (paraphrases written for round t) raised a name and a dropped negation."""
    source = SourceFacts(["Le groupe suédois Valtek a confirmé la fermeture de son usine de Morlaix, qui emploie 120 salariés.",
                          "Les syndicats ont rencontré mardi le préfet du Finistère.",
                          "Le groupe propose une prime de départ de 20 000 euros et un reclassement à Brest.",
                          "Aucun camion n'a quitté le dépôt de Morlaix depuis lundi."])
    assert found("Valtek offre 20 000 euros de prime de départ et un reclassement à Brest.", source) == []
    assert [i.kind for i in found("Sodimar offre 20 000 euros de prime de départ et un reclassement à Brest.", source)] == ["name"]
    assert found("Depuis lundi, tous les camions sont bloqués au dépôt de Morlaix.", source) == []
    assert [i.kind for i in found("Depuis lundi, tous les camions ont quitté le dépôt de Morlaix.", source)] == ["negation"]


RANKED = SourceFacts(["C'est le premier cas de rage signalé dans le département cette année. La préfecture a ouvert une enquête."])


def test_a_rank_said_as_none_before_it():
    assert found("Aucun autre cas de rage n'avait été signalé dans le département cette année.", RANKED) == []
    assert [i.kind for i in found("Le cas de rage n'a pas été signalé dans le département cette année.", RANKED)] == ["negation"]


FEARED = SourceFacts(["Les éleveurs de canards de la vallée pourraient perdre leurs marchés, selon le syndicat agricole."])


def test_a_feared_event_with_its_expletive_ne():
    assert found("Le syndicat agricole craint que les éleveurs de canards de la vallée ne perdent leurs marchés.", FEARED) == []
    assert [i.kind for i in found("Le syndicat agricole craint que les éleveurs de canards de la vallée ne perdent pas leurs marchés.", FEARED)] == ["negation"]
