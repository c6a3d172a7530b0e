"""Issue 15, lists at scale: paging, sorting and filtering in SQL, 待我办理, and the number of SQL
queries per page independent of the number of items (counted with an engine event listener)."""
from __future__ import annotations

import re
from contextlib import contextmanager

import pytest
from sqlalchemy import event

from xinxi_qc.web import create_app
from xinxi_qc.web.state import get_state

from .bulk import fill, make_units, web_checker
from .conftest import PASSWORD, as_user

PAGES = ["/inbox/", "/inbox/?sort=submitted&dir=asc&page=2&per=20", "/inbox/todo", "/inbox/?status=adopted&q=就业",
         "/items/mine", "/items/mine?sort=score&page=2&per=20", "/items/1", "/reports/?period=2026-03"]


def _app(path, n: int):
    app = create_app({"DATABASE_URL": str(path / "scale.sqlite"), "TESTING": True, "SECRET_KEY": "t",
                      "PASSWORD_HASH_METHOD": "pbkdf2:sha256:1000", "CHECK_TODAY": "2026-10-05"})
    with app.app_context():
        st = get_state()
        make_units(st.service)
        st.service.set_scoring("quzhou")
        fill(st.engine, n, web_checker(st))
        st.accounts.create_user("editor", PASSWORD, "editor", display_name="赵编辑")
        st.accounts.create_user("reviewer", PASSWORD, "reviewer", "kc", "王审核")
        st.accounts.create_user("writer", PASSWORD, "writer", "kc1", "张三")
    return app


@contextmanager
def counting(app):
    with app.app_context():
        engine = get_state().engine
    seen: list[str] = []

    def count(_conn, _cursor, statement, *_args):
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", count)


def _queries_per_page(app) -> dict[str, int]:
    users = {"editor": as_user(app, "editor"), "reviewer": as_user(app, "reviewer"), "writer": as_user(app, "writer")}
    out = {}
    for path in PAGES:
        who = "writer" if path.startswith("/items/mine") else "editor"
        client = users[who]
        client.get(path)  # warm caches (checker config, scoring) that are read once per process
        with counting(app) as seen:
            resp = client.get(path)
        assert resp.status_code == 200, (path, resp.status_code)
        out[f"{who} {path}"] = len(seen)
        if path == "/inbox/todo":
            with counting(app) as seen:
                assert users["reviewer"].get(path).status_code == 200
            out[f"reviewer {path}"] = len(seen)
    return out


@pytest.fixture(scope="module")
def small_and_large(tmp_path_factory):
    return (_app(tmp_path_factory.mktemp("s20"), 20), _app(tmp_path_factory.mktemp("s200"), 200))


def test_queries_per_page_do_not_grow_with_the_items(small_and_large):
    small, large = (_queries_per_page(a) for a in small_and_large)
    assert small == large
    assert all(n <= 30 for n in large.values()), large


def test_inbox_pages_and_counts_in_sql(small_and_large):
    _, app = small_and_large
    ed = as_user(app, "editor")
    html = ed.get("/inbox/?per=20").get_data(as_text=True)
    assert "共 200 条，第 1 / 10 页" in html and html.count('class="pick"') == 20
    last = ed.get("/inbox/?per=20&page=10").get_data(as_text=True)
    assert "第 10 / 10 页" in last and 'id="page-next"' not in last and 'id="page-prev"' in last
    # A page beyond the end shows the last page, not an error.
    assert "第 10 / 10 页" in ed.get("/inbox/?per=20&page=999").get_data(as_text=True)


def _scores(html: str) -> list[int]:
    return [int(x) for x in re.findall(r"<td><b>(\d+)</b>", html)]


def _ids(html: str) -> list[int]:
    return [int(x) for x in re.findall(r'name="ids" value="(\d+)"', html)]


def test_inbox_sorting_and_filters(small_and_large):
    _, app = small_and_large
    ed = as_user(app, "editor")
    by_score = _scores(ed.get("/inbox/?per=200").get_data(as_text=True))
    assert by_score == sorted(by_score, reverse=True) and len(by_score) == 200
    asc = _scores(ed.get("/inbox/?sort=score&dir=asc&per=200").get_data(as_text=True))
    assert asc == sorted(asc)
    by_id = _ids(ed.get("/inbox/?sort=id&dir=asc&per=50").get_data(as_text=True))
    assert by_id == list(range(1, 51))
    adopted = ed.get("/inbox/?status=adopted&per=200").get_data(as_text=True)
    assert adopted.count("已采用</span>") == adopted.count('class="pick"') > 0
    unit = ed.get("/inbox/?unit=kc1&per=200").get_data(as_text=True)
    assert set(re.findall(r"<td>(柯城区第\d\S+)</td>", unit)) == {"柯城区第1街道"}
    one = ed.get("/inbox/?q=（17）").get_data(as_text=True)
    assert _ids(one) == [17]


def test_todo_lists_only_items_waiting_for_the_user(small_and_large):
    _, app = small_and_large
    rv = as_user(app, "reviewer")
    html = rv.get("/inbox/todo?per=200").get_data(as_text=True)
    statuses = re.findall(r'<span class="status">([^<]+)</span>', html)
    assert statuses and set(statuses) <= {"已报送待审核", "已接收"}
    holders = set(re.findall(r"</span></td>\s*<td>([^<]+)</td>", html))
    assert holders == {"柯城区"}
    ed = as_user(app, "editor")
    top = ed.get("/inbox/todo?per=200").get_data(as_text=True)
    assert set(re.findall(r'<span class="status">([^<]+)</span>', top)) == {"已转报"}


def test_writer_list_is_paged_with_history(small_and_large):
    _, app = small_and_large
    w = as_user(app, "writer")
    html = w.get("/items/mine?per=200").get_data(as_text=True)
    rows = re.findall(r"<tr>\s*<td>(\d+)</td>", html)
    assert rows and all(int(i) % 24 == 1 for i in rows)  # kc1 is the first of 24 towns
    # Each returned row shows its reason, each adopted row its outlet (one query for the whole page).
    returned = html.count('<span class="status">已退回修改</span>')
    adopted = html.count('<span class="status">已采用</span>')
    assert returned + adopted > 0
    assert html.count("请补充具体数据和做法") == returned
    assert len(re.findall(r"<td>《[^<]+》[^<]*（(?:市|省|县区)）</td>", html)) == adopted
