"""The points engine: a pure function from the event log and a scoring configuration to point lines.

``compute_points(facts, config, unit_id, period, as_of)`` never touches the database; the
service gathers :class:`Facts` and reports call this. Every :class:`PointLine` cites the event
ids (and item/solicitation ids) that earned it, which is what ``points explain`` prints.

Rules (all numbers from :class:`ScoringConfig`):
- adoption: outlet table, else level × kind table; several outlets are summed (or only the best
  counts when ``sum_outlets = false``); joint items are split evenly among their units;
- forwarding multiplier: when an item that was forwarded is adopted at a level with a multiplier,
  ``multiply = "own"``: the upper journal's own points (recorded with the adoption, else from the
  table) × the multiplier (衢州: 按省政府办公厅计分的2倍); ``"earlier"``: the item's earlier
  adoption points are multiplied (``max``: highest multiplier wins; ``product``: compound);
- forward points: an item forwarded to a level listed in ``[forwarding.points]`` earns them once
  per level (连云港 选用报省 2, 选报国办 10);
- instruction (批示) bonus: the adopting journal's ``instruction`` bonus (连云港 《昨日情况》 +5,
  《政务建议》 +10), else by level/rank; a repeat in the same tier counts once (a higher rank
  later adds only the difference);
- manual adjustments (``adjust`` events: 虚假信息, 紧急信息迟报, 被通报 …) with clause, reason and
  who; a clause with ``zero_item`` makes the item score nothing;
- shortfall per period (flat and/or per missing item), thresholds (≥ N items in a period);
- solicitations whose deadline falls in the period: on time / late / missing (missing only once
  the deadline has passed ``as_of``); bonus when a solicited item is adopted;
- late item: first submitted more than N days after its event date;
- monthly shortfall: a completed month with fewer submissions than the monthly count target;
- adoption-rate penalty per completed period with at least one submission (0/0 is no rate);
- base score, floor and pass mark apply per base period (``base_period``) inside the view: a
  year view of a quarterly base is four quarters each with base 6 and its own floor; a view
  shorter than the base period shows the raw lines. "N solicitations missed → year scores zero"
  applies to year views.
Voided events never reach this module (the service leaves them out of :class:`Facts`).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import cached_property
from datetime import date, datetime
from typing import Iterable, Mapping

from .errors import ValidationError
from .levels import LEVEL_ZH, LEVELS, Period, level_rank
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
    unit_id: int | None = None  # acting unit; for ``adjust`` the unit adjusted
    points: float | None = None  # adjust: points; adopt: the upper office's own points
    clause: str | None = None  # adjust: the clause key
    reason: str | None = None
    actor: str | None = None


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

    @cached_property
    def adjustments(self) -> list[EventFact]:
        return [e for e in self.sorted_events if e.kind == "adjust"]


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
    clause: str | None = None  # the published clause the line applies (from the config's text)

    @property
    def full_points(self) -> float:
        """The item's points before a joint split (what the writer is credited with)."""
        return self.points / self.share if self.share else self.points

    def to_dict(self) -> dict:
        return {"category": self.category, "points": self.points, "description": self.description,
                "event_ids": list(self.event_ids), "item_id": self.item_id,
                "solicitation_id": self.solicitation_id,
                "date": self.day.isoformat() if self.day else None, "outlet": self.outlet,
                "share": self.share, "clause": self.clause}


@dataclass(frozen=True)
class PassCheck:
    """达标 verdict of one base period: total against ``[scoring] pass_min``."""

    period: Period
    total: float
    pass_min: float
    passed: bool

    def to_dict(self) -> dict:
        return {"period": self.period.label, "total": self.total, "pass_min": self.pass_min,
                "passed": self.passed}


@dataclass(frozen=True)
class PointsResult:
    unit_id: int
    period: Period
    lines: tuple[PointLine, ...]
    total: float
    reward: float
    reward_lines: tuple[PointLine, ...] = ()
    checks: tuple[PassCheck, ...] = ()

    @property
    def passed(self) -> bool | None:
        """False if any base period inside the view is 不达标; None when the config has no pass mark."""
        return all(c.passed for c in self.checks) if self.checks else None

    def by_category(self) -> dict[str, float]:
        out: dict[str, float] = defaultdict(float)
        for line in self.lines:
            out[line.category] += line.points
        return dict(out)


