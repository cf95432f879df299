"""The noise rules' detectors: line shapes a pattern of the table cannot express (a breadcrumb trail, all-caps
advertising, a file name, a headline glued to its time, a gallery's caption, symbols only). The table names
them (`detector = "breadcrumb"`); rules.py applies them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from redac.french.text import fold

if TYPE_CHECKING:
    from redac.cleaning.rules import Line

ALNUM_RE = re.compile(r"[^\W_]")
UPPER_RE = re.compile(r"[A-ZÀ-ÖØ-ÞŒ]")
LOWER_RE = re.compile(r"[a-zß-öø-ÿœ]")
READER_WORDS = frozenset("vous votre vos ton ta tes toi you your".split())
BREADCRUMB_SPLIT_RE = re.compile(r"\s*(?:>|›|»|\||→|::)\s*|\s+/\s+")
BREADCRUMB_SEPARATORS = (">", "›", "»", "|", "→", "::", "/")  # a line with none of them is one segment
BREADCRUMB_ROOTS = frozenset({"accueil", "home", "a la une", "la une", "une", "actualites", "actualite", "actu", "news", "info", "infos"})
BREADCRUMB_ROOT_PREFIXES = tuple(BREADCRUMB_ROOTS)
HOME_WORDS = frozenset({"accueil", "home"})  # « Accueil du site », « Home page »: the home page, however qualified
MAX_TRAIL_WORDS = 20  # a trail of short segments; a longer one closes on the page's title


def is_shouting(line: Line) -> bool:
    """All-caps copy that addresses the reader ("NE LAISSEZ PAS ... VOTRE ADN"): advertising, not news."""
    if line.n_words < 3 or not ("!" in line.text or not READER_WORDS.isdisjoint(line.plain.split())):
        return False
    upper, lower = len(UPPER_RE.findall(line.text)), len(LOWER_RE.findall(line.text))
    return upper + lower >= 12 and upper >= 3 * lower


def is_breadcrumb(line: Line) -> bool:
    """"Accueil > Monde > Europe": short segments joined by path separators; from the home page, the trail
    may close on the page's own title, however long."""
    end = line.text.rstrip()
    if (end.endswith((".", "!", "?")) and not end.endswith(("...", "…"))) or not any(sep in line.text for sep in BREADCRUMB_SEPARATORS):
        return False
    if line.n_words > MAX_TRAIL_WORDS and not line.core.startswith(BREADCRUMB_ROOT_PREFIXES):
        return False  # a long line is a trail only from the home page down to the page's title
    segments = BREADCRUMB_SPLIT_RE.split(line.text.strip())
    if len(segments) >= 3 and _is_root(segments[0]) and all(seg and len(seg.split()) <= 5 for seg in segments[:-1]):
        return True  # from the home page down to the page itself, whose title closes the trail
    if len(segments) >= 3 and any(fold(segment) in BREADCRUMB_ROOTS for segment in segments[1:-1]):
        return True  # « SenePlus | La Une | l'actualité … »: the site's bar, its home page named in the middle
    if len(segments) < 2 or ":" in line.text or any(not seg or len(seg.split()) > 5 for seg in segments):
        return False
    if fold(segments[0]) in BREADCRUMB_ROOTS:
        return True
    return len(segments) >= 3 and all(len(seg.split()) <= 3 and seg[0].isupper() for seg in segments)


def _is_root(segment: str) -> bool:
    """A trail's first segment names the home page: « Accueil », « À la une », or « Accueil du site »."""
    folded = fold(segment)
    return folded in BREADCRUMB_ROOTS or folded.split(" ", 1)[0] in HOME_WORDS


FILE_PARTS_RE = re.compile(r"[_/.-]")
DOMAIN_RE = re.compile(r"[\w-]+(?:\.[\w-]+)*\.(?!(?:jpe?g|png|gif|webp|svg|pdf|mp4|html?|php)$)[a-z]{2,4}")
FILE_MIN_CHARS = 8


