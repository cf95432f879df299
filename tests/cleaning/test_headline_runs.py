"""Runs of other stories' headlines above the title or after the body, decided from the document's shape
(cleaning/headline_runs.py), and the article's own short lines that must stay: subheadings, a bulleted list, a
list the article announces, a live blog's entries. Every page here is written for the test."""

import redac
from redac.cleaning.headline_runs import HEADLINE_RUN_REASON, HEADLINE_RUN_RULE, TEASER_RUN_RULE, HeadlineRuns, headline_runs
from redac.cleaning.rules import Line, load_rules
from redac.cleaning.shape import measure_shape
from redac.models import CleanResult

TITLE = "Nantes : le pont de Cheviré fermé deux nuits pour remplacer ses joints de dilatation"
STANDFIRST = "Les automobilistes devront contourner l'estuaire par Bellevue ou par le bac de Couëron, mardi et mercredi."
BODY = [
    "Le pont de Cheviré sera fermé dans les deux sens de circulation mardi et mercredi, de 21 heures à 6 heures, pour le"
    " remplacement de quatre joints de dilatation usés par le trafic des poids lourds.",
    "La direction interdépartementale des routes de l'Ouest conseille aux automobilistes de contourner l'estuaire par le pont"
    " de Bellevue, où la circulation sera renforcée par des agents pendant les deux nuits.",
    "Les joints de dilatation du pont de Cheviré n'avaient pas été changés depuis 2009, alors que le viaduc voit"
    " passer chaque jour près de cent mille véhicules, selon la direction des routes.",
    "Le bac de Couëron, qui relie les deux rives de la Loire, fonctionnera exceptionnellement toute"
    " la nuit pour les riverains qui doivent traverser l'estuaire.",
]
ARTICLE = [TITLE, STANDFIRST, *BODY]

HEADLINES = [
    "Société - Le procès de l'incendie du squat de la rue Erlanger renvoyé à l'automne",
    "Culture - Le festival d'Avignon dévoile une programmation tournée vers l'Afrique",
    "Sport - Le XV de France s'impose à Cardiff et file vers le Grand Chelem",
    "Économie - La BCE maintient ses taux malgré le ralentissement de l'activité…",
]


def _clean(lines: list[str]) -> CleanResult:
    return redac.clean("\n".join(lines) + "\n")


def _runs(lines: list[str]) -> HeadlineRuns:
    """The decision alone, on the page's lines as the cleaner sees them (the rules' verdicts first)."""
    parsed = [Line.of(text) for text in lines]
    ruled = [load_rules().match(line) is not None for line in parsed]
    words = [line.n_words for line in parsed]
    return headline_runs(lines, ruled, words, measure_shape(lines, ruled, [line.core for line in parsed], words))


def _kept(result: CleanResult) -> list[str]:
    return [block.text for block in result.document.blocks]


def test_headlines_above_the_title_go_and_the_title_stays() -> None:
    result = _clean([*HEADLINES, *ARTICLE])
    assert result.document.title == TITLE
    assert _kept(result) == [STANDFIRST, *BODY]
    removed = {r.text: r for r in result.removed}
    assert set(removed) == set(HEADLINES)
    # The line model drops most of them one by one, with its own reason; the run takes the ones it kept.
    assert all(r.rule == "model.shape" or (r.rule == HEADLINE_RUN_RULE and r.reason == HEADLINE_RUN_REASON) for r in removed.values())
    assert any(r.rule == HEADLINE_RUN_RULE for r in removed.values())
    assert _runs([*HEADLINES, *ARTICLE]).headlines == set(range(len(HEADLINES)))


def test_headlines_glued_to_times_and_rubrics_after_the_body_go() -> None:
    glued = [f"18:{minute}{headline}" for minute, headline in zip(("12", "07", "02", "55"), HEADLINES, strict=True)]
    result = _clean([*ARTICLE, "Partager", *glued])
    assert result.document.title == TITLE
    assert _kept(result) == [STANDFIRST, *BODY]
    assert set(glued) <= {r.text for r in result.removed}


def test_cut_teasers_under_listed_headlines_go_with_them() -> None:
    listing = [
        "Vendée : un chalutier des Sables-d'Olonne ramène un thon de trois cents kilos",
        "Le patron du chalutier, pêcheur depuis trente ans, n'avait jamais vu un poisson de cette taille dans le golfe de…",
        "Angers : la fête de la musique s'étendra sur trois jours au jardin du Mail",
        "Pour la première fois, la municipalité installe des scènes dans six quartiers de la ville, du Mail à"
        " la Doutre, avec une programmation qui fait la part belle aux…",
    ]
    result = _clean([*ARTICLE, "Lire aussi", *listing])
    assert _kept(result) == [STANDFIRST, *BODY]
    assert set(listing) <= {r.text for r in result.removed}
    runs = _runs([*ARTICLE, "Lire aussi", *listing])
    first = len(ARTICLE) + 1
    assert runs.headlines == {first, first + 2} and runs.teasers == {first + 1, first + 3}


def test_the_reason_is_shown_by_explain() -> None:
    from redac.render.removed_table import removed_table

    table = removed_table(_clean([*HEADLINES, *ARTICLE]), width=400)
    assert HEADLINE_RUN_RULE in table and "other stories' headlines" in table


