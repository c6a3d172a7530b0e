"""Item lists for the web form, done in SQL: filters, sorting and pagination in the database and a
fixed number of queries per page whatever the number of items (no per-item look-ups).

Reads the submission core's tables directly (read-only); every change still goes through
``workflow.Service``.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time
from math import ceil

from sqlalchemy import and_, func, or_, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, aliased

from ..workflow.models import Event, ItemRow, ItemUnit, ItemVersion, Unit, Writer

PENDING = ("submitted", "forwarded", "received")
PER_PAGE_CHOICES = (20, 50, 100, 200)
DEFAULT_PER_PAGE = 50

# sort key → descending by default?
SORTS = {"score": True, "submitted": True, "id": True, "unit": False, "status": False, "title": False,
         "type": False}
SORT_ZH = {"score": "质量分", "submitted": "报送时间", "id": "编号", "unit": "单位", "status": "状态",
           "title": "标题", "type": "类型"}


@dataclass(frozen=True)
class ListFilter:
    unit: str = ""
    type_label: str = ""
    status: str = ""
    date_from: date | None = None
    date_to: date | None = None
    score_min: int | None = None
    score_max: int | None = None
    solicitation: int | None = None
    query: str = ""  # words in the title


@dataclass(frozen=True)
class Scope:
    """Who is looking: ``units`` visible (None = all); ``holder`` also sees items it holds;
    ``only_unit`` restricts to one submitting unit (a writer's 我的信息)."""

    units: frozenset[str] | None = None
    holder: str | None = None
    only_unit: str | None = None
    include_drafts: bool = False
    todo_holder: str | None = None  # 待我办理: pending items held by this unit
    todo_top: bool = False          # 待我办理 for editors: pending items that reached a top unit


@dataclass(frozen=True)
class ListRow:
    id: int
    unit: str
    unit_name: str
    title: str
    status: str
    score: int | None
    grade: str | None
    type_label: str | None
    writer: str | None
    solicitation_id: int | None
    holder: str | None
    holder_name: str | None
    revision: int
    submitted_at: datetime | None
    last_return: str | None = None
    adoptions: tuple[tuple[str, str | None], ...] = ()


@dataclass(frozen=True)
class Page:
    rows: list[ListRow]
    total: int
    page: int
    per_page: int
    sort: str
    desc: bool

    @property
    def pages(self) -> int:
        return max(1, ceil(self.total / self.per_page))


def _newest_version():
    return (select(ItemVersion.item_id.label("item_id"), func.max(ItemVersion.number).label("number"))
            .group_by(ItemVersion.item_id).subquery("newest"))


def _first_submit():
    return (select(Event.item_id.label("item_id"), func.min(Event.at).label("at"))
            .where(Event.kind == "submit", Event.voided_at.is_(None))
            .group_by(Event.item_id).subquery("first_submit"))


def _units_having(codes) -> object:
    """Items credited (submitting or joint) to one of the unit codes."""
    return select(ItemUnit.item_id).join(Unit, Unit.id == ItemUnit.unit_id).where(Unit.code.in_(list(codes)))


def _base_query():
    """SELECT of ListRow columns with every join a list needs; returns it and the joined parts."""
    newest, first = _newest_version(), _first_submit()
    owner, holder = aliased(Unit, name="owner"), aliased(Unit, name="holder_unit")
    q = (select(ItemRow.id, owner.code, owner.name, ItemVersion.title, ItemRow.status, ItemVersion.score,
                ItemVersion.grade, ItemVersion.type_label, Writer.name, ItemRow.solicitation_id, holder.code,
                holder.name, ItemRow.revision, first.c.at)
         .join(owner, owner.id == ItemRow.unit_id)
         .outerjoin(holder, holder.id == ItemRow.holder_unit_id)
         .outerjoin(Writer, Writer.id == ItemRow.writer_id)
         .outerjoin(newest, newest.c.item_id == ItemRow.id)
         .outerjoin(ItemVersion, and_(ItemVersion.item_id == ItemRow.id, ItemVersion.number == newest.c.number))
         .outerjoin(first, first.c.item_id == ItemRow.id))
    return q, owner, holder, first


def list_items(engine: Engine, scope: Scope, flt: ListFilter, *, sort: str = "score", desc: bool | None = None,
               page: int = 1, per_page: int = DEFAULT_PER_PAGE) -> Page:
    """One page of items: two queries (the count and the page), whatever the number of items."""
    sort = sort if sort in SORTS else "score"
    desc = SORTS[sort] if desc is None else desc
    per_page = per_page if per_page in PER_PAGE_CHOICES else DEFAULT_PER_PAGE
    q, owner, holder, first = _base_query()
    q = q.where(*_conditions(scope, flt, ItemVersion, first, holder))
    order_col = {"score": ItemVersion.score, "submitted": first.c.at, "id": ItemRow.id, "unit": owner.name,
                 "status": ItemRow.status, "title": ItemVersion.title, "type": ItemVersion.type_label}[sort]
    # NULLs (unscored, never submitted) last in either direction, then newest id first.
    q = q.order_by(order_col.is_(None), order_col.desc() if desc else order_col.asc(), ItemRow.id.desc())
    with Session(engine) as s:
        total = s.scalar(select(func.count()).select_from(q.order_by(None).subquery())) or 0
        last_page = max(1, ceil(total / per_page))
        page = min(max(1, page), last_page)
        rows = [ListRow(*r) for r in s.execute(q.limit(per_page).offset((page - 1) * per_page))]
    return Page(rows, total, page, per_page, sort, desc)


def _conditions(scope: Scope, flt: ListFilter, version, first, holder) -> list:
    cond = []
    if scope.only_unit:
        cond.append(ItemRow.id.in_(_units_having([scope.only_unit])))
    if scope.units is not None:
        visible = ItemRow.id.in_(_units_having(scope.units))
        cond.append(or_(visible, holder.code == scope.holder) if scope.holder else visible)
    if not scope.include_drafts:
        cond.append(ItemRow.status != "draft")
    if scope.todo_holder:
        cond += [ItemRow.status.in_(PENDING), holder.code == scope.todo_holder]
    if scope.todo_top:
        cond += [ItemRow.status.in_(PENDING), holder.parent_id.is_(None)]
    if flt.unit:
        cond.append(ItemRow.id.in_(_units_having([flt.unit])))
    if flt.type_label:
        cond.append(version.type_label == flt.type_label)
    if flt.status:
        cond.append(ItemRow.status == flt.status)
    if flt.solicitation is not None:
        cond.append(ItemRow.solicitation_id == flt.solicitation)
    if flt.score_min is not None:
        cond.append(version.score >= flt.score_min)
    if flt.score_max is not None:
        cond.append(version.score <= flt.score_max)
    if flt.date_from:
        cond.append(first.c.at >= datetime.combine(flt.date_from, time.min))
    if flt.date_to:
        cond.append(first.c.at < datetime.combine(flt.date_to, time.max))
    if flt.query:
        for word in flt.query.split()[:5]:
            escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            cond.append(version.title.like(f"%{escaped}%", escape="\\"))
    return cond


def with_history(engine: Engine, page: Page) -> Page:
    """The page's rows with their last return reason and adoptions: one more query for the page."""
    ids = [r.id for r in page.rows]
    if not ids:
        return page
    returns: dict[int, str | None] = {}
    adoptions: dict[int, list[tuple[str, str | None]]] = {}
    with Session(engine) as s:
        q = (select(Event.item_id, Event.kind, Event.reason, Event.outlet, Event.level)
             .where(Event.item_id.in_(ids), Event.kind.in_(("return", "adopt")), Event.voided_at.is_(None))
             .order_by(Event.at, Event.id))
        for item_id, kind, reason, outlet, level in s.execute(q):
            if kind == "return":
                returns[item_id] = reason
            else:
                adoptions.setdefault(item_id, []).append((outlet or "", level))
    rows = [replace(r, last_return=returns.get(r.id), adoptions=tuple(adoptions.get(r.id, ()))) for r in page.rows]
    return replace(page, rows=rows)


def rows_by_ids(engine: Engine, scope: Scope, ids: list[int]) -> list[ListRow]:
    """Chosen items (for an export), within the user's scope, best quality score first."""
    out: list[ListRow] = []
    with Session(engine) as s:
        for start in range(0, len(ids), 500):
            q, _owner, holder, first = _base_query()
            q = q.where(ItemRow.id.in_(ids[start:start + 500]),
                        *_conditions(scope, ListFilter(), ItemVersion, first, holder))
            out += [ListRow(*r) for r in s.execute(q)]
    out.sort(key=lambda r: (r.score is None, -(r.score or 0), -r.id))
    return out


def newest_type_labels(engine: Engine) -> dict[int, str | None]:
    """Each item's newest type label, in one query (for the type-mix chart)."""
    newest = _newest_version()
    with Session(engine) as s:
        return dict(s.execute(select(ItemVersion.item_id, ItemVersion.type_label).join(
            newest, and_(newest.c.item_id == ItemVersion.item_id, newest.c.number == ItemVersion.number))).all())


@dataclass(frozen=True)
class SubmittedFact:
    item_id: int
    unit: str
    first_submit: datetime
    type_label: str | None
    score: int | None
    event_date: date | None


def first_submitted_between(engine: Engine, start: date, end: date) -> list[SubmittedFact]:
    """Items whose first submission falls in [start, end), with the newest version's type, score and
    event date: one query, only the columns the quality charts need."""
    newest, first = _newest_version(), _first_submit()
    q = (select(ItemRow.id, Unit.code, first.c.at, ItemVersion.type_label, ItemVersion.score,
                ItemVersion.event_date)
         .join(first, first.c.item_id == ItemRow.id)
         .join(Unit, Unit.id == ItemRow.unit_id)
         .outerjoin(newest, newest.c.item_id == ItemRow.id)
         .outerjoin(ItemVersion, and_(ItemVersion.item_id == ItemRow.id, ItemVersion.number == newest.c.number))
         .where(first.c.at >= datetime.combine(start, time.min), first.c.at < datetime.combine(end, time.min))
         .order_by(first.c.at, ItemRow.id))
    with Session(engine) as s:
        return [SubmittedFact(*r) for r in s.execute(q)]