CATEGORY_ZH = {
    "base": "基础分", "adopt": "采用", "multiplier": "转报倍数", "instruction": "领导批示",
    "solicitation": "约稿", "late_item": "迟报", "shortfall": "月度任务未完成", "rate": "采用率",
    "floor": "保底", "year_zero": "全年清零", "reward": "稿酬", "forward": "选送上报",
    "adjust": "人工加减分", "threshold": "数量达标",
}


def _kind(config: ScoringConfig, raw: str | None) -> str:
    """Map a stored kind (possibly recorded under another config, e.g. '调研' or 'brief') to a key;
    a kind this config does not distinguish counts as its default kind."""
    try:
        return config.parse_kind(raw)
    except ValidationError:
        return config.default_kind


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
    my_items = {i: facts.items[i] for i in facts.items_of_unit.get(unit_id, ())}
    events = sorted((e for i in my_items for e in facts.events_of_item.get(i, ())), key=lambda e: (e.at, e.id))
    first_submit = facts.first_submits

    raw: list[PointLine] = []
    zeroed = _zeroed_items(facts, config)
    raw += _item_lines(events, my_items, config, period, zeroed)
    missing_lines = _solicitation_lines(facts, my_items, first_submit, config, unit_id, period, as_of, raw)
    raw += _late_item_lines(my_items, first_submit, config, unit_id, period)
    raw += _adjust_lines(facts, config, unit_id, period)
    raw += _shortfall_lines(facts, my_items, first_submit, config, unit_id, period, as_of)
    raw += _rate_lines(facts, my_items, first_submit, config, unit_id, period, as_of)
    raw += _threshold_lines(facts, my_items, first_submit, config, unit_id, period, as_of)

    lines: list[PointLine] = []
    checks: list[PassCheck] = []
    bp = config.base_period
    if period.covered_by(bp):
        # base, floor and pass mark per base period (a year of a quarterly base: four quarters)
        for sub in period.split(bp):
            mine = [l for l in raw if l.day is not None and sub.contains(l.day)]
            if config.base:
                lines.append(PointLine("base", config.base,
                                       f"{sub.label_zh} 基础分 {config.base:g}", day=sub.start))
            lines += mine
            sub_total = config.base + sum(l.points for l in mine)
            floor = _floor_line(config, sub, config.base, mine)
            if floor is not None:
                lines.append(floor)
                sub_total += floor.points
            if config.pass_min is not None and _completed(sub, as_of):
                sub_total = round(sub_total, r)
                checks.append(PassCheck(sub, sub_total, config.pass_min, sub_total >= config.pass_min))
        lines += [l for l in raw if l.day is None]
    else:
        lines = raw

    if period.kind == "year":
        limit = config.solicitation_missed_limit
        if limit and len(missing_lines) >= limit:
            total_now = sum(line.points for line in lines)
            ids = "、".join(f"#{line.solicitation_id}" for line in missing_lines)
            lines.append(PointLine("year_zero", -total_now,
                                   f"全年未报约稿 {len(missing_lines)} 次（{ids}，≥{limit}），全年积分计为 0",
                                   day=period.last_day))

    lines = [replace(l, points=round(l.points, r), clause=l.clause or _clause_of(config, l)) for l in lines]
    total = round(sum(l.points for l in lines), r)
    reward_lines = _reward_lines(lines, config, total)
    reward = round(sum(l.points for l in reward_lines), 2)
    return PointsResult(unit_id, period, tuple(lines), total, reward, tuple(reward_lines), tuple(checks))


def _clause_of(config: ScoringConfig, line: PointLine) -> str | None:
    """The clause text a line applies: the outlet's own ``clause`` for its adoption (and for a
    journal-dependent instruction bonus), else the config's ``[clauses]`` text for the category."""
    if line.outlet and line.category in ("adopt", "instruction", "multiplier"):
        o = config.find_outlet(line.outlet)
        if o is not None and o.clause:
            return o.clause
    return config.clauses.get(line.category)


