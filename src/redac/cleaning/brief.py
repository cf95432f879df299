"""The editor's brief: instructions pasted with the article ("Make this article seo compatible, be in
french, create at least 700 words", "Rédige en français, au moins 900 mots", "Customize this title in
frenchZelensky cherche...") are recognised, removed from the content and parsed into a `Brief`.

A line is an instruction only when *every* clause of it is a directive with a known intent, so an
article sentence that merely mentions French or words is never mistaken for one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from redac.french.text import fold
from redac.models import Brief

LANGUAGES = {
    "french": "fr", "francais": "fr", "english": "en", "anglais": "en", "spanish": "es", "espagnol": "es",
    "german": "de", "allemand": "de", "italian": "it", "italien": "it", "portuguese": "pt", "portugais": "pt",
    "dutch": "nl", "neerlandais": "nl", "arabic": "ar", "arabe": "ar",
}
LANG = "|".join(sorted(LANGUAGES, key=len, reverse=True))

DIRECTIVE_RE = re.compile(
    r"^(please |merci de |s'il (te|vous) plait,? |stp |svp )?("
    r"make|let|be|write|rewrite|create|generate|produce|add|use|include|give|turn|customi[sz]e|personali[sz]e|"
    r"optimi[sz]e|improve|translate|rephrase|paraphrase|keep|ensure|must|should|need|it (should|must|needs to)|"
    r"the (article|text|content|title) (should|must|needs to)|with|without|at least|minimum|min|no less|more than|"
    r"in|en|au moins|au minimum|pas moins|avec|sans|fais|faites|fait|rends|rendez|redige[sz]?|rediger|ecri[st]|"
    r"ecrire|ecrivez|reecri[st]|reecrire|reecrivez|reformule[rz]?|cree[rz]?|genere[rz]?|produi[st]|ajoute[rz]?|"
    r"mets|mettez|mettre|utilise[rz]?|inclu[st]|integre[rz]?|donne[rz]?|traduis|traduire|traduisez|optimise[rz]?|"
    r"ameliore[rz]?|personnalise[rz]?|adapte[rz]?|change[rz]?|modifie[rz]?|propose[rz]?|trouve[rz]?|"
    r"il (faut|doit)|(le|ce|l') ?(texte|titre|article) doit|sois|soyez|seo|\d[\d .,]*\+? ?(words|mots)"
    r")\b"
)
SEO_RE = re.compile(r"\bseo\b|\bsearch engines?\b|\breferencement\b|\bkeyphrase\b|\bmots?[- ]cles?\b")
SUBHEADINGS_RE = re.compile(
    r"\bsub ?-?head(ing|er)s?\b|\bsub ?-?titles?\b|\bsous[- ]titres?\b|\bintertitres?\b|\bheadings?\b|\bh2s?\b"
)
LANGUAGE_RE = re.compile(rf"\b({LANG})\b")
TITLE_RE = re.compile(r"(?<!sous-)(?<!sous )(?<!sub-)(?<!sub )(?<!sub)(?<!inter)\b(title|titre|headline)s?\b")
CUSTOM_TITLE_RE = re.compile(
    r"\b(customi[sz]e|personali[sz]e|personnalise[rz]?|rewrite|reecri[st]|reecrire|reformule[rz]?|rephrase|"
    r"change[rz]?|modifie[rz]?|adapte[rz]?|improve|ameliore[rz]?|optimi[sz]e|optimise[rz]?|translate|traduis|"
    r"create|cree[rz]?|write|ecri[st]|give|donne[rz]?|propose[rz]?|suggest|generate|genere[rz]?|trouve[rz]?|new|"
    r"nouveau)\b"
)
# « Écrire au webmaster », « écrire à la rédaction »: a contact link, writing TO someone, not an article.
WRITE_TO_RE = r"(?! (?:a|au|aux) (?:la |l'|le |les )?(?:redaction|webmaster|equipe|auteur|journaliste|service|contact|support|admin\w*)\b)"
REWRITE_RE = re.compile(
    r"\b(article|text|texte|content|contenu|post|blog|rewrite|paraphrase|rephrase|reecri[st]|reecrire|"
    rf"reformule[rz]?|redige[sz]?|(?:ecri[st]|ecrire|ecrivez)\b{WRITE_TO_RE}|translate|traduis|traduire)\b"
)
NUMBER = r"(\d{1,3}(?:[ .,]\d{3})+|\d+)"
MIN_WORDS_RES = (
    re.compile(rf"(?:at least|minimum(?: of)?|min\.?|au moins|au minimum|minimum de|pas moins de|no less than|"
               rf"not less than|more than|over|plus de|d'au moins) ?{NUMBER} ?\+? ?-?(?:words?|mots)\b"),
    re.compile(rf"{NUMBER} ?\+? ?-?(?:words?|mots)\b"),
)
CLAUSE_SPLIT_RE = re.compile(r"[;!\n]+|[,.](?!\d)| and | et | then | puis ")
MAX_CLAUSE_WORDS = 14
MAX_INSTRUCTION_WORDS = 60
MAX_PREFIX_CHARS = 200  # a title instruction glued to the title is never longer

# "Customize this title in french" at the start of a line, possibly glued to the title itself.
TITLE_VERB_START_RE = re.compile(rf"(please |merci de )?{CUSTOM_TITLE_RE.pattern}")
TITLE_INSTRUCTION_RE = re.compile(
    rf"^\s*(please |merci de )?({CUSTOM_TITLE_RE.pattern[3:-3]})( me| moi)?"
    r"( (this|the|a|an|ce|le|un|cet|mon|my|your|ton|votre|following|suivant))*"
    r"( (seo|catchy|accrocheur|better|meilleur|new|nouveau|short|court|attractive|attractif))*"
    r" (title|titre|headline)s?( (seo|accrocheur|catchy))?"
    rf"(,? ?(in|en|into) ({LANG}))?( (for|pour) (this|the|cet|l') ?(article|text|texte))?\s*[:.\-–—]?",
)


def instruction_intents(text: str) -> set[str] | None:
    """The intents of `text` if every clause of it is an editor's directive, else None."""
    folded = fold(text)
    # The first clause must open with a directive: a test of the line's first words that rejects most lines,
    # before its words are counted. `fold` leaves single spaces between words, none at the edges: a folded
    # line has one word more than spaces.
    if not DIRECTIVE_RE.match(folded.lstrip(" :-–—'\"")) or folded.count(" ") >= MAX_INSTRUCTION_WORDS:
        return None
    intents: set[str] = set()
    for clause in filter(None, (c.strip(" :-–—'\"") for c in _clauses(folded))):
        clause_intents = _clause_intents(clause)
        if not clause_intents:
            return None
        intents |= clause_intents
    return intents or None


