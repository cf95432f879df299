"""Planted-corruption benchmark of the faithfulness check (issue 14).

    python bench/faithfulness.py [--per-doc 2] [--seed 14]

Over the five samples and the fourteen articles written for the tests (tests/checks/data/articles;
a07–a10 and sample 004 are the first held-out part, measured once and seen since; a11–a14 the fresh
held-out part, written before the second round of tuning and seen during it; a15 the blind part,
written after it), redac's own offline rewrite is taken, and the errors language models
make are planted programmatically, one per corrupted article, with seeded randomness: the existing
kinds (digit, day-month date, weekday, invented name, altered quotation) and the new ones (number
words, bare months, seasons, relative dates, dropped and added negations, two names of a sentence
swapped, a quotation given to another person of the article, a nationality changed, the noun a number
counts changed, and an invented claim, which the check shows for review rather than fails). A plant is caught when `redac check` reports a finding on the planted line. Printed:
caught / planted per kind and split; false alarms on the untouched rewrites; the share of
faithful paraphrase fixtures flagged and the unfaithful fixtures caught (tests/checks/data/fixtures.jsonl).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import redac  # noqa: E402
from redac.french.dates import BARE_MONTH_RE, MONTH_NAMES, SEASON_RE  # noqa: E402
from redac.french.demonyms import demonyms, place_adjectives, supports_adjective  # noqa: E402
from redac.french.facts import extract_facts  # noqa: E402
from redac.french.numbers import word_numbers  # noqa: E402
from redac.french.text import fold  # noqa: E402
from redac.render.article import article_markdown  # noqa: E402
from tests.checks.corpus import SPLITS, document_split, documents, findings, fixtures, source_text, to_review  # noqa: E402

WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
SEASONS = ["printemps", "été", "automne", "hiver"]
SPELLED = {"sept": 7, "onze": 11, "dix-huit": 18, "trente-quatre": 34, "quarante-huit": 48, "soixante-trois": 63,
           "quatre-vingt-dix": 90, "deux cents": 200, "trois": 3, "neuf": 9}
INVENTED = ["Sabine Kessler", "Tomasz Wrona", "Lucie Ferrand", "Jean-Marc Oliveira"]
ADJECTIVES = ["serbe", "belge", "suisse", "slovaque", "croate", "tchèque", "moldave", "russe"]
NOUNS = ["avions", "écoles", "entreprises", "soldats", "villages", "camions", "navires", "hôpitaux"]
CLAIMS = [  # invented claims: every name is the article's, every other word new to it
    "{name} a finalement obtenu un compromis complet sur chacun des points encore ouverts.",
    "Selon {name}, la totalité des divergences a été réglée lors d’une longue séance nocturne.",
    "{name} a conclu que plus rien ne s’opposait désormais à une signature rapide du texte.",
]
RELATIVE_SWAPS = [("avant-hier", "demain"), ("hier", "avant-hier"), ("demain", "hier"), ("dernière", "prochaine"),
                  ("dernier", "prochain"), ("prochaine", "dernière"), ("prochain", "dernier"), ("ce matin", "ce soir")]
RELATIVE_RE = re.compile(r"(?i)\b(avant-hier|hier|demain|ce matin|(?:semaine|mois|an|année|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (?:dernière|dernier|prochaine|prochain))\b")
NEGATION_RE = re.compile(r"\b(?:ne |n[’'])(\w+(?: \w+)?) (pas|plus|jamais) (?:(de|d’|d')\s*)?")
AUXILIARY_RE = re.compile(r"(?<= )(a|ont|est|sont|avait|avaient|sera|seront|doit|peut) (?=\w)")
ELIDED = {"a", "ont", "est", "avait", "avaient"}
SPEAKER_AFTER_RE = re.compile(r"»\s*,?\s*(?:a|ont|avait|s’est|s'est)\s+\w+\s+")


def body_lines(markdown: str) -> list[int]:
    lines = markdown.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("# "))
    return [i for i in range(start + 1, len(lines)) if lines[i] and not lines[i].startswith(("#", "**"))]


def persons(text: str, source: str) -> list:
    """Names of people: two words or more, or a surname the source gives with a first name; places left out."""
    surnames = {fold(f.text).split()[-1] for f in extract_facts(source) if f.kind == "name" and len(f.text.split()) > 1}
    places = {place for _, entry in demonyms().items() for place in entry[1]}
    return [f for f in extract_facts(text) if f.kind == "name" and (len(f.text.split()) > 1 or fold(f.text) in surnames)
            and fold(f.text) not in places]


def swap_at(line: str, start: int, end: int, new: str) -> str:
    return line[:start] + new + line[end:]


def plants(kind: str, line: str, source: str) -> list[tuple[str, str]]:
    """Every (corrupted line, planted text) of `kind` the line allows."""
    folded_source, facts = fold(source), extract_facts(line)
    out = []
    if kind == "digit":
        for f in facts:
            match = re.match(r"\d+", f.text)
            if f.kind == "number" and match and str(int(match.group(0)) + 7) not in source:
                new = str(int(match.group(0)) + 7)
                out.append((swap_at(line, f.start, f.start + len(match.group(0)), new), new))
    elif kind == "date":
        for f in facts:
            match = re.match(r"(\d+)(?:er)?\s", f.text)
            if f.kind == "date" and match:
                new = str(int(match.group(1)) % 27 + 2)
                out.append((swap_at(line, f.start, f.start + len(match.group(0)) - 1, new), new))
    elif kind == "weekday":
        for f in facts:
            if f.kind == "date" and fold(f.text) in WEEKDAYS:
                other = next((d for d in WEEKDAYS if d not in folded_source), None)
                if other:
                    out.append((swap_at(line, f.start, f.end, other), other))
    elif kind == "invented_name":
        for f in persons(line, source):
            if "«" not in line[: f.start] or "»" in line[: f.start]:
                new = INVENTED[len(f.text) % len(INVENTED)]
                out.append((swap_at(line, f.start, f.end, new), new))
    elif kind == "altered_quote":
        for match in re.finditer(r"«\s*([^«»]{25,}?)\s*»", line):
            words = match.group(1).split()
            longest = max(range(len(words)), key=lambda i: len(words[i]))
            words[longest] = "formidable" if words[longest] != "formidable" else "terrible"
            out.append((swap_at(line, match.start(1), match.end(1), " ".join(words)), " ".join(words)[:20]))
    elif kind == "number_word":
        values = {f.value.split(" ")[0] for f in extract_facts(source) if f.kind == "number"}
        for number in word_numbers(line):
            if number.approximate or number.ordinal:
                continue
            word = next((w for w, v in SPELLED.items() if str(v) not in values and v != number.value), None)
            if word:
                new = word.capitalize() if number.text[:1].isupper() else word
                out.append((swap_at(line, number.start, number.end, new), new))
    elif kind == "month":
        for match in BARE_MONTH_RE.finditer(line):
            other = next((m for m in MONTHS if fold(m) not in folded_source), None)
            if other and fold(match.group(1)) in MONTH_NAMES:
                out.append((swap_at(line, match.start(1), match.end(1), other), other))
    elif kind == "season":
        for match in SEASON_RE.finditer(line):
            season = fold(match.group("elided") or match.group("season"))
            other = next((name for name in SEASONS if fold(name) not in folded_source and fold(name) != season), None)
            if other:
                new = _season_phrase(match, other)
                out.append((swap_at(line, match.start(), match.end(), new), new))
    elif kind == "relative_date":
        for match in RELATIVE_RE.finditer(line):
            text = match.group(1)
            for old, new in RELATIVE_SWAPS:
                if re.search(rf"\b{old}\b", text) and fold(text.replace(old, new)) not in folded_source:
                    out.append((swap_at(line, match.start(1), match.end(1), text.replace(old, new, 1)), text.replace(old, new, 1)))
                    break
    elif kind == "negation_dropped":
        for match in NEGATION_RE.finditer(line):
            partitive = " des " if match.group(3) else " "
            out.append((swap_at(line, match.start(), match.end(), match.group(1) + partitive), match.group(1)))
    elif kind == "negation_added":
        for sentence in _sentences_without_negation(line):
            match = AUXILIARY_RE.search(line, sentence[0], sentence[1])
            if match:
                aux = match.group(1)
                new = (f"n’{aux} pas " if aux in ELIDED else f"ne {aux} pas ")
                out.append((swap_at(line, match.start(), match.end(), new), new.strip()))
    elif kind == "role_swap":
        people = [f for f in persons(line, source) if not _inside_quote(line, f.start)]
        for first, second in zip(people, people[1:]):
            joined = re.fullmatch(r"\s*(?:et|ni|ou)\s*", line[first.end : second.start])  # « entre X et Y »: swapping them changes nothing
            if fold(first.text).split()[-1] != fold(second.text).split()[-1] and not re.search(r"[.!?]", line[first.end : second.start]) and not joined:
                swapped = line[: first.start] + second.text + line[first.end : second.start] + first.text + line[second.end :]
                out.append((swapped, second.text))
    elif kind == "speaker_swap":
        everyone = {f.text for f in persons(source, source)}
        for match in SPEAKER_AFTER_RE.finditer(line):
            speaker = next((f for f in persons(line, source) if f.start >= match.end() and f.start - match.end() < 40), None)
            if speaker:
                others = sorted(p for p in everyone if fold(p).split()[-1] not in fold(line))
                if others:
                    out.append((swap_at(line, speaker.start, speaker.end, others[0]), others[0]))
    elif kind == "adjective":
        for written, adjective in place_adjectives(line):
            other = next((a for a in ADJECTIVES if not supports_adjective(fold(a), folded_source)), None)
            start = line.find(written)
            if other and written.islower() and fold(written) in (adjective, adjective + "s"):
                new = other + ("s" if fold(written).endswith("s") and not adjective.endswith("s") else "")
                out.append((swap_at(line, start, start + len(written), new), new))
    elif kind == "unsupported_claim":
        people = persons(line, source)
        if people and not line.startswith(("-", "*")):
            claim = CLAIMS[len(line) % len(CLAIMS)].format(name=people[0].text)
            out.append((line + " " + claim, claim[:40]))
    elif kind == "counted_noun":
        for f in [*facts, *(_word_fact(n) for n in word_numbers(line) if not n.approximate)]:
            if f.kind != "number" or not re.fullmatch(r"[\d.]+", f.value) or re.search(r"[A-Z]\w*\s*$", line[: f.start]):
                continue  # « Leopard 2 remis »: a model name, not a count
            match = re.match(r"\s+(?:autres\s+)?([a-zàâçéèêëîïôûù]{4,}s)\b", line[f.end :])
            if match:
                noun = next((n for n in NOUNS if fold(n) not in folded_source), None)
                if noun:
                    start = f.end + match.start(1)
                    out.append((swap_at(line, start, start + len(match.group(1)), noun), noun))
    return out


def _season_phrase(match: re.Match[str], season: str) -> str:
    """The season with the determiner French asks for: « cet automne », « au printemps », « l'hiver »."""
    vowel = season[0] in "aeéh"
    determiner = fold(match.group("det") or "l'")
    if determiner in ("ce", "cet", "cette"):
        phrase = ("cet " if vowel else "ce ") + season
    elif determiner in ("en", "au"):
        phrase = ("en " if vowel else "au ") + season
    elif determiner in ("du", "d'un"):
        phrase = ("de l’" if vowel else "du ") + season
    else:
        phrase = ("l’" if vowel else "le ") + season
    first = match.group(0)[0]
    return phrase[0].upper() + phrase[1:] if first.isupper() else phrase


