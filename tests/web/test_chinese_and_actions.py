"""Issue 15, item 5: Chinese everywhere (rule names in 扣分, no CLI options in messages, Chinese
types in exports, unit names), the 撤回 button, forwarding only upward, no 约稿 with a past
deadline, 批示 level chosen rather than defaulted."""
from __future__ import annotations

import csv
import io
import re
from datetime import date, timedelta

from xinxi_qc.web.messages import for_web

from .conftest import as_user, post_form, return_item, submit_item
from .samples import GOOD_BODY, GOOD_TITLE, WEAK_BODY, WEAK_TITLE


def test_deductions_name_rules_in_chinese(app, world):
    w1 = as_user(app, "writer1")
    html = post_form(w1, "/check", {"title": WEAK_TITLE, "body": WEAK_BODY}).get_data(as_text=True)
    line = re.search(r'<p class="deductions" id="deductions">(.*?)</p>', html, re.S).group(1)
    text = re.sub(r"<[^>]+>", "", line)
    assert "标题空泛" in text and "−" in text
    assert not re.search(r"[a-z]+-[a-z]+|type:", text), text  # ids only in the tooltip


def test_cli_options_never_reach_a_web_user():
    assert for_web("必须填写理由（--reason）") == "必须填写理由"
    assert "--" not in for_web("当前持有单位没有上级单位，请用 --to 指定转报单位")
    assert for_web("尚未设置积分办法：用 --scoring 指定，或先运行 xinxi-qc points config FILE") == \
        "尚未设置积分办法，请联系管理员设置后再查看"
    assert "--" not in for_web("目标至少给出条数（--count）或积分（--points）")
    assert for_web("信息当前状态为「已采用」，不能退回") == "信息当前状态为「已采用」，不能退回"


def test_return_without_reason_message_has_no_option(app, world):
    svc, _ = world
    w1, ed = as_user(app, "writer1"), as_user(app, "editor")
    iid = submit_item(w1, GOOD_TITLE, GOOD_BODY)
    resp = post_form(ed, f"/items/{iid}/act/return", {"reason": " ", "revision": svc.get_item(iid).item.revision},
                     page="/inbox/")
    page = ed.get(resp.headers["Location"]).get_data(as_text=True)
    assert "未完成" in page and "理由" in page and "--reason" not in page


def test_report_without_scoring_says_so_without_cli(app, state):
    state.service.add_unit("qz", "衢州市", "city")
    state.accounts.create_user("ed", "correct-horse-9", "editor")
    ed = as_user(app, "ed")
    resp = ed.get("/reports/export?period=2026-10&format=csv")
    assert resp.status_code == 400 and "--" not in resp.get_data(as_text=True)
    assert "积分办法" in resp.get_data(as_text=True)
    assert "--scoring" not in ed.get("/reports/?period=2026-10").get_data(as_text=True)


def test_export_types_and_header_units_are_chinese(app, world):
    w1, ed = as_user(app, "writer1"), as_user(app, "editor")
    iid = submit_item(w1, GOOD_TITLE, GOOD_BODY)
    resp = post_form(ed, "/inbox/export", {"ids": [str(iid)], "format": "csv"}, page="/inbox/")
    row = list(csv.reader(io.StringIO(resp.data.decode("utf-8-sig"))))[1]
    assert row[6] in ("动态", "经验", "问题(调研)", "综合") and row[1] == "荷花街道"
    assert "（信息员 · 荷花街道）" in w1.get("/check").get_data(as_text=True)


def test_writer_withdraws_with_the_button(app, world):
    svc, _ = world
    w1 = as_user(app, "writer1")
    iid = submit_item(w1, GOOD_TITLE, GOOD_BODY)
    page = w1.get(f"/items/{iid}").get_data(as_text=True)
    assert 'id="withdraw-form"' in page
    rev = re.search(r'id="withdraw-form">\s*<input[^>]+>\s*<input type="hidden" name="revision" value="(\d+)"',
                    page).group(1)
    resp = post_form(w1, f"/items/{iid}/withdraw", {"reason": "数据有误，重新核实", "revision": rev})
    assert resp.status_code == 303 and svc.get_item(iid).item.status == "withdrawn"
    assert 'id="withdraw-form"' not in w1.get(f"/items/{iid}").get_data(as_text=True)


def test_no_withdraw_button_once_adopted_or_for_other_units(app, world):
    svc, _ = world
    w1, w2, ed = as_user(app, "writer1"), as_user(app, "writer2"), as_user(app, "editor")
    iid = submit_item(w1, GOOD_TITLE, GOOD_BODY)
    post_form(ed, f"/items/{iid}/act/adopt", {"outlet": "《衢州政务》信息版", "level": "city",
                                              "revision": svc.get_item(iid).item.revision}, page="/inbox/")
    assert 'id="withdraw-form"' not in w1.get(f"/items/{iid}").get_data(as_text=True)
    assert 'id="withdraw-form"' not in ed.get(f"/items/{iid}").get_data(as_text=True)