def _clauses(text: str) -> Iterator[str]:
    """`CLAUSE_SPLIT_RE.split(text)`, one clause at a time: most lines that open with a directive's word are
    article sentences, refused at their first clause (the pattern has no group and matches no empty string)."""
    start = 0
    for separator in CLAUSE_SPLIT_RE.finditer(text):
        yield text[start:separator.start()]
        start = separator.end()
    yield text[start:]


def _clause_intents(clause: str) -> set[str]:
    if len(clause.split()) > MAX_CLAUSE_WORDS or not DIRECTIVE_RE.match(clause):
        return set()
    intents = set()
    if SEO_RE.search(clause):
        intents.add("seo")
    if SUBHEADINGS_RE.search(clause):
        intents.add("subheadings")
    if LANGUAGE_RE.search(clause):
        intents.add("language")
    if _min_words(clause):
        intents.add("min_words")
    if TITLE_RE.search(clause):
        intents.add("custom_title" if CUSTOM_TITLE_RE.search(clause) else "title")
    if not intents and REWRITE_RE.search(clause):
        intents.add("rewrite")
    return intents


def split_glued_instruction(line: str) -> tuple[str, str] | None:
    """("Customize this title in french", "Zelensky cherche...") from the glued line, or None."""
    match = None
    if TITLE_VERB_START_RE.match(fold(line[:40])):
        match = TITLE_INSTRUCTION_RE.match(_fold_same_length(line[:MAX_PREFIX_CHARS]))
    if match:
        rest = line[match.end():].strip(" :-–—\"'«»“”")
        if len(rest.split()) >= 2:
            return line[: match.end()].strip(" :-–—"), rest
    head, sep, rest = line.partition(":")
    if sep and len(rest.split()) >= 3 and instruction_intents(head):
        return head.strip(), rest.strip()
    return None


def parse_brief(instructions: list[str]) -> Brief:
    folded = [fold(text) for text in instructions]
    languages = [LANGUAGES[m.group(1)] for text in folded for m in LANGUAGE_RE.finditer(text)]
    numbers = [n for text in folded for clause in CLAUSE_SPLIT_RE.split(text) if (n := _min_words(clause))]
    return Brief(
        min_words=max(numbers) if numbers else None,
        language=languages[-1] if languages else None,
        subheadings=any(SUBHEADINGS_RE.search(text) for text in folded),
        seo=any(SEO_RE.search(text) for text in folded),
        custom_title=any(TITLE_RE.search(t) and CUSTOM_TITLE_RE.search(t) for t in folded),
        instructions=tuple(instructions),
    )


def _min_words(clause: str) -> int | None:
    for pattern in MIN_WORDS_RES:
        if match := pattern.search(clause):
            return int(re.sub(r"[ .,]", "", match.group(1)))
    return None


def _fold_same_length(text: str) -> str:
    """Lowercase without accents, one character for one, so match offsets map back onto `text`."""
    return "".join(unicodedata.normalize("NFKD", ch)[:1] for ch in text.lower().replace("’", "'"))
