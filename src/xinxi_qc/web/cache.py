"""Reusing expensive results (the 通报, a unit's points) while the data they come from is unchanged.

The points engine reads a snapshot of the whole database, which grows with every item. The web
form keeps its result per process and reuses it as long as a cheap *data stamp* — two queries:
counts and maxima over the items, versions and events, and every row of the small tables (units,
writers, targets, solicitations, settings) — is unchanged. The date is part of every key: results
that depend on "today" expire daily. In memory a result is also reused for at most ``ttl``
seconds (a guard against a change made behind the program's back, such as an edit in SQL).

With a :class:`~.snapshots.SnapshotStore` each result is also kept in the database with its
stamp: after a server start (or in another worker) the first page reads it instead of computing
it, as long as the stamp is still the same — a changed stamp means the stored row is never shown.

Pages may show the previous result while the new one is computed in the background
(``get_or_stale``), saying when their figures were computed; downloads never do. Only results
held in this process's memory are shown that way, never a stored row of other data.
"""
from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Callable, Hashable

from sqlalchemy import String, cast, func, literal_column, null, select, union_all
from sqlalchemy.engine import Engine

from ..workflow.models import (Event, ItemRow, ItemVersion, Setting, Solicitation, SolicitationUnit, Target,
                               Unit, Writer)
from .snapshots import SnapshotStore

log = logging.getLogger("xinxi_qc.web.cache")


# The small tables the reports read, stamped row by row: an edit in place (a unit renamed, a
# deadline moved, a target changed) changes the stamp as much as an added row.
_ROW_STAMPED = (
    (Unit.id, Unit.code, Unit.name, Unit.level, Unit.unit_class, Unit.parent_id, Unit.route),
    (Writer.id, Writer.name, Writer.unit_id),
    (Target.id, Target.unit_id, Target.unit_class, Target.year, Target.period_kind, Target.count, Target.points),
    (Solicitation.id, Solicitation.topic, Solicitation.deadline, Solicitation.issued_by_id),
    (SolicitationUnit.solicitation_id, SolicitationUnit.unit_id),
    (Setting.key, Setting.value),
)


def _small_tables_query():
    """Every row of the small tables in one query: (table no., row key, columns as text …)."""
    width = max(len(cols) for cols in _ROW_STAMPED)
    parts = [select(literal_column(str(n)).label("t"), *[cast(c, String).label(f"c{i}") for i, c in enumerate(cols)],
                    *[null().label(f"c{i}") for i in range(len(cols), width)])
             for n, cols in enumerate(_ROW_STAMPED)]
    u = union_all(*parts).subquery()
    return select(u).order_by(u.c.t, u.c.c0, u.c.c1)


def data_stamp(engine: Engine) -> tuple:
    """Counts and maxima that change whenever items, versions or events change (every change of
    an item bumps its revision; voiding an event sets its ``voided_at``), and a digest of every row
    of units, writers, targets, solicitations and settings (the scoring configuration)."""
    parts = [
        (ItemRow, (func.count(ItemRow.id), func.max(ItemRow.updated_at), func.sum(ItemRow.revision))),
        (ItemVersion, (func.count(ItemVersion.id), func.max(ItemVersion.id))),
        (Event, (func.count(Event.id), func.max(Event.id), func.count(Event.voided_at))),
    ]
    q = select(*[select(agg).select_from(table).scalar_subquery() for table, aggs in parts for agg in aggs])
    with engine.connect() as conn:
        row = tuple(conn.execute(q).one())
        rows = conn.execute(_small_tables_query()).all()
    return row + (hashlib.sha256(repr(rows).encode("utf-8")).hexdigest()[:32],)


@dataclass(frozen=True)
class Cached:
    value: Any
    computed_at: datetime  # wall-clock time of the data the value was computed from
    fresh: bool            # False: an earlier result, shown while a new one is computed


@dataclass
class _Entry:
    mono: float
    stamp: tuple
    value: Any
    at: datetime


