"""The rule table itself: well-formed, every rule with a reason, and rules that fire where they should."""

import pytest

from redac.cleaning.rules import Line, load_rules


def test_every_rule_has_an_id_a_reason_and_a_known_action() -> None:
    rules = load_rules().rules
    assert len({rule.id for rule in rules}) == len(rules)
    for rule in rules:
        assert rule.reason and rule.action in {"drop", "attribution", "author", "date"}


@pytest.mark.parametrize(
    ("line", "rule_id"),
    [
        ("Publicité par Adpathway", "ad.label"),
        ("La suite après cette publicité", "ad.continue"),
        ("Source link -57", "link.source"),
        ("read-entire-article", "link.read_more"),
        ("Lire la suite…", "link.read_more"),
        ("» LIRE AUSSI : Le Kremlin répond à Kiev", "link.related"),
        ("Abonnez-vous pour lire la suite", "paywall.subscribe"),
        ("5 day_ago 44", "stamp.relative"),
        ("Il y a 3 heures", "stamp.relative"),
        ("1 234 vues", "stamp.counter"),
        ("Temps de lecture : 4 min", "stamp.reading_time"),
        ("Par Jean Dupont, envoyé spécial à Kiev", "byline.author"),
        ("Avec Reuters", "byline.agency"),
        ("Le Monde avec AFP et Reuters", "byline.site_agency"),
        ("(Avec AFP)", "byline.agency"),
        ("SERGEI SUPINSKY / AFP", "media.agency_credit"),
        ("Accueil › Monde › Europe", "nav.breadcrumb"),
        ("Partager sur Facebook Partager sur X", "nav.share"),
        ("Choisir la langue", "nav.language"),
        ("NE LAISSEZ PAS LA 5G DÉTRUIRE VOTRE ADN", "ad.shouting"),
        ("Publié le 12 mars 2024 à 10h32, modifié le 12 mars 2024 à 11h05", "stamp.published"),
        ("Mis à jour le 8 févr. 2024 à 7:45", "stamp.published"),
        ("Updated: March 12, 2024 at 10:05 am", "stamp.published"),
        ("Offre spéciale : 1€ le premier mois", "paywall.subscribe"),
        ("Déjà abonné ? Se connecter", "paywall.subscribe"),
        ("Connectez-vous pour commenter", "paywall.login"),
        ("Newsletter Bretagne", "promo.newsletter_label"),
        ("Inscrivez-vous à notre newsletter pour recevoir l’essentiel de l’actualité", "promo.newsletter"),
        ("Le Figaro avec AFP", "byline.site_agency"),
        ("20 Minutes avec agences", "byline.site_agency"),
        ("Nous utilisons des cookies pour améliorer votre expérience.", "consent.cookies"),
        ("Politique de confidentialité", "consent.links"),
        ("Traduit de l’anglais par Marie Durand", "byline.contributors"),
        ("➡️ LIRE AUSSI : Le Kremlin répond à Kiev", "link.related"),
        ("📲 Suivez-nous sur WhatsApp 👇", "promo.newsletter"),
        ("Advertisement - scroll to continue", "ad.continue"),
        ("Article sponsorisé", "ad.label"),
        ("Lire plus tard", "media.player"),
        ("Abonnés", "nav.rubric"),
        ("Article publié le 12/03/2024 à 10h05", "stamp.published"),
        ("***", "nav.symbols"),
        ("👇 👇 👇", "nav.symbols"),
        ("» Lire aussi Guerre en Ukraine : la contre-offensive marque le pas", "link.related_title"),
        ("Lire aussi notre décryptage : pourquoi Kiev manque d’obus", "link.related"),
        ("L’article Titre est apparu en premier sur Le Site.", "link.feed_footer"),
        ("Résumé de la situation", "live.status"),
        ("Fin de notre direct", "live.status"),
        ("Charger plus de posts", "live.new_posts"),
        ("Afficher les messages précédents", "live.new_posts"),
        ("Merci de nous avoir suivis", "live.furniture"),
        ("Voir tous les articles", "link.more"),
        ("Les articles les plus consultés", "link.more"),
        ("Je découvre les offres", "paywall.short"),
        ("Cet article vous a été offert", "paywall.short"),
        ("Télécharger l’application Midi Info", "nav.print_download"),
        ("Le navire de pêche après la collision – crédit : Y. Le Goff / Ouest-Mer", "media.caption_label"),
        ("(Photo d’illustration Sipa)", "media.caption_label"),
    ],
)
def test_rule_fires(line: str, rule_id: str) -> None:
    rule = load_rules().match(Line.of(line))
    assert rule is not None and rule.id == rule_id


