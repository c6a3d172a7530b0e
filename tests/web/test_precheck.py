"""Writers' pre-check page and uploads, with the real checker."""
from __future__ import annotations

import io
import re

import pytest
from docx import Document

from .conftest import post_form
from .samples import GOOD_BODY, GOOD_TITLE, WEAK_BODY, WEAK_TITLE


def test_precheck_shows_score_grade_type_and_inline_marks(writer):
    resp = post_form(writer, "/check", {"title": WEAK_TITLE, "body": WEAK_BODY})
    html = resp.get_data(as_text=True)
    assert resp.status_code == 200
    assert re.search(r'id="score">\d+<', html) and 'id="grade">待改进<' in html
    marks = re.findall(r'<mark class="f sev-(\w+)" data-f="([\d ]+)" data-field="(\w+)" data-start="(\d+)"', html)
    assert marks, "no inline highlights"
    assert {m[2] for m in marks} == {"title", "body"}
    # every highlighted number has a list entry with message and suggestion
    for _, numbers, _, _ in marks:
        for n in numbers.split():
            assert f'id="finding-{n}"' in html
    assert "title-vague" in html and "empty-claim" in html
    # the text is kept in the form for editing and re-checking
    assert WEAK_BODY in html and f'value="{WEAK_TITLE}"' in html


def test_marked_text_reassembles_the_body(writer):
    html = post_form(writer, "/check", {"title": WEAK_TITLE, "body": WEAK_BODY}).get_data(as_text=True)
    body_html = html.split('id="marked-body">', 1)[1].split("</div>", 1)[0]
    assert re.sub(r"<[^>]+>", "", body_html) == WEAK_BODY


def test_offsets_follow_crlf_normalisation(writer):
    body = GOOD_BODY.replace("。", "。\r\n", 1) + "\r\n联系人手机13912345678。"
    html = post_form(writer, "/check", {"title": GOOD_TITLE, "body": body}).get_data(as_text=True)
    m = re.search(r'<mark class="f sev-error"[^>]*>([^<]+)</mark>', html)
    assert m and m.group(1) == "13912345678"


def test_good_item_has_no_findings(writer):
    html = post_form(writer, "/check", {"title": GOOD_TITLE, "body": GOOD_BODY}).get_data(as_text=True)
    # no finding; 良好, not 优质: six figures are fewer than a 综合 item adopted as is carries
    assert "没有发现问题" in html and 'id="grade">良好<' in html


def test_empty_input_is_refused(writer):
    resp = post_form(writer, "/check", {"title": "", "body": ""})
    assert resp.status_code == 400 and "请粘贴标题和正文" in resp.get_data(as_text=True)


def test_bad_event_date_is_refused(writer):
    resp = post_form(writer, "/check", {"title": GOOD_TITLE, "body": GOOD_BODY, "event_date": "昨天"})
    assert resp.status_code == 400 and "不是有效日期" in resp.get_data(as_text=True)


def test_user_text_is_escaped(writer):
    html = post_form(writer, "/check", {"title": "<img src=x onerror=alert(1)>标题",
                                        "body": "<script>alert(1)</script>正文内容"}).get_data(as_text=True)
    assert "<script>alert(1)</script>" not in html and "<img src=x" not in html
    assert "&lt;script&gt;" in html


def test_upload_txt(writer):
    data = f"{GOOD_TITLE}\n{GOOD_BODY}\n".encode("gb18030")
    resp = post_form(writer, "/check", {"file": (io.BytesIO(data), "draft.txt")},
                     content_type="multipart/form-data")
    html = resp.get_data(as_text=True)
    assert resp.status_code == 200 and f'value="{GOOD_TITLE}"' in html and 'id="score">' in html


def test_upload_docx(writer):
    doc = Document()
    doc.add_heading(WEAK_TITLE, level=1)
    doc.add_paragraph(WEAK_BODY)
    buf = io.BytesIO()
    doc.save(buf)
    resp = post_form(writer, "/check", {"file": (io.BytesIO(buf.getvalue()), "稿件.docx")},
                     content_type="multipart/form-data")
    html = resp.get_data(as_text=True)
    assert resp.status_code == 200 and WEAK_BODY in html and "title-vague" in html


def test_upload_wrong_type_is_refused(writer):
    resp = post_form(writer, "/check", {"file": (io.BytesIO(b"MZ\x90\x00"), "virus.exe")},
                     content_type="multipart/form-data")
    assert resp.status_code == 400 and "只能上传 .txt 或 .docx" in resp.get_data(as_text=True)


def test_fake_docx_is_refused(writer):
    resp = post_form(writer, "/check", {"file": (io.BytesIO(b"not a zip"), "a.docx")},
                     content_type="multipart/form-data")
    assert resp.status_code == 400 and "不是有效的 .docx" in resp.get_data(as_text=True)


def test_upload_over_the_size_limit_gets_413(writer, app):
    big = b"x" * (app.config["MAX_CONTENT_LENGTH"] + 10)
    resp = post_form(writer, "/check", {"file": (io.BytesIO(big), "big.txt")},
                     content_type="multipart/form-data")
    assert resp.status_code == 413 and "超过" in resp.get_data(as_text=True)


@pytest.mark.parametrize("body", ["", "　　", " \u00a0 "])
def test_title_without_body_is_refused_as_for_files_and_records(writer, body):
    resp = post_form(writer, "/check", {"title": GOOD_TITLE, "body": body})
    assert resp.status_code == 400 and "只有标题，没有正文" in resp.get_data(as_text=True)
    assert 'id="score">' not in resp.get_data(as_text=True)
