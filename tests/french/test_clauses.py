"""The splitter and the main clause on French sentences written for these tests (not from any source).

Each split must keep every fact (numbers, dates, names, quotations) and add no word but a connector
or a repeated subject; a sentence with no safe cut, or short enough, stays whole.
"""

import re

import pytest

from redac.french.clauses import main_clause, split_long_sentence
from redac.french.facts import extract_facts
from redac.french.text import fold
from redac.french.words import count_words

CONNECTORS = {"mais", "en", "effet", "outre", "dans", "le", "meme", "temps", "cela", "puis", "ce", "cet", "cette", "ces", "il", "s", "agit", "d", "a", "entre", "y", "elle", "ils", "elles", "fait", "le", "la", "les", "l"}

SPLIT = [
    # « ; »
    ("Le conseil municipal de Lorient a voté mardi un budget de 84 millions d’euros pour 2025 ; la "
     "rénovation des trois écoles du quartier de Keryado absorbera près du tiers de cette somme.", 2),
    ("Les pompiers du Morbihan sont intervenus à 23 reprises pendant la tempête de dimanche ; aucune "
     "victime n’est à déplorer, mais plusieurs toitures ont été arrachées à Quiberon.", 2),
    # « , mais »
    ("La ministre de la Santé a promis l’ouverture de quarante nouveaux postes d’internes en Bretagne, "
     "mais les syndicats de médecins estiment que ce nombre reste très insuffisant pour la région.", 2),
    ("Le club de Vannes a longtemps mené au score face à Brest samedi soir au stade de la Rabine, "
     "mais il a finalement cédé dans les dernières minutes sur un penalty très contesté.", 2),
    # « , car »
    ("La préfecture a interdit la baignade sur les plages de Carnac jusqu’à nouvel ordre, car des "
     "analyses ont révélé une concentration anormale de bactéries dans l’eau depuis lundi.", 2),
    # « , alors que » / « , tandis que »
    ("Les ventes de vélos électriques ont progressé de 12 % en un an dans le département, alors que "
     "le marché national des deux-roues recule pour la deuxième année consécutive.", 2),
    ("La compagnie Brittany Ferries a maintenu ses traversées vers Plymouth pendant tout le week-end, "
     "tandis que ses concurrents annulaient leurs départs à cause de la houle.", 2),
    # « , ce qui »
    ("Le chantier du pont de Saint-Nazaire a pris six mois de retard à cause des intempéries de "
     "l’hiver dernier, ce qui repousse sa réouverture complète au printemps 2026.", 2),
    # « , et » + a new subject
    ("Le festival de Lorient a accueilli 750 000 visiteurs en dix jours cet été, et les organisateurs "
     "annoncent déjà une édition consacrée à l’Irlande pour l’année prochaine.", 2),
    ("L’entreprise Morlaix Textile a signé un contrat de 3 millions d’euros avec un groupe japonais, "
     "et elle prévoit d’embaucher une quinzaine de couturières d’ici à septembre.", 2),
    # « , puis »
    ("Le bateau de pêche a d’abord signalé une avarie moteur au large de Concarneau vers 6 heures, "
     "puis il a dérivé pendant plus de trois heures avant l’arrivée du canot de sauvetage.", 2),
    # a second predicate: the subject is repeated
    ("Le maire de Quimper Isabelle Assih a inauguré jeudi la nouvelle médiathèque du centre-ville et a "
     "annoncé la gratuité des abonnements pour tous les moins de 18 ans.", 2),
    ("Les agriculteurs du Finistère ont bloqué trois ronds-points de la rocade de Brest dans la nuit et "
     "ont déversé plusieurs tonnes de fumier devant la sous-préfecture.", 2),
    ("La Bretagne, la Normandie et l’Occitanie sont membres du syndicat des ports de pêche, ont signé la "
     "charte de dragage et ont obtenu 18 millions d’euros de l’Union européenne.", 2),
    # « que A et que B »
    ("Le directeur de l’hôpital a indiqué que les urgences resteraient ouvertes tout l’été et que "
     "douze infirmières intérimaires viendraient renforcer les équipes de nuit.", 2),
    ("La présidente de la région a déclaré que le projet de ligne à grande vitesse était abandonné et "
     "qu’une nouvelle étude serait lancée avant la fin de l’année 2025.", 2),
    # a name's inner relative clause
    ("Yann Le Goff, qui dirige la coopérative laitière de Plouvien depuis 2019, a annoncé mardi le "
     "rachat de deux fromageries artisanales du pays de Morlaix.", 2),
    ("Anne Kervella, qui a remporté la course au large en solitaire l’an dernier, doit prendre le "
     "départ de la Route du Rhum en novembre à bord d’un nouveau monocoque.", 2),
    # a relative clause after a name, to the end of the sentence
    ("La fédération a confié la direction de l’équipe de France féminine de voile à Gaëlle Tanguy, qui "
     "entraînait jusqu’ici le pôle olympique de Brest et ses quatorze athlètes.", 2),
    # a relative clause after a determined noun
    ("La capitainerie de Camaret a présenté jeudi aux plaisanciers le nouveau règlement du port, qui "
     "interdit le mouillage des voiliers dans l’anse de Pen-Hir entre juin et septembre.", 2),
    ("Les élus de Douarnenez ont adopté à l’unanimité lundi soir la charte du patrimoine maritime, qui "
     "protège désormais les quarante bateaux classés du port-musée.", 2),
    # a trailing participle clause: the same verb, in the main clause's tense, with its subject
    ("Le préfet a prolongé l’arrêté sécheresse jusqu’au 30 septembre dans tout le Morbihan, appelant "
     "les habitants à réduire leur consommation d’eau d’au moins 10 %.", 2),
    # an apposition to the whole clause
    ("Le conseil a voté la fermeture de la piscine municipale de Pontivy pendant tout l’hiver, une "
     "décision motivée par la hausse du prix du gaz depuis deux ans.", 2),
    # « où » after a place, with a pronoun subject: « y »
    ("Les ministres européens de la pêche se sont réunis lundi à Bruxelles, où ils ont adopté les quotas "
     "de sole et de merlu pour l’année 2026 dans le golfe de Gascogne.", 2),
    # a colon before a clause
    ("Le bilan de la saison touristique est contrasté : les hôtels du littoral affichent complet tandis "
     "que les campings de l’intérieur des terres ont perdu un client sur cinq.", 2),
    # « suite à » after the main clause: what it follows
    ("Le maire de Quimper a annoncé la fermeture du pont de la Libération pour trois semaines, suite à "
     "l’inspection menée par les services de l’État au début du mois de mars.", 2),
    # a relative clause after a name and its verbless apposition: the name, with its article, opens the next
    ("Les pêcheurs bretons ont manifesté jeudi devant la mairie de Lorient, le premier port de pêche de France, "
     "qui doit accueillir le salon de la mer en mai.", 2),
]

