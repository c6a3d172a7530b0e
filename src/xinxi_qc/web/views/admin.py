"""Admin pages: web accounts and API tokens."""
from __future__ import annotations

from flask import Blueprint, current_app, flash, g, redirect, render_template, request, url_for

from ..accounts import AccountError
from ..security import ROLE_NAMES_ZH, ROLES, login_required
from ..state import get_state

bp = Blueprint("admin", __name__, url_prefix="/admin")


@bp.get("/users")
@login_required("admin")
def users():
    acc = get_state().accounts
    return render_template("admin_users.html", users=acc.list_users(), tokens=acc.list_tokens(),
                           roles=ROLES, new_token=None, units=_units())


@bp.post("/users")
@login_required("admin")
def create_user():
    f = request.form
    unit = (f.get("unit") or "").strip()
    if unit and "items.submit" in current_app.view_functions:
        from ...workflow import NotFoundError

        try:
            get_state().service.get_unit(unit)
        except NotFoundError as exc:
            flash(str(exc), "error")
            return redirect(url_for("admin.users")), 303
    try:
        get_state().accounts.create_user(f.get("username", ""), f.get("password", ""),
                                         f.get("role", ""), f.get("unit") or None,
                                         f.get("display_name", ""))
    except AccountError as exc:
        flash(str(exc), "error")
        return redirect(url_for("admin.users")), 303
    flash(f"已创建用户 {f.get('username', '').strip()}。", "info")
    return redirect(url_for("admin.users")), 303


@bp.post("/users/<int:user_id>/active")
@login_required("admin")
def set_active(user_id: int):
    active = request.form.get("active") == "1"
    if user_id == g.user.id and not active:
        flash("不能停用自己的账号。", "error")
        return redirect(url_for("admin.users")), 303
    try:
        get_state().accounts.set_active(user_id, active)
    except AccountError as exc:
        flash(str(exc), "error")
    return redirect(url_for("admin.users")), 303


@bp.post("/users/<int:user_id>/role")
@login_required("admin")
def set_role(user_id: int):
    f = request.form
    unit = (f.get("unit") or "").strip()
    if unit and not _unit_exists(unit):
        flash(f"未知单位：{unit}", "error")
        return redirect(url_for("admin.users")), 303
    try:
        info = get_state().accounts.set_role(user_id, f.get("role", ""), unit or None)
    except AccountError as exc:
        flash(str(exc), "error")
    else:
        flash(f"已将 {info.username} 改为{ROLE_NAMES_ZH[info.role]}"
              f"{'（' + _unit_label(info.unit) + '）' if info.unit else ''}；该用户需要重新登录。", "info")
    return redirect(url_for("admin.users")), 303


def _units() -> list:
    if "items.submit" not in current_app.view_functions:
        return []
    return get_state().service.list_units()


def _unit_exists(code: str) -> bool:
    if "items.submit" not in current_app.view_functions:
        return True  # no submission core in this build: unit codes are not checked
    return any(u.code == code for u in _units())


def _unit_label(code: str) -> str:
    return next((u.name for u in _units() if u.code == code), code)


@bp.get("/units")
@login_required("admin", "editor")
def units():
    """The unit hierarchy (city → counties → towns) with each unit's accounts."""
    all_units = _units()
    children: dict = {}
    for u in all_units:
        children.setdefault(u.parent, []).append(u)
    rows = []

    def walk(parent, depth):
        for u in children.get(parent, []):
            rows.append((depth, u))
            walk(u.code, depth + 1)

    walk(None, 0)
    known = {u.code for _, u in rows}
    rows += [(0, u) for u in all_units if u.code not in known]  # a parent outside the table
    people: dict = {}
    for info, active in get_state().accounts.list_users():
        if info.unit and active:
            people.setdefault(info.unit, []).append(info)
    from ...workflow.levels import LEVEL_ZH

    return render_template("units.html", rows=rows, people=people, LEVEL_NAMES=LEVEL_ZH)


@bp.post("/users/<int:user_id>/password")
@login_required("admin")
def set_password(user_id: int):
    try:
        get_state().accounts.set_password(user_id, request.form.get("password", ""))
        flash("密码已更新。", "info")
    except AccountError as exc:
        flash(str(exc), "error")
    return redirect(url_for("admin.users")), 303


@bp.post("/tokens")
@login_required("admin")
def create_token():
    acc = get_state().accounts
    try:
        token = acc.create_token(request.form.get("label", ""), g.user.id)
    except AccountError as exc:
        flash(str(exc), "error")
        return redirect(url_for("admin.users")), 303
    # Shown once, never stored in clear.
    return render_template("admin_users.html", users=acc.list_users(), tokens=acc.list_tokens(),
                           roles=ROLES, new_token=token, units=_units())


@bp.post("/tokens/<int:token_id>/revoke")
@login_required("admin")
def revoke_token(token_id: int):
    try:
        get_state().accounts.revoke_token(token_id)
        flash("令牌已吊销。", "info")
    except AccountError as exc:
        flash(str(exc), "error")
    return redirect(url_for("admin.users")), 303
