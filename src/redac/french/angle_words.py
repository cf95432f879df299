"""Word classes the angle reader (angles.py) decides with: verb-group openers, negators, prepositions, words that end
a clause or head a dependent complement. Folded forms (no accents, lowercase), as the reader compares them."""

from __future__ import annotations

from redac.french.text import fold

# Finite forms that open a verb group: auxiliaries, « aller » and « venir » before an infinitive, modals, copulas.
GROUP_OPENERS = frozenset(
    "a ont est sont etait etaient avait avaient sera seront serait seraient aura auront aurait auraient fut furent "
    "font va vont allait allaient ira iront vient viennent venait venaient doit doivent devait devaient devra devront devrait "
    "devraient peut peuvent pouvait pouvaient pourra pourront pourrait pourraient semble semblent reste restent".split())
CLITICS = frozenset("se s ne n y en lui leur l me m te t nous vous".split())  # « s'est », « n'a », « l'a », « ne lui a pas »
DEMONSTRATIVES = frozenset("ce cet cette ces".split())
RELATIVE_HEADS = frozenset("celui celle ceux celles".split())  # pronouns a relative clause completes
PRONOUN_SUBJECTS = frozenset("c' ce cela ca il elle ils elles on".split())
PRONOUN_HOSTS = frozenset("qui se ne lui leur il elle ils elles on".split())  # a verb form follows them
NEGATORS = frozenset("pas plus jamais rien guere point aucun aucune personne".split())
BE_FORMS = frozenset("est sont etait etaient sera seront serait seraient fut furent ete etre".split())
NON_FINITE = frozenset("ete etre avoir eu".split())
# An adverb that narrows what the verb says stays: « est quasiment paralysée » is not « est paralysée ».
LIMITING_ADVERBS = frozenset(fold(word) for word in (
    "quasiment", "pratiquement", "partiellement", "légèrement", "faiblement", "provisoirement", "temporairement",
    "momentanément", "seulement", "uniquement", "rarement", "difficilement", "nullement", "aucunement", "incomplètement",
    "insuffisamment", "modérément", "relativement", "brièvement"))
# Short adverbs a verb group carries (« a déjà été », « n'est toujours pas »): kept, they are part of what it says.
GROUP_ADVERBS = frozenset("deja encore toujours aussi bien mal tres trop tout presque desormais enfin meme".split())
RELATIVE_WORDS = frozenset("qui que dont lequel laquelle lesquels lesquelles auquel auxquels".split())
DE_WORDS = frozenset("de du des".split())
PREPOSITIONS = frozenset("a au aux en dans sur sous pour par avec apres avant lors depuis entre contre malgre vers chez face "
                         "grace selon pendant durant parmi suite outre".split())
# A preposition right after the verb that completes it (« a renoncé au tramway », « mis en examen »): never dropped.
VERB_COMPLETING = frozenset("a au aux en".split())
LIST_WORDS = frozenset("et ou".split())
SUBORDINATORS = frozenset("puisque puisqu lorsque lorsqu quand tandis parce".split())  # « lorsqu'il »: by its elided form too
OBJECT_ARTICLES = frozenset("le la les un une ce cet cette ces son sa ses leur leurs".split())
# A coordinator or a subordinator ends the clause's own words: what follows is another clause.
CLAUSE_STOPS = frozenset("mais ni car alors tandis lorsque lorsqu quand puisque puisqu afin comme si sans soit".split())
# Words that count or measure what their « de » complement names, or that only name it (« l'objet de »): it is the point.
DEPENDENT_HEADS = frozenset("centaine centaines dizaine dizaines millier milliers million millions milliard milliards nombre "
                           "plupart partie majorite moitie tiers quart total ensemble serie type types sorte sortes "
                           "plus moins pres autour environ age agee ages agees objet etat victime victimes".split())  # « fait l'objet | d'un rappel »
# « sidérurgique », « ferroviaire », « régional », « sportive »: an adjective after the noun, which its noun can go without.
ADJECTIVE_ENDINGS = ("ique", "iques", "aire", "aires", "al", "ale", "aux", "ales", "el", "elle", "els", "elles", "if", "ive", "ifs",
                     "ives", "eux", "euse", "euses", "ien", "ienne", "iens", "iennes", "ais", "aise", "aises", "ois", "oise", "oises")
