"""Issue 15, security basics: local-only redirects after login, formula-safe exports, JSON errors
from the API, and no unhandled 500 (huge ids, year-1 periods); the 500 page itself is Chinese."""
from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook

from xinxi_qc.web.exports import safe_cell
from xinxi_qc.web.security import safe_next

from .conftest import PASSWORD, as_user, csrf_from, post_form, submit_item
from .samples import GOOD_BODY

EVIL_NEXT = ["/%09/evil.example", "//evil.example", "http://evil.example/", "https://evil.example",
             "/\\evil.example", "/%5Cevil.example", "\\\\evil.example", "/%0a/evil.example",
             "javascript:alert(1)", "evil.example"]


@pytest.mark.parametrize("target", EVIL_NEXT)
def test_next_after_login_only_follows_local_paths(client, world, target):
    token = csrf_from(client)
    resp = client.post("/login?next=" + target,
                       data={"username": "editor", "password": PASSWORD, "csrf_token": token})
    assert resp.status_code == 302
    assert resp.headers["Location"] == "/"


def test_next_after_login_keeps_a_local_path(client, world):
    token = csrf_from(client)
    resp = client.post("/login?next=/reports/%3Fperiod%3D2026-10",
                       data={"username": "editor", "password": PASSWORD, "csrf_token": token})
    assert resp.headers["Location"] == "/reports/?period=2026-10"


@pytest.mark.parametrize("raw", ["/\t/evil", "/\n/evil", "/ /evil", "/x\\y", "/x\x7f"])
def test_safe_next_refuses_whitespace_controls_and_backslashes(raw):
    assert safe_next(raw) is None


def test_safe_cell_escapes_formula_starts_only():
    for raw in ("=HYPERLINK(\"http://x\",\"点我\")", "+1", "-1+2", "@SUM(A1)", "\tX", "\rX"):
        assert safe_cell(raw) == "'" + raw
    assert safe_cell("柯城区=好") == "柯城区=好"
    assert safe_cell(-3) == -3 and safe_cell(2.5) == 2.5


FORMULA_TITLE = '=HYPERLINK("http://evil.example","柯城区就业")'


def test_inbox_exports_escape_formulas_in_csv_and_xlsx(app, world):
    w1, ed = as_user(app, "writer1"), as_user(app, "editor")
    iid = submit_item(w1, FORMULA_TITLE, GOOD_BODY)
    resp = post_form(ed, "/inbox/export", {"ids": [str(iid)], "format": "csv"}, page="/inbox/")
    rows = list(csv.reader(io.StringIO(resp.data.decode("utf-8-sig"))))
    assert "'" + FORMULA_TITLE in rows[1]
    resp = post_form(ed, "/inbox/export", {"ids": [str(iid)], "format": "xlsx"}, page="/inbox/")
    ws = load_workbook(io.BytesIO(resp.data)).active
    values = [c.value for row in ws.iter_rows() for c in row]
    assert "'" + FORMULA_TITLE in values
    assert not any(isinstance(v, str) and v.startswith("=") for v in values)
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)


def test_report_exports_escape_formulas(app, world):
    svc, _ = world
    svc.add_unit("evil", "=1+2", "town", parent="kc")
    ed = as_user(app, "editor")
    resp = ed.get("/reports/export?period=2026-10&format=csv")
    assert resp.status_code == 200
    text = resp.data.decode("utf-8-sig")
    assert ",'=1+2," in text and ",=1+2," not in text
    resp = ed.get("/reports/export?period=2026-10&format=xlsx")
    values = [c.value for row in load_workbook(io.BytesIO(resp.data)).active.iter_rows() for c in row]
    assert "'=1+2" in values and "=1+2" not in values


def _api(client, token, **kw):
    return client.post("/api/v1/check", headers={"Authorization": f"Bearer {token}"}, **kw)


def test_api_errors_are_json_with_chinese_messages(app, client, token):
    cases = [
        (client.get("/api/v1/nothing"), 404),
        (client.get("/api/v1/check"), 405),
        (_api(client, token, data="{not json", content_type="application/json"), 400),
        (_api(client, token, data="[" * 10_000 + "]" * 10_000, content_type="application/json"), 400),
        (_api(client, token, data='{"items": ' * 5000 + "[]" + "}" * 5000,
              content_type="application/json"), 400),
        (_api(client, token, data="x" * (app.config["MAX_CONTENT_LENGTH"] + 10),
              content_type="application/json"), 413),
    ]
    for resp, code in cases:
        assert resp.status_code == code
        assert resp.mimetype == "application/json", resp.get_data(as_text=True)[:200]
        msg = resp.get_json()["error"]
        assert any("\u4e00" <= ch <= "\u9fff" for ch in msg), msg


def test_api_unexpected_failure_is_json_500(app, client, token, monkeypatch):
    app.config["PROPAGATE_EXCEPTIONS"] = False
    import xinxi_qc.web.views.api as api

    def boom(*_a, **_k):
        raise RuntimeError("boom")

    monkeypatch.setattr(api, "check", boom)
    resp = _api(client, token, json={"title": "标题", "body": "正文"})
    assert resp.status_code == 500 and resp.mimetype == "application/json"
    assert "服务器内部错误" in resp.get_json()["error"] and "boom" not in resp.get_data(as_text=True)


def test_page_500_is_chinese(app, world, monkeypatch):
    app.config["PROPAGATE_EXCEPTIONS"] = False
    ed = as_user(app, "editor")
    import xinxi_qc.web.views.reports as reports

    def boom(*_a, **_k):
        raise RuntimeError("boom")

    monkeypatch.setattr(reports, "quality_charts", boom)
    resp = ed.get("/reports/")
    html = resp.get_data(as_text=True)
    assert resp.status_code == 500 and 'lang="zh-CN"' in html and "服务器内部错误" in html
    assert "Internal Server Error" not in html and "boom" not in html


@pytest.mark.parametrize("path", ["/items/99999999999999999999999", "/items/2147483648",
                                  "/items/9223372036854775808"])
def test_huge_item_id_is_not_found(app, world, path):
    ed = as_user(app, "editor")
    resp = ed.get(path)
    assert resp.status_code == 404 and "页面不存在" in resp.get_data(as_text=True)


def test_huge_ids_in_posts_are_not_found(app, world):
    ed = as_user(app, "editor")
    resp = post_form(ed, "/items/99999999999999999999999/act/receive", {"revision": "1"}, page="/inbox/")
    assert resp.status_code == 404


def test_huge_solicitation_id_on_submit_is_a_message(app, world):
    w1 = as_user(app, "writer1")
    resp = post_form(w1, "/items/submit", {"title": "标题", "body": GOOD_BODY,
                                           "solicitation": "99999999999999999999999"})
    assert resp.status_code == 400 and "约稿" in resp.get_data(as_text=True)


@pytest.mark.parametrize("period", ["0001-01", "9999-12", "0000-01", "0001", "0001-Q1", "2026-13", "乱码"])
def test_odd_periods_do_not_crash_reports(app, world, period):
    w1, ed = as_user(app, "writer1"), as_user(app, "editor")
    submit_item(w1, "柯城区前三季度新增城镇就业4126人", GOOD_BODY)
    resp = ed.get(f"/reports/?period={period}")
    assert resp.status_code == 200
    assert ed.get(f"/reports/export?period={period}&format=csv").status_code in (200, 400)
