"""The faithfulness corpus: the five samples, ten articles written for these tests, and hand-written
paraphrase fixtures (faithful and unfaithful) of their sentences. Shared by the tests and
bench/faithfulness.py; held-out fixtures and articles are measured, never tuned on.

Splits: "tuned"; "heldout", issue 14's first held-out part (a07–a10, sample 004), measured once and
seen since; "fresh", a second held-out part written before the next round of tuning (a11–a14 and
fixtures of sample sentences no other fixture used), seen after its first measurement; "blind", a15
and its fixtures, written after the tuning and measured once; "blind2", a21–a24 and their fixtures (and
fixtures of sample sentences no other fixture used), written by a session that never read the checker's
code, to be measured once; "blind3", a25–a27 and their fixtures, written the same way by another session, to
be measured once; "blind4", a28–a31 and their fixtures, written the same way by a fourth session, to be measured
once; "blind5", a32–a35 and their fixtures, written the same way by a fifth session, to be measured once;
"blind6", a36–a39 and their fixtures, written the same way by a sixth session, to be measured once;
"blind7", a62–a65 and their fixtures, written the same way by a seventh session, to be measured once;
"blind8", a66–a69 and their fixtures, written the same way by an eighth session, to be measured once;
"blind9", a70–a73 and their fixtures, written the same way by a ninth session, to be measured once;
"blind10", a74–a77 and their fixtures, written the same way by a tenth session, to be measured once;
"blind11", a78–a81 and their fixtures, written the same way by an eleventh session, to be measured once;
"blind12", a82–a85 and their fixtures, written the same way by a twelfth session, to be measured once;
"blind13", a86–a89 and their fixtures, written the same way by a thirteenth session, to be measured once;
"blind14", a90 and a93–a95 (a91 and a92 were taken) and their fixtures, written the same way by a fourteenth
session, to be measured once; "blind15", a40–a43 and their fixtures, written the same way by a fifteenth session, to
be measured once; "blind16", a44–a47 and their fixtures, written the same way by a sixteenth session, to be measured
once; "blind17", a48–a51 and their fixtures, written the same way by a seventeenth session, to be measured once;
"blind18", a52–a55 and their fixtures, written the same way by an eighteenth session, to be measured once;
"blind19", a56–a59 and their fixtures, written the same way by a nineteenth session, to be measured once;
"blind20", a16, a60, a98 and a99 (a61–a97 were taken) and their fixtures, written the same way by a twentieth
session, to be measured once; "blind21", a17–a20 and their fixtures, written the same way by a twenty-first session,
to be measured once."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data"
SAMPLES = Path(__file__).parent.parent / "data" / "samples"
HELD_OUT_ARTICLES = ("a07", "a08", "a09", "a10")
FRESH_ARTICLES = ("a11", "a12", "a13", "a14")
BLIND_ARTICLES = ("a15",)
BLIND2_ARTICLES = ("a21", "a22", "a23", "a24")
BLIND3_ARTICLES = ("a25", "a26", "a27")
BLIND4_ARTICLES = ("a28", "a29", "a30", "a31")
BLIND5_ARTICLES = ("a32", "a33", "a34", "a35")
BLIND6_ARTICLES = ("a36", "a37", "a38", "a39")
BLIND7_ARTICLES = ("a62", "a63", "a64", "a65")
BLIND8_ARTICLES = ("a66", "a67", "a68", "a69")
BLIND9_ARTICLES = ("a70", "a71", "a72", "a73")
BLIND10_ARTICLES = ("a74", "a75", "a76", "a77")
BLIND11_ARTICLES = ("a78", "a79", "a80", "a81")
BLIND12_ARTICLES = ("a82", "a83", "a84", "a85")
BLIND13_ARTICLES = ("a86", "a87", "a88", "a89")
BLIND14_ARTICLES = ("a90", "a93", "a94", "a95")
BLIND15_ARTICLES = ("a40", "a41", "a42", "a43")
BLIND16_ARTICLES = ("a44", "a45", "a46", "a47")
BLIND17_ARTICLES = ("a48", "a49", "a50", "a51")
BLIND18_ARTICLES = ("a52", "a53", "a54", "a55")
BLIND19_ARTICLES = ("a56", "a57", "a58", "a59")
BLIND20_ARTICLES = ("a16", "a60", "a98", "a99")
BLIND21_ARTICLES = ("a17", "a18", "a19", "a20")
SPLITS = (
    "tuned", "heldout", "fresh", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10",
    "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "blind17", "blind18", "blind19", "blind20", "blind21",
)


@dataclass(frozen=True)
class Fixture:
    id: str
    doc: str  # "s000".."s004" (samples), "a01".."a10" (tests/checks/data/articles)
    source: str  # the source sentence(s) the rewrite is made from, as the document writes them
    rewrite: str
    label: str  # faithful, unfaithful
    kind: str  # paraphrase, or the kind of error planted
    split: str  # one of SPLITS: tuned, heldout, fresh, blind, blind2 … blind16


def fixtures(split: str | None = None) -> list[Fixture]:
    rows = [Fixture(**json.loads(line)) for line in (DATA / "fixtures.jsonl").read_text(encoding="utf-8").splitlines() if line]
    return [row for row in rows if split is None or row.split == split]


def documents() -> dict[str, Path]:
    """Document id -> path: samples as s000.., written articles as a01.."""
    docs = {f"s{path.stem[:3]}": path for path in sorted(SAMPLES.glob("*.txt"))}
    docs |= {f"a{path.stem[:2]}": path for path in sorted((DATA / "articles").glob("*.txt"))}
    return docs


def document_split(doc: str) -> str:
    if doc in FRESH_ARTICLES:
        return "fresh"
    if doc in BLIND_ARTICLES:
        return "blind"
    if doc in BLIND2_ARTICLES:
        return "blind2"
    if doc in BLIND3_ARTICLES:
        return "blind3"
    if doc in BLIND4_ARTICLES:
        return "blind4"
    if doc in BLIND5_ARTICLES:
        return "blind5"
    if doc in BLIND6_ARTICLES:
        return "blind6"
    if doc in BLIND7_ARTICLES:
        return "blind7"
    if doc in BLIND8_ARTICLES:
        return "blind8"
    if doc in BLIND9_ARTICLES:
        return "blind9"
    if doc in BLIND10_ARTICLES:
        return "blind10"
    if doc in BLIND11_ARTICLES:
        return "blind11"
    if doc in BLIND12_ARTICLES:
        return "blind12"
    if doc in BLIND13_ARTICLES:
        return "blind13"
    if doc in BLIND14_ARTICLES:
        return "blind14"
    if doc in BLIND15_ARTICLES:
        return "blind15"
    if doc in BLIND16_ARTICLES:
        return "blind16"
    if doc in BLIND17_ARTICLES:
        return "blind17"
    if doc in BLIND18_ARTICLES:
        return "blind18"
    if doc in BLIND19_ARTICLES:
        return "blind19"
    if doc in BLIND20_ARTICLES:
        return "blind20"
    if doc in BLIND21_ARTICLES:
        return "blind21"
    return "heldout" if doc in HELD_OUT_ARTICLES or doc == "s004" else "tuned"


@cache
def source_text(doc: str) -> str:
    return documents()[doc].read_text(encoding="utf-8")


@cache
def source_facts(doc: str):
    """The checker's view of a document (cleaned as `redac check` cleans a source)."""
    import redac
    from redac.pipeline import source_facts as facts_of

    return facts_of(redac.clean(source_text(doc)))


def findings(fixture: Fixture) -> list:
    """What the faithfulness check reports on the fixture's rewrite, read as one article paragraph."""
    from redac.checks.faithfulness import unsupported_facts

    return unsupported_facts([("ligne 1", fixture.rewrite, True)], source_facts(fixture.doc))


def to_review(fixture: Fixture) -> list:
    """The sentences of the fixture's rewrite the check shows for review (no source sentence supports them)."""
    from redac.checks.faithfulness import sentences_to_review

    return sentences_to_review([("ligne 1", fixture.rewrite, True)], source_facts(fixture.doc))
