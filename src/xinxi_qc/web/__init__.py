"""The local web form: writers' pre-check, editors' inbox, solicitations, reports and the JSON API.

``create_app(config)`` builds a Flask app; ``xinxi-qc serve`` and ``server/wsgi.py`` both use it.
"""
from __future__ import annotations

import os
from datetime import timedelta
from typing import Any, Mapping

from flask import Flask, g, request

from . import security

DEFAULTS: dict[str, Any] = {
    "DATABASE_URL": None,            # SQLAlchemy URL or SQLite path; None = $XINXI_QC_DB or ./xinxi-qc.sqlite
    "CHECKER_CONFIG": None,          # path to xinxi-qc.toml; None = the usual lookup
    "SECRET_KEY": None,              # None = XINXI_QC_SECRET_KEY, else one kept in the database
    "SESSION_IDLE_MINUTES": 60,
    "PERMANENT_SESSION_LIFETIME": timedelta(hours=8),  # absolute, from login (server-side record)
    "MAX_CONTENT_LENGTH": 2 * 1024 * 1024,
    "SESSION_COOKIE_HTTPONLY": True,
    "SESSION_COOKIE_SAMESITE": "Lax",
    "SESSION_COOKIE_NAME": "xinxi_qc_session",
    "API_MAX_ITEMS": 200,
    "CHECK_TODAY": None,             # reference date (date or ISO) for drafts without a submission date; None = today
    "LOGIN_MAX_FAILURES": 10,        # per account in LOGIN_WINDOW_MINUTES; one more locks it
    "LOGIN_MAX_FAILURES_PER_ADDRESS": 50,
    "LOGIN_WINDOW_MINUTES": 15,
    "LOGIN_LOCK_MINUTES": 15,
    "REPORT_STALE_SECONDS": 600,     # pages may show a 通报/points this old while a new one is computed; 0 = never
    "PASSWORD_HASH_METHOD": "scrypt",  # werkzeug method string; tests use a cheap pbkdf2
}


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    app = Flask(__name__)
    app.config.update(DEFAULTS)
    if config:
        app.config.update(config)

    from .state import WebState

    state = WebState.from_config(app.config)
    app.extensions["xinxi_qc"] = state
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = os.environ.get("XINXI_QC_SECRET_KEY") or state.secret_key()

    app.json.ensure_ascii = False  # Chinese stays readable in API responses
    app.json.sort_keys = False  # keep the contract's field order ("schema" first)
    app.before_request(_load_user)
    app.before_request(security.check_url_ids)
    app.before_request(security.check_csrf)
    app.after_request(_security_headers)
    app.jinja_env.globals["csrf_token"] = security.csrf_token
    app.context_processor(_clear_draft)
    app.jinja_env.globals["ROLE_NAMES_ZH"] = security.ROLE_NAMES_ZH
    from .filters import register_filters

    register_filters(app)

    from .views import register_blueprints

    register_blueprints(app)
    app.jinja_env.globals["view_functions"] = app.view_functions
    from .errors import register_errors

    register_errors(app)
    return app


def _load_user() -> None:
    g.user = None
    if request.endpoint == "static":
        return
    uid = security.current_user_id()
    if uid is not None:
        from .state import get_state

        g.user = get_state().accounts.get(uid)
        if g.user is None:
            security.log_out()


def _clear_draft() -> dict:
    """Once, on the page after a successful submission: which browser drafts drafts.js may forget."""
    from flask import session

    return {"clear_draft": session.pop("clear_draft", "") if "clear_draft" in session else ""}


def _security_headers(resp):
    resp.headers.setdefault("X-Content-Type-Options", "nosniff")
    resp.headers.setdefault("X-Frame-Options", "DENY")
    resp.headers.setdefault("Referrer-Policy", "same-origin")
    resp.headers.setdefault(
        "Content-Security-Policy",
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "form-action 'self'; frame-ancestors 'none'")
    if request.endpoint != "static" and resp.mimetype == "text/html":
        resp.headers.setdefault("Cache-Control", "no-store")
    return resp