def _floor_line(config: ScoringConfig, sub: Period, base: float, lines: list[PointLine]) -> PointLine | None:
    tag = f"{sub.label_zh} " if sub.kind != "year" else ""
    if config.floor == "total":
        total = base + sum(l.points for l in lines)
        if total < 0:
            return PointLine("floor", -total, f"{tag}总分不低于 0，补足至 0", day=sub.last_day)
    elif config.floor == "base":
        minus = sum(l.points for l in lines if l.points < 0)
        if base + minus < 0:
            return PointLine("floor", -(base + minus),
                             f"{tag}扣分以基础分为限，扣完为止（扣分 {-minus:g} 超过基础分 {base:g}）",
                             day=sub.last_day)
    return None


def _zeroed_items(facts: Facts, config: ScoringConfig) -> dict[int, EventFact]:
    """item id → the adjustment (虚假信息 …) that makes the item score nothing."""
    out = {}
    for e in facts.adjustments:
        clause = config.find_adjustment(e.clause)
        if clause is not None and clause.zero_item and e.item_id is not None:
            out.setdefault(e.item_id, e)
    return out


def _adjust_lines(facts: Facts, config: ScoringConfig, unit_id: int, period: Period) -> list[PointLine]:
    out = []
    for e in facts.adjustments:
        if e.unit_id != unit_id or not period.contains(e.at.date()):
            continue
        clause = config.find_adjustment(e.clause)
        name = clause.name if clause else (e.clause or "人工调整（积分办法未列条款）")
        pts = e.points or 0.0
        about = f"，信息#{e.item_id}" if e.item_id else ""
        out.append(PointLine("adjust", pts, f"{name} {pts:+g}：{e.reason or ''}（{e.actor or '—'} 登记{about}）",
                             (e.id,), e.item_id, day=e.at.date(), clause=clause.clause if clause else None))
    return out


