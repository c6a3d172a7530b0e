"""The three shipped scoring examples against the published clauses (shared/domain.md §3.1),
recorded through the service on a real database. Every expected number is worked out by hand
from the clause text quoted in the docstring, not taken from the tool's output."""
from __future__ import annotations

from datetime import date

import pytest

from tests.workflow.conftest import make_item
from xinxi_qc.workflow import ValidationError


def test_quzhou_upper_level_points_times_two_and_five(svc):
    """衢州 二、计分标准: 《衢州政务》信息版/特刊 2分、专报 3分、增刊 10分、送阅件 2分; 市领导批示每篇加计10分.
    直报省政府办公厅的按省计分; 经市政府办公室转报省政府办公厅采用的，按省政府办公厅计分的2倍; 转报国办的，
    按国办计分的5倍. 合报信息的分数均分，不重复计分."""
    svc.set_scoring("quzhou")
    svc.add_unit("qz", "衢州市", "city")
    svc.add_unit("kc", "柯城区", "county", parent="qz")
    svc.add_unit("qj", "衢江区", "county", parent="qz")
    svc.add_unit("zj", "浙江省政府办公厅", "province")
    svc.add_unit("gb", "国务院办公厅", "national")
    # a: 专报 3; the city forwards it; the province adopts it and scores it 10 → 2 × 10 = 20. Total 23.
    a = make_item(svc, at=date(2026, 10, 2))
    svc.adopt(a.id, outlet="《衢州政务》专报", actor="市信息科", at=date(2026, 10, 5))
    svc.forward(a.id, to="zj", actor="市信息科", at=date(2026, 10, 6))
    svc.adopt(a.id, outlet="省政府办公厅《浙江政务信息》", level="省", upper_points=10, actor="省办",
              at=date(2026, 10, 12))
    svc.instruct(a.id, level="市", actor="市信息科", at=date(2026, 10, 13))   # +10
    svc.instruct(a.id, level="市", actor="市信息科", at=date(2026, 10, 14))   # 每篇加计: once → +0
    # b: 直报省政府办公厅 (never forwarded by the city) scored 10 by the province → 按省计分 10
    b = make_item(svc, at=date(2026, 10, 3))
    svc.adopt(b.id, outlet="省政府办公厅《浙江政务信息》", level="省", upper_points=10, actor="省办",
              at=date(2026, 10, 15))
    # c: 信息版 2; city forwards to 国办, which scores it 6 → 5 × 6 = 30. Total 32.
    c = make_item(svc, at=date(2026, 10, 4))
    svc.adopt(c.id, outlet="信息版", actor="市信息科", at=date(2026, 10, 7))
    svc.forward(c.id, to="gb", actor="市信息科", at=date(2026, 10, 8))
    svc.adopt(c.id, outlet="国办《政务要情》", level="国家", upper_points=6, actor="国办", at=date(2026, 10, 20))
    # d: joint kc + qj, 增刊 10 → 均分 5 each; e: 特刊 2 + 送阅件 2 = 4
    d = make_item(svc, joint_units=["qj"], at=date(2026, 10, 9))
    svc.adopt(d.id, outlet="增刊", actor="市信息科", at=date(2026, 10, 21))
    e = make_item(svc, at=date(2026, 10, 10))
    svc.adopt(e.id, outlet="特刊", actor="市信息科", at=date(2026, 10, 22))
    svc.adopt(e.id, outlet="送阅件", actor="市信息科", at=date(2026, 10, 23))

    kc = svc.points("kc", "2026-10")
    by_item = {}
    for line in kc.lines:
        by_item[line.item_id] = by_item.get(line.item_id, 0) + line.points
    assert by_item[a.id] == 3 + 2 * 10 + 10      # 专报 3 + 省计 10 × 2 + 市领导批示 10 = 33
    assert by_item[b.id] == 10                    # 直报: 按省计分
    assert by_item[c.id] == 2 + 5 * 6             # 信息版 2 + 国办计 6 × 5 = 32
    assert by_item[d.id] == 10 / 2                # 增刊 10 均分
    assert by_item[e.id] == 2 + 2                 # 特刊 2 + 送阅件 2
    assert kc.total == 33 + 10 + 32 + 5 + 4 == 84
    assert svc.points("qj", "2026-10").total == 5
    prov = next(l for l in kc.lines if l.item_id == a.id and l.outlet and "浙江" in l.outlet)
    assert prov.points == 20 and "2 倍" in prov.description and "上级通报的计分" in prov.description
    # every line cites the published clause it applies
    assert "按省政府办公厅计分的2倍" in prov.clause
    assert all(l.clause for l in kc.lines)
    assert next(l for l in kc.lines if l.item_id == e.id).clause == "《衢州政务》信息版/特刊 2分"


