"""Admin pages: creating users, deactivating them, passwords, API tokens."""
from __future__ import annotations

import pytest

from xinxi_qc.web.accounts import AccountError

from .conftest import PASSWORD, login, post_form


@pytest.fixture
def admin_client(client, state):
    state.accounts.create_user("admin", PASSWORD, "admin")
    login(client, "admin")
    return client


def test_admin_creates_a_writer_who_can_log_in(admin_client, app, state):
    state.service.add_unit("TOWN-B", "乙镇", "town")
    resp = post_form(admin_client, "/admin/users", {
        "username": "w2", "password": PASSWORD, "role": "writer", "unit": "TOWN-B",
        "display_name": "李四"}, page="/admin/users")
    assert resp.status_code == 303
    assert "w2" in admin_client.get("/admin/users").get_data(as_text=True)
    other = app.test_client()
    assert login(other, "w2").status_code == 302


def test_writer_without_unit_is_refused(admin_client):
    post_form(admin_client, "/admin/users", {"username": "w3", "password": PASSWORD,
                                             "role": "writer"}, page="/admin/users")
    html = admin_client.get("/admin/users").get_data(as_text=True)
    assert "必须指定所属单位" in html


def test_account_rules(state):
    acc = state.accounts
    with pytest.raises(AccountError):
        acc.create_user("x", "short", "editor")
    with pytest.raises(AccountError):
        acc.create_user("x", PASSWORD, "superuser")
    acc.create_user("x", PASSWORD, "editor")
    with pytest.raises(AccountError):
        acc.create_user("x", PASSWORD, "editor")


def test_user_names_are_escaped(admin_client):
    post_form(admin_client, "/admin/users", {"username": "<script>alert(1)</script>",
                                             "password": PASSWORD, "role": "editor"},
              page="/admin/users")
    html = admin_client.get("/admin/users").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_admin_cannot_deactivate_self(admin_client, state):
    me = state.accounts.list_users()[0][0]
    post_form(admin_client, f"/admin/users/{me.id}/active", {"active": "0"}, page="/admin/users")
    assert admin_client.get("/admin/users").status_code == 200


def test_token_is_shown_once_and_works_until_revoked(admin_client, state):
    resp = post_form(admin_client, "/admin/tokens", {"label": "WPS 插件"}, page="/admin/users")
    html = resp.get_data(as_text=True)
    token = html.split('id="new-token"')[1].split("<code>")[1].split("</code>")[0]
    assert state.accounts.check_token(token)
    assert token not in admin_client.get("/admin/users").get_data(as_text=True)
    token_id = state.accounts.list_tokens()[0][0]
    post_form(admin_client, f"/admin/tokens/{token_id}/revoke", {}, page="/admin/users")
    assert not state.accounts.check_token(token)


def test_password_change(admin_client, state, app):
    user = state.accounts.create_user("e1", PASSWORD, "editor")
    post_form(admin_client, f"/admin/users/{user.id}/password", {"password": "another-pass-1"},
              page="/admin/users")
    other = app.test_client()
    assert login(other, "e1").status_code == 401
    assert login(other, "e1", "another-pass-1").status_code == 302


def test_unknown_unit_is_refused(admin_client, state):
    post_form(admin_client, "/admin/users", {"username": "w9", "password": PASSWORD, "role": "writer",
                                             "unit": "NOPE"}, page="/admin/users")
    html = admin_client.get("/admin/users").get_data(as_text=True)
    assert "未知单位" in html and ">w9<" not in html


def test_admin_changes_role_and_unit_and_the_user_logs_in_again(admin_client, app, state):
    state.service.add_unit("qz", "衢州市", "city")
    state.service.add_unit("kc", "柯城区", "county", parent="qz")
    state.service.add_unit("hh", "荷花街道", "town", parent="kc")
    w = state.accounts.create_user("w9", PASSWORD, "writer", "hh", "张九")
    user = app.test_client()
    login(user, "w9")
    assert user.get("/check").status_code == 200
    page = admin_client.get("/admin/users").get_data(as_text=True)
    assert f'id="role-form-{w.id}"' in page and "荷花街道" in page
    resp = post_form(admin_client, f"/admin/users/{w.id}/role", {"role": "reviewer", "unit": "kc"},
                     page="/admin/users")
    assert resp.status_code == 303
    changed = state.accounts.get(w.id)
    assert changed.role == "reviewer" and changed.unit == "kc"
    assert user.get("/check").status_code == 302  # the old session (with the old rights) has ended
    assert "已将 w9 改为县区审核员（柯城区）" in admin_client.get("/admin/users").get_data(as_text=True)
    # A writer needs a unit, an unknown unit is refused, the only admin stays admin.
    post_form(admin_client, f"/admin/users/{w.id}/role", {"role": "writer", "unit": ""}, page="/admin/users")
    assert "必须指定所属单位" in admin_client.get("/admin/users").get_data(as_text=True)
    post_form(admin_client, f"/admin/users/{w.id}/role", {"role": "writer", "unit": "nowhere"}, page="/admin/users")
    assert "未知单位" in admin_client.get("/admin/users").get_data(as_text=True)
    admin_id = next(u.id for u, _ in state.accounts.list_users() if u.username == "admin")
    post_form(admin_client, f"/admin/users/{admin_id}/role", {"role": "editor"}, page="/admin/users")
    assert state.accounts.get(admin_id).role == "admin"


def test_units_page_shows_the_hierarchy_with_names(admin_client, state):
    state.service.add_unit("qz", "衢州市", "city")
    state.service.add_unit("kc", "柯城区", "county", parent="qz")
    state.service.add_unit("hh", "荷花街道", "town", parent="kc")
    state.accounts.create_user("w1", PASSWORD, "writer", "hh", "张三")
    html = admin_client.get("/admin/units").get_data(as_text=True)
    order = [html.index(n) for n in ("衢州市", "柯城区", "荷花街道")]
    assert order == sorted(order)
    assert 'class="depth-2">荷花街道' in html and "张三（信息员）" in html
