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
