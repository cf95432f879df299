"""A real, throwaway WordPress on 127.0.0.1 for the publishing tests, from Debian's packages.

MariaDB runs from a temporary data directory on a Unix socket (no TCP), WordPress (Debian's
`/usr/share/wordpress`, read-only) is served by `php -S` from a temporary document root that holds
its own `wp-config.php` and `wp-content`, the top-level PHP files copied (so that ABSPATH points here,
not at Debian's config lookup in /etc/wordpress) and `wp-admin` / `wp-includes` linked. WordPress is
installed by its own installer (`wp_install()`, run by php-cli) and the application password is made
by WordPress itself (`WP_Application_Passwords::create_new_application_password`).
"""

from __future__ import annotations

import glob
import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

WORDPRESS = Path("/usr/share/wordpress")
PACKAGES = {  # Debian package -> a file it installs (php-xml: WordPress's XML-RPC, which redac's diagnosis asks)
    "wordpress": "/usr/share/wordpress/wp-settings.php", "mariadb-server": "/usr/sbin/mariadbd", "php-cli": "/usr/bin/php",
    "php-mysql": "/etc/php/*/mods-available/mysqli.ini", "php-xml": "/etc/php/*/mods-available/xml.ini",
}
ADMIN = "redac-editor"

CONFIG = """<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:{socket}');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
define('AUTH_KEY', 'test'); define('SECURE_AUTH_KEY', 'test'); define('LOGGED_IN_KEY', 'test');
define('NONCE_KEY', 'test'); define('AUTH_SALT', 'test'); define('SECURE_AUTH_SALT', 'test');
define('LOGGED_IN_SALT', 'test'); define('NONCE_SALT', 'test');
define('WP_CONTENT_DIR', __DIR__ . '/wp-content');
define('WP_CONTENT_URL', '{url}/wp-content');
define('WP_HOME', '{url}');
define('WP_SITEURL', '{url}');
define('WP_ENVIRONMENT_TYPE', 'local');  // application passwords over plain HTTP
define('WP_AUTO_UPDATE_CORE', false);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
$table_prefix = 'wp_';
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
"""

# php -S routes every request here: real files are served as they are, the rest goes to WordPress
# (pretty permalinks and /wp-json/). REDAC_TEST_DROP_AUTH mimics a server that strips Authorization.
ROUTER = """<?php
if (getenv('REDAC_TEST_DROP_AUTH')) {
    unset($_SERVER['HTTP_AUTHORIZATION'], $_SERVER['PHP_AUTH_USER'], $_SERVER['PHP_AUTH_PW']);
}
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
if ($path !== '/' && is_file(__DIR__ . $path)) {
    return false;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = __DIR__ . '/index.php';
require __DIR__ . '/index.php';
"""

# The smallest classic theme: the post's title and its content, as WordPress renders them.
THEME_STYLE = "/*\nTheme Name: redac test\n*/\n"
THEME_INDEX = """<!DOCTYPE html><html><head><?php wp_head(); ?></head><body>
<?php while (have_posts()) : the_post(); ?><article><h1><?php the_title(); ?></h1><?php the_content(); ?></article><?php endwhile; ?>
</body></html>
"""

INSTALL = """<?php
define('WP_INSTALLING', true);
require __DIR__ . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
$result = wp_install('redac test', '{admin}', 'editor@example.invalid', false, '', wp_generate_password(24));
update_option('permalink_structure', '/%postname%/');
update_option('template', 'redac-test');
update_option('stylesheet', 'redac-test');
$author = wp_insert_user(['user_login' => 'author-only', 'user_pass' => wp_generate_password(24),
                          'user_email' => 'author@example.invalid', 'role' => 'contributor']);
// Each user's application password, made by WordPress itself in the same run (a php run loads WordPress: ~0.5 s).
[$admin_password] = WP_Application_Passwords::create_new_application_password($result['user_id'], ['name' => 'redac tests']);
[$author_password] = WP_Application_Passwords::create_new_application_password($author, ['name' => 'redac tests']);
echo json_encode(['admin' => $result['user_id'], 'contributor' => $author, 'admin_password' => $admin_password,
                  'contributor_password' => $author_password]);
"""

def missing_packages() -> list[str]:
    return [name for name, pattern in PACKAGES.items() if not glob.glob(pattern)]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Credentials:
    user: str
    password: str


