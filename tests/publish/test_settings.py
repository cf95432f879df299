"""WordPress settings: flags, environment, redac.toml; the application password never shown."""

from __future__ import annotations

import pytest

from redac.errors import InputError
from redac.publish.settings import load_wordpress_settings

SECRET = "abcd EFGH ijkl MNOP qrst UVWX"


def test_environment_over_redac_toml_and_flags_over_both(tmp_path):
    (tmp_path / "redac.toml").write_text('[wordpress]\nurl = "https://toml.example/"\nuser = "toml"\napp_password = "from toml"\n')
    environ = {"REDAC_WP_USER": "env-user", "REDAC_WP_APP_PASSWORD": SECRET, "XDG_CONFIG_HOME": str(tmp_path / "none")}
    settings = load_wordpress_settings({"url": None, "user": None}, cwd=tmp_path, environ=environ)
    assert (settings.url, settings.user, settings.app_password) == ("https://toml.example", "env-user", SECRET)
    assert load_wordpress_settings({"user": "flag"}, cwd=tmp_path, environ=environ).user == "flag"


def test_password_masked_everywhere(tmp_path):
    settings = load_wordpress_settings({"url": "https://site.example"}, cwd=tmp_path,
                                       environ={"REDAC_WP_USER": "u", "REDAC_WP_APP_PASSWORD": SECRET})
    assert SECRET not in settings.describe() and "…UVWX" in settings.describe()
    assert SECRET not in repr(settings)


def test_missing_credentials_say_where_to_give_them(tmp_path):
    with pytest.raises(InputError) as error:
        load_wordpress_settings({"url": "https://site.example"}, cwd=tmp_path, environ={}).require()
    assert "user, application password missing" in str(error.value) and "REDAC_WP_APP_PASSWORD" in str(error.value)
