"""通报 totals count a joint item once; writers get monthly and annual points with full credit
for joint items and 稿酬 from the config (per point, per outlet), in the 通报 and exports."""
from __future__ import annotations

import csv
import io
from datetime import date, datetime

import pytest

from tests.workflow.conftest import make_item
from xinxi_qc.workflow import Period, compute_points, parse_scoring
from xinxi_qc.workflow.export import bulletin_text, to_csv, writer_table
from xinxi_qc.workflow.points import EventFact, Facts, ItemFact, TargetFact

# 稿酬 as the seeds pay it (domain.md §3): 10 元 per point (a county co-op); per outlet
# (宿州人大: provincial site 50 元, 《代表之声》 200 元).
REWARDS = """
[scoring]
name = "稿酬测试"
split_joint = true
[kinds]
news = ["信息"]
[[outlets]]
name = "市刊"
level = "city"
points = 4
[[outlets]]
name = "省网站"
level = "province"
points = 6
reward = 50
[[outlets]]
name = "《代表之声》"
level = "province"
points = 10
reward = 200
[reward]
per_point = 10
"""


@pytest.fixture
def city(svc, tmp_path):
    path = tmp_path / "r.toml"
    path.write_text(REWARDS, encoding="utf-8")
    svc.set_scoring(str(path))
    svc.add_unit("sz", "某市", "city")
    svc.add_unit("ca", "甲县", "county", parent="sz")
    svc.add_unit("cb", "乙县", "county", parent="sz")
    svc.add_writer("ca", "张三")
    svc.add_writer("ca", "李四")
    svc.add_writer("cb", "王五")
    return svc


def test_joint_item_once_in_totals_full_credit_to_the_writer_and_rewards(city):
    svc = city
    # joint item by 张三 (甲县, with 乙县): 市刊 4 + 省网站 6 = 10 → each county 5; 张三 credited 10
    j = make_item(svc, unit="ca", writer="张三", joint_units=["cb"], at=date(2026, 6, 2))
    svc.adopt(j.id, outlet="市刊", actor="市", at=date(2026, 6, 5))
    svc.adopt(j.id, outlet="省网站", actor="省", at=date(2026, 6, 8))
    # 李四: 《代表之声》 10
    b = make_item(svc, unit="ca", writer="李四", at=date(2026, 6, 3))
    svc.adopt(b.id, outlet="《代表之声》", actor="省", at=date(2026, 6, 9))
    # 王五 (乙县): 市刊 4 in July
    c = make_item(svc, unit="cb", writer="王五", at=date(2026, 7, 1))
    svc.adopt(c.id, outlet="市刊", actor="市", at=date(2026, 7, 2))

    rep = svc.period_report("2026-06", as_of=date(2026, 7, 5))
    rows = {r.unit.code: r for r in rep.rows}
    assert rows["ca"].adopted_items == 2 and rows["cb"].adopted_items == 1   # the joint item for both
    assert rep.totals["adopted_items"] == 2                                  # …but once in the totals
    assert rep.totals["adopted_city"] == 1 and rep.totals["adopted_province"] == 2
    assert rows["ca"].points == 5 + 10 and rows["cb"].points == 5
    w = {r.name: r for r in rep.writers}
    assert (w["张三"].points, w["张三"].adopted, w["张三"].submitted) == (10, 1, 1)   # full credit
    # 稿酬: 10 元/分 × 10 + 省网站 50 = 150; 李四: 10 × 10 + 《代表之声》 200 = 300
    assert w["张三"].reward == 150 and w["李四"].reward == 300
    assert w["王五"].points == 0 and w["王五"].reward == 0
    text = bulletin_text(rep, scope_name="全市")
    assert "共报送政务信息2条，被采用2条" in text
    assert "张三（甲县）：报送1条，采用1条，积分10，稿酬150元" in text
    t = writer_table(rep.writers, "信息员")
    data = list(csv.reader(io.StringIO(to_csv(t).decode("utf-8-sig"))))
    assert data[0] == ["信息员", "所在单位", "单位代码", "报送条数", "采用条数", "积分", "稿酬（元）"]
    assert ["李四", "甲县", "ca", "1", "1", "10", "300"] in data

    # annual: 张三 10, 李四 10, 王五 4 (its July adoption); month of July: 王五 only
    year = {r.name: r for r in svc.writer_ranking(2026, as_of=date(2027, 1, 5))}
    assert (year["张三"].points, year["李四"].points, year["王五"].points) == (10, 10, 4)
    assert year["王五"].reward == 40
    july = {r.name: r.points for r in svc.writer_report("2026-07", as_of=date(2026, 8, 1))}
    assert july == {"王五": 4, "张三": 0, "李四": 0}


