"""Listings of other stories told by long headlines over whole-sentence teasers (cleaning/listing.py),
and the article shapes that look like them and must stay. Every page here is written for the test."""

import re

import pytest

import redac

TAG_PAGE_WHOLE_SENTENCES = """Grève des contrôleurs aériens : près de la moitié des vols annulés à Nantes-Atlantique jeudi
La direction générale de l'aviation civile a demandé aux compagnies de réduire leur programme de vols à Nantes-Atlantique pendant toute la journée de jeudi.
Dans les Vosges, la grève des chauffeurs de cars scolaires prive trois mille élèves de transport
Les parents d'élèves de Remiremont et d'Épinal ont organisé des covoiturages depuis lundi, faute d'accord entre le transporteur et les chauffeurs.
Raffinerie de Feyzin : les salariés en grève votent la reconduction du mouvement jusqu'à lundi
Réunis en assemblée générale mardi matin, les salariés de la raffinerie ont reconduit le mouvement à une large majorité, selon la CGT du site.
Hôpital de Quimperlé : les urgences fermées la nuit faute de médecins grévistes remplacés
L'agence régionale de santé de Bretagne oriente les patients vers Quimper et Lorient jusqu'à la fin du mois, de 20 heures à 8 heures."""

CUT_TEASERS_WITH_LABELS = """À LA UNE
Tempête Ciaran : les assureurs promettent des indemnisations rapides pour les sinistrés du Finistère
14 mars 2025
Les principales compagnies ont annoncé mardi la création d'une cellule dédiée aux habitants du Finistère dont les toitures ont été arrachées par les rafales de la nuit […]
À LA UNE
Municipales à Perpignan : le maire sortant présente une liste renouvelée de moitié
13 mars 2025
Entouré de ses colistiers, le maire de Perpignan a présenté mercredi soir une équipe où figurent vingt-deux nouveaux venus issus du monde associatif et sportif […]
À LA UNE
Cyclisme : la Bretonne Cédrine Kerbaol remporte le contre-la-montre du Tour de l'Ardèche
13 mars 2025
Déjà troisième de l'étape de la veille, la coureuse de Lamballe a devancé ses adversaires de dix-huit secondes sur les vingt-quatre kilomètres du parcours […]"""

HOME_PAGE_WITH_GLUED_TIMES = """Budget de la Sécurité sociale : le gouvernement recourt au 49.3 pour la deuxième fois de la session à 18h12
La Première ministre a engagé la responsabilité de son gouvernement sur la partie recettes du texte, faute de majorité pour le voter à l'Assemblée nationale.
Inondations dans le Pas-de-Calais : la décrue s'amorce mais les habitants d'Arques restent évacués à 17h40
La préfecture du Pas-de-Calais estime que les digues de l'Aa resteront surveillées jusqu'à dimanche et déconseille tout retour dans les maisons du centre-ville.
Ligue des champions : le Stade brestois arrache le nul face au PSV Eindhoven dans les dernières secondes à 17h05
Menés depuis la première période, les Brestois ont égalisé sur un coup franc de Romain Del Castillo à la quatre-vingt-quinzième minute."""

LONE_HEADLINE_INSIDE = """Sécheresse dans les Pyrénées-Orientales : les agriculteurs réclament une aide d'urgence à la préfecture
Les agriculteurs de la plaine du Roussillon estiment avoir perdu un tiers de leur récolte d'abricots, faute d'eau pour irriguer depuis le mois d'avril.
Nouveau record de fréquentation pour le musée Soulages de Rodez cet été
Transports en commun gratuits à Montpellier : un an après, le réseau Tam compte trente pour cent de voyageurs de plus
Selon la métropole, les tramways de Montpellier ont transporté quatre-vingt-dix millions de passagers en douze mois, un record depuis leur mise en service.
Fermeture de la maternité de Lannemezan : les élus des Hautes-Pyrénées saisissent le ministre de la Santé
Dans une lettre ouverte, vingt-trois maires du plateau dénoncent la fermeture de la maternité et l'éloignement des futures mères, désormais à une heure de route de la plus proche salle d'accouchement."""

ARTICLE_THEN_LISTING = """Tarn : un pont suspendu du XIXe siècle fermé après la découverte de câbles rongés par la rouille
Le pont suspendu de Saint-Juéry, sur le Tarn, est fermé à la circulation depuis lundi soir, après une inspection qui a révélé l'état de plusieurs câbles porteurs.
Les techniciens du département ont constaté que la rouille avait attaqué trois des douze câbles du pont, construit en 1881 et rénové pour la dernière fois en 1994.
Les automobilistes doivent désormais faire un détour de sept kilomètres par Albi, ce qui rallonge le trajet des habitants de Saint-Juéry et d'Arthès.
Le département promet un diagnostic complet du pont d'ici la fin du mois et n'exclut pas des travaux d'une année au moins.
Foot amateur : le club de Gaillac cherche des éducateurs bénévoles pour ses équipes de jeunes
Le président du club de Gaillac a lancé un appel aux parents, faute d'éducateurs pour les moins de treize ans, dont les effectifs ont doublé depuis l'an dernier.
Festival de Carmaux : la programmation dévoilée avec une soirée consacrée au blues du Mississippi
Les organisateurs ont annoncé vendredi une affiche de douze concerts, dont une soirée entière consacrée aux guitaristes du delta du Mississippi.
Castres : la médiathèque ouvrira désormais le dimanche après-midi à partir de septembre
La mairie de Castres a voté mardi une extension des horaires de la médiathèque, qui accueillera les lecteurs le dimanche de 14 heures à 18 heures."""


