"""Near-duplicate stories: MinHash signatures over runs of content words, and merging one story's sources.

Two sites running the same wire differ in their lead, their title, their noise and a few words here
and there; they share most of their runs of three content words (function words dropped, so "a
déclaré" and "a dit" differences cost less). A MinHash signature keeps, for each of PERMUTATIONS
random hash functions, the smallest hash of the document's shingles; the share of equal minimums
between two signatures estimates the Jaccard similarity of their shingle sets. Signatures use
blake2b and a fixed seed, so they are stable across runs and the store's history is compared too.
"""

from __future__ import annotations

import hashlib

import numpy as np

from redac.french.sentences import split_sentences
from redac.french.text import fold
from redac.french.tokens import tokens
from redac.french.wordlists import function_words
from redac.models import Block, CleanResult, Document

SHINGLE_WORDS = 3
PERMUTATIONS = 128
DUPLICATE_JACCARD = 0.3  # estimated shingle overlap from which two documents are one story (unrelated: < 0.05)
_SEED = np.random.default_rng(20261121)
_MULTIPLIERS = _SEED.integers(1, 2**63, PERMUTATIONS, dtype=np.uint64) | np.uint64(1)  # odd: multiply-shift
_OFFSETS = _SEED.integers(0, 2**63, PERMUTATIONS, dtype=np.uint64)


def signature(texts: list[str]) -> np.ndarray:
    """MinHash signature (PERMUTATIONS uint32) of the texts' content-word shingles."""
    hashes = _shingle_hashes(texts)
    if hashes.size == 0:
        return np.full(PERMUTATIONS, np.iinfo(np.uint32).max, dtype=np.uint32)
    with np.errstate(over="ignore"):  # multiply-shift hashing wraps modulo 2**64 on purpose
        mixed = hashes[:, None] * _MULTIPLIERS[None, :] + _OFFSETS[None, :]
    return (mixed >> np.uint64(32)).min(axis=0).astype(np.uint32)


def _shingle_hashes(texts: list[str]) -> np.ndarray:
    stop = function_words()
    words = [fold(word) for text in texts for word in tokens(text)]
    content = [word for word in words if word not in stop and any(ch.isalnum() for ch in word)]
    shingles = {" ".join(content[i : i + SHINGLE_WORDS]) for i in range(len(content) - SHINGLE_WORDS + 1)}
    digests = [hashlib.blake2b(shingle.encode(), digest_size=8).digest() for shingle in shingles]
    return np.frombuffer(b"".join(digests), dtype=np.uint64)


class DuplicateIndex:
    """Signatures of the stories already seen; `match` finds the closest one above the threshold."""

    def __init__(self):
        self.ids: list[str] = []
        self._positions: dict[str, int] = {}
        self._rows: list[np.ndarray] = []
        self._matrix: np.ndarray | None = None

    def add(self, document_id: str, sig: np.ndarray) -> None:
        self._positions[document_id] = len(self.ids)
        self.ids.append(document_id)
        self._rows.append(sig)
        self._matrix = None

    def match(self, sig: np.ndarray, exclude: str | None = None, threshold: float = DUPLICATE_JACCARD) -> tuple[str, float] | None:
        """(id, estimated Jaccard) of the closest story at or above `threshold`, other than `exclude`."""
        if not self.ids:
            return None
        if self._matrix is None:
            self._matrix = np.vstack(self._rows)
        scores = (self._matrix == sig[None, :]).mean(axis=1)
        if exclude in self._positions:
            scores[self._positions[exclude]] = -1.0
        best = int(scores.argmax())
        return (self.ids[best], float(scores[best])) if scores[best] >= threshold else None


def merge_sources(primary: CleanResult, others: list[CleanResult]) -> CleanResult:
    """One source for one story: the primary's blocks, then each other source's paragraphs it lacks.

    A paragraph is added when most of its sentences are new, so the article can use every fact of
    every site while faithfulness is checked against the union.
    """
    known = {fold(sentence) for block in primary.document.blocks for sentence in split_sentences(block.text)}
    blocks = list(primary.document.blocks)
    for other in others:
        for block in other.document.blocks:
            sentences = [fold(sentence) for sentence in split_sentences(block.text)]
            new = [sentence for sentence in sentences if sentence not in known]
            if block.kind == "paragraph" and sentences and len(new) * 2 > len(sentences):
                blocks.append(Block(block.text, block.kind, block.level))
                known.update(new)
    sources = " + ".join([primary.document.source] + [other.document.source for other in others])
    document = Document(primary.document.title, blocks, primary.document.meta, sources, primary.document.format)
    return CleanResult(document, primary.removed + [r for other in others for r in other.removed], primary.brief)
