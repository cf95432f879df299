"""The refine strategy: the offline article's sentences reworded by the model, each judged against its own."""

import re

import pytest

import redac
from redac.pipeline import source_facts
from redac.engines.llm.backends import Completion
from redac.engines.llm.config import LLMSettings
from redac.engines.llm.refine import judge, parse_numbered
from redac.limits import DEFAULT_LIMITS
from redac.pipeline import rewrite_clean

from . import fixtures as fx

SENTENCE = "Le conseil municipal de Lyon a adopté mardi un plan de 30 millions d'euros pour rénover les écoles de la ville."


@pytest.fixture(scope="module")
def facts():
    return source_facts(redac.clean(fx.SOURCE))


@pytest.mark.parametrize("rewording", [
    "Mardi, les élus municipaux de Lyon ont adopté un plan de 30 millions d'euros afin de rénover les écoles de la ville.",
    "Mardi, le conseil municipal de Lyon a validé un plan de 30 millions d'euros destiné à rénover les écoles de la ville.",
])
def test_a_rewording_that_says_the_same_is_kept(rewording, facts):
    why, pieces = judge(SENTENCE, rewording, facts, DEFAULT_LIMITS)
    assert why == "" and " ".join(pieces) == rewording


@pytest.mark.parametrize("rewording, why", [
    ("Mardi, les élus de Lyon ont adopté un plan de 40 millions d'euros afin de rénover les écoles de la ville.", "fait refusé"),
    ("Mardi, les élus ont voté « un plan de 30 millions d'euros » pour rénover les écoles de Lyon.", "guillemets ajoutés"),
    ("Le plan of Lyon a été adopté mardi pour 30 millions d'euros and les écoles de la ville.", "mot fautif"),
    ("Mardi, Lyon a connu une journée de grève très suivie dans les transports et les crèches publiques.", "sens trop éloigné"),
    ("Lyon a voté.", "longueur trop différente"),
    # Pierre Oliver is in the source, not in this sentence: a name another sentence holds is still a foreign fact here.
    ("Mardi, Pierre Oliver et le conseil de Lyon ont adopté un plan de 30 millions d'euros pour rénover les écoles.", "fait refusé"),
    ("Un plan de 30 millions d'euros pour rénover les écoles de la ville a été adopté mardi par le conseil municipal de Lyon.", "voix passive"),
    ("Mardi, les élus municipaux de Lyon ont adopté un plan de 30 millions d'euros afin de rénover", "pas de reformulation entière"),
])
def test_a_rewording_that_changes_or_breaks_the_sentence_is_refused(rewording, why, facts):
    assert judge(SENTENCE, rewording, facts, DEFAULT_LIMITS) == (why, [])


def test_a_surname_alone_is_the_name_its_sentence_gives_in_full(facts):
    sentence = "Le maire, Grégory Doucet, a défendu le projet devant les élus du conseil municipal."
    why, pieces = judge(sentence, "Devant les élus du conseil municipal, Doucet a défendu le projet.", facts, DEFAULT_LIMITS)
    assert why == "" and pieces


def test_an_opening_connector_comes_back_only_where_the_rewording_has_no_transition(facts):
    sentence = "Toutefois, la fédération demande une concertation sur les travaux pendant l'année scolaire."
    why, pieces = judge(sentence, "La fédération réclame une concertation sur les chantiers durant l'année scolaire.", facts, DEFAULT_LIMITS)
    assert why == "" and pieces == ["Toutefois, la fédération réclame une concertation sur les chantiers durant l'année scolaire."]
    why, pieces = judge(sentence, "Cependant, la fédération réclame une concertation sur les chantiers durant l'année scolaire.", facts, DEFAULT_LIMITS)
    assert pieces == ["Cependant, la fédération réclame une concertation sur les chantiers durant l'année scolaire."]


