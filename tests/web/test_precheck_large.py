"""A long draft on the pre-check page (issue 15): checked whole, but not highlighted, and only the
first findings listed, so one request cannot render a page of tens of megabytes."""
from __future__ import annotations

import io
import re

import pytest

from xinxi_qc.web import checking

from .conftest import PASSWORD, login, post_form
from .samples import WEAK_BODY, WEAK_TITLE


@pytest.fixture
def writer(app, client, state, monkeypatch):
    app.config["PRECHECK_FULL_VIEW_BYTES"] = 4 * 1024  # the test client's uploads are small
    monkeypatch.setattr(checking, "LARGE_LIST_LIMIT", 5)
    state.accounts.create_user("w", PASSWORD, "writer", "hh", "张三")
    login(client, "w")
    return client


def test_long_text_lists_findings_without_highlights(writer):
    body = "\n".join([WEAK_BODY] * 20)
    assert len(body.encode("utf-8")) > 4 * 1024
    resp = post_form(writer, "/check", {"title": WEAK_TITLE, "body": body})
    html = resp.get_data(as_text=True)
    assert resp.status_code == 200
    assert 'id="large-notice"' in html and "<mark" not in html and 'id="marked-body"' not in html
    total = int(re.search(r"共 (\d+) 处发现", html).group(1))
    listed = re.findall(r'id="finding-(\d+)"', html)
    assert total > 5 and listed == ["1", "2", "3", "4", "5"]
    assert f"只列出最需要处理的前 5 处（共 {total} 处）" in html and "分段" in html
    assert 'id="rule-counts"' in html and 'id="score"' in html
    assert body.split("\n")[0] in html  # the text stays in the form for editing


def test_short_text_is_highlighted_and_a_long_one_still_annotated(writer):
    html = post_form(writer, "/check", {"title": WEAK_TITLE, "body": WEAK_BODY}).get_data(as_text=True)
    assert "<mark" in html and 'id="large-notice"' not in html
    data = (WEAK_TITLE + "\n\n" + "\n".join([WEAK_BODY] * 20) + "\n").encode("utf-8")
    resp = post_form(writer, "/check", {"file": (io.BytesIO(data), "long.txt"), "annotate": "1"},
                     content_type="multipart/form-data")
    # too long to highlight on the page, but the annotated .docx carries every finding
    assert resp.status_code == 200 and resp.data[:2] == b"PK"
    short = (WEAK_TITLE + "\n\n" + WEAK_BODY + "\n").encode("utf-8")
    resp = post_form(writer, "/check", {"file": (io.BytesIO(short), "short.txt"), "annotate": "1"},
                     content_type="multipart/form-data")
    assert resp.status_code == 200 and resp.data[:2] == b"PK"


def test_annotation_refused_with_too_many_findings(app):
    """The API's annotate=1 goes through the same function: too many findings is an AnnotateError
    (answered 422 with the reason) rather than minutes of Word comments."""
    from xinxi_qc.config import Config
    from xinxi_qc.engine import check_item
    from xinxi_qc.model import Item
    from xinxi_qc.output.docx_annotate import AnnotateError
    from xinxi_qc.web import annotated

    result = check_item(Item(title=WEAK_TITLE, body=WEAK_BODY), Config.default())
    assert len(result.findings) > 1
    app.config["ANNOTATE_MAX_FINDINGS"] = 1
    with app.app_context(), pytest.raises(AnnotateError, match="问题过多"):
        annotated.annotated_docx(result, None)
