"""Hand-worked totals for the three shipped example configurations (domain.md §3), recorded
through the service on a real database and explained line by line."""
from __future__ import annotations

from datetime import date


from tests.workflow.conftest import make_item


def _city_with_counties(svc, city, counties, cls="A"):
    svc.add_unit(city, city + "市", "city")
    for c in counties:
        svc.add_unit(c, c + "区", "county", parent=city, unit_class=cls)


def test_quzhou_forwarding_multipliers_joint_split_and_instructions(svc):
    """衢州: 信息版 2, 专报 3, 增刊 10; city instruction +10 once per level; forwarded item adopted
    by the province ×2, by 国办 ×5 (highest multiplier, not compounded); joint items split evenly."""
    svc.set_scoring("quzhou")
    _city_with_counties(svc, "qz", ["kc", "qj"])
    # item 1: 信息版 2 → forwarded → province ×2 (+2) → 国办 ×5 (+6) = 10; instruction +10, repeat +0
    a = make_item(svc, at=date(2026, 10, 2))
    svc.adopt(a.id, outlet="信息版", actor="市信息科", at=date(2026, 10, 5))
    svc.instruct(a.id, level="市", actor="市信息科", at=date(2026, 10, 8))
    svc.instruct(a.id, level="市", actor="市信息科", at=date(2026, 10, 9))
    svc.add_unit("zj", "浙江省", "province")
    svc.forward(a.id, to="zj", actor="市信息科", at=date(2026, 10, 9))
    svc.adopt(a.id, outlet="省政府信息", level="省", actor="市信息科", at=date(2026, 10, 10))
    svc.adopt(a.id, outlet="国办信息", level="国家", actor="市信息科", at=date(2026, 10, 20))
    # item 2: joint kc + qj, 增刊 10 → 5 each
    b = make_item(svc, joint_units=["qj"], at=date(2026, 10, 3))
    svc.adopt(b.id, outlet="《政务》增刊", actor="市信息科", at=date(2026, 10, 12))
    # item 3: two city outlets, summed 2 + 3
    c = make_item(svc, at=date(2026, 10, 4))
    svc.adopt(c.id, outlet="《政务》信息版", actor="市信息科", at=date(2026, 10, 13))
    svc.adopt(c.id, outlet="《政务》专报", actor="市信息科", at=date(2026, 10, 14))
    # item 4 (November): province adopts without the city forwarding it → no multiplier
    d = make_item(svc, at=date(2026, 11, 2))
    svc.adopt(d.id, outlet="信息版", actor="市信息科", at=date(2026, 11, 3))
    svc.adopt(d.id, outlet="省政府信息", level="省", actor="市信息科", at=date(2026, 11, 4))

    oct_ = svc.points("kc", "2026-10")
    assert oct_.total == 30  # 10 + 10 + 5 + 5
    assert svc.points("qj", "2026-10").total == 5
    assert svc.points("kc", "2026-11").total == 2
    assert svc.points("kc", "2026").total == 32
    mult = [l for l in oct_.lines if l.category == "multiplier"]
    assert [l.points for l in mult] == [2, 6]
    adopt_a = next(l for l in oct_.lines if l.category == "adopt" and l.item_id == a.id)
    assert adopt_a.event_ids[0] in mult[0].event_ids  # the multiplier cites the adoption it multiplies
    instr = [l.points for l in oct_.lines if l.category == "instruction"]
    assert instr == [10, 0]
    events = {e.id for e in svc.get_item(a.id).events}
    assert all(set(l.event_ids) <= events for l in oct_.lines if l.item_id == a.id)


