"""Whether an article sentence names the speaker of a source quotation, by name or by the title the source gives.

« », affirme l'expert » → « Pour l'expert, le rendu … désigne l'atelier de Snyders »; « », a estimé le procureur » →
« Selon le procureur, le guide n'aurait jamais dû … »: the speaker has no name in the source, only a title, and a
sentence that gives the words to that title attributes them as much as one giving them to a name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from redac.french.roles import outside_quotes, speaker_offset
from redac.french.text import fold
from redac.french.tokens import tokens
from redac.french.wordlists import function_words

if TYPE_CHECKING:
    from redac.checks.quotes import Quotation

TITLE_AFTER_VERB_RE = re.compile(r"\s*(?:le|la|les|l['’])\s*([^\W\d_][\w-]*)", re.IGNORECASE)  # « », affirme l'expert »


def speaker_title(quotation: Quotation) -> str | None:
    """The folded noun the source calls the quotation's speaker by, right after the speech verb of an incise
    (« », a estimé le procureur » -> "procureur"); None where the speaker comes first or is a pronoun."""
    said = quotation.said.text
    spot = speaker_offset(said)
    if spot is None or spot[1] < 0:
        return None
    found = TITLE_AFTER_VERB_RE.match(outside_quotes(said), spot[0])
    title = fold(found.group(1)) if found else None
    return title if title and title not in function_words() else None


def names_title(text: str, quotation: Quotation) -> bool:
    """Whether the sentence names the quotation's speaker by the title the source gives them."""
    title = speaker_title(quotation)
    return title is not None and title in {fold(word).rpartition("'")[2] for word in tokens(text)}  # « Pour l'expert »


def told_by_title(text: str, start: int, quotation: Quotation) -> bool:
    """Indirect speech given to the speaker's title (« Selon le procureur, le guide n'aurait jamais dû … »); not words set after
    a colon (« Le directeur … l'a affirmé : le défaut était visible »), a direct quotation that lost its guillemets."""
    return not text[:start].rstrip().endswith(":") and names_title(text, quotation)
