"""Issue 15, sessions: server-side records that logout, a password change and deactivation revoke;
an absolute lifetime from login; login throttling per account and per address, logged."""
from __future__ import annotations

import dataclasses
import logging
from datetime import datetime, timedelta, timezone

from sqlalchemy import select, update

from xinxi_qc.web.throttle import LoginGuard
from xinxi_qc.workflow.models import WebSession

from .conftest import PASSWORD, age_sessions, as_user, csrf_from, login, post_form

COOKIE = "xinxi_qc_session"


def _copy(app, client):
    """A second browser holding a copy of ``client``'s session cookie (as a thief would)."""
    other = app.test_client()
    other.set_cookie(COOKIE, client.get_cookie(COOKIE).value)
    return other


def test_cookie_copied_before_logout_stops_working(app, world):
    w1 = as_user(app, "writer1")
    thief = _copy(app, w1)
    assert thief.get("/check").status_code == 200
    token = csrf_from(w1, "/check")
    assert w1.post("/logout", data={"csrf_token": token}).status_code == 302
    resp = thief.get("/check")
    assert resp.status_code == 302 and "/login" in resp.headers["Location"]


def test_password_change_revokes_every_session_of_that_user(app, world):
    w1 = as_user(app, "writer1")
    second = as_user(app, "writer1")
    thief = _copy(app, w1)
    admin = as_user(app, "admin")
    uid = world[1]["writer1"].id
    resp = post_form(admin, f"/admin/users/{uid}/password", {"password": "new-password-77"},
                     page="/admin/users")
    assert resp.status_code == 303
    for c in (w1, second, thief):
        assert c.get("/check").status_code == 302
    assert admin.get("/admin/users").status_code == 200  # the admin's own session is untouched
    assert login(app.test_client(), "writer1", "new-password-77").status_code == 302


def test_deactivation_revokes_sessions(app, world, state):
    w1 = as_user(app, "writer1")
    state.accounts.set_active(world[1]["writer1"].id, False)
    assert w1.get("/check").status_code == 302


def test_lifetime_is_absolute_not_sliding(app, world, state):
    w1 = as_user(app, "writer1")
    with state.engine.connect() as conn:
        row = conn.execute(select(WebSession)).one()
    assert row.expires_at - row.created_at == app.config["PERMANENT_SESSION_LIFETIME"]
    age_sessions(app, last_seen_minutes=5)
    assert w1.get("/check").status_code == 200
    with state.engine.connect() as conn:
        again = conn.execute(select(WebSession)).one()
    assert again.expires_at == row.expires_at and again.last_seen_at > row.last_seen_at - timedelta(minutes=1)
    # Active all day (never idle), but eight hours after login the session ends all the same.
    age_sessions(app, last_seen_minutes=0, created_minutes=8 * 60, expires_minutes=-1)
    resp = w1.get("/check")
    assert resp.status_code == 302 and "/login" in resp.headers["Location"]
    assert "登录已超时" in w1.get(resp.headers["Location"]).get_data(as_text=True)


def test_expired_session_login_page_says_so(app, world):
    w1 = as_user(app, "writer1")
    age_sessions(app, last_seen_minutes=app.config["SESSION_IDLE_MINUTES"] + 1)
    html = w1.get("/login").get_data(as_text=True)
    assert "登录已超时" in html


def _try(client, username, password):
    return login(client, username, password)


def test_eleventh_wrong_password_locks_the_account(app, world, state, caplog):
    caplog.set_level(logging.WARNING, logger="xinxi_qc.web.auth")
    c = app.test_client()
    for _ in range(10):
        resp = _try(c, "writer1", "wrong-password")
        assert resp.status_code == 401 and "用户名或密码错误" in resp.get_data(as_text=True)
    resp = _try(c, "writer1", "wrong-password")
    html = resp.get_data(as_text=True)
    assert resp.status_code == 429 and "锁定" in html and "分钟后再试" in html
    # Locked: the right password is refused too, from any browser.
    resp = _try(app.test_client(), "writer1", PASSWORD)
    assert resp.status_code == 429
    failures = [r for r in caplog.records if "登录失败" in r.getMessage()]
    assert len(failures) == 11 and "writer1" in failures[0].getMessage()
    assert any("已锁定" in r.getMessage() for r in caplog.records)
    # Other accounts are not affected; once the lock has passed the right password works.
    assert _try(app.test_client(), "writer2", PASSWORD).status_code == 302
    with state.engine.begin() as conn:
        conn.execute(update(LoginGuard).values(
            locked_until=datetime.now(timezone.utc).replace(tzinfo=None) - timedelta(seconds=1)))
    assert _try(app.test_client(), "writer1", PASSWORD).status_code == 302


def test_success_resets_the_account_count(app, world):
    c = app.test_client()
    for _ in range(9):
        assert _try(c, "writer1", "wrong-password").status_code == 401
    assert _try(c, "writer1", PASSWORD).status_code == 302
    c = app.test_client()
    for _ in range(10):
        assert _try(c, "writer1", "wrong-password").status_code == 401


def test_one_address_guessing_many_accounts_is_locked(app, world, state):
    state.throttle.limits = dataclasses.replace(state.throttle.limits, per_address=5)
    c = app.test_client()
    for n in range(5):
        assert _try(c, f"guess{n}", "wrong-password").status_code == 401
    assert _try(c, "guess9", "wrong-password").status_code == 429
    # The address is locked, so even a real account's right password waits.
    assert _try(c, "writer1", PASSWORD).status_code == 429
    other = app.test_client()
    other.environ_base["REMOTE_ADDR"] = "10.0.0.9"
    assert login(other, "writer1").status_code == 302


def test_long_ended_sessions_are_cleared_at_the_next_login(app, world, state):
    as_user(app, "writer1")
    age_sessions(app, created_minutes=10 * 24 * 60, expires_minutes=-8 * 24 * 60)
    as_user(app, "writer2")
    with state.engine.connect() as conn:
        rows = conn.execute(select(WebSession.user_id)).all()
    assert [r.user_id for r in rows] == [world[1]["writer2"].id]


def test_own_password_change_ends_other_sessions_but_not_this_one(app, world):
    w1 = as_user(app, "writer1")
    other = as_user(app, "writer1")
    thief = _copy(app, w1)
    bad = post_form(w1, "/account/password", {"current": "wrong-password", "new": "new-password-88",
                                              "repeat": "new-password-88"}, page="/account/password")
    assert bad.status_code == 400 and "当前密码不对" in bad.get_data(as_text=True)
    bad = post_form(w1, "/account/password", {"current": PASSWORD, "new": "new-password-88",
                                              "repeat": "new-password-89"}, page="/account/password")
    assert bad.status_code == 400 and "不一致" in bad.get_data(as_text=True)
    assert other.get("/check").status_code == 200  # nothing changed yet
    ok = post_form(w1, "/account/password", {"current": PASSWORD, "new": "new-password-88",
                                             "repeat": "new-password-88"}, page="/account/password")
    assert ok.status_code == 303
    assert w1.get("/check").status_code == 200  # this browser goes on with a new session
    assert other.get("/check").status_code == 302 and thief.get("/check").status_code == 302
    assert login(app.test_client(), "writer1").status_code == 401
    assert login(app.test_client(), "writer1", "new-password-88").status_code == 302
