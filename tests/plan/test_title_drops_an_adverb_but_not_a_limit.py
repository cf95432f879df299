"""A title may drop an adverb between « été » and its participle (« a été nettement aperçu » -> « a été aperçu »), which
lets a long lead fit the result line instead of the filler « ce qu’il faut retenir »; never an adverb that limits the
claim (« partiellement détruite », « quasiment paralysée »). Hand-written French leads (issue 16)."""

from redac.plan.titles import title_candidates


def _texts(lead: str, keyphrase: str) -> list[str]:
    return [candidate.text for candidate in title_candidates(None, keyphrase, lead, [])]


def test_an_adverb_after_ete_goes_and_the_long_lead_gives_a_title_that_fits():
    lead = ("Le passage d’une comète a été nettement aperçu dans le ciel de l’ouest de la Bretagne samedi soir, "
            "selon plusieurs clubs d’astronomes amateurs.")
    candidates = title_candidates(None, "comète en Bretagne", lead, [])
    best = candidates[0]
    assert best.score >= 0 and "ce qu’il faut retenir" not in best.text
    assert any("a été aperçu" in candidate.text for candidate in candidates)


def test_an_adverb_that_limits_the_claim_stays():
    texts = _texts("La digue du port de Lesconil a été partiellement détruite par la tempête dans la nuit.", "tempête")
    assert not any("a été détruite" in text for text in texts)
    texts = _texts("Le réseau informatique de la préfecture est quasiment paralysé depuis l’attaque de lundi.", "préfecture")
    assert not any("est paralysé" in text for text in texts)


def test_of_two_equally_fit_titles_the_one_that_says_more_goes_first():
    """« le passage a été aperçu » says only some of « le passage d’une comète a été aperçu »: never first before it."""
    lead = ("Le passage d’une comète a été nettement aperçu dans le ciel de l’ouest de la Bretagne samedi soir, "
            "selon plusieurs clubs d’astronomes amateurs.")
    candidates = title_candidates(None, "ouest de la Bretagne", lead, [])
    best = candidates[0]
    said = set(best.text.lower().split())
    assert not any(other.score == best.score and said < set(other.text.lower().split()) for other in candidates[1:])