@pytest.mark.parametrize("page", [TAG_PAGE_WHOLE_SENTENCES, CUT_TEASERS_WITH_LABELS, HOME_PAGE_WITH_GLUED_TIMES, LONE_HEADLINE_INSIDE])
def test_long_headlines_over_their_own_teasers_are_a_listing_with_no_article(page: str) -> None:
    """Each headline shares a word with the teaser under it; the stories differ. No article is developed:
    nothing is left, whatever the teasers' punctuation (whole sentences, « […] »)."""
    result = redac.clean(page)
    assert result.document.title is None and not result.document.blocks


def test_the_listing_goes_and_its_reason_is_shown() -> None:
    result = redac.clean(TAG_PAGE_WHOLE_SENTENCES)
    assert len(result.removed) == len(TAG_PAGE_WHOLE_SENTENCES.split("\n"))
    assert {removal.rule for removal in result.removed} <= {"model.shape", "page.no_article"}
    assert all(removal.confidence >= 0.9 for removal in result.removed)


def test_a_listing_after_a_developed_article_goes_and_the_article_stays() -> None:
    result = redac.clean(ARTICLE_THEN_LISTING)
    lines = ARTICLE_THEN_LISTING.split("\n")
    assert result.document.title == lines[0]
    assert [block.text for block in result.document.blocks] == lines[1:5]


SHORT_ARTICLE_ONE_SENTENCE_PARAGRAPHS = """Vienne : un incendie détruit un hangar agricole et quarante tonnes de paille à Lusignan
Le feu s'est déclaré vers 3 heures du matin dans un hangar d'une exploitation céréalière de Lusignan.
Une trentaine de sapeurs-pompiers de la Vienne ont été mobilisés jusqu'au lever du jour.
Quarante tonnes de paille et deux tracteurs ont été détruits, selon le service départemental d'incendie.
Personne n'a été blessé et les bêtes, rentrées dans une autre étable, ont été épargnées.
Les gendarmes de Lusignan ont ouvert une enquête pour déterminer l'origine du sinistre."""

DIGEST_OF_SHORT_ITEMS = """Musique : nos coups de cœur de la semaine, du rap marseillais à la pop bretonne
Une sélection de quatre nouveautés à écouter ce week-end, choisies par la rédaction culture.
Soprano – Forêt noire
Le rappeur marseillais signe avec « Forêt noire » un titre sombre, porté par des cordes et un refrain repris en chœur par une chorale d'enfants.
Nolwenn Leroy – Marée haute
La chanteuse bretonne revient à ses racines celtiques avec une ballade enregistrée à Ouessant, entre harpe et cornemuse.
Gaël Faye – Bujumbura
Premier extrait de son troisième album, le morceau raconte une enfance au Burundi sur une rythmique afro-pop très dansante.
Zaho de Sagazan – Ne rentre pas
Accompagnée d'un simple synthétiseur, l'autrice nazairienne livre une chanson d'amour dépouillée, à écouter au casque."""

INTERVIEW = """« Le vélo doit devenir le premier mode de transport à Grenoble », affirme l'adjointe aux mobilités
Pourquoi la métropole veut-elle supprimer la moitié des places de stationnement du centre-ville d'ici à 2030 ?
Parce que l'espace public est rare, et que chaque place de stationnement supprimée permet d'élargir une piste cyclable ou un trottoir.
Les commerçants du centre-ville craignent de perdre leurs clients venus en voiture des communes voisines, que leur répondez-vous ?
Les études que nous avons menées montrent que les clients à vélo ou à pied dépensent davantage sur un mois que les automobilistes.
Combien coûteront les nouvelles pistes cyclables prévues sur les grands boulevards de la ville l'an prochain ?
Le budget voté par le conseil métropolitain est de quarante millions d'euros, financé pour un quart par l'État et la région."""

