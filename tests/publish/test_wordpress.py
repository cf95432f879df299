"""`redac publish` and `redac batch --publish` against a real WordPress (Debian's packages, on
127.0.0.1): every field read back through the REST API, the rendered page, idempotence, and a batch
killed while publishing."""

from __future__ import annotations

import html
import re
import signal
import subprocess
import sys
import time

import httpx
import pytest

from redac.publish.article import read_article
from redac.publish.blocks import block_markup
from redac.publish.publisher import seo_meta
from tests.publish.conftest import ROOT, credentials_env, redac

pytestmark = pytest.mark.wordpress

SLOW_INSERT = """<?php
// Test only: each post written through REST takes a second to answer, so a test can kill redac mid-publish.
add_action('rest_after_insert_post', function () { sleep(1); });
"""


def posts(site) -> list[dict]:
    answer = httpx.get(f"{site.url}/wp-json/wp/v2/posts", params={"status": "any", "context": "edit", "per_page": 100},
                       auth=(site.admin.user, site.admin.password), timeout=30)
    answer.raise_for_status()
    return answer.json()


def term_id(site, taxonomy: str, name: str) -> int:
    found = httpx.get(f"{site.url}/wp-json/wp/v2/{taxonomy}", params={"search": name}, timeout=30).json()
    return next(term["id"] for term in found if term["name"] == name)