WHOLE = [
    # two subjects in apposition, one verb: cut at « , et », the first would lose its verb (and the signing)
    "Le président du club, Marc Olivier, et l'entraîneur des gardiens, Paul Neveu, ont quitté le stade avant la fin du "
    "match sous les huées de plusieurs centaines de supporters.",
    # short enough
    "Le marché couvert de Vannes rouvrira le 3 mars après six mois de travaux.",
    "La tempête Ciarán a privé 780 000 foyers bretons d’électricité.",
    "Brest a battu Lorient 2-1 dimanche devant 15 000 spectateurs.",
    # long, but the only cut would fall inside a quotation
    "« Nous avons réussi cette saison, mais nous devons maintenant penser aux jeunes du centre de "
    "formation et aux nouvelles recrues de l’été », a déclaré l’entraîneur à la fin de la rencontre.",
    "Le maire a résumé la situation en une phrase : « La commune ne peut plus payer seule l’entretien "
    "de ses digues, car l’État s’est désengagé depuis dix ans » devant le conseil réuni lundi.",
    # long, an enumeration: no clause to cut
    "Les délégations de la Bretagne, de la Normandie, des Pays de la Loire, de la Nouvelle-Aquitaine, "
    "des Hauts-de-France et de l’Occitanie se sont retrouvées à Rennes pour le congrès annuel des ports.",
    # long, a cut would leave a part too short to stand alone
    "Selon les gendarmes, le conducteur âgé de 27 ans circulait à plus de 140 km/h sur la route "
    "départementale limitée à 80 km/h au moment de l’accident, et ce depuis plusieurs kilomètres.",
    # long, a restrictive relative clause without comma: it cannot go
    "Les habitants qui avaient été évacués vendredi soir du quartier de la gare de Redon ont pu "
    "regagner leur domicile dimanche après le passage des démineurs de la sécurité civile.",
    # long, « et » joins two complements, not two clauses
    "Le département finance la rénovation énergétique des collèges publics du Morbihan et des "
    "gymnases municipaux des communes de moins de 5 000 habitants à hauteur de 40 %.",
    # long, the relative clause could refer to the nearest noun or to an earlier one: no cut
    "Le conseil départemental a présenté jeudi aux élus du littoral son plan de défense contre "
    "l’érosion, qui prévoit le recul de quarante habitations d’ici à 2040.",
    "Les élèves du lycée maritime ont construit pendant deux ans une goélette en bois de chêne, qui "
    "sera mise à l’eau le 14 juillet dans le port du Guilvinec.",
    # long, « une attaque … est considérée … » after the comma is a clause with its verb, not an apposition
    "En vertu de la garantie de défense collective de l’alliance atlantique, une attaque contre un pays "
    "membre est considérée comme une attaque contre tous les autres membres.",
    # long, the apposition after a name has no verb to carry a sentence of its own
    "Le navigateur Armel Le Cléac’h, vainqueur du Vendée Globe en 2017 et de plusieurs transats en "
    "double, a présenté son nouveau trimaran dans le port de Lorient devant les partenaires du projet.",
]


