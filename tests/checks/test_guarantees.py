"""What `check_page` reads of a page's front matter: a meta description that opens on its keyphrase."""

from __future__ import annotations

from redac.checks import check_page
from redac.checks.faithfulness import SourceFacts
from redac.seo.page import read_page

SOURCE = ["Sur proposition du Premier ministre, le Président de la République a nommé le gouvernement.",
          "La liste compte seize ministres et douze secrétaires d’État.",
          "La parité y est respectée, selon l’Élysée.",
          "M. Paul Durand devient ministre de l’Intérieur."]


def unsupported(description: str) -> list[tuple[str, str]]:
    page = read_page(f"---\ntitle: \"Nouveau gouvernement : la liste\"\nmeta_description: \"{description}\"\n---\n"
                     "# Nouveau gouvernement : la liste\n\n" + "\n\n".join(SOURCE) + "\n")
    return [(item.kind, item.text) for item in check_page(page, SourceFacts(SOURCE), min_words=10).unsupported]


def test_a_keyphrase_label_in_front_of_the_description_is_read_as_a_title():
    """A real decree page failed its own fact check on « Ministre de l’Intérieur : sur proposition du Premier ministre,
    le Président de la République a nommé… »: the label was read as part of the sentence it is put before, whose
    passage does not name the ministry."""
    assert unsupported("Ministre de l’Intérieur : sur proposition du Premier ministre, le Président de la République "
                       "a nommé le gouvernement.") == []


def test_the_sentence_after_the_label_is_still_read_against_its_passage():
    assert unsupported("Ministre de l’Agriculture : le Président a nommé le gouvernement.") == [("name", "Agriculture")]
    assert ("name", "Élysée") in unsupported("Gouvernement : selon l’Élysée, le Président de la République a nommé le "
                                             "gouvernement sur proposition du Premier ministre.")
