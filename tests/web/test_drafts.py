"""Issue 15, a writer's text is never lost: an ended session or a stale form on 检查/提交/修改 keeps
the text server-side, asks to log in, then resumes; concurrent edits get a conflict page."""
from __future__ import annotations

import re

from .conftest import PASSWORD, age_sessions, as_user, csrf_from, post_form, return_item, submit_item
from .samples import GOOD_BODY, GOOD_TITLE, WEAK_BODY, WEAK_TITLE

_FORM = re.compile(r'<form method="post" action="([^"]+)" id="resume-form"[^>]*>')


def _expire(app):
    age_sessions(app, last_seen_minutes=app.config["SESSION_IDLE_MINUTES"] + 1)


def _resume_page(client, resp):
    """Follow an expired-session answer: it must ask to log in and lead back to /resume/…."""
    assert resp.status_code == 303, resp.get_data(as_text=True)[:300]
    loc = resp.headers["Location"]
    assert loc.startswith("/login?next=") and "resume" in loc
    login_page = client.get(loc).get_data(as_text=True)
    assert "登录已超时" in login_page and "文字已保存在服务器上" in login_page
    token = csrf_from(client, loc)
    done = client.post(loc, data={"username": "writer1", "password": PASSWORD, "csrf_token": token})
    assert done.status_code == 302 and done.headers["Location"].startswith("/resume/")
    client.last_resume = done.headers["Location"]
    return client.get(done.headers["Location"]).get_data(as_text=True)


def _send(client, page):
    """What drafts.js does with data-autosubmit (or the user's click): post the resume form."""
    action = _FORM.search(page).group(1)
    fields = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', page))
    title = re.search(r'name="title" id="title" value="([^"]*)"', page).group(1)
    body = re.search(r'<textarea name="body" id="body"[^>]*>(.*?)</textarea>', page, re.S).group(1)
    import html

    fields.update(title=html.unescape(title), body=html.unescape(body))
    fields = {k: html.unescape(v) for k, v in fields.items()}
    return client.post(action, data=fields)


def test_submit_after_session_expiry_logs_in_again_and_completes(app, world):
    svc, _ = world
    w1 = as_user(app, "writer1")
    token = csrf_from(w1, "/check")
    _expire(app)
    resp = w1.post("/items/submit", data={"title": GOOD_TITLE, "body": GOOD_BODY, "event_date": "2026-10-01",
                                          "csrf_token": token})
    assert svc.list_items() == []  # nothing done without a session
    page = _resume_page(w1, resp)
    assert GOOD_TITLE in page and "4126" in page and 'data-autosubmit="1"' in page
    assert 'action="/items/submit"' in page and 'value="2026-10-01"' in page
    done = _send(w1, page)
    assert done.status_code == 303
    items = svc.list_items()
    assert len(items) == 1 and items[0].title == GOOD_TITLE
    detail = svc.get_item(items[0].id)
    assert detail.versions[-1].body == GOOD_BODY
    # The page after a successful submission tells the browser to forget the local draft.
    assert 'data-clear-draft="check"' in w1.get(done.headers["Location"]).get_data(as_text=True)
    # One-time: the same resume link does not work twice.
    again = w1.get(w1.last_resume)
    assert again.status_code == 302 and again.headers["Location"] == "/check"
    assert "没有找到要恢复的内容" in w1.get("/check").get_data(as_text=True)


def test_check_after_session_expiry_keeps_the_text(app, world):
    w1 = as_user(app, "writer1")
    token = csrf_from(w1, "/check")
    _expire(app)
    resp = w1.post("/check", data={"title": WEAK_TITLE, "body": WEAK_BODY, "csrf_token": token})
    page = _resume_page(w1, resp)
    assert 'action="/check"' in page and WEAK_TITLE in page and 'data-autosubmit="1"' in page
    result = _send(w1, page)
    html = result.get_data(as_text=True)
    assert result.status_code == 200 and 'id="score"' in html and WEAK_TITLE in html


def test_absolute_expiry_also_keeps_the_text(app, world):
    w1 = as_user(app, "writer1")
    token = csrf_from(w1, "/check")
    age_sessions(app, created_minutes=8 * 60, expires_minutes=-1)
    resp = w1.post("/items/submit", data={"title": GOOD_TITLE, "body": GOOD_BODY, "csrf_token": token})
    assert GOOD_TITLE in _resume_page(w1, resp)