def test_lianyungang_sums_outlets_and_instruction_levels(svc):
    """连云港: 简讯 1 + 昨日情况 3 + 省信息简报 10 + 国办 50 = 64; city instruction 分管 +5 then
    主要领导 (+10) adds only the difference 5; province +50; State Council +100;
    research item: 政务建议 20 + 省调研 30 = 50. Total 274."""
    svc.set_scoring("lianyungang")
    _city_with_counties(svc, "lyg", ["gy"])
    a = make_item(svc, unit="gy", at=date(2026, 3, 1))
    for outlet, day in (("市《简讯》", 2), ("《昨日情况》", 3), ("省《信息简报》", 10), ("国办刊物", 20)):
        svc.adopt(a.id, outlet=outlet, actor="市信息科", at=date(2026, 3, day))
    svc.instruct(a.id, level="市", rank="分管领导", actor="市信息科", at=date(2026, 3, 21))
    svc.instruct(a.id, level="市", rank="主要领导", actor="市信息科", at=date(2026, 3, 22))
    svc.instruct(a.id, level="省", actor="市信息科", at=date(2026, 3, 23))
    svc.instruct(a.id, level="国家", actor="市信息科", at=date(2026, 3, 24))
    b = make_item(svc, unit="gy", at=date(2026, 3, 2))
    svc.adopt(b.id, outlet="《政务建议》", kind="调研", actor="市信息科", at=date(2026, 3, 5))
    svc.adopt(b.id, outlet="省调研", kind="调研", actor="市信息科", at=date(2026, 3, 25))

    res = svc.points("gy", "2026-03")
    assert res.total == 274
    by = res.by_category()
    assert by["adopt"] == 64 + 50
    assert by["instruction"] == 5 + 5 + 50 + 100
    assert svc.points("gy", "2026-Q1").total == 274
    assert svc.points("gy", "2026-04").total == 0


def test_zhonglou_base_levels_solicitations_and_rate_penalty(svc):
    """钟楼区 year 2026 for unit xc: base 6; district news 10 + city research 30; instructions
    district +10, city +20; solicitation on time +2, late −1; quarterly adoption rate < 30%:
    Q2 (0/1), Q3 (0/0), Q4 (0/0) −1 each. 6+10+30+10+20+2−1−3 = 74.
    Unit yq does nothing: 6 − 4 = 2 (its missed solicitation costs nothing under this config)."""
    svc.set_scoring("zhonglou")
    svc.add_unit("zl", "钟楼区", "county")
    svc.add_unit("xc", "西林街道", "town", parent="zl")
    svc.add_unit("yq", "永红街道", "town", parent="zl")
    s1 = svc.add_solicitation("一季度营商环境", date(2026, 2, 15), ["xc", "yq"], actor="区信息科")
    s2 = svc.add_solicitation("二季度民生实事", date(2026, 5, 10), ["xc"], actor="区信息科")
    items = [make_item(svc, unit="xc", at=date(2026, m, 5), solicitation=s1.id if m == 2 else None)
             for m in (1, 2, 3, 3)]
    svc.adopt(items[0].id, outlet="区《钟楼信息》", level="区", actor="区信息科", at=date(2026, 1, 20))
    svc.instruct(items[0].id, level="区", actor="区信息科", at=date(2026, 1, 22))
    svc.adopt(items[1].id, outlet="市《常州信息》", level="市", kind="调研", actor="区信息科", at=date(2026, 2, 20))
    svc.instruct(items[1].id, level="市", actor="区信息科", at=date(2026, 2, 25))
    make_item(svc, unit="xc", at=date(2026, 5, 12), solicitation=s2.id)

    as_of = date(2027, 1, 10)
    year = svc.points("xc", "2026", as_of=as_of)
    assert year.total == 74
    by = year.by_category()
    assert by == {"base": 6, "adopt": 40, "instruction": 30, "solicitation": 1, "rate": -3}
    assert svc.points("yq", "2026", as_of=as_of).total == 2
    feb = svc.points("xc", "2026-02", as_of=as_of)
    assert feb.total == 30 + 20 + 2  # no base outside the annual view
    # before Q3 has ended, only Q2's rate penalty is known
    assert svc.points("xc", "2026", as_of=date(2026, 7, 15)).total == 6 + 40 + 30 + 1 - 1
