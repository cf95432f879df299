"""The listing shape rules (cleaning/listing.py), on pages written for the test."""

from redac.cleaning.captions import credited_copies
from redac.cleaning.listing import is_cut, kept_lists, listing_pairs
from redac.cleaning.rules import Line, load_rules
from redac.cleaning.shape import measure_shape


def _shape_of(texts: list[str]):
    lines = [Line.of(t) for t in texts]
    ruled = [load_rules().match(line) is not None for line in lines]
    words = [line.n_words for line in lines]
    return ruled, words, measure_shape(texts, ruled, [line.core for line in lines], words)


TAG_PAGE = [
    "Régionales : la liste de Sabine Ollier dévoile ses priorités pour les lycées",
    "Tête de liste dans le Cantal, Sabine Ollier a présenté mardi un programme centré sur les transports scolaires et la rénovation des internats de la ré",
    "Conseil départemental : un budget de 412 millions voté sans l’opposition",
    "Les élus de la majorité ont adopté jeudi soir le budget primitif, en hausse de 3 %, malgré l’abstention des groupes de gauche qui dénoncent une hau",
    "Aurillac : le maire sortant ne briguera pas un troisième mandat",
    "Après douze années à la tête de la commune, Pierre Vidal a annoncé samedi qu’il passait la main à son adjointe aux finances.",
]


def test_headline_and_teaser_pairs_cut_short_are_a_listing() -> None:
    ruled, words, shape = _shape_of(TAG_PAGE)
    assert listing_pairs(TAG_PAGE, ruled, words, shape) == frozenset(range(6))


def test_an_article_with_subheadings_is_no_listing() -> None:
    """Subheadings over paragraphs that go on into each other and end on their full stop."""
    article = [
        "Crue de la Garonne : Toulouse en vigilance rouge",
        "La Garonne a dépassé mardi soir la cote de 4,5 mètres au pont Saint-Michel, selon la préfecture de la Haute-Garonne.",
        "Les pompiers évacuent les berges",
        "Une cinquantaine de pompiers ont évacué les habitants des berges de la Garonne, dans le quartier Saint-Cyprien.",
        "Trois ponts fermés",
        "La préfecture de la Haute-Garonne a fermé trois ponts de Toulouse, où la Garonne monte encore.",
        "Une décrue attendue mercredi",
        "Selon Vigicrues, la Garonne devrait amorcer sa décrue mercredi à Toulouse, mais les pompiers restent mobilisés.",
    ]
    ruled, words, shape = _shape_of(article)
    assert listing_pairs(article, ruled, words, shape) == frozenset()


def test_a_teaser_is_cut_by_an_ellipsis_or_mid_word() -> None:
    assert is_cut("Le comité a repoussé le départ prévu dimanche à Lorient en raison d’une…")
    assert is_cut("Les élus ont adopté jeudi soir le budget primitif malgré l’abstention de la gau")
    assert not is_cut("Les élus ont adopté jeudi soir le budget primitif.")
    assert not is_cut("Le maire de Brest, Pierre Durand")


def test_explain_names_the_listing_and_its_confidence() -> None:
    """`redac clean --explain` shows each removed line's reason and confidence: a listing's teasers too."""
    import redac

    result = redac.clean("\n".join(TAG_PAGE))
    assert result.document.title is None and not result.document.blocks
    assert len(result.removed) == len(TAG_PAGE)
    for removal in result.removed:
        assert "listing of other stories" in removal.reason and removal.confidence >= 0.9


def _copies(texts: list[str]) -> frozenset[int]:
    lines = [Line.of(t) for t in texts]
    return credited_copies(texts, [load_rules().match(line) is not None for line in lines], [line.core for line in lines])


STORY = [
    "Incendie à Brionne : un entrepôt de meubles détruit dans la nuit",
    "Un incendie a détruit dans la nuit de lundi à mardi un entrepôt de meubles de la zone artisanale de Brionne, dans l’Eure.",
    "Une soixantaine de pompiers ont lutté pendant six heures contre les flammes, sans faire de blessé, selon la préfecture.",
]


