"""The points engine: a pure function from the event log and a scoring configuration to point lines.

``compute_points(facts, config, unit_id, period, as_of)`` never touches the database; the
service gathers :class:`Facts` and reports call this. Every :class:`PointLine` cites the event
ids (and item/solicitation ids) that earned it, which is what ``points explain`` prints.

Rules (all numbers from :class:`ScoringConfig`):
- adoption: outlet table, else level × kind table; several outlets are summed (or only the best
  counts when ``sum_outlets = false``); joint items are split evenly among their units;
- forwarding multiplier: when an item that was forwarded is adopted at a level with a multiplier,
  the item's earlier adoption points are multiplied (``max``: highest multiplier wins;
  ``product``: multipliers compound); the line holds the extra points;
- instruction (批示) bonus by level/rank; a repeat at the same level counts once (a higher rank
  later adds only the difference);
- solicitations whose deadline falls in the period: on time / late / missing (missing only once
  the deadline has passed ``as_of``); bonus when a solicited item is adopted;
- late item: first submitted more than N days after its event date;
- monthly shortfall: a completed month with fewer submissions than the monthly count target;
- adoption-rate penalty per completed month/quarter/year;
- base score, and floors, and "N solicitations missed → year scores zero" apply to annual
  totals only (the base period); month/quarter views show the raw lines.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from datetime import date, datetime
from typing import Iterable, Mapping

from .errors import ValidationError
from .levels import LEVEL_ZH, Period
from .scoring_config import ScoringConfig


@dataclass(frozen=True)
class EventFact:
    id: int
    item_id: int | None
    kind: str  # submit, return, forward, receive, adopt, reject, instruct, withdraw, edit, create
    at: datetime
    outlet: str | None = None
    level: str | None = None
    info_kind: str | None = None
    rank: str | None = None


@dataclass(frozen=True)
class ItemFact:
    id: int
    units: tuple[int, ...]  # position 0 = submitting unit
    writer_id: int | None = None
    solicitation_id: int | None = None
    event_date: date | None = None
    status: str = "submitted"
    title: str = ""
    score: int | None = None  # checker score of the newest version


@dataclass(frozen=True)
class SolicitationFact:
    id: int
    topic: str
    deadline: date
    units: tuple[int, ...]


@dataclass(frozen=True)
class TargetFact:
    count: int | None = None
    points: float | None = None


@dataclass
class Facts:
    """Everything the points engine may look at. ``events`` may be in any order."""

    items: Mapping[int, ItemFact]
    events: list[EventFact]
    solicitations: list[SolicitationFact] = field(default_factory=list)
    # (unit_id, year, "month"|"year") → target
    targets: Mapping[tuple[int, int, str], TargetFact] = field(default_factory=dict)

    # Indexes are built on first use; build a new Facts rather than mutating one already used.
    @cached_property
    def sorted_events(self) -> list[EventFact]:
        return sorted(self.events, key=lambda e: (e.at, e.id))

    @cached_property
    def first_submits(self) -> dict[int, EventFact]:
        out: dict[int, EventFact] = {}
        for e in self.sorted_events:
            if e.kind == "submit" and e.item_id is not None and e.item_id not in out:
                out[e.item_id] = e
        return out

    def first_submit(self) -> dict[int, EventFact]:
        """item id → its first submission event."""
        return self.first_submits

    @cached_property
    def items_of_unit(self) -> dict[int, list[int]]:
        """unit id → ids of the items it is credited with (own and joint)."""
        out: dict[int, list[int]] = defaultdict(list)
        for i, it in self.items.items():
            for u in it.units:
                out[u].append(i)
        return out

    @cached_property
    def events_of_item(self) -> dict[int, list[EventFact]]:
        out: dict[int, list[EventFact]] = defaultdict(list)
        for e in self.sorted_events:
            if e.item_id is not None:
                out[e.item_id].append(e)
        return out

    @cached_property
    def adopted_item_ids(self) -> set[int]:
        return {e.item_id for e in self.events if e.kind == "adopt"}


@dataclass(frozen=True)
class PointLine:
    category: str  # base adopt multiplier instruction solicitation late_item shortfall rate floor year_zero
    points: float
    description: str
    event_ids: tuple[int, ...] = ()
    item_id: int | None = None
    solicitation_id: int | None = None
    day: date | None = None
    outlet: str | None = None
    share: float = 1.0  # this unit's share of a joint item

    def to_dict(self) -> dict:
        return {"category": self.category, "points": self.points, "description": self.description,
                "event_ids": list(self.event_ids), "item_id": self.item_id,
                "solicitation_id": self.solicitation_id,
                "date": self.day.isoformat() if self.day else None, "outlet": self.outlet,
                "share": self.share}


@dataclass(frozen=True)
class PointsResult:
    unit_id: int
    period: Period
    lines: tuple[PointLine, ...]
    total: float
    reward: float
    reward_lines: tuple[PointLine, ...] = ()

    def by_category(self) -> dict[str, float]:
        out: dict[str, float] = defaultdict(float)
        for line in self.lines:
            out[line.category] += line.points
        return dict(out)


CATEGORY_ZH = {
    "base": "基础分", "adopt": "采用", "multiplier": "转报倍数", "instruction": "领导批示",
    "solicitation": "约稿", "late_item": "迟报", "shortfall": "月度任务未完成", "rate": "采用率",
    "floor": "保底", "year_zero": "全年清零", "reward": "稿酬",
}


def _kind(config: ScoringConfig, raw: str | None) -> str:
    """Map a stored kind (possibly recorded before this config was chosen, e.g. '调研') to a key."""
    try:
        return config.parse_kind(raw)
    except ValidationError:
        return raw or config.default_kind


def _share(item: ItemFact, config: ScoringConfig) -> tuple[float, str]:
    n = len(item.units)
    if config.split_joint and n > 1:
        return 1.0 / n, f"（{n}个单位联合报送，平均分得 1/{n}）"
    return 1.0, ""


def compute_points(facts: Facts, config: ScoringConfig, unit_id: int, period: Period,
                   as_of: date | None = None) -> PointsResult:
    """Point lines for ``unit_id`` in ``period`` (pure; ``as_of`` defaults to today)."""
    as_of = as_of or date.today()
    r = config.decimals
    lines: list[PointLine] = []
    my_items = {i: facts.items[i] for i in facts.items_of_unit.get(unit_id, ())}
    events = sorted((e for i in my_items for e in facts.events_of_item.get(i, ())), key=lambda e: (e.at, e.id))
    first_submit = facts.first_submits

    if config.base and period.kind == config.base_period == "year":
        lines.append(PointLine("base", config.base, f"基础分 {config.base:g}"))
    elif config.base and config.base_period == "month":
        for m in period.months():
            lines.append(PointLine("base", config.base, f"{m.label_zh} 基础分 {config.base:g}"))

    lines += _item_lines(events, my_items, config, period)
    missing_lines = _solicitation_lines(facts, my_items, first_submit, config, unit_id, period, as_of, lines)
    lines += _late_item_lines(my_items, first_submit, config, unit_id, period)
    lines += _shortfall_lines(facts, my_items, first_submit, config, unit_id, period, as_of)
    lines += _rate_lines(facts, my_items, first_submit, config, unit_id, period, as_of)

    raw = sum(line.points for line in lines)
    if period.kind == "year":
        if config.floor == "total" and raw < 0:
            lines.append(PointLine("floor", -raw, "总分不低于 0，补足至 0"))
        elif config.floor == "base":
            base = sum(line.points for line in lines if line.category == "base")
            minus = sum(line.points for line in lines if line.points < 0)
            if base + minus < 0:
                lines.append(PointLine("floor", -(base + minus),
                                       f"扣分以基础分为限（扣分 {-minus:g} 超过基础分 {base:g}）"))
        limit = config.solicitation_missed_limit
        if limit and len(missing_lines) >= limit:
            total_now = sum(line.points for line in lines)
            ids = "、".join(f"#{line.solicitation_id}" for line in missing_lines)
            lines.append(PointLine("year_zero", -total_now,
                                   f"全年未报约稿 {len(missing_lines)} 次（{ids}，≥{limit}），全年积分计为 0"))

    lines = [PointLine(l.category, round(l.points, r), l.description, l.event_ids, l.item_id,
                       l.solicitation_id, l.day, l.outlet, l.share) for l in lines]
    total = round(sum(l.points for l in lines), r)
    reward_lines = _reward_lines(lines, config, total)
    reward = round(sum(l.points for l in reward_lines), 2)
    return PointsResult(unit_id, period, tuple(lines), total, reward, tuple(reward_lines))


def _item_lines(events: list[EventFact], items: Mapping[int, ItemFact], config: ScoringConfig,
                period: Period) -> list[PointLine]:
    out: list[PointLine] = []
    adopted_base: dict[int, float] = defaultdict(float)  # unshared points of non-multiplier adoptions
    base_events: dict[int, list[int]] = defaultdict(list)
    best_single: dict[int, float] = defaultdict(float)
    multiplier: dict[int, float] = defaultdict(lambda: 1.0)
    forwarded: set[int] = set()
    instr_best: dict[tuple[int, str], tuple[float, int]] = {}
    sol_bonus_done: set[int] = set()
    for e in events:
        item = items[e.item_id]
        share, share_note = _share(item, config)
        inside = period.contains(e.at.date())
        if e.kind == "forward":
            forwarded.add(item.id)
        elif e.kind == "adopt":
            kind = _kind(config, e.info_kind)
            pts, origin = config.adoption_points(e.outlet, e.level, kind)
            level_zh = LEVEL_ZH.get(e.level or "", e.level or "")
            m = config.multipliers.get(e.level or "")
            if m and (item.id in forwarded or not config.multiplier_requires_forward):
                new_m = max(multiplier[item.id], m) if config.multiplier_combine == "max" \
                    else multiplier[item.id] * m
                extra = (new_m - multiplier[item.id]) * adopted_base[item.id]
                multiplier[item.id] = new_m
                if inside:
                    out.append(PointLine(
                        "multiplier", extra * share,
                        f"信息#{item.id} 经转报被{level_zh}级「{e.outlet}」采用，按 ×{new_m:g} 计"
                        f"（原采用分 {adopted_base[item.id]:g}，增加 {extra:g}）{share_note}",
                        (e.id, *base_events[item.id]), item.id, day=e.at.date(), outlet=e.outlet))
                pts_own = pts or 0.0
                if pts_own and inside:
                    out.append(PointLine("adopt", pts_own * share,
                                         f"信息#{item.id} 被{level_zh}级「{e.outlet}」采用（{config.kind_label(kind)}），"
                                         f"{origin} {pts_own:g} 分{share_note}",
                                         (e.id,), item.id, day=e.at.date(), outlet=e.outlet, share=share))
            else:
                pts_v = pts or 0.0
                if config.sum_outlets:
                    gain = pts_v
                    note = ""
                else:
                    gain = max(0.0, pts_v - best_single[item.id])
                    note = "（多刊采用只计最高分）" if gain < pts_v else ""
                    best_single[item.id] = max(best_single[item.id], pts_v)
                adopted_base[item.id] += gain
                base_events[item.id].append(e.id)
                if inside:
                    desc = (f"信息#{item.id} 被{level_zh}级「{e.outlet}」采用（{config.kind_label(kind)}），"
                            f"{origin} {pts_v:g} 分{note}{share_note}" if pts is not None else
                            f"信息#{item.id} 被{level_zh}级「{e.outlet}」采用：{origin}，计 0 分")
                    out.append(PointLine("adopt", gain * share * multiplier[item.id], desc, (e.id,),
                                         item.id, day=e.at.date(), outlet=e.outlet, share=share))
            if item.solicitation_id and config.solicitation_adopted_bonus and item.id not in sol_bonus_done:
                sol_bonus_done.add(item.id)
                if inside:
                    out.append(PointLine("solicitation", config.solicitation_adopted_bonus * share,
                                         f"约稿信息#{item.id} 被采用，加 {config.solicitation_adopted_bonus:g}"
                                         f"{share_note}", (e.id,), item.id, item.solicitation_id,
                                         day=e.at.date(), outlet=e.outlet))
        elif e.kind == "instruct":
            level = e.level or ""
            pts = config.instruction_points(level, e.rank)
            level_zh = LEVEL_ZH.get(level, level)
            rank_txt = f"（{e.rank}）" if e.rank else ""
            if pts is None:
                if inside:
                    out.append(PointLine("instruction", 0.0,
                                         f"信息#{item.id} 获{level_zh}级领导批示{rank_txt}：积分办法未列此层级，计 0 分",
                                         (e.id,), item.id, day=e.at.date()))
                continue
            prev = instr_best.get((item.id, level))
            if config.instruction_same_level_once and prev is not None:
                gain = max(0.0, pts - prev[0])
                if pts > prev[0]:
                    instr_best[(item.id, level)] = (pts, e.id)
                desc = (f"信息#{item.id} 再获{level_zh}级领导批示{rank_txt}：同级批示只计一次"
                        + (f"，补足差额 {gain:g}" if gain else "，不再加分"))
                ids = (e.id, prev[1])
            else:
                gain = pts
                instr_best[(item.id, level)] = (pts, e.id)
                desc = f"信息#{item.id} 获{level_zh}级领导批示{rank_txt}，加 {pts:g}"
                ids = (e.id,)
            if inside:
                out.append(PointLine("instruction", gain * share, desc + share_note, ids, item.id,
                                     day=e.at.date()))
    return out


def _solicitation_lines(facts: Facts, items: Mapping[int, ItemFact], first_submit: Mapping[int, EventFact],
                        config: ScoringConfig, unit_id: int, period: Period, as_of: date,
                        out: list[PointLine]) -> list[PointLine]:
    """Append on-time/late/missing lines to ``out``; return the 'missing' ones."""
    missing: list[PointLine] = []
    for s in facts.solicitations:
        if unit_id not in s.units or not period.contains(s.deadline):
            continue
        answers = sorted((first_submit[i] for i, it in items.items()
                          if it.solicitation_id == s.id and i in first_submit
                          and it.status != "withdrawn"), key=lambda e: (e.at, e.id))
        if answers:
            e = answers[0]
            if e.at.date() <= s.deadline:
                pts, what = config.solicitation_on_time, "按时报送"
            else:
                pts, what = config.solicitation_late, f"迟报（{(e.at.date() - s.deadline).days} 天）"
            if pts:
                out.append(PointLine("solicitation", pts,
                                     f"约稿#{s.id}「{s.topic}」{what}（信息#{e.item_id}，截止 {s.deadline}），"
                                     f"{pts:+g}", (e.id,), e.item_id, s.id, day=e.at.date()))
        elif s.deadline < as_of:
            line = PointLine("solicitation", config.solicitation_missing,
                             f"约稿#{s.id}「{s.topic}」截止 {s.deadline} 未报送，{config.solicitation_missing:+g}",
                             (), None, s.id, day=s.deadline)
            missing.append(line)
            if config.solicitation_missing or config.solicitation_missed_limit:
                out.append(line)
    return missing


def _submitted_in(items: Mapping[int, ItemFact], first_submit: Mapping[int, EventFact], unit_id: int,
                  p: Period) -> list[EventFact]:
    """First-submission events of the unit's own (not joint, not withdrawn) items inside ``p``."""
    return [first_submit[i] for i, it in items.items()
            if i in first_submit and it.units[0] == unit_id and it.status != "withdrawn"
            and p.contains(first_submit[i].at.date())]


