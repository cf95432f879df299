"""The pipeline is the architecture: a stage imports only stages below it (DESIGN.md), and primitives
live at the bottom. Every module's imports are read with `ast` (lazy imports inside functions count;
imports under `if TYPE_CHECKING:` do not, since they load nothing and only name a type)."""

import ast
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "redac"

# Stage order, bottom first. Primitives (level 0) import no stage; each stage imports only lower levels.
LEVELS = {
    **dict.fromkeys(["models", "errors", "limits", "bounds", "config", "files", "markup", "urls", "retry", "french", "cache"], 0),
    "ingest": 1,
    "cleaning": 2,
    "analysis": 3,
    "plan": 4,
    "engines": 5,
    "attach": 5.5,  # credit, source image, related archive links: after writing, before the checks
    "seo": 6,  # the audit: measurements and Yoast's judgments
    "checks": 7,  # every guarantee; the audit is one of them (DESIGN: check = "the audit and the guarantees")
    "repair": 8,
    "render": 9,
    "pipeline": 10,
    "publish": 10,  # WordPress publishing: reads the articles render wrote; batch --publish calls it
    "batch": 11,
    "": 12,  # the public API (redac/__init__.py): a shell over the pipeline
    "serve": 13,  # the editors' web page: a shell over the API, the pipeline and the batch store
    "cli": 14,  # `redac serve` starts the page
    "__main__": 15,
}
# Imports up the order that DESIGN.md asks for, each with its reason.
ALLOWED = {
    # DESIGN "llm: ... the checks drive repairs": the writer rewrites a section when the fact check or
    # the copy check flags it, with the very checks the report uses.
    ("engines.llm.writer", "checks.faithfulness"),
    ("engines.llm.writer", "checks.originality"),
    # issue 15: a small model's refused sentences are mended without a call, by the same fact check, within
    # the copy allowance the originality check counts (8-word runs).
    ("engines.llm.factfix", "checks.faithfulness"),
    ("engines.llm.factfix", "checks.originality"),
    # ... and drops a sentence written twice by the length check's own rule of what a verbatim copy is.
    ("engines.llm.factfix", "checks.length"),
    # issue 15: the top-up of a short article counts words as the length check does and stays within the copy
    # allowance the originality check measures; a rewording of the refine strategy is judged by the fact check.
    ("engines.llm.fill", "checks.originality"),
    ("engines.llm.fill", "checks.length"),
    ("engines.llm.refine", "checks.faithfulness"),
    # DESIGN "seo/: serp (title px)": the planner scores title candidates by the width the audit judges.
    ("plan.titles", "seo.serp"),
}


def stage(module: str) -> str:
    """'redac.plan.outline' -> 'plan'; 'redac' -> '' (the API); 'redac.limits' -> 'limits'."""
    parts = module.split(".")[1:]
    return parts[0] if parts else ""


def module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def runtime_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {id(node) for branch in ast.walk(tree) if isinstance(branch, ast.If) and "TYPE_CHECKING" in ast.unparse(branch.test)
                   for statement in branch.body for node in ast.walk(statement)}
    package = module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
    found = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else []))
            found.update(_from_redac(alias.name) if base == "redac" else base for alias in node.names)
    return {name for name in found if name == "redac" or name.startswith("redac.")}


def _from_redac(name: str) -> str:
    """`from redac import cli` names a module; `from redac import audit, __version__` the API."""
    return f"redac.{name}" if (SRC / name).is_dir() or (SRC / f"{name}.py").is_file() else "redac"


def violations() -> list[str]:
    found = []
    for path in sorted(SRC.rglob("*.py")):
        importer = module_name(path)
        for imported in runtime_imports(path):
            a, b = stage(importer), stage(imported)
            if a == b or (importer.removeprefix("redac."), imported.removeprefix("redac.")) in ALLOWED:
                continue
            if LEVELS[b] >= LEVELS[a] and not LEVELS[a] == LEVELS[b] == 0:
                found.append(f"{importer} imports {imported} ({b or 'API'} is {'beside' if LEVELS[a] == LEVELS[b] else 'above'} {a or 'API'})")
    return found


