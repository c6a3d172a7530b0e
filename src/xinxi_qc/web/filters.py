"""Jinja filters for Chinese labels and compact dates."""
from __future__ import annotations

from datetime import date, datetime

from flask import Flask

from ..model import TYPE_NAMES_ZH
from ..rules.names import rule_label, rule_name_zh

SEVERITY_ZH = {"info": "提示", "warning": "警告", "error": "错误"}
FIELD_ZH = {"title": "标题", "body": "正文"}


def _dt(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def rule_zh(rule_id: str) -> str:
    """A rule's Chinese name alone (the id stays in a tooltip); ``type:dynamic`` → 信息类型调整（动态）."""
    rule_id = rule_id or ""
    if rule_id.startswith("type:"):
        label = rule_id.split(":", 1)[1]
        return f"信息类型调整（{TYPE_NAMES_ZH.get(label, label)}）"
    return rule_name_zh(rule_id) or rule_id


def points_delta(points) -> str:
    """A deduction as the reader sees it: 8 → −8, −3 (a bonus) → +3."""
    try:
        value = float(points)
    except (TypeError, ValueError):
        return str(points)
    text = f"{abs(value):g}"
    return f"−{text}" if value > 0 else f"+{text}" if value < 0 else "0"


def url_with(**changes) -> str:
    """The current page's URL with some query arguments changed (None removes one)."""
    from flask import request, url_for

    args = {k: v for k, v in request.args.items()}
    for key, value in changes.items():
        if value is None:
            args.pop(key, None)
        else:
            args[key] = value
    return url_for(request.endpoint, **(request.view_args or {}), **args)


def unit_name(code: str | None) -> str:
    """A unit's name for display (its code when unknown); the units are read once per request."""
    from flask import g

    if not code:
        return ""
    names = g.get("_unit_names")
    if names is None:
        from .state import get_state

        try:
            names = {u.code: u.name for u in get_state().service.list_units()}
        except ImportError:  # the submission core is not installed in this build
            names = {}
        g._unit_names = names
    return names.get(code, code)


def register_filters(app: Flask) -> None:
    app.jinja_env.globals["url_with"] = url_with
    app.jinja_env.globals["unit_name"] = unit_name
    app.jinja_env.filters["type_zh"] = lambda v: TYPE_NAMES_ZH.get(v or "", v or "—")
    app.jinja_env.filters["severity_zh"] = lambda v: SEVERITY_ZH.get(v, v)
    app.jinja_env.filters["field_zh"] = lambda v: FIELD_ZH.get(v, v)
    app.jinja_env.filters["dt"] = _dt
    app.jinja_env.filters["rule_label"] = lambda v: rule_label(v or "")
    app.jinja_env.filters["rule_zh"] = rule_zh
    app.jinja_env.filters["points_delta"] = points_delta
    app.jinja_env.globals["TYPE_NAMES_ZH"] = TYPE_NAMES_ZH