LIVE_BLOG_LONG_HEADLINES = """Marathon de Paris 2025 : suivez la course en direct
10h42
Le Kényan Daniel Kipchumba s'impose chez les hommes après une fin de course haletante sur les quais
Parti seul au trentième kilomètre, Kipchumba a résisté au retour de l'Éthiopien Tesfaye pour franchir la ligne en 2 h 5 min.
10h15
Les coureurs du peloton de tête passent le semi-marathon sous les deux heures six de projection
Au passage du bois de Vincennes, un groupe de huit athlètes emmené par deux lièvres conserve un rythme de record.
9h50
Une chaleur inhabituelle pour un mois d'avril pousse les organisateurs à renforcer les points d'eau
Les secouristes ont installé des brumisateurs supplémentaires sur les quais de Seine, où le thermomètre affiche déjà 19 degrés."""


@pytest.mark.parametrize("page", [SHORT_ARTICLE_ONE_SENTENCE_PARAGRAPHS, DIGEST_OF_SHORT_ITEMS, INTERVIEW, LIVE_BLOG_LONG_HEADLINES])
def test_articles_shaped_like_listings_keep_every_line(page: str) -> None:
    """One-sentence paragraphs, a digest whose items are named in a few words, an interview's long
    questions over their answers, a live blog's long headlines between time stamps: all one article."""
    result = redac.clean(page)
    kept = {block.text for block in result.document.blocks} | {result.document.title}
    stamps = {line for line in page.split("\n") if re.fullmatch(r"\d{1,2}h\d{2}", line)}  # a rule takes them
    assert set(page.split("\n")) - stamps <= kept


ARTICLE_THEN_HEADLINES = """Inflation : les prix à la consommation ont augmenté de 4,1 % sur un an en avril
Comme les mois précédents, la hausse des prix à la consommation s'explique surtout par celle de l'énergie, qui progresse de 9 % sur un an, selon l'Insee.
Les prix de l'alimentation ont eux aussi accéléré, avec une hausse de 3,2 % en avril après 2,7 % en mars, tandis que ceux des services restent stables.
Autres articles
-
Les États-Unis suspendent la délivrance des visas aux étudiants de trois pays africains
-
La cour administrative d'appel de Lyon autorise la reprise du chantier du contournement de Clermont
-
Sénégal : l'Assemblée nationale adopte « une loi historique sur la parité »
-
Japon : un séisme de magnitude 6,2 secoue l'île d'Hokkaido sans faire de victimes
-"""


def test_headlines_left_in_a_run_of_other_stories_after_the_article_go_with_it() -> None:
    """The line model drops the plain headlines; the one shaped like a sentence (« … » ») goes with its run."""
    result = redac.clean(ARTICLE_THEN_HEADLINES)
    lines = ARTICLE_THEN_HEADLINES.split("\n")
    assert result.document.title == lines[0]
    assert [block.text for block in result.document.blocks] == lines[1:3]


STANDFIRST_LISTING = """Le festival de Cannes dévoile une sélection très attendue par les exploitants
« Nous voulions des films qui parlent à tout le monde », résume son délégué général.
Une comédie bretonne tournée à Concarneau bat des records au box-office régional
Avec Sandrine Kiberlain, Vincent Macaigne et une vingtaine d'habitants figurants.
Le réalisateur de « Tempête » prépare une suite avec les mêmes chevaux de course
« J'ai encore des choses à raconter sur ce haras normand », confie-t-il.
Une plateforme de streaming rachète le catalogue d'un petit studio lyonnais
Le montant de la transaction n'a pas été communiqué par les deux sociétés.
La Cinémathèque consacre une rétrospective complète aux films muets de Max Linder
Quarante courts métrages restaurés seront projetés jusqu'en juin, avec un pianiste."""

DIGEST_OF_FIVE_SONGS = """Nos chansons de la semaine : cinq titres à écouter avant l'été
La rédaction culture a retenu cinq nouveautés, du rap à la chanson.
Orelsan – Le bruit
Une production minimaliste porte un texte sur la ville de Caen et les souvenirs d'adolescence du rappeur.
Clara Luciani – Plage
La chanteuse marseillaise livre un refrain solaire, porté par une guitare sèche et des chœurs.
Feu! Chatterton – Nuits
Le groupe parisien retrouve les synthétiseurs de ses débuts pour une longue ballade nocturne.
Juliette Armanet – Vertige
Piano et cordes accompagnent une voix plus grave que jamais, enregistrée en une seule prise.
Vianney – Cabane
Un titre acoustique écrit dans les Vosges, où le chanteur a installé un petit studio."""


def test_news_headlines_over_standfirsts_of_other_stories_are_a_listing() -> None:
    """Five headlines of a news headline's length, each over a one-line standfirst (a quotation, a cast)
    that shares no word with the others: five stories, no article."""
    result = redac.clean(STANDFIRST_LISTING)
    assert result.document.title is None and not result.document.blocks


def test_a_digest_of_items_named_in_a_few_words_keeps_every_line() -> None:
    """A digest's items are named in a few words (« Artiste – Titre »): the article's own list."""
    result = redac.clean(DIGEST_OF_FIVE_SONGS)
    kept = {block.text for block in result.document.blocks} | {result.document.title}
    assert set(DIGEST_OF_FIVE_SONGS.split("\n")) <= kept
