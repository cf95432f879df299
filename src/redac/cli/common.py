"""What every command shares: the app, one-line errors with documented exit codes, writing output."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer

from redac import __version__
from redac.errors import EXIT_INTERNAL, RedacError

app = typer.Typer(
    name="redac",
    help="Turn raw scraped news into publish-ready, SEO-optimized French articles, without inventing a fact.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class CleanFormat(str, Enum):
    md = "md"
    json = "json"


class RewriteFormat(str, Enum):
    md = "md"
    html = "html"
    json = "json"


class AuditFormat(str, Enum):
    table = "table"
    json = "json"


def say(kind: str, message: str) -> None:
    print(f"redac: {kind}: {message}", file=sys.stderr)


def one_line_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """Every failure leaves as one line on stderr and a documented exit code, never a traceback."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except RedacError as error:
            say("error", str(error))
            raise typer.Exit(error.exit_code) from None
        except KeyboardInterrupt:
            say("error", "interrupted (a batch resumes where it stopped when run again)")
            raise typer.Exit(130) from None
        except (typer.Exit, typer.Abort):
            raise
        except Exception as error:  # a bug: say so in one line (REDAC_DEBUG=1 for the traceback)
            if os.environ.get("REDAC_DEBUG"):
                raise
            say("internal error", f"{type(error).__name__}: {error} (set REDAC_DEBUG=1 for details)")
            raise typer.Exit(EXIT_INTERNAL) from None

    return wrapper


def emit(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    from redac.files import write_atomic

    try:
        write_atomic(output, text)
    except OSError as error:
        raise RedacError(f"{output}: cannot write ({error.strerror or error})") from None


def _version(value: bool) -> None:
    if value:
        print(f"redac {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """redac: scraped news in, SEO-ready French articles out."""
