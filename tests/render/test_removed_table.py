"""`redac clean --explain`: the removed lines, their rules and confidences, on stderr."""

import subprocess
import sys

import redac
from redac.render.removed_table import removed_table

ARTICLE = "Le conseil municipal a voté mardi un budget de douze millions d’euros pour rénover les écoles de la ville."
SOURCE = "\n\n".join(["Accueil > Politique > Rennes", ARTICLE, "Lire la suitte", "Publicité"])


def test_table_lists_each_removed_line_with_rule_and_confidence() -> None:
    table = removed_table(redac.clean(SOURCE, name="page.txt"))
    lines = table.splitlines()
    assert lines[0].startswith("page.txt — 3 lignes retirées")
    assert lines[1].split() == ["ligne", "règle", "confiance", "raison", "texte"]
    rows = {line.split()[1]: line.split() for line in lines[2:]}
    assert rows["link.read_more"][:3] == ["3", "link.read_more", "0.96"] and rows["link.read_more"][-3:] == ["Lire", "la", "suitte"]
    assert rows["ad.label"][:3] == ["4", "ad.label", "1.00"]
    assert rows["nav.breadcrumb"][0] == "1"


def test_nothing_removed_says_so() -> None:
    assert removed_table(redac.clean(ARTICLE, name="a.txt")) == "a.txt — aucune ligne retirée\n"


def test_cli_explain_writes_the_table_to_stderr_and_the_article_to_stdout() -> None:
    proc = subprocess.run([sys.executable, "-m", "redac", "clean", "-", "--explain", "-q"], input=SOURCE.encode(),
                          capture_output=True, timeout=60)
    assert proc.returncode == 0
    assert proc.stdout.decode().strip() == ARTICLE
    stderr = proc.stderr.decode()
    assert stderr.startswith("- — 3 lignes retirées") and "link.read_more" in stderr and "0.96" in stderr
