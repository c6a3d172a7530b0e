"""Blueprints of the web form, one module per page group."""
from __future__ import annotations

from flask import Flask


def register_blueprints(app: Flask) -> None:
    from . import account, admin, api, auth, drafts, precheck

    for mod in (auth, precheck, api, admin, drafts, account):
        app.register_blueprint(mod.bp)
    try:
        from . import inbox, items, reports, solicitations
    except ImportError as exc:  # the submission core is not installed in this build
        app.logger.warning("submission pages disabled: %s", exc)
        return
    for mod in (items, inbox, solicitations, reports):
        app.register_blueprint(mod.bp)