def test_quzhou_upper_adoption_needs_the_upper_offices_points(svc):
    svc.set_scoring("quzhou")
    svc.add_unit("qz", "衢州市", "city")
    svc.add_unit("kc", "柯城区", "county", parent="qz")
    a = make_item(svc, at=date(2026, 10, 2))
    with pytest.raises(ValidationError, match="--upper-points"):
        svc.adopt(a.id, outlet="省刊", level="省", actor="省办", at=date(2026, 10, 3))
    with pytest.raises(ValidationError, match="不按上级刊物本身的计分"):
        svc.adopt(a.id, outlet="信息版", upper_points=3, actor="市信息科", at=date(2026, 10, 3))


@pytest.fixture
def lyg(svc):
    svc.set_scoring("lianyungang")
    svc.add_unit("lyg", "连云港市政府办公室", "city")
    svc.add_unit("gy", "灌云县", "county", parent="lyg")
    svc.add_unit("js", "江苏省政府办公厅", "province")
    svc.add_unit("gb", "国务院办公厅", "national")
    return svc


def test_lianyungang_journals_forward_points_and_journal_dependent_instructions(lyg):
    """连云港 三、评分标准: 《昨日情况》1条3分，其中简讯1分，被市领导批示的另加5分; 《政务建议》(调研类) 20分，
    批示另加10分; 《专报信息》动态类 3分. 被《连云港市政务信息》选用报省的每条2分; 省《信息简报》/《江苏信息摘编》
    10分，《专报信息》20分 (调研类 30分)，《互联网信息摘编》5分，省领导批示另加50分. 选报国办 10分，国办刊物 50分，
    国务院领导批示 100分. 同一条信息被两个以上的刊物同时采用的，累加计分."""
    svc = lyg
    # a: 《昨日情况》 3 + 市领导批示 (on 《昨日情况》) 5 + 选用报省 2 + 省《信息简报》 10 + 《江苏信息摘编》 10
    #    + 省领导批示 50 + 选报国办 10 + 国办刊物 50 + 国务院领导批示 100 = 240
    a = make_item(svc, unit="gy", at=date(2026, 3, 1))
    svc.adopt(a.id, outlet="《昨日情况》", actor="市信息科", at=date(2026, 3, 2))
    svc.instruct(a.id, level="市", actor="市信息科", at=date(2026, 3, 3))
    svc.forward(a.id, to="js", actor="市信息科", at=date(2026, 3, 4))
    svc.adopt(a.id, outlet="省《信息简报》", actor="省办", at=date(2026, 3, 6))
    svc.adopt(a.id, outlet="《江苏信息摘编》", actor="省办", at=date(2026, 3, 7))
    svc.instruct(a.id, level="省", actor="省办", at=date(2026, 3, 8))
    svc.forward(a.id, to="gb", actor="省办", at=date(2026, 3, 9))
    svc.adopt(a.id, outlet="国办刊物", actor="国办", at=date(2026, 3, 12))
    svc.instruct(a.id, level="国家", actor="国办", at=date(2026, 3, 13))
    # b: 《昨日情况》 简讯 1
    b = make_item(svc, unit="gy", at=date(2026, 3, 2))
    svc.adopt(b.id, outlet="《昨日情况》", kind="简讯", actor="市信息科", at=date(2026, 3, 5))
    # c: 《政务建议》 20 (调研) + 批示 10 + 市《专报信息》 3 + 省《专报信息》 调研类 30 + 《互联网信息摘编》 5
    #    — forwarded to the province → 选用报省 2. Total 70.
    c = make_item(svc, unit="gy", at=date(2026, 3, 3))
    svc.adopt(c.id, outlet="《政务建议》", kind="调研", actor="市信息科", at=date(2026, 3, 10))
    svc.adopt(c.id, outlet="市《专报信息》", actor="市信息科", at=date(2026, 3, 11))
    svc.instruct(c.id, level="市", outlet="《政务建议》", actor="市信息科", at=date(2026, 3, 12))
    svc.forward(c.id, to="js", actor="市信息科", at=date(2026, 3, 13))
    svc.adopt(c.id, outlet="省《专报信息》", kind="调研", actor="省办", at=date(2026, 3, 20))
    svc.adopt(c.id, outlet="《互联网信息摘编》", actor="省办", at=date(2026, 3, 21))
    # d: 省《专报信息》 动态 20 (not forwarded by the city: no 选用报省 points)
    d = make_item(svc, unit="gy", at=date(2026, 3, 4))
    svc.adopt(d.id, outlet="省《专报信息》", level="省", actor="省办", at=date(2026, 3, 22))

    res = svc.points("gy", "2026-03")
    per = {}
    for line in res.lines:
        per[line.item_id] = per.get(line.item_id, 0) + line.points
    assert per[a.id] == 3 + 5 + 2 + 10 + 10 + 50 + 10 + 50 + 100 == 240
    assert per[b.id] == 1
    assert per[c.id] == 20 + 10 + 3 + 2 + 30 + 5 == 70
    assert per[d.id] == 20
    assert res.total == 240 + 1 + 70 + 20 == 331
    fw = [l for l in res.lines if l.category == "forward"]
    assert sorted(l.points for l in fw) == [2, 2, 10]
    instr = {l.item_id: l for l in res.lines if l.category == "instruction" and l.points in (5, 10)}
    assert "《昨日情况》" in instr[a.id].description and "《政务建议》" in instr[c.id].description
    assert instr[a.id].clause == "《昨日情况》1条3分，其中简讯1分，被市领导批示的另加5分"
    assert instr[c.id].clause == "《政务建议》（调研类）20分，批示另加10分"
    assert {l.clause for l in fw} == {"被《连云港市政务信息》选用报省的每条2分；选报国办 10分"}
    assert all(l.clause for l in res.lines)


