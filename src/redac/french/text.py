"""Text normalization for matching (never for output: outputs keep the source's characters)."""

from __future__ import annotations

import codecs
import re
import unicodedata
from functools import lru_cache

APOSTROPHES_RE = re.compile("[’‘ʼ`´]")
COMBINING_RE = re.compile(r"[\u0300-\u036f]")
FOLD_ERRORS = "redac.fold"  # the codec error handler that folds each run of non-ASCII characters


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase, strip accents, straighten apostrophes and collapse spaces: 'L’Élysée ' -> "l'elysee".

    Run by run: an ASCII character is a starter that no mark reorders across and that NFKD leaves
    alone, so a line's normalization is its non-ASCII runs' normalizations between its ASCII text.
    The ASCII encoder copies that text at C speed and hands each run to `_fold_run`."""
    if not text.isascii():
        text = text.replace("`", "'").encode("ascii", FOLD_ERRORS).decode("utf-8", "surrogatepass")
    if "  " in text or not text.isprintable() or text[:1] == " " or text[-1:] == " ":
        text = " ".join(text.split())  # every other whitespace character is unprintable
    return text.lower()


def _fold_run(error: UnicodeError) -> tuple[bytes, int]:
    assert isinstance(error, UnicodeEncodeError)
    return _folded_run(error.object[error.start : error.end]), error.end


@lru_cache(maxsize=65536)
def _folded_run(run: str) -> bytes:
    """A run of non-ASCII characters folded (as UTF-8: the encoder copies bytes as they are); runs
    repeat from line to line ("é", "’", "« ")."""
    folded = COMBINING_RE.sub("", unicodedata.normalize("NFKD", APOSTROPHES_RE.sub("'", run)))
    return folded.encode("utf-8", "surrogatepass")


codecs.register_error(FOLD_ERRORS, _fold_run)
