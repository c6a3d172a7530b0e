"""Production WSGI entry point for the xinxi-qc web form.

    gunicorn --chdir server -w 2 -b 127.0.0.1:8000 wsgi:app
    waitress-serve --listen=127.0.0.1:8000 --call wsgi:create   (run from server/)

Settings come from the environment (see server/README.md):
  XINXI_QC_DB            SQLAlchemy URL or SQLite path (default ./xinxi-qc.sqlite)
  XINXI_QC_CONFIG        path to xinxi-qc.toml for the checker
  XINXI_QC_SECRET_KEY    session-signing key (default: one generated and kept in the database)
  XINXI_QC_HTTPS=1       mark session cookies Secure (set when served over HTTPS)
  XINXI_QC_PROXY=1       trust one reverse proxy's X-Forwarded-For/-Proto/-Host headers
  XINXI_QC_IDLE_MINUTES  log users out after this many idle minutes (default 60)
  XINXI_QC_LOGIN_MAX_FAILURES / XINXI_QC_LOGIN_MAX_FAILURES_PER_ADDRESS
                         wrong passwords per account / per address in 15 min before a lock (10 / 50)
"""
from __future__ import annotations

import os

from xinxi_qc.web import create_app as _create_app


def create():
    env = os.environ
    app = _create_app({
        "DATABASE_URL": env.get("XINXI_QC_DB") or None,
        "CHECKER_CONFIG": env.get("XINXI_QC_CONFIG") or None,
        "SESSION_COOKIE_SECURE": env.get("XINXI_QC_HTTPS") == "1",
        "SESSION_IDLE_MINUTES": int(env.get("XINXI_QC_IDLE_MINUTES") or 60),
        "LOGIN_MAX_FAILURES": int(env.get("XINXI_QC_LOGIN_MAX_FAILURES") or 10),
        "LOGIN_MAX_FAILURES_PER_ADDRESS": int(env.get("XINXI_QC_LOGIN_MAX_FAILURES_PER_ADDRESS") or 50),
    })
    if env.get("XINXI_QC_PROXY") == "1":
        from werkzeug.middleware.proxy_fix import ProxyFix

        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1, x_host=1)
    return app


app = create()
