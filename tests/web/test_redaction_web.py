"""脱敏 on the item page (issue 15): an editor removes personal data from every stored version;
afterwards no version, diff, list, export or API answer shows it; the log records who, when, why."""
from __future__ import annotations

from tests.web.conftest import as_user, post_form, return_item, submit_item
from tests.web.samples import GOOD_BODY, GOOD_TITLE

PHONE, PHONE_MASKED = "13812345678", "138****5678"
ID_NO, ID_MASKED = "330802199003071234", "330802********1234"
NAME = "王小明"


def _item_with_two_versions(app, svc):
    w1, ed = as_user(app, "writer1"), as_user(app, "editor")
    body = GOOD_BODY + f"农民工{NAME}（电话{PHONE}，身份证号{ID_NO}）领到了补贴。"
    iid = submit_item(w1, GOOD_TITLE, body, confirm_personal="1")
    return_item(svc, ed, iid, f"请删去{NAME}的电话")
    resp = post_form(w1, f"/items/{iid}/revise", {"title": GOOD_TITLE + f"（{NAME}）", "body": body + "已核实。",
                                                 "revision": svc.get_item(iid).item.revision, "resubmit": "1",
                                                 "confirm_personal": "1"})
    assert resp.status_code == 303
    assert len(svc.get_item(iid).versions) == 2
    return iid, w1, ed


def _pages(client, iid) -> str:
    return "\n".join(client.get(path).get_data(as_text=True) for path in (
        f"/items/{iid}", f"/items/{iid}?v=1", f"/items/{iid}?v=2", f"/items/{iid}?a=1&b=2"))


def test_editor_redacts_every_version_and_the_diff(app, world):
    svc, _ = world
    iid, w1, ed = _item_with_two_versions(app, svc)
    before = _pages(ed, iid)
    assert PHONE in before and ID_NO in before and NAME in before
    assert 'id="redact-form"' in before

    resp = post_form(ed, f"/items/{iid}/redact", {"reason": "当事人要求删除个人信息", "texts": f"{NAME}\n",
                                                  "revision": svc.get_item(iid).item.revision}, page=f"/items/{iid}")
    assert resp.status_code == 303
    page = ed.get(resp.headers["Location"]).get_data(as_text=True)
    assert "已脱敏：手机号 2 处、身份证号 2 处、指定文字 4 处，涉及 2 个版本" in page

    for client in (ed, w1, as_user(app, "reviewer"), as_user(app, "admin")):
        html = _pages(client, iid) + client.get("/inbox/").get_data(as_text=True)
        for secret in (PHONE, ID_NO, NAME):
            assert secret not in html
    after = _pages(ed, iid)
    assert PHONE_MASKED in after and ID_MASKED in after and "***" in after
    assert 'id="diff"' in after  # the diff between the versions reads the redacted texts
    # the writer's list, the editor's export
    assert NAME not in w1.get("/items/mine").get_data(as_text=True)
    for fmt in ("csv", "xlsx"):
        data = post_form(ed, "/inbox/export", {"ids": [str(iid)], "format": fmt}, page="/inbox/").data
        assert NAME.encode() not in data and PHONE.encode() not in data
    # the log: who, when, why, how many — never the values
    events = after[after.index('id="events"'):]
    assert "赵编辑（editor）" in events and "脱敏" in events and "当事人要求删除个人信息" in events
    assert "手机号 2 处、身份证号 2 处、指定文字 4 处，涉及 2 个版本" in events
    # what the CLI's review --json (the service's answer) gives
    assert PHONE not in str(svc.get_item(iid).to_dict()) and svc.get_item(iid).events[-1].kind == "redact"


def test_writer_and_reviewer_cannot_redact(app, world):
    svc, _ = world
    iid, w1, _ = _item_with_two_versions(app, svc)
    rev = svc.get_item(iid).item.revision
    for client in (w1, as_user(app, "reviewer")):
        assert 'id="redact-form"' not in client.get(f"/items/{iid}").get_data(as_text=True)
        resp = post_form(client, f"/items/{iid}/redact", {"reason": "个人信息", "revision": rev}, page=f"/items/{iid}")
        assert resp.status_code == 403
    assert svc.get_item(iid).item.revision == rev and PHONE in svc.get_item(iid).versions[0].body


def test_csrf_reason_and_stale_page(app, world):
    svc, _ = world
    iid, _, ed = _item_with_two_versions(app, svc)
    rev = svc.get_item(iid).item.revision
    assert ed.post(f"/items/{iid}/redact", data={"reason": "个人信息", "revision": rev}).status_code == 400
    resp = post_form(ed, f"/items/{iid}/redact", {"reason": "", "revision": rev}, page=f"/items/{iid}",
                     follow_redirects=True)
    html = resp.get_data(as_text=True)
    assert "未脱敏" in html and "--reason" not in html
    resp = post_form(ed, f"/items/{iid}/redact", {"reason": f"删去{PHONE}", "revision": rev}, page=f"/items/{iid}",
                     follow_redirects=True)
    assert "不要写出要删除的内容" in resp.get_data(as_text=True)
    resp = post_form(ed, f"/items/{iid}/redact", {"reason": "个人信息", "revision": rev - 1}, page=f"/items/{iid}",
                     follow_redirects=True)
    assert "信息刚被他人改动" in resp.get_data(as_text=True)
    assert PHONE in svc.get_item(iid).versions[0].body  # nothing changed by the refusals


def test_kept_post_and_browser_drafts_follow_the_redaction(app, world):
    """A post kept for an ended session on the item's page is redacted with the item; the item's
    pages tell drafts.js (data-draft-generation) to drop drafts saved before the redaction."""
    import re

    from tests.web.conftest import age_sessions, csrf_from
    from tests.web.test_drafts import _resume_page

    svc, _ = world
    iid, w1, _ = _item_with_two_versions(app, svc)
    page = w1.get(f"/items/{iid}").get_data(as_text=True)
    assert f'data-draft-generation="revise:{iid}=0"' in page
    token = csrf_from(w1, f"/items/{iid}")
    age_sessions(app, last_seen_minutes=app.config["SESSION_IDLE_MINUTES"] + 1)
    kept = w1.post(f"/items/{iid}/revise", data={"title": GOOD_TITLE, "body": GOOD_BODY + f"联系{NAME}，电话{PHONE}。",
                                                 "revision": svc.get_item(iid).item.revision, "resubmit": "1",
                                                 "csrf_token": token})
    ed = as_user(app, "editor")
    resp = post_form(ed, f"/items/{iid}/redact", {"reason": "当事人要求删除个人信息", "texts": NAME,
                                                  "revision": svc.get_item(iid).item.revision}, page=f"/items/{iid}")
    flashed = ed.get(resp.headers["Location"]).get_data(as_text=True)
    assert "涉及 2 个版本、1 份登录过期时暂存的稿件" in flashed
    redact_id = svc.get_item(iid).events[-1].id
    marker = f'data-draft-generation="revise:{iid}={redact_id}"'
    assert marker in flashed
    resumed = _resume_page(w1, kept)  # the writer logs in again: the kept text comes back redacted
    assert PHONE not in resumed and NAME not in resumed and f"电话{PHONE_MASKED}" in resumed
    assert marker in resumed and re.search(rf'data-draft-key="revise:{iid}"', resumed)
    assert marker in w1.get(f"/items/{iid}").get_data(as_text=True)
