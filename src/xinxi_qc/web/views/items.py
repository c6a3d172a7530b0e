"""Items: a writer's submission and own list; the shared item page with versions, diff and actions."""
from __future__ import annotations

from datetime import date

from flask import Blueprint, abort, flash, g, redirect, render_template, request, session, url_for

from ...model import Item
from ...workflow import NotFoundError, StaleVersionError, ValidationError, WorkflowError
from ...workflow.levels import LEVEL_ZH, LEVELS
from ...workflow.states import ACTION_ZH, STATUS_ZH, STATUSES
from .. import backend, queries
from ..checking import normalise_newlines, parse_date, result_view
from ..messages import for_web
from ..personal import find_personal_data
from ..security import db_int, login_required
from . import conflicts, item_page
from ..state import get_state

bp = Blueprint("items", __name__, url_prefix="/items")


def _svc():
    return get_state().service


def _points_by_item(svc, unit: str):
    """This year's points of ``unit`` per item and the unit total (a cache.Cached, possibly the
    previous result while a new one is computed); None without a scoring config."""
    if svc.scoring() is None:
        return None
    year = str(date.today().year)

    def compute():
        res = svc.points(unit, year)
        per: dict[int, float] = {}
        for line in res.lines:
            if line.item_id is not None:
                per[line.item_id] = per.get(line.item_id, 0.0) + line.points
        return per, res.total

    st = get_state()
    return st.reports.get_or_stale(st.engine, ("points", unit, year), compute)


def _personal_message(personal) -> str:
    return ("未提交：稿件含有个人信息（" + "、".join(f"{p.kind} {p.masked}" for p in personal) +
            "）。提交后会保留在信息的各个版本中。请删去后再提交；确需报送的，勾选下方确认后再点提交。")


@bp.post("/submit")
@login_required("writer")
def submit():
    svc = _svc()
    title = normalise_newlines(request.form.get("title", "")).strip()
    body = normalise_newlines(request.form.get("body", "")).strip("\n")
    sol_raw = request.form.get("solicitation", "").strip()
    personal = find_personal_data(title, body)
    if personal and request.form.get("confirm_personal") != "1":
        # Once submitted, the text stays in every version: the writer decides knowingly.
        flash(_personal_message(personal), "error")
        return render_template("precheck.html", title_text=title, body_text=body, view=None,
                               event_date=request.form.get("event_date", ""), solicitation=sol_raw,
                               solicitations=backend.open_solicitations_for(svc, g.user),
                               can_submit=True, personal=personal)
    try:
        event_date = parse_date(request.form.get("event_date", "").strip(), "事件日期")
        solicitation = db_int(sol_raw) if sol_raw else None
        if sol_raw and solicitation is None:
            raise ValueError(f"约稿编号无效：{sol_raw}")
        writer = backend.ensure_writer(svc, g.user)
        info = svc.create_item(g.user.unit, title, body, actor=backend.actor(g.user), writer=writer,
                               event_date=event_date, solicitation=solicitation)
    except (WorkflowError, ValueError) as exc:
        flash(f"未提交：{for_web(exc)}", "error")
        return render_template("precheck.html", title_text=title, body_text=body, view=None,
                               event_date=request.form.get("event_date", ""), solicitation=sol_raw,
                               solicitations=backend.open_solicitations_for(svc, g.user),
                               can_submit=True), 400
    session["clear_draft"] = "check"
    flash(f"已提交（编号 {info.id}），当前状态：{STATUS_ZH.get(info.status, info.status)}。", "info")
    return redirect(url_for("items.show", item_id=info.id), 303)


@bp.get("/mine")
@login_required("writer")
def mine():
    from .inbox import filter_from, page_args

    state = get_state()
    flt, errors = filter_from(request.args)
    paging = page_args(request.args, errors)
    if not request.args.get("sort"):
        paging.update(sort="id", desc=True)
    for e in errors:
        flash(e, "error")
    scope = queries.Scope(only_unit=g.user.unit, include_drafts=True)
    page = queries.with_history(state.engine, queries.list_items(state.engine, scope, flt, **paging))
    points = _points_by_item(state.service, g.user.unit)
    per_item, total = points.value if points else ({}, None)
    return render_template("items_mine.html", page=page, flt=flt, per_item=per_item, total=total, points=points,
                           STATUS_ZH=STATUS_ZH, LEVEL_ZH=LEVEL_ZH, statuses=STATUSES,
                           per_page_choices=queries.PER_PAGE_CHOICES)


def _load(item_id: int):
    svc = _svc()
    try:
        detail = svc.get_item(item_id)
    except NotFoundError:
        abort(404)
    if not backend.can_view(svc, g.user, detail.item):
        abort(403)
    return svc, detail


@bp.get("/<int:item_id>")
@login_required()
def show(item_id: int):
    svc, detail = _load(item_id)
    return item_page.render(svc, detail)


@bp.post("/<int:item_id>/recheck")
@login_required("writer")
def recheck(item_id: int):
    """检查 on the revise form: the edited text checked and shown, nothing saved."""
    svc, detail = _load(item_id)
    if not backend.writer_can_edit(g.user, detail.item):
        abort(403)
    f = request.form
    title = normalise_newlines(f.get("title", "")).strip()
    body = normalise_newlines(f.get("body", "")).strip("\n")
    return item_page.render(svc, detail, draft=item_page.check_draft(detail, title, body, g.user.unit),
                            revise_text=(title, body), revise_revision=f.get("revision", type=int))


