"""Faults end in one line and exit 4, with nothing lost and the password never shown: against the
real WordPress (wrong password, a login mistaken for the application password's name, missing
rights, plugin absent, Authorization header dropped, a slug already taken, the server stopped
mid-batch) and against a local misbehaving server (timeouts, 500, 429 with Retry-After)."""

from __future__ import annotations

import sqlite3
import subprocess

import pytest

from redac.errors import EXIT_PUBLISH
from redac.publish.article import read_article
from tests.publish.conftest import ROOT, credentials_env, redac
from tests.publish.fake_wordpress import FakeWordPress
from tests.publish.test_wordpress import SLOW_INSERT, _batch, _wait_for_posts, posts

SECRET = "abcd EFGH ijkl MNOP qrst UVWX"


def one_error_line(done: subprocess.CompletedProcess) -> str:
    errors = [line for line in done.stderr.splitlines() if line.startswith("redac: error:")]
    assert errors and "Traceback" not in done.stderr, done.stderr
    return errors[0]


# --- against the real WordPress ---------------------------------------------------------------------
@pytest.mark.wordpress
def test_wrong_password(wordpress, sample_articles):
    done = redac("publish", str(sample_articles[0]), env=credentials_env(wordpress.url, wordpress.admin.user, SECRET))
    assert done.returncode == EXIT_PUBLISH
    assert "wrong application password for 'redac-editor'" in one_error_line(done)
    assert SECRET not in done.stdout + done.stderr and not posts(wordpress)


@pytest.mark.wordpress
def test_wrong_password_without_the_plugin(wordpress, sample_articles):
    """WordPress alone answers a wrong password as if no credentials came: XML-RPC tells the two apart."""
    wordpress.remove_plugins()
    done = redac("publish", str(sample_articles[0]), env=credentials_env(wordpress.url, wordpress.admin.user, SECRET))
    assert done.returncode == EXIT_PUBLISH
    assert "WordPress refuses 'redac-editor' with this application password" in one_error_line(done)
    assert SECRET not in done.stdout + done.stderr


@pytest.mark.wordpress
def test_application_password_name_given_as_the_user(wordpress, sample_articles):
    done = redac("publish", str(sample_articles[0]), env=credentials_env(wordpress.url, "redac tests", wordpress.admin.password))
    assert done.returncode == EXIT_PUBLISH
    assert "not the name given to the application password" in one_error_line(done)
    assert wordpress.admin.password not in done.stdout + done.stderr


@pytest.mark.wordpress
def test_contributor_may_not_publish_but_may_send_drafts(wordpress, sample_articles):
    env = credentials_env(wordpress.url, wordpress.contributor.user, wordpress.contributor.password)
    done = redac("publish", str(sample_articles[0]), "--status", "publish", env=env)
    assert done.returncode == EXIT_PUBLISH
    assert "may not publish" in one_error_line(done) and not posts(wordpress)
    pending = redac("publish", str(sample_articles[0]), "--status", "pending", env=env)
    assert pending.returncode == 0, pending.stderr
    assert [post["status"] for post in posts(wordpress)] == ["pending"]


@pytest.mark.wordpress
def test_plugin_absent(wordpress, sample_articles):
    wordpress.remove_plugins()
    env = credentials_env(wordpress.url, wordpress.admin.user, wordpress.admin.password)
    doctor = redac("doctor", "--wordpress", wordpress.url, env=env)
    assert doctor.returncode == EXIT_PUBLISH and "redac plugin: absent (copy " in doctor.stdout
    assert wordpress.admin.password not in doctor.stdout + doctor.stderr
    done = redac("publish", str(sample_articles[0]), env=env)
    assert done.returncode == EXIT_PUBLISH
    assert "cannot store the SEO fields" in one_error_line(done) and "mu-plugins" in done.stderr
    assert not posts(wordpress)
    anyway = redac("publish", str(sample_articles[0]), "--no-seo", env=env)
    assert anyway.returncode == 0 and len(posts(wordpress)) == 1


