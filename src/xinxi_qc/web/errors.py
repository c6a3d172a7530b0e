"""Error pages in Chinese, and errors under ``/api/`` as JSON (never an HTML page)."""
from __future__ import annotations

from flask import Flask, current_app, render_template, request
from werkzeug.exceptions import HTTPException

ERROR_TITLES = {400: "请求无效", 401: "需要登录", 403: "没有权限", 404: "页面不存在", 405: "请求方式不允许",
                409: "数据已被他人修改", 413: "内容太大", 429: "尝试次数过多", 500: "服务器内部错误"}

_MESSAGE_500 = "服务器内部错误，请稍后重试；如果问题一直存在，请联系管理员。"


def _is_api() -> bool:
    return request.path.startswith("/api/")


def _description(code: int, err: HTTPException | None) -> str:
    if code == 413:
        limit = current_app.config["MAX_CONTENT_LENGTH"] // 1024
        return f"提交的内容超过 {limit} KB 的限制。"
    if code == 500:
        return _MESSAGE_500
    desc = (err.description if err is not None else "") or ""
    if code in (404, 405):
        return {404: "您要找的页面或数据不存在，可能已被删除，或地址有误。",
                405: "这个地址不接受这种请求方式。"}[code]
    # werkzeug's English defaults never reach a user: our own aborts always carry Chinese text.
    if not desc.strip() or desc.isascii():
        return {403: "您的账号没有访问这个页面的权限。"}.get(code, ERROR_TITLES.get(code, "请求无效") + "。")
    return desc


def render_error(code: int, err: HTTPException | None = None):
    desc = _description(code, err)
    if _is_api():
        return {"error": desc}, code
    return render_template("error.html", code=code, title=ERROR_TITLES.get(code, "错误"),
                           description=desc), code


def register_errors(app: Flask) -> None:
    def handle(err: HTTPException):
        return render_error(err.code or 500, err)

    for code in ERROR_TITLES:
        if code != 500:
            app.register_error_handler(code, handle)

    def handle_500(err: HTTPException):
        # Flask logs the original exception before calling this; the user gets a Chinese page
        # (or JSON under /api/), never werkzeug's English one.
        try:
            return render_error(500, err)
        except Exception:  # the template itself failed: still Chinese, still no traceback
            current_app.logger.exception("error page failed")
            return (f"<!doctype html><meta charset=utf-8><title>服务器内部错误</title><p>{_MESSAGE_500}</p>",
                    500, {"Content-Type": "text/html; charset=utf-8"})

    app.register_error_handler(500, handle_500)
