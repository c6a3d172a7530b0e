"""The item page: a version with its findings, the diff between versions, the actions the user may
take — and, after 检查 on the revise form, the edited text's check result (not saved)."""
from __future__ import annotations

from flask import current_app, g, render_template, request

from ...model import Item
from ...workflow.levels import LEVEL_ZH, LEVELS
from ...workflow.states import ACTION_ZH, STATUS_ZH
from .. import backend
from ..checking import LARGE_TEXT_BYTES, check, result_view
from ..diffing import readable_diff
from ..state import get_state


def check_draft(detail, title: str, body: str, unit: str | None):
    item = Item(title=title, body=body, unit=unit, event_date=detail.versions[-1].event_date, source="网页")
    return result_view(item, check(item, get_state().checker_config).to_dict(),
                       large_limit=current_app.config.get("PRECHECK_FULL_VIEW_BYTES", LARGE_TEXT_BYTES))


def render(svc, detail, *, draft=None, revise_text: tuple[str, str] | None = None,
           revise_revision: int | None = None, personal=()):
    versions = detail.versions
    newest = versions[-1]
    n = request.args.get("v", type=int) or newest.number
    shown = next((v for v in versions if v.number == n), newest)
    item = Item(title=shown.title, body=shown.body)
    view = result_view(item, shown.result or {"score": shown.score, "grade": shown.grade},
                       large_limit=current_app.config.get("PRECHECK_FULL_VIEW_BYTES", LARGE_TEXT_BYTES))
    diff = None
    a, b = request.args.get("a", type=int), request.args.get("b", type=int)
    if len(versions) > 1:
        a = a or versions[-2].number
        b = b or newest.number
        va = next((v for v in versions if v.number == a), None)
        vb = next((v for v in versions if v.number == b), None)
        if va and vb:
            diff = {"a": va, "b": vb, "title": readable_diff(va.title, vb.title),
                    "body": readable_diff(va.body, vb.body)}
    scoring = svc.scoring()
    outlets = [o.name for o in scoring.outlets] if scoring else []
    title, body = revise_text or (newest.title, newest.body)
    return render_template("item.html", d=detail, it=detail.item, shown=shown, view=view, diff=diff,
                           draft=draft, revise_title=title, revise_body=body, personal=personal,
                           revise_revision=revise_revision or detail.item.revision,
                           actions=backend.allowed_actions(g.user, detail.item),
                           can_edit=backend.writer_can_edit(g.user, detail.item),
                           can_withdraw=backend.writer_can_withdraw(g.user, detail),
                           can_redact=backend.can_redact(g.user),
                           forward_to=backend.forward_targets(svc, detail.item.holder),
                           STATUS_ZH=STATUS_ZH, ACTION_ZH=ACTION_ZH, LEVEL_ZH=LEVEL_ZH, LEVELS=LEVELS,
                           outlets=outlets, names={u.code: u.name for u in svc.list_units()},
                           draft_generation=backend.draft_generation(detail))
