"""Corrections as audited events (issue 14): void with a reason, back-dated adoptions, duplicate
adoptions refused, adoptions withdrawn by the adopting office, manual deductions and bonuses."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.workflow.conftest import make_item
from xinxi_qc.workflow import NotFoundError, ValidationError


@pytest.fixture
def qz(svc):
    """衢州 (信息版 2, 专报 3, 增刊 10, 市领导批示 +10)."""
    svc.set_scoring("quzhou")
    svc.add_unit("qz", "衢州市", "city")
    svc.add_unit("kc", "柯城区", "county", parent="qz")
    svc.add_unit("qj", "衢江区", "county", parent="qz")
    return svc


def test_void_an_adoption_recomputes_points_and_keeps_the_original_marked(qz):
    a = make_item(qz, at=date(2026, 10, 2))
    qz.adopt(a.id, outlet="专报", actor="市信息科", at=date(2026, 10, 5))
    qz.adopt(a.id, outlet="增刊", actor="市信息科", at=date(2026, 10, 6))
    assert qz.points("kc", "2026-10").total == 3 + 10
    wrong = qz.get_item(a.id).events[-1]
    assert wrong.outlet == "《政务》增刊"
    voided = qz.void_event(wrong.id, "误登记：实为另一条信息被增刊采用", actor="王科长")
    assert voided.voided_by == "王科长" and voided.void_reason.startswith("误登记") and voided.voided_at
    assert qz.points("kc", "2026-10").total == 3            # only 专报 remains
    events = qz.get_item(a.id).events
    orig = next(e for e in events if e.id == wrong.id)
    assert orig.voided_at is not None and orig.kind == "adopt"     # still in the log
    log = events[-1]
    assert (log.kind, log.ref_event_id, log.actor) == ("void", wrong.id, "王科长")
    assert qz.get_item(a.id).item.status == "adopted"
    with pytest.raises(ValidationError, match="已于"):
        qz.void_event(wrong.id, "再来一次", actor="王科长")
    with pytest.raises(ValidationError, match="理由"):
        qz.void_event(events[0].id, "", actor="王科长")
    with pytest.raises(ValidationError, match="不能作废"):
        qz.void_event(events[0].id, "提交不能作废", actor="王科长")
    with pytest.raises(NotFoundError):
        qz.void_event(99999, "x", actor="王科长")


def test_voiding_the_only_adoption_puts_the_item_back_and_allows_a_new_one(qz):
    a = make_item(qz, at=date(2026, 10, 2))
    qz.adopt(a.id, outlet="信息版", actor="市信息科", at=date(2026, 10, 5))
    qz.instruct(a.id, level="市", actor="市信息科", at=date(2026, 10, 6))
    adopt_id = qz.get_item(a.id).events[-2].id
    with pytest.raises(ValidationError, match="先作废批示"):
        qz.void_event(adopt_id, "登记错了", actor="王科长")
    qz.void_event(qz.get_item(a.id).events[-1].id, "批示登记错了", actor="王科长")
    qz.void_event(adopt_id, "登记错了", actor="王科长")
    info = qz.get_item(a.id).item
    assert (info.status, info.holder) == ("received", "qz")
    assert qz.points("kc", "2026-10").total == 0
    # the same outlet may be recorded again once the wrong one is void
    qz.adopt(a.id, outlet="信息版", actor="市信息科", at=date(2026, 10, 7))
    assert qz.points("kc", "2026-10").total == 2


def test_duplicate_adoption_in_the_same_outlet_is_refused(qz):
    a = make_item(qz, at=date(2026, 10, 2))
    qz.adopt(a.id, outlet="信息版", actor="市信息科", at=date(2026, 10, 5))
    with pytest.raises(ValidationError, match="不能重复登记") as exc:
        qz.adopt(a.id, outlet="《衢州政务》信息版", actor="市信息科", at=date(2026, 10, 6))  # alias → same
    assert "\n" not in str(exc.value)
    assert qz.points("kc", "2026-10").total == 2


def test_back_dated_adoption_lands_in_its_month_and_keeps_the_recording_date(qz):
    a = make_item(qz, at=date(2026, 10, 2))
    qz.adopt(a.id, outlet="专报", actor="市信息科", at=date(2026, 11, 3))
    qz.instruct(a.id, level="市", actor="市信息科", at=date(2026, 11, 4))
    # recorded today, effective 10 October (before the November events): lands in October
    qz.adopt(a.id, outlet="信息版", actor="市信息科", at=date(2026, 10, 10))
    assert qz.points("kc", "2026-10").total == 2
    assert qz.points("kc", "2026-11").total == 3 + 10
    e = next(e for e in qz.get_item(a.id).events if e.outlet == "《政务》信息版")
    assert e.at == datetime(2026, 10, 10)
    assert e.recorded_at.date() == date.today() and e.back_dated
    with pytest.raises(ValidationError, match="首次报送"):
        qz.adopt(a.id, outlet="增刊", actor="市信息科", at=date(2026, 9, 30))
    # ordinary steps still follow each other in time
    b = make_item(qz, at=date(2026, 10, 5))
    with pytest.raises(ValidationError, match="早于"):
        qz.return_item(b.id, "补充数据", actor="市信息科", at=date(2026, 10, 4))


def test_adopting_office_withdraws_its_adoption(qz):
    qz.add_unit("zj", "浙江省政府办公厅", "province")
    a = make_item(qz, at=date(2026, 10, 2))
    qz.adopt(a.id, outlet="专报", actor="市信息科", at=date(2026, 10, 5))
    qz.forward(a.id, to="zj", actor="市信息科", at=date(2026, 10, 6))
    qz.adopt(a.id, outlet="省刊", level="省", upper_points=10, actor="省办", at=date(2026, 10, 8))
    assert qz.points("kc", "2026-10").total == 3 + 20
    with pytest.raises(ValidationError, match="只有采用单位"):
        qz.withdraw_adoption(a.id, "不是我采用的", actor="县", unit="kc")
    info = qz.withdraw_adoption(a.id, "省刊撤稿", actor="省办", unit="zj")
    assert info.status == "adopted"                      # the city's adoption remains
    assert qz.points("kc", "2026-10").total == 3
    info = qz.withdraw_adoption(a.id, "市刊撤稿", actor="市信息科", unit="qz")
    assert (info.status, info.holder) == ("received", "qz")
    # no adoption left: now the city can return it to the county
    back = qz.return_item(a.id, "撤稿后请补充数据再报", actor="市信息科")
    assert back.status == "returned"
    kinds = [e.kind for e in qz.get_item(a.id).events]
    assert kinds.count("unadopt") == 2 and kinds.count("adopt") == 2
    with pytest.raises(ValidationError, match="没有可撤销"):
        qz.withdraw_adoption(a.id, "再撤", actor="市信息科", unit="qz")


def test_manual_adjustments_enter_points_with_clause_reason_and_who(svc):
    svc.set_scoring("zhonglou")
    svc.add_unit("zl", "钟楼区", "county")
    svc.add_unit("xc", "西林街道", "town", parent="zl")
    a = make_item(svc, unit="xc", at=date(2026, 4, 2))
    svc.adopt(a.id, outlet="区刊", level="区", actor="区信息科", at=date(2026, 4, 5))       # 10
    e1 = svc.adjust("xc", clause="被通报", item=a.id, reason="数据错误被市办通报", actor="区信息科",
                    at=date(2026, 4, 20))
    svc.adjust("xc", points=3, reason="区领导专门表扬（办公室研究决定）", actor="区信息科", at=date(2026, 4, 21))
    res = svc.points("xc", "2026-04")
    assert res.total == 10 - 2 + 3
    lines = [l for l in res.lines if l.category == "adjust"]
    assert lines[0].event_ids == (e1.id,) and "数据错误被市办通报" in lines[0].description
    assert "积分办法未列条款" in lines[1].description
    with pytest.raises(ValidationError, match="没有加减分条款"):
        svc.adjust("xc", clause="虚假信息", reason="x", actor="区信息科")
    with pytest.raises(ValidationError, match="之间"):
        svc.adjust("xc", clause="被通报", points=-5, reason="x", actor="区信息科")
    with pytest.raises(ValidationError, match="理由"):
        svc.adjust("xc", clause="被通报", reason="", actor="区信息科")
    # voiding an adjustment takes it out of the points
    svc.void_event(e1.id, "通报已撤销", actor="区信息科")
    assert svc.points("xc", "2026-04").total == 10 + 3


FALSE_INFO = """
[scoring]
name = "含虚假信息与紧急信息条款"
[kinds]
news = ["信息"]
[levels]
city = 10
[[adjustments]]
key = "false_info"
name = "虚假信息"
points = -50
min = -100
max = -50
zero_item = true
[[adjustments]]
key = "urgent_late"
name = "紧急信息迟报"
points = -100
[[adjustments]]
key = "urgent_missed"
name = "紧急信息漏报、瞒报"
aliases = ["漏报", "瞒报"]
points = -200
"""


def test_false_information_zeroes_the_item_and_urgent_penalties(svc, tmp_path):
    """Penalties seen (domain.md §3): false information −50 to −100 (item scores 0); urgent item
    late −100, missed or concealed −200."""
    path = tmp_path / "rules.toml"
    path.write_text(FALSE_INFO, encoding="utf-8")
    svc.set_scoring(str(path))
    svc.add_unit("sz", "市", "city")
    svc.add_unit("xa", "县A", "county", parent="sz")
    a = make_item(svc, unit="xa", at=date(2026, 5, 2))
    svc.adopt(a.id, outlet="市刊", level="市", actor="市", at=date(2026, 5, 3))   # 10
    b = make_item(svc, unit="xa", at=date(2026, 5, 4))
    svc.adopt(b.id, outlet="市刊", level="市", actor="市", at=date(2026, 5, 5))   # 10
    assert svc.points("xa", "2026-05").total == 20
    with pytest.raises(ValidationError, match="--item"):
        svc.adjust("xa", clause="虚假信息", reason="x", actor="市")
    svc.adjust("xa", clause="虚假信息", points=-80, item=b.id, reason="数据编造", actor="市督查科",
               at=date(2026, 5, 20))
    svc.adjust("xa", clause="紧急信息迟报", reason="5·12 火灾信息晚报 2 小时", actor="市值班室", at=date(2026, 5, 12))
    svc.adjust("xa", clause="瞒报", reason="交通事故未报", actor="市值班室", at=date(2026, 5, 25))
    res = svc.points("xa", "2026-05")
    # item a 10; item b 0 (虚假信息不计分); −80 −100 −200
    assert res.total == 10 + 0 - 80 - 100 - 200 == -370
    zero = [l for l in res.lines if l.item_id == b.id and l.category == "adjust" and l.points == 0]
    assert zero and "虚假信息" in zero[0].description


def test_back_dated_instruction_not_before_the_adoption(qz):
    a = make_item(qz, at=date(2026, 10, 2))
    qz.adopt(a.id, outlet="专报", actor="市信息科", at=date(2026, 10, 8))
    with pytest.raises(ValidationError, match="早于该信息首次被采用"):
        qz.instruct(a.id, level="市", actor="市信息科", at=date(2026, 10, 5))
    qz.instruct(a.id, level="市", actor="市信息科", at=date(2026, 10, 9))
    assert qz.points("kc", "2026-10").total == 3 + 10