def test_lianyungang_instruction_on_two_bonus_journals_must_name_one(lyg):
    svc = lyg
    a = make_item(svc, unit="gy", at=date(2026, 3, 1))
    svc.adopt(a.id, outlet="《昨日情况》", actor="市信息科", at=date(2026, 3, 2))
    svc.adopt(a.id, outlet="《政务建议》", actor="市信息科", at=date(2026, 3, 3))
    with pytest.raises(ValidationError, match="--outlet"):
        svc.instruct(a.id, level="市", actor="市信息科", at=date(2026, 3, 4))
    with pytest.raises(ValidationError, match="没有被"):
        svc.instruct(a.id, level="市", outlet="国办刊物", actor="市信息科", at=date(2026, 3, 4))
    svc.instruct(a.id, level="市", outlet="《政务建议》", actor="市信息科", at=date(2026, 3, 4))
    assert svc.points("gy", "2026-03").total == 3 + 20 + 10


@pytest.fixture
def zl(svc):
    svc.set_scoring("zhonglou")
    svc.add_unit("zl", "钟楼区", "county")
    svc.add_unit("xc", "西林街道", "town", parent="zl")
    svc.set_target(unit="xc", year=2026, period_kind="quarter", count=3)
    return svc


def test_zhonglou_quarterly_base_floor_pass_mark_shortfall_and_adjustments(zl):
    """钟楼区 细则: 信息报送不及时的，扣1分; 每季度报送数量不达标的，每少1篇，扣1分; 按要求完成专题约稿任务的，
    每篇计2分; 严重错误或不规范表述被上级部门通报的，每次扣2分; 每季度稿件录用率低于30%的，扣1分. 录用: 区级
    10/20; 市级 15/30; 省级及以上 30/50. 批示: 区级10, 市级20, 省级及以上40. 基础得分为6分，扣完为止，加分无上限;
    季度综合得分低于6分的，视为不达标. (xc's quarterly target: 3 items.)"""
    svc = zl
    s1 = svc.add_solicitation("一季度营商环境", date(2026, 2, 15), ["xc"], actor="区信息科")
    s2 = svc.add_solicitation("二季度民生实事", date(2026, 5, 10), ["xc"], actor="区信息科")
    # Q1: 4 items (target 3 met), 3 adopted (75% ≥ 30%)
    i1 = make_item(svc, unit="xc", at=date(2026, 1, 5))
    svc.adopt(i1.id, outlet="区《钟楼信息》", level="区", actor="区信息科", at=date(2026, 1, 20))  # 区级 10
    svc.instruct(i1.id, level="区", actor="区信息科", at=date(2026, 1, 22))                        # +10
    i2 = make_item(svc, unit="xc", at=date(2026, 2, 5), solicitation=s1.id)                       # 约稿 +2
    svc.adopt(i2.id, outlet="市《常州信息》", level="市", kind="理论调研", actor="市", at=date(2026, 2, 20))  # 30
    svc.instruct(i2.id, level="市", actor="市", at=date(2026, 2, 25))                              # +20
    make_item(svc, unit="xc", at=date(2026, 3, 5))                                                  # not adopted
    i4 = make_item(svc, unit="xc", at=date(2026, 3, 6))
    svc.adopt(i4.id, outlet="国办刊物", level="国家", actor="国办", at=date(2026, 3, 16))          # 省级及以上 30
    svc.instruct(i4.id, level="省", actor="省", at=date(2026, 3, 18))                               # +40
    svc.instruct(i4.id, level="国家", actor="国", at=date(2026, 3, 19))                             # same tier: +0
    svc.adjust("xc", clause="被通报", reason="信息中数据口径错误被市办通报", actor="区信息科",
               at=date(2026, 3, 25))                                                               # −2
    # Q2: 2 items (1 short of 3 → −1), none adopted (0/2 < 30% → −1), 约稿 answered late (−1),
    #     信息报送不及时 −1, two 通报 −2 −2: deductions 8 > base 6 → 扣完为止, Q2 = 0
    make_item(svc, unit="xc", at=date(2026, 4, 3))
    make_item(svc, unit="xc", at=date(2026, 5, 12), solicitation=s2.id)
    svc.adjust("xc", clause="信息报送不及时", reason="4月突发事件信息晚报1天", actor="区信息科", at=date(2026, 6, 1))
    svc.adjust("xc", clause="被通报", reason="不规范表述被通报", actor="区信息科", at=date(2026, 6, 2))
    svc.adjust("xc", clause="被通报", reason="再次被通报", actor="区信息科", at=date(2026, 6, 3))
    # Q3, Q4: nothing submitted: −3 each (每少1篇扣1分, 3 short); no rate penalty (0/0)

    as_of = date(2027, 1, 10)
    q1 = svc.points("xc", "2026-Q1", as_of=as_of)
    assert q1.total == 6 + 10 + 10 + 2 + 30 + 20 + 30 + 40 + 0 - 2 == 146
    assert q1.passed is True
    q2 = svc.points("xc", "2026-Q2", as_of=as_of)
    assert q2.by_category()["floor"] == 8 - 6
    assert q2.total == 0 and q2.passed is False          # 0 < 6: 不达标
    q3 = svc.points("xc", "2026-Q3", as_of=as_of)
    assert q3.total == 6 - 3 == 3 and q3.passed is False
    assert "rate" not in q3.by_category()
    year = svc.points("xc", "2026", as_of=as_of)
    assert year.total == 146 + 0 + 3 + 3 == 152           # four quarters, each with base 6 and its own floor
    assert [c.passed for c in year.checks] == [True, False, False, False]
    # a month view shows the raw lines (no quarterly base): March = 30 + 40 + 0 − 2
    assert svc.points("xc", "2026-03", as_of=as_of).total == 68
    adj = [l for l in q1.lines if l.category == "adjust"]
    assert len(adj) == 1 and "严重错误或不规范表述被上级部门通报" in adj[0].description \
        and "区信息科" in adj[0].description and "数据口径" in adj[0].description
    assert adj[0].clause == "严重错误或不规范表述被上级部门通报的，每次扣2分"
    # every point cites its clause: base, adoptions, instructions, 约稿, shortfall, rate, floor, adjustments
    assert all(l.clause for l in year.lines)
    assert {l.category for l in year.lines} >= {"base", "adopt", "instruction", "solicitation", "shortfall",
                                                 "floor", "adjust"}
