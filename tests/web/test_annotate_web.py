"""The annotated .docx from the web pre-check and from POST /api/v1/check (issue 13, item 2)."""
from __future__ import annotations

import base64
import io

import pytest
from docx import Document

from .conftest import post_form
from .samples import GOOD_BODY, GOOD_TITLE, WEAK_BODY, WEAK_TITLE

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def weak_docx() -> bytes:
    doc = Document()
    doc.add_heading(WEAK_TITLE, level=1)
    for line in WEAK_BODY.split("\n"):
        doc.add_paragraph(line)
    doc.sections[0].footer.paragraphs[0].text = "撰稿：张三　审核：李四"
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def comments_of(data: bytes) -> list[tuple[str, str]]:
    """(author, text) of every comment in the document."""
    doc = Document(io.BytesIO(data))
    return [(c.author, c.text) for c in doc.comments]


def paragraphs_of(data: bytes) -> list[str]:
    return [p.text for p in Document(io.BytesIO(data)).paragraphs]


def test_precheck_offers_the_annotated_docx_of_an_upload(writer):
    original = weak_docx()
    resp = post_form(writer, "/check", {"file": (io.BytesIO(original), "稿件.docx"), "annotate": "1"},
                     content_type="multipart/form-data")
    assert resp.status_code == 200 and resp.mimetype == DOCX_MIME
    assert "attachment" in resp.headers["Content-Disposition"]
    assert "%E7%A8%BF%E4%BB%B6.%E6%89%B9%E6%B3%A8.docx" in resp.headers["Content-Disposition"]   # 稿件.批注.docx
    annotated = resp.get_data()
    comments = comments_of(annotated)
    assert comments and {author for author, _ in comments} == {"xinxi-qc"}
    assert any("标题空泛" in text for _, text in comments)
    assert paragraphs_of(annotated) == paragraphs_of(original)   # the writer's text is untouched


def test_precheck_annotates_pasted_text_as_a_new_docx(writer):
    resp = post_form(writer, "/check", {"title": WEAK_TITLE, "body": WEAK_BODY, "annotate": "1"})
    assert resp.status_code == 200 and resp.mimetype == DOCX_MIME
    paragraphs = paragraphs_of(resp.get_data())
    assert paragraphs[0] == WEAK_TITLE and comments_of(resp.get_data())


def test_precheck_page_has_the_annotate_button(writer):
    html = writer.get("/check").get_data(as_text=True)
    assert 'id="annotate-button"' in html and "检查并下载批注稿" in html


def test_api_multipart_upload_returns_the_contract_or_the_annotated_docx(client, token):
    auth = {"Authorization": f"Bearer {token}"}
    plain = client.post("/api/v1/check", data={"file": (io.BytesIO(weak_docx()), "稿件.docx")},
                        content_type="multipart/form-data", headers=auth)
    assert plain.status_code == 200 and plain.get_json()["items"][0]["title"] == WEAK_TITLE
    annotated = client.post("/api/v1/check", data={"file": (io.BytesIO(weak_docx()), "稿件.docx"), "annotate": "1"},
                            content_type="multipart/form-data", headers=auth)
    assert annotated.status_code == 200 and annotated.mimetype == DOCX_MIME
    assert comments_of(annotated.get_data())


def test_api_base64_docx_adds_the_annotated_document(client, token):
    auth = {"Authorization": f"Bearer {token}"}
    payload = {"docx_base64": base64.b64encode(weak_docx()).decode(), "filename": "稿件.docx", "annotate": True}
    doc = client.post("/api/v1/check", json=payload, headers=auth).get_json()
    assert doc["schema"] == "xinxi-qc/1" and doc["items"][0]["title"] == WEAK_TITLE
    assert doc["annotated_docx"]["filename"] == "稿件.批注.docx"
    assert comments_of(base64.b64decode(doc["annotated_docx"]["base64"]))
    no_annotation = client.post("/api/v1/check", json={**payload, "annotate": False}, headers=auth).get_json()
    assert "annotated_docx" not in no_annotation


@pytest.mark.parametrize("payload,message", [
    ({"docx_base64": "不是base64"}, "Base64"),
    ({"docx_base64": base64.b64encode(b"not a zip").decode(), "filename": "a.docx"}, ".docx"),
])
def test_api_bad_documents_are_json_400(client, token, payload, message):
    resp = client.post("/api/v1/check", json=payload, headers={"Authorization": f"Bearer {token}"})
    assert resp.status_code == 400 and message in resp.get_json()["error"]


def test_api_multipart_without_a_file_is_json_400(client, token):
    resp = client.post("/api/v1/check", data={"title": GOOD_TITLE, "body": GOOD_BODY},
                       content_type="multipart/form-data", headers={"Authorization": f"Bearer {token}"})
    assert resp.status_code == 400 and "file" in resp.get_json()["error"]