@pytest.mark.parametrize(
    ("line", "rule_id"),
    [  # new spellings of known families (n13n), each written for the test
        ("Actualités similaires", "link.related_header"),
        ("Contenus associés à la Coupe du monde", "link.related_header"),
        ("Dans la même catégorie", "link.related_header"),
        ("Nos derniers articles", "link.related_header"),
        ("Remonter en haut de la page", "nav.skip"),
        ("Pas encore abonné ?", "paywall.short"),
        ("Plus que 2/10 articles offerts", "paywall.short"),
        ("Il vous reste 4 articles gratuits ce mois-ci", "paywall.short"),
        ("Pour lire cet article du Télégramme :", "paywall.short"),
        ("Accès illimité dès 0,99 € par mois", "paywall.short"),
        ("Vous souhaitez diffuser une annonce ?", "ad.label"),
        ("L’espace des commentaires est ouvert aux membres.", "nav.comment_rules"),
        ("Connectez-vous ou créez votre compte pour commenter", "nav.comment_rules"),
        ("Fermer le menu", "nav.widget"),
        ("Vous êtes ici : Accueil > Faits divers", "nav.widget"),
        ("Ajoutez-nous à vos favoris Google Actualités", "nav.widget"),
        ("Télécharger notre application gratuite", "nav.widget"),
        ("Image 4 sur 12", "nav.widget"),
        ("Une erreur ? Signalez-la", "nav.widget"),
        ("Vous avez une info ? Écrivez-nous", "nav.widget"),
        ("Droits de reproduction et de diffusion réservés", "nav.widget"),
        ("Retrouvez cet article dans vos favoris", "nav.widget"),
        ("Activez JavaScript pour lire cette vidéo", "nav.widget"),
        ("Cet article a été rédigé avec l’aide d’une IA", "nav.widget"),
        ("Message épinglé", "live.status"),
        ("Masquer les temps forts", "live.status"),
        ("Retour au live", "live.status"),
        ("Notre direct reprend demain à 7 heures", "live.status"),
        ("Afficher plus d’entrées", "live.new_posts"),
        ("Bonjour et bienvenue dans ce direct consacré au budget", "live.furniture"),
        ("Plus d’articles de cette journaliste", "link.more"),
        ("Autrice", "byline.role"),
        ("L’équipe de la rédaction", "byline.role"),
        ("Hier, 22h15", "stamp.relative"),
    ],
)
def test_new_spellings_fire(line: str, rule_id: str) -> None:
    rule = load_rules().match(Line.of(line))
    assert rule is not None and rule.id == rule_id


@pytest.mark.parametrize(
    "line",
    [
        "Le marché de la publicité en ligne a reculé de 4 % en 2023.",
        "Publié en 2019, le rapport pointait déjà le manque de médecins.",
        "Suivant les recommandations de la Cour, le ministère promet une réforme.",
        "Par ailleurs, le gouvernement a annoncé un plan d’urgence.",
        "« Abonnez-vous et profitez de -70 % », répétait-il dans ses vidéos.",
        "Epoch Times a sollicité des commentaires à ce sujet.",
        "LA RÉPONSE DE MOSCOU",
        "Vidéo de l’attaque diffusée par les autorités ukrainiennes.",
        "Le loyer moyen atteint 800 euros par mois à Lyon",
        "Les électeurs ont jusqu’à vendredi pour l’inscription à la liste électorale",
        "L’application a été retirée de l’App Store et de Google Play mardi",
        "La newsletter du ministère a révélé le calendrier de la réforme",
        "Ces objets peuvent se connecter à Internet sans mot de passe",
        "L’offre premium de la plateforme donne accès à des contenus exclusifs",
        "La CNIL a sanctionné Google pour l’utilisation de cookies sans consentement",
        "Le régulateur critique la politique de confidentialité de Meta",
        "Publié le 3 mars, le rapport de la Cour des comptes est sévère",
        "Il a discuté avec l’AFP",
        "Son livre, traduit de l’anglais, paraît en mars",
        "Zelensky / Poutine / Trump : le grand marchandage",
        "Guerre / paix / trêve",
        "Le direct de France 2 a réuni quatre millions de téléspectateurs",
        "Retour sur une semaine de négociations à Bruxelles",
        "Merci de nous avoir suivis, a lancé le capitaine aux supporters",
        "Tous les articles du règlement ont été adoptés en première lecture",
        "L’offre spéciale du voyagiste a séduit 3 000 familles cet été",
        "Le résumé de la situation remis au préfet fait état de 40 blessés",
        "Télécharger l’application de la CAF devient obligatoire pour les allocataires",
        "Les articles similaires publiés par la presse régionale ont été retirés mardi.",
        "Les actualités liées à la guerre dominent les journaux télévisés depuis trois semaines.",
        "Il ne reste plus que 3 articles en stock dans le magasin de Brest.",
        "Pas encore abonné, le maire a pourtant lu tout le dossier.",
        "Retour en haut du classement pour le Stade brestois après sa victoire.",
        "Envie d’afficher votre soutien ? La mairie distribue des drapeaux.",
        "Pour consulter cet article, il faut se rendre en mairie.",
        "Notre dossier sur la réforme des retraites a été lu par deux millions de personnes.",
        "Suivre le Tour de France depuis la Bretagne coûte cher aux familles.",
        "Le journal du jour a été distribué avec retard dans tout le département.",
        "La galerie photos de la mairie rouvre samedi après travaux.",
        "Vous êtes ici chez vous, a lancé le maire aux réfugiés.",
        "Plus d’infos sur le site de la préfecture du Finistère.",
        "Auteur de trois romans, il a reçu le prix Goncourt en 2019.",
        "Les temps forts de la soirée ont été les discours des deux candidats.",
        "Hier, le conseil municipal a voté le budget.",
        "Retour au direct de la séance : les députés ont rejeté le texte.",
        "Bonjour et bienvenue, a lancé le président aux délégations.",
        "L’équipe éditoriale du journal a démissionné en bloc mardi soir.",
    ],
)
def test_article_lines_match_no_rule(line: str) -> None:
    assert load_rules().match(Line.of(line)) is None
