"""The one front-matter reader that the SEO page, the archive and the WordPress publisher share."""

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redac.errors import InputError
from redac.markup import SPACES_RE, split_front_matter, squeeze


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


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab é\u00a0\u202f\u2009\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u3000\u200b\ufeff»")), max_size=40))
def test_squeeze_is_the_spaces_pattern_collapsed_and_stripped(text: str) -> None:
    assert squeeze(text) == SPACES_RE.sub(" ", text).strip()


def test_split_reads_the_whitespace_the_spaces_pattern_reads() -> None:
    """`squeeze` stands for `SPACES_RE` because both read the same characters as whitespace."""
    whitespace = re.compile(r"\s")
    assert all(bool(whitespace.fullmatch(c)) == c.isspace() for c in map(chr, range(sys.maxunicode + 1)))
