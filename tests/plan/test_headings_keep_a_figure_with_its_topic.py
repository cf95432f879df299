"""A « Keyphrase : topic » heading never glues a keyphrase that carries a figure (« ligne 7 ») to a topic the source
says of that noun without the figure (« cette ligne dessert le parc des expositions »): the line served may be another
one, and the article's own fact check fails the heading (issue 16). Hand-written French sections."""

from redac.plan.headings import name_sections
from tests.plan.test_headings import sections_of

SECTIONS = [
    ["Le prolongement de la ligne 7 du tramway a coûté quatre-vingt-dix millions d’euros à la métropole.",
     "Cette ligne dessert désormais le parc des expositions de Villepinte, au nord.",
     "La ligne 4 reste saturée aux heures de pointe."],
    ["Les riverains de la ligne 7 redoutent le bruit des rames de nuit.",
     "Une association de riverains de la ligne 7 a déposé un recours devant le tribunal administratif."],
    ["La ligne 7 circulera toutes les six minutes en semaine, selon l’exploitant.",
     "Le cadencement de la ligne 7 sera renforcé pendant les salons."],
]


def test_a_keyphrase_with_a_figure_opens_only_headings_whose_topic_a_sentence_says_with_it():
    sections, sentences = sections_of(SECTIONS)
    name_sections(sections, sentences, "ligne 7")
    keyed = [section for section in sections if section.heading.startswith("Ligne 7 :")]
    assert keyed  # the keyphrase still opens some headings
    for section in keyed:
        topic_words = set(section.topic.lower().split())
        said_with = [sentences[i].text for i in section.sentences if "ligne 7" in sentences[i].text]
        assert any(all(word in text.lower() for word in topic_words) for text in said_with), section.heading


def test_a_topic_that_already_says_the_keyphrase_is_not_prefixed_with_it():
    """« Grève des éboueurs : la grève des éboueurs se poursuit à Toulon » says the keyphrase twice."""
    sections, sentences = sections_of([
        ["La grève des éboueurs se poursuit à Toulon.", "La grève des éboueurs entre dans sa troisième semaine."],
        ["Les poubelles débordent dans les rues du centre historique.", "Les commerçants du centre historique se plaignent des odeurs."],
    ])
    name_sections(sections, sentences, "grève des éboueurs")
    assert all(section.heading.lower().count("grève des éboueurs") <= 1 for section in sections), [s.heading for s in sections]
