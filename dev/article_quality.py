"""What an editor sees first in an offline rewrite, per article, and the counts issue 16 asks for.

For each input: the source title, redac's keyphrase, title, headings, FAQ questions, words and
failed checks; then per set the counts: lone-common-noun / fragment keyphrases, titles equal to,
a prefix of, or a near-copy of the source title, headings cut in half or glued with « et », failed
fact checks on redac's own output, sentences repeated verbatim.

Sets: `samples` (/work/shared/samples + examples/), `tune` and `measure` (dev/articles, see its
README; look only at the counts of `measure` while tuning: `--counts-only`), `fresh` (a second held-out
set, labelled in dev/articles/fresh_labels.tsv before its output was read), `fresh2` (a blind set, g01–g14,
labelled in dev/articles/fresh2_labels.tsv by a session that never saw redac's output on it), `fresh3`
(a second blind set, h01–h19, labelled the same way in dev/articles/fresh3_labels.tsv), `fresh4` (a third
blind set, p01–p28, labelled the same way in dev/articles/fresh4_labels.tsv), `fresh5` (a fourth blind set,
q01–q24, labelled the same way in dev/articles/fresh5_labels.tsv), `fresh6` (a fifth blind set, r01–r28,
labelled the same way in dev/articles/fresh6_labels.tsv), `fresh7` (a sixth blind set, s01–s31, labelled the
same way in dev/articles/fresh7_labels.tsv), `fresh8` (a seventh blind set, t01–t31, labelled the same way in
dev/articles/fresh8_labels.tsv), `fresh9` (an eighth blind set, u01–u36, labelled the same way in
dev/articles/fresh9_labels.tsv), `fresh10` (a ninth blind set, v01–v43, labelled the same way in
dev/articles/fresh10_labels.tsv), `fresh11` (a tenth blind set, w01–w49, labelled the same way in
dev/articles/fresh11_labels.tsv), `fresh12` (an eleventh blind set, x01–x49, labelled the same way in
dev/articles/fresh12_labels.tsv), `fresh13` (a twelfth blind set, y01–y49, labelled the same way in
dev/articles/fresh13_labels.tsv), `fresh14` (a thirteenth blind set, z01–z49, labelled the same way in
dev/articles/fresh14_labels.tsv), `fresh15` (a fourteenth blind set, za01–za30, labelled the same way in
dev/articles/fresh15_labels.tsv), `fresh16` (a fifteenth blind set, zb01–zb30, labelled the same way in
dev/articles/fresh16_labels.tsv), `fresh17` (a sixteenth blind set, zc01–zc30, labelled the same way in
dev/articles/fresh17_labels.tsv), `fresh18` (a seventeenth blind set, zd01–zd30, labelled the same way in
dev/articles/fresh18_labels.tsv), `fresh19` (an eighteenth blind set, ze01–ze30, labelled the same way in
dev/articles/fresh19_labels.tsv).

Titles that fall back to the planner's filler (« Keyphrase : ce qu’il faut retenir ») are counted (`title filler`).
Headings are flagged cut (those ending on a function word are also counted apart), glued, name (a noun glued to a name), time, credit, vague, keyphrase (the bare keyphrase) or repeated; on fresh,
fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, fresh10, fresh11, fresh12, fresh13, fresh14, fresh15, fresh16, fresh17, fresh18 and fresh19 the keyphrase is scored against the hand-written story subject
(full, partial, miss).

Usage: python dev/article_quality.py [samples|tune|measure|fresh|fresh2|fresh3|fresh4|fresh5|fresh6|fresh7|fresh8|fresh9|fresh10|fresh11|fresh12|fresh13|fresh14|fresh15|fresh16|fresh17|fresh18|fresh19|all] [--counts-only]
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

import redac  # noqa: E402
from redac.errors import InputError  # noqa: E402
from redac.french.lemmas import is_known_word, lemma  # noqa: E402
from redac.french.text import fold  # noqa: E402
from redac.french.tokens import tokens  # noqa: E402
from redac.french.wordlists import function_words  # noqa: E402

FILLER = "ce qu’il faut retenir"  # the planner's fallback angle, « Keyphrase : ce qu’il faut retenir »
NEAR_COPY = 0.6  # share of the title's content words in one unbroken run of the source title


def shared_samples() -> Path:
    """`../shared/samples` of the checkout, or of the main checkout when this one is a worktree below it."""
    for folder in ROOT.parents:
        if (folder / "shared" / "samples").is_dir():
            return folder / "shared" / "samples"
    return ROOT.parent / "shared" / "samples"


def inputs(which: str) -> list[Path]:
    if which == "samples":
        return sorted(shared_samples().glob("*.txt")) + sorted((ROOT / "examples").glob("*.txt"))
    manifest = (HERE / "articles" / "manifest.tsv").read_text(encoding="utf-8").splitlines()[1:]
    rows = [line.split("\t") for line in manifest if line]
    paths = [HERE / "articles" / "texts" / f"{row[0]}.txt" for row in rows if row[4] == which]
    missing = [path.stem for path in paths if not path.exists()]
    if missing:  # a text the rebuild could not match to its sha256 is left out, and said so
        print(f"## {which}: not rebuilt, left out: {', '.join(missing)}")
    return [path for path in paths if path.exists()]


def labelled_pages(which: str):
    """(id, hand-written story subject, cleaned document, analysis) for each labelled page of a set, as `redac rewrite`
    reads it."""
    from redac.analysis import analyze

    for path in inputs(which):
        subject = LABELS.get(path.stem)
        if subject:
            document = redac.clean(path).document
            yield path.stem, subject, document, analyze(document.blocks)


def content(text: str) -> list[str]:
    return [lemma(t) for t in tokens(text) if fold(t) not in function_words() and not t.isdigit()]


def keyphrase_flaw(keyphrase: str, source: str) -> str:
    """'lone' (one common word), 'fragment' (a word the source never writes alone), or ''."""
    words = tokens(keyphrase)
    source_words = {fold(t) for t in re.findall(r"[^\W_]+", source)} | {fold(t) for t in tokens(source)}
    if not words:
        return "empty"
    if any(fold(w) not in source_words for w in words):
        return "fragment"
    meaningful = [w for w in words if fold(w) not in function_words()]
    if len(meaningful) == 1 and meaningful[0].islower() and is_known_word(meaningful[0]):
        return "lone"
    return ""


def labels() -> dict[str, str]:
    """Story subjects written by hand before any output was seen (fresh_labels.tsv, fresh2_labels.tsv), by id."""
    found = {}
    for name in ("fresh_labels.tsv", "fresh2_labels.tsv", "fresh3_labels.tsv", "fresh4_labels.tsv",
                 "fresh5_labels.tsv", "fresh6_labels.tsv", "fresh7_labels.tsv", "fresh8_labels.tsv",
                 "fresh9_labels.tsv", "fresh10_labels.tsv", "fresh11_labels.tsv",
                 "fresh12_labels.tsv", "fresh13_labels.tsv", "fresh14_labels.tsv", "fresh15_labels.tsv",
                 "fresh16_labels.tsv", "fresh17_labels.tsv", "fresh18_labels.tsv",
                 "fresh19_labels.tsv"):
        for line in (HERE / "articles" / name).read_text(encoding="utf-8").splitlines()[1:]:
            if line.strip():
                row = line.split("\t")
                found[row[0]] = row[1]
    return found


def names_story(keyphrase: str, subject: str) -> str:
    """'full' when every content word of the keyphrase is in the label's subject (by lemma), 'partial' when
    its head word or at least half of its words are, 'miss' otherwise (a person or a place alone where the
    label names an event)."""
    words = content(keyphrase)
    wanted = set(content(subject))
    if not words:
        return "miss"
    found = [w in wanted for w in words]
    if all(found):
        return "full"
    return "partial" if found[0] or sum(found) * 2 >= len(found) else "miss"


def title_copy(title: str, source_title: str | None) -> str:
    """'equal', 'prefix' (one starts the other, keyphrase prefix aside), 'near-copy', or ''."""
    if not source_title:
        return ""
    a, b = fold(title), fold(source_title)
    if a == b:
        return "equal"
    rest = a.split(" : ", 1)[1] if " : " in a else a
    if b.startswith(rest) or rest.startswith(b) or b.startswith(a):
        return "prefix"
    t, s = content(title), content(source_title)
    if not t:
        return ""
    best = 0
    for i in range(len(t)):
        for j in range(len(s)):
            k = 0
            while i + k < len(t) and j + k < len(s) and t[i + k] == s[j + k]:
                k += 1
            best = max(best, k)
    return "near-copy" if best / len(t) >= NEAR_COPY and best >= 3 else ""


# What an editor strikes out of a heading (this script's own lists, independent of the generator's):
# a heading that ends on an adverb or a conjunction is cut (« Abattage de presque », « Loups parce »); one that
# says when (« Bêtes mercredi soir », « Époque du … ») or who reported it (« Micro de BFM DICI », « Récit du
# Parisien ») does not say what the section tells; neither does a generic or evaluative head (« Belle façon »,
# « Joli terrain de jeu ») or a bare infinitive (« Agir vite »).
HEADING_ADVERBS = frozenset("presque tres trop assez bien mal vite beaucoup environ notamment seulement surtout deja "
                            "ensuite enfin aussi ainsi desormais ici la-bas hier demain aujourd hui".split())
HEADING_CONJUNCTIONS = frozenset("parce puisque lorsque tandis quand comme si car donc mais ou et ni or que qu".split())
# Prepositions, determiners and adverbs of degree, place or time that the lists above leave out: a heading ending on one
# stops before what it governs (« Déchets partout sauf », « Peintres de la Cour autour », « Fumée blanche tant »).
HEADING_OPEN_ENDS = frozenset("sauf autour grace pres loin face lors afin quant jusque jusqu parmi outre hormis excepte envers "
                              "durant pendant malgre selon depuis hors vers via chez contre entre avant apres des "
                              "tant autant partout ailleurs desormais plutot guere davantage longtemps parfois souvent "
                              "toujours jamais encore juste voire tellement chaque plusieurs quelques aucun aucune certains "
                              "certaines tout toute tous toutes".split())
TIME_WORDS = frozenset("lundi mardi mercredi jeudi vendredi samedi dimanche matin soir soiree nuit midi apres-midi "
                       "veille lendemain semaine semaines mois jour jours journee annee annees epoque periode moment "
                       "heure heures instant janvier fevrier mars avril mai juin juillet aout septembre octobre "
                       "novembre decembre".split())
MEDIA_WORDS = frozenset("micro recit recits antenne plateau interview entretien temoignage propos confrere confreres "
                        "journal quotidien redaction photo photos illustration credit afp reuters bfm bfmtv dici "
                        "figaro franceinfo rtl rmc lci tf1 presse".split())
# Media names that are common adjectives too (« club parisien », « presse libérale »): a credit only capitalized.
MEDIA_NAMES = frozenset({"Parisien", "Libération"})
VAGUE_HEADS = frozenset("facon maniere chose limite double moitie partie reste suite cas fait point sorte genre "
                        "joli jolie beau belle bel petit petite bon bonne vrai vraie gros grosse drole".split())


def ends_on_function_word(heading: str) -> bool:
    """Whether the heading's last word is a preposition, a conjunction, a determiner or an adverb of that kind
    (this script's lists and redac's function words): the heading stops mid-phrase."""
    words = tokens(heading)
    if not words:
        return True
    last = fold(words[-1])
    return ((last in function_words() and last not in {"lui", "eux", "elle"})
            or last in HEADING_ADVERBS | HEADING_CONJUNCTIONS | HEADING_OPEN_ENDS)


def heading_flaw(heading: str, source: str, keyphrase: str = "") -> str:
    """'cut' when the heading ends on a function word, an adverb or a conjunction, or stops inside a name;
    'glued' for 'X et Y' the source never writes; 'time' or 'credit' when it names when or who reported;
    'vague' for a generic or evaluative head or an infinitive; 'keyphrase' for the bare keyphrase; 'name' for a noun
    glued to a person's or a thing's two-word name (« Paroisse Yves Trocheris »); ''."""
    words = tokens(heading)
    if not words:
        return "cut"
    folded = [fold(w) for w in words]
    if ends_on_function_word(heading):
        return "cut"
    if folded[-1] in HEADING_ADVERBS | HEADING_CONJUNCTIONS or (
            folded[-1].endswith("ment") and len(folded[-1]) > 6 and not is_known_noun(words[-1])):
        return "cut"
    last = words[-1]
    if last[:1].isupper():
        if re.search(rf"\b{re.escape(last)}[^\S\n]+[A-ZÀ-Þ][\w-]+", source):  # on one line: a block's end is no cut
            return "cut"
    body = re.split(r"[\s\u00a0\u202f]:\s", heading, maxsplit=1)[-1]  # the article's colon has a no-break space before it
    first = tokens(body)[0] if tokens(body) else words[0]  # « Keyphrase : body »: the keyphrase is no cut of the body
    if " et " in body and fold(body) not in fold(source):
        return "glued"
    if first[:1].isupper() and name_goes_on_before(first, source) and not re.search(rf"(?:^|[.!?]\s+){re.escape(first)}\b", source):
        return "cut"
    if keyphrase and fold(heading) == fold(keyphrase):
        return "keyphrase"
    if NOUN_AND_NAME_RE.fullmatch(body):  # « Paroisse Yves Trocheris », « Préfet Etienne Guyot »: says who, not what
        return "name"
    body_words = [fold(w) for w in tokens(body)]
    if set(body_words) & MEDIA_WORDS or set(tokens(body)) & MEDIA_NAMES:
        return "credit"
    if body_words[0] in TIME_WORDS or body_words[-1] in TIME_WORDS or (len(body_words) > 1 and body_words[1] in TIME_WORDS):
        return "time"
    infinitive = (len(body_words) > 1 and body_words[0].endswith(("er", "ir")) and not body_words[0].endswith("ier") and lemma(body_words[0]) == body_words[0]
                  and not is_known_noun(body_words[0]) and body_words[1] in HEADING_ADVERBS | function_words())
    if body_words[0] in VAGUE_HEADS or infinitive:  # « Agir vite », « Emporter dès le soir »
        return "vague"
    return ""


NOUN_AND_NAME_RE = re.compile(r"[A-ZÀ-Þa-zà-ÿ][a-zà-ÿ\-]+ [A-ZÀ-Þ][a-zà-ÿ][\w\-]* [A-ZÀ-Þ][a-zà-ÿ][\w\-]*")


def name_goes_on_before(first: str, source: str) -> bool:
    """Whether the source writes a capitalized word right before the heading's first word, on the same line, that
    is not an article or a preposition (« Jens Stoltenberg », not « Le Stade français » or « du Prix Nobel »)."""
    return any(fold(match.group(1)) not in function_words()
               for match in re.finditer(rf"([A-ZÀ-Þ][\w-]*)[^\S\n]+{re.escape(first)}\b", source))


NOUNS_ENDING_LIKE_VERBS = frozenset("hiver cancer danger dossier quartier conseiller fer mer hier plaisir avenir "
                                    "desir loisir souvenir pouvoir devoir savoir espoir soir couloir trottoir "
                                    "moment gouvernement departement document evenement mouvement parlement "
                                    "batiment equipement logement traitement".split())


def is_known_noun(word: str) -> bool:
    return fold(word) in NOUNS_ENDING_LIKE_VERBS


def repeated_lines(article) -> int:
    seen = Counter(line.text for block in article.blocks if block.kind != "heading" for line in block.lines)
    return sum(count - 1 for count in seen.values() if count > 1)


LABELS = labels()


def run(paths: list[Path], counts_only: bool) -> Counter:
    counts: Counter = Counter()
    for path in paths:
        try:
            result = redac.rewrite(path)
        except InputError as error:  # a page redac finds no article in is a result, not a crash
            counts["articles"] += 1
            counts["no article text"] += 1
            if not counts_only:
                print(f"== {path.name}  [no article: {error}]")
            continue
        article, report = result.article, result.report
        source = "\n".join([result.source.document.title or "", *(b.text for b in result.source.document.blocks)])
        source_title = result.source.document.title
        k_flaw = keyphrase_flaw(article.keyphrase, source)
        subject = LABELS.get(path.stem)
        story = names_story(article.keyphrase, subject) if subject else ""
        t_flaw = title_copy(article.title, source_title)
        headings = [b.text for b in article.blocks if b.kind == "heading" and b.role == "body"]
        h_flaws = [(h, heading_flaw(h, source, article.keyphrase)) for h in headings]
        h_flaws = [(h, f or ('repeated' if [x for x, _ in h_flaws].count(h) > 1 else '')) for h, f in h_flaws]
        questions = [b.text for b in article.blocks if b.kind == "question"]
        repeats = repeated_lines(article)
        failed = [c.id for c in report.failed]
        counts["articles"] += 1
        counts[f"keyphrase {k_flaw}"] += bool(k_flaw)
        if story:
            counts[f"keyphrase names story: {story}"] += 1
        counts[f"title {t_flaw}"] += bool(t_flaw)
        counts["title filler"] += FILLER in article.title
        counts["headings"] += len(headings)
        counts["headings cut"] += sum(f == "cut" for _, f in h_flaws)
        counts["headings glued"] += sum(f == "glued" for _, f in h_flaws)
        counts["headings ending on a function word"] += sum(ends_on_function_word(h) for h in headings)
        for kind in ("time", "credit", "vague", "keyphrase", "repeated", "name"):
            counts[f"headings {kind}"] += sum(f == kind for _, f in h_flaws)
        counts["headings flawed"] += sum(bool(f) for _, f in h_flaws)
        counts["generic FAQ questions"] += sum("que faut-il savoir" in q for q in questions)
        counts["failed fact checks"] += "faithfulness" in failed
        counts["articles with verbatim repeats"] += bool(repeats)
        counts["readability < 90 (redac)"] += report.audit.readability_score < 90
        if counts_only:
            continue
        print(f"== {path.name}  [{report.words} words; failed: {','.join(failed) or '-'}]")
        print(f"   source title: {source_title}")
        print(f"   keyphrase:    {article.keyphrase}" + (f"   <-- {k_flaw}" if k_flaw else "")
              + (f"   [story: {story}; label: {subject}]" if story else ""))
        print(f"   title:        {article.title}" + (f"   <-- {t_flaw}" if t_flaw else ""))
        for heading, flaw in h_flaws:
            print(f"   H2: {heading}" + (f"   <-- {flaw}" if flaw else ""))
        for question in questions:
            print(f"   Q:  {question}")
        if repeats:
            print(f"   verbatim repeats: {repeats}")
    return counts


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    which = args[0] if args else "samples"
    counts_only = "--counts-only" in sys.argv
    sets = ["samples", "tune", "measure"] if which == "all" else [which]
    for name in sets:
        counts = run(inputs(name), counts_only or name == "measure" and "--show-measure" not in sys.argv)
        print(f"## {name}: " + ", ".join(f"{key}={value}" for key, value in sorted(counts.items()) if value or key == "articles"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
