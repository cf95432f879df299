"""Hostile inputs found while trying redac as a user would, written to files on demand.

Each entry says whether the input is usable (an article can come out of it) or not; an unusable one
must end every command with one line on stderr and exit 2, at once.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

SENTENCE = "Le conseil municipal de Rennes a voté mardi soir un budget de 12 millions d’euros pour les écoles."
PARAGRAPHS = [
    SENTENCE,
    "La maire a défendu un effort « sans précédent » pour rénover quatorze groupes scolaires d’ici 2027.",
    "L’opposition a dénoncé un calendrier trop serré et demandé un audit des chantiers déjà engagés.",
    "Les travaux commenceront à l’été, pendant les vacances, afin de ne pas gêner les élèves.",
]
ARTICLE = "Rennes vote un budget pour ses écoles\n\n" + "\n\n".join(PARAGRAPHS) + "\n"
LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n' for i in range(1, 10))
    + "]>\n"
)


@dataclass(frozen=True, slots=True)
class Hostile:
    name: str  # file name (its extension is part of the case)
    usable: bool  # whether an article can come out of it
    content: bytes | None = None  # None: built by `write` (a folder, a special file)


def _html(body: str) -> str:
    return f'<!DOCTYPE html><html lang="fr"><head><title>Rennes</title></head><body>{body}</body></html>'


def _article_html() -> str:
    return "<article><h1>Rennes vote un budget</h1>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</article>"


def _feed_item(description: str) -> str:
    return f"<item><title>Rennes</title><link>https://x.fr/a</link><description>{description}</description></item>"


def cases() -> list[Hostile]:
    deep = 100_000
    paragraphs_html = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return [
        Hostile("brackets.json", False, b"[" * deep + b"]" * deep),
        Hostile("braces.json", False, b'{"a":' * deep + b"1" + b"}" * deep),
        Hostile("brackets-open.json", False, b"[" * deep),
        Hostile("brackets.txt", False, b"[" * deep + b"]" * deep),
        Hostile("not-json.json", False, "Ceci n’est pas du JSON : " .encode() + SENTENCE.encode()),
        Hostile("deep-record.json", False, b'{"text": ' + b"[" * 5000 + b'"x"' + b"]" * 5000 + b"}"),
        Hostile("records.jsonl", False, b"[" * 3000 + b"]" * 3000 + b"\n" + b"{" * 3000 + b"\n"),
        Hostile("deep.html", False, _html("<div>" * deep + paragraphs_html + "</div>" * deep).encode()),
        Hostile("deep-unclosed.html", False, _html("<div><span>" * deep).encode()),
        Hostile("deep-article.html", False, _html(_article_html().replace("<p>", "<p>" + "<b>" * 3000, 1)).encode()),
        Hostile("laughs.html", False, (LAUGHS + _html("<p>&lol9;</p>")).encode()),
        Hostile(
            "laughs-feed.xml", False,
            (LAUGHS + '<rss version="2.0"><channel><title>T</title>' + _feed_item("&lol9;") + "</channel></rss>").encode(),
        ),
        Hostile(
            "deep-feed.xml", False,
            ('<rss version="2.0"><channel><title>T</title><item><title>x</title><description>'
             + "<x>" * deep + "</x>" * deep + "</description></item></channel></rss>").encode(),
        ),
        Hostile(
            "deep-feed-html.xml", False,
            ('<rss version="2.0"><channel><title>T</title>'
             + _feed_item(("&lt;div&gt;" * 5000) + "".join(f"&lt;p&gt;{p}&lt;/p&gt;" for p in PARAGRAPHS))
             + "</channel></rss>").encode(),
        ),
        Hostile("one-line-50mb.txt", False, b"a" * (50 * 2**20)),
        Hostile("one-line-4mb.txt", False, ("mot " * (2**20)).encode()),
        Hostile("one-line-4mb.html", False, _html("<p>" + "mot " * 2**20 + "</p>").encode()),
        Hostile("nul-start.txt", True, b"\x00" + ARTICLE.encode()),
        Hostile("nul-start.md", False, ARTICLE.encode().replace(b" ", b"\x00")),
        Hostile("nul-inside.txt", True, ARTICLE.encode() + ("\n" + SENTENCE).encode() * 100 + b"\x00\n" + ARTICLE.encode()),
        Hostile("nul-inside.html", True, _html(_article_html().replace("</h1>", "\x00</h1>")).encode()),
        Hostile("nul-many.html", False, _html(_article_html()).replace(" ", "\x00").encode()),
        Hostile("mixed-encodings.txt", True, ARTICLE.encode("utf-8") + "\nÉté brûlant à Rennes, a-t-il ajouté.\n".encode("cp1252")),
        Hostile("invalid-bytes.txt", False, bytes(range(0x80, 0x100)) * 64),
        Hostile("bad-bom.txt", False, b"\xff\xfe\x00\xd8" + b"\x00" * 3),
        Hostile("utf16.txt", True, ARTICLE.encode("utf-16")),
        Hostile("empty.txt", False, b""),
        Hostile("whitespace.txt", False, b" \n\t\r\n  \n"),
        Hostile("unicode-spaces.txt", False, "\u00a0\u2003\u3000\n\ufeff\u200b\n".encode()),
        Hostile("bom-only.md", False, b"\xef\xbb\xbf"),
        Hostile("binary.bin", False, bytes((i * 37 + 11) % 256 for i in range(4096))),
        Hostile("png.html", False, b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8),
        Hostile("directory", False),
        Hostile("unreadable.txt", False),
    ]


def write(case: Hostile, folder: Path) -> Path:
    """The case as a path under `folder` (a folder, or an unreadable file, for those without content)."""
    path = folder / case.name
    if case.name == "directory":
        path.mkdir(exist_ok=True)
        (path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    elif case.name == "unreadable.txt":
        if os.geteuid() == 0:  # root reads any file: a file whose read fails for everyone
            return Path("/proc/self/mem")
        path.write_text(ARTICLE, encoding="utf-8")
        path.chmod(0)
    else:
        path.write_bytes(case.content or b"")
    return path
