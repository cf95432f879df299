"""Keyphrases never end on an adjective that needs its complement, and a leak, a departure or a birth names what
happened (issue 16). Hand-written French text."""

from redac.analysis.keyphrase import keyphrase_candidates
from redac.french.events import is_event_noun, needs_complement


def test_an_adjective_that_needs_its_complement_ends_no_keyphrase():
    assert needs_complement("due") and needs_complement("relatives") and not needs_complement("géante")
    paragraphs = ["Des trains ont encore du retard samedi au lendemain de la panne géante due à la foudre en Gironde.",
                  "La panne géante due à la foudre a bloqué des milliers de voyageurs à la gare de Bordeaux.",
                  "La SNCF promet un retour à la normale dimanche, après la panne."]
    texts = [candidate.text for candidate in keyphrase_candidates("", paragraphs, limit=20)]
    assert "panne géante due" not in texts
    assert "panne géante" in texts


def test_a_leak_a_departure_and_a_birth_are_events():
    assert all(is_event_noun(word) for word in ("fuite", "départ", "naissance", "amende"))
    paragraphs = ["Le départ de l’entraîneur a surpris les supporters du club de Tournai, lundi soir.",
                  "Le président a commenté le départ de l’entraîneur dans un communiqué.",
                  "L’entraîneur avait rejoint le club en 2021."]
    best = keyphrase_candidates("", paragraphs, limit=3)[0]
    assert best.text == "départ de l’entraîneur" and best.event


def test_the_event_the_source_title_names_outranks_a_place_said_as_often():
    title = "Fuite de données aux hôpitaux de Lyon : 40 000 patients concernés"
    paragraphs = ["Les hôpitaux de Lyon ont signalé mardi que les dossiers de 40 000 patients avaient été copiés.",
                  "Les hôpitaux de Lyon ont porté plainte, et la fuite de données fait l’objet d’une enquête.",
                  "La fuite de données viendrait d’un prestataire, selon la police."]
    texts = [candidate.text for candidate in keyphrase_candidates(title, paragraphs, limit=3)]
    assert texts[:2] == ["fuite de données", "hôpitaux de Lyon"]


def test_france_alone_is_chosen_only_when_nothing_else_opens_the_article():
    from redac.analysis import analyze
    from redac.analysis.keyphrase import is_wide_place
    from redac.models import Block
    from redac.plan import make_plan

    assert is_wide_place("France") and not is_wide_place("Toulouse") and not is_wide_place("manifestations en France")
    blocks = [Block("Un pont routier s’est effondré près de Toulouse, en France, samedi. Toulouse compte ses blessés. "
                    "La France entière suit les secours, et la préfecture de Toulouse a ouvert une cellule de crise.")]
    assert make_plan(analyze(blocks), None).keyphrase != "France"