def _word_fact(number):
    from redac.french.facts import Fact
    from redac.french.numbers import number_key

    return Fact("number", number.text, number_key(number.value), number.start, number.end)


def _inside_quote(line: str, offset: int) -> bool:
    return line[:offset].count("«") > line[:offset].count("»")


def _sentences_without_negation(line: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in re.finditer(r"[.!?](?:\s|$)", line + " "):
        chunk = line[start : match.end()]
        if not re.search(r"\b(?:ne|n’|n'|pas|jamais|aucun|aucune|sans|ni)\b", chunk) and "«" not in chunk:
            spans.append((start, min(len(line), match.end())))
        start = match.end()
    return spans


KINDS = ["digit", "date", "weekday", "invented_name", "altered_quote", "number_word", "month", "season", "relative_date",
         "negation_dropped", "negation_added", "role_swap", "speaker_swap", "adjective", "counted_noun", "unsupported_claim"]
ADVISORY = {"unsupported_claim"}  # shown for review (report.to_review), not failed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--per-doc", type=int, default=3, help="plants of each kind per article at most")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--split", choices=[*SPLITS, "all"], default="all", help="tune on 'tuned' only")
    parser.add_argument("--kind", choices=KINDS, action="append", help="plant only this kind (repeatable); default every kind")
    parser.add_argument("-v", "--verbose", action="store_true", help="print each missed plant")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    caught: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    alarms: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    reviews: dict[str, int] = defaultdict(int)
    for doc in documents():
        split, source = document_split(doc), source_text(doc)
        if args.split not in ("all", split):
            continue
        markdown = article_markdown(redac.rewrite(source).article)
        report = redac.check(markdown, source=source)
        untouched = report.unsupported
        alarms[split][0] += len(untouched)
        alarms[split][1] += 1
        reviews[split] += len(report.to_review)
        lines = markdown.split("\n")
        for kind in KINDS:  # every kind is drawn, so --kind checks the same plants as a full run
            candidates = [(index, new, planted) for index in body_lines(markdown) for new, planted in plants(kind, lines[index], source)]
            drawn = rng.sample(candidates, min(args.per_doc, len(candidates)))
            for index, new, planted in drawn if kind in (args.kind or KINDS) else ():
                corrupted = "\n".join(lines[:index] + [new] + lines[index + 1 :])
                checked = redac.check(corrupted, source=source)
                shown = checked.unsupported + (checked.to_review if kind in ADVISORY else [])
                found = [item for item in shown if item.where == f"ligne {index + 1}" and item not in untouched]
                caught[(kind, split)][1] += 1
                caught[(kind, split)][0] += bool(found)
                if args.verbose and not found:
                    print(f"missed {kind} in {doc}: {planted!r}: {new[:160]}")
    print("planted corruptions in redac's own rewrites: caught / planted (a finding on the planted line)")
    print(f"{'kind':18s}" + "".join(f"{split:>10s}" for split in SPLITS))
    for kind in args.kind or KINDS:
        cells = [f"{caught[(kind, split)][0]}/{caught[(kind, split)][1]}" for split in SPLITS]
        print(f"{kind:18s}" + "".join(f"{cell:>10s}" for cell in cells) + ("   (shown for review, not failed)" if kind in ADVISORY else ""))
    print("false alarms on the untouched rewrites: " + "; ".join(f"{split} {alarms[split][0]} in {alarms[split][1]}" for split in SPLITS))
    print("shown for review in the untouched rewrites: " + "; ".join(f"{split} {reviews[split]}" for split in SPLITS))
    _fixture_table(list(SPLITS) if args.split == "all" else [args.split], args.verbose)


def _fixture_table(splits: list[str], verbose: bool = False) -> None:
    print("\nhand-written fixtures (tests/checks/data/fixtures.jsonl)")
    for split in splits:
        rows = fixtures(split)
        faithful = [row for row in rows if row.label == "faithful"]
        flagged = sum(bool(findings(row)) for row in faithful)
        reviewed = sum(bool(to_review(row)) for row in faithful)
        by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for row in rows:
            if row.label == "unfaithful":
                by_kind[row.kind][1] += 1
                by_kind[row.kind][0] += bool(findings(row)) or row.kind == "claim" and bool(to_review(row))
        total = [sum(v[0] for v in by_kind.values()), sum(v[1] for v in by_kind.values())]
        detail = ", ".join(f"{kind} {a}/{b}" for kind, (a, b) in sorted(by_kind.items()))
        if verbose:
            for row in rows:
                found = findings(row)
                if bool(found) != (row.label == "unfaithful") and row.kind != "claim":
                    said = "; ".join(f"{item.kind} {item.text!r}" for item in found)
                    print(f"  {split} {row.id} {row.kind}: {'flagged: ' + said if found else 'missed'}: {row.rewrite[:140]}")
        print(f"{split:8s} faithful paraphrases flagged {flagged}/{len(faithful)} ({flagged / len(faithful):.1%}), shown for review {reviewed}; "
              f"unfaithful caught {total[0]}/{total[1]} (claim: shown for review): {detail}")


if __name__ == "__main__":
    main()