def test_every_stage_has_a_level():
    stages = {stage(module_name(path)) for path in SRC.rglob("*.py")}
    assert stages <= LEVELS.keys(), stages - LEVELS.keys()


def test_no_stage_imports_a_stage_above_or_beside_it():
    assert violations() == []


def test_the_walker_sees_a_violation(tmp_path, monkeypatch):
    """The test can fail: a primitive that imports the planner is reported."""
    tree = tmp_path / "redac"
    (tree / "french").mkdir(parents=True)
    (tree / "french" / "bad.py").write_text("def f():\n    from redac.plan.outline import outline\n", encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "SRC", tree)
    assert violations() == ["redac.french.bad imports redac.plan.outline (plan is above french)"]


def loaded_by(module: str) -> list[str]:
    code = f"import sys, {module}; print(' '.join(sorted(m for m in sys.modules if m == 'redac' or m.startswith('redac.'))))"
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()


def test_the_fact_check_loads_only_what_it_needs():
    """36 redac modules before the primitives moved into french/ (it pulled in the planner and the
    audit); half of that, and since issue 14 the quotation guard and the one table of thresholds it
    reads (limits, with config and errors); then the counted-noun classes (french/nouns) and what a
    passage supports (checks/support), split out of faithfulness.py; then the claim checks split by concern
    (checks/counts, speakers, swaps, bindings) with the verb arguments (french/arguments) and the titles a
    passage calls a person by (french/offices); then the clause frames, read by concern (french/frames,
    clause_verbs, noun_phrases, with french/passive's participles) and compared in checks/frame_roles; then the figures
    a passage binds to each name (checks/figures); then redac's cache folder (redac/cache.py: the lemma trie's place,
    and the compiled patterns every process reads first); then the qualifiers and comparison bases two nouns or years
    trade (checks/traded); then the numbers and days one step of arithmetic from the passage (checks/derived) and the
    plain order of cleft sentences (french/clefts); then the comparisons a rewrite may turn around (french/comparisons);
    then the words that deny by their meaning (french/denials) and the opposite-word tables split out of french/negation
    (french/opposites); then the referent windows split out of faithfulness.py (checks/referents); then the bounds a
    rewrite turns around (« moins de » for « plus de », checks/bounds); then how a quotation is found in the source, cut
    by « […] » or not (checks/quote_match, split out of checks/quotes); then the negations said without « ne … pas »
    that french/negation reads from modules of their own, as it stands at its size limit (french/pending: « attendent
    toujours d'être payés », with « reste à »; french/firsts: « le premier foyer détecté »; french/fears: « craint que
    … ne »); then two participants trading places with the rest kept (checks/exchanges: « un rapport du BRGM, remis au
    département » → « un rapport du département, remis au BRGM ») and a verb's voice flipped under the same subject
    (checks/voice: « a été éliminée par la Pologne » → « a éliminé la Pologne »), and the reporter a sentence closes on,
    named by a title (checks/reporters: « a précisé l'administrateur judiciaire » → « a précisé le président de X »); then the
    title a quotation's speaker is given (checks/speaker_words: « Pour l'expert, … » for « », affirme l'expert ») and the
    span between two dates of the passage (checks/spans: « trois jours après » for « vendredi » and « lundi »); then
    six readers of planted errors kept in modules of their own, as checks/claims stands at its size limit: a passive's
    agent given another part (checks/agents), a noun's classifying adjective replaced (checks/qualifiers), a quotation's
    speaker read from its incise (checks/incises), two phrases exchanged (checks/swapped_spans), a degree or a prefix
    turned around (checks/degrees) and a quotation's own words told as fact (checks/unquoted)."""
    loaded = loaded_by("redac.checks.faithfulness")
    assert len(loaded) <= 60, loaded
    assert not [name for name in loaded if stage(name) in {"plan", "seo", "analysis", "ingest"}]
