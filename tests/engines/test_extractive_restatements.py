"""Block lines (key points, key figures, FAQ answers) never repeat a printed line inside a longer one,
on an article written for this test (not from any source)."""

import re

import redac
from redac.french.text import fold
from redac.render.article import article_markdown

SOURCE = """Une nouvelle école à Lorient

Le maire de Lorient, Jean Kerlo, a proposé mardi d’ouvrir une nouvelle école primaire dans le quartier de Kervénanec pour accueillir les enfants des familles arrivées cet été.

La ville compte déjà douze écoles publiques et trois écoles privées. Les effectifs ont augmenté de 8 % en deux ans selon la mairie.

Le conseil municipal doit voter le projet en octobre. Les travaux coûteraient environ 6 millions d’euros.

Les parents d’élèves ont salué l’annonce lors d’une réunion publique mercredi soir.
"""


def _key(text: str) -> str:
    return " ".join(fold(word) for word in re.findall(r"[^\W_]+", text))


def test_two_figures_of_one_sentence_are_not_one_inside_the_other():
    article = redac.rewrite(SOURCE).article
    lines = [(block.role, line) for block in article.blocks if block.kind != "heading" for line in block.lines]
    restated = [(_key(line.text), line.sources) for role, line in lines if role not in {"intro", "body"}]
    printed = [(_key(line.text), line.sources) for _, line in lines]
    held = [(short, long) for short, sources in printed for long, others in restated
            if short != long and set(sources) & set(others) and len(short.split()) >= 6 and f" {short} " in f" {long} "]
    assert not held, held
    figures = [line.text for role, line in lines if role == "figures"]
    assert sum("8 %" in text for text in figures) == 1, figures


QUOTED = """Le chef cuisinier quitte Quimper

Le chef cuisinier Yann Le Borgne a annoncé lundi qu’il fermerait son restaurant de Quimper à la fin de l’année.

« Si on m’avait dit il y a vingt ans que j’arrêterais, je ne l’aurais pas cru. Mais nos enfants grandissent. Je veux les voir plus souvent », a-t-il confié.

Le restaurant emploie 14 salariés et sert environ 120 couverts par jour. Il avait ouvert en 2004 dans le centre historique.

Un repreneur doit être désigné avant l’été, selon la chambre de commerce.
"""


def test_a_key_figure_never_comes_from_inside_a_quotation():
    result = redac.rewrite(QUOTED)
    figures = [block.text for block in result.article.blocks if block.role == "figures"]
    assert not any("vingt" in text for text in figures), figures
    assert not result.report.unsupported, result.report.unsupported


def test_a_nationality_before_a_name_is_not_part_of_the_name():
    from redac.engines.enrich import people
    from redac.models import SourceSentence

    text = ("Elle a nommé le Néerlandais Joost de Vries, ancien entraîneur de l’équipe nationale des Pays-Bas, "
            "au poste de directeur technique national.")
    [person] = people([SourceSentence(0, text, 0, "paragraph", len(text.split()))])
    assert person.name == "Joost de Vries"
    assert person.who() == "Joost de Vries est ancien entraîneur de l’équipe nationale des Pays-Bas."


def test_a_key_figure_never_comes_from_a_negated_clause():
    from redac.engines.enrich import key_figures
    from redac.models import SourceSentence

    texts = ["Les secours n’ont pas trouvé de troisième victime sous les décombres de la passerelle.",
             "Le département n’a pas versé les 12 millions d’euros promis à la commune.",
             "La passerelle, longue de 150 mètres, avait été rénovée en 2019 pour 2 millions d’euros."]
    sentences = [SourceSentence(index, text, index, "paragraph", len(text.split())) for index, text in enumerate(texts)]
    assert [figure for figure, _ in key_figures(sentences)] == ["150 mètres", "2 millions d’euros"]


def test_a_meta_description_never_puts_a_name_before_sentences_that_do_not_state_it():
    from redac.plan.meta import meta_description

    lead = ["Les salariés de la raffinerie de Donges ont voté mercredi la reconduction de la grève pour une semaine.",
            "La direction recevra les syndicats jeudi matin au siège du groupe, à Courbevoie, pour une nouvelle réunion.",
            "Selon la direction du site, qui a confirmé la tenue de cette réunion avec l’ensemble des organisations "
            "syndicales représentées dans la raffinerie, le premier à être reçu sera le délégué Marc Le Goff."]
    description = meta_description(lead, "Marc Le Goff")
    assert description and (not description.startswith("Marc Le Goff :") or description.count("Le Goff") == 2), description


