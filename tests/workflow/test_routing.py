"""Routing through the county office (issue 14, item 5): per-unit route (parent, its own office, a
named unit above), the reviewer's edit as a new version recorded as such, and 待我办理 queues that
include items returned to the unit."""
from __future__ import annotations

from datetime import date

import pytest

from tests.workflow.conftest import GOOD_BODY, make_item
from xinxi_qc.workflow import TransitionError, ValidationError


@pytest.fixture
def org(svc):
    svc.add_unit("lyg", "连云港市", "city")
    svc.add_unit("gy", "灌云县", "county", parent="lyg")
    svc.add_unit("yd", "伊山镇", "town", parent="gy")
    svc.add_unit("dh", "东海县", "county", parent="lyg")
    svc.add_writer("gy", "张伟")
    return svc


def test_county_reviews_edits_and_forwards_its_own_writers_items(org):
    svc = org
    # default: a county writer's item goes straight to the city
    assert make_item(svc, unit="gy", writer="张伟", at=date(2026, 4, 1)).holder == "lyg"
    svc.set_route("gy", "self")
    assert svc.get_unit("gy").route == "self"
    a = make_item(svc, unit="gy", writer="张伟", at=date(2026, 4, 2))
    assert (a.status, a.holder) == ("submitted", "gy")
    assert [q.id for q in svc.queue("gy")] == [a.id] and a.id not in [q.id for q in svc.queue("lyg")]
    r = svc.receive(a.id, actor="县审核员", at=date(2026, 4, 3))
    back = svc.return_item(a.id, "请补充同比数据", actor="县审核员", expected_revision=r.revision, at=date(2026, 4, 3))
    assert (back.status, back.holder) == ("returned", "gy")
    assert [q.status for q in svc.queue("gy")] == ["returned"]        # 退回本单位修改: in its queue
    again = svc.submit(a.id, actor="张伟", at=date(2026, 4, 4))
    assert again.holder == "gy"
    with pytest.raises(ValidationError, match="只有持有单位"):
        svc.revise_item(a.id, "改后标题", GOOD_BODY, actor="市编辑", unit="lyg", expected_revision=again.revision)
    edited = svc.revise_item(a.id, "灌云县一季度外贸增长12%", GOOD_BODY, actor="县审核员", unit="gy",
                             expected_revision=again.revision, at=date(2026, 4, 5))
    assert (edited.version, edited.status, edited.title) == (2, "submitted", "灌云县一季度外贸增长12%")
    d = svc.get_item(a.id)
    assert d.versions[-1].created_by == "县审核员" and d.events[-1].kind == "revise" \
        and d.events[-1].version_number == 2 and d.events[-1].unit == "gy"
    up = svc.forward(a.id, actor="县审核员", at=date(2026, 4, 6))   # default: the county's parent
    assert (up.status, up.holder) == ("forwarded", "lyg")
    assert a.id in [q.id for q in svc.queue("lyg")]


def test_route_to_a_unit_above_and_refusals(org):
    svc = org
    assert make_item(svc, unit="yd", at=date(2026, 4, 1)).holder == "gy"     # town → its county
    svc.set_route("yd", "lyg")                                              # 直送市
    assert make_item(svc, unit="yd", at=date(2026, 4, 2)).holder == "lyg"
    with pytest.raises(ValidationError, match="不是 伊山镇 的上级单位"):
        svc.set_route("yd", "dh")
    svc.set_route("yd", "parent")
    assert svc.get_unit("yd").route is None
    b = make_item(svc, unit="yd", at=date(2026, 4, 3))
    back = svc.return_item(b.id, "重写", actor="县审核员", at=date(2026, 4, 4))
    with pytest.raises(TransitionError, match="不能审核修改"):
        svc.revise_item(b.id, "标题", GOOD_BODY, actor="镇", unit="yd", expected_revision=back.revision)
    assert [q.id for q in svc.queue("yd")] == [b.id]


def test_cli_route_queue_and_reviewer_edit(tmp_path, monkeypatch, real_checker):
    from click.testing import CliRunner

    from xinxi_qc.cli import main

    monkeypatch.chdir(tmp_path)
    env = {"XINXI_QC_DB": str(tmp_path / "c.sqlite"), "XINXI_QC_USER": "县审核员", "XINXI_QC_SCORING": None}
    run = lambda *a: CliRunner().invoke(main, list(a), env=env)  # noqa: E731
    for args in (("unit", "add", "lyg", "连云港市", "--level", "市"),
                 ("unit", "add", "gy", "灌云县", "--level", "县区", "--parent", "lyg")):
        assert run(*args).exit_code == 0
    r = run("unit", "route", "gy", "--to", "self")
    assert r.exit_code == 0 and "先由本单位审核" in r.output
    bad = run("unit", "route", "gy", "--to", "nope")
    assert bad.exit_code == 2 and "未知单位" in bad.stderr
    (tmp_path / "a.txt").write_text("灌云县外贸增长\n\n" + GOOD_BODY + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("灌云县一季度外贸进出口增长12%\n\n" + GOOD_BODY + "\n", encoding="utf-8")
    assert "当前在 gy" in run("submit", "a.txt", "--unit", "gy", "--date", "2026-04-02").output
    run("return", "1", "--reason", "请补充同比数据", "--date", "2026-04-03")
    q = run("review", "--unit", "gy").output
    assert "待我办理 1 条" in q and "已退回修改" in q and "退回理由：请补充同比数据" in q
    rev = run("review", "1", "--json").output
    import json

    revision = json.loads(rev)["item"]["revision"]
    run("submit", "a.txt", "--unit", "gy", "--item", "1", "--expect-revision", str(revision), "--date", "2026-04-04")
    revision = json.loads(run("review", "1", "--json").output)["item"]["revision"]
    out = run("review", "1", "--edit", "b.txt", "--unit", "gy", "--expect-revision", str(revision),
              "--date", "2026-04-05")
    assert out.exit_code == 0 and "第3版（审核修改）已保存" in out.output
    assert "县审核员 审核修改" in run("review", "1").output
