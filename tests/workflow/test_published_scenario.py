"""Issue 14 scenario: a 连云港-style city with 3 counties and 2 departments, 15 items by 7 writers
over April–May 2026 (returns, resubmissions, forwards county→city→province→国办, adoptions in 8
journals, a joint item, instructions at 市/省/国务院 with one repeated, a 约稿 answered on time,
late and not at all, a voided adoption, a back-dated adoption, an adoption withdrawn by the
adopting office, a withdrawn item, a manual deduction), scored with the shipped 连云港 and 钟楼区
examples.

Every expected number is computed BY HAND from the published clauses (shared/domain.md §3.1); the
arithmetic is written next to it.

连云港 三、评分标准: 《昨日情况》 3 (简讯 1), 市领导批示 +5; 《政务建议》 20, 批示 +10; 市《专报信息》 3;
选用报省 2; 省《信息简报》/《江苏信息摘编》 10; 省《专报信息》 20 (调研 30); 《互联网信息摘编》 5; 省领导批示
+50; 选报国办 10; 国办刊物 50; 国务院领导批示 100; 多刊采用累加. (Joint items: split evenly — the
clause says nothing; the example config documents this choice.)

钟楼区 细则: base 6 per quarter, 扣完为止, additions uncapped; 区 10/20, 市 15/30, 省级及以上 30/50
(news/research); 批示 区 10, 市 20, 省级及以上 40 (one tier, once); 约稿按时 +2; 不及时 −1; 每季度
每少1篇 −1; 季度录用率 < 30% −1; 季度综合得分 < 6 不达标.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.workflow.conftest import GOOD_BODY
from xinxi_qc.workflow import ValidationError

AS_OF = date(2026, 7, 10)


def _item(svc, unit, writer, day, **kw):
    return svc.create_item(unit, f"{unit}{writer}{day:%m%d}信息", GOOD_BODY, writer=writer, actor=writer,
                           at=day, **kw)


@pytest.fixture
def scenario(svc):
    svc.set_scoring("lianyungang")
    svc.add_unit("lyg", "连云港市政府办公室", "city")
    svc.add_unit("js", "江苏省政府办公厅", "province")
    svc.add_unit("gb", "国务院办公厅", "national")
    for code, name in (("gy", "灌云县"), ("dh", "东海县"), ("gn", "灌南县")):
        svc.add_unit(code, name, "county", parent="lyg", unit_class="县")
    for code, name in (("fgw", "市发改委"), ("jyj", "市教育局")):
        svc.add_unit(code, name, "county", parent="lyg", unit_class="部门")
    for unit, name in (("gy", "张伟"), ("gy", "李娜"), ("dh", "王强"), ("gn", "赵敏"), ("gn", "孙丽"),
                       ("fgw", "陈磊"), ("jyj", "刘洋")):
        svc.add_writer(unit, name)
    # quarterly count targets (used by 钟楼区 每季度报送数量不达标)
    svc.set_target(unit_class="县", year=2026, period_kind="quarter", count=3)
    svc.set_target(unit_class="部门", year=2026, period_kind="quarter", count=4)
    # 约稿 to 灌南 (answers on time), 东海 (late) and 灌云 (never answers)
    sol = svc.add_solicitation("二季度项目建设", date(2026, 4, 15), ["gn", "dh", "gy"], actor="市信息科",
                               issued_by="lyg")
    C, P, N = "市信息科", "省办信息处", "国办"
    d = lambda m, day: date(2026, m, day)  # noqa: E731
    ids = {}

    # 1 灌云 张伟: 昨日情况 → 市批示 (repeated) → 选用报省 → 省《信息简报》 → 省领导批示
    i = ids[1] = _item(svc, "gy", "张伟", d(4, 1)).id
    svc.adopt(i, outlet="《昨日情况》", actor=C, at=d(4, 3))
    svc.instruct(i, level="市", actor=C, at=d(4, 5))
    svc.instruct(i, level="市", actor=C, at=d(4, 6))
    svc.forward(i, to="js", actor=C, at=d(4, 7))
    svc.adopt(i, outlet="省《信息简报》", actor=P, at=d(4, 10))
    svc.instruct(i, level="省", actor=P, at=d(4, 12))
    # 2 灌云 李娜: returned, resubmitted (version 2), 《昨日情况》 简讯
    i = ids[2] = _item(svc, "gy", "李娜", d(4, 2)).id
    back = svc.return_item(i, "请补充具体数据", actor=C, at=d(4, 3))
    v2 = svc.edit_item(i, "灌云县一季度外贸进出口增长12%", GOOD_BODY, actor="李娜", expected_revision=back.revision,
                       at=d(4, 6))
    svc.submit(i, actor="李娜", expected_revision=v2.revision, at=d(4, 6))
    svc.adopt(i, outlet="《昨日情况》", kind="简讯", actor=C, at=d(4, 8))
    # 3 东海 王强: 《政务建议》 调研 + 批示 → 选用报省 → 省《专报信息》 调研 → 选报国办 → 国办刊物 → 国务院领导批示
    i = ids[3] = _item(svc, "dh", "王强", d(4, 2)).id
    svc.receive(i, actor=C, at=d(4, 3))
    svc.adopt(i, outlet="《政务建议》", kind="调研", actor=C, at=d(4, 9))
    svc.instruct(i, level="市", outlet="《政务建议》", actor=C, at=d(4, 10))
    svc.forward(i, to="js", actor=C, at=d(4, 11))
    svc.adopt(i, outlet="省《专报信息》", kind="调研", actor=P, at=d(4, 20))
    svc.forward(i, to="gb", actor=P, at=d(4, 22))
    svc.adopt(i, outlet="国办刊物", kind="调研", actor=N, at=d(5, 6))
    svc.instruct(i, level="国家", actor=N, at=d(5, 8))
    # 4 市发改委 陈磊 with 市教育局 (joint): 市《专报信息》 3 + 《昨日情况》 3
    i = ids[4] = _item(svc, "fgw", "陈磊", d(4, 8), joint_units=["jyj"]).id
    svc.adopt(i, outlet="市《专报信息》", actor=C, at=d(4, 9))
    svc.adopt(i, outlet="《昨日情况》", actor=C, at=d(4, 9))
    # 5 灌南 赵敏: 约稿 answered on time; 《昨日情况》
    i = ids[5] = _item(svc, "gn", "赵敏", d(4, 10), solicitation=sol.id).id
    svc.adopt(i, outlet="《昨日情况》", actor=C, at=d(4, 14))
    # 6 东海 王强: 约稿 answered late (deadline 4-15), not adopted
    i = ids[6] = _item(svc, "dh", "王强", d(4, 17), solicitation=sol.id).id
    svc.reject(i, actor=C, reason="与已报信息重复", at=d(4, 20))
    # 7 市发改委 陈磊: adoption recorded in the wrong journal, voided, recorded right
    i = ids[7] = _item(svc, "fgw", "陈磊", d(4, 20)).id
    svc.adopt(i, outlet="《政务建议》", actor=C, at=d(4, 22))
    wrong = svc.get_item(i).events[-1].id
    svc.void_event(wrong, "误登记为《政务建议》，实为《昨日情况》", actor="市信息科科长")
    svc.adopt(i, outlet="《昨日情况》", actor=C, at=d(4, 22))
    # 8 市教育局 刘洋: 市《专报信息》 in May; its April 《昨日情况》 adoption recorded afterwards (back-dated)
    i = ids[8] = _item(svc, "jyj", "刘洋", d(4, 25)).id
    svc.adopt(i, outlet="市《专报信息》", actor=C, at=d(5, 7))
    svc.adopt(i, outlet="《昨日情况》", actor=C, at=d(4, 28))
    # 9 灌云 张伟: returned, resubmitted; 《昨日情况》 → 选用报省 → 《江苏信息摘编》 + 省《信息简报》
    i = ids[9] = _item(svc, "gy", "张伟", d(5, 6)).id
    back = svc.return_item(i, "标题过长", actor=C, at=d(5, 7))
    v2 = svc.edit_item(i, "灌云县5月新签约项目12个", GOOD_BODY, actor="张伟", expected_revision=back.revision,
                       at=d(5, 9))
    svc.submit(i, actor="张伟", expected_revision=v2.revision, at=d(5, 9))
    svc.adopt(i, outlet="《昨日情况》", actor=C, at=d(5, 11))
    svc.forward(i, to="js", actor=C, at=d(5, 12))
    svc.adopt(i, outlet="《江苏信息摘编》", actor=P, at=d(5, 15))
    svc.adopt(i, outlet="省《信息简报》", actor=P, at=d(5, 15))
    # 10 灌云 李娜: not adopted
    i = ids[10] = _item(svc, "gy", "李娜", d(5, 8)).id
    svc.reject(i, actor=C, at=d(5, 12))
    # 11 东海 王强: 《昨日情况》 简讯 (a second recording of the same adoption is refused)
    i = ids[11] = _item(svc, "dh", "王强", d(5, 10)).id
    svc.adopt(i, outlet="《昨日情况》", kind="简讯", actor=C, at=d(5, 12))
    with pytest.raises(ValidationError, match="不能重复登记"):
        svc.adopt(i, outlet="昨日情况", kind="简讯", actor=C, at=d(5, 13))
    # 12 灌南 赵敏: 市《专报信息》; 市领导批示 (no 连云港 bonus for this journal)
    i = ids[12] = _item(svc, "gn", "赵敏", d(5, 13)).id
    svc.adopt(i, outlet="市《专报信息》", actor=C, at=d(5, 14))
    svc.instruct(i, level="市", actor=C, at=d(5, 15))
    # 13 灌南 孙丽: withdrawn by the unit
    i = ids[13] = _item(svc, "gn", "孙丽", d(5, 14)).id
    svc.withdraw(i, "与#12重复", actor="孙丽", at=d(5, 15))
    # 14 市发改委 陈磊: 《政务建议》 adoption withdrawn by the adopting office, then returned
    i = ids[14] = _item(svc, "fgw", "陈磊", d(5, 18)).id
    svc.adopt(i, outlet="《政务建议》", actor=C, at=d(5, 20))
    svc.withdraw_adoption(i, "数据待核实，撤稿", actor=C, unit="lyg", at=d(5, 22))
    svc.return_item(i, "核实数据后再报", actor=C, at=d(5, 23))
    # 15 市教育局 刘洋: 《昨日情况》
    i = ids[15] = _item(svc, "jyj", "刘洋", d(5, 25)).id
    svc.adopt(i, outlet="《昨日情况》", actor=C, at=d(5, 27))
    # manual deduction on 灌南 (被通报, no clause in 连云港's table: recorded with its points)
    svc.adjust("gn", points=-2, reason="严重错误被上级通报", actor="市信息科科长", at=d(5, 28))
    return svc, ids


def _totals(svc, period, scoring=None):
    return {u: svc.points(u, period, scoring=scoring, as_of=AS_OF).total for u in ("gy", "dh", "gn", "fgw", "jyj")}


def test_lianyungang_unit_month_and_quarter_totals(scenario):
    svc, ids = scenario
    assert _totals(svc, "2026-04") == {
        # #1: 昨日情况 3 + 市批示 5 + repeat 0 + 选用报省 2 + 信息简报 10 + 省批示 50 = 70; #2: 简讯 1
        "gy": 70 + 1,
        # #3: 政务建议 20 + 批示 10 + 选用报省 2 + 省专报(调研) 30 + 选报国办 10 = 72; #6: 0
        "dh": 72,
        # #5: 昨日情况 3
        "gn": 3,
        # #4 joint: (专报信息 3 + 昨日情况 3) / 2 = 3; #7: 昨日情况 3 (the voided 政务建议 20 gone)
        "fgw": 3 + 3,
        # #4 joint 3; #8: 昨日情况 3 back-dated into April
        "jyj": 3 + 3,
    }
    assert _totals(svc, "2026-05") == {
        # #9: 昨日情况 3 + 选用报省 2 + 江苏信息摘编 10 + 信息简报 10 = 25
        "gy": 25,
        # #3: 国办刊物 50 + 国务院领导批示 100; #11: 简讯 1
        "dh": 150 + 1,
        # #12: 专报信息 3 + 市批示 0 (no bonus for 市《专报信息》); manual −2
        "gn": 3 - 2,
        # #14: 政务建议 20 withdrawn by the adopting office → 0
        "fgw": 0,
        # #8: 专报信息 3; #15: 昨日情况 3
        "jyj": 3 + 3,
    }
    assert _totals(svc, "2026-Q2") == {"gy": 71 + 25, "dh": 72 + 151, "gn": 3 + 1, "fgw": 6 + 0, "jyj": 6 + 6}
    # 通报 April: 8 items first submitted in April (#1 #2 #3 #4 #5 #6 #7 #8), 7 adopted in April
    # (#1 #2 #3 #4 #5 #7 #8) — the joint #4 once, although both 市发改委 and 市教育局 list it
    rep = svc.period_report("2026-04", as_of=AS_OF)
    assert rep.totals["submitted"] == 8 and rep.totals["adopted_items"] == 7
    assert sum(r.adopted_items for r in rep.rows) == 8
    sol = {r.unit.code: r.solicitations for r in rep.rows}
    assert (sol["gn"]["on_time"], sol["dh"]["late"], sol["gy"]["missing"]) == (1, 1, 1)


def test_lianyungang_writer_totals(scenario):
    svc, _ = scenario
    april = {r.name: r.points for r in svc.writer_report("2026-04", as_of=AS_OF)}
    # 张伟 #1 70; 李娜 #2 1; 王强 #3 72; 赵敏 #5 3; 陈磊 #4 full 6 + #7 3; 刘洋 #8 3 (back-dated)
    assert april == {"张伟": 70, "李娜": 1, "王强": 72, "赵敏": 3, "孙丽": 0, "陈磊": 6 + 3, "刘洋": 3}
    may = {r.name: r.points for r in svc.writer_report("2026-05", as_of=AS_OF)}
    # 张伟 #9 25; 王强 #3 150 + #11 1; 赵敏 #12 3 (the unit's −2 is not an item's); 刘洋 #8 3 + #15 3
    assert may == {"张伟": 25, "李娜": 0, "王强": 151, "赵敏": 3, "孙丽": 0, "陈磊": 0, "刘洋": 6}
    year = {r.name: (r.points, r.adopted) for r in svc.writer_ranking(2026, as_of=AS_OF)}
    assert year == {"张伟": (95, 2), "王强": (223, 2), "陈磊": (9, 2), "刘洋": (9, 2), "赵敏": (6, 2),
                    "李娜": (1, 1), "孙丽": (0, 0)}


def test_zhonglou_quarter_totals_on_the_same_events(scenario):
    svc, _ = scenario
    q2 = {u: svc.points(u, "2026-Q2", scoring="zhonglou", as_of=AS_OF) for u in ("gy", "dh", "gn", "fgw", "jyj")}
    totals = {u: r.total for u, r in q2.items()}
    assert totals == {
        # base 6; #1: 市 15 + 市批示 20 + repeat 0 + 省 30 + 省批示 40 = 105; #2: 市 15;
        # #9: 市 15 + 省 30 + 省 30 = 75; #10 none. 4 items ≥ 3; rate 3/4 ≥ 30%;
        # the unanswered 约稿 earns nothing (the 细则 rewards 按要求完成 and names no penalty for it)
        "gy": 6 + 105 + 15 + 75,
        # base 6; #3: 市 调研 30 + 市批示 20 + 省 调研 50 + 国家 调研 50 + 国务院批示 40 = 190;
        # #11: 市 15; #6 约稿迟报 −1. 3 items ≥ 3; rate 2/3
        "dh": 6 + 190 + 15 - 1,
        # base 6; #5: 市 15 + 约稿按时 2; #12: 市 15 + 市批示 20; manual −2; 2 items (#13 withdrawn)
        # < 3 → −1; rate 2/2
        "gn": 6 + 15 + 2 + 15 + 20 - 2 - 1,
        # base 6; #4: (15 + 15) / 2 = 15; #7: 15 (voided adoption gone); #14: 0 (withdrawn adoption);
        # 3 items < 4 → −1; rate 2/3
        "fgw": 6 + 15 + 15 - 1,
        # base 6; #4 share 15; #8: 市 15 + 市 15; #15: 15; 2 items < 4 → −2; rate 2/2
        "jyj": 6 + 15 + 30 + 15 - 2,
    }
    assert all(r.passed for r in q2.values())
    # the 不达标 verdict: Q3 (nothing submitted) is 6 − 3 = 3 for a county (< 6)
    q3 = svc.points("gy", "2026-Q3", scoring="zhonglou", as_of=date(2026, 10, 10))
    assert q3.total == 6 - 3 and q3.passed is False


def test_the_log_keeps_the_corrections(scenario):
    svc, ids = scenario
    ev7 = svc.get_item(ids[7]).events
    voided = [e for e in ev7 if e.voided_at]
    assert len(voided) == 1 and voided[0].outlet == "《政务建议》" and voided[0].voided_by == "市信息科科长"
    assert any(e.kind == "void" and e.ref_event_id == voided[0].id for e in ev7)
    back = next(e for e in svc.get_item(ids[8]).events if e.outlet == "《昨日情况》")
    assert back.at.date() == date(2026, 4, 28) and back.back_dated
    ev14 = svc.get_item(ids[14]).events
    assert [e.kind for e in ev14][-3:] == ["adopt", "unadopt", "return"]
    assert ev14[-3].voided_at is not None and ev14[-2].ref_event_id == ev14[-3].id
    # points explain cites every event that earned a point
    res = svc.points("dh", "2026-04", as_of=AS_OF)
    logged = {e.id for e in svc.get_item(ids[3]).events}
    assert all(line.event_ids and set(line.event_ids) <= logged for line in res.lines if line.item_id == ids[3])
