"""Log in, log out, and the home page that sends each role to its own start page."""
from __future__ import annotations

import logging
import math
from datetime import datetime, timezone

from flask import Blueprint, flash, g, redirect, render_template, request, url_for

from .. import security
from ..state import get_state

bp = Blueprint("auth", __name__)
log = logging.getLogger("xinxi_qc.web.auth")

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


def _minutes_left(until: datetime) -> int:
    return max(1, math.ceil((until - datetime.now(timezone.utc).replace(tzinfo=None)).total_seconds() / 60))


def _locked_page(username: str, until: datetime):
    flash(f"登录失败次数过多，该账号（或本机地址）已被临时锁定，请 {_minutes_left(until)} 分钟后再试；"
          "如忘记密码，请联系管理员重置。", "error")
    return render_template("login.html", username=username), 429


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "POST":
        st = get_state()
        username = request.form.get("username", "")
        address = request.remote_addr
        until = st.throttle.locked_until(username, address)
        if until is not None:
            log.warning("登录被拒（已锁定）：用户名=%r 地址=%s 锁定至 %s UTC", username, address,
                        until.strftime("%H:%M"))
            return _locked_page(username, until)
        user = st.accounts.authenticate(username, request.form.get("password", ""))
        if user is None:
            count, lock = st.throttle.failed(username, address)
            log.warning("登录失败：用户名=%r 地址=%s（15 分钟内该账号第 %d 次）%s", username, address, count,
                        "，已锁定" if lock else "")
            if lock is not None:
                return _locked_page(username, lock)
            flash("用户名或密码错误。", "error")
            return render_template("login.html", username=username), 401
        st.throttle.succeeded(username)
        security.log_in(user.id)
        log.info("登录成功：用户名=%r 地址=%s", user.username, address)
        return redirect(security.safe_next(request.args.get("next")) or url_for("auth.home"))
    if g.get("session_expired"):
        flash("登录已超时，请重新登录。", "info")
    return render_template("login.html", username="")


@bp.post("/logout")
def logout():
    security.log_out()
    flash("已退出登录。", "info")
    return redirect(url_for("auth.login"))
