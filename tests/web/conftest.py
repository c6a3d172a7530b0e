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