def test_subheadings_and_a_bulleted_list_inside_the_body_stay() -> None:
    page = [
        TITLE, STANDFIRST, BODY[0],
        "Un chantier préparé depuis l'hiver",
        BODY[1],
        "Les itinéraires conseillés",
        "• Par le périphérique est jusqu'au pont de Bellevue",
        "• Par le bac de Couëron pour les piétons et les cyclistes",
        "• Par le pont Anne-de-Bretagne pour le centre-ville",
        BODY[2], BODY[3],
    ]
    result = _clean(page)
    assert result.document.title == TITLE
    assert [r.text for r in result.removed] == []
    assert _runs(page) == HeadlineRuns(frozenset(), frozenset())
    assert len(_kept(result)) == len(page) - 1


def test_a_list_the_article_announces_after_its_last_paragraph_stays() -> None:
    announced = [
        "Les horaires à retenir :",
        "Mardi à 21 heures, fermeture dans le sens Rezé vers Saint-Herblain",
        "Mercredi à 6 heures, réouverture complète aux véhicules légers",
        "Jeudi matin, contrôle des joints par les services de l'État",
    ]
    result = _clean([*ARTICLE, *announced])
    # The run rule leaves them (the line model reads each line alone, and may still doubt the first one).
    assert not any(r.rule == HEADLINE_RUN_RULE for r in result.removed)
    assert {announced[0], *announced[2:]} <= set(_kept(result))


def test_two_lines_of_one_story_above_the_title_stay_as_its_kicker_and_header() -> None:
    """A header and its subtitle share their words: one story's, not a list of others."""
    header = ["Travaux sur le périphérique nantais : le calendrier des fermetures", "Les fermetures nocturnes du périphérique nantais jusqu'en juin"]
    assert _runs([*header, *ARTICLE]) == HeadlineRuns(frozenset(), frozenset())
    result = _clean([*header, *ARTICLE])
    assert not any(r.rule == HEADLINE_RUN_RULE for r in result.removed)


def test_a_live_blogs_entries_stay() -> None:
    live = [
        "EN DIRECT - Tempête Ciaran : suivez l'évolution de la situation en Bretagne",
        "Les vents ont atteint 150 km/h à la pointe du Raz, selon Météo-France, qui maintient la vigilance rouge dans le Finistère jusqu'à midi.",
        "18h12 : Plus de 200 000 foyers privés d'électricité dans le Finistère, annonce Enedis",
        "18h05 : Le préfet du Finistère demande aux habitants de ne pas prendre la route avant jeudi midi",
        "17h58 : La circulation des TER est interrompue entre Brest et Quimper jusqu'à nouvel ordre, précise la SNCF.",
        "Les pompiers du Finistère sont intervenus plus de quatre cents fois depuis mardi soir, pour"
        " des chutes d'arbres surtout, sans blessé grave à ce stade.",
        "17h40 : Un arbre tombé sur une voiture à Landerneau",
        "17h31 : Les écoles fermées jeudi dans tout le département",
    ]
    assert _runs(live) == HeadlineRuns(frozenset(), frozenset())
    result = _clean(live)
    assert not any(r.rule in (HEADLINE_RUN_RULE, TEASER_RUN_RULE) for r in result.removed)


def test_headlines_a_widget_sets_apart_inside_the_body_go() -> None:
    inserted = [
        "Publicité",
        "Bordeaux : le tramway de la ligne D prolongé jusqu'à Saint-Médard-en-Jalles",
        "Lyon : la fête des Lumières attire un million et demi de visiteurs en quatre soirs",
        "Marseille : le Vieux-Port accueille la flamme olympique sous les fumigènes",
    ]
    page = [*ARTICLE[:3], *inserted, *BODY[1:]]
    assert _runs(page).headlines == {3 + k for k in range(1, len(inserted))}
    result = _clean(page)
    assert _kept(result) == [STANDFIRST, *BODY]


def test_a_subheading_after_an_ad_label_inside_the_body_stays() -> None:
    subheadings = ["Des joints changés pour la première fois depuis 2009", "Un chantier de nuit pour les équipes de la direction des routes"]
    page = [*ARTICLE[:3], "Publicité", *subheadings, *BODY[1:]]
    assert _runs(page) == HeadlineRuns(frozenset(), frozenset())


def test_a_recipes_ingredients_stay() -> None:
    page = [
        "Le far breton aux pruneaux de grand-mère",
        "200 g de farine",
        "4 œufs entiers",
        "75 cl de lait",
        "Mélangez la farine et le sucre dans un saladier, puis ajoutez les œufs un à un en fouettant pour éviter les grumeaux.",
        "Versez le lait peu à peu, ajoutez les pruneaux et laissez reposer la pâte une heure au frais avant la cuisson.",
        "Faites cuire le far quarante-cinq minutes à 200 degrés, jusqu'à ce que le dessus soit bien doré.",
        "Conseil : servez le far tiède, avec un verre de cidre.",
        "Partager",
        "Pour la variante à la vanille",
        "1 pincée de fleur de sel",
        "2 gousses de vanille Bourbon",
        "1 noix de beurre demi-sel",
    ]
    assert _runs(page) == HeadlineRuns(frozenset(), frozenset())
