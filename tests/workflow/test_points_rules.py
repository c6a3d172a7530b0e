"""The points engine as a pure function: hand-built event logs against small TOML configs."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from xinxi_qc.workflow import Period, compute_points, parse_scoring
from xinxi_qc.workflow.points import EventFact, Facts, ItemFact, SolicitationFact, TargetFact

# A 广元-like county rule set plus every optional knob.
GUANGYUAN = """
[scoring]
name = "测试办法"
base = 0
floor = "total"
[kinds]
news = ["信息"]
research = ["调研"]
[levels]
city = { news = 3, research = 5 }
province = 10
national = 10
[[outlets]]
name = "省网站"
level = "province"
points = 4
reward = 50
[[outlets]]
name = "《代表之声》"
level = "province"
points = 6
reward = 200
[instructions.points]
national = 20
province = 10
city = 5
[solicitation]
on_time = 0
late = -10
missing = -10
adopted_bonus = 5
missed_limit = 2
[late_item]
days = 7
points = -2
[targets]
monthly_shortfall = -30
[reward]
per_point = 10
"""

U = 1  # the unit under test
V = 2  # another unit


def dt(m, d):
    return datetime(2026, m, d, 9, 0)


def ev(i, item, kind, m, d, **kw):
    return EventFact(i, item, kind, dt(m, d), **kw)


@pytest.fixture
def cfg():
    return parse_scoring(GUANGYUAN)


def test_adoptions_rewards_solicited_bonus_and_late_item(cfg):
    items = {
        1: ItemFact(1, (U,), solicitation_id=7, event_date=date(2026, 3, 1)),
        2: ItemFact(2, (U, V, 3), event_date=date(2026, 3, 9)),
    }
    events = [
        ev(1, 1, "submit", 3, 2), ev(2, 1, "adopt", 3, 4, outlet="省网站", level="province", info_kind="news"),
        ev(3, 1, "adopt", 3, 5, outlet="市刊", level="city", info_kind="research"),
        ev(4, 2, "submit", 3, 20),  # 11 days after its event date → late
        ev(5, 2, "adopt", 3, 25, outlet="《代表之声》", level="province", info_kind="news"),
        ev(6, 2, "instruct", 3, 26, level="national"),
    ]
    sols = [SolicitationFact(7, "约稿", date(2026, 3, 3), (U,))]
    res = compute_points(Facts(items, events, sols), cfg, U, Period.parse("2026-03"), as_of=date(2026, 4, 2))
    # item1: 4 + 5 + solicited-adopted 5; on time = 0 (no line); item2: (6 + 20)/3; late −2
    assert res.total == round(4 + 5 + 5 + 26 / 3 - 2, 2) == 20.67
    cats = [l.category for l in res.lines]
    assert cats.count("late_item") == 1 and "solicitation" in cats
    # rewards: 10 元/分 × 20.67 + 省网站 50 + 《代表之声》 200 / 3
    assert res.reward == round(206.7 + 50 + 200 / 3, 2)
    # the joint partner gets the same third of item 2 and no late-item penalty (only the submitter)
    assert compute_points(Facts(items, events, sols), cfg, V, Period.parse("2026-03"), as_of=date(2026, 4, 2)).total \
        == round(26 / 3, 2)


def test_two_missed_solicitations_zero_the_year_but_not_the_month(cfg):
    items = {1: ItemFact(1, (U,))}
    events = [ev(1, 1, "submit", 1, 3), ev(2, 1, "adopt", 1, 9, outlet="x", level="province")]
    sols = [SolicitationFact(1, "一", date(2026, 2, 1), (U,)), SolicitationFact(2, "二", date(2026, 6, 1), (U,))]
    facts = Facts(items, events, sols)
    year = compute_points(facts, cfg, U, Period.parse("2026"), as_of=date(2027, 1, 5))
    assert [l.category for l in year.lines][-1] == "year_zero"
    assert year.total == 0
    assert compute_points(facts, cfg, U, Period.parse("2026-01"), as_of=date(2027, 1, 5)).total == 10
    # only one missed so far (second deadline not yet passed): no zeroing, floor keeps total ≥ 0
    mid = compute_points(facts, cfg, U, Period.parse("2026"), as_of=date(2026, 5, 1))
    assert mid.total == 0 and [l.category for l in mid.lines] == ["adopt", "solicitation"]
    assert compute_points(facts, cfg, U, Period.parse("2026-02"), as_of=date(2026, 5, 1)).total == -10


def test_monthly_shortfall_counts_completed_months_only(cfg):
    items = {i: ItemFact(i, (U,)) for i in range(1, 4)}
    items[4] = ItemFact(4, (U,), status="withdrawn")
    events = [ev(1, 1, "submit", 1, 5), ev(2, 2, "submit", 1, 6), ev(3, 3, "submit", 2, 6), ev(4, 4, "submit", 2, 7)]
    facts = Facts(items, events, targets={(U, 2026, "month"): TargetFact(count=2)})
    q1 = compute_points(facts, cfg, U, Period.parse("2026-Q1"), as_of=date(2026, 3, 15))
    # January met (2), February short (1; the withdrawn item does not count), March not over yet
    short = [l for l in q1.lines if l.category == "shortfall"]
    assert [l.points for l in short] == [-30] and short[0].event_ids == (3,)


def test_floor_base_caps_deductions_at_the_base_but_keeps_additions():
    cfg = parse_scoring("""
