"""Admin pages: web accounts and API tokens."""
from __future__ import annotations

from flask import Blueprint, current_app, flash, g, redirect, render_template, request, url_for

from ..accounts import AccountError
from ..security import ROLES, login_required
from ..state import get_state

bp = Blueprint("admin", __name__, url_prefix="/admin")


@bp.get("/users")
@login_required("admin")
def users():
    acc = get_state().accounts
    return render_template("admin_users.html", users=acc.list_users(), tokens=acc.list_tokens(),
                           roles=ROLES, new_token=None)


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
                           roles=ROLES, new_token=token)


@bp.post("/tokens/<int:token_id>/revoke")
@login_required("admin")
def revoke_token(token_id: int):
    try:
        get_state().accounts.revoke_token(token_id)
        flash("令牌已吊销。", "info")
    except AccountError as exc:
        flash(str(exc), "error")
    return redirect(url_for("admin.users")), 303
