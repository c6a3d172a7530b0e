"""Issue 11: the verdict in POST /api/v1/check and on the pre-check page."""
from __future__ import annotations

from .conftest import post_form
from .samples import GOOD_BODY, GOOD_TITLE, WEAK_BODY, WEAK_TITLE


def test_api_items_carry_a_verdict(client, state):
    token = state.accounts.create_token("测试")
    resp = client.post("/api/v1/check", headers={"Authorization": f"Bearer {token}"}, json={"items": [
        {"id": "good", "title": GOOD_TITLE, "body": GOOD_BODY},
        {"id": "blank", "title": GOOD_TITLE, "body": GOOD_BODY.replace("4126人", "XX人")},
        {"id": "weak", "title": WEAK_TITLE, "body": WEAK_BODY},
    ]})
    assert resp.status_code == 200
    verdicts = {it["id"]: it["verdict"] for it in resp.get_json()["items"]}
    # fault-free, but a 综合 item with 6 figures is short of what editors adopt as is (models/scoring.json)
    assert verdicts["good"]["label"] == "revise" and verdicts["good"]["zh"] == "修改后采用"
    assert verdicts["good"]["figures"] == 6 and "只有 6 处数据" in verdicts["good"]["reasons"][0]
    assert verdicts["blank"]["label"] == "return" and verdicts["blank"]["zh"] == "退回修改"
    assert any("placeholder" in r for r in verdicts["blank"]["reasons"])
    assert verdicts["weak"]["label"] in ("revise", "return") and verdicts["weak"]["reasons"]


def test_precheck_page_shows_verdict_and_chinese_rule_names(writer):
    html = post_form(writer, "/check", {"title": WEAK_TITLE, "body": WEAK_BODY}).get_data(as_text=True)
    assert 'id="verdict"' in html and 'id="verdict-zh">' in html
    assert "退回修改" in html or "修改后采用" in html
    assert "标题空泛 title-vague" in html and "成效无据 empty-claim" in html
    good = post_form(writer, "/check", {"title": GOOD_TITLE, "body": GOOD_BODY}).get_data(as_text=True)
    assert 'id="verdict-zh">修改后采用<' in good and "只有 6 处数据" in good
