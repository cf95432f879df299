"""Language of a paragraph, through py3langid restricted to languages news sources come in.

Short texts are unreliable for any identifier: under MIN_LETTERS letters the answer is None
("cannot tell"), which callers treat as not-a-failure.
"""

from __future__ import annotations

from functools import cache, lru_cache

LANGUAGES = ("fr", "en", "es", "it", "de", "pt", "nl", "ca", "ro", "pl", "ru", "uk", "ar", "tr")
MIN_LETTERS = 40


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(LANGUAGES))
    return identifier


@lru_cache(maxsize=8192)  # an edited article is re-checked as the editor types: unchanged paragraphs are free
def detect_language(text: str) -> tuple[str | None, float]:
    """(ISO 639-1 code, probability), or (None, 0.0) when the text is too short to tell."""
    if sum(ch.isalpha() for ch in text) < MIN_LETTERS:
        return None, 0.0
    language, probability = _identifier().classify(text)
    return language, float(probability)
