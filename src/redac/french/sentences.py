"""French sentence splitting.

A boundary is terminal punctuation (. ! ? … or "..."), optionally followed by closing quotes or
brackets, then whitespace, then something that can open a sentence (capital, digit, opening quote,
dash). It is not a boundary after a title or abbreviation ("M.", "Mme.", "Dr.", "av.") or an initial
("J. Biden"). Decimals ("2,7", "3.5") and thousands ("30 000") never hold such a boundary.
"""

from __future__ import annotations

import re

from redac.french.text import fold, memoized_list

ABBREVIATIONS = frozenset(
    """m mm mme mmes mlle mlles dr drs pr me mgr st ste sr jr cf p pp vol chap art av apr bd fig env ex
    no tél tel min max coll éd ed dir trad réf ref hab approx lt col gén gen cdt cne sgt adj ms
    mr mrs messrs prof gouv vs""".split()
)

BOUNDARY_RE = re.compile(
    r"""(?:\.\.\.|[.!?…])+          # terminal punctuation
        (?:[\s\u00a0\u202f]*[»”"’)\]])*  # closing quotes / brackets, French spacing allowed
        (?=\s+[«“"'(\[\-–—A-ZÀ-ÖØ-Þ0-9])  # followed by space and a sentence opener
    """,
    re.VERBOSE,
)
LAST_TOKEN_RE = re.compile(r"(\S+?)\.$")
# « J. », « J.-P. », « U.S. »: one capital, or capitals each followed by its stop; « ZFE. » ends a sentence (an acronym
# takes no stop of its own)
INITIAL_RE = re.compile(r"^[A-ZÀ-Þ](?:\.[A-ZÀ-Þ])*(?:\.?-[A-ZÀ-Þ])?$")


def _is_abbreviation(text_before: str) -> bool:
    """True when the '.' ending `text_before` closes an abbreviation or initial, not a sentence."""
    match = LAST_TOKEN_RE.search(text_before)
    if not match:
        return False
    token = match.group(1).lstrip("«“\"'([")
    return token.lower() in ABBREVIATIONS or bool(INITIAL_RE.match(token))


@memoized_list(16384)
def split_sentences(text: str) -> list[str]:
    """Split one paragraph into sentences; fragments without a letter or digit join the previous one."""
    sentences: list[str] = []
    start = 0
    for match in BOUNDARY_RE.finditer(text):
        end = match.end()
        piece = text[start:end]
        if match.group(0) == "." and _is_abbreviation(piece):
            continue
        _append(sentences, piece)
        start = end
    _append(sentences, text[start:])
    return sentences


def _append(sentences: list[str], piece: str) -> None:
    piece = piece.strip()
    if not piece:
        return
    if sentences and not any(ch.isalnum() for ch in piece):
        sentences[-1] = f"{sentences[-1]} {piece}"
    else:
        sentences.append(piece)


ANAPHORA_RE = re.compile(
    r"^(?:Il|Elle|Ils|Elles|Ce|Cet|Cette|Ces|Celui|Celle|Ceux|Celles|Lui|Leur|Leurs|Son|Sa|Ses|Y|En|Cela|Ça|Là"
    r"|Chacun|Chacune|Certains|Certaines|Ceci|Tous|Toutes|L['’]une|L['’]autre|Les\s(?:uns|unes|autres))\b"  # « L’autre regroupe … »
)


def opens_with_anaphora(sentence: str) -> bool:
    """True when the sentence leans on the previous one ("Il a déclaré…", "Ce dernier…", "Elles ont…")."""
    return bool(ANAPHORA_RE.match(sentence.lstrip("«“\"—–- \u00a0\u202f")))


# Sentence openers that say little alone: the next word is part of the opener ("Le président").
OPENER_PREFIXES = frozenset("le la les l un une des du de d".split())


def sentence_opener(sentence_tokens: list[str]) -> str | None:
    """The word a sentence starts with, with its article (\"le président\"): what repeated beginnings compare."""
    if not sentence_tokens:
        return None
    first = fold(sentence_tokens[0])
    if first in OPENER_PREFIXES and len(sentence_tokens) > 1:
        return f"{first} {fold(sentence_tokens[1])}"
    return first


SENTENCE_ENDS = (".", "!", "?", "»", "”", '"', ")", "]")
ELLIPSES = ("…", "...")


def cut_short(text: str) -> bool:
    """Whether a text stops mid-sentence: the page's end cut it (« …que le soleil éme »), or a site shortened it
    (« … »). A list item, a quotation or a credit in brackets ends on its own mark."""
    end = text.rstrip()
    return bool(end) and (end.endswith(ELLIPSES) or not end.endswith(SENTENCE_ENDS))
