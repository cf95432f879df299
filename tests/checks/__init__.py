"""Tests of the checks; `found` is the fact check's findings of one kind on a sentence written for a test."""

from redac.checks.faithfulness import SourceFacts, unsupported_facts


def found(text: str, source: SourceFacts, kind: str) -> list:
    """The findings of `kind` the fact check raises on `text` (an article's only line) against `source`."""
    return [item for item in unsupported_facts([("ligne 1", text, True)], source) if item.kind == kind]
