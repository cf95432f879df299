"""The app through its HTTP interface (no browser): the security guard, a rewrite job, the live
check, exports and the history."""

import json
import time
from pathlib import Path

import pytest

pytest.importorskip("starlette", reason="redac serve needs its extra: pip install 'redac[serve]'")
from starlette.testclient import TestClient  # noqa: E402

from redac.serve.app import create_app  # noqa: E402
from redac.serve.security import MAX_BODY_BYTES, token_for  # noqa: E402
from redac.serve.workspace import Workspace  # noqa: E402

SAMPLES = Path(__file__).parent.parent / "data" / "samples"
BASE = "http://127.0.0.1:8765"


@pytest.fixture
def workspace(tmp_path):
    return Workspace(tmp_path)


@pytest.fixture
def client(workspace):
    with TestClient(create_app(workspace), base_url=BASE) as client:
        client.get("/nouveau")  # the CSRF cookie
        yield client


def csrf(client) -> dict:
    return {"X-CSRF-Token": client.cookies["redac_csrf"]}


def rewrite(client, text: str, **fields) -> str:
    answer = client.post("/api/jobs", data={"text": text, **fields}, headers=csrf(client))
    assert answer.status_code == 202, answer.text
    job = answer.json()["id"]
    for _ in range(400):
        state = client.get(f"/api/jobs/{job}").json()
        if state["state"] != "running" and (state["saved"] or state["state"] != "done"):
            break
        time.sleep(0.05)
    assert state["state"] == "done", state
    stages = [stage["name"] for stage in state["stages"] if stage["state"] == "done"]
    assert stages[:5] == ["nettoyage", "analyse", "plan", "rédaction", "vérifications"] and len(stages) == len(state["stages"])
    return state["article"]


def test_pages_carry_a_strict_content_security_policy(client):
    page = client.get("/nouveau")
    policy = page.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy and "default-src 'none'" in policy
    assert "<script>" not in page.text and "style=" not in page.text


def test_post_without_csrf_token_or_from_another_site_is_refused(client):
    assert client.post("/api/brief", data={"text": "Bonjour."}).status_code == 403
    cross = client.post("/api/brief", data={"text": "Bonjour."}, headers={**csrf(client), "Origin": "http://evil.example"})
    assert cross.status_code == 403 and "autre site" in cross.json()["error"]
    assert client.post("/api/brief", data={"text": "Bonjour."}, headers={**csrf(client), "Origin": BASE}).status_code == 200


def test_unknown_host_header_is_refused(client):
    assert client.get("/nouveau", headers={"Host": "attacker.example:8765"}).status_code == 403


def test_a_token_is_required_beyond_this_machine(tmp_path):
    assert token_for("127.0.0.1", None) is None
    token = token_for("0.0.0.0", None)
    assert token and len(token) >= 24 and token_for("0.0.0.0", "given") == "given"
    app = create_app(Workspace(tmp_path), token=token, host="0.0.0.0", port=8765)
    with TestClient(app, base_url=BASE) as client:
        refused = client.get("/nouveau")
        assert refused.status_code == 401 and "Jeton requis" in refused.json()["error"]
        assert client.get("/nouveau", headers={"Authorization": "Bearer wrong"}).status_code == 401
        opened = client.get(f"/nouveau?token={token}", follow_redirects=False)
        assert opened.status_code == 303 and opened.headers["location"] == "/nouveau"
        assert client.get("/nouveau").status_code == 200  # the cookie now carries it


def test_oversized_request_gets_a_french_message(client):
    big = "a" * (MAX_BODY_BYTES + 10)
    answer = client.post("/api/brief", content=big, headers={**csrf(client), "Content-Type": "text/plain"})
    assert answer.status_code == 413 and "trop volumineuse" in answer.json()["error"]


def test_brief_found_in_the_pasted_text(client):
    text = (SAMPLES / "000_28bc3072248f10e6.txt").read_text(encoding="utf-8")
    answer = client.post("/api/brief", data={"text": text}, headers=csrf(client)).json()
    assert answer["brief"]["min_words"] == 700 and answer["brief"]["language"] == "fr"
    assert answer["removed"] > 0


def test_rewrite_edit_check_export_and_history(client, workspace):
    text = (SAMPLES / "000_28bc3072248f10e6.txt").read_text(encoding="utf-8")
    article = rewrite(client, text, min_words="800")
    page = client.get(article)
    assert page.status_code == 200 and 'id="light-faithfulness"' in page.text
    draft_id = article.rsplit("/", 1)[1]
    markdown = client.get(f"{article}/export.md").text
    import redac
    from redac.render.article import article_markdown

    assert markdown == article_markdown(redac.rewrite(text, min_words=800).article)
    body = markdown.split("\n# ", 1)[1].split("\n\n", 1)[1]
    head = {"title": "Titre choisi", "description": "d", "slug": "s", "keyphrase": ""}
    number = next(word for word in body.split() if word.isdigit() and len(word) >= 2)
    edited = body.replace(number, "987654", 1)
    view = client.post(f"/api/articles/{draft_id}/check", json={**head, "body": edited}, headers=csrf(client)).json()
    faithfulness = next(light for light in view["lights"] if light["id"] == "faithfulness")
    assert faithfulness["state"] == "red" and '<mark class="unsupported"' in view["preview"] and "987654" in view["preview"]
    view = client.post(f"/api/articles/{draft_id}/check", json={**head, "body": body}, headers=csrf(client)).json()
    assert next(light for light in view["lights"] if light["id"] == "faithfulness")["state"] == "green"
    saved = client.get(f"{article}/export.md").text
    workspace.flush()
    assert saved.startswith("---\ntitle: Titre choisi\n") and "\n# Titre choisi\n" in saved
    exported = json.loads(client.get(f"{article}/export.json").text)
    assert exported["article"]["title"] == "Titre choisi" and exported["provenance"]
    assert "<h1>Titre choisi</h1>" in client.get(f"{article}/export.html").text
    history = client.get("/historique").text
    assert f'href="/articles/{draft_id}"' in history and "Titre choisi" in history
    assert "Méta-description" in history  # the check it fails now ("d" is one character), by its French name


def test_history_reopens_an_article_after_a_restart(client, tmp_path):
    text = (SAMPLES / "001_61d2cc5d72aecba5.txt").read_text(encoding="utf-8")
    article = rewrite(client, text)
    markdown = client.get(f"{article}/export.md").text
    with TestClient(create_app(Workspace(tmp_path)), base_url=BASE) as fresh:
        assert fresh.get(f"{article}/export.md").text == markdown
        assert fresh.get(article).status_code == 200


def test_a_source_with_nothing_to_rewrite_fails_in_french(client):
    answer = client.post("/api/jobs", data={"text": "Publicité\n\nPublicité"}, headers=csrf(client))
    job = answer.json()["id"]
    for _ in range(100):
        state = client.get(f"/api/jobs/{job}").json()
        if state["state"] != "running":
            break
        time.sleep(0.05)
    assert state["state"] == "failed" and state["error"].startswith("Impossible de rédiger")
