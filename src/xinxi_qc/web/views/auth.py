"""Log in, log out, and the home page that sends each role to its own start page."""
from __future__ import annotations

from flask import Blueprint, flash, g, redirect, render_template, request, url_for

from .. import security
from ..state import get_state

bp = Blueprint("auth", __name__)

START_PAGES = {"writer": "precheck.form", "reviewer": "inbox.index", "editor": "inbox.index",
               "admin": "inbox.index"}


@bp.get("/")
def home():
    if g.user is None:
        return redirect(url_for("auth.login"))
    from flask import current_app

    endpoint = START_PAGES.get(g.user.role, "precheck.form")
    if endpoint not in current_app.view_functions:
        endpoint = "precheck.form"
    return redirect(url_for(endpoint))


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "POST":
        user = get_state().accounts.authenticate(request.form.get("username", ""),
                                                 request.form.get("password", ""))
        if user is None:
            flash("用户名或密码错误。", "error")
            return render_template("login.html", username=request.form.get("username", "")), 401
        security.log_in(user.id)
        return redirect(security.safe_next(request.args.get("next")) or url_for("auth.home"))
    if g.get("session_expired"):
        flash("登录已超时，请重新登录。", "info")
    return render_template("login.html", username="")


@bp.post("/logout")
def logout():
    security.log_out()
    flash("已退出登录。", "info")
    return redirect(url_for("auth.login"))
