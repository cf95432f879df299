"""Not yet, said without a negation: « le financement reste à assurer », « les éleveurs attendent toujours d'être
payés », « elle attendait toujours une réponse ».

Each says what « n'a toujours pas été assuré », « n'ont toujours pas été payés », « n'avait pas obtenu de réponse »
say with a negation, so polarity reads the pending word as negated: a rewrite may turn one into the other, and a
rewrite that affirms the pending word (« les éleveurs ont été payés ») drops a negation.
"""

from __future__ import annotations

from redac.french.lemmas import lemma

REMAINING_FORMS = {"reste", "restent", "restait", "restaient", "restera", "resteront", "rester"}  # « reste à assurer »
NOUN_BEFORE = {"un", "une", "la", "le", "les", "des", "cette", "ce", "sa", "son", "d'une", "d'un", "du", "au"}  # « le reste à la livraison »
STILL = {"toujours", "encore"}  # « attendent toujours », « attendaient encore »: the wait goes on
OBJECT_OPENERS = {"un", "une", "le", "la", "les", "l", "des", "du", "son", "sa", "ses", "leur", "leurs", "cette", "ces", "ce"}
INFINITIVE_REACH = 3  # words between « toujours » and the « de » of the infinitive (« attendaient encore mardi d'être »)


def pending_start(words: list[str], index: int) -> int | None:
    """Where the word a pending phrase says is not done yet is searched, for the phrase opening at folded `words[index]`
    (elisions split), or None: « reste à V » (not « le reste à la livraison », a remainder); « attendre toujours (ou
    encore) de V »; « attendre toujours + a determiner + N » (« encore » alone there may mean « wait more »: « attendre
    encore deux semaines »)."""
    follower = words[index + 1] if index + 1 < len(words) else ""
    if words[index] in REMAINING_FORMS:
        return index + 2 if follower == "a" and not (index and words[index - 1] in NOUN_BEFORE) else None
    if follower not in STILL or not words[index].startswith("attend") or lemma(words[index]) != "attendre":
        return None
    link = next((at for at in range(index + 2, min(len(words), index + 3 + INFINITIVE_REACH)) if words[at] in ("de", "d")), None)
    if link is not None:
        return link + 1
    opener = words[index + 2] if index + 2 < len(words) else ""
    return index + 3 if follower == "toujours" and opener in OBJECT_OPENERS else None