def _item_lines(events: list[EventFact], items: Mapping[int, ItemFact], config: ScoringConfig,
                period: Period, zeroed: Mapping[int, EventFact] | None = None) -> list[PointLine]:
    out: list[PointLine] = []
    zeroed = zeroed or {}
    adopted_base: dict[int, float] = defaultdict(float)  # unshared points of non-multiplier adoptions
    base_events: dict[int, list[int]] = defaultdict(list)
    best_single: dict[int, float] = defaultdict(float)
    multiplier: dict[int, float] = defaultdict(lambda: 1.0)
    forwarded: dict[int, set[str | None]] = defaultdict(set)  # item → levels forwarded to (None: unknown)
    forward_paid: set[tuple[int, str]] = set()
    adopted_outlets: dict[int, list[tuple[str, str | None]]] = defaultdict(list)  # item → (level, outlet)
    instr_best: dict[tuple[int, str], tuple[float, int]] = {}
    sol_bonus_done: set[int] = set()
    zero_noted: set[int] = set()
    for e in events:
        item = items[e.item_id]
        share, share_note = _share(item, config)
        inside = period.contains(e.at.date())
        if item.id in zeroed:
            z = zeroed[item.id]
            if e.kind in ("adopt", "instruct", "forward") and inside and item.id not in zero_noted:
                zero_noted.add(item.id)
                clause = config.find_adjustment(z.clause)
                out.append(PointLine("adjust", 0.0, f"信息#{item.id} 经认定为「{clause.name if clause else z.clause}」，"
                                                    f"不计采用、批示和选送分（事件#{z.id}）",
                                     (e.id, z.id), item.id, day=e.at.date(), share=share))
            continue
        if e.kind == "forward":
            forwarded[item.id].add(e.level)
            pts = config.forward_points.get(e.level or "")
            if pts and (item.id, e.level) not in forward_paid:
                forward_paid.add((item.id, e.level))
                if inside:
                    out.append(PointLine("forward", pts * share,
                                         f"信息#{item.id} 被选用报送{LEVEL_ZH.get(e.level, e.level)}级，"
                                         f"{pts:g} 分{share_note}", (e.id,), item.id, day=e.at.date(), share=share))
        elif e.kind == "adopt":
            kind = _kind(config, e.info_kind)
            pts, origin = config.adoption_points(e.outlet, e.level, kind)
            level_zh = LEVEL_ZH.get(e.level or "", e.level or "")
            adopted_outlets[item.id].append((e.level or "", e.outlet))
            m = config.multipliers.get(e.level or "")
            fw = forwarded[item.id]
            via_forward = None in fw or any(lv and level_rank(lv) >= level_rank(e.level or "town")
                                            for lv in fw if lv in LEVELS)
            if m and config.multiply == "own":
                own = e.points if e.points is not None else (pts or 0.0)
                src = "上级通报的计分" if e.points is not None else origin
                if via_forward or not config.multiplier_requires_forward:
                    gain, desc = own * m, (f"信息#{item.id} 经转报被{level_zh}级「{e.outlet}」采用，"
                                           f"按{level_zh}级计分 {own:g}（{src}）的 {m:g} 倍计 {own * m:g} 分")
                else:
                    gain, desc = own, (f"信息#{item.id} 直报被{level_zh}级「{e.outlet}」采用，"
                                       f"按{level_zh}级计分 {own:g} 分（{src}）")
                if inside:
                    out.append(PointLine("adopt", gain * share, desc + share_note, (e.id,), item.id,
                                         day=e.at.date(), outlet=e.outlet, share=share))
            elif m and (via_forward or not config.multiplier_requires_forward):
                new_m = max(multiplier[item.id], m) if config.multiplier_combine == "max" \
                    else multiplier[item.id] * m
                extra = (new_m - multiplier[item.id]) * adopted_base[item.id]
                multiplier[item.id] = new_m
                if inside:
                    out.append(PointLine(
                        "multiplier", extra * share,
                        f"信息#{item.id} 经转报被{level_zh}级「{e.outlet}」采用，按 ×{new_m:g} 计"
                        f"（原采用分 {adopted_base[item.id]:g}，增加 {extra:g}）{share_note}",
                        (e.id, *base_events[item.id]), item.id, day=e.at.date(), outlet=e.outlet, share=share))
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
                                         day=e.at.date(), outlet=e.outlet, share=share))
        elif e.kind == "instruct":
            level = e.level or ""
            level_zh = LEVEL_ZH.get(level, level)
            rank_txt = f"（{e.rank}）" if e.rank else ""
            pts, basis, by_outlet = _instruction_points(config, e, adopted_outlets[item.id])
            if pts is None:
                if inside:
                    out.append(PointLine("instruction", 0.0,
                                         f"信息#{item.id} 获{level_zh}级领导批示{rank_txt}：积分办法未列此层级"
                                         f"{'及采用刊物' if adopted_outlets[item.id] else ''}，计 0 分",
                                         (e.id,), item.id, day=e.at.date(), share=share))
                continue
            tier = config.instruction_tier(level)
            tier_zh = tier if tier not in LEVEL_ZH else f"{LEVEL_ZH[tier]}级"
            prev = instr_best.get((item.id, tier))
            if config.instruction_same_level_once and prev is not None:
                gain = max(0.0, pts - prev[0])
                if pts > prev[0]:
                    instr_best[(item.id, tier)] = (pts, e.id)
                desc = (f"信息#{item.id} 再获{level_zh}级领导批示{rank_txt}：{tier_zh}批示只计一次"
                        + (f"，补足差额 {gain:g}" if gain else "，不再加分"))
                ids = (e.id, prev[1])
            else:
                gain = pts
                instr_best[(item.id, tier)] = (pts, e.id)
                desc = f"信息#{item.id} 获{level_zh}级领导批示{rank_txt}，{basis}加 {pts:g}"
                ids = (e.id,)
            if inside:
                out.append(PointLine("instruction", gain * share, desc + share_note, ids, item.id,
                                     day=e.at.date(), outlet=by_outlet, share=share))
    return out


