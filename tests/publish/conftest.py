"""Fixtures for the publishing tests: the five samples' articles on disk, and a real WordPress
(Debian's packages, started once per session on 127.0.0.1; the tests are skipped with the reason
when the packages are not installed: `.ci/run` installs them)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from redac.publish import plugin_path
from tests.publish.wordpress import LocalWordPress, missing_packages

ROOT = Path(__file__).resolve().parents[2]


def pytest_collection_modifyitems(config, items):
    missing = missing_packages()
    if not missing:
        return
    reason = f"WordPress tests need Debian's {', '.join(missing)} (apt-get install wordpress mariadb-server php-cli php-mysql php-xml; .ci/run does)"
    skip = pytest.mark.skip(reason=reason)
    for item in items:
        if "wordpress" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def wordpress_site():
    site = LocalWordPress().start()
    try:
        yield site
    finally:
        site.stop()


@pytest.fixture
def wordpress(wordpress_site):
    """The site with no posts and redac's must-use plugin installed."""
    wordpress_site.delete_posts()
    wordpress_site.remove_plugins()
    wordpress_site.install_plugin(plugin_path())
    if wordpress_site.server is None or wordpress_site.server.poll() is not None or wordpress_site.drop_auth:
        wordpress_site.serve()
    yield wordpress_site


@pytest.fixture(scope="session")
def sample_articles(rewrites, tmp_path_factory) -> list[Path]:
    """The five samples rewritten (`redac rewrite`'s Markdown), one file each."""
    folder = tmp_path_factory.mktemp("articles")
    paths = []
    for name, (_, _, markdown) in sorted(rewrites.items()):
        path = folder / f"{name}.md"
        path.write_text(markdown, encoding="utf-8")
        paths.append(path)
    return paths


def credentials_env(site_url: str, user: str, password: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("REDAC_")}
    return {**env, "REDAC_WP_URL": site_url, "REDAC_WP_USER": user, "REDAC_WP_APP_PASSWORD": password}


def redac(*args: str, env: dict, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "redac", *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=False)
