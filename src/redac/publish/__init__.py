"""Publish articles written by `redac rewrite` to WordPress as editable posts with their SEO fields.

`article` reads an article file, `blocks` turns its body into block markup, `client` talks to the
REST API (retries, errors that name the cause), `publisher` finds or creates the post, `doctor`
says what a site offers. The must-use plugin that lets the REST API store the SEO fields ships in
`data/` (see `plugin_path()`).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def plugin_path() -> Path:
    """The must-use plugin to copy into the site's wp-content/mu-plugins/."""
    return Path(str(resources.files("redac.publish") / "data" / "redac-seo-fields.php"))
