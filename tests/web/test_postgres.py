"""The web form on PostgreSQL (when XINXI_QC_TEST_PG_URL is set, as in CI): migrations incl. the
session table, lists in SQL with constant query counts, sorting/filters/待我办理, sessions, login
throttling, kept posts, and the report cache's data stamp."""
from __future__ import annotations

import os
from datetime import date

import pytest
from sqlalchemy import create_engine, text

from xinxi_qc.web import create_app
from xinxi_qc.web.accounts import Base as WebBase
from xinxi_qc.web.state import get_state
from xinxi_qc.workflow.db import VERSION_TABLE
from xinxi_qc.workflow.models import Base

from .bulk import fill, make_units, web_checker
from .conftest import PASSWORD, as_user, csrf_from, login
from .test_scale import _queries_per_page

PG_URL = os.environ.get("XINXI_QC_TEST_PG_URL")
pytestmark = pytest.mark.skipif(not PG_URL, reason="XINXI_QC_TEST_PG_URL not set (PostgreSQL tests run in CI)")


def _reset() -> None:
    engine = create_engine(PG_URL)
    with engine.begin() as conn:
        WebBase.metadata.drop_all(conn)
        Base.metadata.drop_all(conn)
        conn.execute(text(f"DROP TABLE IF EXISTS {VERSION_TABLE}"))
    engine.dispose()


def _pg_app(n: int):
    _reset()
    app = create_app({"DATABASE_URL": PG_URL, "TESTING": True, "SECRET_KEY": "t",
                      "PASSWORD_HASH_METHOD": "pbkdf2:sha256:1000", "CHECK_TODAY": "2026-10-05"})
    with app.app_context():
        st = get_state()
        make_units(st.service)
        st.service.set_scoring("quzhou")
        fill(st.engine, n, web_checker(st))
        # ids were inserted explicitly: move the sequence past them, as the service would have
        st.engine.dispose()
        with st.engine.begin() as conn:
            conn.execute(text("SELECT setval(pg_get_serial_sequence('items', 'id'), (SELECT max(id) FROM items))"))
        st.accounts.create_user("editor", PASSWORD, "editor", display_name="赵编辑")
        st.accounts.create_user("reviewer", PASSWORD, "reviewer", "kc", "王审核")
        st.accounts.create_user("writer", PASSWORD, "writer", "kc1", "张三")
    return app


@pytest.fixture
def pg_cleanup():
    yield
    _reset()


def test_queries_per_page_constant_on_postgresql(pg_cleanup):
    small = _queries_per_page(_pg_app(20))
    large_app = _pg_app(200)
    large = _queries_per_page(large_app)
    assert small == large
    ed = as_user(large_app, "editor")
    html = ed.get("/inbox/?per=20&sort=submitted&dir=asc&status=adopted&q=就业").get_data(as_text=True)
    assert "共 " in html and "已采用</span>" in html
    assert ed.get("/inbox/todo").status_code == 200
    assert ed.get("/reports/export?period=2026-03&format=csv").status_code == 200


def test_sessions_throttle_and_kept_posts_on_postgresql(pg_cleanup):
    app = _pg_app(3)
    w = as_user(app, "writer")
    token = csrf_from(w, "/check")
    assert w.post("/logout", data={"csrf_token": token}).status_code == 302
    resp = w.post("/items/submit", data={"title": "标题", "body": "正文", "csrf_token": token})
    assert resp.status_code == 303 and "resume" in resp.headers["Location"]
    c = app.test_client()
    for _ in range(10):
        assert login(c, "editor", "wrong-password").status_code == 401
    assert login(c, "editor", "wrong-password").status_code == 429
    assert login(app.test_client(), "editor").status_code == 429


def test_stored_reports_and_redacted_kept_posts_on_postgresql(pg_cleanup, monkeypatch):
    from xinxi_qc.workflow import Service

    app = _pg_app(30)
    ed = as_user(app, "editor")
    csv_of = lambda a: as_user(a, "editor").get("/reports/export?period=2026-03&format=csv").data  # noqa: E731
    before = csv_of(app)
    again = create_app(dict(app.config))  # a restart: the 通报 is read from the stored row
    calls = []
    real = Service.period_report
    monkeypatch.setattr(Service, "period_report", lambda *a, **k: calls.append(1) or real(*a, **k))
    assert csv_of(again) == before and calls == []
    with Service(PG_URL) as cli:  # a change while the server is down: the stored row is not used
        cli.adjust("kc1", actor="市信息科", reason="迟报扣分", points=-5, at=date(2026, 3, 15))
    assert csv_of(create_app(dict(app.config))) != before and calls == [1]
    # a post kept for an ended session on an item's page is redacted with the item
    w = as_user(app, "writer")
    item = next(i for i in range(1, 31) if w.get(f"/items/{i}").status_code == 200)
    token = csrf_from(w, f"/items/{item}")
    w.post("/logout", data={"csrf_token": token})
    w.post(f"/items/{item}/revise", data={"title": "标题", "body": "联系电话13812345678。", "revision": "1",
                                          "csrf_token": token})
    with app.app_context():
        info = get_state().service.redact(item, "删除个人信息", actor="市信息科")
        with get_state().engine.connect() as conn:
            forms = conn.execute(text("SELECT form FROM web_pending_posts")).scalars().all()
    assert info.kept_posts == 1 and "13812345678" not in "".join(forms) and "138****5678" in "".join(forms)
    assert ed.get(f"/items/{item}").status_code == 200
