"""The keyphrase names the event, not who tells it nor where it was told (issue 16): an event named after its kind
(« cyclone tropical Belal ») is the event and its name; the subject of « a indiqué sur Facebook », « a prononcé »,
« a rendu son verdict » brings the news. Hand-written French cases."""

from redac.analysis.keyphrase import keyphrase_candidates
from redac.plan.focus import _messenger
from redac.plan.titles import title_candidates


def test_an_event_named_after_its_kind_is_the_event_and_its_name():
    paragraphs = ["Le cyclone tropical Belal a touché l’île Maurice dans la nuit. Les écoles resteront fermées lundi.",
                  "Le cyclone a arraché des toitures à Port-Louis, selon la préfecture."]
    best = keyphrase_candidates("", paragraphs, limit=3)[0]
    assert best.text == "cyclone Belal" and best.event


def test_an_event_with_its_complement_is_unchanged():
    paragraphs = ["La tempête de neige a bloqué l’autoroute A7 pendant six heures.",
                  "La tempête de neige a privé d’électricité 3 000 foyers de la Drôme."]
    assert keyphrase_candidates("", paragraphs, limit=1)[0].text == "tempête de neige"


def test_who_tells_and_where_is_the_messenger():
    assert _messenger("La SNCF a indiqué sur Facebook que les trains de la ligne 4 sont supprimés.") == "La SNCF Facebook"
    assert _messenger("C’est officiel, la fédération a prononcé la suspension du club de Rodez.") == "la fédération"
    assert _messenger("Le tribunal de Lyon a rendu son verdict dans l’affaire des faux médicaments.") == "Le tribunal de Lyon"


def test_who_acts_in_the_story_is_no_messenger():
    assert _messenger("Le maire de Brest a inauguré la nouvelle piscine municipale.") == ""
    assert _messenger("Les pompiers ont éteint l’incendie de l’entrepôt vers minuit.") == ""


def test_no_title_announces_a_list_after_a_second_colon():
    lead = ("Le club de Rodez attend la décision de la fédération. Deux solutions : soit la décision en première instance "
            "est confirmée, ou alors infirmée.")
    titles = [candidate.text for candidate in title_candidates(None, "relégation de Rodez", lead, [])]
    assert titles and all(title.count(":") == 1 for title in titles)


def test_a_body_that_sits_runs_or_cares_acts_on_the_story():
    from redac.french.events import names_institution

    for phrase in ("conseil municipal", "commission d’enquête", "services de réanimation", "hôpitaux de Paris",
                   "centre antipoison", "établissement pénitentiaire", "aviation civile"):
        assert names_institution(phrase), phrase
    for phrase in ("fuite de données", "blocage de l’université", "incendie de l’entrepôt"):
        assert not names_institution(phrase), phrase


def test_a_name_said_in_full_once_then_by_surname_is_no_name_said_once():
    paragraphs = ["Le festival de Carhaix a été annulé. La chanteuse Maëlle Kerouac devait y jouer samedi soir.",
                  "Kerouac a dit sa déception aux spectateurs venus de toute la Bretagne.",
                  "Kerouac reviendra l’an prochain, selon les organisateurs, et Kerouac offrira un concert gratuit."]
    texts = [candidate.text for candidate in keyphrase_candidates("", paragraphs, limit=10)]
    assert "Maëlle Kerouac" in texts


def test_the_outlet_a_speaker_told_is_no_keyphrase():
    """A real snow story quoted its speakers « a indiqué à l'AFP » and « a témoigné auprès de l'AFP »: the keyphrase
    was « AFP ». Whom a speaker told is the outlet that carries the quotation (hand-written text in that shape)."""
    from redac.analysis.keyphrase import choose_keyphrase, keyphrase_candidates

    paragraphs = [
        "Des milliers d’automobilistes étaient bloqués samedi soir sur les routes de Haute-Savoie, où la préfecture a "
        "ouvert des gymnases pour la nuit.",
        "« Nous avons ouvert trois salles et deux écoles », a indiqué à l’AFP une porte-parole de la préfecture, qui parle "
        "d’une situation exceptionnelle.",
        "« On n’avait pas vu ça depuis dix ans », a témoigné auprès de l’AFP le maire de Cluses, dont la commune offre 400 lits.",
        "Les automobilistes bloqués ont reçu des couvertures, a précisé à l’AFP la Croix-Rouge, présente avec quarante bénévoles.",
    ]
    assert "AFP" not in [candidate.text for candidate in keyphrase_candidates("", paragraphs)]
    assert choose_keyphrase("", paragraphs) != "AFP"
