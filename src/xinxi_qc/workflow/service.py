"""The workflow service: the one API the CLI and the web form use to record and score items.

    from xinxi_qc.workflow import Service
    svc = Service("xinxi-qc.sqlite")            # or a SQLAlchemy URL; None → $XINXI_QC_DB / ./xinxi-qc.sqlite
    svc.add_unit("kc", "柯城区", "county", unit_class="A", parent="qz")
    item = svc.create_item("kc", "标题", "正文……", writer="张三", actor="张三")
    svc.adopt(item.id, outlet="《政务》信息版", level="city", actor="市信息科",
              expected_revision=item.revision)

Rules every method follows:
- Units are addressed by their ``code``; items by integer id.
- Each call runs in one transaction. Any :class:`WorkflowError` (unknown unit, transition not
  allowed, missing reason, stale revision, bad scoring config) is raised before anything is
  committed, so a failed call changes nothing.
- Mutating item methods accept ``expected_revision``: if the item changed since the caller read
  it, :class:`StaleVersionError` is raised and nothing is overwritten. Concurrent writers that
  race past the check are caught by the database-level version column as well.
- ``at`` (date or datetime) back-dates an event (recording an adoption that happened last week);
  it may not be earlier than the item's previous event — except adoptions, instructions and
  manual adjustments, which may be back-dated to any day from the item's first submission on (a
  forgotten adoption lands in the month it happened). Every event keeps ``recorded_at``, the
  time it was actually recorded. Default: now.
- Corrections are events too: :meth:`void_event` marks an adoption, instruction, forward or
  adjustment void (who, when, why) and points are recomputed without it; the original stays in
  the log. :meth:`withdraw_adoption` is the adopting office taking back its own adoption.
- Methods return plain frozen dataclasses (``to_dict()`` for JSON), never live ORM objects.
"""
from __future__ import annotations

import functools
import gc
import json
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from operator import attrgetter
from datetime import date, datetime, time
from typing import Any, Callable, Iterable, Iterator, Sequence

from sqlalchemy import String, func, or_, select, type_coerce
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from . import db as dbmod
from .errors import NotFoundError, StaleVersionError, ValidationError, WorkflowError
from .levels import LEVEL_ZH, UNIT_LEVELS, level_rank, parse_level
from .models import (Event, ItemRow, ItemUnit, ItemVersion, PendingPost, Redaction, Setting, Solicitation,
                     SolicitationUnit, Target, Unit, Writer)
from .redaction import RedactionInfo, summary_of
from .points import EventFact, Facts, ItemFact, PointsResult, SolicitationFact, TargetFact, compute_points
from .levels import Period
from .scoring_config import ScoringConfig, load_scoring, parse_scoring
from .reports import (PeriodReport, RankRow, ShortlistRow, UnitRef, WriterRow, descendants, period_report,
                      shortlist, unit_ranking, writer_ranking, writer_rows)
from .states import next_status

MAX_REASON = 250
# The event kinds the points engine and the reports read (points.py, reports.py): first
# submissions, adoptions, 批示, forwards and manual adjustments. ``facts()`` leaves the others
# (create, edit, receive, return, reject, withdraw, void, redact …) out; a rule that needs another
# kind adds it here.
FACT_EVENT_KINDS = ("submit", "adopt", "instruct", "forward", "adjust")
Checker = Callable[[Any], dict]


# -- returned records ---------------------------------------------------------------------------
class _Record:
    def to_dict(self) -> dict:
        def conv(v):
            if isinstance(v, (date, datetime)):
                return v.isoformat()
            if isinstance(v, (list, tuple)):
                return [conv(x) for x in v]
            if isinstance(v, dict):
                return {k: conv(x) for k, x in v.items()}
            return v
        return {k: conv(v) for k, v in asdict(self).items()}


@dataclass(frozen=True)
class UnitInfo(_Record):
    id: int
    code: str
    name: str
    level: str
    unit_class: str | None
    parent: str | None  # parent unit code
    route: str | None = None  # where submissions go first: None = parent, "self", or a unit code


@dataclass(frozen=True)
class WriterInfo(_Record):
    id: int
    name: str
    unit: str


@dataclass(frozen=True)
class VersionInfo(_Record):
    number: int
    title: str
    body: str
    event_date: date | None
    score: int | None
    grade: str | None
    type_label: str | None
    result: dict | None  # the checker's JSON item object (findings etc.)
    created_at: datetime
    created_by: str


@dataclass(frozen=True)
class EventInfo(_Record):
    id: int
    item_id: int | None
    kind: str
    at: datetime
    actor: str
    unit: str | None
    from_status: str | None
    to_status: str | None
    reason: str | None
    outlet: str | None
    level: str | None
    info_kind: str | None
    rank: str | None
    version_number: int | None
    recorded_at: datetime | None = None
    points: float | None = None
    clause: str | None = None
    ref_event_id: int | None = None
    voided_at: datetime | None = None
    voided_by: str | None = None
    void_reason: str | None = None
    detail: str | None = None  # a redact event: what was replaced (手机号 2 处，涉及 2 个版本)

    @property
    def back_dated(self) -> bool:
        """Recorded on a later day than the day it took effect (补录)."""
        return self.recorded_at is not None and self.recorded_at.date() > self.at.date()


@dataclass(frozen=True)
class ItemInfo(_Record):
    id: int
    unit: str
    joint_units: tuple[str, ...]
    writer: str | None
    solicitation_id: int | None
    status: str
    holder: str | None
    revision: int
    title: str
    version: int  # newest content version number
    score: int | None
    grade: str | None
    type_label: str | None


@dataclass(frozen=True)
class ItemDetail(_Record):
    item: ItemInfo
    versions: tuple[VersionInfo, ...]
    events: tuple[EventInfo, ...]


@dataclass(frozen=True)
class SolicitationInfo(_Record):
    id: int
    topic: str
    deadline: date
    units: tuple[str, ...]
    issued_by: str | None
    note: str | None


@dataclass(frozen=True)
class AnswerStatus(_Record):
    unit: str
    state: str  # on_time | late | missing | pending
    item_id: int | None
    submitted_at: datetime | None


@dataclass(frozen=True)
class TargetInfo(_Record):
    scope: str  # "class" | "unit"
    key: str  # class name or unit code
    year: int
    period_kind: str  # month | year
    count: int | None
    points: float | None


def _as_datetime(at: date | datetime | None) -> datetime:
    if at is None:
        return datetime.now().replace(microsecond=0)
    if isinstance(at, datetime):
        return at.replace(tzinfo=None)
    return datetime.combine(at, time())


