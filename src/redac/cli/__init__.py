"""The `redac` command. Thin: parses options, calls the library, prints. One module per command
group (clean, article: rewrite/check/audit, batch, doctor, publish, serve), registered here in the order `--help`
lists them; heavy modules load lazily so that `redac --help` starts fast."""

from __future__ import annotations

import copy
import sys

import typer

from redac.cli import article, batch, clean, doctor, publish, serve
from redac.cli.common import app

app.command("clean")(clean.clean_command)
app.command("audit")(article.audit_command)
app.command("rewrite")(article.rewrite_command)
app.command("doctor")(doctor.doctor_command)
app.command("check")(article.check_command)
app.command("publish")(publish.publish_command)
app.add_typer(batch.batch_app, name="batch")
app.command("serve")(serve.serve_command)

__all__ = ["app", "main"]


def main() -> None:
    app_for(sys.argv[1:2])()


def app_for(first_argument: list[str]) -> typer.Typer:
    """The app with only the command the line names (`redac rewrite …` builds the click command of
    `rewrite` alone: building all ten costs ~0.05 s of a 0.8 s rewrite); the whole app otherwise
    (`--help`, `--version`, a mistyped command, so that click lists them all)."""
    name = first_argument[0] if first_argument else None
    commands = [info for info in app.registered_commands if info.name == name]
    groups = [info for info in app.registered_groups if info.name == name]
    if not commands and not groups:
        return app
    single = copy.copy(app)
    single.registered_commands = commands
    single.registered_groups = groups
    return single