CODE_TOKEN_RE = re.compile(
    r"\[/?[\w-]+\]"  # a shortcode left by a publishing tool: « [ad_1] »
    r"|(\w)\1{3,}"  # one letter typed over and over: « bbbb »
    r"|[A-ZÀ-ÖØ-Þ]{3,}[_-]\d+[A-Z]*"  # an image's code name: « WIMPHOTO-2 »
    r"|[a-zß-öø-ÿ]{2,}[A-ZÀ-ÖØ-Þ]{2,}[\w-]*"  # a word run into capitals: « bannerUPGP », an asset's name
)


def is_file_residue(line: Line) -> bool:
    """One token of at least three parts joined by « _ / . - »: a file name or path (« img_2041_v2.jpg »,
    « /2023/04/crue-garonne ») or a lower-case URL slug (« alerte-meteo-orages »); or a token no writer
    types (CODE_TOKEN_RE: a shortcode, an asset's code name). A capitalised compound (« Saint-Jean-de-Luz »),
    a two-part word (« Covid-19 ») or a site's address (a credit) is none."""
    if CODE_TOKEN_RE.fullmatch(line.text.strip()):
        return True
    token = line.text.strip().strip("()[]<>\"'")
    if len(token) < FILE_MIN_CHARS or " " in token or len([p for p in FILE_PARTS_RE.split(token) if p]) < 3:
        return False
    if DOMAIN_RE.fullmatch(token.lower()):
        return False
    if _capitalised_slug(token):
        return True
    return "_" in token or "/" in token or any(c.isdigit() for c in token) or token.islower()


MIN_SLUG_PARTS = 5


def _capitalised_slug(token: str) -> bool:
    """« Tout-pour-etre-heureux-cyril-gelblat-film-critique »: a URL slug whose first letter was capitalised; a
    place's compound (« Saint-Jean-de-Luz ») capitalises its names and has fewer parts."""
    parts = token.split("-")
    return len(parts) >= MIN_SLUG_PARTS and all(parts) and all(part.islower() for part in parts[1:])


GLUED_TIME_WORDS = ("avant", "plus tot")  # in the line's core: « avant », « plus tôt »
GLUED_TIME_RE = re.compile(r"\S[^\n]{0,30}?[^\W\d]\d{1,2} ?(?:jours?|heures?|minutes?|mins?|h|semaines?|mois|ans?) (?:avant|plus tôt)(?=\S)")


def is_glued_time_headline(line: Line) -> bool:
    """A rubric, a relative time and a headline run together (« Pop-rock2 jours avantLe groupe… »): the
    listing's fields lost their separators."""
    return any(word in line.core for word in GLUED_TIME_WORDS) and GLUED_TIME_RE.match(line.text.strip()) is not None


GALLERY_INDEX_RE = re.compile(r"(\d{1,3}) ?/ ?(\d{1,3})\s+[A-ZÀ-ÖØ-Þ«\"“]")


def is_gallery_caption(line: Line) -> bool:
    """A caption opened by its place in a gallery, picture i of n (i <= n): « 3/12 Les sauveteurs… »; « 24/7 »
    is no picture's place."""
    found = GALLERY_INDEX_RE.match(line.text.strip()) if line.text.lstrip()[:1].isdigit() else None
    return found is not None and 0 < int(found[1]) <= int(found[2])


FIGURE_CELL_RE = re.compile(r"[-+−]?\d+(?:[.,]\d+)?%?|\d{1,2}(?:er|e|ᵉ)")
MIN_FIGURE_CELLS = 4
MIN_FIGURE_SHARE = 0.6
DIGITS_RE = re.compile(r"\d+")


