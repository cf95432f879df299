"""Batch inputs built from the shared samples: the same story as a second site runs it, and many distinct documents."""

from __future__ import annotations

import random
from pathlib import Path

SAMPLES = {path.stem[:3]: path.read_text(encoding="utf-8") for path in sorted((Path(__file__).parents[1] / "data" / "samples").glob("*.txt"))}

# Another site's version: its own title and lead, no key-point box, a few verbs changed, its own noise,
# the last paragraph cut. Written by hand for the test.
SECOND_SITE = {
    "001": (
        "Garanties de sécurité : Zelensky presse ses alliés après son échange avec Mark Rutte",
        "Après un entretien jugé « constructif » avec Mark Rutte, le chef de l'OTAN, Volodymyr Zelensky a demandé "
        "vendredi que le travail sur les garanties de sécurité de l'Ukraine aille plus vite.",
    ),
    "003": (
        "Pourparlers de paix : le Kremlin favorable à une accélération voulue par Kiev",
        "Moscou se dit prêt à aller plus vite dans les négociations de paix, comme le réclame Volodymyr Zelensky, "
        "même si les deux camps restent divisés sur un cessez-le-feu.",
    ),
}
NOISE = ["Publicité", "Lire aussi : les dernières infos sur la guerre en Ukraine", "Source link", "Partager sur X"]


def second_site(name: str) -> str:
    title, lead = SECOND_SITE[name]
    lines = [line for line in SAMPLES[name].splitlines()[1:] if line.strip()]
    body = [line for line in lines if not line.lstrip().startswith("•") and line.strip() != "Principaux renseignements"]
    body = body[1:-1]  # their own lead replaces ours; the last paragraph is cut
    body = [line.replace("a déclaré", "a affirmé").replace("a ajouté", "a poursuivi") for line in body]
    return "\n\n".join([title, lead, NOISE[0], *body[:2], NOISE[1], *body[2:], NOISE[2]])


def distinct_documents(count: int, seed: int = 7) -> list[str]:
    """`count` texts built from the samples with varied noise; near-duplicates of each other by design."""
    rng = random.Random(seed)
    texts = []
    for number in range(count):
        lines = []
        for line in rng.choice(list(SAMPLES.values())).splitlines():
            lines.append(f"{line} #{number}" if len(line.split()) > 8 else line)
            if rng.random() < 0.15:
                lines.append(rng.choice(NOISE))
        texts.append("\n".join(lines))
    return texts