def test_post_without_the_session_cookie_is_kept_but_never_replayed(app, world):
    svc, _ = world
    stranger = app.test_client()  # a cross-site form post carries no SameSite=Lax cookie
    resp = stranger.post("/items/submit", data={"title": "伪造的标题", "body": "伪造的正文", "csrf_token": "x"})
    page = _resume_page(stranger, resp)
    assert "伪造的标题" in page and "data-autosubmit" not in page and "还没有执行" in page
    assert svc.list_items() == []


def test_wrong_token_while_logged_in_asks_to_confirm(app, world):
    svc, _ = world
    w1 = as_user(app, "writer1")
    resp = w1.post("/items/submit", data={"title": GOOD_TITLE, "body": GOOD_BODY, "csrf_token": "stale"})
    assert resp.status_code == 303 and resp.headers["Location"].startswith("/resume/")
    page = w1.get(resp.headers["Location"]).get_data(as_text=True)
    assert GOOD_TITLE in page and "data-autosubmit" not in page and "页面已过期" in page
    assert svc.list_items() == []
    assert _send(w1, page).status_code == 303 and len(svc.list_items()) == 1


def test_kept_text_is_only_for_the_same_user(app, world):
    w1 = as_user(app, "writer1")
    token = csrf_from(w1, "/check")
    _expire(app)
    resp = w1.post("/items/submit", data={"title": GOOD_TITLE, "body": GOOD_BODY, "csrf_token": token})
    target = resp.headers["Location"].split("next=", 1)[1]
    from urllib.parse import unquote

    w2 = as_user(app, "writer2")
    other = w2.get(unquote(target))
    assert other.status_code == 302
    assert GOOD_TITLE not in w2.get(other.headers["Location"]).get_data(as_text=True)


def test_revise_after_expiry_resumes_to_the_revise_form(app, world):
    svc, _ = world
    w1, ed = as_user(app, "writer1"), as_user(app, "editor")
    iid = submit_item(w1, WEAK_TITLE, WEAK_BODY)
    rev = return_item(svc, ed, iid, "请补充数据")
    token = csrf_from(w1, f"/items/{iid}")
    _expire(app)
    resp = w1.post(f"/items/{iid}/revise", data={"title": GOOD_TITLE, "body": GOOD_BODY, "revision": rev,
                                                 "resubmit": "1", "csrf_token": token})
    page = _resume_page(w1, resp)
    assert f'action="/items/{iid}/revise"' in page and f'data-draft-key="revise:{iid}"' in page
    assert _send(w1, page).status_code == 303
    assert svc.get_item(iid).versions[-1].title == GOOD_TITLE


def test_concurrent_editor_action_shows_conflict_with_the_users_text(app, world):
    svc, _ = world
    w1 = as_user(app, "writer1")
    ed1, ed2 = as_user(app, "editor"), as_user(app, "admin")
    iid = submit_item(w1, GOOD_TITLE, GOOD_BODY)
    rev = svc.get_item(iid).item.revision
    post_form(ed1, f"/items/{iid}/act/return", {"reason": "数据需核实", "revision": rev}, page="/inbox/")
    resp = post_form(ed2, f"/items/{iid}/act/return", {"reason": "标题请改成一句话新闻", "revision": rev},
                     page="/inbox/")
    html = resp.get_data(as_text=True)
    assert resp.status_code == 409 and "没有权限" not in html
    assert "已被他人修改" in html and "标题请改成一句话新闻" in html and "数据需核实" in html
    assert svc.get_item(iid).events[-1].reason == "数据需核实"  # nothing overwritten
    # An action still possible on the new state is offered again with the current revision.
    resp = post_form(ed2, f"/items/{iid}/act/receive", {"revision": rev}, page="/inbox/")
    assert resp.status_code == 409 and "conflict-redo" not in resp.get_data(as_text=True)


