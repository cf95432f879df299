"""When no clause of the lead fits the result line, the title says who did what in its fewest words (french/angles)
rather than « Keyphrase : ce qu’il faut retenir » (issue 16). Hand-written leads, each wider than the line."""

import pytest

from redac.plan.titles import title_candidates

LEADS = [
    ("crue de la Loire",
     "Plus de deux cents habitants de la commune de Saint-Florent-le-Vieil, dans le Maine-et-Loire, ont été évacués de leurs "
     "maisons dans la nuit de samedi à dimanche en raison de la montée rapide des eaux de la Loire, selon la préfecture.",
     "Crue de la Loire : plus de deux cents habitants ont été évacués"),
    ("tramway de Besançon",
     "La métropole de Besançon, qui avait voté en 2021 un budget de 300 millions d'euros pour prolonger ses lignes vers les "
     "quartiers nord, a renoncé au projet d'extension du tramway après le retrait de l'État du plan de financement prévu pour "
     "les dix prochaines années.",
     "Tramway de Besançon : la métropole a renoncé au projet"),
    ("piscine de Vierzon",
     "Le conseil municipal de Vierzon, réuni en séance extraordinaire jeudi soir devant une salle comble et sous les huées d'une "
     "partie du public venu en nombre, n'a pas voté la fermeture de la piscine municipale construite en 1974 malgré un déficit "
     "de fonctionnement jugé préoccupant.",
     "Piscine de Vierzon : le conseil municipal n'a pas voté la fermeture"),
    ("incendie de Lacanau",
     "Le feu de forêt qui s'était déclaré mardi après-midi près de l'étang de Lacanau, en Gironde, et qui avait mobilisé plus de "
     "quatre cents sapeurs-pompiers venus de toute la Nouvelle-Aquitaine, a été fixé dans la nuit après avoir parcouru près de "
     "900 hectares de pins.",
     "Incendie de Lacanau : le feu de forêt a été fixé dans la nuit"),
    ("séisme au Pérou",
     "Un séisme de magnitude 6,8 survenu dans la région montagneuse d'Ayacucho, à plus de cinq cents kilomètres au sud-est de la "
     "capitale Lima, a fait au moins douze morts et des dizaines de blessés, selon un bilan provisoire communiqué par les "
     "autorités locales.",
     "Séisme au Pérou : un séisme a fait au moins douze morts"),
    ("festival de Carhaix",
     "Le festival de musique organisé chaque été depuis trente ans dans les champs de Carhaix, au cœur du Finistère, et qui "
     "attire habituellement plus de deux cent mille spectateurs sur quatre jours, a été annulé par ses organisateurs en raison "
     "de la sécheresse.",
     "Festival de Carhaix : le festival a été annulé par ses organisateurs"),
    ("rappel de jouets",
     "Plusieurs modèles de peluches pour enfants fabriquées en Asie et vendues dans les grandes surfaces de l'Hexagone depuis le "
     "mois de septembre, dont certaines sous des marques de distributeur, font l'objet d'un rappel en raison d'un risque "
     "d'étouffement lié à des yeux mal fixés.",
     "Rappel de jouets : plusieurs modèles font l'objet d'un rappel"),
    ("élections municipales à Brest",
     "La liste d'union de la gauche conduite par l'ancien adjoint à l'urbanisme, qui faisait campagne sur la gratuité des "
     "transports en commun et la rénovation des logements sociaux du quartier de Bellevue, a remporté dimanche soir le second "
     "tour des élections municipales à Brest avec 54 % des voix.",
     "Élections municipales à Brest : la liste a remporté le second tour"),
    ("vol de tableaux",
     "Deux toiles de maîtres flamands du XVIIe siècle prêtées par un collectionneur privé au musée des Beaux-Arts de Valenciennes "
     "pour une exposition temporaire consacrée à la peinture de paysage ont été dérobées pendant la nuit, sans effraction "
     "apparente, par des inconnus.",
     "Vol de tableaux : deux toiles de maîtres flamands ont été dérobées"),
    ("naufrage au large de Calais",
     "Au moins trois personnes, dont un enfant, sont mortes dans la nuit de mardi à mercredi lors du naufrage d'une embarcation de "
     "fortune qui tentait de rejoindre les côtes anglaises avec une cinquantaine de passagers à son bord, a indiqué la "
     "préfecture maritime.",
     "Naufrage au large de Calais : au moins trois personnes sont mortes"),
]


@pytest.mark.parametrize(("keyphrase", "lead", "expected"), LEADS, ids=[case[0] for case in LEADS])
def test_the_title_says_who_did_what(keyphrase, lead, expected):
    best = title_candidates(None, keyphrase, lead, [])[0]
    assert best.text == expected
    assert best.width_px <= 600


def test_a_count_that_is_the_news_is_not_dropped_for_the_line():
    lead = ("Le groupe sidérurgique qui exploite depuis 2006 le site historique de Florange, en Moselle, où travaillent encore près "
            "de six cents salariés répartis entre deux équipes, a annoncé la suppression de cent quarante postes d'ici la fin de "
            "l'année prochaine.")
    titles = [candidate.text for candidate in title_candidates(None, "usine de Florange", lead, []) if candidate.score >= 0]
    assert "Usine de Florange : le groupe a annoncé la suppression" not in titles
