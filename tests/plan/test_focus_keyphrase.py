"""The focus keyphrase: a weighted sum of facts about each candidate's place in the source (texts written for these
tests)."""

import json

from redac.analysis import analyze
from redac.models import Block
from redac.plan import make_plan
from redac.plan.focus import FEATURES, WEIGHTS_FILE


def keyphrase(*paragraphs: str, title: str | None = None) -> str:
    return make_plan(analyze([Block(text) for text in paragraphs]), title).keyphrase


def test_the_weights_file_weighs_every_feature_and_says_how_it_was_made():
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    assert set(data["weights"]) == set(FEATURES)
    assert "train_focus_ranker" in data["about"] and set(data["held_out"]) >= {"full", "partial", "miss"}


def test_the_subject_the_lead_names_once_wins_over_where_it_happens():
    assert keyphrase(
        "Les soldes d’automne ont débuté ce mercredi dans les boutiques de Rennes, pour quatre semaines.",
        "Les commerçants espèrent rattraper un printemps morose. Les premières démarques des soldes atteignent 30 %.",
        "Les soldes se termineront le 22 octobre, a rappelé la chambre de commerce.",
    ) == "soldes d’automne"


def test_a_price_the_article_is_about_over_who_published_the_figures():
    assert keyphrase(
        "Le prix du fioul a bondi de 12 % en un mois, selon les relevés publiés lundi par le ministère.",
        "Les ménages qui se chauffent au fioul paieront plus cher cet hiver. Le prix moyen dépasse 1,30 euro le litre.",
        "Les distributeurs conseillent de remplir sa cuve au printemps, quand le prix baisse.",
    ) == "prix du fioul"


def test_a_lone_common_noun_is_never_chosen_while_a_phrase_is_proposed():
    chosen = keyphrase(
        "Le conseil départemental a voté jeudi la hausse des tarifs de la cantine dans les collèges de l’Aube.",
        "La hausse atteindra 5 % à la rentrée. Les parents d’élèves dénoncent une hausse brutale.",
        "La hausse financera des repas bio, selon le département.",
    )
    assert " " in chosen, chosen
