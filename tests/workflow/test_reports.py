"""通报 numbers, rankings, the shortlist, and their CSV/XLSX/text exports."""
from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from openpyxl import load_workbook

from tests.workflow.conftest import make_item
from xinxi_qc.workflow.export import (bulletin_text, period_table, ranking_table, shortlist_table, to_csv,
                                      to_xlsx)

AS_OF = date(2026, 11, 5)


@pytest.fixture
def world(svc):
    """衢州 config; counties kc (class A, target 4/month) and qj (class B, target 2/month) and lx."""
    svc.set_scoring("quzhou")
    svc.add_unit("qz", "衢州市", "市")
    svc.add_unit("kc", "柯城区", "县区", parent="qz", unit_class="A")
    svc.add_unit("qj", "衢江区", "县区", parent="qz", unit_class="B")
    svc.add_unit("lx", "龙游县", "县区", parent="qz", unit_class="B")
    svc.add_unit("zj", "浙江省", "省")
    svc.add_writer("kc", "张三")
    svc.add_writer("kc", "李四")
    svc.set_target(unit_class="A", year=2026, period_kind="month", count=4)
    svc.set_target(unit_class="B", year=2026, period_kind="month", count=2)
    sol = svc.add_solicitation("四季度经济运行", date(2026, 10, 15), ["kc", "qj", "lx"], actor="市信息科")
    a = make_item(svc, writer="张三", at=date(2026, 10, 2), solicitation=sol.id)
    svc.adopt(a.id, outlet="信息版", actor="市", at=date(2026, 10, 3))
    svc.forward(a.id, to="zj", actor="市", at=date(2026, 10, 4))
    # the province scores it 1 (its own 计分), forwarded by the city → 按省计分的2倍 = 2; item total 4
    svc.adopt(a.id, outlet="省政府信息", level="省", upper_points=1, actor="省", at=date(2026, 10, 6))
    b = make_item(svc, writer="李四", at=date(2026, 10, 5))
    svc.adopt(b.id, outlet="专报", actor="市", at=date(2026, 10, 7))  # 3
    make_item(svc, writer="李四", at=date(2026, 10, 8))  # not adopted
    c = make_item(svc, unit="qj", at=date(2026, 10, 20), solicitation=sol.id)  # late answer
    svc.adopt(c.id, outlet="增刊", actor="市", at=date(2026, 10, 22))  # 10
    return svc


def test_monthly_report_numbers(world):
    rep = world.period_report("2026-10", as_of=AS_OF)
    rows = {r.unit.code: r for r in rep.rows}
    assert list(rows) == ["kc", "qj", "lx"]  # top offices (qz, zj) are not reporting units
    kc, qj, lx = rows["kc"], rows["qj"], rows["lx"]
    assert (kc.submitted, kc.adopted_items, dict(kc.adopted_by_level)) == (3, 2, {"province": 1, "city": 2})
    assert kc.adoption_rate == pytest.approx(2 / 3)
    assert kc.points == 7 and qj.points == 10 and lx.points == 0
    assert (kc.target_count, kc.completion) == (4, 0.75)
    assert (qj.target_count, qj.completion) == (2, 0.5)
    assert kc.solicitations == {"on_time": 1, "late": 0, "missing": 0, "pending": 0}
    assert qj.solicitations["late"] == 1 and lx.solicitations["missing"] == 1
    scores = [i.score for i in world.list_items(unit="kc")]
    assert kc.avg_quality == round(sum(scores) / len(scores), 1)
    assert [u.code for u in rep.zero_adoption] == ["lx"]
    assert rep.totals["submitted"] == 4 and rep.totals["adopted_items"] == 3

    q = world.period_report("2026-Q4", as_of=AS_OF)
    assert {r.unit.code: r.target_count for r in q.rows} == {"kc": 12, "qj": 6, "lx": 6}


def test_annual_rankings_and_shortlist(world):
    units = world.unit_ranking(2026, as_of=AS_OF)
    assert [(r.rank, r.unit, r.points) for r in units] == [(1, "qj", 10), (2, "kc", 7), (3, "lx", 0)]
    writers = world.writer_ranking(2026, as_of=AS_OF)
    assert [(r.rank, r.name, r.points, r.adopted) for r in writers] == [(1, "张三", 4, 1), (2, "李四", 3, 1)]
    sl = world.shortlist(2026)
    assert [(r.top_level, r.unit) for r in sl][0] == ("province", "kc")  # province beats city
    assert len(sl) == 3 and all(r.grade in ("优质", "良好", "较好") for r in sl)
    for r in sl:
        expected = "优质" if r.top_level == "province" and r.quality >= 85 else (
            "良好" if r.quality >= 75 else "较好")
        assert r.grade == expected


def test_exports(world, tmp_path):
    rep = world.period_report("2026-10", as_of=AS_OF)
    table = period_table(rep)
    data = to_csv(table)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0][:5] == ["单位代码", "单位", "类别", "报送条数", "采用条数"]
    assert rows[1][:5] == ["kc", "柯城区", "A", "3", "2"]
    path = tmp_path / "r.xlsx"
    to_xlsx([table, ranking_table(world.unit_ranking(2026, as_of=AS_OF), "排名"),
             shortlist_table(world.shortlist(2026), "好信息")], path)
    wb = load_workbook(path)
    assert len(wb.sheetnames) == 3
    ws = wb[wb.sheetnames[0]]
    assert [c.value for c in ws[3]][:5] == ["kc", "柯城区", "A", 3, 2]
    text = bulletin_text(rep, scope_name="全市", issuer="衢州市政府办公室")
    assert "全市共报送政务信息4条，被采用3条" in text
    assert "龙游县本期无信息被采用" in text and "龙游县未按要求报送约稿信息" in text
    assert text.rstrip().endswith("2026年11月5日")