def _facts(text: str) -> set[str]:
    return {fold(fact.text) for fact in extract_facts(text) if fact.kind in {"number", "date", "name", "quote"}}


def _words(text: str) -> set[str]:
    return {fold(word) for word in re.findall(r"[^\W_]+", text.replace("’", "'"))}


@pytest.mark.parametrize("sentence, parts", SPLIT)
def test_a_long_sentence_is_cut_where_it_is_safe_and_keeps_its_facts(sentence, parts):
    pieces = split_long_sentence(sentence)
    assert len(pieces) == parts, pieces
    assert all(count_words(piece) >= 5 and piece[-1] in ".!?…" for piece in pieces)
    assert all(piece[:1].isupper() for piece in pieces)
    assert _facts(" ".join(pieces)) >= _facts(sentence)
    added = _words(" ".join(pieces)) - _words(sentence) - CONNECTORS
    assert not {word for word in added if word[:-1] + "ant" not in _words(sentence)}  # « appelant » -> « a appelé »


@pytest.mark.parametrize("sentence", WHOLE)
def test_a_sentence_without_a_safe_cut_stays_whole(sentence):
    assert split_long_sentence(sentence) == [sentence]


def test_main_clause_drops_what_hangs_on_it_and_keeps_lists():
    assert main_clause("Le président ukrainien, Volodymyr Zelensky, a appelé à accélérer le travail, a indiqué son bureau.") == \
        "Volodymyr Zelensky a appelé à accélérer le travail"
    assert main_clause("Jeudi, la ministre a ouvert le salon de l’agriculture, selon la préfecture.", keep_lead=False) == \
        "La ministre a ouvert le salon de l’agriculture"
    assert main_clause("Le port a accueilli 40 navires, selon la capitainerie.", keep_source=True) == \
        "Le port a accueilli 40 navires, selon la capitainerie"
    listed = "L’Albanie, la Macédoine du Nord et le Monténégro sont membres de l’OTAN, ont rejoint les sanctions."
    assert main_clause(listed).startswith("L’Albanie, la Macédoine du Nord et le Monténégro")
    assert main_clause("« Nous resterons », a dit le maire.") == "« Nous resterons », a dit le maire."
    # « X, a déclaré jeudi que … »: the report is the main verb, not a trailing clause
    assert main_clause("Le porte-parole du syndicat, Jean Le Goff, a déclaré jeudi que la grève continuerait.").endswith(
        "a déclaré jeudi que la grève continuerait")