def test_a_caption_shown_twice_with_its_credit_goes_both_times() -> None:
    caption = "Les pompiers devant l’entrepôt en feu, mardi à l’aube, à Brionne."
    for copy in (caption + " (Photo Marc Levasseur)", "Photo : Marc Levasseur / Le Courrier" + caption, caption + " - " + caption):
        texts = [STORY[0], caption, copy, *STORY[1:]]
        credit_rule = load_rules().match(Line.of(copy)) is not None  # the copy may go as a credit already
        assert _copies(texts) == ({1} if credit_rule else {1, 2}), copy


def test_a_caption_printed_twice_in_a_row_without_a_full_stop_goes_both_times() -> None:
    """The image's alt text, then its legend: the same words twice in a row, no sentence closed."""
    caption = "Le hangar de la zone artisanale de Brionne ravagé par les flammes au petit matin"
    assert _copies([STORY[0], STORY[1], caption, caption, STORY[2]]) == {2, 3}


def test_a_sentence_or_a_headline_printed_twice_in_a_row_is_no_caption() -> None:
    """A lead printed twice (the page's summary, then the lead) closes its sentence; a headline printed
    twice comes back a third time in the title bar, with the site's name: neither is a photo's legend."""
    assert _copies([STORY[0], STORY[1], STORY[1], STORY[2]]) == frozenset()
    bar = STORY[0] + " - Le Courrier de l’Eure"
    assert _copies([bar, STORY[0], STORY[0], *STORY[1:]]) == frozenset()


def test_a_sentence_printed_twice_without_a_credit_is_no_caption() -> None:
    """A pull quote repeats the article's words: the later copy is a repeat, not a photo's legend."""
    quote = "« Nous reconstruirons l’entrepôt sur place », a promis le gérant devant ses salariés."
    assert _copies([STORY[0], quote, *STORY[1:], quote]) == frozenset()


def test_a_paragraph_that_quotes_a_short_line_is_no_copy_of_it() -> None:
    short = "Une soixantaine de pompiers ont lutté."
    paragraph = short + " Le feu a pris vers 2 heures dans un local technique, selon les gendarmes de l’Eure (AFP)."
    assert _copies([STORY[0], short, paragraph]) == frozenset()


LIVE_BLOG = """Municipales à Quimper : la soirée électorale en direct

20h12

Le maire sortant salue ses équipes
Entouré de ses colistiers, Yann Le Goff a remercié les bénévoles qui ont tenu les bureaux de vote depuis le matin.

19h58

Une participation en hausse
Selon la préfecture du Finistère, 61 % des inscrits s'étaient déplacés à 17 heures, contre 54 % il y a six ans.

19h41

Un bureau fermé une heure
À l'école de Kerfeunteun, une panne de courant a obligé les assesseurs à suspendre le scrutin pendant une heure.

19h30

La gauche se réunit au théâtre
Les militants écologistes et socialistes ont installé un écran géant dans le hall du théâtre de Cornouaille.
"""


def test_a_live_blog_s_entries_between_time_stamps_are_kept() -> None:
    """The stamps a rule takes sit under each entry where « Lire la suite » sits under a teaser; entries of
    one evening share few words. Read as links, they made the live blog a listing of other stories."""
    import redac

    kept = "\n".join(block.text for block in redac.clean(LIVE_BLOG).document.blocks)
    for sentence in ("Yann Le Goff a remercié les bénévoles", "61 % des inscrits", "une panne de courant", "un écran géant"):
        assert sentence in kept
    assert "19h58" not in kept


RESULTS_PAGE = """Présidentielle : la soirée du premier tour en direct

22h10 : Le taux de participation atteint 71,4 % selon le ministère de l'Intérieur, en baisse de quatre points sur le dernier scrutin.

21h45 : À Lille, les militants de la candidate écologiste ont quitté la salle avant la fin des discours, déçus par les premières estimations.

21h02 : Le président sortant s'exprimera depuis son quartier général vers 23 heures, a indiqué son entourage à l'Agence France-Presse.

20h40 : Voici les résultats provisoires communiqués par le ministère de l'Intérieur :

Paul Garnier : 27,31%

Sophie Valette : 22,84%

Malik Haddad : 12,09%

Jeanne Roussel : 7,66%

Denis Obrecht : 3,12%
"""


