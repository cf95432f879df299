"""The purpose cut (« … pour + infinitive » -> « … . Objectif : … ») and the leading-participle cut
(« S’exprimant …, Name a … » -> « Name s’exprimait … . Name a alors … ») on sentences written for
these tests (not from any source). Each cut keeps every fact and adds only its connector; a sentence
where « pour » gives a cause or a degree, or where an -ant word is a preposition, stays whole."""

import re

import pytest

from redac.french.clauses import split_long_sentence
from redac.french.facts import extract_facts
from redac.french.text import fold
from redac.french.words import count_words

PURPOSE = [
    "Le conseil départemental du Finistère a débloqué 3 millions d’euros mardi pour rénover les collèges de Brest.",
    "La mairie de Lorient a installé quatre nouvelles caméras sur le port de pêche pour surveiller les quais la nuit.",
    "Les pompiers de Quimper ont mobilisé 120 hommes durant tout le week-end pour contenir l’incendie de la lande.",
    "L’agglomération de Vannes a voté jeudi soir une hausse des tarifs des parkings pour financer le nouveau tramway de la ville.",
    "Le ministre de l’Agriculture était à Rennes lundi matin pour rencontrer les éleveurs laitiers du département.",
    "La région Bretagne a signé une convention avec la SNCF au printemps pour rouvrir la ligne entre Morlaix et Roscoff.",
    "Les gendarmes ont installé un barrage routier sur la route nationale 165 pour contrôler les poids lourds étrangers.",
    "La direction du port de Saint-Malo a prolongé les horaires d’ouverture de la gare maritime pour accueillir les ferries venus d’Irlande.",
    "Le syndicat des producteurs de fraises de Plougastel a lancé une campagne d’affichage pour se faire connaître à Paris.",
    "La préfète du Morbihan a réuni les maires des îles samedi à Vannes pour y présenter le plan contre la sécheresse.",
]
PARTICIPLE = [
    "S’exprimant devant les élus réunis à Rennes, Loïg Chesnais-Girard a annoncé un plan de 40 millions d’euros pour les lycées.",
    "Prenant la parole à l’ouverture du salon nautique, Marie Le Goff a promis une aide aux chantiers navals de Concarneau.",
    "Répondant aux questions des journalistes mardi soir, Yann Kervella a confirmé la fermeture de l’usine de Carhaix en 2026.",
    "Visitant le nouveau centre hospitalier de Lorient, François Morvan a salué le travail des équipes de nuit depuis janvier.",
    "Inaugurant la médiathèque de Pontivy samedi matin, Anne Le Bihan a rappelé que le chantier avait coûté 8 millions d’euros.",
    "Se rendant à Brest pour la fête maritime internationale, Paul Tanguy a rencontré les marins du voilier école de la Marine.",
]
WHOLE = [
    # « pour » gives a cause, a degree, a past infinitive, or a cut leaves a long sentence behind « Objectif : »
    "Le maire de Plouay a été condamné mardi par le tribunal correctionnel de Lorient pour détourner l’argent de la cantine.",
    "L’ancien trésorier du club de football de Guingamp a été mis en cause lundi pour avoir falsifié les comptes en 2022.",
    "Les secours sont arrivés beaucoup trop tard sur les lieux de l’accident de la route de Pontivy pour sauver le conducteur.",
    "Le club de Vannes n’a pas encore réuni assez d’argent cette saison auprès de ses partenaires privés pour recruter un attaquant.",
    "Le député a été remercié par les habitants de Douarnenez jeudi lors de la cérémonie organisée au port pour défendre la criée.",
    "La commune de Carnac a obtenu cette année une subvention exceptionnelle de la région et du département pour la rénovation de ses plages.",
    "Le festival interceltique de Lorient a recruté cette année plus de cinq cents bénévoles venus de toute la Bretagne et de l’étranger pour accueillir les 800 000 visiteurs attendus au mois d’août.",
    # the clause goes on past the purpose, « pour » opens a value reached, or what stands before it is no sentence
    "Les ambulanciers poursuivent leur mouvement à Quimper pour protester contre la réforme et bloquent l’entrée de l’hôpital.",
    "Les dix capteurs, des sondes enfouies dans la dune pour mesurer l’érosion, montrent un recul de deux mètres depuis mars.",
    "Alors qu’une cycliste de 15 ans descendait la rue de Brest pour rejoindre son lycée, elle a été renversée.",
    "Il faut vendre au moins 40 000 billets pour atteindre l’équilibre, face à un budget de deux millions d’euros, a-t-il avoué.",
    "Les loyers ont légèrement reculé au premier trimestre à Rennes pour s’établir à 12,50 euros le mètre carré en moyenne.",
    # an -ant word that is no participle, or a plural subject
    "Pendant la réunion organisée à Bruxelles par les ministres européens, Olaf Scholz a promis une aide militaire à Kiev.",
    "Concernant les retraites et la réforme adoptée au printemps dernier, Élisabeth Borne a refusé de revenir sur le texte.",
    "Cependant, malgré les protestations répétées des habitants du quartier de Bellevue, Paul Tanguy a maintenu son projet.",
    "Étant donné la météo annoncée pour le week-end sur toute la côte du Morbihan, Marie Le Goff a reporté la course.",
    "Arrivant de Paris après un voyage de sept heures en train, les ministres ont visité le port de Lorient jeudi après-midi.",
]


def _keeps_facts(sentence: str, pieces: list[str]) -> bool:
    joined = fold(" ".join(pieces))
    return all(fold(fact.text) in joined for fact in extract_facts(sentence) if fact.kind in {"number", "date", "name", "quote"})


def _words(text: str) -> set[str]:
    return {fold(word) for word in re.findall(r"[^\W_]+", text.replace("’", "'"))}


@pytest.mark.parametrize("sentence", PURPOSE)
def test_pour_and_an_infinitive_become_objectif(sentence):
    pieces = split_long_sentence(sentence, max_words=15)
    assert len(pieces) == 2 and pieces[1].startswith("Objectif : "), pieces
    assert pieces[0].endswith(".") and " pour " not in pieces[0] and count_words(pieces[0]) >= 6
    assert _keeps_facts(sentence, pieces)
    assert _words(" ".join(pieces)) - _words(sentence) == {"objectif"}


@pytest.mark.parametrize("sentence", PARTICIPLE)
def test_a_leading_participle_becomes_the_named_subject_s_imperfect(sentence):
    pieces = split_long_sentence(sentence, max_words=15)
    name = pieces[1].split(" a alors ")[0]
    assert len(pieces) >= 2 and pieces[0].startswith(name) and " a alors " in pieces[1], pieces
    participle = re.search(r"[^\W\d_]+ant\b", sentence).group().lower()
    assert participle[:-3] + "ait" in pieces[0] and participle not in pieces[0]
    assert _keeps_facts(sentence, pieces)
    added = _words(" ".join(pieces)) - _words(sentence) - {"objectif", "alors"}
    assert all(word.endswith("ait") and word[:-3] + "ant" in _words(sentence) for word in added), added


@pytest.mark.parametrize("sentence", WHOLE)
def test_no_cut_where_pour_gives_a_cause_or_ant_is_no_participle(sentence):
    pieces = split_long_sentence(sentence, max_words=15)
    assert not any(piece.startswith("Objectif") or " alors " in piece for piece in pieces), pieces
