"""Writers' pre-check: paste or upload a draft, see the score and every finding inline, re-check."""
from __future__ import annotations

from flask import Blueprint, current_app, flash, g, render_template, request

from ...model import InputError, Item
from ...readers.records import empty_text
from ..checking import (LARGE_TEXT_BYTES, check, normalise_newlines, parse_date, read_upload,
                        result_view)
from .. import annotated
from ..security import login_required
from ..state import get_state

bp = Blueprint("precheck", __name__)


def _solicitations_for(user):
    if "items.submit" not in current_app.view_functions:
        return []
    from ..backend import open_solicitations_for

    return open_solicitations_for(get_state().service, user)


@bp.route("/check", methods=["GET", "POST"])
@login_required()
def form():
    title = normalise_newlines(request.form.get("title", "")).strip()
    body = normalise_newlines(request.form.get("body", "")).strip("\n")
    event_date_raw = request.form.get("event_date", "").strip()
    solicitation = request.form.get("solicitation", "") or request.args.get("solicitation", "")
    view = None
    status = 200
    uploaded: tuple[bytes, str] | None = None
    if request.method == "POST":
        upload = request.files.get("file")
        if upload is not None and upload.filename:
            data = upload.read()
            got = read_upload(data, upload.filename)
            uploaded = (data, upload.filename)
            if isinstance(got, InputError):
                flash(f"{got.source}：{got.message}", "error")
                status = 400
            else:
                title, body = got.title, got.body
                if got.event_date and not event_date_raw:
                    event_date_raw = got.event_date.isoformat()
        event_date = None
        try:
            event_date = parse_date(event_date_raw, "事件日期")
        except ValueError as exc:
            flash(str(exc), "error")
            status = 400
        if status == 200:
            blank = empty_text(title, body)
            if blank is not None:
                flash("请粘贴标题和正文，或上传 .txt / .docx 文件。" if not title.strip() and not body.strip()
                      else f"{blank}：请补上正文再检查。", "error")
                status = 400
            else:
                item = Item(title=title, body=body, event_date=event_date,
                            unit=g.user.unit, source="网页")
                result = check(item, get_state().checker_config)
                if request.form.get("annotate"):
                    try:
                        return annotated.download(result, uploaded)
                    except annotated.AnnotateError as exc:
                        flash(f"无法生成批注稿：{exc}", "error")
                        status = 400
                view = result_view(item, result.to_dict(),
                                   large_limit=current_app.config.get("PRECHECK_FULL_VIEW_BYTES", LARGE_TEXT_BYTES))
    return render_template("precheck.html", title_text=title, body_text=body, view=view,
                           event_date=event_date_raw, solicitation=solicitation,
                           solicitations=_solicitations_for(g.user),
                           can_submit="items.submit" in current_app.view_functions), status
