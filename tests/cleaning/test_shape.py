"""The document's shape, measured per line (redac.cleaning.shape)."""

from redac.cleaning.rules import Line, load_rules
from redac.cleaning.shape import FEATURES, measure_shape

STORY = [
    "Inondations : la Garonne sort de son lit à Toulouse",
    "La Garonne a débordé dans la nuit à Toulouse, inondant les quais de la Daurade et plusieurs caves.",
    "Les pompiers de Toulouse ont évacué une vingtaine d’habitants des quais pendant la nuit de crue.",
    "La préfecture annonce la décrue de la Garonne à Toulouse pour jeudi, mais maintient la vigilance.",
]


def shape_of(lines: list[str]):
    parsed = [Line.of(line) for line in lines]
    ruled = [load_rules().match(line) is not None for line in parsed]
    return measure_shape(lines, ruled, [p.core for p in parsed], [p.n_words for p in parsed])


def test_body_spans_the_story_and_other_headlines_after_a_widget_are_a_foreign_run() -> None:
    lines = STORY + [
        "Autres vidéos",
        "Handball : Montpellier s’impose à Kiel",
        "Bourse : le CAC 40 termine en hausse",
        "Cinéma : un festival de films d’animation à Annecy",
    ]
    shape = shape_of(lines)
    assert shape.body == (1, 3)
    assert shape.foreign_runs == {5, 6, 7}


def test_a_list_of_one_topic_after_the_body_is_not_foreign() -> None:
    lines = STORY + [
        "Autres vidéos",
        "Quartier des Carmes : caves inondées",
        "Quartier Saint-Cyprien : caves inondées, quais fermés",
        "Quartier des Amidonniers : quais fermés",
    ]
    assert shape_of(lines).foreign_runs == frozenset()


def test_prose_and_ruled_lines_get_no_row_short_lines_do() -> None:
    lines = STORY + ["Publicité", "Crue"]
    shape = shape_of(lines)
    assert [row is None for row in shape.rows] == [False, True, True, True, True, False]
    assert all(len(row) == len(FEATURES) for row in shape.rows if row is not None)


def test_a_headline_over_its_own_teaser_in_a_listing_is_a_pair_head() -> None:
    lines = [
        "Hautes-Alpes : un refuge emporté par une avalanche",
        "Le refuge du col de Vars a été emporté mardi par une avalanche, sans faire de victime, selon la mairie.",
        "Basket : Limoges s’incline à domicile",
        "Limoges a perdu samedi face à Nanterre, 78 à 91, et recule à la neuvième place du championnat.",
    ]
    rows = shape_of(lines).rows
    assert rows[1] is None and rows[3] is None  # teasers that are sentences: never dropped
    assert rows[0][FEATURES.index("pair_head")] == rows[2][FEATURES.index("pair_head")] == 1.0


def test_a_long_line_without_final_punctuation_is_prose() -> None:
    cut = "Les habitants des quais de la Garonne attendaient encore jeudi matin l’autorisation de rentrer chez eux, une fois les caves pompées et"
    assert shape_of(STORY + [cut]).rows[-1] is None


def test_a_short_line_signed_with_a_bracketed_credit_is_a_caption_not_a_sentence() -> None:
    caption = "Les quais de la Daurade sous l’eau, mercredi soir à Toulouse (Photo Jean Marc/DDM)"
    party = "La Garonne a débordé à Toulouse, selon le maire, qui a réuni son conseil mercredi (LR)."
    lines = STORY + [caption, party]
    parsed = [Line.of(line) for line in lines]
    rows = measure_shape(lines, [False] * len(lines), [p.core for p in parsed], [p.n_words for p in parsed]).rows
    assert rows[-2] is not None and rows[-1] is None