def test_the_offline_engines_connector_is_kept(facts):
    sentence = "En outre, le maire a rappelé que douze écoles ont besoin de travaux urgents."
    why, pieces = judge(sentence, "Le maire a rappelé que douze écoles nécessitent des travaux urgents.", facts, DEFAULT_LIMITS)
    assert why == "" and pieces == ["En outre, le maire a rappelé que douze écoles nécessitent des travaux urgents."]


QUOTE = "« Nos enfants méritent des écoles dignes de ce nom », a déclaré le maire, Grégory Doucet."


@pytest.mark.parametrize("rewording, kept", [
    ("Le maire, Grégory Doucet, a affirmé : « Nos enfants méritent des écoles dignes de ce nom ».", True),
    ("Le maire, Grégory Doucet, a affirmé : « Nos enfants méritent des écoles dignes ».", True),  # a near copy, put back
    ("Le maire, Grégory Doucet, a affirmé : « Les écoles de nos enfants sont indignes ».", False),
    ("Le maire, Grégory Doucet, a affirmé que nos enfants méritent des écoles dignes de ce nom.", True),  # guillemets put back
    ("Le maire, Grégory Doucet, a jugé que les enfants avaient droit à des écoles correctes.", False),
])
def test_a_quotation_stays_as_the_speaker_said_it(rewording, kept, facts):
    why, pieces = judge(QUOTE, rewording, facts, DEFAULT_LIMITS)
    assert bool(pieces) is kept, why
    if kept:
        assert "« Nos enfants méritent des écoles dignes de ce nom »" in pieces[0].replace("\u00a0", " ")
    else:
        assert why == "citation changée"


def test_numbered_replies_are_read_in_their_usual_shapes():
    reply = "Voici :\n1. Première phrase.\n**2.** Deuxième phrase.\n3) Troisième.\n2. Un doublon.\n"
    assert parse_numbered(reply) == {1: "Première phrase.", 2: "Deuxième phrase.", 3: "Troisième."}


class Reworder:
    """Answers each numbered sentence with itself, its numbers changed (a wrong fact) where it holds one."""

    name = "llamacpp"

    def __init__(self):
        self.tasks = []

    def complete(self, messages, *, schema=None, max_tokens=2048, **guard):
        task = messages[-1]["content"]
        self.tasks.append(task)
        numbered = task.split("<source>\n")[1].split("\n</source>")[0].splitlines()
        lines = [re.sub(r"(?<=[ ’'])(\d+)\b", lambda m: str(int(m.group(1)) + 1), line) for line in numbered]
        return Completion("\n".join(lines), "stop", 200, 200)


def test_the_article_is_the_offline_one_reworded_where_the_rewording_holds():
    backend = Reworder()
    source = redac.clean(fx.SAMPLE_SOURCE)
    offline = rewrite_clean(source, min_words=fx.SAMPLE_MIN_WORDS)
    result = rewrite_clean(source, engine="llm", backend=backend, min_words=fx.SAMPLE_MIN_WORDS, llm=LLMSettings(strategy="refine"))
    assert 1 <= result.usage.calls <= 8 and len(backend.tasks) == result.usage.calls
    headings = lambda article: [b.text for b in article.blocks if b.kind == "heading"]  # noqa: E731
    assert headings(result.article) == headings(offline.article)
    # The echo keeps every sentence as it was; a sentence whose number changed is refused and kept as written.
    assert [b.text for b in result.article.blocks] == [b.text for b in offline.article.blocks]
    note = next(n for n in result.usage.notes if n.startswith("phrases reformulées par le modèle"))
    assert "fait refusé" in note and result.report.check("faithfulness").passed
    # Every task fences its sentences as data; no sentence of a quotation that runs over several is asked.
    assert all(task.startswith("<source>\n1. ") for task in backend.tasks)
    asked = "\n".join(task.split("</source>")[0] for task in backend.tasks)
    assert "gagner plus de temps pour la paix" not in asked
