"""Section headings on a text written for this test: noun phrases or short clauses, never glued."""

from redac.french.text import fold
from redac.models import Section, SourceSentence
from redac.plan.headings import name_sections

SECTIONS = [
    ["Le ministre des Affaires étrangères Paul Kervran a reçu mardi son homologue irlandais à Rennes.",
     "Le ministre des Affaires étrangères a évoqué la pêche en mer Celtique et les quotas de maquereau.",
     "Les quotas de maquereau seront renégociés en décembre à Bruxelles."],
    ["La construction navale bretonne recrute : 1 200 postes sont ouverts à Lorient et à Brest.",
     "Les chantiers de construction navale manquent de soudeurs et de chaudronniers qualifiés."],
    ["Il a plu sans interruption pendant trois jours sur le nord du Finistère.",
     "Elle a rappelé que la rivière était sortie de son lit."],
]


def sections_of(groups: list[list[str]]) -> tuple[list[Section], dict[int, SourceSentence]]:
    """Unnamed sections, one per group of sentences, and the sentences by id."""
    sentences, sections, number = {}, [], 0
    for group in groups:
        ids = []
        for text in group:
            sentences[number] = SourceSentence(number, text, len(sections), "paragraph", len(text.split()))
            ids.append(number)
            number += 1
        sections.append(Section("", ids, 0, 0))
    return sections, sentences


def test_headings_are_phrases_or_clauses_of_their_section_and_distinct():
    sections, sentences = sections_of(SECTIONS)
    name_sections(sections, sentences, "pêche en mer Celtique")
    headings = [section.heading for section in sections]
    assert len({fold(h) for h in headings}) == len(headings)
    assert not any(" et " in h.split(" : ")[-1] for h in headings)  # never two phrases glued
    assert "Affaires" not in headings[0] or "Affaires étrangères" in headings[0]  # never a term cut in half
    assert "construction navale" in fold(headings[1])
    for heading, group in zip(headings, SECTIONS):
        words = set(fold(heading.split(" : ")[-1]).split())
        assert words <= set(fold(" ".join(group)).replace(",", " ").replace(".", " ").split())