def test_a_list_of_results_a_sentence_announces_is_the_article_s() -> None:
    """The line model reads each line alone: candidates the paragraphs never name looked like furniture.
    A sentence that ends on « : » right above a run of lines of one shape with a figure announces a list."""
    import redac

    result = redac.clean(RESULTS_PAGE)
    kept = [block.text for block in result.document.blocks]
    for item in ("Paul Garnier : 27,31%", "Sophie Valette : 22,84%", "Malik Haddad : 12,09%", "Denis Obrecht : 3,12%"):
        assert item in kept
    unannounced = RESULTS_PAGE.replace("20h40 : Voici les résultats provisoires communiqués par le ministère de l'Intérieur :", "")
    assert "Paul Garnier : 27,31%" not in [block.text for block in redac.clean(unannounced).document.blocks]


def test_a_listing_s_items_cut_by_the_excerpt_at_its_edges_go_with_it() -> None:
    """At the top, a teaser whose headline the excerpt left out, stopped short; at the end, the next
    item's first words."""
    texts = ["Les nageurs de Saint-Flour devront patienter jusqu'au printemps : la piscine municipale ferme pour des travaux de toiture que la mairie a votés en Lire",
             *TAG_PAGE, "Mauriac : le festival de théâtre de rue annonce sa programmation", "Les organisateurs ont dévoilé mardi une"]
    ruled, words, shape = _shape_of(texts)
    assert listing_pairs(texts, ruled, words, shape) == frozenset(range(len(texts)))


def test_a_finished_paragraph_above_a_listing_is_the_article_s_and_stays() -> None:
    """An excerpt that starts inside the article: its last paragraph, finished, then the listing."""
    texts = ["Le chantier doit s'achever en décembre, selon la mairie, qui promet une réouverture avant les vacances de Noël.", *TAG_PAGE]
    ruled, words, shape = _shape_of(texts)
    assert listing_pairs(texts, ruled, words, shape) == frozenset(range(1, len(texts)))


MORE_PAIRS = [
    "Murat : la station de ski ouvrira ses pistes dès le premier week-end de décembre",
    "Grâce aux canons à neige installés cet été, la station promet quinze kilomètres de pistes damées avant la fin de l’année, quel que soit l’ennei",
    "Riom-ès-Montagnes : la fromagerie coopérative recrute vingt salariés pour la saison",
    "La coopérative, qui collecte le lait de cent quarante exploitations, cherche des affineurs, des laborantins et des chauffeurs pour ses tournées dans tout le nord du dépar",
    "Maurs : le marché de Noël accueillera soixante exposants sur la place de l’église",
    "Les artisans de la Châtaigneraie occuperont la moitié des chalets, a précisé l’office de tourisme, qui attend six mille visi",
]


def _separated(items: list[str]) -> list[str]:
    return [line for item in items for line in (item, "-")]


def test_items_between_two_stretches_of_a_listing_go_with_it() -> None:
    """Two items whose headlines close on a full stop break the run of pairs; between the listing's own
    separators, they are its items all the same."""
    middle = ["Cinéma : le nouveau film de Céline Sciamma en tête des entrées.",
              "Le drame a attiré deux cent mille spectateurs dès sa première sem",
              "Box-office : les comédies familiales résistent au printemps.",
              "Trois comédies figurent encore parmi les dix meilleures entrées de la sem"]
    texts = _separated(TAG_PAGE) + _separated(middle) + _separated(MORE_PAIRS)
    ruled, words, shape = _shape_of(texts)
    assert listing_pairs(texts, ruled, words, shape) == {i for i, text in enumerate(texts) if text != "-"}


def test_a_story_between_two_stretches_of_a_listing_under_other_separators_stays() -> None:
    """Between two stretches, a story whose lines stand apart from the listing's separators is no item of it."""
    story = ["Cinéma : le nouveau film de Céline Sciamma en tête des entrées.",
             "Le drame a attiré deux cent mille spectateurs dès sa première semaine d'exploitation, selon le CNC."]
    texts = _separated(TAG_PAGE) + ["Publicité", *story, "Publicité"] + _separated(MORE_PAIRS)
    ruled, words, shape = _shape_of(texts)
    assert not {i for i, text in enumerate(texts) if text in story} & listing_pairs(texts, ruled, words, shape)