def test_the_faq_never_asks_the_same_question_twice():
    """Two paragraphs of a story opening on the same time (« Ce mardi matin, … ») answer the same « Que s'est-il
    passé ce mardi matin ? »: asked twice, it reads as a mistake."""
    source = "\n\n".join([
        "Cyberattaque contre la mairie de Vierzon",
        "Les services informatiques de la mairie de Vierzon ont été victimes d’une cyberattaque, vendredi 3 mars. Une demande de rançon a été reçue le jour même.",
        "« Les systèmes de la ville ont été chiffrés par un rançongiciel », explique le maire, Luc Pernot, dans un communiqué. Il a porté plainte samedi.",
        "Ce mardi matin, la mairie n’est pas joignable par téléphone. Une adresse électronique provisoire a été ouverte pour les habitants.",
        "Les services de l’état civil fonctionnent au ralenti. Les mariages prévus samedi sont maintenus, selon la mairie.",
        "Ce mardi matin, la situation n’était toujours pas rentrée dans l’ordre. « Nous ne paierons pas de rançon », a répété Luc Pernot.",
        "La gendarmerie et l’Agence nationale de la sécurité des systèmes d’information ont été saisies. Les sauvegardes de la ville n’ont pas été touchées.",
        "Les agents travaillent sur papier depuis lundi. La médiathèque et la piscine restent ouvertes au public.",
    ])
    asked = [line for line in article_markdown(redac.rewrite(source).article).splitlines() if line.endswith("?**")]
    assert len(asked) == len(set(asked)), asked


def test_a_name_glued_to_the_word_before_it_gets_no_who_s_who():
    from redac.engines.enrich import people
    from redac.models import SourceSentence

    glued = "« Il a pu regagner la plage seul », a expliquéPaul Hoarau, le maire de Saint-Leu."
    spaced = "« Il a pu regagner la plage seul », a expliqué Paul Hoarau, le maire de Saint-Leu."
    assert people([SourceSentence(0, glued, 0, "paragraph", len(glued.split()))]) == []
    [person] = people([SourceSentence(0, spaced, 0, "paragraph", len(spaced.split()))])
    assert person.name == "Paul Hoarau"


def test_a_key_figure_is_no_rank_and_no_part_of_a_name():
    """« Les clubs de TOP 14 n’ont pas » and « 3ème ligne » were printed as key figures of a rugby story."""
    from redac.engines.enrich import key_figures
    from redac.models import SourceSentence

    texts = ["Les clubs de TOP 14 n’ont pas perdu de temps pour renforcer leurs effectifs.",
             "Le 3ème ligne Arthur Iturria s’est engagé pour quatre saisons avec le club.",
             "Le club a recruté 12 joueurs pour un budget de 28 millions d’euros."]
    sentences = [SourceSentence(index, text, index, "paragraph", len(text.split())) for index, text in enumerate(texts)]
    assert [figure for figure, _ in key_figures(sentences)] == ["12", "28 millions d’euros"]


def test_a_number_word_is_a_key_figure_on_the_terms_of_its_digits():
    """« ayant tout deux augmenté de 0,1 point » printed the key figure « Deux augmenté de 0 »: a bare number
    word passed for a number with a unit. « deux » is held to what « 2 » is held to (under 10, no unit)."""
    from redac.engines.enrich import key_figures
    from redac.models import SourceSentence

    texts = ["Les taux des jeunes et des seniors ayant tout deux augmenté de 0,1 point, le chômage progresse.",
             "Les deux clubs ont recruté vingt-six joueurs cet été."]
    sentences = [SourceSentence(index, text, index, "paragraph", len(text.split())) for index, text in enumerate(texts)]
    assert [figure for figure, _ in key_figures(sentences)] == ["0,1 point", "vingt-six"]


def test_a_role_runs_past_a_number_written_with_a_dot_or_a_comma():
    from redac.engines.enrich import people
    from redac.models import SourceSentence

    text = ("« Nous n'avons jamais vu ça », témoigne Odile Le Bihan, maire de ce village de 1.350 habitants, "
            "située sur la côte nord.")
    [person] = people([SourceSentence(0, text, 0, "paragraph", len(text.split()))])
    assert person.who() == "Odile Le Bihan est maire de ce village de 1.350 habitants."
    text = "Paul Marec, patron d'une flotte de 2,5 millions de tonnes, a vendu."
    [person] = people([SourceSentence(0, text, 0, "paragraph", len(text.split()))])
    assert person.who() == "Paul Marec est patron d'une flotte de 2,5 millions de tonnes."


def test_a_rank_in_words_and_the_span_a_figure_is_counted_over_are_no_key_figures():
    """A real estate page printed « Troisième trimestre », « Cinquième trimestre consécutif » and « 12 derniers mois »
    as its key figures."""
    from redac.engines.enrich import key_figures
    from redac.models import SourceSentence

    texts = ["Les prix se sont stabilisés au troisième trimestre, après un an et demi de baisse.",
             "Les ventes ont reculé pour le cinquième trimestre consécutif.",
             "Au cours des 12 derniers mois, 780 000 logements anciens ont été vendus.",
             "Le nombre de ventes cumulées sur douze mois atteint un plus bas depuis 2015."]
    sentences = [SourceSentence(index, text, index, "paragraph", len(text.split())) for index, text in enumerate(texts)]
    assert [figure for figure, _ in key_figures(sentences)] == ["un an et demi", "780 000"]


def test_a_figure_followed_by_a_date_counts_nothing_and_two_listed_figures_are_no_range():
    from redac.french.questions import figure_phrase

    text = "Le nombre de ventes est estimé à 780 000, après 792 000 fin juin 2024 et 825 000 fin mars 2024."
    for figure in ("792 000", "825 000"):
        start = text.index(figure)
        assert figure_phrase(text, start, start + len(figure)) == "", figure