class Memo:
    """A small per-process LRU of key → value, valid while the data stamp is unchanged and for at
    most ``ttl`` seconds; thread-safe.

    ``get`` always answers with a result for the current data (computing it if needed).
    ``get_or_stale`` answers at once with the previous result when the data has changed within
    ``max_stale`` seconds, and computes the new one in a background thread — the page says so and
    shows when its figures were computed. Downloads use ``get``: a file is never stale.
    """

    def __init__(self, maxsize: int = 32, ttl: float = 300.0, max_stale: float = 600.0,
                 store: SnapshotStore | None = None):
        self.maxsize, self.ttl, self.max_stale = maxsize, ttl, max_stale
        self.store = store
        self._data: OrderedDict[Hashable, _Entry] = OrderedDict()
        self._lock = threading.Lock()
        self._refreshing: dict[Hashable, threading.Thread] = {}
        self.hits = self.misses = self.stale = 0

    def get(self, engine: Engine, key: Hashable, compute: Callable[[], Any]) -> Any:
        return self._lookup(engine, key, compute, allow_stale=False).value

    def get_or_stale(self, engine: Engine, key: Hashable, compute: Callable[[], Any]) -> Cached:
        return self._lookup(engine, key, compute, allow_stale=self.max_stale > 0)

    def wait_idle(self, timeout: float = 60.0) -> None:
        """Wait for background computations (tests, benchmarks)."""
        with self._lock:
            threads = list(self._refreshing.values())
        for t in threads:
            t.join(timeout)

    def _lookup(self, engine, key, compute, *, allow_stale: bool) -> Cached:
        stamp = data_stamp(engine)  # taken before computing: a change meanwhile is seen next time
        full_key = (key, date.today())
        now = time.monotonic()
        with self._lock:
            hit = self._data.get(full_key)
            if hit is not None and hit.stamp == stamp and now - hit.mono <= self.ttl:
                self._data.move_to_end(full_key)
                self.hits += 1
                return Cached(hit.value, hit.at, True)
        # The stored row when this process has none for the current data (just started, or another
        # worker computed it); not when the in-memory one only outlived ``ttl`` (computed again).
        known = hit is not None and hit.stamp == stamp
        stored = self.store.load(key, full_key[1], stamp) if self.store is not None and not known else None
        if stored is not None:
            value, at = stored
            self._remember(full_key, stamp, value, at, now)
            return Cached(value, at, True)
        with self._lock:
            if allow_stale and hit is not None and now - hit.mono <= self.max_stale:
                self.stale += 1
                if full_key not in self._refreshing:
                    t = threading.Thread(target=self._refresh, args=(engine, full_key, compute), daemon=True,
                                         name="xinxi-qc-report-refresh")
                    self._refreshing[full_key] = t
                    t.start()
                return Cached(hit.value, hit.at, False)
        at = datetime.now().replace(microsecond=0)
        value = compute()
        self._store(full_key, stamp, value, at, now)
        return Cached(value, at, True)

    def _refresh(self, engine, full_key, compute) -> None:
        try:
            stamp = data_stamp(engine)
            at = datetime.now().replace(microsecond=0)
            value = compute()
            self._store(full_key, stamp, value, at, time.monotonic())
        except Exception:  # noqa: BLE001 - the next request computes it in the foreground and shows why
            log.exception("background report computation failed")
            with self._lock:
                self._data.pop(full_key, None)
        finally:
            with self._lock:
                self._refreshing.pop(full_key, None)

    def _store(self, full_key, stamp, value, at, mono) -> None:
        with self._lock:
            self.misses += 1
        self._remember(full_key, stamp, value, at, mono)
        if self.store is not None:
            self.store.save(full_key[0], full_key[1], stamp, value, at)

    def _remember(self, full_key, stamp, value, at, mono) -> None:
        with self._lock:
            self._data[full_key] = _Entry(mono, stamp, value, at)
            self._data.move_to_end(full_key)
            while len(self._data) > self.maxsize:
                self._data.popitem(last=False)