def test_a_caption_shown_again_with_a_credit_in_capitals_goes_both_times() -> None:
    caption = "Vue d’artiste de la comète 3I/Atlas fournie par l’Observatoire de la Côte d’Azur"
    for copy in (caption + " - OCA", caption + " / NASA JPL"):
        assert _copies([STORY[0], caption, copy, *STORY[1:]]) == {1, 2}, copy


def test_a_headline_shown_again_with_the_site_s_name_in_capitals_is_no_caption() -> None:
    """The page's header: the headline is never dropped as a photo's legend; its title bar (the headline
    and the site's name) goes as the copy it is."""
    import redac
    from redac.cleaning import PAGE_TITLE_COPY

    page = "\n".join([STORY[0] + " - LE COURRIER DE L’EURE", STORY[0], *STORY[1:]])
    result = redac.clean(page)
    assert STORY[0] in [result.document.title] + [block.text for block in result.document.blocks]
    assert [(removal.position, removal.reason) for removal in result.removed] == [(0, PAGE_TITLE_COPY)]


CHRONOLOGY = """TEMPÊTE CIARÁN : LE FIL DE LA NUIT

- Météo-France place le Finistère et les Côtes-d'Armor en vigilance rouge pour des vents violents

- Les rafales dépassent 150 km/h à la pointe du Raz vers 23 heures, un record pour un mois de novembre selon les relevés de la station de Plogoff, qui enregistre 207 km/h peu après minuit

- Un arbre tombe sur une voiture à Morlaix

- Le conducteur, un homme de 40 ans, est grièvement blessé et transporté à l'hôpital de Brest par les pompiers, qui interviennent au même moment sur une dizaine de toitures arrachées dans le pays de Morlaix

- Plus de 600 000 foyers bretons sont privés d'électricité

- Enedis annonce la mobilisation de 2 500 techniciens venus de toute la France pour rétablir le courant dans les foyers privés d'électricité, une opération qui devrait durer plusieurs jours selon l'entreprise

- La SNCF interrompt toutes ses circulations en Bretagne jusqu'à jeudi midi

- Le préfet du Finistère demande aux habitants de ne pas sortir de chez eux avant la levée de la vigilance rouge et rappelle que les écoles, les collèges et les lycées du département resteront fermés toute la journée
"""


def test_a_bulleted_chronology_is_no_listing_of_headlines() -> None:
    """Short and long entries alternate, none closed by a full stop: read as headline-and-teaser pairs they
    made the chronology a listing of other stories; each carries its own bullet, as items of one list do."""
    import redac

    kept = "\n".join(block.text for block in redac.clean(CHRONOLOGY).document.blocks)
    for entry in ("vigilance rouge", "Un arbre tombe sur une voiture", "600 000 foyers", "2 500 techniciens", "jusqu'à jeudi midi"):
        assert entry in kept
    assert "TEMPÊTE CIARÁN" in kept


LIVE_ENTRIES = """Politique

Municipales à Sète : les réactions de la soirée

Le dépouillement s'achève dans les bureaux de vote de Sète, où trois listes s'affrontaient au second tour. Suivez les réactions des candidats

À lire aussi >> Municipales – À Sète, la campagne la plus disputée depuis vingt ans s'achève enfin !


  • 21:05Le maire sortant savoure sa victoire

    Réélu avec 52 % des voix, François Commeinhes s'est adressé à ses soutiens devant l'hôtel de ville :

    « Les Sétois ont choisi la continuité, et je les en remercie. Nous allons tenir chacun de nos engagements, à commencer par le port de plaisance, dont les travaux commenceront dès le printemps prochain comme nous l'avions promis aux habitants du quartier haut et aux plaisa

  • 20:48La liste de gauche reconnaît sa défaite face au maire sortant

    Arrivée deuxième, la tête de liste de gauche, Véronique Calueba, a félicité le vainqueur avant de s'en prendre à la campagne de son adversaire, qu'elle juge déloyale

    « Nous avons mené une campagne propre, sur le fond. Je ne peux pas en dire autant de tout le monde, et les électeurs le sauront bien un jour, quand les promesses faites pendant ces semaines de campagne se heurteront à la réalité des finances de la ville et de ses emprunts toxi

  • 20:31Le candidat du RN promet une opposition ferme

    Troisième, Sébastien Pacull a annoncé qu'il siégerait au conseil municipal et qu'il y
"""


