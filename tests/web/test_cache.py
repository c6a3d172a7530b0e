"""The report cache (web/cache.py): a 通报 or a unit's points are reused only while the data stamp
is unchanged; every workflow change, unit, target, solicitation or scoring change shows at once."""
from __future__ import annotations

import re
from datetime import date, timedelta

from xinxi_qc.web.cache import Memo, data_stamp

from .conftest import as_user, post_form, submit_item
from .samples import GOOD_BODY, GOOD_TITLE


def test_stamp_changes_with_every_kind_of_change(app, world, state):
    svc, _ = world
    engine = state.engine
    stamps = [data_stamp(engine)]

    def changed():
        stamps.append(data_stamp(engine))
        return stamps[-1] != stamps[-2]

    svc.add_writer("hh", "张三")
    iid = svc.create_item("hh", GOOD_TITLE, GOOD_BODY, actor="张三", writer="张三").id
    assert changed()
    svc.receive(iid, actor="编辑", expected_revision=svc.get_item(iid).item.revision)
    assert changed()
    svc.add_unit("xx", "新设街道", "town", parent="kc", unit_class="B")
    assert changed()
    svc.set_target(year=date.today().year, period_kind="year", unit_class="B", count=12)
    assert changed()
    svc.set_target(year=date.today().year, period_kind="year", unit_class="B", count=13)
    assert changed()
    svc.add_solicitation("约稿", date.today() + timedelta(days=5), ["hh"], actor="编辑")
    assert changed()
    svc.set_scoring("lianyungang")
    assert changed()
    svc.update_unit("kc", name="衢江区")  # renamed in place, same length
    assert changed()
    svc.update_unit("kc", unit_class="B")
    assert changed()
    assert data_stamp(engine) == stamps[-1]  # nothing changed: same stamp


def test_memo_reuses_until_the_data_changes(state, world):
    svc, _ = world
    memo, calls = Memo(), []

    def compute():
        calls.append(1)
        return len(calls)

    assert memo.get(state.engine, "k", compute) == 1
    assert memo.get(state.engine, "k", compute) == 1 and memo.hits == 1
    svc.add_unit("yy", "另一街道", "town", parent="kc")
    assert memo.get(state.engine, "k", compute) == 2
    assert Memo(ttl=-1).get(state.engine, "k", compute) == 3  # expired at once: computed again


def test_report_page_follows_an_adoption_at_once(app, world):
    svc, _ = world
    w1, ed = as_user(app, "writer1"), as_user(app, "editor")
    period = date.today().strftime("%Y-%m")
    iid = submit_item(w1, GOOD_TITLE, GOOD_BODY)
    before = ed.get(f"/reports/export?period={period}&format=csv").data.decode("utf-8-sig")
    assert ed.get(f"/reports/export?period={period}&format=csv").data.decode("utf-8-sig") == before
    post_form(ed, f"/items/{iid}/act/adopt", {"outlet": "《衢州政务》信息版", "level": "city",
                                              "revision": svc.get_item(iid).item.revision}, page="/inbox/")
    after = ed.get(f"/reports/export?period={period}&format=csv").data.decode("utf-8-sig")
    assert after != before
    row = next(line for line in after.splitlines() if line.startswith("hh,"))
    assert row.split(",")[4] == "1"  # 采用条数
    mine = w1.get("/items/mine").get_data(as_text=True)
    assert "已采用</span>" in mine and re.search(r"<td>《[^<]+》[^<]*（市）</td>", mine)


def test_stale_result_is_shown_while_the_new_one_is_computed(state, world):
    svc, _ = world
    memo, calls = Memo(max_stale=600), []

    def compute():
        calls.append(1)
        return len(calls)

    first = memo.get_or_stale(state.engine, "k", compute)
    assert (first.value, first.fresh) == (1, True)
    svc.add_unit("zz", "又一街道", "town", parent="kc")
    stale = memo.get_or_stale(state.engine, "k", compute)
    assert stale.value == 1 and not stale.fresh and stale.computed_at == first.computed_at
    memo.wait_idle()
    again = memo.get_or_stale(state.engine, "k", compute)
    assert (again.value, again.fresh) == (2, True)
    # get() never answers with a stale result
    svc.add_unit("zy", "再一街道", "town", parent="kc")
    assert memo.get(state.engine, "k", compute) == 3


def test_report_page_says_when_it_is_being_recomputed(app, world):
    svc, _ = world
    w1, ed = as_user(app, "writer1"), as_user(app, "editor")
    period = date.today().strftime("%Y-%m")
    iid = submit_item(w1, GOOD_TITLE, GOOD_BODY)
    page = ed.get(f"/reports/?period={period}").get_data(as_text=True)
    assert 'id="computed-at"' in page and 'id="refreshing"' not in page
    post_form(ed, f"/items/{iid}/act/adopt", {"outlet": "《衢州政务》信息版", "level": "city",
                                              "revision": svc.get_item(iid).item.revision}, page="/inbox/")
    stale = ed.get(f"/reports/?period={period}").get_data(as_text=True)
    assert 'id="refreshing"' in stale
    with app.app_context():
        from xinxi_qc.web.state import get_state

        get_state().reports.wait_idle()
    fresh = ed.get(f"/reports/?period={period}").get_data(as_text=True)
    assert 'id="refreshing"' not in fresh and fresh != stale


def test_stale_pages_can_be_turned_off(tmp_path):
    from xinxi_qc.web import create_app
    from xinxi_qc.web.state import get_state

    app = create_app({"DATABASE_URL": str(tmp_path / "x.sqlite"), "SECRET_KEY": "t", "REPORT_STALE_SECONDS": 0})
    with app.app_context():
        memo = get_state().reports
        svc = get_state().service
        assert memo.max_stale == 0
        memo.get_or_stale(get_state().engine, "k", lambda: 1)
        svc.add_unit("a1", "甲", "city")
        assert memo.get_or_stale(get_state().engine, "k", lambda: 2).value == 2