def is_figures_row(line: Line) -> bool:
    """A row of a table or a calendar pasted as text (« 4ᵉ trim. 2017 100,0 100,0 100,0 », « 26 27 28 29 30 »): at
    least four cells that are figures, most of the line's tokens; a sentence quoting figures has words between them."""
    if len(DIGITS_RE.findall(line.text)) < MIN_FIGURE_CELLS:  # most lines: one regex scan, no tokens
        return False
    tokens = line.text.split()
    cells = sum(1 for token in tokens if FIGURE_CELL_RE.fullmatch(token.strip(",;")))
    return cells >= MIN_FIGURE_CELLS and cells >= MIN_FIGURE_SHARE * len(tokens)


AGENCIES = (r"reuters|afp|associated press|epa|maxppp|abaca|abacapress|sipa|getty images?|belga|anadolu|xinhua|dpa|ansa|icon sport"
            r"|panoramic|hans lucas|leemage|bestimage")
CREDIT_TAIL_RE = re.compile(
    rf"(?:\| ?|\()(?:{AGENCIES})(?: ?/ ?[\w .'-]{{2,40}})?\)?$"  # « … | REUTERS/NAME », « … (MAXPPP) »
    r"|\((?:photos?|image) (?:by|de|par|:) [\w .'-]{2,40}\)?$"  # « … (Photo by NAME) »
    r"|[a-z)](?:icon sport|maxppp|abacapress)$"  # « (Rouen)Icon Sport »: the credit glued to the caption
)
CREDIT_TAIL_CHARS = 60  # a credit closes the caption: only its end is read


def is_credit_tail(line: Line) -> bool:
    """A photo caption that ends in its credit. Only the line's end is searched, and only when it holds a bracket or a
    bar or ends on a credit's name: most lines end otherwise and cost one look."""
    tail = line.core[-CREDIT_TAIL_CHARS:]
    if "(" not in tail and "|" not in tail and not tail.endswith(("sport", "maxppp", "abacapress")):
        return False
    return CREDIT_TAIL_RE.search(tail) is not None


def is_symbols_only(line: Line) -> bool:
    return ALNUM_RE.search(line.text) is None


GLUE_RE = re.compile(r"(?<=[a-zß-öø-ÿœ?!»)])(?=[A-ZÀ-ÖØ-ÞŒ][a-zß-öø-ÿœ])")  # a word run into the next label's capital
# Whether GLUE_RE finds a place, read from the capital: the regex engine skips to the line's capitals (few), where
# GLUE_RE's lookbehind is tried at every character (three to four times the cost, on every short line).
GLUED_CAPITAL_RE = re.compile(r"[A-ZÀ-ÖØ-ÞŒ](?<=[a-zß-öø-ÿœ?!»)][A-ZÀ-ÖØ-ÞŒ])[a-zß-öø-ÿœ]")
MAX_GLUED_PIECES = 8
MAX_CRUMB_WORDS = 3


def is_glued_labels(line: Line) -> bool:
    """Labels that lost the markup between them: each piece is furniture a rule knows on its own (« Abonnement
    sans engagementContactez-nous »), or the pieces run from the home page down to the page, a breadcrumb
    glued into one word (« AccueilFestivalsEtre bénévole… »). A name with a capital inside (« McDonald »)
    splits into pieces no rule knows."""
    text = line.text.strip()
    if GLUED_CAPITAL_RE.search(text) is None:  # most lines: a space before every capital
        return False
    pieces = [piece.strip() for piece in GLUE_RE.split(text)]
    if not 2 <= len(pieces) <= MAX_GLUED_PIECES or not all(pieces):
        return False
    if len(pieces) >= 3 and _is_root(pieces[0]) and all(len(piece.split()) <= MAX_CRUMB_WORDS for piece in pieces[1:-1]):
        return True
    from redac.cleaning.rules import Line, load_rules  # the table loads its detectors: imported at first use

    table = load_rules()
    return all((rule := table.match(Line.of(piece))) is not None and rule.id != "nav.glued_labels" for piece in pieces)
