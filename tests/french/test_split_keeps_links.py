"""A cut that would take a sentence's connector away without shortening it is not made, and a
subject set off by a dash incise is repeated, without its incise, before a second predicate.
Sentences written for these tests (not from any source)."""

from redac.french.clauses import split_long_sentence
from redac.french.facts import extract_facts
from redac.french.transitions import linked_sentences
from redac.french.words import count_words


def _facts(texts: list[str]) -> list[str]:
    return sorted(fact.text for text in texts for fact in extract_facts(text))


def test_an_alors_que_cut_that_leaves_a_long_sentence_keeps_the_sentence_whole():
    sentence = ("Le conseil s’est réuni à Vannes, alors que la commune tente de financer la rénovation de ses "
                "trois écoles à un moment où les dotations de l’État baissent, un peu plus de deux ans après "
                "la fermeture de la piscine municipale.")
    assert split_long_sentence(sentence) == [sentence]


def test_an_alors_que_cut_that_leaves_short_sentences_is_made():
    sentence = ("Les ventes de vélos électriques ont progressé de 12 % en un an dans le département, alors que "
                "le marché national des deux-roues recule pour la deuxième année consécutive.")
    parts = split_long_sentence(sentence)
    assert len(parts) == 2 and all(count_words(part) <= 20 for part in parts)
    assert _facts(parts) == _facts([sentence])


def test_a_cut_whose_first_part_holds_a_connector_loses_no_link():
    # the first part keeps « en raison de »: the cut costs no linked sentence
    sentence = ("Le port a fermé ses quais en raison de la tempête qui frappe le littoral depuis lundi soir, ont "
                "indiqué les services de l’État, alors que les pêcheurs attendent une aide de la région.")
    parts = split_long_sentence(sentence)
    assert len(parts) == 2
    assert parts[1].startswith("Dans le même temps, les pêcheurs")
    assert linked_sentences(parts) == linked_sentences([sentence])


def test_a_semicolon_cut_is_made_even_when_a_part_stays_long():
    sentence = ("Le tribunal de Lorient a condamné mardi le gérant d’une société de transport de la ville à deux ans "
                "de prison avec sursis ; ses deux associés ont été relaxés.")
    parts = split_long_sentence(sentence)
    assert len(parts) == 2 and parts[1].startswith("Ses deux associés")


def test_a_subject_with_a_dash_incise_is_repeated_without_it():
    sentence = ("Cette réforme du collège – présentée comme la « priorité absolue » du gouvernement – ne concerne "
                "pas les lycées et a été rejetée par les syndicats d’enseignants en juin.")
    parts = split_long_sentence(sentence)
    assert parts == [
        "Cette réforme du collège – présentée comme la « priorité absolue » du gouvernement – ne concerne pas les lycées.",
        "En outre, cette réforme du collège a été rejetée par les syndicats d’enseignants en juin.",
    ]
    assert linked_sentences(parts) == 1


def test_a_possessive_subject_reads_in_lowercase_after_the_connector():
    sentence = ("Son adjoint – élu depuis 2014 dans le canton de Pontivy – présidera la séance du conseil de jeudi "
                "et a promis un vote sur le budget des routes départementales.")
    parts = split_long_sentence(sentence)
    assert parts[1] == "En outre, son adjoint a promis un vote sur le budget des routes départementales."
    assert _facts(parts) == _facts([sentence])


def test_a_dash_incise_with_no_second_predicate_stays_whole():
    sentence = ("La nouvelle ligne de tramway – attendue depuis plus de dix ans par les habitants du quartier nord – "
                "desservira quatorze stations entre la gare et l’hôpital à partir de septembre.")
    assert split_long_sentence(sentence) == [sentence]


def test_a_dash_after_a_proper_name_is_no_subject_incise():
    # « Rennes – Brest » is a route, not an incise after a determiner: no subject to repeat
    sentence = ("Rennes – Brest – Quimper sera desservie par un train toutes les heures dès lundi et a été présentée "
                "par la région comme un progrès pour les voyageurs de tout le Finistère.")
    assert not any(part.startswith("En outre, Rennes") for part in split_long_sentence(sentence))