def _instruction_points(config: ScoringConfig, e: EventFact,
                        adopted: list[tuple[str, str | None]]) -> tuple[float | None, str, str | None]:
    """The bonus for one instruction: the named (or adopting) journal's ``instruction`` bonus at
    the instruction's level, else the level/rank table."""
    level = e.level or ""
    if e.outlet:
        o = config.find_outlet(e.outlet)
        if o is not None and o.instruction is not None:
            return o.instruction, f"按「{o.name}」所载信息批示 ", o.name
    best = None
    for lv, name in adopted:
        o = config.find_outlet(name)
        if o is not None and o.instruction is not None and lv == level:
            if best is None or o.instruction > best.instruction:
                best = o
    if best is not None:
        return best.instruction, f"按「{best.name}」所载信息批示 ", best.name
    return config.instruction_points(level, e.rank), "", None


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


def _count_target(facts: Facts, unit_id: int, p: Period) -> int | None:
    """The unit's count target for ``p``: its own target of that kind (month/quarter/year), else
    the monthly target × the months in ``p``."""
    t = facts.targets.get((unit_id, p.year, p.kind))
    if t is not None and t.count is not None:
        return t.count
    months = p.months()
    t = facts.targets.get((unit_id, p.year, "month"))
    if t is not None and t.count is not None and months:
        return t.count * len(months)
    return None


def _shortfall_lines(facts: Facts, items, first_submit, config: ScoringConfig, unit_id: int,
                     period: Period, as_of: date) -> list[PointLine]:
    out = []
    if config.monthly_shortfall:
        for m in period.months():
            target = facts.targets.get((unit_id, m.year, "month"))
            if not target or not target.count or not _completed(m, as_of):
                continue
            subs = _submitted_in(items, first_submit, unit_id, m)
            if len(subs) < target.count:
                out.append(PointLine("shortfall", config.monthly_shortfall,
                                     f"{m.label_zh} 报送 {len(subs)} 条，未完成月度任务 {target.count} 条，"
                                     f"{config.monthly_shortfall:+g}", tuple(sorted(e.id for e in subs)),
                                     day=m.last_day))
    for rule in config.shortfalls:
        for p in period.split(rule.period):
            target = _count_target(facts, unit_id, p)
            if not target or not _completed(p, as_of):
                continue
            subs = _submitted_in(items, first_submit, unit_id, p)
            missing = target - len(subs)
            if missing <= 0:
                continue
            pts = rule.points + rule.per_item * missing
            how = "、".join(x for x in (f"{rule.points:+g}" if rule.points else "",
                                        f"每少1篇 {rule.per_item:+g}，少 {missing} 篇" if rule.per_item else "") if x)
            out.append(PointLine("shortfall", pts,
                                 f"{p.label_zh} 报送 {len(subs)} 条，未达任务数 {target} 条（{how}），{pts:+g}",
                                 tuple(sorted(e.id for e in subs)), day=p.last_day))
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
            if not subs:  # nothing submitted: no rate (0/0); a count shortfall is its own rule
                continue
            hits = [e for e in subs if e.item_id in adopted_items]
            rate = len(hits) / len(subs)
            if rate < rule.min_rate:
                out.append(PointLine("rate", rule.points,
                                     f"{p.label_zh} 采用率 {rate:.0%}（{len(hits)}/{len(subs)}），"
                                     f"低于 {rule.min_rate:.0%}，{rule.points:+g}",
                                     tuple(sorted(e.id for e in subs)), day=p.last_day))
    return out


def _threshold_lines(facts: Facts, items, first_submit, config: ScoringConfig, unit_id: int,
                     period: Period, as_of: date) -> list[PointLine]:
    out = []
    for rule in config.thresholds:
        for p in period.split(rule.period):
            subs = _submitted_in(items, first_submit, unit_id, p)
            if rule.count == "adopted":
                hits = sorted({e.item_id for e in subs if e.item_id in facts.adopted_item_ids})
                what = "被采用"
            else:
                hits = sorted(e.item_id for e in subs)
                what = "报送"
            if len(hits) >= rule.min:
                ids = tuple(sorted(e.id for e in subs if e.item_id in set(hits)))
                out.append(PointLine("threshold", rule.points,
                                     f"{p.label_zh} {what} {len(hits)} 条，达到 {rule.min} 条，{rule.points:+g}",
                                     ids, day=p.last_day))
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
