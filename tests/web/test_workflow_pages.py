"""Submission pages on the real workflow service: who sees what, who may do what, exports, reports."""
from __future__ import annotations

import io
import re
from datetime import date, timedelta

from openpyxl import load_workbook

from .conftest import as_user, post_form, submit_item
from .samples import GOOD_BODY, GOOD_TITLE, WEAK_BODY, WEAK_TITLE


def test_writer_submits_and_sees_own_items(app, world):
    svc, _ = world
    w1 = as_user(app, "writer1")
    iid = submit_item(w1, GOOD_TITLE, GOOD_BODY, event_date=date.today().isoformat())
    info = svc.get_item(iid).item
    assert info.unit == "hh" and info.writer == "张三" and info.status == "submitted" and info.score >= 85
    page = w1.get(f"/items/{iid}").get_data(as_text=True)
    assert "已报送待审核" in page and GOOD_TITLE in page
    mine = w1.get("/items/mine").get_data(as_text=True)
    assert GOOD_TITLE in mine and "今年本单位积分" in mine


def test_submit_errors_keep_the_text(app, world):
    w1 = as_user(app, "writer1")
    resp = post_form(w1, "/items/submit", {"title": "", "body": GOOD_BODY})
    assert resp.status_code == 400 and "信息标题不能为空" in resp.get_data(as_text=True)
    assert GOOD_BODY in resp.get_data(as_text=True)


def test_writer_sees_only_own_unit(app, world):
    w1, w2 = as_user(app, "writer1"), as_user(app, "writer2")
    iid = submit_item(w1, GOOD_TITLE, GOOD_BODY)
    assert w2.get(f"/items/{iid}").status_code == 403
    assert GOOD_TITLE not in w2.get("/items/mine").get_data(as_text=True)
    assert w2.get("/inbox/").status_code == 403
    assert w2.get("/reports/").status_code == 403
    assert w1.get("/items/99999").status_code == 404


def test_writers_cannot_act_on_items(app, world):
    w1 = as_user(app, "writer1")
    iid = submit_item(w1, GOOD_TITLE, GOOD_BODY)
    resp = post_form(w1, f"/items/{iid}/act/adopt", {"outlet": "《政务》信息版"})
    assert resp.status_code == 403


def test_editors_cannot_submit_as_writer(app, world):
    ed = as_user(app, "editor")
    assert post_form(ed, "/items/submit", {"title": GOOD_TITLE, "body": GOOD_BODY}).status_code == 403


def test_reviewer_scope_and_actions(app, world):
    svc, _ = world
    w1, w2, rv = as_user(app, "writer1"), as_user(app, "writer2"), as_user(app, "reviewer")
    mine = submit_item(w1, GOOD_TITLE, GOOD_BODY)
    other = submit_item(w2, WEAK_TITLE, WEAK_BODY)
    inbox = rv.get("/inbox/").get_data(as_text=True)
    assert GOOD_TITLE in inbox and WEAK_TITLE not in inbox
    assert rv.get(f"/items/{other}").status_code == 403
    assert post_form(rv, f"/items/{other}/act/return", {"reason": "x"}).status_code == 403
    # reviewers may not adopt
    assert post_form(rv, f"/items/{mine}/act/adopt", {"outlet": "《政务》信息版"}).status_code == 403
    rev = svc.get_item(mine).item.revision
    post_form(rv, f"/items/{mine}/act/forward", {"revision": rev})
    it = svc.get_item(mine).item
    assert it.status == "forwarded" and it.holder == "qz"


