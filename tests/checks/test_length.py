"""The length check counts a sentence written twice once, says so, and says why words are missing."""

from __future__ import annotations

from redac.checks import check_page
from redac.checks.faithfulness import SourceFacts
from redac.checks.length import article_length
from redac.seo.page import read_page

BODY = "Le conseil municipal a voté le budget de la ville mardi soir après trois heures de débat."
OTHER = "Les écoles recevront une enveloppe plus importante que l'an dernier, selon le maire."


def page(*blocks: str):
    return read_page("---\ntitle: \"Budget : ce qui change\"\n---\n# Budget : ce qui change\n\n" + "\n\n".join(blocks) + "\n")


def test_a_sentence_written_twice_verbatim_counts_once():
    once = article_length(page(BODY, OTHER))
    twice = article_length(page("## L’essentiel", f"- {BODY}", "## Le vote", BODY, OTHER))
    assert once.repeated == 0
    assert twice.repeated == 17 and twice.counted == once.counted + 3  # the H2s count, the copy does not


def test_short_repeats_are_not_padding():
    assert article_length(page("Oui. Le maire a parlé.", "Oui. Le vote a eu lieu.")).repeated == 0


def test_the_message_says_what_was_left_out_and_why_words_are_missing():
    source = SourceFacts([BODY, OTHER])
    report = check_page(page(BODY, BODY, OTHER), source, min_words=700)
    length = report.check("length")
    assert not length.passed and report.words == 30
    assert length.message.startswith("47 mots, dont 17 répétés non comptés (minimum 700) : il manque 670 mots")
    assert "la source n’en compte que 30" in length.message
    assert length.details["repeated_words"] == 17 and length.details["source_words"] == 30
    long_source = SourceFacts([" ".join([BODY] * 60)])
    assert "la source" not in check_page(page(BODY, OTHER), long_source, min_words=700).check("length").message
