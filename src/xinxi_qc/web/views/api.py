"""JSON API for other tools: ``POST /api/v1/check`` with a bearer token, the checker's contract out."""
from __future__ import annotations

from flask import Blueprint, current_app, jsonify, request

from ...model import InputError
from ...readers import jsontext
from ..checking import check, item_from_mapping
from ..security import csrf_exempt
from ..state import get_state

bp = Blueprint("api", __name__, url_prefix="/api/v1")


def _token() -> str:
    auth = request.headers.get("Authorization", "")
    if auth.lower().startswith("bearer "):
        return auth[7:].strip()
    return request.headers.get("X-API-Token", "").strip()


def _error(message: str, status: int):
    resp = jsonify({"error": message})
    resp.status_code = status
    if status == 401:
        resp.headers["WWW-Authenticate"] = 'Bearer realm="xinxi-qc"'
    return resp


@bp.post("/check")
@csrf_exempt  # token-authenticated, no cookies involved
def check_items():
    if not get_state().accounts.check_token(_token()):
        return _error("缺少或无效的 API 令牌（Authorization: Bearer <令牌>）。", 401)
    if not request.is_json:
        return _error("请求体不是有效的 JSON（Content-Type 应为 application/json）。", 400)
    try:
        # Parsed here, not by Flask: deep nesting, over-long integers and lone surrogates are a
        # 400 with the reason, and nothing after this line sees them.
        data = jsontext.loads(request.get_data(cache=False))
    except jsontext.JSONInputError as exc:
        return _error(f"请求体不是有效的 JSON：{exc}。", 400)
    if isinstance(data, dict) and "items" in data:
        raw = data["items"]
        if not isinstance(raw, list):
            return _error("items 应为数组。", 400)
    elif isinstance(data, dict):
        raw = [data]
    else:
        return _error("JSON 应为对象：{\"items\": [...]} 或单条 {\"title\", \"body\"}。", 400)
    limit = int(current_app.config["API_MAX_ITEMS"])
    if len(raw) > limit:
        return _error(f"一次最多检查 {limit} 条信息，本次 {len(raw)} 条。", 413)
    from ...output import json_document

    config = get_state().checker_config
    results, errors = [], []
    for n, entry in enumerate(raw):
        source = f"items[{n}]"
        try:
            item = item_from_mapping(entry, source)
        except ValueError as exc:
            errors.append(InputError(source, str(exc)))
            continue
        results.append(check(item, config))
    return jsonify(json_document(results, errors))
