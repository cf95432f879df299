"""Meta description and slug.

The description is the lead, in the source's words, fitted to the limits' length
(`description_min_chars` to `description_max_chars`): whole sentences when they fit, else cut at a
clause boundary (then a word boundary) with an ellipsis, never inside a quotation nor inside a fact
(« le 14… » would state a number the source only gives as a date, and the fact check rightly flags
it), nor after a function word; never a sentence of a quotation that runs over several sentences
(without its guillemets it would read as redac's own words). When no lead sentence holds the
keyphrase, it is put in front ("Pourparlers de paix : …"), the one addition a description may make,
and only when the sentences it draws on (the one it is cut in included) name the keyphrase's names. The slug is the title, ASCII, without French
function words and elisions, at most `slug_max_chars` long, cut between words.
"""

from __future__ import annotations

import re
from dataclasses import replace

from redac.analysis.keyphrase import KeyphraseMatcher
from redac.french.case import capitalize_first, lowercase_first
from redac.french.facts import extract_facts
from redac.french.text import fold
from redac.french.tokens import strip_elision, tokens
from redac.french.typography import inside_quotations, quotes_closed, typeset
from redac.french.wordlists import function_words
from redac.limits import DEFAULT_LIMITS, Limits

CLAUSE_END_RE = re.compile(r"[,;:]\s|\s[–—]\s")
TYPESET_TRIES = 3  # refits for the characters typography adds


def meta_description(sentences: list[str], keyphrase: str, limits: Limits = DEFAULT_LIMITS) -> str:
    """The best description from the lead's sentences (see the module docstring), at most `description_max_chars`
    once typeset (French typography adds its narrow spaces before « : », « ? » and inside guillemets)."""
    description, room = _description(sentences, keyphrase, limits), limits.description_max_chars
    for _ in range(TYPESET_TRIES):
        overflow = len(typeset(description)) - limits.description_max_chars
        if overflow <= 0:
            break
        room -= overflow
        description = _description(sentences, keyphrase, replace(limits, description_max_chars=room))
    return description


def _description(sentences: list[str], keyphrase: str, limits: Limits) -> str:
    matcher = KeyphraseMatcher(keyphrase)
    sentences = [_ended(sentence) for sentence in sentences]
    quoted = inside_quotations(sentences)  # a quotation's sentence without its guillemets reads as redac's words
    spans = [(i, j) for i in range(min(3, len(sentences))) for j in range(i + 1, min(i + 4, len(sentences) + 1))
             if not any(quoted[i:j])]
    candidates = [fit_description(" ".join(sentences[i:j]), limits) for i, j in spans]
    candidates = [text for text in candidates if text]
    if not candidates:  # a short lead between quotations: its narrated sentences, in order, the quotations left out
        sentences = [sentence for sentence, inside in zip(sentences, quoted, strict=True) if not inside]
        candidates = _narrated(sentences, limits)
    holding = [text for text in candidates if matcher and matcher.found_in(tokens(text))]
    if holding:
        return _best(holding, limits)
    if candidates and keyphrase:
        label = f"{capitalize_first(keyphrase)} : "
        prefixed = fit_description(f"{label}{lowercase_first(' '.join(sentences[:3]))}", limits)
        if prefixed and _names_in(keyphrase, _drawn_from(sentences[:3], prefixed[len(label):])):
            return prefixed
    return _best(candidates, limits) if candidates else ""


def _narrated(sentences: list[str], limits: Limits) -> list[str]:
    """The descriptions the narrated sentences give from the first, as many as fit; when even all of them are short
    of `description_min_chars`, all of them (a short description, which the meta check reports, rather than none)."""
    joined = [" ".join(" ".join(sentences[:count]).split()) for count in range(1, len(sentences) + 1)]
    fitted = [fit for text in joined if (fit := fit_description(text, limits))]
    return fitted or [text for text in joined[-1:] if len(text) <= limits.description_max_chars]


