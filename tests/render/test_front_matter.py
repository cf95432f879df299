"""The front matter written without PyYAML reads back, with PyYAML, as the very strings written."""

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from redac.render.front_matter import front_matter_yaml


def read_back(values):
    return yaml.safe_load(front_matter_yaml(values))


def test_plain_titles_stay_plain_and_ambiguous_ones_are_quoted():
    text = front_matter_yaml({"title": "Séisme en Birmanie : les secours sont entravés", "slug": "seisme-birmanie", "keyphrase": "yes", "date": "2025-03-28", "source_url": None})
    assert "slug: seisme-birmanie\n" in text and 'keyphrase: "yes"\n' in text and 'date: "2025-03-28"\n' in text
    assert read_back({"title": "Séisme en Birmanie : les secours sont entravés"})["title"] == "Séisme en Birmanie : les secours sont entravés"
    assert "source_url: null\n" in text


def test_hostile_strings_read_back_unchanged():
    for value in ["Prix : 2,4 % # pas un commentaire", "« Nous ne céderons pas »", "- une liste ?", "[x]", "a\nb", "fin ", "on", "Null", "12", "L’avocat\u2028suite", "*ancre", "trois: quatre", "clé:", "\x85"]:
        assert read_back({"title": value}) == {"title": value}, value


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40))
def test_any_string_reads_back(value):
    assert read_back({"title": value, "slug": value}) == {"title": value, "slug": value}
