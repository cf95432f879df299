"""The copy guard: a reply never samples more than `run` source words in a row, quotations excepted."""

import numpy as np

from redac.checks.originality import copied_share
from redac.engines.llm.copyguard import FORBIDDEN, CopyGuard, Vocabulary

SOURCE = ("Les pompiers ont évacué trois cents habitants de la commune pendant la nuit. "
          "« Nous avons fait au plus vite pour protéger les maisons », a déclaré le maire.")
PIECES = [b"<prompt>", b" Les", b" pompiers", b" ont", b" \xc3\xa9vacu\xc3\xa9", b" trois", b" cents", b" habitants",
          b" de", b" la", b" commune", b" pendant", b" nuit", b" p", b" ville", b" \xc2\xab", b" Nous", b" avons", b" fait",
          b" au", b" plus", b" vite", b" pour", b" prot\xc3\xa9ger", b" les", b" maisons"]
VOCABULARY = Vocabulary(PIECES)
ID = {piece.decode().strip(): token_id for token_id, piece in enumerate(PIECES)}


def sample(guard: CopyGuard, prompt: list[int], wanted: list[str]) -> list[str]:
    """Greedy sampling where the model always prefers the next word of `wanted` (a model that copies)."""
    written: list[int] = []
    for word in wanted:
        scores = np.zeros(len(PIECES), dtype=np.single)
        scores[ID[word]] = 10.0
        scores = guard(np.array(prompt + written), scores)
        written.append(int(np.argmax(scores)))
    return [PIECES[token_id].decode().strip() for token_id in written]


def test_a_copied_run_is_cut_after_run_words():
    guard = CopyGuard(SOURCE, VOCABULARY, run=4)
    words = sample(guard, [0], "Les pompiers ont évacué trois cents habitants".split())
    assert words[:4] == "Les pompiers ont évacué".split()
    assert words[4] != "trois"  # the fifth source word in a row is forbidden
    assert guard.forbidden_words >= 1


def test_quotation_words_stay_free():
    guard = CopyGuard(SOURCE, VOCABULARY, run=3)
    words = sample(guard, [0], "« Nous avons fait au plus vite".split())
    assert words == "« Nous avons fait au plus vite".split()


def test_words_not_in_a_source_run_are_never_touched():
    guard = CopyGuard(SOURCE, VOCABULARY, run=3)
    scores = np.zeros(len(PIECES), dtype=np.single)
    guard(np.array([0]), scores)
    written = [ID["Les"], ID["pompiers"], ID["la"], ID["ville"]]
    assert not (guard(np.array([0, *written]), scores) == FORBIDDEN).any()


def test_a_token_that_starts_the_forbidden_word_is_forbidden_too():
    guard = CopyGuard(SOURCE, VOCABULARY, run=2)
    guard(np.array([0]), np.zeros(len(PIECES), dtype=np.single))  # the first call sees the prompt alone
    scores = guard(np.array([0, ID["la"], ID["commune"]]), np.zeros(len(PIECES), dtype=np.single))
    assert scores[ID["pendant"]] == FORBIDDEN
    assert scores[ID["p"]] == FORBIDDEN  # " p" + "endant" would copy it as well
    assert scores[ID["ville"]] == 0


def test_the_guard_keeps_the_originality_check_green():
    guard = CopyGuard(SOURCE, VOCABULARY, run=7)
    words = sample(guard, [0], "Les pompiers ont évacué trois cents habitants de la commune".split())
    assert copied_share([" ".join(words)], [SOURCE]) == 0.0


def test_names_and_numbers_stay_free_and_another_script_never_comes():
    pieces = [b"<prompt>", b" selon", b" le", b" chef", b" de", b" l", b"'Otan", b" Mark", b" Rutte", b" rutte",
              b" 539", b" drones", b" \xd0\xb8"]  # the last: Cyrillic « и »
    vocabulary = Vocabulary(pieces)
    ids = {piece.decode().strip(): token_id for token_id, piece in enumerate(pieces)}
    guard = CopyGuard("Il est arrivé selon le chef de l'Otan Mark Rutte avec 539 drones.", vocabulary, run=2)
    guard(np.array([0]), np.zeros(len(pieces), dtype=np.single))
    after_name = guard(np.array([0, ids["l"], ids["'Otan"], ids["Mark"]]), np.zeros(len(pieces), dtype=np.single))
    assert after_name[ids["Rutte"]] == 0  # a name is never forbidden
    assert after_name[ids["и"]] == FORBIDDEN
    after_words = guard(np.array([0, ids["selon"], ids["le"]]), np.zeros(len(pieces), dtype=np.single))
    assert after_words[ids["chef"]] == FORBIDDEN


def test_what_a_number_counts_stays_free():
    pieces = [b"<prompt>", b" un", b" record", b" de", b" 539", b" drones", b" missiles"]
    vocabulary = Vocabulary(pieces)
    guard = CopyGuard("Kiev parle d'un record de 539 drones et de 11 missiles.", vocabulary, run=3)
    guard(np.array([0]), np.zeros(len(pieces), dtype=np.single))
    scores = guard(np.array([0, 1, 2, 3, 4]), np.zeros(len(pieces), dtype=np.single))
    assert scores[5] == 0  # « 539 drones », never « 539 missiles »


def test_a_reply_that_repeats_the_article_is_ended():
    """The idle run's continuations echoed their section whole: past `repeat_run` words already written, only the end is left."""
    end = ID["<prompt>"]  # any id stands for the end-of-reply token here
    written = "Les pompiers ont évacué trois cents habitants de la commune pendant la nuit."
    guard = CopyGuard("", VOCABULARY, run=0, written=written, repeat_run=4, end_token=end)
    words = sample(guard, [0], "Les pompiers ont évacué trois cents".split())
    assert words[:5] == "Les pompiers ont évacué trois".split()  # judged once the fourth word is whole
    assert words[5] == "<prompt>" and guard.repeated


def test_new_words_are_never_ended():
    guard = CopyGuard("", VOCABULARY, run=0, written="Les pompiers ont évacué trois cents habitants.", repeat_run=4, end_token=0)
    words = sample(guard, [0], "Les pompiers de la ville pendant la nuit".split())
    assert words == "Les pompiers de la ville pendant la nuit".split() and not guard.repeated


def test_a_negation_and_a_nationality_stay_free_to_copy():
    """Forbidden, they came out as « ces déclarations marquaient pas » and « président American » (idle run, 003)."""
    source = "Il a déclaré que ces déclarations ne marquaient pas la fin. Le président américain Donald Trump a parlé."
    pieces = [b"<p>", b" Il", b" a", b" d\xc3\xa9clar\xc3\xa9", b" que", b" ces", b" d\xc3\xa9clarations", b" ne", b" marquaient",
              b" Le", b" pr\xc3\xa9sident", b" am\xc3\xa9ricain"]
    guard = CopyGuard(source, Vocabulary(pieces), run=3)
    assert guard.forbidden_next("Il a déclaré que ces déclarations") == set()  # « ne » is free
    assert guard.forbidden_next("a parlé. Le président") == set()  # « américain » is free
    assert guard.forbidden_next("Il a déclaré") == {"que"}  # other words are not
