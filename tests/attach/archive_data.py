"""A publisher's archive written for the tests: hand-written earlier articles that share a story or a
person with the shipped samples, articles that share only their topic, and generated unrelated ones.
All of it is our own text. `build_archive(n)` gives `n` entries, deterministic.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

SITE = "https://www.exemple-info.fr"

# (slug, title, text, what it shares with which sample)
RELATED = [
    ("sommet-tirana-balkans-ukraine", "À Tirana, les dirigeants des Balkans réunis autour de l’Ukraine",
     "Le Premier ministre albanais Edi Rama accueille mercredi à Tirana un sommet des pays d’Europe du Sud-Est consacré à "
     "l’Ukraine. Volodymyr Zelensky doit y plaider pour une production commune d’armes avec les Balkans et présenter sa "
     "formule de paix. La Serbie, qui n’applique pas les sanctions contre la Russie, a confirmé sa participation.",
     "story:000"),
    ("edi-rama-adhesion-albanie-union-europeenne", "Edi Rama veut accélérer l’adhésion de l’Albanie à l’Union européenne",
     "Le chef du gouvernement albanais, Edi Rama, a fixé à la fin de la décennie l’objectif d’une entrée de son pays dans "
     "l’Union européenne. Devant le Parlement, il a défendu la réforme de la justice et la lutte contre la corruption, "
     "deux chapitres que Bruxelles juge décisifs. L’opposition dénonce un calendrier irréaliste.",
     "person:000"),
    ("igli-hasani-diplomatie-albanaise", "Igli Hasani, le nouveau visage de la diplomatie albanaise",
     "Nommé ministre des Affaires étrangères, Igli Hasani a promis une diplomatie active dans la région. Ancien ministre "
     "de l’Europe, il connaît les dossiers de l’élargissement et entend renforcer les liens avec les voisins des Balkans.",
     "person:000"),
    ("mark-rutte-secretaire-general-otan", "Mark Rutte prend la tête de l’OTAN",
     "L’ancien Premier ministre néerlandais Mark Rutte est devenu secrétaire général de l’OTAN. Il succède à Jens "
     "Stoltenberg, qui a dirigé l’Alliance pendant dix ans. Mark Rutte a promis de maintenir le soutien des alliés à "
     "l’Ukraine et d’augmenter les dépenses de défense européennes.",
     "person:001,002,004"),
    ("garanties-securite-ukraine-pays-engages", "Garanties de sécurité : les alliés de Kiev détaillent leurs engagements",
     "Réunis à Paris, les pays de la coalition des volontaires ont précisé les garanties de sécurité qu’ils offriraient à "
     "l’Ukraine après un cessez-le-feu. Emmanuel Macron a évoqué le déploiement de troupes européennes loin de la ligne "
     "de front. Volodymyr Zelensky a salué une étape concrète, tandis que Moscou a rejeté toute présence militaire "
     "occidentale.",
     "story:001"),
    ("emmanuel-macron-coalition-volontaires", "Emmanuel Macron réunit la coalition des volontaires à l’Élysée",
     "Emmanuel Macron a reçu à l’Élysée une trentaine de délégations pour préparer l’après-guerre en Ukraine. Le "
     "président français souhaite que les Européens soient prêts à garantir un futur accord de paix.",
     "person:001"),
    ("stoltenberg-kiev-visite-avions", "Jens Stoltenberg à Kiev, Zelensky réclame des avions de combat",
     "En visite à Kiev, le secrétaire général de l’OTAN, Jens Stoltenberg, a réaffirmé que l’avenir de l’Ukraine était "
     "dans l’Alliance. Volodymyr Zelensky lui a demandé de convaincre les alliés de livrer davantage d’avions, "
     "d’artillerie et de blindés avant la réunion du groupe de contact à Ramstein.",
     "story:002"),
    ("lloyd-austin-groupe-contact-ramstein", "À Ramstein, Lloyd Austin mobilise le groupe de contact pour l’Ukraine",
     "Le secrétaire américain à la Défense, Lloyd Austin, a réuni sur la base aérienne de Ramstein les ministres d’une "
     "cinquantaine de pays. Le groupe de contact sur la défense de l’Ukraine a examiné de nouvelles livraisons de "
     "munitions et de systèmes de défense aérienne.",
     "story:002"),
    ("istanbul-echange-prisonniers-russie-ukraine", "À Istanbul, Russes et Ukrainiens s’accordent sur un échange de prisonniers",
     "Le deuxième cycle de négociations directes entre la Russie et l’Ukraine s’est achevé à Istanbul sur un accord "
     "d’échange de prisonniers et de rapatriement des dépouilles de soldats. Rustem Umerov, qui conduisait la "
     "délégation ukrainienne, a reconnu que les positions restaient éloignées sur les conditions d’un cessez-le-feu.",
     "story:003"),
    ("dmitri-peskov-kremlin-negociations", "Dmitri Peskov : le Kremlin attend une date pour de nouveaux pourparlers",
     "Le porte-parole du Kremlin, Dmitri Peskov, a assuré que Moscou restait ouvert à un nouveau cycle de discussions "
     "avec Kiev, sans en préciser la date. Il a minimisé la portée des menaces de sanctions formulées à Washington.",
     "person:001,002,003"),
    ("rustem-umerov-conseil-securite", "Rustem Umerov nommé à la tête du Conseil de sécurité ukrainien",
     "Ancien ministre de la Défense, Rustem Umerov devient secrétaire du Conseil national de sécurité et de défense. "
     "Il gardera la main sur les négociations avec la Russie et sur les contrats d’armement avec les partenaires.",
     "person:003"),
    ("trump-zelensky-defense-aerienne-patriot", "Défense aérienne : Zelensky obtient de Trump la promesse de nouveaux Patriot",
     "Au téléphone, Donald Trump et Volodymyr Zelensky ont évoqué le renforcement de la défense aérienne ukrainienne "
     "face aux frappes russes. Kiev réclame de nouveaux systèmes Patriot et espère une production conjointe de drones "
     "avec les États-Unis.",
     "story:004"),
    ("donald-trump-sanctions-secondaires-russie", "Donald Trump menace la Russie de sanctions secondaires",
     "Donald Trump a donné cinquante jours à Moscou pour conclure un accord de paix, faute de quoi les acheteurs de "
     "pétrole russe seraient frappés de sanctions secondaires. Le Kremlin a dit prendre note de ces déclarations.",
     "person:003,004"),
]

# Same topic as the samples (the war in Ukraine), but no story and no rare name in common.
TOPIC_ONLY = [
    ("kharkiv-frappe-drones-centrale", "Kharkiv : une frappe de drones endommage une centrale électrique",
     "Une attaque de drones a touché dans la nuit une centrale thermique près de Kharkiv, privant plusieurs quartiers "
     "d’électricité. Les secours ont maîtrisé l’incendie au petit matin. La région subit des frappes quasi quotidiennes "
     "depuis le début de l’invasion russe."),
    ("odessa-port-cereales-exportations", "Odessa : les exportations de céréales reprennent malgré les bombardements",
     "Les terminaux du port d’Odessa ont chargé cette semaine plusieurs vraquiers de blé et de maïs. Les autorités "
     "portuaires font état de dégâts limités après les frappes du week-end sur les entrepôts."),
]

CITIES = ["Rennes", "Nantes", "Lille", "Dijon", "Grenoble", "Limoges", "Poitiers", "Reims", "Brest", "Pau", "Nancy",
          "Metz", "Angers", "Tours", "Caen", "Rouen", "Amiens", "Orléans", "Besançon", "Perpignan", "Nîmes", "Annecy"]
FIRST = ["Claire", "Julien", "Sophie", "Karim", "Élodie", "Thomas", "Nadia", "Pierre", "Inès", "Hugo", "Léa", "Malik",
         "Camille", "Antoine", "Yasmine", "Paul", "Manon", "Bruno", "Chloé", "Victor"]
LAST = ["Moreau", "Lefebvre", "Garnier", "Chevalier", "Roux", "Fontaine", "Brunet", "Mercier", "Blanchard", "Guérin",
        "Perrin", "Lambert", "Renaud", "Colin", "Vidal", "Marchand", "Barbier", "Caron", "Rolland", "Aubert"]
TEMPLATES = [
    ("{city} : le conseil municipal vote un nouveau plan de circulation",
     "Le conseil municipal de {city} a adopté lundi un plan de circulation qui réduit la place de la voiture en centre-ville. "
     "Le maire, {person}, promet {n} kilomètres de pistes cyclables d’ici deux ans. L’opposition réclame une concertation "
     "avec les commerçants, inquiets pour leur chiffre d’affaires."),
    ("Football : {city} s’impose {n} à 1 et remonte au classement",
     "Porté par un doublé de {person}, le club de {city} a battu son adversaire samedi soir devant son public. "
     "L’entraîneur a salué la réaction de ses joueurs après deux défaites consécutives. Le prochain match se jouera à l’extérieur."),
    ("Festival de {city} : {n}000 spectateurs attendus cet été",
     "La programmation du festival de {city} a été dévoilée mardi. La directrice, {person}, mise sur la chanson française "
     "et sur une scène consacrée aux jeunes talents de la région. Les billets seront mis en vente le mois prochain."),
    ("{city} : une entreprise de la région annonce {n}0 embauches",
     "Un fabricant de pièces pour l’aéronautique installé près de {city} va recruter dans les prochains mois. Son dirigeant, "
     "{person}, explique ce développement par de nouvelles commandes et par l’ouverture d’un second atelier."),
    ("Orages : {city} placée en vigilance orange",
     "Météo-France a placé le secteur de {city} en vigilance orange aux orages pour la soirée. Des rafales et de fortes "
     "pluies sont attendues. Le préfet recommande d’éviter les déplacements et de ne pas s’abriter sous les arbres."),
    ("{city} : la nouvelle médiathèque ouvre ses portes",
     "Après {n} ans de travaux, la médiathèque de {city} accueille ses premiers lecteurs. L’adjointe à la culture, "
     "{person}, souligne un espace consacré aux jeux vidéo et des horaires élargis le dimanche."),
    ("Santé : l’hôpital de {city} ouvre un service d’urgences pédiatriques",
     "Le centre hospitalier de {city} a inauguré un service d’urgences réservé aux enfants. Le chef de service, {person}, "
     "espère réduire l’attente aux heures de pointe grâce à {n} médecins supplémentaires."),
    ("{city} : un collège sera reconstruit d’ici {n} ans",
     "Le département a voté la reconstruction d’un collège vétuste de {city}. Le chantier, présenté par {person}, prévoit "
     "des bâtiments mieux isolés et une cantine plus grande pour les élèves."),
]


def related_entries() -> list[dict]:
    return [{"url": f"{SITE}/{slug}/", "title": title, "content": text, "shares": shares}
            for slug, title, text, shares in RELATED]


def topic_only_entries() -> list[dict]:
    return [{"url": f"{SITE}/{slug}/", "title": title, "content": text} for slug, title, text in TOPIC_ONLY]


def filler_entries(count: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    entries = []
    for index in range(count):
        title, text = TEMPLATES[index % len(TEMPLATES)]
        values = {"city": rng.choice(CITIES), "person": f"{rng.choice(FIRST)} {rng.choice(LAST)}", "n": rng.randint(2, 9)}
        entries.append({"url": f"{SITE}/actu-{index:05d}/", "title": title.format(**values), "content": text.format(**values)})
    return entries


def build_archive(size: int = 200) -> list[dict]:
    """`size` entries: the related and topic-only ones first, then generated unrelated articles."""
    entries = related_entries() + topic_only_entries()
    return entries + filler_entries(max(0, size - len(entries)))


def write_archive(path: Path, size: int = 200) -> Path:
    path.write_text(json.dumps(build_archive(size), ensure_ascii=False), encoding="utf-8")
    return path
