"""``/resume/<token>``: the text of a post kept when the session had ended or the form was stale,
shown again in a fresh form — and sent on at once when it surely came from this user's own page."""
from __future__ import annotations

from flask import Blueprint, current_app, flash, g, redirect, render_template, url_for

from ...workflow import WorkflowError
from ..backend import draft_generation
from ..rescue import RESCUED_ENDPOINTS
from ..security import login_required
from ..state import get_state

bp = Blueprint("drafts", __name__)

ACTION_LABELS = {"precheck.form": "检查", "items.submit": "提交到信息科", "items.revise": "保存新版本并报送",
                 "items.recheck": "检查修改稿"}


@bp.get("/resume/<token>")
@login_required()
def resume(token: str):
    pending = get_state().rescue.take(token, g.user.id)
    if pending is None or pending.endpoint not in RESCUED_ENDPOINTS \
            or pending.endpoint not in current_app.view_functions:
        flash("没有找到要恢复的内容（可能已经恢复过，或已超过 2 天）。本机浏览器自动保存的草稿仍会在写稿页面恢复。",
              "error")
        return redirect(url_for("precheck.form"))
    action = url_for(pending.endpoint, **pending.view_args)
    generation = None
    if pending.endpoint in ("items.revise", "items.recheck"):
        draft_key = f"revise:{pending.view_args.get('item_id')}"
        try:
            generation = draft_generation(get_state().service.get_item(pending.view_args.get("item_id")))
        except WorkflowError:
            pass  # the item is gone: the post's own page answers that when it is sent
    else:
        draft_key = "check"
    return render_template("resume.html", p=pending, action=action, label=ACTION_LABELS[pending.endpoint],
                           auto=pending.trusted, draft_key=draft_key, draft_generation=generation)