def _late_item_lines(items, first_submit, config: ScoringConfig, unit_id: int, period: Period) -> list[PointLine]:
    if not config.late_item_days or not config.late_item_points:
        return []
    out = []
    for e in sorted(_submitted_in(items, first_submit, unit_id, period), key=lambda e: e.id):
        item = items[e.item_id]
        if item.event_date and (e.at.date() - item.event_date).days > config.late_item_days:
            days = (e.at.date() - item.event_date).days
            out.append(PointLine("late_item", config.late_item_points,
                                 f"信息#{item.id} 事发 {item.event_date} 后 {days} 天才报送"
                                 f"（超过 {config.late_item_days} 天），{config.late_item_points:+g}",
                                 (e.id,), item.id, day=e.at.date()))
    return out


def _completed(p: Period, as_of: date) -> bool:
    return p.end <= as_of


def _shortfall_lines(facts: Facts, items, first_submit, config: ScoringConfig, unit_id: int,
                     period: Period, as_of: date) -> list[PointLine]:
    if not config.monthly_shortfall:
        return []
    out = []
    for m in period.months():
        target = facts.targets.get((unit_id, m.year, "month"))
        if not target or not target.count or not _completed(m, as_of):
            continue
        subs = _submitted_in(items, first_submit, unit_id, m)
        if len(subs) < target.count:
            out.append(PointLine("shortfall", config.monthly_shortfall,
                                 f"{m.label_zh} 报送 {len(subs)} 条，未完成月度任务 {target.count} 条，"
                                 f"{config.monthly_shortfall:+g}", tuple(sorted(e.id for e in subs)),
                                 day=m.end))
    return out


