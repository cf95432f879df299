"""What opens a lead sentence before its subject, and may go in a short form (a title, a heading): a dateline in
title case (« Paris - »), a connector (« Par exemple, », « Résultat : ») and a detached description of the subject
without a determiner (« Recordman des titres avec 13 trophées, le Real Madrid a … »). Never the subject itself: « Free,
deuxième opérateur du pays, a confirmé … » and « Le jeune homme, né à Alger, a été blessé » open with their subject
and an incise, not with a connector."""

from __future__ import annotations

import re

from redac.french.headlines import has_finite_verb
from redac.french.lemmas import is_known_word
from redac.french.text import fold
from redac.french.tokens import tokens
from redac.french.transitions import transition_in
from redac.french.wordlists import function_words

# « Par exemple, », « Résultat, », « En outre, »: a connector ties a sentence to the one before it.
# « Onze disparues, trois mortes, c'est le bilan »: a count is no connector.
CONNECTOR_OPENING_RE = re.compile(r"^(?!(?:Un|Une|Deux|Trois|Quatre|Cinq|Six|Sept|Huit|Neuf|Dix|Onze|Douze|Treize|Quatorze|Quinze|Seize|"
                                  r"Vingt|Trente|Quarante|Cinquante|Soixante|Cent|Mille)\b)(?:[A-ZÀ-Þ][a-zà-ÿ]+(?:\s[a-zà-ÿ]+){0,2}),\s+(?=[a-zà-ÿ])")
# « Paris - Les quatre réacteurs … », « Lyon (AFP) – »: where a dispatch was written, in title case (capitals:
# french/headlines' DATELINE_RE).
PLACE_DATELINE_RE = re.compile(r"^[A-ZÀ-Þ][a-zà-ÿ]+(?:[\s\-][A-ZÀ-Þ][a-zà-ÿ]+){0,2}\s*(?:\([^()]{2,20}\))?\s[-–—]\s+(?=[A-ZÀ-Þ])")
# « Résultat : la circulation est … », « Bilan : trois blessés »: one or two words and a colon before a lowercase clause.
CONNECTOR_COLON_RE = re.compile(r"^[A-ZÀ-Þ][a-zà-ÿ]+(?:\s[a-zà-ÿ]+)?\s?:\s+(?=[a-zà-ÿ])")
# « …, Name a … »: after the comma, an incise and then the verb: the opening was the subject (« Free, deuxième
# opérateur du pays, a confirmé »).
INCISE_THEN_VERB_RE = re.compile(
    r"^(?P<incise>[^,;:«»“”\"()]{2,90}?),\s(?:ne\s|n['’])?(?:a|ont|est|sont|avait|avaient|était|étaient|aura|auraient|aurait|"
    r"sera|seront|se|s['’]|va|vont|vient|viennent|doit|doivent|peut|peuvent)\b"
)
# « Recordman des titres avec 13 trophées, le Real Madrid … », « Meilleur buteur de la saison, Karim Benzema … »:
# a detached description without a determiner, then the subject (a determiner or a name).
LEADING_DESCRIPTION_RE = re.compile(
    r"^(?P<description>[A-ZÀ-Þ][a-zà-ÿ\-]+(?:\s[^,;:«»“”\"()]{2,150}?)?),\s+(?=(?:(?:[Ll]e|[Ll]a|[Ll]es)\s|[Ll]['’]|[A-ZÀ-Þ][\w\-]+\s[A-ZÀ-Þ]))"
)
DESCRIPTION_MIN_REST_WORDS = 4


def without_opening(sentence: str) -> str:
    """The sentence from its subject on: without a title-case dateline, a connector or a detached description before
    the subject; unchanged when the opening is the subject followed by an incise."""
    text = CONNECTOR_COLON_RE.sub("", PLACE_DATELINE_RE.sub("", sentence))
    connector = CONNECTOR_OPENING_RE.match(text)
    if connector and not (_opens_on_subject(connector.group(0)) and INCISE_THEN_VERB_RE.match(text[connector.end():])):
        return text[connector.end():]
    return without_leading_description(text)


def _opens_on_subject(opening: str) -> bool:
    """« Le jeune homme, », « Free, »: a definite noun phrase or a name (no known word, no connector), which an
    incise and the verb may follow; not « Ce jour-là, » or « Pourtant, »."""
    words = tokens(opening)
    first = fold(words[0])
    if first in SUBJECT_DETERMINERS:
        return True
    return len(words) == 1 and not is_known_word(first) and not transition_in([first])


SUBJECT_DETERMINERS = frozenset("le la les l un une".split())


def without_leading_description(text: str) -> str:
    """« Recordman des titres avec 13 trophées, le Real Madrid a creusé l'écart » -> « le Real Madrid a creusé l'écart »:
    a description of the subject that opens the sentence, a common word first and no verb of its own, goes; what
    follows must be a clause."""
    match = LEADING_DESCRIPTION_RE.match(text)
    if not match:
        return text
    description, rest = match.group("description"), text[match.end():]
    words = tokens(description)
    common = [word for word in words[1:] if word[:1].islower() and fold(word) not in function_words()]
    if (len(words) < 2 or fold(words[0]) in function_words() or not (is_known_word(fold(words[0])) or common) or has_finite_verb(description)
            or len(tokens(rest)) < DESCRIPTION_MIN_REST_WORDS or not has_finite_verb(rest) or INCISE_THEN_VERB_RE.match(rest)):
        return text
    return rest