def test_a_live_blog_s_entries_headed_by_their_time_are_no_listing() -> None:
    """Each entry's head opens on its time and its lead announces a quotation with a colon; the excerpt cut
    each quotation short. Read as headlines over cut teasers (the lead as a headline over the quotation), the
    entries, the page's headline and its standfirst all went as a listing of other stories."""
    import redac

    result = redac.clean(LIVE_ENTRIES)
    kept = "\n".join(block.text for block in result.document.blocks)
    for sentence in ("Le dépouillement s'achève", "Réélu avec 52 % des voix", "Les Sétois ont choisi la continuité",
                     "Arrivée deuxième", "Nous avons mené une campagne propre", "Sébastien Pacull a annoncé"):
        assert sentence in kept
    assert result.document.title == "Municipales à Sète : les réactions de la soirée"


RESULTS_LIVE = """Plus

Bassin & Chrono : Marchand et Grousset en finale, Bonnet et Tandé éliminées

Léon Marchand

Léon MarchandAFP/Photopress

Les Mondiaux de natation enchaînent séries et demi-finales à un rythme soutenu et notre équipe suit chaque course pour vous. Dans ce direct, nous vous proposons de revivre les temps forts de la soirée de Singap

Tous les résultats des Mondiaux sur notre appli

21h40 : au 200 m quatre nages, Léon Marchand n'a jamais été inquiété et s'est imposé de bout en bout sans forcer en 1'55"80

21h15 : sur 100 m libre, le duel entre Maxime Grousset et l'Américain Jack Alexy a tourné à l'avantage du Français : 47"52 contre 47"60

Le Tricolore retrouvera demain l'Australien Kyle Chalmers (47"70)

20h50 : dans les deux dernières séries féminines de la soirée, Charlotte Bonnet a été éliminée au 200 m brasse (2'24"31)

Pas de miracle non plus pour Anastasiya Tandé, sixième au 100 m dos (1'00"12)

20h30 : un point sur les relais

Le relais 4 x 100 m mixte a pris la quatrième place en 3'24"10 et nagera samedi

Deuxième de l'épreuve en 2022, l'Italie a signé le meilleur chrono de la matinée (3'22"05)

20h20 : Béryl Gastaldello n'a pas tremblé. La Marseillaise a remporté son duel du 50 m papillon face à la Néerlandaise Tes Schouten en 25"41

20h05 : mené à mi-parcours, Yohann Ndoye-Brouard a renversé la situation dans les derniers mètres du 200 m dos en 1'56"02, sa meilleure performance de l'année sur la distance, un dixième de mieux que le Japonais Ryosuke Irie. Le Ni

20h00 : sortie des séries, la Suédoise Sarah Sjöström a dominé sa demi-finale du 50 m nage libre (23"91)

19h40 :
"""


def test_a_live_of_results_whose_entries_alternate_with_follow_ups_is_no_listing() -> None:
    """A live's timed entries and their follow-ups, short of a full stop and sharing few words: read as headlines
    over teasers of unrelated stories, they went as a listing, since only half of the headlines (five of the run's
    twelve lines) open on a time of day."""
    import redac

    kept = "\n".join(block.text for block in redac.clean(RESULTS_LIVE).document.blocks)
    for words in ("Léon Marchand n'a jamais", "le duel entre Maxime Grousset", "Le Tricolore retrouvera", "Charlotte Bonnet a été",
                  "Pas de miracle", "Le relais 4 x 100", "l'Italie a signé", "Béryl Gastaldello", "Yohann Ndoye-Brouard", "Sarah Sjöström"):
        assert words in kept


DIGEST = """Cinéma : les 4 sorties à ne pas manquer cette semaine
Le 12 mars 2025 à 9h30 par Inès Carré
Un thriller islandais, le retour d'un duo comique, un documentaire sur les abeilles et un premier film très attendu.
Un thriller islandais tourné sous la neige des fjords
Tourné dans les fjords de l'ouest, le thriller « Nuit blanche » suit une policière qui enquête sur la disparition d'un pêcheur. Le film a reçu le prix du jury à Gérardmer.
Les Deschiens retrouvent leur garage de campagne en Bourgogne
Dix ans après leur dernier film, les Deschiens retrouvent leur garage de campagne pour une comédie tournée en Bourgogne, qui sort en 600 copies.
Un documentaire au cœur de la ruche d'un apiculteur
Le documentaire de Claire Lenoir a suivi pendant deux ans un apiculteur du Gers, de l'hivernage à la récolte. Il sort dans une quarantaine de salles.
Un premier film remarqué à Cannes
Présenté à Cannes, le premier film « Les Hautes Terres » raconte l'été d'une adolescente dans une ferme du Cantal. Sa réalisatrice a 26 ans.
"""