[scoring]
name = "扣完为止"
base = 6
floor = "base"
[kinds]
news = ["信息"]
[levels]
city = 15
[solicitation]
late = -4
""")
    items = {1: ItemFact(1, (U,), solicitation_id=1), 2: ItemFact(2, (U,), solicitation_id=2),
             3: ItemFact(3, (U,))}
    events = [ev(1, 1, "submit", 3, 9), ev(2, 2, "submit", 4, 9), ev(3, 3, "submit", 5, 1),
              ev(4, 3, "adopt", 5, 3, outlet="市刊", level="city")]
    sols = [SolicitationFact(1, "a", date(2026, 3, 1), (U,)), SolicitationFact(2, "b", date(2026, 4, 1), (U,))]
    res = compute_points(Facts(items, events, sols), cfg, U, Period.parse("2026"), as_of=date(2027, 1, 1))
    # 6 − 8 would be −2: deductions stop at the base (−6), the adoption's 15 is added in full
    assert res.total == 15
    assert res.lines[-1].category == "floor" and res.lines[-1].points == 2


def test_best_outlet_only_and_compounding_multipliers():
    cfg = parse_scoring("""
[scoring]
name = "只计最高"
sum_outlets = false
[kinds]
news = ["信息"]
[levels]
county = 5
city = 8
[forwarding]
combine = "product"
[forwarding.multipliers]
province = 2
national = 3
""")
    items = {1: ItemFact(1, (U,))}
    events = [ev(1, 1, "submit", 1, 1), ev(2, 1, "adopt", 1, 2, outlet="县刊", level="county"),
              ev(3, 1, "adopt", 1, 3, outlet="市刊", level="city"), ev(4, 1, "forward", 1, 4),
              ev(5, 1, "adopt", 1, 5, outlet="省刊", level="province"),
              ev(6, 1, "adopt", 1, 6, outlet="国刊", level="national")]
    res = compute_points(Facts(items, events), cfg, U, Period.parse("2026-01"))
    # best single outlet 8 (5, then +3); ×2 → +8; ×3 more (×6) → +32; total 48 = 8 × 6
    assert [l.points for l in res.lines] == [5, 3, 8, 32]
    assert res.total == 48


def test_unconfigured_outlet_scores_zero_with_a_reason(cfg):
    items = {1: ItemFact(1, (U,))}
    events = [ev(1, 1, "submit", 1, 1), ev(2, 1, "adopt", 1, 2, outlet="某内刊", level="county")]
    res = compute_points(Facts(items, events), cfg, U, Period.parse("2026-01"))
    assert res.total == 0 and "未列" in res.lines[0].description and res.lines[0].event_ids == (2,)


@pytest.mark.parametrize("text", ["2026-10", "2026-Q4", "2026", "2026q1"])
def test_period_parse_roundtrip(text):
    p = Period.parse(text)
    assert Period.parse(p.label) == p
    assert p.start < p.end


def test_period_bounds():
    assert Period.parse("2026-12").end == date(2027, 1, 1)
    assert Period.parse("2026-Q4").start == date(2026, 10, 1)
    assert len(Period.parse("2026").months()) == 12


def test_kind_recorded_as_chinese_alias_maps_to_the_config_key(cfg):
    items = {1: ItemFact(1, (U,))}
    events = [ev(1, 1, "submit", 1, 1), ev(2, 1, "adopt", 1, 2, outlet="市刊", level="city", info_kind="调研")]
    assert compute_points(Facts(items, events), cfg, U, Period.parse("2026-01")).total == 5
