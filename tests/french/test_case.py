"""Letter case of a phrase moved after a colon (a title's part after the keyphrase)."""

from redac.french.case import lowercase_first


def test_an_elided_article_before_a_name_is_lowercase_after_the_keyphrase():
    assert lowercase_first("L’ONU réclame un cessez-le-feu") == "l’ONU réclame un cessez-le-feu"
    assert lowercase_first("D’Artagnan revient") == "d’Artagnan revient"
    assert lowercase_first("L’Ukraine demande des armes") == "l’Ukraine demande des armes"