def _rate_lines(facts: Facts, items, first_submit, config: ScoringConfig, unit_id: int,
                period: Period, as_of: date) -> list[PointLine]:
    out = []
    adopted_items = facts.adopted_item_ids
    for rule in config.rate_penalties:
        for p in period.split(rule.period):
            if not _completed(p, as_of):
                continue
            subs = _submitted_in(items, first_submit, unit_id, p)
            hits = [e for e in subs if e.item_id in adopted_items]
            rate = len(hits) / len(subs) if subs else 0.0
            if rate < rule.min_rate:
                out.append(PointLine("rate", rule.points,
                                     f"{p.label_zh} 采用率 {rate:.0%}（{len(hits)}/{len(subs)}），"
                                     f"低于 {rule.min_rate:.0%}，{rule.points:+g}",
                                     tuple(sorted(e.id for e in subs)), day=p.end))
    return out


def _reward_lines(lines: Iterable[PointLine], config: ScoringConfig, total: float) -> list[PointLine]:
    out = []
    if config.reward_per_point and total > 0:
        out.append(PointLine("reward", total * config.reward_per_point,
                             f"稿酬 {config.reward_per_point:g} 元/分 × {total:g} 分"))
    for line in lines:
        if line.category != "adopt" or not line.outlet:
            continue
        o = config.find_outlet(line.outlet)
        if o is not None and o.reward:
            out.append(PointLine("reward", o.reward * line.share,
                                 f"「{o.name}」采用稿酬 {o.reward:g} 元（信息#{line.item_id}）"
                                 + (f" × {line.share:.2f}" if line.share != 1 else ""),
                                 line.event_ids, line.item_id, day=line.day, outlet=o.name, share=line.share))
    return out