@bp.post("/<int:item_id>/act/<action>")
@login_required()
def act(item_id: int, action: str):
    svc, detail = _load(item_id)
    f = request.form
    rev = f.get("revision", type=int)
    allowed = action in backend.allowed_actions(g.user, detail.item)
    if rev is not None and rev != detail.item.revision and action in backend.role_actions(g.user):
        # Someone acted since this page was opened: say so and keep what the user typed.
        return conflicts.act_conflict(detail, action, f, still_allowed=allowed)
    if not allowed:
        abort(403)
    who = backend.actor(g.user)
    try:
        if action == "receive":
            svc.receive(item_id, actor=who, expected_revision=rev)
        elif action == "return":
            svc.return_item(item_id, f.get("reason", ""), actor=who, expected_revision=rev)
        elif action == "forward":
            to = (f.get("to") or "").strip() or None
            if to and to not in {u.code for u in backend.forward_targets(svc, detail.item.holder)}:
                raise ValidationError("只能转报给当前持有单位的上级单位，不能平级或向下转报。")
            svc.forward(item_id, actor=who, to=to, reason=f.get("reason") or None, expected_revision=rev)
        elif action == "adopt":
            svc.adopt(item_id, outlet=f.get("outlet", ""), level=f.get("level") or None,
                      kind=f.get("kind") or None, actor=who, expected_revision=rev)
        elif action == "reject":
            svc.reject(item_id, actor=who, reason=f.get("reason") or None, expected_revision=rev)
        elif action == "instruct":
            svc.instruct(item_id, level=f.get("level", ""), rank=f.get("rank") or None,
                         leader=f.get("leader") or None, note=f.get("note") or None, actor=who,
                         expected_revision=rev)
        else:
            abort(404)
    except StaleVersionError:
        _, fresh = _load(item_id)
        return conflicts.act_conflict(fresh, action, f,
                                      still_allowed=action in backend.allowed_actions(g.user, fresh.item))
    except WorkflowError as exc:
        flash(f"未完成：{for_web(exc)}", "error")
        return redirect(url_for("items.show", item_id=item_id), 303)
    flash(f"已{ACTION_ZH.get(action, action)}。", "info")
    return redirect(url_for("items.show", item_id=item_id), 303)


@bp.post("/<int:item_id>/revise")
@login_required("writer")
def revise(item_id: int):
    """A writer saves a new version of a returned/draft item and resubmits it."""
    svc, detail = _load(item_id)
    f = request.form
    editable = backend.writer_can_edit(g.user, detail.item)
    rev = f.get("revision", type=int)
    if rev is not None and rev != detail.item.revision and detail.item.unit == g.user.unit:
        return conflicts.revise_conflict(detail, f, still_editable=editable)
    if not editable:
        abort(403)
    title = normalise_newlines(f.get("title", "")).strip()
    body = normalise_newlines(f.get("body", "")).strip("\n")
    personal = find_personal_data(title, body)
    if personal and f.get("confirm_personal") != "1":
        flash(_personal_message(personal), "error")
        return item_page.render(svc, detail, revise_text=(title, body), revise_revision=rev, personal=personal)
    try:
        info = svc.edit_item(item_id, title, body, actor=backend.actor(g.user),
                             expected_revision=f.get("revision", type=int) or -1)
        if f.get("resubmit") == "1":
            svc.submit(item_id, actor=backend.actor(g.user), expected_revision=info.revision)
    except StaleVersionError:
        _, fresh = _load(item_id)
        return conflicts.revise_conflict(fresh, f, still_editable=backend.writer_can_edit(g.user, fresh.item))
    except WorkflowError as exc:
        flash(f"未保存：{for_web(exc)}", "error")
        return redirect(url_for("items.show", item_id=item_id), 303)
    session["clear_draft"] = f"revise:{item_id}"
    flash("已保存新版本" + ("并重新报送。" if f.get("resubmit") == "1" else "。"), "info")
    return redirect(url_for("items.show", item_id=item_id), 303)


@bp.post("/<int:item_id>/withdraw")
@login_required("writer")
def withdraw(item_id: int):
    svc, detail = _load(item_id)
    if detail.item.unit != g.user.unit:
        abort(403)
    try:
        svc.withdraw(item_id, request.form.get("reason", ""), actor=backend.actor(g.user),
                     expected_revision=request.form.get("revision", type=int))
    except WorkflowError as exc:
        flash(f"未撤回：{for_web(exc)}", "error")
    else:
        flash("已撤回。", "info")
    return redirect(url_for("items.show", item_id=item_id), 303)


@bp.post("/<int:item_id>/redact")
@login_required("editor")
def redact(item_id: int):
    """脱敏: an editor replaces personal data in every stored version of the item (audited)."""
    svc, detail = _load(item_id)
    if not backend.can_redact(g.user):
        abort(403)
    f = request.form
    texts = [line for line in normalise_newlines(f.get("texts", "")).split("\n") if line.strip()]
    try:
        info = svc.redact(item_id, f.get("reason", ""), actor=backend.actor(g.user), texts=texts,
                          expected_revision=f.get("revision", type=int))
    except StaleVersionError:
        flash("未脱敏：信息刚被他人改动，请查看最新内容后重新操作。", "error")
    except WorkflowError as exc:
        flash(f"未脱敏：{for_web(exc)}", "error")
    else:
        flash(f"已脱敏：{info.summary()}。各版本、版本比较和检查结果中已不再显示这些内容。", "info")
    return redirect(url_for("items.show", item_id=item_id), 303)
