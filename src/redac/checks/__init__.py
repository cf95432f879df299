"""The check stage: every guarantee of DESIGN.md judged on a finished article (checks/guarantees.py),
with the fact check (faithfulness), the copy check (originality) and line locations (locate).

`from redac.checks import check_page, Report, Check` keeps working, but loads `guarantees` (and with
it the SEO audit) only when asked: importing the fact check alone must stay light, for the shells and
stages that only need it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from redac.checks.guarantees import Check, Report, article_words, check_page

__all__ = ["Check", "Report", "article_words", "check_page"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from redac.checks import guarantees

        return getattr(guarantees, name)
    raise AttributeError(f"module 'redac.checks' has no attribute {name!r}")