def test_return_needs_reason_then_writer_revises_and_diff_shows(app, world):
    svc, _ = world
    w1, ed = as_user(app, "writer1"), as_user(app, "editor")
    iid = submit_item(w1, WEAK_TITLE, WEAK_BODY)
    rev = svc.get_item(iid).item.revision
    resp = post_form(ed, f"/items/{iid}/act/return", {"reason": "", "revision": rev})
    assert resp.status_code == 303
    assert svc.get_item(iid).item.status == "submitted"
    assert "必须填写理由" in ed.get(f"/items/{iid}").get_data(as_text=True)
    post_form(ed, f"/items/{iid}/act/return", {"reason": "缺少数据和具体事例", "revision": rev})
    assert svc.get_item(iid).item.status == "returned"
    assert "缺少数据和具体事例" in w1.get("/items/mine").get_data(as_text=True)
    rev = svc.get_item(iid).item.revision
    post_form(w1, f"/items/{iid}/revise", {"title": GOOD_TITLE, "body": GOOD_BODY, "resubmit": "1",
                                           "revision": rev}, page=f"/items/{iid}")
    d = svc.get_item(iid)
    assert d.item.status == "submitted" and len(d.versions) == 2
    page = ed.get(f"/items/{iid}").get_data(as_text=True)
    assert "版本比较" in page and "<ins>" in page and "<del>" in page


def test_stale_revision_is_refused(app, world):
    svc, _ = world
    w1, ed = as_user(app, "writer1"), as_user(app, "editor")
    iid = submit_item(w1, GOOD_TITLE, GOOD_BODY)
    rev = svc.get_item(iid).item.revision
    post_form(ed, f"/items/{iid}/act/receive", {"revision": rev})
    resp = post_form(ed, f"/items/{iid}/act/return", {"reason": "过期操作", "revision": rev})
    assert svc.get_item(iid).item.status == "received"
    assert resp.status_code == 409 and "已被他人修改" in resp.get_data(as_text=True)


def test_editor_adopts_and_instructs_and_writer_sees_points(app, world):
    svc, _ = world
    w1, ed = as_user(app, "writer1"), as_user(app, "editor")
    iid = submit_item(w1, GOOD_TITLE, GOOD_BODY)
    post_form(ed, f"/items/{iid}/act/adopt", {"outlet": "《政务》信息版",
                                              "revision": svc.get_item(iid).item.revision})
    assert svc.get_item(iid).item.status == "adopted"
    page = ed.get(f"/items/{iid}").get_data(as_text=True)
    assert 'id="act-receive"' not in page and 'id="act-return"' not in page and "登记批示" in page
    post_form(ed, f"/items/{iid}/act/instruct", {"level": "city", "leader": "市长",
                                                 "revision": svc.get_item(iid).item.revision})
    kinds = [e.kind for e in svc.get_item(iid).events]
    assert "adopt" in kinds and "instruct" in kinds
    mine = w1.get("/items/mine").get_data(as_text=True)
    assert "《政务》信息版" in mine
    total = float(re.search(r'id="unit-points">([\d.]+)<', mine).group(1))
    assert total > 0


def test_inbox_sorted_by_score_with_filters(app, world):
    w1, ed = as_user(app, "writer1"), as_user(app, "editor")
    weak = submit_item(w1, WEAK_TITLE, WEAK_BODY)
    good = submit_item(w1, GOOD_TITLE, GOOD_BODY)
    html = ed.get("/inbox/").get_data(as_text=True)
    assert html.index(GOOD_TITLE) < html.index(WEAK_TITLE)
    html = ed.get("/inbox/?max=60").get_data(as_text=True)
    assert WEAK_TITLE in html and GOOD_TITLE not in html
    html = ed.get("/inbox/?unit=jt").get_data(as_text=True)
    assert WEAK_TITLE not in html and GOOD_TITLE not in html
    today = date.today()
    html = ed.get(f"/inbox/?from={today + timedelta(days=1)}").get_data(as_text=True)
    assert GOOD_TITLE not in html
    html = ed.get(f"/inbox/?from={today}&to={today}&status=submitted").get_data(as_text=True)
    assert GOOD_TITLE in html and WEAK_TITLE in html
    assert "应为整数" in ed.get("/inbox/?min=abc").get_data(as_text=True)
    assert weak != good


