"""Keyphrase candidates and matching on the real samples."""

import pytest

import redac
from redac.analysis.keyphrase import KeyphraseMatcher, choose_keyphrase, keyphrase_candidates
from redac.french.tokens import tokens


def test_matcher_counts_each_full_set_once_per_sentence():
    matcher = KeyphraseMatcher("armée ukrainienne")
    assert matcher.count(tokens("Les armées ukrainiennes et l'armée ukrainienne.")) == 2
    assert matcher.count(tokens("L'armée russe.")) == 0
    assert KeyphraseMatcher("armée ukrainienne", word_forms=False).count(tokens("Les armées ukrainiennes.")) == 0


def test_quoted_keyphrase_needs_the_exact_phrase():
    exact = KeyphraseMatcher('"plan de circulation"')
    assert exact.exact and exact.count(tokens("Le plan de circulation.")) == 1
    assert exact.count(tokens("La circulation et le plan.")) == 0


@pytest.mark.parametrize("index, expected", [(0, {"zelensky", "ukraine", "balkans"}), (1, {"garanties de sécurité"})])
def test_candidates_name_what_the_sample_is_about(samples_dir, index, expected):
    path = sorted(samples_dir.glob("*.txt"))[index]
    document = redac.clean(path).document
    paragraphs = [block.text for block in document.blocks if block.kind != "heading"]
    top = {candidate.text.lower() for candidate in keyphrase_candidates(document.title or "", paragraphs, limit=3)}
    assert top & expected
    for candidate in keyphrase_candidates(document.title or "", paragraphs):
        assert 1 <= len(KeyphraseMatcher(candidate.text).content_words) <= 4
        assert not candidate.text.lower().startswith(("l'", "l’", "d'", "d’", "le ", "la ", "les "))


def test_choose_keyphrase_on_empty_text():
    assert choose_keyphrase("", []) == ""


def test_a_short_text_without_a_repeated_phrase_takes_a_lead_phrase_over_a_lone_common_noun():
    # written for this test: « taux » is said three times, no phrase twice, no name alone
    lead = "La Banque centrale européenne a laissé ses taux d’intérêt inchangés jeudi."
    rest = ["Le taux de dépôt reste à 2 %, le taux principal à 2,15 %.", "Les marchés attendaient ce statu quo."]
    best = keyphrase_candidates("", [lead, *rest])[0].text
    assert best.startswith(("Banque centrale", "taux d’intérêt")), best  # not « taux », nor « intérêt inchangés jeudi »


def test_a_count_or_a_rank_is_not_the_story():
    """« Deuxième cas », « Cent-cinq … »: a quantity opens the phrase, not the subject (two real pages of a
    blind set got these keyphrases, and one failed its own fact check on « Deuxième » lifted into the meta)."""
    paragraphs = [
        "Deuxième cas de dengue autochtone à Toulouse : l’Agence régionale de santé a lancé une démoustication.",
        "Le deuxième cas de dengue autochtone a été signalé dans le quartier des Amidonniers, comme le premier.",
        "Cent-cinq agents de l’Agence régionale de santé enquêtent en porte-à-porte sur la dengue autochtone.",
    ]
    for candidate in keyphrase_candidates("", paragraphs):
        assert tokens(candidate.text)[0].lower() not in {"deuxième", "cent-cinq", "cent"}
