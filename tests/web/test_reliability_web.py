"""Issue 16 through the Flask test client: bad uploads and bad API JSON answer 400 with a Chinese
message, never 500."""
from __future__ import annotations

import io

import pytest

from .conftest import post_form


@pytest.mark.parametrize("data", [b"\xef\xbb\xbf", "　　\n\u00a0".encode("utf-8")])
def test_blank_upload_is_refused_not_500(writer, data):
    resp = post_form(writer, "/check", {"file": (io.BytesIO(data), "draft.txt")},
                     content_type="multipart/form-data")
    assert resp.status_code == 400 and "文件是空的" in resp.get_data(as_text=True)


def _post(client, token, data):
    return client.post("/api/v1/check", data=data, content_type="application/json",
                       headers={"Authorization": f"Bearer {token}"})


@pytest.mark.parametrize("body,reason", [
    ("[" * 30_000 + "]" * 30_000, "嵌套过深"),  # under the test app's 64 KB body limit
    ('{"items": ' + "[" * 200 + "]" * 200 + "}", "嵌套过深"),
    ('{"title": "标题", "body": "正文", "n": ' + "9" * 5000 + "}", "数字过长"),
    ('{"title": "标题\\ud800", "body": "正文内容。"}', "代理项"),
    ('{"items": [{"title": "标题", "body": "正文", "\\udfff": 1}]}', "代理项"),
    ("{not json", "不是有效的 JSON"),
])
def test_api_bad_json_is_a_json_400(client, token, body, reason):
    resp = _post(client, token, body)
    assert resp.status_code == 400 and resp.is_json, resp.get_data(as_text=True)[:200]
    error = resp.get_json()["error"]
    assert reason in error and "\n" not in error


def test_api_unexpected_failure_is_json_500(app, client, token, monkeypatch):
    from xinxi_qc.web.views import api

    def boom(*_):
        raise RuntimeError("boom")

    monkeypatch.setattr(api, "check", boom)
    app.config["PROPAGATE_EXCEPTIONS"] = False
    resp = client.post("/api/v1/check", json={"title": "标题", "body": "正文内容。"},
                       headers={"Authorization": f"Bearer {token}"})
    assert resp.status_code == 500 and resp.is_json and "服务器内部错误" in resp.get_json()["error"]


def test_docx_bomb_upload_is_refused_not_read(writer):
    import io as _io

    import docx

    from xinxi_qc.readers.documents import MAX_DOCX_XML_BYTES

    d = docx.Document()
    d.add_heading("标题", level=1)
    d.add_paragraph("很" * (MAX_DOCX_XML_BYTES // 3 + 1000))
    buf = _io.BytesIO()
    d.save(buf)
    assert len(buf.getvalue()) < 60 * 1024
    resp = post_form(writer, "/check", {"file": (_io.BytesIO(buf.getvalue()), "bomb.docx")},
                     content_type="multipart/form-data")
    assert resp.status_code == 400 and "解压后过大" in resp.get_data(as_text=True)
