"""Fixtures for the web tests: a real SQLite file, the Flask test client, one user per role."""
from __future__ import annotations

import re

import pytest

from xinxi_qc.web import create_app
from xinxi_qc.web.state import get_state

PASSWORD = "correct-horse-9"
_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


@pytest.fixture
def app(tmp_path):
    app = create_app({
        "DATABASE_URL": str(tmp_path / "web.sqlite"),
        "TESTING": True,
        "SECRET_KEY": "test-secret",
        "MAX_CONTENT_LENGTH": 64 * 1024,
        "PASSWORD_HASH_METHOD": "pbkdf2:sha256:1000",
        # The samples report January-September figures: checked as if on this date, not late.
        "CHECK_TODAY": "2026-10-05",
    })
    return app


@pytest.fixture
def state(app):
    with app.app_context():
        yield get_state()


@pytest.fixture
def client(app):
    return app.test_client()


def csrf_from(client, path="/login") -> str:
    html = client.get(path).get_data(as_text=True)
    m = _CSRF.search(html)
    assert m, f"no CSRF token on {path}"
    return m.group(1)


def login(client, username, password=PASSWORD):
    token = csrf_from(client, "/login")
    return client.post("/login", data={"username": username, "password": password,
                                       "csrf_token": token})


def post_form(client, path, data, page="/check", **kw):
    """POST a form with the CSRF token the session holds (read from any logged-in page)."""
    data = dict(data)
    data["csrf_token"] = csrf_from(client, page)
    return client.post(path, data=data, **kw)


@pytest.fixture
def world(state):
    """A city with two counties and a town under each, scoring set to the 衢州 example, one user
    per role: writer1 (荷花街道 hh, under 柯城区 kc), writer2 (江山 town jt), reviewer (kc), editor, admin."""
    svc = state.service
    svc.add_unit("qz", "衢州市", "city")
    svc.add_unit("kc", "柯城区", "county", parent="qz", unit_class="A")
    svc.add_unit("hh", "荷花街道", "town", parent="kc", unit_class="B")
    svc.add_unit("js", "江山市", "county", parent="qz", unit_class="A")
    svc.add_unit("jt", "贺村镇", "town", parent="js", unit_class="B")
    svc.set_scoring("quzhou")
    acc = state.accounts
    users = {
        "writer1": acc.create_user("writer1", PASSWORD, "writer", "hh", "张三"),
        "writer2": acc.create_user("writer2", PASSWORD, "writer", "jt", "李四"),
        "reviewer": acc.create_user("reviewer", PASSWORD, "reviewer", "kc", "王审核"),
        "editor": acc.create_user("editor", PASSWORD, "editor", display_name="赵编辑"),
        "admin": acc.create_user("admin", PASSWORD, "admin"),
    }
    return svc, users


def as_user(app, name):
    c = app.test_client()
    resp = login(c, name)
    assert resp.status_code == 302, resp.get_data(as_text=True)
    return c


def submit_item(client, title, body, **extra):
    data = {"title": title, "body": body, **extra}
    resp = post_form(client, "/items/submit", data)
    assert resp.status_code == 303, resp.get_data(as_text=True)
    return int(resp.headers["Location"].rstrip("/").rsplit("/", 1)[1])


def return_item(svc, editor, iid, reason):
    """``editor`` sends item ``iid`` back to its writer at its current revision; the new revision."""
    post_form(editor, f"/items/{iid}/act/return", {"reason": reason, "revision": svc.get_item(iid).item.revision},
              page="/inbox/")
    return svc.get_item(iid).item.revision


def age_sessions(app, *, last_seen_minutes: float = 0, created_minutes: float = 0, expires_minutes=None):
    """Move every server-side session back in time (as if the browser had been idle / logged in
    long ago); ``expires_minutes`` sets the absolute expiry relative to now."""
    from datetime import datetime, timedelta, timezone

    from sqlalchemy import update

    from xinxi_qc.workflow.models import WebSession

    now = datetime.now(timezone.utc).replace(tzinfo=None)
    values = {"last_seen_at": now - timedelta(minutes=last_seen_minutes),
              "created_at": now - timedelta(minutes=created_minutes)}
    if expires_minutes is not None:
        values["expires_at"] = now + timedelta(minutes=expires_minutes)
    with app.app_context():
        with get_state().engine.begin() as conn:
            conn.execute(update(WebSession).values(**values))


@pytest.fixture
def writer(client, state):
    state.accounts.create_user("w", PASSWORD, "writer", "hh", "张三")
    login(client, "w")
    return client


@pytest.fixture
def token(state):
    return state.accounts.create_token("测试")
