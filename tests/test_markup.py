"""The one front-matter reader that the SEO page, the archive and the WordPress publisher share."""

import pytest

from redac.errors import InputError
from redac.markup import split_front_matter


def test_front_matter_and_body_are_split():
    meta, body = split_front_matter("---\ntitle: Séisme en Birmanie\nslug: seisme\n---\n# Séisme\n\nTexte.\n", "a.md")
    assert meta == {"title": "Séisme en Birmanie", "slug": "seisme"}
    assert body == "# Séisme\n\nTexte.\n"


def test_text_without_front_matter_is_all_body():
    text = "# Titre\n\n---\n\nUn paragraphe après un filet.\n"
    assert split_front_matter(text, "a.md") == ({}, text)


def test_invalid_yaml_says_where():
    with pytest.raises(InputError, match=r"front matter is not valid YAML \(line 3\)"):
        split_front_matter("---\ntitle: ok\nslug: a: b\n---\nCorps.\n", "a.md")


def test_a_list_is_not_a_front_matter():
    with pytest.raises(InputError, match="must be a mapping"):
        split_front_matter("---\n- un\n- deux\n---\nCorps.\n", "a.md")