def test_five_samples_published_with_every_field_and_again_still_five(wordpress, sample_articles):
    env = credentials_env(wordpress.url, wordpress.admin.user, wordpress.admin.password)
    done = redac("publish", *map(str, sample_articles), "--category", "Monde", "--tag", "Ukraine", "--tag", "Europe", env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("created post") == 5
    found = {post["slug"]: post for post in posts(wordpress)}
    assert len(found) == 5
    categories, tags = [term_id(wordpress, "categories", "Monde")], sorted(term_id(wordpress, "tags", t) for t in ("Ukraine", "Europe"))
    for path in sample_articles:
        draft = read_article(path)
        post = found[draft.slug]
        assert post["title"]["raw"] == draft.title
        assert post["content"]["raw"] == block_markup(draft.blocks)
        assert post["excerpt"]["raw"] == draft.description
        assert post["status"] == "draft"
        assert post["categories"] == categories and sorted(post["tags"]) == tags
        assert {key: post["meta"][key] for key in seo_meta(draft)} == seo_meta(draft)
        assert post["meta"]["redac_id"] == draft.redac_id
        assert "<!-- wp:heading -->" in post["content"]["raw"]
        assert ("<!-- wp:list-item -->" in post["content"]["raw"]) == any(block.kind == "list" for block in draft.blocks)
    again = redac("publish", *map(str, sample_articles), "--category", "Monde", env=env)
    assert again.returncode == 0, again.stderr
    assert again.stdout.count("updated post") == 5
    assert {post["id"] for post in posts(wordpress)} == {post["id"] for post in found.values()}
    assert wordpress.admin.password not in done.stdout + done.stderr + again.stdout + again.stderr


def test_published_page_renders_the_headings_and_the_faq(wordpress, sample_articles):
    env = credentials_env(wordpress.url, wordpress.admin.user, wordpress.admin.password)
    done = redac("publish", str(sample_articles[0]), "--status", "publish", env=env)
    assert done.returncode == 0, done.stderr
    link = done.stdout.split()[4]
    page = httpx.get(link, timeout=30, follow_redirects=True)
    assert page.status_code == 200
    draft = read_article(sample_articles[0])
    rendered = {html.unescape(text) for text in re.findall(r"<h[23][^>]*>(.*?)</h[23]>", page.text)}
    headings = {html.unescape(block.html) for block in draft.blocks if block.kind in {"heading", "question"}}
    assert headings and headings <= rendered
    assert html.unescape(re.search(r"<h1>(.*?)</h1>", page.text).group(1)) == draft.title


def test_json_article_updates_the_post_of_its_markdown_twin(wordpress, rewrites, tmp_path):
    from redac.render import render_rewrite

    _, result, markdown = rewrites["000"]
    (tmp_path / "a.md").write_text(markdown, encoding="utf-8")
    (tmp_path / "a.json").write_text(render_rewrite(result, "json"), encoding="utf-8")
    env = credentials_env(wordpress.url, wordpress.admin.user, wordpress.admin.password)
    first = redac("publish", str(tmp_path / "a.md"), env=env)
    second = redac("publish", str(tmp_path / "a.json"), env=env)
    assert first.returncode == second.returncode == 0, first.stderr + second.stderr
    assert len(posts(wordpress)) == 1
    assert posts(wordpress)[0]["content"]["raw"] == block_markup(read_article(tmp_path / "a.md").blocks)


def _batch(out_dir, env, *extra) -> list[str]:
    return [sys.executable, "-m", "redac", "batch", str(ROOT / "tests" / "data" / "samples"), "--out-dir", str(out_dir),
            "--publish", "--category", "Monde", "-q", *extra]


def _wait_for_posts(site, count: int, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if int(site.sql("SELECT COUNT(*) FROM wp_posts WHERE post_type = 'post'").strip()) >= count:
            return
        time.sleep(0.05)
    raise AssertionError(f"fewer than {count} posts after {timeout} s")


def test_batch_killed_mid_publish_resumes_without_duplicates(wordpress, tmp_path):
    env = credentials_env(wordpress.url, wordpress.admin.user, wordpress.admin.password)
    slow = tmp_path / "slow-insert.php"
    slow.write_text(SLOW_INSERT)
    wordpress.install_plugin(slow)
    batch = subprocess.Popen(_batch(tmp_path / "out", env), env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        _wait_for_posts(wordpress, 2)  # the second post exists; WordPress has not answered for it yet
        batch.send_signal(signal.SIGKILL)
        batch.wait(30)
    finally:
        if batch.poll() is None:
            batch.kill()
    assert batch.returncode == -signal.SIGKILL
    assert len(posts(wordpress)) < 5
    (wordpress.docroot / "wp-content" / "mu-plugins" / slow.name).unlink()
    resumed = subprocess.run(_batch(tmp_path / "out", env), env=env, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)
    assert resumed.returncode == 0, resumed.stderr
    assert len(posts(wordpress)) == 5
    status = redac("batch", "status", str(tmp_path / "out"), env=env)
    assert f"on {wordpress.url}: 5 published" in status.stdout


RANK_MATH_STAND_IN = """<?php
// Test only: the contract of Rank Math's own endpoint (POST rankmath/v1/updateMeta with objectType,
// objectID and meta, for users who can edit the post), not Rank Math itself.
add_action('rest_api_init', function () {
    register_rest_route('rankmath/v1', '/updateMeta', [
        'methods' => 'POST',
        'permission_callback' => function ($request) { return current_user_can('edit_post', (int) $request['objectID']); },
        'callback' => function ($request) {
            foreach ($request['meta'] as $key => $value) {
                update_post_meta((int) $request['objectID'], $key, $value);
            }
            return true;
        },
    ]);
});
"""


def test_rank_math_endpoint_used_when_it_answers(wordpress, sample_articles, tmp_path):
    wordpress.remove_plugins()
    stand_in = tmp_path / "rank-math-stand-in.php"
    stand_in.write_text(RANK_MATH_STAND_IN)
    wordpress.install_plugin(stand_in)
    env = credentials_env(wordpress.url, wordpress.admin.user, wordpress.admin.password)
    doctor = redac("doctor", "--wordpress", wordpress.url, env=env)
    assert doctor.returncode == 0 and "SEO fields: Rank Math endpoint" in doctor.stdout, doctor.stdout
    for _ in range(2):
        done = redac("publish", str(sample_articles[1]), env=env)
        assert done.returncode == 0, done.stderr
    [post] = posts(wordpress)
    draft = read_article(sample_articles[1])
    stored = dict(line.split("\t", 1) for line in wordpress.sql(
        f"SELECT meta_key, meta_value FROM wp_postmeta WHERE post_id = {post['id']} AND meta_key LIKE 'rank_math_%'").splitlines())
    assert stored == {key: value for key, value in seo_meta(draft).items() if key.startswith("rank_math_")}
