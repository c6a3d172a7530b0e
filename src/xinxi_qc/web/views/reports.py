"""Reports: the period 通报 with inline SVG charts, CSV/XLSX export and a plain-text draft."""
from __future__ import annotations

from collections import defaultdict
from datetime import date

from flask import Blueprint, Response, flash, g, render_template, request

from ...model import TYPE_NAMES_ZH
from ...workflow import Period, WorkflowError
from ...workflow.export import bulletin_text, period_table
from .. import backend, charts, queries
from ..exports import table_response
from ..messages import for_web
from ..security import login_required
from ..state import get_state

bp = Blueprint("reports", __name__, url_prefix="/reports")

# Periods a report may cover (year 1 or 9999 would step outside the calendar in the six-month charts).
MIN_YEAR, MAX_YEAR = 1990, 2999


def _period() -> Period:
    raw = (request.args.get("period") or "").strip() or date.today().strftime("%Y-%m")
    try:
        p = Period.parse(raw)
    except WorkflowError as exc:
        flash(str(exc), "error")
        return Period.parse(date.today().strftime("%Y-%m"))
    if not MIN_YEAR <= p.year <= MAX_YEAR:
        flash(f"期间超出范围：{raw}；请选 {MIN_YEAR} 至 {MAX_YEAR} 年之间的月份、季度或年份。", "error")
        return Period.parse(date.today().strftime("%Y-%m"))
    return p


def _under() -> str | None:
    return g.user.unit if g.user.role == "reviewer" else None


def _recent_months(p: Period, n: int = 6) -> list[Period]:
    months = []
    y, m = p.end.year, p.end.month
    for _ in range(n):
        m -= 1
        if m == 0:
            y, m = y - 1, 12
        months.append(Period("month", y, m))
    return list(reversed(months))


def quality_charts(svc, p: Period, scope: set[str] | None) -> list:
    """Charts that need no scoring configuration: type mix, score distribution, timeliness.

    Read with one SQL query over the items first submitted in the six months shown (not the whole
    database through the points engine's snapshot)."""
    name_of = {u.code: u.name for u in svc.list_units()}
    months = _recent_months(p)
    start = min(months[0].start, p.start)
    end = max(months[-1].end, p.end)
    mix = {TYPE_NAMES_ZH.get(t, t): [0] * len(months) for t in TYPE_NAMES_ZH}
    scores, delays = [], defaultdict(list)
    for fact in queries.first_submitted_between(svc.engine, start, end):
        if scope is not None and fact.unit not in scope:
            continue
        day = fact.first_submit.date()
        for i, mp in enumerate(months):
            if mp.contains(day) and fact.type_label in TYPE_NAMES_ZH:
                mix[TYPE_NAMES_ZH[fact.type_label]][i] += 1
        if p.contains(day):
            if fact.score is not None:
                scores.append(fact.score)
            if fact.event_date is not None:
                delays[fact.unit].append((day - fact.event_date).days)
    delay_units = sorted(delays, key=lambda c: -sum(delays[c]) / len(delays[c]))
    return [
        charts.stacked_columns([m.label for m in months], mix, "信息类型构成（近六个月，条）"),
        charts.histogram(scores, f"质量分分布（{p.label_zh}，条）"),
        charts.hbar_chart([name_of.get(c, c) for c in delay_units],
                          [round(sum(delays[c]) / len(delays[c]), 1) for c in delay_units],
                          f"报送时效：事件发生到报送的平均天数（{p.label_zh}）", suffix=" 天",
                          color=charts.PALETTE[2]),
    ]


@bp.get("/")
@login_required("reviewer", "editor")
def index():
    st = get_state()
    svc = st.service
    p = _period()
    scope = backend.visible_units(svc, g.user)
    rep, table, problem = None, None, None
    point_charts = []
    computed = None
    try:
        cached = _report(p, stale_ok=True)
        rep, computed = cached.value, cached
        table = period_table(rep)
        names = [r.unit.name for r in rep.rows]
        point_charts = [
            charts.hbar_chart(names, [r.points for r in rep.rows], f"各单位积分（{p.label_zh}）", suffix=" 分"),
            charts.hbar_chart(names, [round((r.adoption_rate or 0) * 100, 1) for r in rep.rows],
                              f"各单位采用率（{p.label_zh}）", suffix="%", max_value=100,
                              color=charts.PALETTE[1]),
        ]
    except WorkflowError as exc:
        problem = for_web(exc)
    quality = st.reports.get_or_stale(st.engine, ("quality", p, None if scope is None else frozenset(scope)),
                                      lambda: quality_charts(svc, p, scope))
    if computed is None or not quality.fresh:
        computed = quality if computed is None or computed.fresh else computed
    return render_template("reports.html", period=p, rep=rep, table=table, problem=problem,
                           charts=point_charts + quality.value, computed=computed)


def _report(p: Period, *, stale_ok: bool = False):
    """The 通报 of the period for the user's area, reused while the data is unchanged (cache.py);
    with ``stale_ok`` (the page, not a download) the previous one while a new one is computed."""
    st = get_state()
    under = _under()
    key, compute = ("report", p, under), (lambda: st.service.period_report(p, under=under))
    if stale_ok:
        return st.reports.get_or_stale(st.engine, key, compute)
    return st.reports.get(st.engine, key, compute)


@bp.get("/export")
@login_required("reviewer", "editor")
def export():
    svc = get_state().service
    p = _period()
    fmt = request.args.get("format", "csv")
    try:
        rep = _report(p)
    except WorkflowError as exc:
        return Response(f"无法导出：{for_web(exc)}\n", status=400, mimetype="text/plain")
    if fmt == "text":
        return Response(bulletin_text(rep), mimetype="text/plain")
    return table_response(period_table(rep), f"tongbao-{p.label}", fmt)
