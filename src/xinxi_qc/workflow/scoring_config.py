"""The TOML scoring configuration (积分办法): every number the points engine uses.

``load_scoring(ref)`` takes a path to a TOML file or the name of a shipped example
(``quzhou``/衢州, ``lianyungang``/连云港, ``zhonglou``/钟楼区) and returns a validated,
immutable :class:`ScoringConfig`. Anything malformed raises :class:`ScoringConfigError` naming
the offending key. The format is documented in docs/workflow.md and in the shipped examples.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from .errors import ScoringConfigError, ValidationError
from .levels import LEVEL_ZH, PERIOD_KINDS, PERIOD_KIND_ZH, parse_level, parse_level_key

EXAMPLES_DIR = Path(__file__).with_name("scoring")
EXAMPLES = {
    "quzhou": "quzhou.toml", "衢州": "quzhou.toml",
    "lianyungang": "lianyungang.toml", "连云港": "lianyungang.toml",
    "zhonglou": "zhonglou.toml", "钟楼区": "zhonglou.toml", "钟楼": "zhonglou.toml",
}
ANY_KIND = "*"


@dataclass(frozen=True)
class Outlet:
    """A named journal/outlet (刊物) with its level and points per information kind."""

    name: str
    level: str
    points: Mapping[str, float]  # kind → points; ANY_KIND for every kind
    aliases: tuple[str, ...] = ()
    reward: float = 0.0  # 稿酬 per adoption in this outlet
    instruction: float | None = None  # bonus when a leader instructs an item adopted in this outlet
    clause: str | None = None  # the published clause text for this journal (cited by points explain)

    def points_for(self, kind: str) -> float | None:
        if kind in self.points:
            return self.points[kind]
        return self.points.get(ANY_KIND)


@dataclass(frozen=True)
class RatePenalty:
    period: str  # week | month | bimonth | quarter | half | year
    min_rate: float
    points: float


@dataclass(frozen=True)
class ShortfallRule:
    """Fewer own submissions in a period than the unit's count target: ``points`` once, plus
    ``per_item`` for every missing item (每少1篇扣1分)."""

    period: str
    points: float = 0.0
    per_item: float = 0.0


@dataclass(frozen=True)
class Threshold:
    """Reaching ``min`` submitted (or adopted) items in a period earns ``points`` (年报送15篇以上计50分)."""

    period: str
    count: str  # submitted | adopted
    min: int
    points: float


@dataclass(frozen=True)
class AdjustmentClause:
    """A clause applied by hand (虚假信息, 紧急信息迟报, 严重错误被通报 …): recorded as an event with a
    reason and who; ``points`` is the default, ``min``/``max`` the range an office may choose within;
    ``zero_item``: the item concerned scores nothing (虚假信息不计分)."""

    key: str
    name: str
    points: float
    min: float
    max: float
    aliases: tuple[str, ...] = ()
    zero_item: bool = False
    clause: str | None = None  # the published clause text


@dataclass(frozen=True)
class ShortlistGrade:
    name: str
    min_level: str
    min_score: float


@dataclass(frozen=True)
class ScoringConfig:
    name: str
    source: str
    kinds: Mapping[str, tuple[str, ...]]  # kind key → aliases (first alias = Chinese label)
    default_kind: str
    base: float = 0.0
    base_period: str = "year"
    floor: str = "none"  # none | total | base
    decimals: int = 2
    split_joint: bool = True
    sum_outlets: bool = True
    levels: Mapping[str, Mapping[str, float]] = field(default_factory=dict)
    level_tiers: Mapping[str, str] = field(default_factory=dict)  # level → tier label of its [levels] key
    outlets: tuple[Outlet, ...] = ()
    instructions: Mapping[str, Mapping[str, float]] = field(default_factory=dict)  # level → rank → pts
    instruction_same_level_once: bool = True
    instruction_tiers: Mapping[str, str] = field(default_factory=dict)  # level → tier ("省级及以上")
    multipliers: Mapping[str, float] = field(default_factory=dict)
    multiplier_combine: str = "max"  # max | product
    multiplier_requires_forward: bool = True
    multiply: str = "earlier"  # earlier: the item's earlier points | own: the upper level's own points
    forward_points: Mapping[str, float] = field(default_factory=dict)  # target level → points (选用报省)
    solicitation_on_time: float = 0.0
    solicitation_late: float = 0.0
    solicitation_missing: float = 0.0
    solicitation_adopted_bonus: float = 0.0
    solicitation_missed_limit: int = 0  # ≥ this many missed in a year → year total 0 (0 = off)
    late_item_days: int = 0  # 0 = off
    late_item_points: float = 0.0
    monthly_shortfall: float = 0.0
    rate_penalties: tuple[RatePenalty, ...] = ()
    shortfalls: tuple[ShortfallRule, ...] = ()
    thresholds: tuple[Threshold, ...] = ()
    adjustments: tuple[AdjustmentClause, ...] = ()
    pass_min: float | None = None  # 综合得分低于此数视为不达标 (per base period)
    clauses: Mapping[str, str] = field(default_factory=dict)  # line category → published clause text
    reward_per_point: float = 0.0
    shortlist: tuple[ShortlistGrade, ...] = ()
    toml_text: str = ""

    # -- lookups -------------------------------------------------------------------------------
    def find_outlet(self, name: str | None) -> Outlet | None:
        if not name:
            return None
        for o in self.outlets:
            if name == o.name or name in o.aliases:
                return o
        return None

    def parse_kind(self, value: str | None) -> str:
        if value is None or value == "":
            return self.default_kind
        for key, aliases in self.kinds.items():
            if value == key or value in aliases:
                return key
        names = "、".join(f"{k}({a[0]})" if a else k for k, a in self.kinds.items())
        raise ValidationError(f"未知信息类别 {value!r}；本积分办法可用：{names}")

    def kind_label(self, key: str) -> str:
        aliases = self.kinds.get(key) or ()
        return aliases[0] if aliases else key

    def adoption_points(self, outlet: str | None, level: str | None, kind: str) -> tuple[float | None, str]:
        """Points for one adoption, and where the number came from (None = not configured)."""
        o = self.find_outlet(outlet)
        if o is not None:
            pts = o.points_for(kind)
            if pts is not None:
                return pts, f"刊物「{o.name}」"
        if level and level in self.levels:
            pts = self.levels[level].get(kind, self.levels[level].get(ANY_KIND))
            if pts is not None:
                return pts, f"层级 {level}"
        return None, "积分办法未列此刊物/层级/类别"

    def find_adjustment(self, name: str | None) -> AdjustmentClause | None:
        if not name:
            return None
        for a in self.adjustments:
            if name in (a.key, a.name) or name in a.aliases:
                return a
        return None

    def instruction_tier(self, level: str) -> str:
        return self.instruction_tiers.get(level, level)

    def instruction_points(self, level: str, rank: str | None) -> float | None:
        table = self.instructions.get(level)
        if not table:
            return None
        if rank and rank in table:
            return table[rank]
        return table.get("default")

    def validate_adoption(self, outlet: str, level: str | None, kind: str,
                          upper_points: float | None = None) -> None:
        """Refuse an adoption this configuration cannot score (before anything is recorded)."""
        if upper_points is not None:
            if not (level and level in self.multipliers and self.multiply == "own"):
                raise ValidationError(
                    f"积分办法「{self.name}」不按上级刊物本身的计分乘倍数，不能填写上级计分（--upper-points）")
            return
        pts, _ = self.adoption_points(outlet, level, kind)
        if pts is not None:
            return
        if level and level in self.multipliers:
            if self.multiply == "earlier":
                return
            raise ValidationError(
                f"积分办法「{self.name}」按{LEVEL_ZH.get(level, level)}级刊物本身的计分乘倍数，"
                f"但未列刊物「{outlet}」的计分：请用 --upper-points 填写上级通报的计分")
        raise ValidationError(
            f"积分办法「{self.name}」中没有刊物「{outlet}」（层级 {level}、类别 {kind}）的分值")


def load_scoring(ref: str | Path) -> ScoringConfig:
    """Load a scoring configuration from a TOML path or a shipped example name."""
    ref_s = str(ref)
    path = EXAMPLES_DIR / EXAMPLES[ref_s] if ref_s in EXAMPLES else Path(ref_s)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        known = "、".join(sorted({k for k in EXAMPLES if k.isascii()}))
        raise ScoringConfigError(f"找不到积分配置 {ref_s}（可用示例：{known}）") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ScoringConfigError(f"无法读取积分配置 {ref_s}：{exc}") from None
    return parse_scoring(text, source=str(path))


def parse_scoring(text: str, source: str = "<string>") -> ScoringConfig:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ScoringConfigError(f"积分配置 {source} 不是合法的 TOML：{exc}") from None
    try:
        return _build(data, source, text)
    except ScoringConfigError:
        raise
    except ValidationError as exc:
        raise ScoringConfigError(f"积分配置 {source}：{exc}") from None


# -- validation helpers --------------------------------------------------------------------------
def _err(source: str, key: str, msg: str) -> ScoringConfigError:
    return ScoringConfigError(f"积分配置 {source} 的 {key}：{msg}")


def _num(v: Any, source: str, key: str) -> float:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise _err(source, key, f"应为数字，实际是 {v!r}")
    return float(v)


def _table(v: Any, source: str, key: str) -> dict:
    if v is None:
        return {}
    if not isinstance(v, dict):
        raise _err(source, key, "应为表（table）")
    return v


def _check_keys(tbl: dict, allowed: set[str], source: str, key: str) -> None:
    extra = sorted(set(tbl) - allowed)
    if extra:
        raise _err(source, key, f"未知键 {', '.join(extra)}（可用：{', '.join(sorted(allowed))}）")


CLAUSE_KEYS = ("base", "adopt", "multiplier", "forward", "instruction", "solicitation", "late_item", "shortfall",
               "rate", "threshold", "adjust", "floor", "year_zero")
_PERIOD_HELP = "只能是 " + "、".join(f"{k}（{v}）" for k, v in PERIOD_KIND_ZH.items())


def _array(v: Any, source: str, key: str) -> list:
    if v is None:
        return []
    if not isinstance(v, list):
        raise _err(source, key, "应为表数组")
    return v


def _kind_points(v: Any, kinds: Mapping[str, Any], source: str, key: str) -> dict[str, float]:
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return {ANY_KIND: float(v)}
    if not isinstance(v, dict):
        raise _err(source, key, f"应为数字，或按信息类别给分的表（如 {{ news = 2, research = 5 }}），实际是 {v!r}")
    tbl = v
    out = {}
    for k, pts in tbl.items():
        if k not in kinds and k != ANY_KIND:
            raise _err(source, f"{key}.{k}", f"未在 [kinds] 中定义的信息类别（已定义：{', '.join(kinds)}）")
        out[k] = _num(pts, source, f"{key}.{k}")
    return out


def _build(d: dict, source: str, text: str) -> ScoringConfig:
    _check_keys(d, {"scoring", "kinds", "levels", "outlets", "instructions", "forwarding",
                    "solicitation", "late_item", "targets", "rate_penalty", "reward", "shortlist",
                    "shortfall", "threshold", "adjustments", "clauses"},
                source, "顶层")
    s = _table(d.get("scoring"), source, "[scoring]")
    _check_keys(s, {"name", "description", "base", "base_period", "floor", "decimals",
                    "split_joint", "sum_outlets", "default_kind", "pass_min"}, source, "[scoring]")
    name = s.get("name")
    if not isinstance(name, str) or not name.strip():
        raise _err(source, "scoring.name", "必须给出办法名称")
    base_period = s.get("base_period", "year")
    if base_period not in PERIOD_KINDS:
        raise _err(source, "scoring.base_period", _PERIOD_HELP)
    floor = s.get("floor", "none")
    if floor not in ("none", "total", "base"):
        raise _err(source, "scoring.floor", "只能是 none、total（总分不低于0）或 base（扣分以基础分为限）")
    decimals = s.get("decimals", 2)
    if not isinstance(decimals, int) or not 0 <= decimals <= 4:
        raise _err(source, "scoring.decimals", "应为 0–4 的整数")

    kinds_raw = _table(d.get("kinds"), source, "[kinds]")
    if not kinds_raw:
        raise _err(source, "[kinds]", "至少定义一种信息类别，如 news = [\"信息\", \"简讯\"]")
    kinds: dict[str, tuple[str, ...]] = {}
    for k, aliases in kinds_raw.items():
        if isinstance(aliases, str):
            aliases = [aliases]
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise _err(source, f"kinds.{k}", "应为字符串或字符串列表（中文名与别名）")
        kinds[k] = tuple(aliases)
    default_kind = s.get("default_kind", next(iter(kinds)))
    if default_kind not in kinds:
        raise _err(source, "scoring.default_kind", f"{default_kind!r} 不在 [kinds] 中")

    levels: dict[str, dict[str, float]] = {}
    level_tiers: dict[str, str] = {}
    for lv, v in _table(d.get("levels"), source, "[levels]").items():
        tier, covered = parse_level_key(lv)
        pts = _kind_points(v, kinds, source, f"levels.{lv}")
        for c in covered:
            if c in levels:
                raise _err(source, f"levels.{lv}", f"层级 {LEVEL_ZH[c]} 已在其他键中给分")
            levels[c] = pts
            level_tiers[c] = tier

    outlets = []
    raw_outlets = d.get("outlets", [])
    if not isinstance(raw_outlets, list):
        raise _err(source, "[[outlets]]", "应为表数组 [[outlets]]")
    for i, o in enumerate(raw_outlets):
        key = f"outlets[{i}]"
        o = _table(o, source, key)
        _check_keys(o, {"name", "level", "points", "aliases", "reward", "instruction", "clause"}, source, key)
        if "clause" in o and not isinstance(o["clause"], str):
            raise _err(source, f"{key}.clause", "应为字符串（办法原文）")
        if not isinstance(o.get("name"), str):
            raise _err(source, f"{key}.name", "必须给出刊物名称")
        if "points" not in o:
            raise _err(source, f"{key}.points", "必须给出分值")
        aliases = o.get("aliases", [])
        if not isinstance(aliases, list):
            raise _err(source, f"{key}.aliases", "应为字符串列表")
        outlets.append(Outlet(
            name=o["name"], level=parse_level(o.get("level", "")),
            points=_kind_points(o["points"], kinds, source, f"{key}.points"),
            aliases=tuple(aliases), reward=_num(o.get("reward", 0), source, f"{key}.reward"),
            instruction=_num(o["instruction"], source, f"{key}.instruction") if "instruction" in o else None,
            clause=o.get("clause"),
        ))

    ins = _table(d.get("instructions"), source, "[instructions]")
    _check_keys(ins, {"same_level_once", "points"}, source, "[instructions]")
    instructions: dict[str, dict[str, float]] = {}
    instruction_tiers: dict[str, str] = {}
    for lv, v in _table(ins.get("points"), source, "instructions.points").items():
        tier, covered = parse_level_key(lv)
        if isinstance(v, dict):
            table = {r: _num(p, source, f"instructions.points.{lv}.{r}") for r, p in v.items()}
        else:
            table = {"default": _num(v, source, f"instructions.points.{lv}")}
        for c in covered:
            if c in instructions:
                raise _err(source, f"instructions.points.{lv}", f"层级 {LEVEL_ZH[c]} 已在其他键中给分")
            instructions[c] = table
            instruction_tiers[c] = tier

    fw = _table(d.get("forwarding"), source, "[forwarding]")
    _check_keys(fw, {"combine", "requires_forward", "multipliers", "multiply", "points"}, source, "[forwarding]")
    combine = fw.get("combine", "max")
    if combine not in ("max", "product"):
        raise _err(source, "forwarding.combine", "只能是 max 或 product")
    multiply = fw.get("multiply", "earlier")
    if multiply not in ("earlier", "own"):
        raise _err(source, "forwarding.multiply",
                   "只能是 own（按上级刊物本身的计分乘倍数）或 earlier（按本信息此前所得采用分乘倍数）")
    multipliers = {}
    for lv, m in _table(fw.get("multipliers"), source, "forwarding.multipliers").items():
        m = _num(m, source, f"forwarding.multipliers.{lv}")
        if m < 1:
            raise _err(source, f"forwarding.multipliers.{lv}", "倍数应不小于 1")
        for c in parse_level_key(lv)[1]:
            multipliers[c] = m
    forward_points = {}
    for lv, m in _table(fw.get("points"), source, "forwarding.points").items():
        for c in parse_level_key(lv)[1]:
            forward_points[c] = _num(m, source, f"forwarding.points.{lv}")

    sol = _table(d.get("solicitation"), source, "[solicitation]")
    _check_keys(sol, {"on_time", "late", "missing", "adopted_bonus", "missed_limit"}, source, "[solicitation]")
    missed_limit = sol.get("missed_limit", 0)
    if not isinstance(missed_limit, int) or missed_limit < 0:
        raise _err(source, "solicitation.missed_limit", "应为非负整数（0 表示不启用）")

    late = _table(d.get("late_item"), source, "[late_item]")
    _check_keys(late, {"days", "points"}, source, "[late_item]")
    late_days = late.get("days", 0)
    if not isinstance(late_days, int) or late_days < 0:
        raise _err(source, "late_item.days", "应为非负整数（0 表示不启用）")

    tg = _table(d.get("targets"), source, "[targets]")
    _check_keys(tg, {"monthly_shortfall"}, source, "[targets]")

    rates = []
    raw_rates = d.get("rate_penalty", [])
    if not isinstance(raw_rates, list):
        raise _err(source, "[[rate_penalty]]", "应为表数组")
    for i, r in enumerate(raw_rates):
        key = f"rate_penalty[{i}]"
        r = _table(r, source, key)
        _check_keys(r, {"period", "min_rate", "points"}, source, key)
        if r.get("period") not in PERIOD_KINDS:
            raise _err(source, f"{key}.period", _PERIOD_HELP)
        rate = _num(r.get("min_rate"), source, f"{key}.min_rate")
        if not 0 <= rate <= 1:
            raise _err(source, f"{key}.min_rate", "应在 0 与 1 之间（如 0.3）")
        rates.append(RatePenalty(r["period"], rate, _num(r.get("points"), source, f"{key}.points")))

    shortfalls = []
    for i, r in enumerate(_array(d.get("shortfall"), source, "[[shortfall]]")):
        key = f"shortfall[{i}]"
        r = _table(r, source, key)
        _check_keys(r, {"period", "points", "per_item"}, source, key)
        if r.get("period") not in PERIOD_KINDS:
            raise _err(source, f"{key}.period", _PERIOD_HELP)
        shortfalls.append(ShortfallRule(r["period"], _num(r.get("points", 0), source, f"{key}.points"),
                                        _num(r.get("per_item", 0), source, f"{key}.per_item")))
    thresholds = []
    for i, r in enumerate(_array(d.get("threshold"), source, "[[threshold]]")):
        key = f"threshold[{i}]"
        r = _table(r, source, key)
        _check_keys(r, {"period", "count", "min", "points"}, source, key)
        if r.get("period") not in PERIOD_KINDS:
            raise _err(source, f"{key}.period", _PERIOD_HELP)
        if r.get("count", "submitted") not in ("submitted", "adopted"):
            raise _err(source, f"{key}.count", "只能是 submitted（报送条数）或 adopted（被采用条数）")
        if not isinstance(r.get("min"), int) or r["min"] < 1:
            raise _err(source, f"{key}.min", "应为正整数（条数）")
        thresholds.append(Threshold(r["period"], r.get("count", "submitted"), r["min"],
                                    _num(r.get("points"), source, f"{key}.points")))
    adjustments = []
    for i, r in enumerate(_array(d.get("adjustments"), source, "[[adjustments]]")):
        key = f"adjustments[{i}]"
        r = _table(r, source, key)
        _check_keys(r, {"key", "name", "aliases", "points", "min", "max", "zero_item", "clause"}, source, key)
        if "clause" in r and not isinstance(r["clause"], str):
            raise _err(source, f"{key}.clause", "应为字符串（办法原文）")
        for k in ("key", "name"):
            if not isinstance(r.get(k), str) or not r[k].strip():
                raise _err(source, f"{key}.{k}", "必须给出（key 为英文代码，name 为条款中文名）")
        pts = _num(r.get("points"), source, f"{key}.points")
        lo = _num(r.get("min", pts), source, f"{key}.min")
        hi = _num(r.get("max", pts), source, f"{key}.max")
        if not lo <= pts <= hi:
            raise _err(source, key, f"应满足 min ≤ points ≤ max（现 {lo:g}、{pts:g}、{hi:g}）")
        al = r.get("aliases", [])
        if not isinstance(al, list) or not all(isinstance(a, str) for a in al):
            raise _err(source, f"{key}.aliases", "应为字符串列表")
        if "zero_item" in r and not isinstance(r["zero_item"], bool):
            raise _err(source, f"{key}.zero_item", "应为 true 或 false")
        adjustments.append(AdjustmentClause(r["key"].strip(), r["name"].strip(), pts, lo, hi, tuple(al),
                                            r.get("zero_item", False), r.get("clause")))
    if len({a.key for a in adjustments}) != len(adjustments):
        raise _err(source, "[[adjustments]]", "key 重复")
    clauses = {}
    for k, v in _table(d.get("clauses"), source, "[clauses]").items():
        if k not in CLAUSE_KEYS:
            raise _err(source, f"clauses.{k}", f"未知类别（可用：{', '.join(CLAUSE_KEYS)}）")
        if not isinstance(v, str) or not v.strip():
            raise _err(source, f"clauses.{k}", "应为非空字符串（办法原文）")
        clauses[k] = v.strip()
    pass_min = s.get("pass_min")
    if pass_min is not None:
        pass_min = _num(pass_min, source, "scoring.pass_min")

    rw = _table(d.get("reward"), source, "[reward]")
    _check_keys(rw, {"per_point"}, source, "[reward]")

    grades = []
    sl = _table(d.get("shortlist"), source, "[shortlist]")
    _check_keys(sl, {"grades"}, source, "[shortlist]")
    for i, g in enumerate(sl.get("grades", [])):
        key = f"shortlist.grades[{i}]"
        g = _table(g, source, key)
        _check_keys(g, {"name", "min_level", "min_score"}, source, key)
        if not isinstance(g.get("name"), str):
            raise _err(source, f"{key}.name", "必须给出等次名称")
        grades.append(ShortlistGrade(g["name"], parse_level(g.get("min_level", "town")),
                                     _num(g.get("min_score", 0), source, f"{key}.min_score")))
    if not grades:
        grades = [ShortlistGrade("优质", "province", 85), ShortlistGrade("良好", "city", 75),
                  ShortlistGrade("较好", "town", 0)]

    def opt(tbl: dict, k: str, key: str) -> float:
        return _num(tbl.get(k, 0), source, key)

    for flag, tbl, key in (("split_joint", s, "scoring.split_joint"), ("sum_outlets", s, "scoring.sum_outlets"),
                           ("same_level_once", ins, "instructions.same_level_once"),
                           ("requires_forward", fw, "forwarding.requires_forward")):
        if flag in tbl and not isinstance(tbl[flag], bool):
            raise _err(source, key, "应为 true 或 false")

    return ScoringConfig(
        name=name.strip(), source=source, kinds=kinds, default_kind=default_kind,
        base=opt(s, "base", "scoring.base"), base_period=base_period, floor=floor, decimals=decimals,
        split_joint=s.get("split_joint", True), sum_outlets=s.get("sum_outlets", True),
        levels=levels, level_tiers=level_tiers, outlets=tuple(outlets), instructions=instructions,
        instruction_same_level_once=ins.get("same_level_once", True), instruction_tiers=instruction_tiers,
        multipliers=multipliers, multiplier_combine=combine,
        multiplier_requires_forward=fw.get("requires_forward", True), multiply=multiply,
        forward_points=forward_points,
        solicitation_on_time=opt(sol, "on_time", "solicitation.on_time"),
        solicitation_late=opt(sol, "late", "solicitation.late"),
        solicitation_missing=opt(sol, "missing", "solicitation.missing"),
        solicitation_adopted_bonus=opt(sol, "adopted_bonus", "solicitation.adopted_bonus"),
        solicitation_missed_limit=missed_limit,
        late_item_days=late_days, late_item_points=opt(late, "points", "late_item.points"),
        monthly_shortfall=opt(tg, "monthly_shortfall", "targets.monthly_shortfall"),
        rate_penalties=tuple(rates), shortfalls=tuple(shortfalls), thresholds=tuple(thresholds),
        adjustments=tuple(adjustments), pass_min=pass_min, clauses=clauses, reward_per_point=opt(rw, "per_point", "reward.per_point"),
        shortlist=tuple(grades),
        toml_text=text,
    )