def test_concurrent_revision_shows_both_versions_and_keeps_the_text(app, world):
    svc, _ = world
    w1, ed = as_user(app, "writer1"), as_user(app, "editor")
    tab2 = as_user(app, "writer1")
    iid = submit_item(w1, WEAK_TITLE, WEAK_BODY)
    rev = return_item(svc, ed, iid, "请重写")
    post_form(tab2, f"/items/{iid}/revise", {"title": "另一个窗口的标题", "body": "另一个窗口的正文。",
                                            "revision": rev})  # saved, not resubmitted
    mine_body = GOOD_BODY + "（我的修改）"
    resp = post_form(w1, f"/items/{iid}/revise", {"title": GOOD_TITLE, "body": mine_body, "revision": rev,
                                                 "resubmit": "1"})
    html = resp.get_data(as_text=True)
    assert resp.status_code == 409 and "没有权限" not in html
    assert "另一个窗口的正文" in html and "（我的修改）" in html and 'id="conflict-save"' in html
    assert svc.get_item(iid).versions[-1].title == "另一个窗口的标题"
    # Saving from the conflict page uses the current revision and keeps the user's text.
    new_rev = re.search(r'name="revision" value="(\d+)"', html.split('id="conflict-form"')[1]).group(1)
    done = post_form(w1, f"/items/{iid}/revise", {"title": GOOD_TITLE, "body": mine_body, "revision": new_rev,
                                                 "resubmit": "1"})
    assert done.status_code == 303 and svc.get_item(iid).versions[-1].body == mine_body


def test_revision_conflict_after_item_moved_on_keeps_text_readonly(app, world):
    svc, _ = world
    w1, ed = as_user(app, "writer1"), as_user(app, "editor")
    iid = submit_item(w1, WEAK_TITLE, WEAK_BODY)
    rev = return_item(svc, ed, iid, "请重写")
    tab2 = as_user(app, "writer1")
    post_form(tab2, f"/items/{iid}/revise", {"title": "已重报", "body": "已重报正文。", "revision": rev,
                                            "resubmit": "1"})
    resp = post_form(w1, f"/items/{iid}/revise", {"title": GOOD_TITLE, "body": "我写了很久的正文", "revision": rev,
                                                 "resubmit": "1"})
    html = resp.get_data(as_text=True)
    assert resp.status_code == 409 and "我写了很久的正文" in html and 'id="conflict-save"' not in html
    assert "不能再由信息员修改" in html


def test_recheck_on_the_revise_form_checks_without_saving(app, world):
    svc, _ = world
    w1, ed = as_user(app, "writer1"), as_user(app, "editor")
    iid = submit_item(w1, WEAK_TITLE, WEAK_BODY)
    rev = return_item(svc, ed, iid, "请重写")
    page = w1.get(f"/items/{iid}").get_data(as_text=True)
    assert 'id="revise-check"' in page
    resp = post_form(w1, f"/items/{iid}/recheck", {"title": GOOD_TITLE, "body": GOOD_BODY, "revision": rev})
    html = resp.get_data(as_text=True)
    assert resp.status_code == 200 and 'id="draft-heading"' in html and 'id="score"' in html
    assert f'value="{GOOD_TITLE}"' in html and "4126" in html  # the edited text stays in the form
    assert f'name="revision" value="{rev}"' in html
    assert len(svc.get_item(iid).versions) == 1  # nothing saved
    # Only the writers of the unit, only while the item may be edited.
    assert post_form(ed, f"/items/{iid}/recheck", {"title": "x", "body": "y"}, page="/inbox/").status_code == 403


def test_conflict_page_names_units_and_levels_in_chinese(app, world):
    svc, _ = world
    w1, ed1, ed2 = as_user(app, "writer1"), as_user(app, "editor"), as_user(app, "admin")
    iid = submit_item(w1, GOOD_TITLE, GOOD_BODY)
    rev = svc.get_item(iid).item.revision
    post_form(ed1, f"/items/{iid}/act/receive", {"revision": rev}, page="/inbox/")
    resp = post_form(ed2, f"/items/{iid}/act/adopt", {"outlet": "《衢州政务》信息版", "level": "city",
                                                      "revision": rev}, page="/inbox/")
    html = resp.get_data(as_text=True)
    assert resp.status_code == 409
    values = re.findall(r'<dd class="mine-value">([^<]*)</dd>', html)
    assert "《衢州政务》信息版" in values and "市" in values and "city" not in values
    # the adoption is still possible: offered again with the current revision and the same fields
    assert 'id="conflict-redo"' in html and 'name="level" value="city"' in html
