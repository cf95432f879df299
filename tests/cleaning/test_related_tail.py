"""A related-articles header inside the page, and the lines under it (cleaning/related_tail.py): other stories
go whole, the article's own paragraphs under an inline header stay. Every page here is written for the test."""

import redac
from redac.cleaning.related_tail import TAIL_RULE, foreign_tail
from redac.cleaning.rules import Line
from redac.models import CleanResult

TITLE = "Brest : la piscine de Recouvrance rouvre après dix-huit mois de travaux"
BODY = [
    "La piscine de Recouvrance a rouvert ses bassins samedi matin, après dix-huit mois de travaux de rénovation"
    " menés par la métropole pour un montant de 9,4 millions d'euros.",
    "Les nageurs brestois découvrent un bassin sportif de vingt-cinq mètres entièrement carrelé, une pataugeoire"
    " chauffée et des vestiaires accessibles aux personnes en fauteuil.",
    "La métropole promet des horaires élargis le dimanche matin et une ouverture jusqu'à 21 heures le mercredi"
    " pour les clubs de natation de la rive droite.",
]
HEADER = "À lire aussi"
OTHER_STORIES = [  # each story's photo caption, headline and teaser, its age below
    "Un sonneur de biniou défile dans les rues de Quimper, l'été dernier.",
    "Photos. Quimper : le festival de Cornouaille dévoile sa programmation estivale",
    "Les organisateurs annoncent quarante concerts gratuits sur les places du centre historique, du 21 au 27 juillet,"
    " avec une scène consacrée aux jeunes chanteurs bretonnants.",
    "il y a 3 jours",
    "Le chalutier « Ar Bleizh » en cale sèche du port de pêche, lundi.",
    "Lorient : un chalutier immobilisé au port après une avarie moteur",
    "L'équipage de six marins a été ramené à quai par un remorqueur de la station de sauvetage, dimanche soir.",
    "il y a 2 semaines",
]
TEASERS = [OTHER_STORIES[2], OTHER_STORIES[6]]


def _clean(lines: list[str]) -> CleanResult:
    return redac.clean("\n".join(lines) + "\n")


def _kept(result: CleanResult) -> list[str]:
    return [block.text for block in result.document.blocks]


def test_other_stories_under_a_header_go_whole_teasers_included() -> None:
    result = _clean([TITLE, *BODY, HEADER, *OTHER_STORIES])
    assert result.document.title == TITLE
    assert _kept(result) == BODY
    rules = {r.text: r.rule for r in result.removed}
    assert all(rules[line] == TAIL_RULE for line in TEASERS)  # whole sentences, yet gone


def test_the_article_going_on_under_an_inline_header_stays() -> None:
    going_on = [
        "Sur le même sujet",
        "Quimper : le festival de Cornouaille dévoile sa programmation estivale",
        "La piscine de Recouvrance accueillera dès la rentrée les scolaires de la rive droite, deux matinées"
        " par semaine, comme avant les travaux.",
        "Les tarifs de la piscine restent inchangés jusqu'en décembre, a précisé la métropole.",
    ]
    result = _clean([TITLE, *BODY, *going_on])
    assert _kept(result) == [*BODY, *going_on[2:]]
    assert not any(r.rule == TAIL_RULE for r in result.removed)


def test_a_single_line_under_the_header_is_left_to_the_list_rule() -> None:
    result = _clean([TITLE, *BODY, HEADER, OTHER_STORIES[5]])
    assert _kept(result) == BODY
    assert not any(r.rule == TAIL_RULE for r in result.removed)


def _core(text: str) -> str:
    return Line.of(text).core


def test_foreign_tail_needs_a_headline_and_no_shared_story_words() -> None:
    above = [_core(line) for line in (TITLE, *BODY)]
    tail = [(line, _core(line)) for line in OTHER_STORIES if not line.startswith("il y a")]
    assert foreign_tail(above, tail)
    assert not foreign_tail(above, [(line, _core(line)) for line in TEASERS])  # teasers alone, no headline among them: no sign of a list
    assert not foreign_tail(above, tail[:1])  # one line: too few to tell
    sharing = "Le chantier de la piscine de Recouvrance a coûté plus que prévu, selon la métropole."
    assert not foreign_tail(above, [*tail, (sharing, _core(sharing))])
    wordless = "Merci à tous."  # names no story word: says nothing of whose story it tells
    assert not foreign_tail(above, [*tail, (wordless, _core(wordless))])
