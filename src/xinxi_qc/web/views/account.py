"""A user's own account: changing the password ends every other session of that user."""
from __future__ import annotations

from flask import Blueprint, flash, g, redirect, render_template, request, url_for

from .. import security
from ..accounts import AccountError
from ..security import login_required
from ..state import get_state

bp = Blueprint("account", __name__, url_prefix="/account")


@bp.route("/password", methods=["GET", "POST"])
@login_required()
def password():
    if request.method == "POST":
        st = get_state()
        f = request.form
        if st.accounts.authenticate(g.user.username, f.get("current", "")) is None:
            flash("当前密码不对，密码没有修改。", "error")
            return render_template("password.html"), 400
        if f.get("new", "") != f.get("repeat", ""):
            flash("两次输入的新密码不一致，密码没有修改。", "error")
            return render_template("password.html"), 400
        try:
            st.accounts.set_password(g.user.id, f.get("new", ""))  # ends every session of this user
        except AccountError as exc:
            flash(f"密码没有修改：{exc}", "error")
            return render_template("password.html"), 400
        security.log_in(g.user.id)  # this browser continues with a new session
        flash("密码已修改；在其他电脑或浏览器上的登录已全部退出。", "info")
        return redirect(url_for("auth.home"), 303)
    return render_template("password.html")
