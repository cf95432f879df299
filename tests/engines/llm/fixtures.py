"""Model answers written by hand: a small French wire with good and bad answers, and a sample-sized one.

The sample-sized pair (data/otan_kiev.*) is a real scraped article with the editor's instruction on
top and a 774-word rewrite of it: the cost of an article at the size editors ask for (700 words).
"""

import json
from pathlib import Path

SOURCE = """Lyon : le conseil municipal adopte un plan de 30 millions d'euros pour les écoles

Le conseil municipal de Lyon a adopté mardi un plan de 30 millions d'euros pour rénover les écoles de la ville. Le vote a eu lieu le 3 mars 2024 après un long débat.

Le maire, Grégory Doucet, a défendu le projet devant les élus. « Nos enfants méritent des écoles dignes de ce nom », a-t-il déclaré. Il a rappelé que douze écoles ont besoin de travaux urgents. Selon lui, les chantiers commenceront au printemps.

L'opposition a critiqué le calendrier du plan. Pierre Oliver, chef de file de la droite, a jugé le budget insuffisant. Il estime que 45 écoles auraient dû être concernées. Les élus écologistes ont répondu que le plan serait élargi en 2026.

Les parents d'élèves ont salué la décision. La fédération locale a publié un communiqué mercredi. Elle demande toutefois une concertation sur les travaux pendant l'année scolaire. Les premiers chantiers dureront six mois.
"""

INTRO = ("À Lyon, le conseil municipal a adopté mardi un plan de 30 millions d'euros destiné aux écoles de la ville. "
         "Ce vote du 3 mars 2024 a conclu un long débat entre les élus.")

SECTIONS = [
    ("Le maire défend un plan attendu",
     ["Devant les élus, Grégory Doucet a soutenu le projet avec conviction. « Nos enfants méritent des écoles dignes de ce nom », a-t-il déclaré.",
      "Le maire a insisté sur l'urgence. En effet, douze écoles attendent des travaux sans délai. Les chantiers doivent débuter au printemps, a-t-il précisé.",
      "Pour la majorité, ce plan marque donc une étape importante pour la ville. Il répond à des besoins connus depuis longtemps."]),
    ("L'opposition juge le budget trop faible",
     ["Pierre Oliver, qui mène la droite au conseil, a contesté le calendrier. À ses yeux, l'enveloppe reste insuffisante.",
      "Il aurait voulu que 45 écoles profitent du plan. Les écologistes lui ont toutefois opposé une promesse : le dispositif sera élargi en 2026.",
      "Ainsi, le débat porte moins sur le principe que sur l'ampleur des travaux. Les deux camps reconnaissent l'état des bâtiments."]),
    ("Les parents saluent la décision mais restent vigilants",
     ["Du côté des familles, l'accueil est favorable. La fédération locale des parents d'élèves l'a fait savoir mercredi dans un communiqué.",
      "Elle réclame cependant une concertation. Les parents veulent savoir comment les travaux se dérouleront pendant l'année scolaire.",
      "Les premiers chantiers dureront six mois. Par ailleurs, la fédération compte suivre chaque étape de près."]),
]
FAQ = [{"question": "Combien coûte le plan ?", "reponse": "Le plan représente 30 millions d'euros."},
       {"question": "Quand commencent les travaux ?", "reponse": "Les chantiers commenceront au printemps."}]


def article_json(sections=SECTIONS, intro=INTRO, faq=FAQ) -> str:
    return json.dumps({"chapo": intro, "sections": [{"titre": t, "paragraphes": p} for t, p in sections], "faq": faq},
                      ensure_ascii=False)


def section_json(index: int) -> str:
    title, paragraphs = SECTIONS[index]
    return json.dumps({"titre": title, "paragraphes": paragraphs}, ensure_ascii=False)


def with_section(index: int, paragraphs: list[str]) -> list:
    changed = list(SECTIONS)
    changed[index] = (SECTIONS[index][0], paragraphs)
    return changed


ENGLISH = ["The opposition criticised the timing of the plan. Pierre Oliver said the budget was not enough.",
           "He believes 45 schools should have been included, while the greens promised an extension in 2026.",
           "So the debate is about the scale of the works rather than the principle itself."]
INVENTED_FIGURE = [p.replace("45 écoles", "60 écoles") for p in SECTIONS[1][1]]
ALTERED_QUOTE = [p.replace("des écoles dignes de ce nom", "des écoles vraiment modernes") for p in SECTIONS[0][1]]
TOO_SHORT = ["Les parents sont contents."]


DATA = Path(__file__).parent / "data"
SAMPLE_SOURCE = (DATA / "otan_kiev.source.txt").read_text(encoding="utf-8")
SAMPLE_ANSWER = json.loads((DATA / "otan_kiev.answer.json").read_text(encoding="utf-8"))
SAMPLE_MIN_WORDS = 700


def sample_json(invented_figure: bool = False) -> str:
    """The sample-sized answer; with `invented_figure`, its first section says 24 Leopard tanks instead of 14."""
    answer = json.loads(json.dumps(SAMPLE_ANSWER))
    if invented_figure:
        section = answer["sections"][0]
        section["paragraphes"] = [p.replace("au moins 14 chars", "au moins 24 chars") for p in section["paragraphes"]]
    return json.dumps(answer, ensure_ascii=False)


def sample_section_json(index: int) -> str:
    return json.dumps(SAMPLE_ANSWER["sections"][index], ensure_ascii=False)


def sample_lead_markdown(titles: tuple[str, ...] = ()) -> str:
    """Title proposals and the standfirst, as the "sections" strategy asks for them (Markdown)."""
    return "".join(f"# {title}\n" for title in titles) + "\n" + SAMPLE_ANSWER["chapo"]


def sample_section_markdown(index: int) -> str:
    section = SAMPLE_ANSWER["sections"][index]
    return f"## {section['titre']}\n\n" + "\n\n".join(section["paragraphes"])


def sample_by_sections(titles: tuple[str, ...] = ()) -> list[str]:
    """The sample-sized answer as the "sections" strategy receives it: the lead, then each section."""
    return [sample_lead_markdown(titles)] + [sample_section_markdown(i) for i in range(len(SAMPLE_ANSWER["sections"]))]
