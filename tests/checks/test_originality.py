"""Originality: copied 8-word shingles, quotations excluded."""

from redac.checks.originality import copied_passages, copied_share

SOURCE = ["Le conseil municipal de Lyon a voté mardi soir un budget de trente millions pour les écoles de la ville. "
          "« Nous devons agir vite pour les enfants de toute la ville », a déclaré le maire."]


def test_verbatim_copy_scores_one_and_a_rewrite_zero():
    assert copied_share(SOURCE, SOURCE) == 1.0
    rewrite = ["Mardi soir, les élus lyonnais ont adopté une enveloppe de trente millions destinée aux établissements scolaires."]
    assert copied_share(rewrite, SOURCE) == 0.0
    assert copied_passages(rewrite, SOURCE) == []


def test_quotations_are_not_copying():
    article = ["Le maire l’a dit sans détour : « Nous devons agir vite pour les enfants de toute la ville »."]
    assert copied_share(article, SOURCE) == 0.0


def test_partial_copy_is_a_share_and_is_located():
    mixed = ["Les élus ont tranché. Le conseil municipal de Lyon a voté mardi soir un budget important.",
             "Une phrase entièrement nouvelle sur un autre sujet sans rapport avec la source citée plus haut."]
    share = copied_share(mixed, SOURCE)
    assert 0.0 < share < 1.0
    assert copied_passages(mixed, SOURCE) == [mixed[0]]
