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
    if request.mimetype == "multipart/form-data":
        return _check_upload()
    if not request.is_json:
        return _error("请求体不是有效的 JSON（Content-Type 应为 application/json）"
                      "，或用 multipart/form-data 上传文件（字段 file）。", 400)
    try:
        # Parsed here, not by Flask: deep nesting, over-long integers and lone surrogates are a
        # 400 with the reason, and nothing after this line sees them.
        data = jsontext.loads(request.get_data(cache=False))
    except jsontext.JSONInputError as exc:
        return _error(f"请求体不是有效的 JSON：{exc}。", 400)
    if isinstance(data, dict) and "docx_base64" in data:
        return _check_base64(data)
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


def _wants_annotated(value) -> bool:
    return str(value).strip().lower() in ("1", "true", "yes", "on")


def _check_file(data: bytes, name: str):
    """(result, None) for one uploaded .txt/.docx, or (None, error response)."""
    from ..checking import read_upload

    got = read_upload(data, name)
    if isinstance(got, InputError):
        return None, _error(f"{got.source}：{got.message}", 400)
    return check(got, get_state().checker_config), None


def _check_upload():
    """multipart/form-data: field ``file`` (.txt/.docx); ``annotate=1`` (form or query) answers with
    the annotated .docx itself, else the JSON contract."""
    from ...output import json_document
    from .. import annotated

    upload = request.files.get("file")
    if upload is None or not upload.filename:
        return _error("请用字段 file 上传一个 .txt 或 .docx 文件。", 400)
    data = upload.read()
    result, error = _check_file(data, upload.filename)
    if error is not None:
        return error
    if not _wants_annotated(request.form.get("annotate", request.args.get("annotate", ""))):
        return jsonify(json_document([result], []))
    try:
        return annotated.download(result, (data, upload.filename))
    except annotated.AnnotateError as exc:
        return _error(f"无法生成批注稿：{exc}", 422)


def _check_base64(data: dict):
    """JSON ``{"docx_base64": ..., "filename": "稿件.docx", "annotate": true}``: the JSON contract,
    with ``annotated_docx`` ({filename, base64}) added when asked for (for Word/WPS add-ins)."""
    import base64
    import binascii

    from ...output import json_document
    from .. import annotated

    name = data.get("filename") or "稿件.docx"
    if not isinstance(name, str) or not isinstance(data["docx_base64"], str):
        return _error("docx_base64 和 filename 应为字符串。", 400)
    try:
        raw = base64.b64decode(data["docx_base64"], validate=True)
    except (binascii.Error, ValueError):
        return _error("docx_base64 不是有效的 Base64 编码。", 400)
    result, error = _check_file(raw, name)
    if error is not None:
        return error
    document = json_document([result], [])
    if _wants_annotated(data.get("annotate", "")):
        try:
            docx, out_name = annotated.annotated_docx(result, (raw, name))
        except annotated.AnnotateError as exc:
            return _error(f"无法生成批注稿：{exc}", 422)
        document["annotated_docx"] = {"filename": out_name, "base64": base64.b64encode(docx).decode("ascii")}
    return jsonify(document)
