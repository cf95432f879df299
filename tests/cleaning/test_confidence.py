"""Each removed line carries a confidence: 1.0 for an exact rule, the match score for a fuzzy one."""

import redac

ARTICLE = "Le conseil municipal a voté mardi un budget de douze millions d’euros pour rénover les écoles de la ville."


def _removed(*noise: str) -> dict[str, tuple[str, float]]:
    result = redac.clean("\n\n".join([ARTICLE, *noise]))
    assert [block.text for block in result.document.blocks] == [ARTICLE]
    return {removal.text: (removal.rule, removal.confidence) for removal in result.removed}


def test_exact_rules_are_certain() -> None:
    removed = _removed("Lire la suite", "Publicité")
    assert removed == {"Lire la suite": ("link.read_more", 1.0), "Publicité": ("ad.label", 1.0)}


def test_a_fuzzy_match_gives_its_score() -> None:
    removed = _removed("Lire la suitte", "Continuer la lecturre")
    rule, confidence = removed["Lire la suitte"]
    assert rule == "link.read_more" and 0.9 <= confidence < 1.0
    assert removed["Continuer la lecturre"][1] > confidence  # one letter off a longer phrase is closer


def test_confidence_is_in_the_json() -> None:
    payload = redac.clean("\n\n".join([ARTICLE, "Lire la suitte"])).to_dict()
    assert payload["removed"][0]["confidence"] == 0.963