def test_a_digest_whose_headline_announces_its_items_is_the_article() -> None:
    """« Les 4 sorties à ne pas manquer » over four headlines, each with its paragraph: the digest announced by the page's
    own headline is the article, not a listing of other stories."""
    import redac

    kept = "\n".join(block.text for block in redac.clean(DIGEST).document.blocks)
    for words in ("Tourné dans les fjords", "Dix ans après", "Le documentaire de Claire Lenoir", "Présenté à Cannes"):
        assert words in kept


def test_a_count_in_the_headline_is_no_digest_when_the_items_do_not_match() -> None:
    from redac.cleaning.listing import announced_items

    assert announced_items("Les 4 sorties à ne pas manquer cette semaine") == 4
    assert announced_items("Dix infos à retenir de la soirée électorale") == 10
    assert announced_items("Accident sur la RN 12 : trois morts et deux blessés") is None  # a toll, no digest


DRAW_PAGE = """Le tirage des huitièmes de finale de la Coupe de France a livré son verdict dimanche soir, au siège de la fédération à Paris. Les petits poucets héritent de gros morceaux.

Nouvelle étape pour la Coupe de France, ce dimanche 2 février. Le tirage des huitièmes a été effectué en direct par deux anciens internationaux. Aucun club amateur n'échappe à une formation de l'élite.

Les amateurs à l'honneur

Quatre clubs de National 2 restent en course, un record depuis dix ans. Leurs présidents espéraient un adversaire de leur niveau pour rêver d'un quart de finale.

Quelles sont les affiches ?

Voici les rencontres retenues pour le week-end du 8 février :

Stade Briochin (N2) – Stade Rennais (L1)

Olympique Lyonnais (L1) – FC Annecy (L2)

US Concarneau (N1) – Paris Saint-Germain (L1)

AS Cannes (N2) – RC Lens (L1)
"""


def test_a_figureless_draw_a_sentence_announces_is_the_article_s() -> None:
    """Items of one punctuation skeleton with no figure (« ()–() »: a draw, fixtures) that the paragraphs
    never name, after the body: a sentence ending on « : » right above them announces the article's own
    list, and stays with it."""
    import redac

    kept = [block.text for block in redac.clean(DRAW_PAGE).document.blocks]
    for item in ("Voici les rencontres retenues pour le week-end du 8 février :",
                 "Stade Briochin (N2) – Stade Rennais (L1)", "Olympique Lyonnais (L1) – FC Annecy (L2)",
                 "US Concarneau (N1) – Paris Saint-Germain (L1)", "AS Cannes (N2) – RC Lens (L1)"):
        assert item in kept


def test_figureless_items_no_sentence_announces_are_no_list_of_the_article() -> None:
    """Without the announcing sentence, a figureless run is no evidence: the model's verdicts stand."""
    texts = DRAW_PAGE.split("\n\n")[-4:]
    texts = ["Le tirage a eu lieu dimanche soir à Paris, en direct, devant les présidents des clubs.", *texts]
    assert kept_lists(texts, [False] * 5, [len(t.split()) for t in texts], [False, True, True, True, True]) == frozenset()


def test_the_next_list_s_short_announcement_under_an_announced_list_stays_with_it() -> None:
    """« Côté féminin : » under the draw announces the next list: too short to announce one alone, it
    follows a list a sentence announced, and stays with the list it opens."""
    import redac

    women = ["Côté féminin :", "Stade de Reims (D1) – FC Nantes (D2)", "Le Havre AC (D2) – Dijon FCO (D1)",
             "RC Strasbourg (D2) – Paris FC (D1)"]
    kept = [block.text for block in redac.clean(DRAW_PAGE + "\n" + "\n\n".join(women) + "\n").document.blocks]
    for line in women:
        assert line in kept
