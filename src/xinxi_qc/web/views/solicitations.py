"""Solicitations (约稿): list with who answered; editors create and assign them."""
from __future__ import annotations

from datetime import date

from flask import Blueprint, flash, g, redirect, render_template, request, url_for

from ...workflow import WorkflowError
from .. import backend
from ..checking import parse_date
from ..messages import for_web
from ..security import login_required
from ..state import get_state

bp = Blueprint("solicitations", __name__, url_prefix="/solicitations")

ANSWER_ZH = {"on_time": "按时报送", "late": "迟报", "missing": "未报", "pending": "未到期"}


@bp.get("/")
@login_required()
def index():
    svc = get_state().service
    scope = backend.visible_units(svc, g.user)
    rows = []
    for sol in svc.list_solicitations():
        answers = svc.solicitation_status(sol.id)
        if scope is not None:
            answers = [a for a in answers if a.unit in scope]
            if not answers:
                continue
        rows.append((sol, answers))
    rows.reverse()
    names = {u.code: u.name for u in svc.list_units()}
    return render_template("solicitations.html", rows=rows, names=names, ANSWER_ZH=ANSWER_ZH,
                           units=svc.list_units(), can_create=g.user.role in ("editor", "admin"),
                           today=date.today())


@bp.post("/")
@login_required("editor")
def create():
    svc = get_state().service
    f = request.form
    try:
        deadline = parse_date(f.get("deadline", ""), "截止日期")
        if deadline is None:
            raise ValueError("请填写截止日期。")
        if deadline < date.today():
            # A deadline already passed would be 通报'd as 未报 at once, through nobody's fault.
            raise ValueError(f"截止日期 {deadline.isoformat()} 已经过去，请选今天或以后的日期。")
        sol = svc.add_solicitation(f.get("topic", ""), deadline, f.getlist("units"),
                                   actor=backend.actor(g.user), note=f.get("note") or None)
    except (WorkflowError, ValueError) as exc:
        flash(f"未发布：{for_web(exc)}", "error")
        return redirect(url_for("solicitations.index"), 303)
    flash(f"约稿#{sol.id}「{sol.topic}」已发布给 {len(sol.units)} 个单位。", "info")
    return redirect(url_for("solicitations.index"), 303)