class LocalWordPress:
    """Start with `start()`, stop with `stop()`; `url`, `admin` (Credentials) once started."""

    def __init__(self, root: Path | None = None):
        self.root = root or Path(tempfile.mkdtemp(prefix="redac-wp-"))
        self.socket = self.root / "db.sock"
        self.docroot = self.root / "site"
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.database: subprocess.Popen | None = None
        self.server: subprocess.Popen | None = None
        self.drop_auth = False
        self.admin: Credentials | None = None
        self.contributor: Credentials | None = None

    # --- life cycle ------------------------------------------------------------------------------
    def start(self) -> LocalWordPress:
        self._start_database()
        self._make_docroot()
        users = json.loads(self.php(INSTALL.replace("{admin}", ADMIN)))
        self.admin = Credentials(ADMIN, users.pop("admin_password"))
        self.contributor = Credentials("author-only", users.pop("contributor_password"))
        self.users = users
        self.serve()
        return self

    def stop(self) -> None:
        self.stop_server()
        if self.database and self.database.poll() is None:
            self.database.kill()  # a throwaway: its data directory goes next, no clean InnoDB shutdown (~1 s) needed
            self.database.wait(20)
        shutil.rmtree(self.root, ignore_errors=True)

    def serve(self, drop_auth: bool = False) -> None:
        """(Re)start php -S; `drop_auth` strips the Authorization header from every request."""
        self.stop_server()
        self.drop_auth = drop_auth
        env = {**os.environ, "PHP_CLI_SERVER_WORKERS": "4"}
        if drop_auth:
            env["REDAC_TEST_DROP_AUTH"] = "1"
        self.server = subprocess.Popen(
            # OPcache on, as on any production WordPress (php-cli leaves it off by default).
            ["php", "-d", "opcache.enable_cli=1", "-d", "opcache.validate_timestamps=1", "-d", "opcache.revalidate_freq=0",
             "-S", f"127.0.0.1:{self.port}", "-t", str(self.docroot), str(self.docroot / "router.php")],
            cwd=self.docroot, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
        )
        _wait_for(lambda: _answers(self.url + "/wp-json/"), "WordPress did not answer")

    def stop_server(self) -> None:
        if self.server and self.server.poll() is None:
            os.killpg(self.server.pid, signal.SIGTERM)
            self.server.wait(10)
        self.server = None

    # --- helpers for tests -----------------------------------------------------------------------
    def php(self, code: str, *args: str) -> str:
        script = self.docroot / f".script-{time.monotonic_ns()}.php"
        script.write_text(code, encoding="utf-8")
        try:
            done = subprocess.run(["php", str(script), *args], cwd=self.docroot, capture_output=True, text=True, timeout=120, check=False,
                                  env={**os.environ, "HTTP_HOST": f"127.0.0.1:{self.port}"})
        finally:
            script.unlink(missing_ok=True)
        if done.returncode != 0:
            raise RuntimeError(f"php failed: {done.stdout[-2000:]} {done.stderr[-2000:]}")
        return done.stdout[done.stdout.find("{"):] if "{" in done.stdout else done.stdout

    def sql(self, statement: str) -> str:
        done = subprocess.run(["mariadb", "--no-defaults", f"--socket={self.socket}", "-uroot", "-N", "-B", "wordpress", "-e", statement],
                              capture_output=True, text=True, timeout=60, check=True)
        return done.stdout

    def delete_posts(self) -> None:
        """A clean site for the next test: no posts (pages and users stay)."""
        self.sql("DELETE p, m FROM wp_posts p LEFT JOIN wp_postmeta m ON m.post_id = p.ID WHERE p.post_type IN ('post', 'revision');"
                 "DELETE FROM wp_term_relationships;")

    def install_plugin(self, source: Path) -> None:
        target = self.docroot / "wp-content" / "mu-plugins"
        target.mkdir(exist_ok=True)
        shutil.copy(source, target / source.name)

    def remove_plugins(self) -> None:
        shutil.rmtree(self.docroot / "wp-content" / "mu-plugins", ignore_errors=True)

    # --- set-up ------------------------------------------------------------------------------------
    def _start_database(self) -> None:
        data = self.root / "db"
        user = ["--user=root"] if os.geteuid() == 0 else []
        subprocess.run(["mariadb-install-db", "--no-defaults", f"--datadir={data}", "--auth-root-authentication-method=normal",
                        "--skip-test-db", "--skip-name-resolve", *user], check=True, capture_output=True, timeout=180)
        self.database = subprocess.Popen(
            ["mariadbd", "--no-defaults", f"--datadir={data}", f"--socket={self.socket}", "--skip-networking",
             f"--pid-file={self.root / 'db.pid'}", "--skip-log-bin", "--innodb-buffer-pool-size=32M",
             "--innodb-log-file-size=8M", "--skip-name-resolve", *user],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
        )
        _wait_for(lambda: self.socket.exists() and self._sql_ok("SELECT 1"), "MariaDB did not start")
        self.sql_root("CREATE DATABASE wordpress CHARACTER SET utf8mb4")

    def _sql_ok(self, statement: str) -> bool:
        try:
            self.sql_root(statement)
            return True
        except subprocess.CalledProcessError:
            return False

    def sql_root(self, statement: str) -> None:
        subprocess.run(["mariadb", "--no-defaults", f"--socket={self.socket}", "-uroot", "-e", statement],
                       capture_output=True, check=True, timeout=60)

    def _make_docroot(self) -> None:
        self.docroot.mkdir()
        for entry in WORDPRESS.iterdir():
            if entry.name in {"wp-config.php", "wp-content"}:
                continue
            if entry.is_dir():
                (self.docroot / entry.name).symlink_to(entry)
            else:
                shutil.copy(entry, self.docroot / entry.name)
        theme = self.docroot / "wp-content" / "themes" / "redac-test"
        theme.mkdir(parents=True)
        (theme / "style.css").write_text(THEME_STYLE)
        (theme / "index.php").write_text(THEME_INDEX)
        (self.docroot / "wp-content" / "plugins").mkdir()
        (self.docroot / "wp-content" / "uploads").mkdir()
        (self.docroot / "wp-config.php").write_text(CONFIG.replace("{socket}", str(self.socket)).replace("{url}", self.url))
        (self.docroot / "router.php").write_text(ROUTER)


def _answers(url: str) -> bool:
    try:
        return httpx.get(url, timeout=5).status_code < 500
    except httpx.HTTPError:
        return False


def _wait_for(ready, message: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if ready():
            return
        time.sleep(0.1)
    raise RuntimeError(message)