@contextmanager
def _gc_paused():
    """Pause the cyclic garbage collector while a snapshot and the reports are built: they create
    tens of thousands of small acyclic objects, and each automatic collection on the way would
    walk every object of the process (a third of the time at 20,000 items). Restored after."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _reporting(method):
    """Report methods build their snapshot and results with the collector paused (see above)."""
    @functools.wraps(method)
    def wrapper(*args, **kwargs):
        with _gc_paused():
            return method(*args, **kwargs)
    return wrapper


def _parse_at(value: str) -> datetime:
    """A DateTime as SQLAlchemy stores it in SQLite ('2026-10-08 09:30:00.000000')."""
    return datetime.fromisoformat(value)


def _default_checker(config_path: str | None) -> Checker:
    cache: dict[str, Any] = {}

    def check(item) -> dict:
        from xinxi_qc.collector import collector_paused
        from xinxi_qc.config import load_config
        from xinxi_qc.engine import check_item

        if "config" not in cache:
            cache["config"] = load_config(config_path)
        with collector_paused():
            return check_item(item, cache["config"].dated()).to_dict()  # same reference date as check

    return check


class Service:
    """Records units, items, events, solicitations and targets; computes points.

    ``db``: SQLAlchemy URL or SQLite file path (None → $XINXI_QC_DB or ./xinxi-qc.sqlite);
    created and migrated on open. ``checker_config``: path to the checker's xinxi-qc.toml
    (None → default lookup). ``checker``: a callable ``Item → result dict`` replacing the
    engine (for callers that already hold results). ``scoring``: a scoring config (path, example
    name or :class:`ScoringConfig`) overriding the one stored in the database.
    """

    def __init__(self, db: str | Engine | None = None, *, checker_config: str | None = None,
                 checker: Checker | None = None, scoring: str | ScoringConfig | None = None):
        self.engine = db if isinstance(db, Engine) else dbmod.open_engine(db)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._check = checker or _default_checker(checker_config)
        self._scoring_override = load_scoring(scoring) if isinstance(scoring, str) else scoring

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Service":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- plumbing ------------------------------------------------------------------------------
    def _tx(self):
        return _Tx(self._sessions)

    @staticmethod
    def _unit(s: Session, code: str | None) -> Unit:
        if code is None or str(code).strip() == "":
            raise ValidationError("必须指定单位")
        unit = s.scalar(select(Unit).where(Unit.code == str(code).strip()))
        if unit is None:
            raise NotFoundError(f"未知单位：{code}（先用 xinxi-qc unit add 登记）")
        return unit

    @staticmethod
    def _item(s: Session, item_id: int, expected_revision: int | None = None) -> ItemRow:
        try:
            item = s.get(ItemRow, int(item_id))
        except (TypeError, ValueError):
            item = None
        if item is None:
            raise NotFoundError(f"未知信息编号：{item_id}")
        if expected_revision is not None and item.revision != expected_revision:
            raise StaleVersionError(
                f"信息#{item.id} 已被他人修改（当前修订号 {item.revision}，你看到的是 {expected_revision}），"
                "请刷新后重试；你的修改未保存")
        return item

    # -- units and writers ----------------------------------------------------------------------
    def add_unit(self, code: str, name: str, level: str, *, unit_class: str | None = None,
                 parent: str | None = None) -> UnitInfo:
        """Register a unit. ``level``: town/county/city/province (乡镇/县区/市/省)."""
        code = (code or "").strip()
        if not code or not (name or "").strip():
            raise ValidationError("单位代码和名称都不能为空")
        lvl = parse_level(level, allowed=UNIT_LEVELS)
        with self._tx() as s:
            if s.scalar(select(Unit).where(Unit.code == code)) is not None:
                raise ValidationError(f"单位代码已存在：{code}")
            parent_row = self._unit(s, parent) if parent else None
            if parent_row is not None and level_rank(parent_row.level) <= level_rank(lvl):
                raise ValidationError(
                    f"上级单位 {parent_row.code}（{LEVEL_ZH[parent_row.level]}）的层级必须高于本单位（{LEVEL_ZH[lvl]}）")
            unit = Unit(code=code, name=name.strip(), level=lvl, unit_class=unit_class or None,
                        parent_id=parent_row.id if parent_row else None, created_at=_as_datetime(None))
            s.add(unit)
            s.flush()
            return self._unit_info(s, unit)

    def update_unit(self, code: str, *, name: str | None = None, unit_class: str | None = None) -> UnitInfo:
        with self._tx() as s:
            unit = self._unit(s, code)
            if name:
                unit.name = name.strip()
            if unit_class is not None:
                unit.unit_class = unit_class or None
            return self._unit_info(s, unit)

    def get_unit(self, code: str) -> UnitInfo:
        with self._tx() as s:
            return self._unit_info(s, self._unit(s, code))

    def list_units(self) -> list[UnitInfo]:
        with self._tx() as s:
            return [self._unit_info(s, u) for u in s.scalars(select(Unit).order_by(Unit.id))]

    @staticmethod
    def _unit_info(s: Session, u: Unit) -> UnitInfo:
        parent = s.get(Unit, u.parent_id).code if u.parent_id else None
        return UnitInfo(u.id, u.code, u.name, u.level, u.unit_class, parent, u.route)

    def set_route(self, unit: str, to: str) -> UnitInfo:
        """Where ``unit``'s submissions go first: ``parent`` (default: the parent unit's office),
        ``self`` (the unit's own reviewing office — a county office that receives, returns, edits
        and forwards its own writers' items), or the code of a unit above it (straight to the city)."""
        to = (to or "").strip()
        with self._tx() as s:
            u = self._unit(s, unit)
            if to in ("parent", "上级", ""):
                u.route = None
            elif to in ("self", "本单位"):
                u.route = "self"
            else:
                target = self._unit(s, to)
                ancestors, p = set(), u.parent_id
                while p is not None:
                    ancestors.add(p)
                    p = s.get(Unit, p).parent_id
                if target.id not in ancestors:
                    raise ValidationError(f"{target.name} 不是 {u.name} 的上级单位，不能作为其报送去向")
                u.route = target.code
            s.flush()
            return self._unit_info(s, u)

    def add_writer(self, unit: str, name: str) -> WriterInfo:
        """Register a writer (信息员) in ``unit``."""
        name = (name or "").strip()
        if not name:
            raise ValidationError("信息员姓名不能为空")
        with self._tx() as s:
            u = self._unit(s, unit)
            if s.scalar(select(Writer).where(Writer.unit_id == u.id, Writer.name == name)):
                raise ValidationError(f"{u.name} 已有信息员 {name}")
            w = Writer(name=name, unit_id=u.id, created_at=_as_datetime(None))
            s.add(w)
            s.flush()
            return WriterInfo(w.id, w.name, u.code)

    def list_writers(self, unit: str | None = None) -> list[WriterInfo]:
        with self._tx() as s:
            q = select(Writer, Unit).join(Unit, Writer.unit_id == Unit.id).order_by(Writer.id)
            if unit:
                q = q.where(Writer.unit_id == self._unit(s, unit).id)
            return [WriterInfo(w.id, w.name, u.code) for w, u in s.execute(q)]

    # -- items -----------------------------------------------------------------------------------
    def create_item(self, unit: str, title: str, body: str, *, actor: str, writer: str | None = None,
                    event_date: date | None = None, solicitation: int | None = None,
                    joint_units: Sequence[str] = (), submit: bool = True,
                    at: date | datetime | None = None) -> ItemInfo:
        """Save a new item (version 1, checked by the engine) and, unless ``submit=False``, submit it.

        ``writer`` must be a registered writer of ``unit`` (an unknown name is an error, so a typo
        never creates a person).
        ``joint_units``: other units credited (points split evenly when the config says so).
        ``solicitation``: the 约稿 id this item answers; ``unit`` must be one of its units.
        """
        self._validate_text(title, body)
        when = _as_datetime(at)
        with self._tx() as s:
            u = self._unit(s, unit)
            w = self._writer(s, u, writer)
            joint = []
            for code in joint_units:
                j = self._unit(s, code)
                if j.id == u.id or j in joint:
                    raise ValidationError(f"联合单位重复：{code}")
                joint.append(j)
            if solicitation is not None:
                sol = s.get(Solicitation, int(solicitation))
                if sol is None:
                    raise NotFoundError(f"未知约稿编号：{solicitation}")
                assigned = set(s.scalars(select(SolicitationUnit.unit_id)
                                         .where(SolicitationUnit.solicitation_id == sol.id)))
                if not ({u.id} | {j.id for j in joint}) & assigned:
                    raise ValidationError(f"约稿#{sol.id}「{sol.topic}」没有向 {u.name} 约稿")
            item = ItemRow(unit_id=u.id, writer_id=w.id if w else None, solicitation_id=solicitation,
                           status="draft", holder_unit_id=u.id, created_at=when, updated_at=when)
            s.add(item)
            s.flush()
            for pos, unit_row in enumerate([u, *joint]):
                s.add(ItemUnit(item_id=item.id, unit_id=unit_row.id, position=pos))
            self._add_version(s, item, u, title, body, event_date, actor, when, number=1)
            self._event(s, item, "create", actor, when, u.id, None, "draft", version_number=1)
            if submit:
                self._transition(s, item, "submit", actor, when, unit_id=u.id,
                                 holder=self._first_reviewer(s, u))
            return self._item_info(s, item)

    def edit_item(self, item_id: int, title: str, body: str, *, actor: str, expected_revision: int,
                  event_date: date | None = None, at: date | datetime | None = None) -> ItemInfo:
        """Save a new version of a draft or returned item (the old versions are kept)."""
        self._validate_text(title, body)
        when = _as_datetime(at)
        with self._tx() as s:
            item = self._item(s, item_id, expected_revision)
            self._check_order(s, item, when)
            next_status("edit", item.status, ever_adopted=False)
            u = s.get(Unit, item.unit_id)
            last = s.scalar(select(func.max(ItemVersion.number)).where(ItemVersion.item_id == item.id))
            if event_date is None:
                event_date = s.scalar(select(ItemVersion.event_date).where(
                    ItemVersion.item_id == item.id, ItemVersion.number == last))
            self._add_version(s, item, u, title, body, event_date, actor, when, number=last + 1)
            self._event(s, item, "edit", actor, when, u.id, item.status, item.status, version_number=last + 1)
            s.flush()
            return self._item_info(s, item)

    def submit(self, item_id: int, *, actor: str, expected_revision: int | None = None,
               at: date | datetime | None = None) -> ItemInfo:
        """Submit a draft or resubmit a returned item to the parent unit for review."""
        with self._tx() as s:
            item = self._item(s, item_id, expected_revision)
            u = s.get(Unit, item.unit_id)
            return self._do(s, item, "submit", actor, at, unit_id=u.id, holder=self._first_reviewer(s, u))

    def revise_item(self, item_id: int, title: str, body: str, *, actor: str, unit: str,
                    expected_revision: int, event_date: date | None = None,
                    at: date | datetime | None = None) -> ItemInfo:
        """The reviewing office ``unit`` that holds the item edits it (逐级修改): a new version
        checked like any other, recorded as the reviewer's (``revise`` event), status unchanged."""
        self._validate_text(title, body)
        when = _as_datetime(at)
        with self._tx() as s:
            item = self._item(s, item_id, expected_revision)
            u = self._unit(s, unit)
            if item.holder_unit_id != u.id:
                holder = s.get(Unit, item.holder_unit_id).code if item.holder_unit_id else "—"
                raise ValidationError(f"信息#{item.id} 当前在 {holder}，只有持有单位才能审核修改")
            self._check_order(s, item, when)
            next_status("revise", item.status, ever_adopted=False)
            last = s.scalar(select(func.max(ItemVersion.number)).where(ItemVersion.item_id == item.id))
            if event_date is None:
                event_date = s.scalar(select(ItemVersion.event_date).where(
                    ItemVersion.item_id == item.id, ItemVersion.number == last))
            self._add_version(s, item, s.get(Unit, item.unit_id), title, body, event_date, actor, when,
                              number=last + 1)
            self._event(s, item, "revise", actor, when, u.id, item.status, item.status, version_number=last + 1)
            s.flush()
            return self._item_info(s, item)

    def receive(self, item_id: int, *, actor: str, expected_revision: int | None = None,
                at: date | datetime | None = None) -> ItemInfo:
        """The holding unit's office takes the item in for review (签收)."""
        with self._tx() as s:
            item = self._item(s, item_id, expected_revision)
            return self._do(s, item, "receive", actor, at, unit_id=item.holder_unit_id,
                            holder=s.get(Unit, item.holder_unit_id))

    def return_item(self, item_id: int, reason: str, *, actor: str, expected_revision: int | None = None,
                    at: date | datetime | None = None) -> ItemInfo:
        """Send the item back to its unit for revision; ``reason`` is required (≤ 250 characters)."""
        reason = self._reason(reason)
        with self._tx() as s:
            item = self._item(s, item_id, expected_revision)
            return self._do(s, item, "return", actor, at, unit_id=item.holder_unit_id, reason=reason,
                            holder=s.get(Unit, item.unit_id))

    def forward(self, item_id: int, *, actor: str, to: str | None = None, reason: str | None = None,
                expected_revision: int | None = None, at: date | datetime | None = None) -> ItemInfo:
        """Pass the item up (审核转报) to ``to`` or, by default, the holder's parent unit."""
        with self._tx() as s:
            item = self._item(s, item_id, expected_revision)
            next_status("forward", item.status, ever_adopted=False)
            holder = s.get(Unit, item.holder_unit_id) if item.holder_unit_id else None
            if to:
                target = self._unit(s, to)
            else:
                if holder is None or holder.parent_id is None:
                    raise ValidationError("当前持有单位没有上级单位，请用 --to 指定转报单位")
                target = s.get(Unit, holder.parent_id)
            if holder is not None and target.id == holder.id:
                raise ValidationError("不能转报给自己")
            return self._do(s, item, "forward", actor, at, unit_id=holder.id if holder else None,
                            holder=target, reason=reason, level=target.level)

    def adopt(self, item_id: int, *, outlet: str, actor: str, level: str | None = None,
              kind: str | None = None, expected_revision: int | None = None,
              at: date | datetime | None = None, upper_points: float | None = None) -> ItemInfo:
        """Record an adoption (采用) in ``outlet`` at ``level``; may be called again for more outlets.

        ``level`` defaults to the outlet's level in the active scoring config, else the holder's
        level. ``kind`` (e.g. news/research, 信息/调研) defaults to the config's default kind.
        With an active scoring config, an outlet/level/kind it does not score is rejected.
        The same item adopted twice in the same outlet is refused (void the first to correct it).
        ``upper_points``: the upper office's own points for this adoption (衢州: 按省政府办公厅
        计分的2倍), when the config multiplies the upper level's own points.
        ``at`` may lie before later events (back-dated adoption), not before the first submission.
        """
        outlet = (outlet or "").strip()
        if not outlet:
            raise ValidationError("必须指定采用刊物（--outlet）")
        cfg = self.scoring()
        with self._tx() as s:
            item = self._item(s, item_id, expected_revision)
            o = cfg.find_outlet(outlet) if cfg else None
            if level:
                lvl = parse_level(level)
            elif o is not None:
                lvl = o.level
            elif item.holder_unit_id:
                lvl = s.get(Unit, item.holder_unit_id).level
            else:
                raise ValidationError("必须指定采用层级（--level）")
            if o is not None and level and o.level != lvl:
                raise ValidationError(f"刊物「{o.name}」属{LEVEL_ZH[o.level]}级，与指定层级 {LEVEL_ZH[lvl]} 不符")
            if upper_points is not None and (isinstance(upper_points, bool) or upper_points < 0):
                raise ValidationError("上级计分（--upper-points）应为非负数")
            if cfg is not None:
                k = cfg.parse_kind(kind)
                cfg.validate_adoption(outlet, lvl, k, upper_points)
                outlet = o.name if o else outlet
            else:
                k = (kind or "news").strip()
            dup = s.scalar(select(Event).where(Event.item_id == item.id, Event.kind == "adopt",
                                               Event.outlet == outlet, Event.voided_at.is_(None)))
            if dup is not None:
                raise ValidationError(
                    f"信息#{item.id} 已于 {dup.at:%Y-%m-%d} 被「{outlet}」采用（事件#{dup.id}），不能重复登记；"
                    f"登记有误请先作废该事件（xinxi-qc points void {dup.id}）")
            return self._do(s, item, "adopt", actor, at, unit_id=item.holder_unit_id, outlet=outlet,
                            level=lvl, info_kind=k, points=upper_points, backdate_ok=True)

    def reject(self, item_id: int, *, actor: str, reason: str | None = None,
               expected_revision: int | None = None, at: date | datetime | None = None) -> ItemInfo:
        """Record that the holding unit did not adopt the item (不采用)."""
        reason = self._reason(reason, required=False)
        with self._tx() as s:
            item = self._item(s, item_id, expected_revision)
            return self._do(s, item, "reject", actor, at, unit_id=item.holder_unit_id, reason=reason)

    def instruct(self, item_id: int, *, level: str, actor: str, rank: str | None = None,
                 leader: str | None = None, note: str | None = None,
                 expected_revision: int | None = None, at: date | datetime | None = None,
                 outlet: str | None = None) -> ItemInfo:
        """Record a leader instruction (批示) on an adopted item at ``level`` (rank e.g. 主要领导).

        ``outlet``: the journal whose copy the leader instructed (连云港: +5 on 《昨日情况》, +10 on
        《政务建议》); it must be one the item was adopted in. Without it, when the config gives
        journal-dependent bonuses and the item was adopted in several such journals at that level,
        the call is refused (say which).
        """
        lvl = parse_level(level)
        cfg = self.scoring()
        if cfg is not None and rank and lvl in cfg.instructions and rank not in cfg.instructions[lvl] \
                and "default" not in cfg.instructions[lvl]:
            ranks = "、".join(r for r in cfg.instructions[lvl])
            raise ValidationError(f"积分办法中{LEVEL_ZH[lvl]}级批示没有「{rank}」；可用：{ranks}")
        text = "；".join(x for x in (f"批示领导：{leader}" if leader else "", note or "") if x) or None
        outlet = (outlet or "").strip() or None
        with self._tx() as s:
            item = self._item(s, item_id, expected_revision)
            adopted = list(s.scalars(select(Event).where(Event.item_id == item.id, Event.kind == "adopt",
                                                         Event.voided_at.is_(None))))
            when = _as_datetime(at)
            if adopted and when < min(e.at for e in adopted):
                first = min(e.at for e in adopted)
                raise ValidationError(f"批示时间 {when:%Y-%m-%d} 早于该信息首次被采用（{first:%Y-%m-%d}）")
            if outlet is not None:
                o = cfg.find_outlet(outlet) if cfg else None
                outlet = o.name if o else outlet
                if outlet not in {e.outlet for e in adopted}:
                    raise ValidationError(f"信息#{item.id} 没有被「{outlet}」采用，不能登记该刊物上的批示")
            elif cfg is not None:
                bonus = sorted({e.outlet for e in adopted if e.level == lvl and (o := cfg.find_outlet(e.outlet))
                                and o.instruction is not None})
                if len(bonus) > 1:
                    raise ValidationError(f"信息#{item.id} 被{LEVEL_ZH[lvl]}级多个刊物采用（{'、'.join(bonus)}），"
                                          "批示加分按刊物不同，请用 --outlet 指明领导批示的是哪一刊")
            return self._do(s, item, "instruct", actor, at, unit_id=None, level=lvl,
                            rank=(rank or None), reason=text, outlet=outlet, backdate_ok=True)

    def withdraw(self, item_id: int, reason: str, *, actor: str, expected_revision: int | None = None,
                 at: date | datetime | None = None) -> ItemInfo:
        """Withdraw an item that has not been adopted; it is marked, never deleted."""
        reason = self._reason(reason)
        with self._tx() as s:
            item = self._item(s, item_id, expected_revision)
            return self._do(s, item, "withdraw", actor, at, unit_id=item.unit_id, reason=reason, holder=None,
                            clear_holder=True)

    # -- 脱敏 (redaction of personal data) ---------------------------------------------------------
    def redact(self, item_id: int, reason: str, *, actor: str, texts: Iterable[str] = (),
               expected_revision: int | None = None) -> RedactionInfo:
        """Replace mobile numbers, resident ID numbers and the exact ``texts`` in every stored
        version of the item (title, body, the checker result's excerpts and messages), in the
        reasons on its events and in the web posts kept from its pages for an ended session; record a ``redact`` event (who, when, ``reason``) with the counts of
        what was replaced — never the values (see ``redaction.py``). Who may do it is the front
        end's check (editors and admins). :class:`ValidationError` when there is nothing to redact."""
        from . import redaction

        texts = redaction.clean_texts(texts)
        reason = self._reason(reason)
        redaction.check_reason(reason, texts)
        if not (actor or "").strip():
            raise ValidationError("必须指明操作人")
        with self._tx() as s:
            item = self._item(s, item_id, expected_revision)
            versions = list(s.scalars(select(ItemVersion).where(ItemVersion.item_id == item.id)
                                      .order_by(ItemVersion.number)))
            counts, changed = redaction.redact_versions(versions, texts)
            for e in s.scalars(select(Event).where(Event.item_id == item.id)):
                for attr in ("reason", "void_reason"):
                    value = getattr(e, attr)
                    if value:
                        new, found = redaction.redact_text(value, texts)
                        if found:
                            setattr(e, attr, new)
                            counts += found
            kept_counts, kept = redaction.redact_kept_posts(s.scalars(select(PendingPost)), item.id, texts)
            counts += kept_counts
            if not counts:
                raise ValidationError(f"信息#{item.id} 的各个版本中没有找到手机号、身份证号"
                                      + ("或指定的文字" if texts else "") + "，未做改动")
            when = _as_datetime(None)
            event = Event(item_id=item.id, kind="redact", at=when, actor=actor.strip(), unit_id=None,
                          from_status=item.status, to_status=item.status, reason=reason, recorded_at=when)
            s.add(event)
            item.updated_at = datetime.now()  # bumps the revision: pages opened before show a conflict
            s.flush()
            row = Redaction(event_id=event.id, item_id=item.id, mobiles=counts[redaction.MOBILE],
                            id_numbers=counts[redaction.ID_NUMBER], texts=counts[redaction.TEXT],
                            versions=changed, kept_posts=kept)
            s.add(row)
            s.flush()
            return RedactionInfo(item.id, event.id, row.mobiles, row.id_numbers, row.texts, changed, item.revision,
                                 kept)

    # -- corrections and manual adjustments --------------------------------------------------------
    VOIDABLE = ("adopt", "instruct", "forward", "adjust")

    def void_event(self, event_id: int, reason: str, *, actor: str) -> EventInfo:
        """Void an adoption, instruction, forward or manual adjustment: it stays in the log marked
        void (who, when, why) and earns nothing; a ``void`` event records the correction. Voiding
        the last adoption of an item puts it back to 已接收 at the adopting office."""
        return self._void(event_id, reason, actor=actor, kind="void")

    def withdraw_adoption(self, item_id: int, reason: str, *, actor: str, unit: str,
                          outlet: str | None = None, expected_revision: int | None = None,
                          at: date | datetime | None = None) -> ItemInfo:
        """The adopting office ``unit`` takes back its adoption of the item (in ``outlet``; needed
        when it adopted it in several). The adoption is voided, an ``unadopt`` event logged."""
        reason = self._reason(reason)
        with self._tx() as s:
            item = self._item(s, item_id, expected_revision)
            u = self._unit(s, unit)
            q = select(Event).where(Event.item_id == item.id, Event.kind == "adopt", Event.voided_at.is_(None))
            adoptions = list(s.scalars(q.order_by(Event.at, Event.id)))
            if outlet:
                cfg = self.scoring()
                o = cfg.find_outlet(outlet) if cfg else None
                name = o.name if o else outlet.strip()
                adoptions = [e for e in adoptions if e.outlet == name]
                if not adoptions:
                    raise ValidationError(f"信息#{item.id} 没有（未作废的）「{name}」采用记录")
            if not adoptions:
                raise ValidationError(f"信息#{item.id} 没有可撤销的采用记录")
            mine = [e for e in adoptions if e.unit_id == u.id]
            if not mine:
                by = "、".join(sorted({s.get(Unit, e.unit_id).code if e.unit_id else "—" for e in adoptions}))
                raise ValidationError(f"只有采用单位（{by}）才能撤销采用，{u.code} 不是采用单位")
            if len(mine) > 1:
                raise ValidationError(f"{u.name} 在多个刊物采用了信息#{item.id}（"
                                      f"{'、'.join(e.outlet or '' for e in mine)}），请用 --outlet 指明撤销哪一刊")
            self._void_row(s, mine[0], reason, actor, "unadopt", _as_datetime(at))
            return self._item_info(s, item)

    def _void(self, event_id: int, reason: str, *, actor: str, kind: str) -> EventInfo:
        reason = self._reason(reason)
        with self._tx() as s:
            try:
                e = s.get(Event, int(event_id))
            except (TypeError, ValueError):
                e = None
            if e is None:
                raise NotFoundError(f"未知事件编号：{event_id}")
            return self._event_info(s, self._void_row(s, e, reason, actor, kind, _as_datetime(None)))

    def _void_row(self, s: Session, e: Event, reason: str, actor: str, kind: str, when: datetime) -> Event:
        from .states import ACTION_ZH

        if not (actor or "").strip():
            raise ValidationError("必须指明操作人")
        if e.kind not in self.VOIDABLE:
            raise ValidationError(f"事件#{e.id}（{ACTION_ZH.get(e.kind, e.kind)}）不能作废；"
                                  "只能作废采用、批示、转报和人工加减分")
        if e.voided_at is not None:
            raise ValidationError(f"事件#{e.id} 已于 {e.voided_at:%Y-%m-%d %H:%M} 由 {e.voided_by} 作废")
        item = s.get(ItemRow, e.item_id) if e.item_id else None
        new_status = item.status if item else None
        if e.kind == "adopt" and item is not None:
            others = s.scalar(select(func.count(Event.id)).where(
                Event.item_id == item.id, Event.kind == "adopt", Event.voided_at.is_(None), Event.id != e.id))
            if not others:
                instr = s.scalar(select(Event.id).where(Event.item_id == item.id, Event.kind == "instruct",
                                                        Event.voided_at.is_(None)).limit(1))
                if instr is not None:
                    raise ValidationError(f"信息#{item.id} 还有领导批示（事件#{instr}），请先作废批示再撤销最后一次采用")
                new_status = "received"
        now = _as_datetime(None)
        e.voided_at, e.voided_by, e.void_reason = now, actor.strip(), reason
        log = Event(item_id=e.item_id, kind=kind, at=max(when, e.at), actor=actor.strip(), unit_id=e.unit_id,
                    from_status=item.status if item else None, to_status=new_status, reason=reason,
                    ref_event_id=e.id, recorded_at=now)
        s.add(log)
        if item is not None:
            if new_status != item.status:
                item.status = new_status
                if e.unit_id:
                    item.holder_unit_id = e.unit_id
            item.updated_at = datetime.now()
        s.flush()
        return e

    def adjust(self, unit: str, *, actor: str, reason: str, clause: str | None = None,
               points: float | None = None, item: int | None = None,
               at: date | datetime | None = None) -> EventInfo:
        """A manual deduction or bonus (虚假信息, 紧急信息迟报/漏报/瞒报, 严重错误被通报 …) on ``unit``.

        ``clause``: an ``[[adjustments]]`` entry of the active scoring config (its ``points`` by
        default, or ``points`` within its min–max). Without a clause, ``points`` is required and
        the line says the config lists no clause. ``reason`` is required; ``item`` names the item
        concerned (a ``zero_item`` clause then zeroes that item's points).
        """
        reason = self._reason(reason)
        if not (actor or "").strip():
            raise ValidationError("必须指明操作人")
        cfg = self.scoring()
        key = None
        if clause:
            c = cfg.find_adjustment(clause.strip()) if cfg else None
            if c is None:
                names = "、".join(a.name for a in cfg.adjustments) if cfg and cfg.adjustments else "（无）"
                raise ValidationError(f"积分办法中没有加减分条款「{clause}」；可用：{names}")
            if points is None:
                points = c.points
            elif not c.min <= points <= c.max:
                raise ValidationError(f"「{c.name}」的分值应在 {c.min:g} 至 {c.max:g} 之间，收到 {points:g}")
            key = c.key
            if c.zero_item and item is None:
                raise ValidationError(f"「{c.name}」须用 --item 指明涉及的信息")
        elif points is None:
            raise ValidationError("须给出加减分条款（--clause）或分值（--points）")
        if points == 0:
            raise ValidationError("加减分不能为 0")
        when = _as_datetime(at)
        with self._tx() as s:
            u = self._unit(s, unit)
            row = None
            if item is not None:
                row = self._item(s, item)
                units = set(s.scalars(select(ItemUnit.unit_id).where(ItemUnit.item_id == row.id)))
                if u.id not in units:
                    raise ValidationError(f"信息#{row.id} 不是 {u.name} 报送或联合报送的信息")
                first = s.scalar(select(func.min(Event.at)).where(Event.item_id == row.id))
                if first is not None and when < first:
                    raise ValidationError(f"时间 {when:%Y-%m-%d} 早于信息#{row.id} 的创建时间")
            e = Event(item_id=row.id if row else None, kind="adjust", at=when, actor=actor.strip(), unit_id=u.id,
                      reason=reason, points=float(points), clause=key, recorded_at=_as_datetime(None))
            s.add(e)
            s.flush()
            return self._event_info(s, e)

    def list_events(self, *, unit: str | None = None, kinds: Iterable[str] | None = None,
                    item: int | None = None) -> list[EventInfo]:
        """Events (voided ones included, marked) by unit, kind and item, oldest first."""
        with self._tx() as s:
            q = select(Event).order_by(Event.at, Event.id)
            if unit:
                q = q.where(Event.unit_id == self._unit(s, unit).id)
            if kinds:
                q = q.where(Event.kind.in_(list(kinds)))
            if item is not None:
                q = q.where(Event.item_id == int(item))
            return [self._event_info(s, e) for e in s.scalars(q)]

    def get_item(self, item_id: int) -> ItemDetail:
        """The item with every version (and its checker result) and every event."""
        with self._tx() as s:
            item = self._item(s, item_id)
            versions = tuple(
                VersionInfo(v.number, v.title, v.body, v.event_date, v.score, v.grade, v.type_label,
                            json.loads(v.result_json) if v.result_json else None, v.created_at, v.created_by)
                for v in s.scalars(select(ItemVersion).where(ItemVersion.item_id == item.id)
                                   .order_by(ItemVersion.number)))
            events = tuple(self._event_info(s, e) for e in s.scalars(
                select(Event).where(Event.item_id == item.id).order_by(Event.at, Event.id)))
            return ItemDetail(self._item_info(s, item), versions, events)

    def list_items(self, *, unit: str | None = None, holder: str | None = None,
                   status: Iterable[str] | None = None, period: str | Period | None = None) -> list[ItemInfo]:
        """Items filtered by submitting unit, current holder, status, and creation period."""
        with self._tx() as s:
            q = select(ItemRow).order_by(ItemRow.id)
            if unit:
                q = q.where(ItemRow.unit_id == self._unit(s, unit).id)
            if holder:
                q = q.where(ItemRow.holder_unit_id == self._unit(s, holder).id)
            if status:
                q = q.where(ItemRow.status.in_(list(status)))
            if period:
                p = Period.parse(period) if isinstance(period, str) else period
                q = q.where(ItemRow.created_at >= _as_datetime(p.start), ItemRow.created_at < _as_datetime(p.end))
            return [self._item_info(s, i) for i in s.scalars(q)]

    def archive_items(self) -> Iterator[Item]:
        """The newest version of every item not withdrawn, as checker items (id ``db:N``, unit code),
        for comparing new drafts with what was already submitted (``check --against DB``)."""
        with self._tx() as s:
            newest = (select(ItemVersion.item_id, func.max(ItemVersion.number).label("number"))
                      .group_by(ItemVersion.item_id).subquery())
            rows = s.execute(
                select(ItemRow.id, Unit.code, ItemVersion.title, ItemVersion.body, ItemVersion.event_date,
                       ItemVersion.created_at)
                .join(Unit, Unit.id == ItemRow.unit_id)
                .join(newest, newest.c.item_id == ItemRow.id)
                .join(ItemVersion, (ItemVersion.item_id == ItemRow.id) & (ItemVersion.number == newest.c.number))
                .where(ItemRow.status != "withdrawn").order_by(ItemRow.id)).all()
        from ..model import Item  # the checker's item type; imported here to keep this module's import light

        for item_id, unit, title, body, event_date, created_at in rows:
            yield Item(title=title, body=body, id=f"db:{item_id}", unit=unit, event_date=event_date,
                       submitted=created_at.date() if created_at else None, source=f"db:{item_id}")

    def queue(self, unit: str) -> list[ItemInfo]:
        """待我办理: items waiting for ``unit`` — submitted/forwarded to it or received by it, and its
        own items returned to it for revision."""
        return self.list_items(holder=unit, status=("submitted", "forwarded", "received", "returned"))

    # -- solicitations ---------------------------------------------------------------------------
    def add_solicitation(self, topic: str, deadline: date, units: Sequence[str], *, actor: str,
                         issued_by: str | None = None, note: str | None = None) -> SolicitationInfo:
        """Issue a 约稿通知 on ``topic`` to ``units`` due by ``deadline`` (inclusive)."""
        topic = (topic or "").strip()
        if not topic:
            raise ValidationError("约稿主题不能为空")
        if not units:
            raise ValidationError("约稿至少要指定一个单位")
        if not isinstance(deadline, date):
            raise ValidationError("约稿截止日期格式不对")
        with self._tx() as s:
            rows = []
            for code in units:
                u = self._unit(s, code)
                if u not in rows:
                    rows.append(u)
            issuer = self._unit(s, issued_by) if issued_by else None
            sol = Solicitation(topic=topic, deadline=deadline, issued_by_id=issuer.id if issuer else None,
                               note=note, created_at=_as_datetime(None), created_by=actor)
            s.add(sol)
            s.flush()
            for u in rows:
                s.add(SolicitationUnit(solicitation_id=sol.id, unit_id=u.id))
            s.flush()
            return self._sol_info(s, sol)

    def list_solicitations(self) -> list[SolicitationInfo]:
        with self._tx() as s:
            return [self._sol_info(s, x) for x in s.scalars(select(Solicitation).order_by(Solicitation.id))]

    def solicitation_status(self, solicitation_id: int, *, as_of: date | None = None) -> list[AnswerStatus]:
        """Per assigned unit: on_time / late / missing (deadline passed) / pending."""
        as_of = as_of or date.today()
        with self._tx() as s:
            sol = s.get(Solicitation, int(solicitation_id))
            if sol is None:
                raise NotFoundError(f"未知约稿编号：{solicitation_id}")
            out = []
            for u in s.scalars(select(Unit).join(SolicitationUnit, SolicitationUnit.unit_id == Unit.id)
                               .where(SolicitationUnit.solicitation_id == sol.id).order_by(Unit.id)):
                row = s.execute(
                    select(Event.item_id, func.min(Event.at)).join(ItemRow, ItemRow.id == Event.item_id)
                    .join(ItemUnit, ItemUnit.item_id == ItemRow.id)
                    .where(ItemRow.solicitation_id == sol.id, ItemUnit.unit_id == u.id,
                           ItemRow.status != "withdrawn", Event.kind == "submit")
                    .group_by(Event.item_id).order_by(func.min(Event.at))).first()
                if row:
                    state = "on_time" if row[1].date() <= sol.deadline else "late"
                    out.append(AnswerStatus(u.code, state, row[0], row[1]))
                else:
                    out.append(AnswerStatus(u.code, "missing" if sol.deadline < as_of else "pending", None, None))
            return out

    @staticmethod
    def _sol_info(s: Session, sol: Solicitation) -> SolicitationInfo:
        codes = tuple(s.scalars(select(Unit.code).join(SolicitationUnit, SolicitationUnit.unit_id == Unit.id)
                                .where(SolicitationUnit.solicitation_id == sol.id).order_by(Unit.id)))
        issuer = s.get(Unit, sol.issued_by_id).code if sol.issued_by_id else None
        return SolicitationInfo(sol.id, sol.topic, sol.deadline, codes, issuer, sol.note)

    # -- targets ---------------------------------------------------------------------------------
    def set_target(self, *, year: int, period_kind: str, unit_class: str | None = None,
                   unit: str | None = None, count: int | None = None, points: float | None = None) -> TargetInfo:
        """Set the month or year target (item count and/or points) for a unit class or one unit.

        A unit's own target overrides its class's target.
        """
        if (unit_class is None) == (unit is None):
            raise ValidationError("目标须指定单位类别（--class）或单位（--unit）之一")
        if period_kind not in ("month", "quarter", "year"):
            raise ValidationError("目标期间只能是 month（每月）、quarter（每季度）或 year（全年）")
        if count is None and points is None:
            raise ValidationError("目标至少给出条数（--count）或积分（--points）")
        if (count is not None and count < 0) or (points is not None and points < 0):
            raise ValidationError("目标不能为负数")
        with self._tx() as s:
            u = self._unit(s, unit) if unit else None
            q = select(Target).where(Target.year == int(year), Target.period_kind == period_kind)
            q = q.where(Target.unit_id == u.id) if u else q.where(Target.unit_class == unit_class,
                                                                   Target.unit_id.is_(None))
            t = s.scalar(q)
            if t is None:
                t = Target(year=int(year), period_kind=period_kind, unit_class=None if u else unit_class,
                           unit_id=u.id if u else None)
                s.add(t)
            t.count, t.points = count, points
            s.flush()
            return TargetInfo("unit" if u else "class", u.code if u else unit_class, t.year, t.period_kind,
                              t.count, t.points)

    def list_targets(self, year: int | None = None) -> list[TargetInfo]:
        with self._tx() as s:
            q = select(Target).order_by(Target.year, Target.unit_class, Target.unit_id, Target.period_kind)
            if year is not None:
                q = q.where(Target.year == year)
            out = []
            for t in s.scalars(q):
                key = s.get(Unit, t.unit_id).code if t.unit_id else t.unit_class
                out.append(TargetInfo("unit" if t.unit_id else "class", key, t.year, t.period_kind, t.count, t.points))
            return out

    def target_for(self, unit: str, year: int, period_kind: str) -> TargetInfo | None:
        """The effective target of ``unit`` (its own, else its class's), or None."""
        with self._tx() as s:
            u = self._unit(s, unit)
            t = self._targets(s).get((u.id, year, period_kind))
            return TargetInfo("unit", u.code, year, period_kind, t.count, t.points) if t else None

    @staticmethod
    def _targets(s: Session) -> dict[tuple[int, int, str], TargetFact]:
        units = list(s.scalars(select(Unit)))
        rows = list(s.scalars(select(Target)))
        out: dict[tuple[int, int, str], TargetFact] = {}
        for t in rows:  # class targets first, unit targets override
            if t.unit_id is None:
                for u in units:
                    if u.unit_class == t.unit_class:
                        out[(u.id, t.year, t.period_kind)] = TargetFact(t.count, t.points)
        for t in rows:
            if t.unit_id is not None:
                out[(t.unit_id, t.year, t.period_kind)] = TargetFact(t.count, t.points)
        return out

    # -- scoring and points ----------------------------------------------------------------------
    def set_scoring(self, ref: str) -> ScoringConfig:
        """Store a scoring configuration (TOML path or example name) as the database's active one."""
        cfg = load_scoring(ref)
        with self._tx() as s:
            row = s.get(Setting, "scoring_toml") or Setting(key="scoring_toml", value="")
            row.value = cfg.toml_text
            s.add(row)
        return cfg

    def scoring(self, override: str | ScoringConfig | None = None) -> ScoringConfig | None:
        """The scoring config in force: ``override``, else the constructor's, else the stored one."""
        if isinstance(override, ScoringConfig):
            return override
        if override:
            return load_scoring(override)
        if self._scoring_override is not None:
            return self._scoring_override
        with self._tx() as s:
            row = s.get(Setting, "scoring_toml")
        return parse_scoring(row.value, source="数据库中保存的积分办法") if row else None

    def require_scoring(self, override: str | ScoringConfig | None = None) -> ScoringConfig:
        cfg = self.scoring(override)
        if cfg is None:
            raise ValidationError("尚未设置积分办法：用 --scoring 指定，或先运行 xinxi-qc points config FILE")
        return cfg

    def facts(self, units: Iterable[int] | None = None) -> Facts:
        """A snapshot of everything the points engine and the reports read.

        ``units`` (unit ids) limits it to the items credited to those units (submitting or joint)
        and their events, plus every manual adjustment: all that :func:`compute_points` and the
        reports read for those units, so their figures are the same as from the whole snapshot.

        Read as plain columns, not ORM objects: of the versions only the newest one's title, score
        and event date (never the bodies or the checker results, the bulk of the database); of the
        events only the non-voided ones of the kinds the points engine and the reports look at
        (:data:`FACT_EVENT_KINDS`). At 20,000 items on SQLite this takes ~0.2 s instead of ~3.5 s."""
        with _gc_paused(), self._tx() as s:
            conn = s.connection()  # Core rows: no ORM loading machinery per row
            scoped = None
            if units is not None:
                ids = sorted({int(u) for u in units})
                scoped = select(ItemRow.id).where(or_(
                    ItemRow.unit_id.in_(ids),
                    ItemRow.id.in_(select(ItemUnit.item_id).where(ItemUnit.unit_id.in_(ids))))).scalar_subquery()

            def only(col, q):
                return q if scoped is None else q.where(col.in_(scoped))

            units_of: dict[int, list[int]] = {}
            for item_id, unit_id in conn.execute(only(ItemUnit.item_id, select(ItemUnit.item_id, ItemUnit.unit_id))
                                                 .order_by(ItemUnit.item_id, ItemUnit.position)).all():
                units_of.setdefault(item_id, []).append(unit_id)
            newest_no = (select(ItemVersion.item_id, func.max(ItemVersion.number).label("number"))
                         .group_by(ItemVersion.item_id).subquery())
            newest = {item_id: (event_date, title, score) for item_id, event_date, title, score in conn.execute(
                only(ItemVersion.item_id, select(ItemVersion.item_id, ItemVersion.event_date, ItemVersion.title,
                                                 ItemVersion.score)
                     .join(newest_no, (newest_no.c.item_id == ItemVersion.item_id)
                           & (newest_no.c.number == ItemVersion.number)))).all()}
            items = {}
            for item_id, unit_id, writer_id, solicitation_id, status in conn.execute(
                    only(ItemRow.id, select(ItemRow.id, ItemRow.unit_id, ItemRow.writer_id, ItemRow.solicitation_id,
                                            ItemRow.status))
                    .order_by(ItemRow.id)).all():
                event_date, title, score = newest.get(item_id, (None, "", None))
                items[item_id] = ItemFact(item_id, tuple(units_of.get(item_id, [unit_id])), writer_id,
                                          solicitation_id, event_date, status, title, score)
            # ``at`` read as text on SQLite and parsed with datetime.fromisoformat (a third of the time
            # SQLAlchemy's DateTime conversion takes); other databases answer datetimes already.
            # Sorted here by (at, id) rather than in SQL (on SQLite an index walk over ``at`` with a
            # lookup per row is slower than reading the table and sorting).
            at_col = type_coerce(Event.at, String) if conn.dialect.name == "sqlite" else Event.at
            events = [EventFact(eid, item_id, kind, at if isinstance(at, datetime) else _parse_at(at), *rest)
                      for eid, item_id, kind, at, *rest in conn.execute(
                          select(Event.id, Event.item_id, Event.kind, at_col, Event.outlet, Event.level,
                                 Event.info_kind, Event.rank, Event.unit_id, Event.points, Event.clause,
                                 Event.reason, Event.actor)
                          .where(Event.voided_at.is_(None), Event.kind.in_(FACT_EVENT_KINDS),
                                 *(() if scoped is None else (or_(Event.item_id.in_(scoped), Event.kind == "adjust"),)))
                          ).all()]
            events.sort(key=attrgetter("at", "id"))
            sol_units: dict[int, list[int]] = {}
            for sol_id, unit_id in conn.execute(select(SolicitationUnit.solicitation_id, SolicitationUnit.unit_id)).all():
                sol_units.setdefault(sol_id, []).append(unit_id)
            sols = [SolicitationFact(x.id, x.topic, x.deadline, tuple(sorted(sol_units.get(x.id, []))))
                    for x in s.scalars(select(Solicitation).order_by(Solicitation.id))]
            return Facts(items, events, sols, self._targets(s))

    @_reporting
    def points(self, unit: str, period: str | Period, *, scoring: str | ScoringConfig | None = None,
               as_of: date | None = None, facts: Facts | None = None) -> PointsResult:
        """Point lines of ``unit`` for ``period`` ('2026-10', '2026-Q4', '2026')."""
        cfg = self.require_scoring(scoring)
        p = Period.parse(period) if isinstance(period, str) else period
        u = self.get_unit(unit)
        return compute_points(facts or self.facts([u.id]), cfg, u.id, p, as_of)

    # -- reports --------------------------------------------------------------------------------
    def unit_refs(self, under: str | None = None) -> list[UnitRef]:
        """The units below ``under`` in the hierarchy; without ``under``, every unit that has a
        parent (the reporting units — the top offices that receive the 通报 are left out), or every
        unit when none has a parent."""
        with self._tx() as s:
            refs = [UnitRef(u.id, u.code, u.name, u.level, u.unit_class, u.parent_id)
                    for u in s.scalars(select(Unit).order_by(Unit.id))]
            if under:
                return descendants(refs, self._unit(s, under).id)
            children = [u for u in refs if u.parent_id is not None]
            return children or refs

    @_reporting
    def period_report(self, period: str | Period, *, under: str | None = None,
                      scoring: str | ScoringConfig | None = None, as_of: date | None = None) -> PeriodReport:
        """The 通报 table for a month/quarter/year for every unit (or the units below ``under``)."""
        cfg = self.require_scoring(scoring)
        p = Period.parse(period) if isinstance(period, str) else period
        units = self.unit_refs(under)
        return period_report(self._facts_for(units, under), units, cfg, p, as_of, writers=self._writers_of(units))

    def _facts_for(self, units: Sequence[UnitRef], under: str | None) -> Facts:
        """The snapshot a report over ``units`` reads: limited to them below a unit (a county's
        通报), whole otherwise (every reporting unit: nearly every item anyway)."""
        return self.facts([u.id for u in units]) if under else self.facts()

    def _writers_of(self, units: Sequence[UnitRef]) -> dict[int, tuple[str, int]]:
        ids = {u.id for u in units}
        with self._tx() as s:
            return {w.id: (w.name, w.unit_id) for w in s.scalars(select(Writer).order_by(Writer.id))
                    if w.unit_id in ids}

    @_reporting
    def writer_report(self, period: str | Period, *, under: str | None = None,
                      scoring: str | ScoringConfig | None = None, as_of: date | None = None) -> list[WriterRow]:
        """Per writer for a period: submitted, adopted, points (full credit for joint items), 稿酬."""
        cfg = self.require_scoring(scoring)
        p = Period.parse(period) if isinstance(period, str) else period
        units = self.unit_refs(under)
        return writer_rows(self._facts_for(units, under), units, self._writers_of(units), cfg, p, as_of)

    @_reporting
    def unit_ranking(self, year: int, *, under: str | None = None, scoring: str | ScoringConfig | None = None,
                     as_of: date | None = None) -> list[RankRow]:
        units = self.unit_refs(under)
        return unit_ranking(self._facts_for(units, under), units, self.require_scoring(scoring), year, as_of)

    @_reporting
    def writer_ranking(self, year: int, *, under: str | None = None, scoring: str | ScoringConfig | None = None,
                       as_of: date | None = None) -> list[RankRow]:
        units = self.unit_refs(under)
        return writer_ranking(self._facts_for(units, under), units, self._writers_of(units),
                              self.require_scoring(scoring), year, as_of)

    @_reporting
    def shortlist(self, year: int, *, under: str | None = None,
                  scoring: str | ScoringConfig | None = None) -> list[ShortlistRow]:
        units = self.unit_refs(under)
        ids = {u.id for u in units}
        all_facts = self.facts()
        items = {i: it for i, it in all_facts.items.items() if it.units and it.units[0] in ids}
        facts = Facts(items, [e for e in all_facts.events if e.item_id in items], all_facts.solicitations,
                      all_facts.targets)
        return shortlist(facts, units, self.require_scoring(scoring), year)

    # -- internals -------------------------------------------------------------------------------
    @staticmethod
    def _validate_text(title: str, body: str) -> None:
        if not (title or "").strip():
            raise ValidationError("信息标题不能为空")
        if not (body or "").strip():
            raise ValidationError("信息正文不能为空")

    @staticmethod
    def _reason(reason: str | None, required: bool = True) -> str | None:
        reason = (reason or "").strip()
        if not reason:
            if required:
                raise ValidationError("必须填写理由（--reason）")
            return None
        if len(reason) > MAX_REASON:
            raise ValidationError(f"理由不能超过 {MAX_REASON} 字（现 {len(reason)} 字）")
        return reason

    @staticmethod
    def _writer(s: Session, unit: Unit, name: str | None) -> Writer | None:
        if not name:
            return None
        w = s.scalar(select(Writer).where(Writer.unit_id == unit.id, Writer.name == name.strip()))
        if w is None:
            raise NotFoundError(f"{unit.name} 没有信息员「{name}」（先用 xinxi-qc unit writer 登记）")
        return w

    @staticmethod
    def _parent_or_self(s: Session, u: Unit) -> Unit:
        return s.get(Unit, u.parent_id) if u.parent_id else u

    def _first_reviewer(self, s: Session, u: Unit) -> Unit:
        """The office a submission of ``u`` goes to first (see :meth:`set_route`)."""
        if u.route == "self":
            return u
        if u.route:
            target = s.scalar(select(Unit).where(Unit.code == u.route))
            if target is not None:
                return target
        return self._parent_or_self(s, u)

    def _add_version(self, s: Session, item: ItemRow, unit: Unit, title: str, body: str,
                     event_date: date | None, actor: str, when: datetime, number: int) -> None:
        from xinxi_qc.model import Item

        try:
            result = self._check(Item(title=title.strip(), body=body.strip(), id=str(item.id), unit=unit.code,
                                      event_date=event_date, submitted=when.date(), source=f"item#{item.id}"))
        except WorkflowError:
            raise
        except Exception as exc:  # the checker is another component: report, do not save half an item
            raise WorkflowError(f"质量检查失败，信息未保存：{type(exc).__name__}: {exc}") from None
        type_info = result.get("type") or {}
        s.add(ItemVersion(item_id=item.id, number=number, title=title.strip(), body=body.strip(),
                          event_date=event_date, score=result.get("score"), grade=result.get("grade"),
                          type_label=type_info.get("label") if isinstance(type_info, dict) else None,
                          result_json=json.dumps(result, ensure_ascii=False), created_at=when,
                          created_by=actor))

    @staticmethod
    def _check_order(s: Session, item: ItemRow, when: datetime, backdate_ok: bool = False) -> None:
        """Events follow each other in time; adoptions and instructions (``backdate_ok``) may be
        back-dated to any time from the item's first submission on."""
        if backdate_ok:
            first = s.scalar(select(func.min(Event.at)).where(Event.item_id == item.id, Event.kind == "submit"))
            if first is not None and when < first:
                raise ValidationError(f"时间 {when:%Y-%m-%d %H:%M} 早于该信息首次报送（{first:%Y-%m-%d %H:%M}）")
            return
        last = s.scalar(select(func.max(Event.at)).where(
            Event.item_id == item.id, Event.kind.notin_(("void", "unadopt", "adjust", "redact"))))
        if last is not None and when < last:
            raise ValidationError(f"时间 {when:%Y-%m-%d %H:%M} 早于该信息上一步操作（{last:%Y-%m-%d %H:%M}）")

    def _do(self, s: Session, item: ItemRow, action: str, actor: str, at, *, unit_id: int | None,
            holder: Unit | None = None, clear_holder: bool = False, backdate_ok: bool = False,
            **fields) -> ItemInfo:
        when = _as_datetime(at)
        self._check_order(s, item, when, backdate_ok)
        self._transition(s, item, action, actor, when, unit_id=unit_id, holder=holder,
                         clear_holder=clear_holder, **fields)
        return self._item_info(s, item)

    def _transition(self, s: Session, item: ItemRow, action: str, actor: str, when: datetime, *,
                    unit_id: int | None, holder: Unit | None = None, clear_holder: bool = False,
                    **fields) -> None:
        if not (actor or "").strip():
            raise ValidationError("必须指明操作人")
        ever_adopted = s.scalar(select(func.count(Event.id)).where(
            Event.item_id == item.id, Event.kind == "adopt", Event.voided_at.is_(None))) > 0
        new = next_status(action, item.status, ever_adopted=ever_adopted)
        self._event(s, item, action, actor, when, unit_id, item.status, new, **fields)
        item.status = new
        if holder is not None:
            item.holder_unit_id = holder.id
        elif clear_holder:
            item.holder_unit_id = None
        s.flush()

    @staticmethod
    def _event(s: Session, item: ItemRow, kind: str, actor: str, when: datetime, unit_id: int | None,
               from_status: str | None, to_status: str | None, **fields) -> None:
        s.add(Event(item_id=item.id, kind=kind, at=when, actor=actor.strip(), unit_id=unit_id,
                    from_status=from_status, to_status=to_status, recorded_at=_as_datetime(None), **fields))
        # wall-clock time with microseconds, so every event changes the row and bumps ``revision``
        item.updated_at = datetime.now()

    @staticmethod
    def _item_info(s: Session, item: ItemRow) -> ItemInfo:
        s.flush()
        codes = list(s.scalars(select(Unit.code).join(ItemUnit, ItemUnit.unit_id == Unit.id)
                               .where(ItemUnit.item_id == item.id).order_by(ItemUnit.position)))
        v = s.scalar(select(ItemVersion).where(ItemVersion.item_id == item.id)
                     .order_by(ItemVersion.number.desc()).limit(1))
        writer = s.get(Writer, item.writer_id).name if item.writer_id else None
        holder = s.get(Unit, item.holder_unit_id).code if item.holder_unit_id else None
        return ItemInfo(item.id, codes[0] if codes else s.get(Unit, item.unit_id).code, tuple(codes[1:]), writer,
                        item.solicitation_id, item.status, holder, item.revision, v.title if v else "",
                        v.number if v else 0, v.score if v else None, v.grade if v else None,
                        v.type_label if v else None)

    @staticmethod
    def _event_info(s: Session, e: Event) -> EventInfo:
        unit = s.get(Unit, e.unit_id).code if e.unit_id else None
        detail = None
        if e.kind == "redact":
            r = s.scalar(select(Redaction).where(Redaction.event_id == e.id))
            detail = summary_of(r.mobiles, r.id_numbers, r.texts, r.versions, r.kept_posts) if r else None
        return EventInfo(e.id, e.item_id, e.kind, e.at, e.actor, unit, e.from_status, e.to_status, e.reason,
                         e.outlet, e.level, e.info_kind, e.rank, e.version_number, e.recorded_at, e.points,
                         e.clause, e.ref_event_id, e.voided_at, e.voided_by, e.void_reason, detail)


class _Tx:
    """One session + transaction; WorkflowError and DB races roll back and surface as WorkflowError."""

    def __init__(self, factory: sessionmaker):
        self.session = factory()

    def __enter__(self) -> Session:
        self.session.begin()
        return self.session

    def __exit__(self, exc_type, exc, tb) -> bool:
        try:
            if exc_type is None:
                try:
                    self.session.commit()
                except StaleDataError:
                    self.session.rollback()
                    raise StaleVersionError("信息已被他人同时修改，你的修改未保存，请刷新后重试") from None
                except IntegrityError as e:
                    self.session.rollback()
                    raise WorkflowError(f"数据冲突，未保存：{str(e.orig).splitlines()[0]}") from None
                except OperationalError as e:
                    self.session.rollback()
                    raise WorkflowError(f"数据库忙或连接中断，未保存，请重试：{str(e.orig).splitlines()[0]}") from None
            else:
                self.session.rollback()
                if exc_type is StaleDataError:
                    raise StaleVersionError("信息已被他人同时修改，你的修改未保存，请刷新后重试") from None
                if exc_type is OperationalError:
                    raise WorkflowError(f"数据库忙或连接中断，未保存，请重试：{str(exc.orig).splitlines()[0]}") from None
        finally:
            self.session.close()
        return False
