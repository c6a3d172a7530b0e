"""POST /api/v1/check: token auth, input shapes, the checker's JSON contract out."""
from __future__ import annotations

from .samples import GOOD_BODY, GOOD_TITLE, WEAK_BODY, WEAK_TITLE


def test_token_required(client):
    resp = client.post("/api/v1/check", json={"title": GOOD_TITLE, "body": GOOD_BODY})
    assert resp.status_code == 401 and "WWW-Authenticate" in resp.headers
    assert "令牌" in resp.get_json()["error"]


def test_wrong_and_revoked_tokens_rejected(client, state, token):
    bad = client.post("/api/v1/check", json={"title": "t", "body": "b"},
                      headers={"Authorization": "Bearer xqc_wrong"})
    assert bad.status_code == 401
    state.accounts.revoke_token(state.accounts.list_tokens()[0][0])
    resp = client.post("/api/v1/check", json={"title": "t", "body": "b"},
                       headers={"Authorization": f"Bearer {token}"})
    assert resp.status_code == 401


def test_batch_returns_contract(client, token):
    resp = client.post("/api/v1/check", headers={"Authorization": f"Bearer {token}"}, json={"items": [
        {"id": "a", "title": WEAK_TITLE, "body": WEAK_BODY, "unit": "hh"},
        {"id": "b", "title": GOOD_TITLE, "body": GOOD_BODY, "event_date": "2026-10-01"},
        {"title": 5},
        {"title": GOOD_TITLE, "body": GOOD_BODY, "submitted": "not-a-date"},
    ]})
    assert resp.status_code == 200
    doc = resp.get_json()
    assert doc["schema"] == "xinxi-qc/1"
    assert resp.get_data(as_text=True).startswith('{"schema"') and WEAK_TITLE in resp.get_data(as_text=True)
    assert [it["id"] for it in doc["items"]] == ["a", "b"]
    weak, good = doc["items"]
    assert weak["score"] < good["score"] and weak["unit"] == "hh"
    assert {"rule", "severity", "field", "start", "end", "message", "suggestion"} <= set(weak["findings"][0])
    assert [e["source"] for e in doc["errors"]] == ["items[2]", "items[3]"]
    assert "submitted" in doc["errors"][1]["message"]


def test_single_item_and_x_api_token_header(client, token):
    resp = client.post("/api/v1/check", json={"title": GOOD_TITLE, "body": GOOD_BODY},
                       headers={"X-API-Token": token})
    assert resp.status_code == 200 and len(resp.get_json()["items"]) == 1


def test_malformed_json(client, token):
    resp = client.post("/api/v1/check", data="{not json", content_type="application/json",
                       headers={"Authorization": f"Bearer {token}"})
    assert resp.status_code == 400 and "JSON" in resp.get_json()["error"]
    resp = client.post("/api/v1/check", json=[1, 2], headers={"Authorization": f"Bearer {token}"})
    assert resp.status_code == 400
    resp = client.post("/api/v1/check", json={"items": "x"}, headers={"Authorization": f"Bearer {token}"})
    assert resp.status_code == 400


def test_too_many_items(client, token, app):
    n = app.config["API_MAX_ITEMS"] + 1
    resp = client.post("/api/v1/check", json={"items": [{"title": "t", "body": "b"}] * n},
                       headers={"Authorization": f"Bearer {token}"})
    assert resp.status_code == 413


def test_api_needs_no_csrf_but_a_session_cookie_is_not_enough(client, state):
    from .conftest import PASSWORD, login

    state.accounts.create_user("e", PASSWORD, "editor")
    login(client, "e")
    resp = client.post("/api/v1/check", json={"title": GOOD_TITLE, "body": GOOD_BODY})
    assert resp.status_code == 401


def test_get_is_not_allowed(client):
    assert client.get("/api/v1/check").status_code == 405
