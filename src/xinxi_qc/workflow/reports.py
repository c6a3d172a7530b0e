"""Reports computed from a :class:`Facts` snapshot: the monthly/quarterly 通报 table, the annual
ranking of units and writers, and the 好信息评选 shortlist. Pure functions; see ``export.py``
for CSV/XLSX/text output and ``Service`` for gathering the inputs.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Mapping, Sequence

from .levels import LEVEL_ZH, LEVELS, Period
from .points import Facts, PointsResult, compute_points
from .scoring_config import ScoringConfig


@dataclass(frozen=True)
class UnitRef:
    id: int
    code: str
    name: str
    level: str
    unit_class: str | None
    parent_id: int | None


@dataclass(frozen=True)
class UnitRow:
    unit: UnitRef
    submitted: int
    submitted_adopted: int  # of the period's submissions, how many are adopted (as of the report)
    adopted_items: int  # distinct items with an adoption in the period
    adopted_by_level: Mapping[str, int]  # adoption events in the period by level
    adoption_rate: float | None  # share of the period's submissions adopted so far
    points: float
    target_count: int | None
    target_points: float | None
    completion: float | None  # submitted / target count
    points_completion: float | None
    solicitations: Mapping[str, int]  # on_time / late / missing / pending
    avg_quality: float | None
    passed: bool | None = None  # 达标 (every base period in the view ≥ pass_min); None: no pass mark


@dataclass(frozen=True)
class WriterRow:
    """One writer's period: own items submitted and adopted, points with full credit for joint
    items (the item's points before the split), and 稿酬 from the config."""

    writer_id: int
    name: str
    unit: UnitRef
    submitted: int
    adopted: int
    points: float
    reward: float


@dataclass(frozen=True)
class PeriodReport:
    period: Period
    scoring_name: str
    as_of: date
    rows: tuple[UnitRow, ...]
    zero_adoption: tuple[UnitRef, ...]
    totals: Mapping[str, float] = field(default_factory=dict)
    writers: tuple[WriterRow, ...] = ()


def descendants(units: Sequence[UnitRef], root_id: int) -> list[UnitRef]:
    children = defaultdict(list)
    for u in units:
        children[u.parent_id].append(u)
    out, stack = [], list(children[root_id])
    while stack:
        u = stack.pop(0)
        out.append(u)
        stack.extend(children[u.id])
    return out


def _target(facts: Facts, unit_id: int, period: Period) -> tuple[int | None, float | None]:
    """Target count/points for the period: the year target for a year, else monthly × months."""
    if period.kind == "year":
        t = facts.targets.get((unit_id, period.year, "year"))
        if t is not None:
            return t.count, t.points
    t = facts.targets.get((unit_id, period.year, "month"))
    if t is None:
        return None, None
    n = len(period.months())
    return (t.count * n if t.count is not None else None, t.points * n if t.points is not None else None)


def period_report(facts: Facts, units: Sequence[UnitRef], config: ScoringConfig, period: Period,
                  as_of: date | None = None, writers: Mapping[int, tuple[str, int]] | None = None) -> PeriodReport:
    """The 通报 rows. Totals count a joint item once (not once per credited unit). ``writers``
    (id → (name, unit id)) adds the per-writer rows."""
    as_of = as_of or date.today()
    first_submit = facts.first_submits
    adopted_any = {e.item_id for e in facts.events if e.kind == "adopt" and e.at.date() < as_of + _ONE_DAY}
    rows = []
    all_adopt_events: set[int] = set()
    all_adopt_by_level: dict[int, str | None] = {}
    all_adopted_items: set[int] = set()
    results: dict[int, PointsResult] = {}
    for u in units:
        mine = set(facts.items_of_unit.get(u.id, ()))
        own = [i for i in sorted(mine) if facts.items[i].units[0] == u.id and facts.items[i].status != "withdrawn"
               and i in first_submit and period.contains(first_submit[i].at.date())]
        adopt_events = [e for i in mine for e in facts.events_of_item.get(i, ())
                        if e.kind == "adopt" and period.contains(e.at.date())]
        by_level = Counter(e.level for e in adopt_events)
        own_adopted = sum(1 for i in own if i in adopted_any)
        rate = own_adopted / len(own) if own else None
        res = results[u.id] = compute_points(facts, config, u.id, period, as_of)
        pts = res.total
        tc, tp = _target(facts, u.id, period)
        sol = Counter()
        for s in facts.solicitations:
            if u.id not in s.units or not period.contains(s.deadline):
                continue
            answers = sorted((first_submit[i] for i in mine if facts.items[i].solicitation_id == s.id
                              and i in first_submit and facts.items[i].status != "withdrawn"),
                             key=lambda e: (e.at, e.id))
            if answers:
                sol["on_time" if answers[0].at.date() <= s.deadline else "late"] += 1
            else:
                sol["missing" if s.deadline < as_of else "pending"] += 1
        scores = [facts.items[i].score for i in own if facts.items[i].score is not None]
        rows.append(UnitRow(
            u, len(own), own_adopted, len({e.item_id for e in adopt_events}),
            {lv: by_level[lv] for lv in reversed(LEVELS) if by_level.get(lv)}, rate, pts, tc, tp,
            (len(own) / tc) if tc else None, (pts / tp) if tp else None,
            {k: sol.get(k, 0) for k in ("on_time", "late", "missing", "pending")},
            round(sum(scores) / len(scores), 1) if scores else None, res.passed))
        all_adopt_events.update(e.id for e in adopt_events)
        all_adopt_by_level.update({e.id: e.level for e in adopt_events})
        all_adopted_items.update(e.item_id for e in adopt_events)
    zero = tuple(r.unit for r in rows if r.adopted_items == 0)
    totals = {"submitted": sum(r.submitted for r in rows),
              "submitted_adopted": sum(r.submitted_adopted for r in rows),
              "adopted_items": len(all_adopted_items),  # a joint item once, not once per unit
              "points": round(sum(r.points for r in rows), config.decimals)}
    levels = Counter(all_adopt_by_level.values())
    for lv in reversed(LEVELS):
        totals[f"adopted_{lv}"] = levels.get(lv, 0)
    wrows = tuple(writer_rows(facts, units, writers, config, period, as_of, results=results)) if writers else ()
    return PeriodReport(period, config.name, as_of, tuple(rows), zero, totals, wrows)


_ONE_DAY = date(2000, 1, 2) - date(2000, 1, 1)


@dataclass(frozen=True)
class RankRow:
    rank: int
    name: str
    unit: str
    points: float
    adopted: int
    reward: float = 0.0


def unit_ranking(facts: Facts, units: Sequence[UnitRef], config: ScoringConfig, year: int,
                 as_of: date | None = None) -> list[RankRow]:
    p = Period("year", year, 0)
    rows = []
    for u in units:
        res = compute_points(facts, config, u.id, p, as_of)
        adopted = len({l.item_id for l in res.lines if l.category == "adopt"})
        rows.append((res.total, adopted, u, res.reward))
    rows.sort(key=lambda r: (-r[0], -r[1], r[2].code))
    return _ranked([(u.name, u.code, pts, adopted, reward) for pts, adopted, u, reward in rows])


_WRITER_CATEGORIES = ("adopt", "multiplier", "instruction", "solicitation", "forward")


def writer_rows(facts: Facts, units: Sequence[UnitRef], writers: Mapping[int, tuple[str, int]],
                config: ScoringConfig, period: Period, as_of: date | None = None, *,
                results: Mapping[int, PointsResult] | None = None) -> list[WriterRow]:
    """Per writer: the points their items earned in ``period`` (adoption, multiplier, instruction,
    约稿, forward), with full credit for joint items — the item's points before the split, taken
    once from the submitting unit — and 稿酬: ``[reward] per_point`` × points plus each outlet's
    ``reward`` per adoption. ``writers``: id → (name, unit id); sorted by points. ``results``: the
    units' :func:`compute_points` for the same period and ``as_of`` when the caller has them."""
    by_unit = {u.id: u for u in units}
    first_submit = facts.first_submits
    pts: dict[int, float] = defaultdict(float)
    adopted: dict[int, set] = defaultdict(set)
    outlet_reward: dict[int, float] = defaultdict(float)
    for u in units:
        res = results.get(u.id) if results else None
        if res is None:
            res = compute_points(facts, config, u.id, period, as_of)
        for line in res.lines:
            if line.item_id is None or line.category not in _WRITER_CATEGORIES:
                continue
            item = facts.items.get(line.item_id)
            if item is None or item.units[0] != u.id or item.writer_id not in writers:
                continue
            pts[item.writer_id] += line.full_points
            if line.category == "adopt":
                adopted[item.writer_id].add(item.id)
                o = config.find_outlet(line.outlet)
                if o is not None and o.reward:
                    outlet_reward[item.writer_id] += o.reward
    submitted_by = Counter(it.writer_id for i, it in facts.items.items() if it.status != "withdrawn"
                           and i in first_submit and period.contains(first_submit[i].at.date()))
    out = []
    for wid, (name, unit_id) in writers.items():
        unit = by_unit.get(unit_id)
        if unit is None:
            continue
        p = round(pts.get(wid, 0.0), config.decimals)
        submitted = submitted_by.get(wid, 0)
        reward = round(max(p, 0.0) * config.reward_per_point + outlet_reward.get(wid, 0.0), 2)
        out.append(WriterRow(wid, name, unit, submitted, len(adopted.get(wid, ())), p, reward))
    out.sort(key=lambda r: (-r.points, -r.adopted, r.unit.code, r.name))
    return out


def writer_ranking(facts: Facts, units: Sequence[UnitRef], writers: Mapping[int, tuple[str, int]],
                   config: ScoringConfig, year: int, as_of: date | None = None) -> list[RankRow]:
    """Writers ranked by the year's item-earned points, full credit for joint items (see
    :func:`writer_rows`), with their 稿酬. ``writers``: id → (name, unit id)."""
    rows = writer_rows(facts, units, writers, config, Period("year", year, 0), as_of)
    return _ranked([(r.name, r.unit.code, r.points, r.adopted, r.reward) for r in rows])


def _ranked(rows: list[tuple[str, str, float, int, float]]) -> list[RankRow]:
    out, prev, rank = [], None, 0
    for i, (name, code, pts, adopted, reward) in enumerate(rows, 1):
        if (pts, adopted) != prev:
            rank, prev = i, (pts, adopted)
        out.append(RankRow(rank, name, code, pts, adopted, reward))
    return out


@dataclass(frozen=True)
class ShortlistRow:
    rank: int
    grade: str
    item_id: int
    title: str
    unit: str
    top_level: str
    outlets: tuple[str, ...]
    quality: int | None
    instructed: bool


def shortlist(facts: Facts, units: Sequence[UnitRef], config: ScoringConfig, year: int) -> list[ShortlistRow]:
    """The year's adopted items ranked by highest level reached, then quality score, then number
    of adoptions; graded by ``[shortlist]`` thresholds (items meeting none are left out)."""
    p = Period("year", year, 0)
    code = {u.id: u.code for u in units}
    best: dict[int, int] = {}
    outlets: dict[int, list[str]] = defaultdict(list)
    instructed: set[int] = set()
    for e in facts.events:
        if e.item_id is None or not p.contains(e.at.date()):
            continue
        if e.kind == "adopt" and e.level in LEVELS:
            best[e.item_id] = max(best.get(e.item_id, -1), LEVELS.index(e.level))
            outlets[e.item_id].append(e.outlet or "")
        elif e.kind == "instruct":
            instructed.add(e.item_id)
    cands = []
    for item_id, lvl in best.items():
        item = facts.items[item_id]
        score = item.score if item.score is not None else -1
        grade = next((g.name for g in config.shortlist
                      if lvl >= LEVELS.index(g.min_level) and score >= g.min_score), None)
        if grade is None:
            continue
        cands.append((-lvl, -(item_id in instructed), -score, -len(outlets[item_id]), item_id, grade))
    cands.sort()
    out = []
    for i, (neg_lvl, _, _, _, item_id, grade) in enumerate(cands, 1):
        item = facts.items[item_id]
        out.append(ShortlistRow(i, grade, item_id, item.title, code.get(item.units[0], "?"),
                                LEVELS[-neg_lvl], tuple(dict.fromkeys(outlets[item_id])), item.score,
                                item_id in instructed))
    return out


def level_name(level: str) -> str:
    return LEVEL_ZH.get(level, level)