@pytest.mark.wordpress
def test_doctor_with_the_plugin(wordpress):
    doctor = redac("doctor", "--wordpress", wordpress.url, env=credentials_env(wordpress.url, wordpress.admin.user, wordpress.admin.password))
    assert doctor.returncode == 0, doctor.stdout + doctor.stderr
    for line in ("REST API: reachable", "application passwords: offered", "authentication: ok as redac-editor (administrator; may publish)",
                 "redac plugin: present", "Rank Math endpoint (rankmath/v1/updateMeta): absent", "SEO fields: redac plugin"):
        assert line in doctor.stdout
    assert wordpress.admin.password not in doctor.stdout and f"password …{wordpress.admin.password[-4:]}" in doctor.stdout


@pytest.mark.wordpress
def test_server_dropping_the_authorization_header(wordpress, sample_articles):
    wordpress.serve(drop_auth=True)
    done = redac("publish", str(sample_articles[0]), env=credentials_env(wordpress.url, wordpress.admin.user, wordpress.admin.password))
    assert done.returncode == EXIT_PUBLISH
    assert "drops the Authorization header" in one_error_line(done)
    assert wordpress.admin.password not in done.stdout + done.stderr


@pytest.mark.wordpress
def test_slug_taken_by_a_post_redac_did_not_write(wordpress, sample_articles):
    env = credentials_env(wordpress.url, wordpress.admin.user, wordpress.admin.password)
    slug = read_article(sample_articles[0]).slug
    wordpress.php("<?php require __DIR__ . '/wp-load.php'; echo json_encode(['id' => wp_insert_post(['post_title' => 'Écrit à la main', "
                  f"'post_name' => '{slug}', 'post_status' => 'publish', 'post_content' => 'x'])]);")
    done = redac("publish", str(sample_articles[0]), env=env)
    assert done.returncode == EXIT_PUBLISH
    assert f"the slug '{slug}' is already taken by post" in one_error_line(done) and "« Écrit à la main »" in done.stderr
    assert len(posts(wordpress)) == 1


