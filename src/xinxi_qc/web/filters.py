"""Jinja filters for Chinese labels and compact dates."""
from __future__ import annotations

from datetime import date, datetime

from flask import Flask

from ..model import TYPE_NAMES_ZH
from ..rules.names import rule_label

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


def register_filters(app: Flask) -> None:
    app.jinja_env.filters["type_zh"] = lambda v: TYPE_NAMES_ZH.get(v or "", v or "—")
    app.jinja_env.filters["severity_zh"] = lambda v: SEVERITY_ZH.get(v, v)
    app.jinja_env.filters["field_zh"] = lambda v: FIELD_ZH.get(v, v)
    app.jinja_env.filters["dt"] = _dt
    app.jinja_env.filters["rule_label"] = lambda v: rule_label(v or "")
    app.jinja_env.globals["TYPE_NAMES_ZH"] = TYPE_NAMES_ZH
