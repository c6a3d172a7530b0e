"""The conflict page: someone else changed the item between opening the page and sending the form.

Nothing is overwritten (the service's revision check refuses the change); the user sees what
changed, the current version next to their own text, and — when their action is still possible —
a form holding their text against the current revision.
"""
from __future__ import annotations

from flask import render_template

from ...workflow.levels import LEVEL_ZH
from ...workflow.states import ACTION_ZH, STATUS_ZH
from ..backend import draft_generation
from ..checking import normalise_newlines
from ..diffing import readable_diff
from ..filters import unit_name

ACT_FIELDS_ZH = {"reason": "理由/说明", "to": "转报单位", "outlet": "采用刊物", "level": "层级", "kind": "类别",
                 "rank": "领导类别", "leader": "批示领导", "note": "批示内容"}


def recent_events(detail, limit: int = 5) -> list:
    """The most recent events (newest last): what the other person did."""
    return list(detail.events[-limit:])


def revise_conflict(detail, form, *, still_editable: bool):
    newest = detail.versions[-1]
    title = normalise_newlines(form.get("title", "")).strip()
    body = normalise_newlines(form.get("body", "")).strip("\n")
    return render_template(
        "conflict.html", kind="revise", it=detail.item, newest=newest, events=recent_events(detail),
        mine={"title": title, "body": body}, still_editable=still_editable,
        diff={"title": readable_diff(newest.title, title), "body": readable_diff(newest.body, body)},
        STATUS_ZH=STATUS_ZH, ACTION_ZH=ACTION_ZH, draft_generation=draft_generation(detail)), 409


def act_conflict(detail, action: str, form, *, still_allowed: bool):
    shown = {"to": unit_name, "level": lambda v: LEVEL_ZH.get(v, v)}  # codes as a person reads them
    mine = [(ACT_FIELDS_ZH[k], shown.get(k, str)(form.get(k))) for k in ACT_FIELDS_ZH if (form.get(k) or "").strip()]
    hidden = {k: form.get(k) for k in ACT_FIELDS_ZH if form.get(k) is not None}
    return render_template(
        "conflict.html", kind="act", it=detail.item, newest=detail.versions[-1],
        events=recent_events(detail), action=action, action_zh=ACTION_ZH.get(action, action),
        mine_fields=mine, hidden=hidden, still_allowed=still_allowed,
        STATUS_ZH=STATUS_ZH, ACTION_ZH=ACTION_ZH, draft_generation=draft_generation(detail)), 409
