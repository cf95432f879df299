"""french/clause_verbs and french/roles: which verb is passive, on the pronominal forms that look like one."""

from redac.checks.faithfulness import SourceFacts, unsupported_facts
from redac.french.clause_verbs import passive_at
from redac.french.roles import is_passive, sentence_tokens


def passive(sentence: str, verb: str) -> tuple[bool, bool]:
    words = sentence_tokens(sentence)
    at = next(index for index, token in enumerate(words) if token.text == verb)
    return passive_at(words, at), is_passive(words, at)


def test_a_clitic_before_etre_makes_a_pronominal_verb():
    """« s'y était arrêtée », « s'en est pris », « se sont battus »: the reflexive pronoun before « être » (with « y » or
    « en » in its token) makes a pronominal verb, whose subject acts; « y était arrêtée par la police » stays passive."""
    assert passive("La cliente s'y était arrêtée devant le stand.", "arretee") == (False, False)
    assert passive("Les deux hommes se sont battus devant le bar.", "battus") == (False, False)
    assert passive("La cliente y était arrêtée par la police.", "arretee") == (True, True)
    source = SourceFacts(["Au marché de Noël de Colmar, la journaliste Claire Imbert s'était arrêtée devant le stand du souffleur de verre."])

    def kinds(text: str) -> list[str]:
        return [item.kind for item in unsupported_facts([("ligne 1", text, True)], source)]

    assert kinds("La journaliste Claire Imbert s'y était arrêtée devant le stand du souffleur de verre, au marché de Noël de Colmar.") == []
    assert kinds("La journaliste Claire Imbert y avait été arrêtée devant le stand du souffleur de verre, au marché de Noël de Colmar.") != []


def test_a_time_between_the_participle_and_its_agent():
    """« affrétés dès lundi par la région Bretagne », « interpellés hier soir par la police »: a time set between the
    participle and « par » keeps the passive (french/roles.is_passive), so the region acts; « a joué trois matches par
    saison » stays active, and the cars made to act on the region are still caught."""
    assert passive("Deux cars, affrétés dès lundi par la région Bretagne, attendent.", "affretes")[1]
    assert passive("Les suspects, interpellés hier soir par la police, ont été relâchés.", "interpelles")[1]
    assert not passive("Il a joué trois matches par saison.", "joue")[1]
    source = SourceFacts(["Dans l'immédiat, les 120 écoliers costarmoricains scolarisés à Plouha seront transportés par deux cars "
                          "supplémentaires, affrétés dès lundi par la région Bretagne."])

    def kinds(text: str) -> list[str]:
        return [item.kind for item in unsupported_facts([("ligne 1", text, True)], source)]

    assert kinds("La région Bretagne a affrété dès lundi deux cars supplémentaires pour transporter, dans l'immédiat, les 120 écoliers "
                 "costarmoricains scolarisés à Plouha.") == []
    assert kinds("Deux cars supplémentaires ont affrété dès lundi la région Bretagne pour transporter, dans l'immédiat, les 120 écoliers "
                 "costarmoricains scolarisés à Plouha.") == ["role"]


def test_a_causative_subject_takes_no_side():
    """« Vitória a fait signer son capitaine »: the subject of « faire » makes another act; the one after the infinitive
    acts (french/roles.side reads no side there), so the causative rewrite swaps no role; the club signing « chez » its
    captain still does."""
    source = SourceFacts(["Son capitaine, le Brésilien Thiago Alves, 27 ans, a déjà signé pour trois saisons chez le club portugais Vitória, "
                          "qui lui offre un salaire deux fois plus élevé."])

    def kinds(text: str) -> list[str]:
        return [item.kind for item in unsupported_facts([("ligne 1", text, True)], source)]

    assert kinds("Le club portugais Vitória a déjà fait signer pour trois saisons son capitaine, le Brésilien Thiago Alves, 27 ans, en lui "
                 "offrant un salaire deux fois plus élevé.") == []
    assert kinds("Le club portugais Vitória a déjà signé pour trois saisons chez son capitaine, le Brésilien Thiago Alves, 27 ans, qui lui "
                 "offre un salaire deux fois plus élevé.") == ["role"]
