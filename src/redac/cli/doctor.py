"""`redac doctor`: what redac will use: the model, its reachability, and the limits in force."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from redac.cli.common import one_line_errors
from redac.errors import EXIT_PUBLISH


@one_line_errors
def doctor_command(
    model: Annotated[str | None, typer.Option("--model", help="Model name.")] = None,
    base_url: Annotated[str | None, typer.Option("--base-url", help="OpenAI-compatible server URL.")] = None,
    api_key: Annotated[str | None, typer.Option("--api-key", help="API key.")] = None,
    model_path: Annotated[str | None, typer.Option("--model-path", help="Local GGUF file.")] = None,
    wordpress: Annotated[str | None, typer.Option("--wordpress", help="Also check this WordPress site (or REDAC_WP_URL) for `redac publish`.")] = None,
) -> None:
    """Show the configured model (key masked), whether its server answers, and the limits in force; with
    --wordpress, what the site offers `redac publish` (REST API, credentials, rights, SEO plugin, Rank Math).

    Exit codes: 0 no model configured, or configured and reachable; 2 a redac.toml is invalid;
    3 configured but unreachable; 4 the WordPress site cannot take articles yet (the lines say why).
    """
    from redac.engines.llm import reachability
    from redac.engines.llm.config import load_settings
    from redac.limits import load_limits

    if wordpress or os.environ.get("REDAC_WP_URL"):
        _doctor_wordpress(wordpress)
    settings = load_settings({"model": model, "base_url": base_url, "api_key": api_key, "model_path": model_path})
    limits, origins = load_limits()
    print(f"limits ({', '.join(origins) if origins else 'defaults'}; override in redac.toml [limits]):")
    for name, value in limits.to_dict().items():
        print(f"  {name} = {value}")
    if not settings.configured:
        print("no model configured: `redac rewrite` uses the offline extractive engine")
        print("configure one with --model/--base-url, REDAC_MODEL/REDAC_BASE_URL/REDAC_API_KEY or redac.toml [llm]")
        return
    print(settings.describe())
    print(reachability(settings))


def _doctor_wordpress(url: str | None) -> None:
    from redac.publish.doctor import wordpress_report
    from redac.publish.settings import load_wordpress_settings

    lines, ready = wordpress_report(load_wordpress_settings({"url": url}))
    print("\n".join(lines))
    if not ready:
        raise typer.Exit(EXIT_PUBLISH)
