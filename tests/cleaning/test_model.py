"""The learned line model (redac.cleaning.model) through the real cleaner."""

import json

import redac
from redac.cleaning.model import load_model
from redac.cleaning.shape import FEATURES

ARTICLE = """Inondations : la Garonne sort de son lit à Toulouse
La Garonne a débordé dans la nuit à Toulouse, inondant les quais de la Daurade et plusieurs caves.
Les pompiers de Toulouse ont évacué une vingtaine d’habitants des quais pendant la nuit de crue.
La préfecture annonce la décrue de la Garonne à Toulouse pour jeudi, mais maintient la vigilance.
Autres vidéos
Handball : Montpellier s’impose à Kiel
Bourse : le CAC 40 termine en hausse
Cinéma : un festival de films d’animation à Annecy
"""


def _split_features(node: tuple | float) -> set[int]:
    if not isinstance(node, tuple):
        return set()
    return {node[0]} | _split_features(node[2]) | _split_features(node[3])


def test_the_shipped_trees_split_on_known_features_and_thresholds_guard_prose() -> None:
    model = load_model()
    assert model.trees and all(_split_features(tree) <= set(range(len(FEATURES))) for tree in model.trees)
    assert 0.5 <= model.threshold <= model.body_threshold < 1


def test_other_headlines_after_the_article_are_removed_with_a_reason_and_a_confidence() -> None:
    result = redac.clean(ARTICLE)
    by_text = {removal.text: removal for removal in result.removed}
    for headline in ARTICLE.splitlines()[5:]:
        removal = by_text[headline]
        assert removal.rule == "model.shape" and "headlines" in removal.reason
        assert 0.5 <= removal.confidence < 1
    assert by_text["Autres vidéos"].confidence == 1.0  # a rule is sure
    assert [block.text for block in result.document.blocks] == ARTICLE.splitlines()[1:4]
    assert result.document.title == ARTICLE.splitlines()[0]


def test_the_json_shows_the_confidence_of_each_removed_line() -> None:
    data = json.loads(json.dumps(redac.clean(ARTICLE).to_dict()))
    assert {"text", "reason", "rule", "confidence"} <= set(data["removed"][0])


def test_the_model_never_drops_a_paragraph() -> None:
    paragraphs = [
        "Handball : Montpellier s’impose à Kiel au terme d’un match serré, 31 à 29, devant 10 000 spectateurs.",
        "Bourse : le CAC 40 termine en hausse de 1,2 %, porté par les valeurs bancaires et le luxe.",
        "Cinéma : un festival de films d’animation s’ouvre à Annecy avec 200 films venus de 40 pays.",
    ]
    result = redac.clean("\n".join(paragraphs))
    assert not [r for r in result.removed if r.rule == "model.shape"]
    assert [block.text for block in result.document.blocks] == paragraphs


def test_same_input_same_verdicts() -> None:
    first, second = redac.clean(ARTICLE), redac.clean(ARTICLE)
    assert [(r.text, r.rule, r.confidence) for r in first.removed] == [(r.text, r.rule, r.confidence) for r in second.removed]
