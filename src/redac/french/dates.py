"""Dates without digits: bare months (« en mai »), seasons (« ce printemps ») and relative dates
(« hier », « mardi dernier », « la semaine prochaine »).

A model that turns « En mai » into « En septembre » or « hier » into « avant-hier » changes a fact as
surely as one that changes a digit. Bare months share the day-and-month dates' value keys ("--05"), so
« en mai » is supported by « le 5 mai »; seasons and relative dates are keyed by their own wording
("saison:printemps", "relatif:semaine-1"), checked against the source's words: a relative date only means
something against the day the source was written, so the article must say what the source says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from redac.french.text import fold

MONTH_NAMES = ("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre")
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
BARE_MONTH_RE = re.compile(
    r"(?i)(?:(?<=mi-)|(?<![\w’'-]))(janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre"
    r"|décembre|decembre)(?![\w’'-])"
)
# « été » is also the participle of « être »: a season only after a determiner or a preposition.
SEASON_RE = re.compile(
    r"(?i)(?<![\w-])(?:(?:(?:l|d)['’])(?P<elided>été|automne|hiver)"
    r"|(?P<det>cet|ce|en|au|du|le|cette|d['’]un)[ \u00a0]+(?P<season>printemps|été|automne|hiver)|de[ \u00a0]+(?P<spring>printemps))(?![\w-])"
)
# « la fermeture hivernale », « les mois estivaux »: an adjective of a season dates as its noun does.
SEASON_ADJECTIVES = {"hivern": "hiver", "estiv": "été", "printani": "printemps", "automn": "automne"}
SEASON_ADJECTIVE_RE = re.compile(r"(?i)(?<![\w-])(hivern|estiv|printani|automn)(?:al|ale|ales|aux|er|ère|ers|ères)(?![\w-])")
NEAR = {"dernier": "-1", "derniere": "-1", "passe": "-1", "passee": "-1", "precedent": "-1", "precedente": "-1",
        "prochain": "+1", "prochaine": "+1", "suivant": "+1", "suivante": "+1"}
# Reported speech shifts a speaker's day to the story's (« La réunion aura lieu demain » → « le lendemain »), as
# « prochain » becomes « suivant » (NEAR): one value for both.
REPORTED = {"lendemain": "demain", "veille": "hier", "surlendemain": "apres-demain", "avant-veille": "avant-hier"}
# Relative to a day or year the text itself names (« dimanche soir … le lendemain » is Monday, « en 2023 … l'année
# précédente » 2022), not to the day of writing: shifts in days, or in years.
ANCHORED_DAYS = {"relatif:demain": 1, "relatif:hier": -1, "relatif:apres-demain": 2, "relatif:avant-hier": -2}
ANCHORED_WORDS = ("lendemain", "veille", "surlendemain")
ANCHORED_YEARS = {"precedent": -1, "precedente": -1, "suivant": 1, "suivante": 1}
YEAR_RE = re.compile(r"(?:19|20)\d\d")
UNITS = {"semaine": "semaine", "mois": "mois", "an": "an", "annee": "an", "week-end": "week-end", "trimestre": "trimestre"}
RELATIVE_RE = re.compile(
    r"""(?ix)(?<![\w-])(?:
      (?P<this>ce\ mois-ci|cette\ semaine|cette\ année|cette\ annee)
     |(?P<word>avant-hier|après-demain|apres-demain|hier|demain|aujourd['’]hui|la\ veille|le\ lendemain|le\ surlendemain|l['’]avant-veille
       |ce\ matin|ce\ soir|cette\ nuit)
     |(?P<weekday>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)[ \u00a0]+(?P<wnear>dernier|prochain|passé|précédent|suivant)
     |(?:l['’]|la\ |le\ |les\ |cette\ |ce\ |cet\ )(?P<unit>semaine|mois|an|année|annee|week-end|trimestre)
      (?:[ \u00a0]+(?P<near>dernier|dernière|derniere|prochain|prochaine|passé|passée|précédent|précédente|suivant|suivante))?
    )(?![\w-])""",
)

RUN_RE = re.compile(r"\w+")
# The words each pattern's match holds as a whole run of word characters, compared as the patterns compare them
MONTH_WORD_RE = re.compile(r"(?i)janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre")
SEASON_WORD_RE = re.compile(r"(?i)printemps|été|automne|hiver")

# Pieces every month, season and relative date holds (lowercased): a cheap gate before the patterns.
DATE_KEYS = (
    "janv", "févr", "fevr", "mars", "avr", "mai", "juin", "juil", "août", "aout", "sept", "oct", "nov", "déc", "dec",
    "printemps", "été", "automne", "hiver", "hier", "demain", "aujourd", "veille", "lendemain", "matin", "soir", "nuit",
    "semaine", "mois", "l'an", "l’an", "cet an", "année", "annee", "week-end", "trimestre", "lundi", "mardi", "mercredi",
    "jeudi", "vendredi", "samedi", "dimanche", "hivern", "estiv", "printani", "automn",
)


@dataclass(frozen=True, slots=True)
class WordDate:
    text: str
    value: str
    start: int
    end: int


def word_dates(text: str) -> list[WordDate]:
    """Bare months, seasons and relative dates of `text`, in order."""
    lowered = text.lower()
    if not any(key in lowered for key in DATE_KEYS):
        return []  # no month, season or relative word: most sentences, and three patterns not run
    months, seasons = _words_for(RUN_RE.findall(text))
    found = [WordDate(m.group(1), f"--{MONTH_NAMES.index(fold(m.group(1))) + 1:02d}", m.start(1), m.end(1))
             for m in (BARE_MONTH_RE.finditer(text) if months else ())]
    for match in SEASON_RE.finditer(text) if seasons else ():
        season = match.group("elided") or match.group("season") or match.group("spring")
        found.append(WordDate(match.group(0), f"saison:{fold(season)}", match.start(), match.end()))
    for match in SEASON_ADJECTIVE_RE.finditer(text) if any(stem in lowered for stem in SEASON_ADJECTIVES) else ():
        found.append(WordDate(match.group(0), f"saison:{fold(SEASON_ADJECTIVES[match.group(1).lower()])}", match.start(), match.end()))
    for match in RELATIVE_RE.finditer(text):
        value = _relative_value(match)
        if value:
            found.append(WordDate(match.group(0), f"relatif:{value}", match.start(), match.end()))
    return sorted(found, key=lambda date: date.start)


def _words_for(runs: list[str]) -> tuple[bool, bool]:
    """Whether the runs of word characters of a text hold a word that BARE_MONTH_RE, SEASON_RE need. Each pattern's
    match holds one of its words as a whole run (no word character before or after it): a text with none is not
    scanned, as each scan tries its alternatives at every position."""
    months = seasons = False
    for run in runs:
        month, season = _run_words(run)
        months, seasons = months or month, seasons or season
    return months, seasons


@lru_cache(maxsize=65536)
def _run_words(run: str) -> tuple[bool, bool]:
    return MONTH_WORD_RE.fullmatch(run) is not None, SEASON_WORD_RE.fullmatch(run) is not None


def _relative_value(match: re.Match[str]) -> str | None:
    if match.group("word"):
        word = fold(match.group("word")).replace("la ", "").replace("le ", "").replace("ce ", "").replace("cette ", "").replace("l'", "")
        return REPORTED.get(word, word)
    if match.group("weekday"):
        return f"jour{NEAR[fold(match.group('wnear'))]}"
    if match.group("this"):
        return f"{UNITS[fold(match.group('this')).split()[1].replace('mois-ci', 'mois')]}0"
    unit = UNITS[fold(match.group("unit"))]
    near = match.group("near")
    if near:
        return f"{unit}{NEAR[fold(near)]}"
    return None  # « le mois » alone dates nothing


def anchored_value(text: str, value: str, anchors: list[tuple[int, str]], start: int) -> str | None:
    """The weekday or year a relative date of `text` names against the nearest day or year written before it
    (`anchors`: (start, weekday or year)): « dimanche soir … le lendemain » -> "lundi", « en 2023, deux fois plus
    que l'année précédente » -> "2023" - 1. None when it is relative to the day of writing or has no anchor."""
    folded = fold(text)
    before = [anchor for at, anchor in anchors if at < start]
    if value in ANCHORED_DAYS and any(word in folded for word in ANCHORED_WORDS):
        days = [anchor for anchor in before if anchor in WEEKDAYS]
        return WEEKDAYS[(WEEKDAYS.index(days[-1]) + ANCHORED_DAYS[value]) % 7] if days else None
    shift = ANCHORED_YEARS.get(folded.rsplit(" ", 1)[-1]) if value in ("relatif:an-1", "relatif:an+1") else None
    years = [anchor for anchor in before if YEAR_RE.fullmatch(anchor)]
    return str(int(years[-1]) + shift) if shift and years else None
