"""Reviewers' and editors' inbox: items sorted by quality score, filters, bulk export."""
from __future__ import annotations

from flask import Blueprint, flash, g, redirect, render_template, request, url_for

from ...model import TYPE_LABELS
from ...workflow.export import Table
from ...workflow.states import STATUS_ZH, STATUSES
from .. import backend
from ..checking import parse_date
from ..exports import table_response
from ..security import login_required
from ..state import get_state

bp = Blueprint("inbox", __name__, url_prefix="/inbox")


def _filter_from(args) -> tuple[backend.InboxFilter, list[str]]:
    errors = []

    def num(key):
        raw = (args.get(key) or "").strip()
        if not raw:
            return None
        try:
            return int(raw)
        except ValueError:
            errors.append(f"{key} 应为整数：{raw}")
            return None

    def day(key):
        try:
            return parse_date(args.get(key), key)
        except ValueError as exc:
            errors.append(str(exc))
            return None

    flt = backend.InboxFilter(
        unit=(args.get("unit") or "").strip(), type_label=(args.get("type") or "").strip(),
        status=(args.get("status") or "").strip(), date_from=day("from"), date_to=day("to"),
        score_min=num("min"), score_max=num("max"), solicitation=num("solicitation"))
    return flt, errors


@bp.get("/")
@login_required("reviewer", "editor")
def index():
    svc = get_state().service
    flt, errors = _filter_from(request.args)
    for e in errors:
        flash(e, "error")
    rows = backend.inbox(svc, g.user, flt)
    scope = backend.visible_units(svc, g.user)
    units = [u for u in svc.list_units() if scope is None or u.code in scope]
    return render_template("inbox.html", rows=rows, flt=flt, units=units, statuses=STATUSES,
                           STATUS_ZH=STATUS_ZH, types=TYPE_LABELS,
                           solicitations=svc.list_solicitations())


EXPORT_HEADERS = ("编号", "单位", "标题", "状态", "质量分", "等级", "类型", "信息员", "约稿", "首次报送")


@bp.post("/export")
@login_required("reviewer", "editor")
def export():
    svc = get_state().service
    wanted = set(backend.ids_in(request.form.getlist("ids")))
    if not wanted:
        flash("请先勾选要导出的信息。", "error")
        return redirect(url_for("inbox.index"), 303)
    rows = [r for r in backend.inbox(svc, g.user, backend.InboxFilter()) if r.item.id in wanted]
    table = Table("信息清单", EXPORT_HEADERS, tuple(
        (r.item.id, r.unit_name, r.item.title, STATUS_ZH.get(r.item.status, r.item.status),
         "" if r.item.score is None else r.item.score, r.item.grade or "", r.item.type_label or "",
         r.item.writer or "", r.item.solicitation_id or "",
         r.submitted_at.strftime("%Y-%m-%d %H:%M") if r.submitted_at else "") for r in rows))
    return table_response(table, "items", request.form.get("format", "csv"))