@pytest.mark.wordpress
def test_server_stopped_mid_batch_then_resumed(wordpress, tmp_path):
    env = credentials_env(wordpress.url, wordpress.admin.user, wordpress.admin.password)
    env.update(REDAC_WP_RETRIES="1", REDAC_WP_BACKOFF="0.1")
    slow = tmp_path / "slow-insert.php"
    slow.write_text(SLOW_INSERT)
    wordpress.install_plugin(slow)
    batch = subprocess.Popen(_batch(tmp_path / "out", env), env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _wait_for_posts(wordpress, 2)
    wordpress.stop_server()
    out, err = batch.communicate(timeout=600)
    assert batch.returncode == EXIT_PUBLISH, err
    assert "not published" in err and "run again to publish them" in err and "Traceback" not in err
    assert len(list((tmp_path / "out").glob("*.md"))) == 5  # every article written, published or not
    store = sqlite3.connect(tmp_path / "out" / "redac-batch.sqlite")
    rows = store.execute("SELECT status, error FROM publications").fetchall()
    store.close()
    assert any(status == "not published" and "cannot connect to WordPress" in error for status, error in rows)
    (wordpress.docroot / "wp-content" / "mu-plugins" / slow.name).unlink()
    wordpress.serve()
    resumed = subprocess.run(_batch(tmp_path / "out", env), env=env, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)
    assert resumed.returncode == 0, resumed.stderr
    assert len(posts(wordpress)) == 5
    assert wordpress.admin.password not in out + err + resumed.stdout + resumed.stderr


# --- against a misbehaving server ---------------------------------------------------------------------
def _publish_to(server: FakeWordPress, article, **settings) -> subprocess.CompletedProcess:
    env = credentials_env(server.url, "editor", SECRET)
    env.update({f"REDAC_WP_{name.upper()}": str(value) for name, value in settings.items()})
    return redac("publish", str(article), env=env, timeout=120)


def test_timeouts_retried_then_one_line(sample_articles):
    with FakeWordPress([("sleep", 2)] * 3) as server:
        done = _publish_to(server, sample_articles[0], timeout=0.5, retries=2, backoff=0.05)
    assert done.returncode == EXIT_PUBLISH
    assert "did not answer within 0.5 s" in one_error_line(done)
    assert len(server.writes) == 3
    assert SECRET not in done.stdout + done.stderr


def test_server_error_retried_then_one_line(sample_articles):
    with FakeWordPress([("status", 500)] * 4) as server:
        done = _publish_to(server, sample_articles[0], retries=3, backoff=0.05)
    assert done.returncode == EXIT_PUBLISH
    assert "HTTP 500" in one_error_line(done) and len(server.writes) == 4
    assert SECRET not in done.stdout + done.stderr


def test_server_error_then_success_publishes_once(sample_articles):
    with FakeWordPress([("status", 503), ("ok",)]) as server:
        done = _publish_to(server, sample_articles[0], retries=2, backoff=0.05)
    assert done.returncode == 0, done.stderr
    assert len(server.posts) == 1 and "created post 100" in done.stdout


def test_rate_limited_waits_for_retry_after(sample_articles):
    with FakeWordPress([("status", 429, {"Retry-After": "1"}), ("ok",)]) as server:
        done = _publish_to(server, sample_articles[0], retries=2, backoff=0.01)
    assert done.returncode == 0, done.stderr
    (first, _), (second, _) = server.writes
    assert second - first >= 1.0
    assert len(server.posts) == 1


def test_wordpress_down(sample_articles):
    with FakeWordPress([]) as server:
        url = server.url
    done = _publish_to(type("Down", (), {"url": url})(), sample_articles[0], retries=1, backoff=0.01)
    assert done.returncode == EXIT_PUBLISH
    assert "cannot connect to WordPress" in one_error_line(done)
    assert SECRET not in done.stdout + done.stderr


def test_the_password_reaches_the_server_only_in_basic_auth(sample_articles):
    import base64

    with FakeWordPress([]) as server:
        done = _publish_to(server, sample_articles[0])
    assert done.returncode == 0, done.stderr
    assert server.authorizations == {"", "Basic " + base64.b64encode(f"editor:{SECRET}".encode()).decode()}  # "": the public index
    assert all(SECRET not in str(body) for _, body in server.writes)


@pytest.mark.wordpress
def test_post_left_by_an_interrupted_creation_is_taken_over(wordpress, sample_articles):
    """WordPress stored the post, then died before its meta: the next run updates that post, not a second one."""
    import json

    from redac.publish.blocks import block_markup

    draft = read_article(sample_articles[0])
    fields = {"post_title": draft.title, "post_name": draft.slug, "post_status": "draft", "post_content": block_markup(draft.blocks)}
    wordpress.php("<?php require __DIR__ . '/wp-load.php'; kses_remove_filters(); "
                  "echo json_encode(['id' => wp_insert_post(wp_slash(json_decode($argv[1], true)))]);", json.dumps(fields))
    done = redac("publish", str(sample_articles[0]), env=credentials_env(wordpress.url, wordpress.admin.user, wordpress.admin.password))
    assert done.returncode == 0, done.stderr
    assert "updated post" in done.stdout
    [post] = posts(wordpress)
    assert post["meta"]["redac_id"] == draft.redac_id


def test_batch_publish_needs_an_editable_format(tmp_path):
    done = redac("batch", str(ROOT / "tests" / "data" / "samples"), "--out-dir", str(tmp_path / "out"), "--publish",
                 "--format", "html", env=credentials_env("http://127.0.0.1:9", "u", SECRET))
    assert done.returncode == 2 and "--publish needs --format md or json" in one_error_line(done)
