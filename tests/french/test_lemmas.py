"""Lemmas read from redac's cached trie are simplemma's own, and the cache is built once, atomically."""

from __future__ import annotations

import simplemma

from redac.french import lemmas
from redac.french.tokens import match_form

WORDS = [
    "réunions", "fermées", "reçu", "l'armée", "Présidents", "ont", "étaient", "Zelensky", "drones",
    "garanties", "aujourd'hui", "porte-parole", "sous-marins", "2,5", "1945", "européennes", "voulait",
]


def test_lemmas_are_simplemmas_own():
    for word in WORDS:
        expected = match_form(simplemma.lemmatize(lemmas.strip_elision(word).lower(), lang="fr"))
        if not any(ch.isalpha() for ch in word):
            expected = match_form(word)
        assert lemmas.lemma(word) == expected, word
        assert lemmas.is_known_word(word) == simplemma.is_known(word.lower(), lang="fr"), word


def test_the_trie_is_cached_once_and_later_processes_read_it(tmp_path, monkeypatch):
    monkeypatch.setenv("REDAC_CACHE_DIR", str(tmp_path))
    built = lemmas._load_trie("fr")
    cached = list(tmp_path.rglob("fr.marisa"))
    assert len(cached) == 1 and cached[0].stat().st_size > 100_000
    assert not list(tmp_path.rglob("*.tmp"))  # written to a temporary file, then renamed
    read = lemmas._load_trie("fr")  # what the next process does: map the file
    assert len(read) == len(built) and read.get("réunions") == built.get("réunions")


def test_a_damaged_cache_is_rebuilt_and_an_unwritable_one_does_not_stop_lemmas(tmp_path, monkeypatch):
    folder = tmp_path / "lemmas" / f"simplemma-{simplemma.__version__}"
    folder.mkdir(parents=True)
    (folder / "fr.marisa").write_bytes(b"not a trie")
    monkeypatch.setenv("REDAC_CACHE_DIR", str(tmp_path))
    assert lemmas._load_trie("fr").get("réunions")
    assert (folder / "fr.marisa").stat().st_size > 100_000
    blocked = tmp_path / "a-file-not-a-folder"
    blocked.write_text("x")
    monkeypatch.setenv("REDAC_CACHE_DIR", str(blocked))
    assert lemmas._load_trie("fr").get("réunions")


def test_french_lemmas_import_no_other_language_rules():
    """simplemma's per-language suffix rules (none for French) cost a fresh process ~0.2 s to import."""
    import subprocess
    import sys

    code = ("import sys; from redac.french.lemmas import lemma; assert lemma('réunions') == 'reunion'; "
            "from simplemma.strategies.rules import RulesStrategy; "
            "loaded = [m for m in sys.modules if m.startswith('simplemma.strategies.defaultrules.')]; "
            "assert not loaded, loaded; assert RulesStrategy().get_lemma('x', 'fr') is None; "
            "RulesStrategy().get_lemma('talossa', 'fi'); assert 'simplemma.strategies.defaultrules.fi' in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


def test_an_elided_accented_common_noun_opening_a_sentence_is_no_name():
    """« L'élu », « L'économie »: the lemma dictionary knows the accented word, not its folded form."""
    from redac.french.facts import extract_facts

    names = [fact.text for fact in extract_facts("L'élu reproche à l'agence d'avoir fermé la maternité de Carhaix.") if fact.kind == "name"]
    assert names == ["Carhaix"]
    assert [fact.text for fact in extract_facts("L’économie a ralenti, selon l’Insee.") if fact.kind == "name"] == ["Insee"]
    assert [fact.text for fact in extract_facts("L’Élysée a démenti.") if fact.kind == "name"] == ["Élysée"]