def test_bulk_export_csv_and_xlsx(app, world):
    w1, ed = as_user(app, "writer1"), as_user(app, "editor")
    a = submit_item(w1, GOOD_TITLE, GOOD_BODY)
    submit_item(w1, WEAK_TITLE, WEAK_BODY)
    resp = post_form(ed, "/inbox/export", {"ids": [str(a)], "format": "csv"}, page="/inbox/")
    text = resp.data.decode("utf-8-sig")
    assert resp.mimetype == "text/csv" and GOOD_TITLE in text and WEAK_TITLE not in text
    resp = post_form(ed, "/inbox/export", {"ids": [str(a)], "format": "xlsx"}, page="/inbox/")
    ws = load_workbook(io.BytesIO(resp.data)).active
    assert any(GOOD_TITLE in str(c.value) for row in ws.iter_rows() for c in row)


def test_bulk_export_is_limited_to_scope(app, world):
    w2, rv = as_user(app, "writer2"), as_user(app, "reviewer")
    other = submit_item(w2, WEAK_TITLE, WEAK_BODY)
    resp = post_form(rv, "/inbox/export", {"ids": [str(other)], "format": "csv"}, page="/inbox/")
    assert WEAK_TITLE not in resp.data.decode("utf-8-sig")


def test_solicitations_create_answer_and_status(app, world):
    svc, _ = world
    ed, w1, w2 = as_user(app, "editor"), as_user(app, "writer1"), as_user(app, "writer2")
    deadline = (date.today() + timedelta(days=7)).isoformat()
    assert post_form(w1, "/solicitations/", {"topic": "x", "deadline": deadline,
                                             "units": ["hh"]}).status_code == 403
    post_form(ed, "/solicitations/", {"topic": "稳就业典型做法", "deadline": deadline,
                                      "units": ["hh", "jt"]}, page="/solicitations/")
    sol = svc.list_solicitations()[0]
    assert sol.units == ("hh", "jt")
    check_page = w1.get("/check").get_data(as_text=True)
    assert "稳就业典型做法" in check_page
    iid = submit_item(w1, GOOD_TITLE, GOOD_BODY, solicitation=str(sol.id))
    page = ed.get("/solicitations/").get_data(as_text=True)
    assert "按时报送" in page and "未到期" in page
    assert svc.get_item(iid).item.solicitation_id == sol.id
    # a writer sees only their own unit's line
    w2_page = w2.get("/solicitations/").get_data(as_text=True)
    assert "荷花街道" not in w2_page and "贺村镇" in w2_page


def test_reports_page_charts_and_exports(app, world):
    w1, ed, rv = as_user(app, "writer1"), as_user(app, "editor"), as_user(app, "reviewer")
    submit_item(w1, GOOD_TITLE, GOOD_BODY, event_date=(date.today() - timedelta(days=3)).isoformat())
    period = date.today().strftime("%Y-%m")
    html = ed.get(f"/reports/?period={period}").get_data(as_text=True)
    assert html.count("<svg") == 5
    assert "各单位积分" in html and "质量分分布" in html and "报送时效" in html and "信息类型构成" in html
    assert "荷花街道" in html
    csv_text = ed.get(f"/reports/export?period={period}&format=csv").data.decode("utf-8-sig")
    assert "荷花街道" in csv_text and "采用率" in csv_text
    wb = load_workbook(io.BytesIO(ed.get(f"/reports/export?period={period}&format=xlsx").data))
    assert any("荷花街道" in str(c.value) for row in wb.active.iter_rows() for c in row)
    assert "荷花街道" in ed.get(f"/reports/export?period={period}&format=text").get_data(as_text=True)
    # a county reviewer's report covers only the units below the county
    rv_html = rv.get(f"/reports/?period={period}").get_data(as_text=True)
    assert "荷花街道" in rv_html and "贺村镇" not in rv_html
    assert "期间格式不对" in ed.get("/reports/?period=oct").get_data(as_text=True)


def test_reports_without_scoring_config_still_show_quality_charts(app, state):
    from .conftest import PASSWORD

    state.accounts.create_user("ed", PASSWORD, "editor")
    ed = as_user(app, "ed")
    html = ed.get("/reports/").get_data(as_text=True)
    assert "尚未设置积分办法" in html and html.count("<svg") == 3
