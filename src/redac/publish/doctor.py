"""`redac doctor --wordpress URL`: what the site offers redac, one line per question, password masked."""

from __future__ import annotations

from redac.errors import PublishError
from redac.publish import plugin_path
from redac.publish.client import WordPressClient
from redac.publish.publisher import PLUGIN_NAMESPACE, RANK_MATH_NAMESPACE
from redac.publish.settings import WordPressSettings


def wordpress_report(settings: WordPressSettings) -> tuple[list[str], bool]:
    """Lines to print, and whether `redac publish` can send articles with their SEO fields."""
    lines = [settings.describe()]
    if not settings.url:
        return [*lines, "no WordPress configured: --wordpress URL, REDAC_WP_URL or redac.toml [wordpress]"], False
    client = WordPressClient(settings)
    try:
        try:
            client.discover()
        except PublishError as error:
            return [*lines, f"REST API: unreachable ({error})"], False
        lines.append(f"REST API: reachable at {client._root}/ ({len(client.namespaces)} namespaces)")
        lines.append("application passwords: " + ("offered" if client.offers_application_passwords() else
                                                  "not offered (they need HTTPS, or WP_ENVIRONMENT_TYPE 'local')"))
        ready = _auth_line(client, settings, lines)
        plugin, rank_math = PLUGIN_NAMESPACE in client.namespaces, RANK_MATH_NAMESPACE in client.namespaces
        lines.append("redac plugin: " + ("present" if plugin else f"absent (copy {plugin_path()} into wp-content/mu-plugins/)"))
        lines.append("Rank Math endpoint (rankmath/v1/updateMeta): " + ("present" if rank_math else "absent"))
        lines.append("Yoast SEO: " + ("present (its fields go through the redac plugin)" if "yoast/v1" in client.namespaces else "absent"))
        paths = [name for name, present in (("redac plugin", plugin), ("Rank Math endpoint", rank_math)) if present]
        lines.append("SEO fields: " + (" + ".join(paths) if paths else "no way in: install the redac plugin (or publish with --no-seo)"))
        return lines, ready and bool(paths)
    finally:
        client.close()


def _auth_line(client: WordPressClient, settings: WordPressSettings, lines: list[str]) -> bool:
    if not (settings.user and settings.app_password):
        lines.append("authentication: not tried (REDAC_WP_USER and REDAC_WP_APP_PASSWORD, or redac.toml [wordpress])")
        return False
    try:
        me = client.current_user()
    except PublishError as error:
        lines.append(f"authentication: refused ({error})")
        return False
    capabilities = me.get("capabilities") or {}
    rights = "may publish" if capabilities.get("publish_posts") else ("drafts only" if capabilities.get("edit_posts") else "may not write posts")
    lines.append(f"authentication: ok as {me.get('slug') or settings.user} ({', '.join(me.get('roles') or ['no role'])}; {rights})")
    return bool(capabilities.get("edit_posts"))