def _ended(sentence: str) -> str:
    """A sentence with its full stop: a heading-like line (« « … rien pour l’hôpital » ») joined to the
    next sentence without one would read, and be fact-checked, as one sentence with the next."""
    text = sentence.rstrip()
    bare = text.rstrip("»”\"   ")
    return text if not text or bare.endswith((".", "!", "?", "…", ":")) else text + "."  # « Juventus Turin : » leads on


def _drawn_from(sentences: list[str], kept: str) -> str:
    """The sentences a cut description draws on, the one it is cut in whole: a name that sentence states
    after the cut is still the sentence's (« … un dernier hommage, jeudi, lors des obsèques de Michel
    Blanc »), a name only the next sentences state is not."""
    drawn, length = [], len(kept.rstrip("…").rstrip())
    for sentence in sentences:
        drawn.append(sentence)
        length -= len(sentence) + 1
        if length <= 0:
            break
    return " ".join(drawn)


def _names_in(keyphrase: str, text: str) -> bool:
    """Whether the names of the keyphrase are in the text it would prefix: a name put in front of
    sentences that do not state it would tie it to what they say (the fact check flags that)."""
    folded = fold(text)
    return all(fold(word) in folded for word in tokens(keyphrase) if word[:1].isupper())


def _best(candidates: list[str], limits: Limits) -> str:
    """Whole sentences in range first, then the fullest cut text."""
    shortest, longest = limits.description_min_chars, limits.description_max_chars
    return max(candidates, key=lambda text: (shortest <= len(text) <= longest and not text.endswith("…"), len(text)))


def fit_description(text: str, limits: Limits = DEFAULT_LIMITS) -> str:
    """`text` itself when its length is within the limits; cut with an ellipsis when longer; '' when too short."""
    shortest, longest = limits.description_min_chars, limits.description_max_chars
    text = " ".join(text.split())
    if len(text) < shortest:
        return ""
    if len(text) <= longest:
        return text
    limit = longest - 1  # room for "…"
    cuts = [m.start() for m in CLAUSE_END_RE.finditer(text) if shortest - 1 <= m.start() <= limit]
    cuts = cuts or [m.start() for m in re.finditer(r"\s", text) if shortest - 1 <= m.start() <= limit]
    cuts = _outside_facts(text, cuts)
    for cut in sorted(cuts, reverse=True):
        piece = text[:cut].rstrip(" ,;:–—")
        if quotes_closed(piece) and len(piece) + 1 >= shortest:
            return piece + "…"
    return ""


def _outside_facts(text: str, cuts: list[int]) -> list[int]:
    """The cuts that split no fact (a date, a number with the noun it counts, a name) and do not leave
    the description on a function word (« survenu le… »)."""
    inside = [(fact.start, fact.end) for fact in extract_facts(text)]
    return [cut for cut in cuts
            if not any(start < cut < end for start, end in inside)
            and (words := tokens(text[:cut])) and fold(words[-1]) not in function_words()]


def make_slug(title: str, keyphrase: str = "", limits: Limits = DEFAULT_LIMITS) -> str:
    """'Pourparlers de paix : le Kremlin d’accord' -> 'pourparlers-paix-kremlin-accord'."""
    title_words = _slug_words(title)
    words = [word for word in _slug_words(keyphrase) if word not in title_words] + title_words
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > limits.slug_max_chars:
            break
        slug = candidate
    return slug


def _slug_words(text: str) -> list[str]:
    words = []
    for token in tokens(text):
        folded = fold(strip_elision(token))
        parts = [part for part in re.split(r"[^a-z0-9]+", folded) if part and part not in function_words()]
        ascii_word = "-".join(parts)  # « dix-sept » is two stop words, « Saint-Gilles » one slug word
        if ascii_word and folded not in function_words() and ascii_word not in words:
            words.append(ascii_word)
    return words