def test_report_writers_and_period_commands(city, tmp_path, monkeypatch):
    from click.testing import CliRunner

    from xinxi_qc.cli import main

    svc = city
    j = make_item(svc, unit="ca", writer="张三", at=date(2026, 6, 2))
    svc.adopt(j.id, outlet="省网站", actor="省", at=date(2026, 6, 8))
    url = str(svc.engine.url)
    svc.close()
    env = {"XINXI_QC_DB": url, "XINXI_QC_USER": "测试员", "XINXI_QC_SCORING": None}
    r = CliRunner().invoke(main, ["report", "writers", "--period", "2026-06", "--format", "csv"], env=env)
    assert r.exit_code == 0, r.output
    rows = list(csv.reader(io.StringIO(r.stdout_bytes.decode("utf-8-sig"))))
    assert ["张三", "甲县", "ca", "1", "1", "6", "110"] in rows       # 10 元 × 6 + 50
    r = CliRunner().invoke(main, ["report", "period", "--period", "2026-H1", "--as-of", "2026-07-02"], env=env)
    assert r.exit_code == 0 and "2026年上半年" in r.output and "张三（甲县）" in r.output


def test_empty_period_gets_no_rate_penalty_but_a_low_rate_does():
    cfg = parse_scoring("""
[scoring]
name = "采用率"
[kinds]
news = ["信息"]
[[rate_penalty]]
period = "month"
min_rate = 0.3
points = -1
""")
    items = {1: ItemFact(1, (1,))}
    facts = Facts(items, [EventFact(1, 1, "submit", datetime(2026, 2, 3, 9))])
    q = compute_points(facts, cfg, 1, Period.parse("2026-Q1"), as_of=date(2026, 4, 2))
    # January 0/0 and March 0/0: no penalty; February 0/1 < 30%: −1
    assert [l.description[:8] for l in q.lines] == ["2026年2月 "] and q.total == -1


def test_threshold_tiers_and_new_periods():
    cfg = parse_scoring("""
[scoring]
name = "县规则"
[kinds]
news = ["动态"]
[levels]
"省级及以上" = 20
[instructions.points]
"省级及以上" = 40
[[threshold]]
period = "year"
count = "submitted"
min = 3
points = 50
[[shortfall]]
period = "bimonth"
per_item = -1
""")
    assert cfg.levels["national"] == cfg.levels["province"] == {"*": 20}
    items = {i: ItemFact(i, (1,)) for i in (1, 2, 3)}
    ev = [EventFact(i, i, "submit", datetime(2026, 1 + 2 * (i - 1), 5, 9)) for i in (1, 2, 3)]
    ev += [EventFact(10, 1, "adopt", datetime(2026, 1, 9), outlet="国办", level="national"),
           EventFact(11, 1, "instruct", datetime(2026, 1, 10), level="province"),
           EventFact(12, 1, "instruct", datetime(2026, 1, 11), level="national")]
    facts = Facts(items, ev, targets={(1, 2026, "month"): TargetFact(count=1)})
    year = compute_points(facts, cfg, 1, Period.parse("2026"), as_of=date(2027, 1, 2))
    by = year.by_category()
    # 国家 adoption 20 (省级及以上); province + national instruction: one tier → 40 once
    assert by["adopt"] == 20 and by["instruction"] == 40
    # three items (≥ 3) → +50; two-month target 2 (1/month × 2): B1 1 (−1), B2 1 (−1), B3 1 (−1), B4–B6 0 (−2 each)
    assert by["threshold"] == 50 and by["shortfall"] == -1 * 3 - 2 * 3
    assert year.total == 20 + 40 + 50 - 9
    assert Period.parse("2026-W02").contains(date(2026, 1, 5)) and Period.parse("2026-B1").end == date(2026, 3, 1)
    assert compute_points(facts, cfg, 1, Period.parse("2026-W02")).total == 20 + 40
