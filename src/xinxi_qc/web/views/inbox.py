"""Reviewers' and editors' inbox: filters, sorting and pagination in SQL, 待我办理, bulk export."""
from __future__ import annotations

from flask import Blueprint, flash, g, redirect, render_template, request, url_for

from ...model import TYPE_LABELS, TYPE_NAMES_ZH
from ...workflow.export import Table
from ...workflow.states import STATUS_ZH, STATUSES
from .. import backend, queries
from ..checking import parse_date
from ..exports import table_response
from ..security import MAX_DB_INT, login_required
from ..state import get_state

bp = Blueprint("inbox", __name__, url_prefix="/inbox")

FILTER_ZH = {"min": "最低分", "max": "最高分", "solicitation": "约稿", "page": "页码", "per": "每页条数"}


def _int_arg(args, key: str, errors: list[str]) -> int | None:
    raw = (args.get(key) or "").strip()
    if not raw:
        return None
    try:
        value = int(raw)
    except ValueError:
        errors.append(f"{FILTER_ZH.get(key, key)}应为整数：{raw}")
        return None
    if not -MAX_DB_INT <= value <= MAX_DB_INT:
        errors.append(f"{FILTER_ZH.get(key, key)}超出范围：{raw}")
        return None
    return value


def filter_from(args) -> tuple[queries.ListFilter, list[str]]:
    errors: list[str] = []

    def day(key, label):
        try:
            return parse_date(args.get(key), label)
        except ValueError as exc:
            errors.append(str(exc))
            return None

    flt = queries.ListFilter(
        unit=(args.get("unit") or "").strip(), type_label=(args.get("type") or "").strip(),
        status=(args.get("status") or "").strip(), date_from=day("from", "报送起始日期"),
        date_to=day("to", "报送截止日期"), score_min=_int_arg(args, "min", errors),
        score_max=_int_arg(args, "max", errors), solicitation=_int_arg(args, "solicitation", errors),
        query=(args.get("q") or "").strip()[:100])
    return flt, errors


def scope_for(svc, user, *, todo: bool = False) -> queries.Scope:
    units = backend.visible_units(svc, user)
    holder = user.unit if user.role == "reviewer" else None
    return queries.Scope(units=None if units is None else frozenset(units), holder=holder,
                         todo_holder=holder if todo and holder else None,
                         todo_top=todo and user.role in ("editor", "admin"))


def page_args(args, errors: list[str]) -> dict:
    sort = args.get("sort") or "score"
    direction = args.get("dir")
    return {"sort": sort if sort in queries.SORTS else "score",
            "desc": None if direction not in ("asc", "desc") else direction == "desc",
            "page": _int_arg(args, "page", errors) or 1,
            "per_page": _int_arg(args, "per", errors) or queries.DEFAULT_PER_PAGE}


@bp.get("/")
@login_required("reviewer", "editor")
def index():
    return _list(todo=False)


@bp.get("/todo")
@login_required("reviewer", "editor")
def todo():
    return _list(todo=True)


def _list(todo: bool):
    state = get_state()
    svc = state.service
    flt, errors = filter_from(request.args)
    paging = page_args(request.args, errors)
    for e in errors:
        flash(e, "error")
    scope = scope_for(svc, g.user, todo=todo)
    page = queries.list_items(state.engine, scope, flt, **paging)
    all_units = svc.list_units()
    units = [u for u in all_units if scope.units is None or u.code in scope.units]
    return render_template("inbox.html", page=page, flt=flt, units=units, statuses=STATUSES,
                           STATUS_ZH=STATUS_ZH, types=TYPE_LABELS, todo=todo, SORT_ZH=queries.SORT_ZH,
                           per_page_choices=queries.PER_PAGE_CHOICES,
                           solicitations=svc.list_solicitations())


EXPORT_HEADERS = ("编号", "单位", "标题", "状态", "质量分", "等级", "类型", "信息员", "约稿", "首次报送")


@bp.post("/export")
@login_required("reviewer", "editor")
def export():
    state = get_state()
    wanted = [i for i in backend.ids_in(request.form.getlist("ids")) if 0 < i <= MAX_DB_INT]
    if not wanted:
        flash("请先勾选要导出的信息。", "error")
        return redirect(url_for("inbox.index"), 303)
    rows = queries.rows_by_ids(state.engine, scope_for(state.service, g.user), wanted)
    table = Table("信息清单", EXPORT_HEADERS, tuple(
        (r.id, r.unit_name, r.title, STATUS_ZH.get(r.status, r.status), "" if r.score is None else r.score,
         r.grade or "", TYPE_NAMES_ZH.get(r.type_label or "", r.type_label or ""), r.writer or "",
         r.solicitation_id or "",
         r.submitted_at.strftime("%Y-%m-%d %H:%M") if r.submitted_at else "") for r in rows))
    return table_response(table, "items", request.form.get("format", "csv"))
