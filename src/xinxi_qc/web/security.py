"""CSRF tokens, login state, idle expiry and role checks for the web form.

The CSRF scheme is the synchronizer-token pattern: one random token per session, sent back in a
hidden field (or the X-CSRF-Token header) with every unsafe request and compared in constant time.
"""
from __future__ import annotations

import hmac
import secrets
from datetime import timedelta
from functools import wraps
from typing import Callable
from urllib.parse import urlsplit

from flask import abort, current_app, flash, g, redirect, request, session, url_for

ROLES = ("writer", "reviewer", "editor", "admin")
ROLE_NAMES_ZH = {"writer": "信息员", "reviewer": "县区审核员", "editor": "办公室编辑", "admin": "管理员"}
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})

_CSRF_KEY = "_csrf"
_SID_KEY = "sid"


def csrf_token() -> str:
    token = session.get(_CSRF_KEY)
    if not token:
        token = secrets.token_urlsafe(32)
        session[_CSRF_KEY] = token
    return token


def csrf_exempt(view: Callable) -> Callable:
    view.csrf_exempt = True  # type: ignore[attr-defined]
    return view


def check_csrf():
    """before_request hook: reject unsafe requests whose token is missing or wrong."""
    if request.method not in UNSAFE_METHODS:
        return
    view = current_app.view_functions.get(request.endpoint or "")
    if view is not None and getattr(view, "csrf_exempt", False):
        return
    expected = session.get(_CSRF_KEY)
    sent = request.form.get("csrf_token") or request.headers.get("X-CSRF-Token") or ""
    if not expected or not hmac.compare_digest(str(expected), str(sent)):
        from .rescue import RESCUED_ENDPOINTS

        if request.endpoint in RESCUED_ENDPOINTS:
            return _rescue(str(sent))  # a writer's text is never answered with a bare 400
        abort(400, description="表单已失效或来源不明（CSRF 校验失败），请刷新页面后重试。")
    return None


def _rescue(sent: str):
    """Keep the posted text server-side; log in again if needed, then resume (see rescue.py)."""
    from .state import get_state

    user = g.get("user")
    if user is not None:
        uid, trusted, reason = user.id, False, "csrf"
    else:
        uid = g.get("expired_user_id")
        old = g.get("expired_csrf")
        trusted = bool(uid is not None and old and sent and hmac.compare_digest(str(old), sent))
        reason = "expired"
    token = get_state().rescue.keep(request.endpoint, dict(request.view_args or {}), request.form,
                                    user_id=uid, trusted=trusted, reason=reason)
    target = url_for("drafts.resume", token=token)
    if user is None:
        flash("登录已超时。您刚才的文字已保存在服务器上，重新登录后即可继续刚才的操作。", "info")
        return redirect(url_for("auth.login", next=target), 303)
    return redirect(target, 303)


def _sessions():
    from .state import get_state

    return get_state().sessions


def log_in(user_id: int) -> None:
    """Start a new server-side session (a fresh token and CSRF token: no session fixation)."""
    session.clear()
    session.permanent = True
    session[_SID_KEY] = _sessions().create(user_id, current_app.permanent_session_lifetime,
                                           request.remote_addr)
    csrf_token()


def log_out() -> None:
    token = session.get(_SID_KEY)
    if token:
        _sessions().revoke(str(token))
    session.clear()


def current_user_id() -> int | None:
    """The logged-in user's id, or None when there is no live server-side session.

    An idle, expired or revoked session is cleared; ``g.session_expired`` tells the login page to
    say so, ``g.expired_user_id`` whose session it was (a saved action may resume for them only).
    """
    token = session.get(_SID_KEY)
    if not token:
        return None
    idle = timedelta(minutes=int(current_app.config["SESSION_IDLE_MINUTES"]))
    found = _sessions().check(str(token), idle)
    if found.ended is not None:
        g.expired_csrf = session.get(_CSRF_KEY)
        session.clear()
        g.session_expired = found.ended in ("idle", "expired", "revoked")
        g.expired_user_id = found.user_id
        return None
    return found.user_id


def login_required(*roles: str) -> Callable:
    """Require a logged-in user; with roles, require one of them (admin passes every check)."""

    def decorate(view: Callable) -> Callable:
        @wraps(view)
        def wrapped(*args, **kwargs):
            user = g.get("user")
            if user is None:
                if g.get("session_expired"):
                    flash("登录已超时，请重新登录。", "info")
                return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))
            if roles and user.role not in roles and user.role != "admin":
                abort(403)
            return view(*args, **kwargs)

        return wrapped

    return decorate


def safe_next(target: str | None) -> str | None:
    """Only follow local paths after login (no open redirect).

    Browsers drop tabs and newlines from URLs and read a backslash as a slash, so ``/%09/evil`` (a tab) or
    ``/\\evil`` would become ``//evil`` — another host. Anything but a plain local path is refused.
    """
    if not target or not target.startswith("/") or target.startswith("//"):
        return None
    if "\\" in target or any(ch.isspace() or ord(ch) < 0x20 or ord(ch) == 0x7F for ch in target):
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not parts.path.startswith("/") or parts.path.startswith("//"):
        return None
    return target


# Largest id a database column holds (PostgreSQL INTEGER); a bigger one in a URL is simply not found.
MAX_DB_INT = 2**31 - 1


def check_url_ids() -> None:
    """before_request hook: an integer in the URL beyond any stored id is a 404, not a crash."""
    for value in (request.view_args or {}).values():
        if isinstance(value, int) and not 0 <= value <= MAX_DB_INT:
            abort(404)


def db_int(raw: str | None) -> int | None:
    """A form/query value as an id the database can hold, else None."""
    try:
        value = int(str(raw).strip())
    except (TypeError, ValueError):
        return None
    return value if 0 <= value <= MAX_DB_INT else None
