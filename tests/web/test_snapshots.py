"""Report results kept in the database (web/snapshots.py): the first 通报 after a server start is
read, not recomputed — and only while nothing it depends on has changed. Every event recorded
since (an adoption, a void, a withdrawn adoption, a manual adjustment, a scoring change), even
by another program while the server was down, shows in the next 通报."""
from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from xinxi_qc.web import create_app, snapcodec
from xinxi_qc.web.state import get_state
from xinxi_qc.workflow import Period, Service

from .conftest import as_user, submit_item
from .samples import GOOD_BODY, GOOD_TITLE


def _period() -> str:
    """The month the test's events fall in, read when it is used: a constant taken when the module is
    collected names last month for a run that crosses midnight at a month's end."""
    return date.today().strftime("%Y-%m")


def _restart(app):
    """A new app on the same database file, as after the server is restarted."""
    return create_app(dict(app.config))


def _csv(app) -> str:
    return as_user(app, "editor").get(f"/reports/export?period={_period()}&format=csv").data.decode("utf-8-sig")


def _row(app, unit="hh", text=None) -> dict:
    rows = list(csv.reader(io.StringIO(text or _csv(app))))
    header = next(r for r in rows if r and r[0] == "单位代码")
    return dict(zip(header, next(r for r in rows if r and r[0] == unit)))


def _no_computing(monkeypatch):
    """From now on, computing a 通报 fails the test: pages must come from the stored results."""
    def fail(*_a, **_k):
        raise AssertionError("通报被重新计算")

    monkeypatch.setattr(Service, "period_report", fail)


def test_codec_round_trip_of_a_report_and_charts(app, world, state):
    svc, _ = world
    rep = svc.period_report(_period())
    assert snapcodec.loads(snapcodec.dumps(rep)) == rep
    from xinxi_qc.web.views.reports import quality_charts

    charts = quality_charts(svc, Period.parse(_period()), None)
    back = snapcodec.loads(snapcodec.dumps(charts))
    assert back == charts and all(type(c) is type(charts[0]) for c in back)  # Markup stays Markup
    points = ({3: 1.5, 7: 2.0}, 3.5)
    assert snapcodec.loads(snapcodec.dumps(points)) == points


def test_codec_never_builds_other_classes():
    with pytest.raises(snapcodec.SnapshotFormatError):
        snapcodec.loads('{"c":"subprocess:Popen","f":{"args":"true"}}')
    with pytest.raises(snapcodec.SnapshotFormatError):
        snapcodec.loads('{"c":"xinxi_qc.workflow.levels:Period","f":{"kind":"month"}}')  # fields missing
    with pytest.raises(TypeError):
        snapcodec.dumps(object())


def test_first_report_after_a_restart_is_read_not_computed(app, world, monkeypatch):
    svc, _ = world
    iid = submit_item(as_user(app, "writer1"), GOOD_TITLE, GOOD_BODY)
    svc.adopt(iid, outlet="《衢州政务》信息版", level="city", actor="市信息科")
    page = as_user(app, "editor").get(f"/reports/?period={_period()}").get_data(as_text=True)
    before = _row(app)
    assert before["采用条数"] == "1"

    _no_computing(monkeypatch)
    again = _restart(app)
    assert _row(again) == before
    page_again = as_user(again, "editor").get(f"/reports/?period={_period()}").get_data(as_text=True)
    strip = lambda html: html.split('name="csrf_token"')[0] + html.split("</form>", 1)[-1]  # noqa: E731
    assert strip(page_again) == strip(page)


def test_every_change_recorded_while_the_server_was_down_shows_after_the_restart(app, world):
    svc, _ = world
    iid = submit_item(as_user(app, "writer1"), GOOD_TITLE, GOOD_BODY)
    seen = [_csv(app)]
    url = app.config["DATABASE_URL"]

    def changed_after_restart(change) -> dict:
        with Service(url) as cli:  # another program (the CLI) while the server is down
            change(cli)
        seen.append(_csv(_restart(app)))
        assert seen[-1] != seen[-2]
        return _row(None, text=seen[-1])

    row = changed_after_restart(lambda s: s.adopt(iid, outlet="《衢州政务》信息版", level="city", actor="市信息科"))
    assert row["采用条数"] == "1" and float(row["积分"]) > 0
    adoption = next(e for e in svc.get_item(iid).events if e.kind == "adopt")
    row = changed_after_restart(lambda s: s.void_event(adoption.id, "录错了", actor="市信息科"))
    assert row["采用条数"] == "0" and float(row["积分"]) == 0
    changed_after_restart(lambda s: s.adopt(iid, outlet="《衢州政务》信息版", level="city", actor="市信息科"))
    row = changed_after_restart(lambda s: s.withdraw_adoption(iid, "撤回采用", actor="柯城区", unit="kc"))
    assert row["采用条数"] == "0"
    row = changed_after_restart(lambda s: s.adjust("hh", actor="市信息科", reason="迟报扣分", points=-3))
    assert float(row["积分"]) == -3
    page = lambda a: as_user(a, "editor").get(f"/reports/?period={_period()}").get_data(as_text=True)  # noqa: E731
    assert "衢州市政务信息工作考核办法" in page(_restart(app))
    with Service(url) as cli:
        cli.set_scoring("lianyungang")
    assert "连云港市政务信息工作考核办法" in page(_restart(app))


def test_a_change_made_through_the_server_is_stored_for_the_next_start(app, world, monkeypatch):
    svc, _ = world
    ed = as_user(app, "editor")
    iid = submit_item(as_user(app, "writer1"), GOOD_TITLE, GOOD_BODY)
    assert _row(app)["采用条数"] == "0"
    from .conftest import post_form

    post_form(ed, f"/items/{iid}/act/adopt", {"outlet": "《衢州政务》信息版", "level": "city",
                                              "revision": svc.get_item(iid).item.revision}, page="/inbox/")
    after = _row(app)
    assert after["采用条数"] == "1"
    _no_computing(monkeypatch)
    assert _row(_restart(app)) == after


def test_a_stored_row_of_other_data_is_never_shown(app, world):
    """A restart after a change: the stored 通报 is of other data — recomputed, not shown as stale."""
    svc, _ = world
    iid = submit_item(as_user(app, "writer1"), GOOD_TITLE, GOOD_BODY)
    as_user(app, "editor").get(f"/reports/?period={_period()}")
    svc.adopt(iid, outlet="《衢州政务》信息版", level="city", actor="市信息科")
    again = _restart(app)
    page = as_user(again, "editor").get(f"/reports/?period={_period()}").get_data(as_text=True)
    assert 'id="refreshing"' not in page
    with again.app_context():
        assert get_state().reports.stale == 0
    assert _row(again)["采用条数"] == "1"


def test_a_damaged_or_foreign_row_is_computed_again(app, world):
    from sqlalchemy import text

    submit_item(as_user(app, "writer1"), GOOD_TITLE, GOOD_BODY)
    before = _csv(app)
    with app.app_context():
        with get_state().engine.begin() as conn:
            n = conn.execute(text("""UPDATE web_report_snapshots SET value = '{"c":"subprocess:Popen","f":{"args":"true"}}'""")).rowcount
    assert n >= 1
    assert _csv(_restart(app)) == before