def test_forward_only_upward(app, world):
    svc, _ = world
    w1, rv = as_user(app, "writer1"), as_user(app, "reviewer")
    iid = submit_item(w1, GOOD_TITLE, GOOD_BODY)  # held by 柯城区 (kc)
    page = rv.get(f"/items/{iid}").get_data(as_text=True)
    options = re.findall(r'<option value="([^"]*)">', page.split('id="forward-to"')[1].split("</select>")[0])
    assert options == ["qz"]
    for sideways in ("js", "jt", "hh", "kc"):
        resp = post_form(rv, f"/items/{iid}/act/forward", {"to": sideways,
                                                           "revision": svc.get_item(iid).item.revision})
        assert svc.get_item(iid).item.holder == "kc"
        assert "只能转报给当前持有单位的上级单位" in rv.get(resp.headers["Location"]).get_data(as_text=True)
    post_form(rv, f"/items/{iid}/act/forward", {"to": "qz", "revision": svc.get_item(iid).item.revision})
    assert svc.get_item(iid).item.holder == "qz"


def test_solicitation_with_past_deadline_is_refused(app, world):
    svc, _ = world
    ed = as_user(app, "editor")
    past = (date.today() - timedelta(days=1)).isoformat()
    resp = post_form(ed, "/solicitations/", {"topic": "秋粮收购", "deadline": past, "units": ["hh"]},
                     page="/solicitations/")
    assert svc.list_solicitations() == []
    assert "已经过去" in ed.get(resp.headers["Location"]).get_data(as_text=True)
    post_form(ed, "/solicitations/", {"topic": "秋粮收购", "deadline": date.today().isoformat(), "units": ["hh"]},
              page="/solicitations/")
    assert len(svc.list_solicitations()) == 1


def test_instruct_level_has_no_default(app, world):
    svc, _ = world
    w1, ed = as_user(app, "writer1"), as_user(app, "editor")
    iid = submit_item(w1, GOOD_TITLE, GOOD_BODY)
    post_form(ed, f"/items/{iid}/act/adopt", {"outlet": "《衢州政务》信息版", "level": "city",
                                              "revision": svc.get_item(iid).item.revision}, page="/inbox/")
    page = ed.get(f"/items/{iid}").get_data(as_text=True)
    select = re.search(r'<select name="level" required aria-label="批示层级">(.*?)</select>', page, re.S).group(1)
    assert select.startswith('<option value="" selected disabled>') and "乡镇级" in select


def test_personal_data_needs_confirmation_before_submission(app, world):
    svc, _ = world
    w1 = as_user(app, "writer1")
    body = GOOD_BODY + "联系人李某，电话13812345678，身份证号330802199001011234。"
    resp = post_form(w1, "/items/submit", {"title": GOOD_TITLE, "body": body})
    html = resp.get_data(as_text=True)
    assert resp.status_code == 200 and svc.list_items() == []
    assert "个人信息" in html and "138****5678" in html and "330802********1234" in html
    assert "13812345678" in html  # the writer's own text stays in the form to be edited
    assert 'name="confirm_personal"' in html
    resp = post_form(w1, "/items/submit", {"title": GOOD_TITLE, "body": body, "confirm_personal": "1"})
    assert resp.status_code == 303 and len(svc.list_items()) == 1
    # Without personal data there is nothing to confirm.
    assert submit_item(w1, GOOD_TITLE, GOOD_BODY)


def test_personal_data_in_a_revision_needs_confirmation_too(app, world):
    svc, _ = world
    w1, ed = as_user(app, "writer1"), as_user(app, "editor")
    iid = submit_item(w1, WEAK_TITLE, WEAK_BODY)
    rev = return_item(svc, ed, iid, "请重写")
    body = GOOD_BODY + "联系电话13900001111。"
    resp = post_form(w1, f"/items/{iid}/revise", {"title": GOOD_TITLE, "body": body, "revision": rev, "resubmit": "1"})
    html = resp.get_data(as_text=True)
    assert resp.status_code == 200 and "139****1111" in html and "13900001111" in html
    assert 'name="confirm_personal"' in html and len(svc.get_item(iid).versions) == 1
    resp = post_form(w1, f"/items/{iid}/revise", {"title": GOOD_TITLE, "body": body, "revision": rev, "resubmit": "1",
                                                 "confirm_personal": "1"})
    assert resp.status_code == 303 and svc.get_item(iid).versions[-1].body == body
