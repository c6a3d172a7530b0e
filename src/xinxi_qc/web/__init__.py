"""The local web form: writers' pre-check, editors' inbox, solicitations, reports and the JSON API.

``create_app(config)`` builds a Flask app; ``xinxi-qc serve`` and ``server/wsgi.py`` both use it.
"""
from __future__ import annotations

import os
from datetime import timedelta
from typing import Any, Mapping

from flask import Flask, g, render_template, request

from . import security

DEFAULTS: dict[str, Any] = {
    "DATABASE_URL": None,            # SQLAlchemy URL or SQLite path; None = $XINXI_QC_DB or ./xinxi-qc.sqlite
    "CHECKER_CONFIG": None,          # path to xinxi-qc.toml; None = the usual lookup
    "SECRET_KEY": None,              # None = XINXI_QC_SECRET_KEY, else one kept in the database
    "SESSION_IDLE_MINUTES": 60,
    "PERMANENT_SESSION_LIFETIME": timedelta(hours=8),
    "MAX_CONTENT_LENGTH": 2 * 1024 * 1024,
    "SESSION_COOKIE_HTTPONLY": True,
    "SESSION_COOKIE_SAMESITE": "Lax",
    "SESSION_COOKIE_NAME": "xinxi_qc_session",
    "API_MAX_ITEMS": 200,
    "CHECK_TODAY": None,             # reference date (date or ISO) for drafts without a submission date; None = today
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
    app.before_request(security.check_csrf)
    app.after_request(_security_headers)
    app.jinja_env.globals["csrf_token"] = security.csrf_token
    app.jinja_env.globals["ROLE_NAMES_ZH"] = security.ROLE_NAMES_ZH
    from .filters import register_filters

    register_filters(app)

    from .views import register_blueprints

    register_blueprints(app)
    app.jinja_env.globals["view_functions"] = app.view_functions
    _register_errors(app)
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


_ERROR_TITLES = {400: "请求无效", 403: "没有权限", 404: "页面不存在", 405: "请求方式不允许",
                 409: "数据已被他人修改", 413: "文件太大", 500: "服务器内部错误"}


def _register_errors(app: Flask) -> None:
    from werkzeug.exceptions import HTTPException

    def handle(err: HTTPException):
        code = err.code or 500
        desc = err.description if code not in (404, 405, 500) else ""
        if code == 413:
            limit = app.config["MAX_CONTENT_LENGTH"] // 1024
            desc = f"上传内容超过 {limit} KB 的限制。"
        if code == 403 and not desc.strip() or "You don't have the permission" in desc:
            desc = "您的账号没有访问这个页面的权限。"
        if request.path.startswith("/api/"):
            return {"error": desc or _ERROR_TITLES.get(code, "错误")}, code
        return render_template("error.html", code=code, title=_ERROR_TITLES.get(code, "错误"),
                               description=desc), code

    for code in _ERROR_TITLES:
        if code != 500:
            app.register_error_handler(code, handle)

    def handle_500(err: HTTPException):
        # API clients parse JSON: an unexpected failure is still {"error": …}, never an HTML page.
        if request.path.startswith("/api/"):
            return {"error": "服务器内部错误，请稍后重试或联系管理员。"}, 500
        return err

    app.register_error_handler(500, handle_500)
