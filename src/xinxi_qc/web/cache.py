"""Reusing expensive results (the 通报, a unit's points) while the data they come from is unchanged.

The points engine reads a snapshot of the whole database, which grows with every item. The web
form keeps its result per process and reuses it as long as a cheap *data stamp* — one query of
counts and maxima over the tables the reports read — is unchanged, and for at most ``ttl``
seconds (so a change the stamp cannot see, such as editing a solicitation's deadline in place,
shows within minutes). The date is part of every key: results that depend on "today" expire daily.
"""
from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict
from datetime import date
from typing import Any, Callable, Hashable

from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from ..workflow.models import (Event, ItemRow, ItemVersion, Setting, Solicitation, SolicitationUnit, Target,
                               Unit)


def data_stamp(engine: Engine) -> tuple:
    """Counts and maxima that change whenever items, versions, events, units, targets,
    solicitations or settings (the scoring configuration) change."""
    parts = [
        (ItemRow, (func.count(ItemRow.id), func.max(ItemRow.updated_at), func.sum(ItemRow.revision))),
        (ItemVersion, (func.count(ItemVersion.id), func.max(ItemVersion.id))),
        (Event, (func.count(Event.id), func.max(Event.id), func.count(Event.voided_at))),
        (Unit, (func.count(Unit.id), func.sum(func.length(Unit.name) + func.length(func.coalesce(Unit.unit_class, ""))),
                func.sum(func.coalesce(Unit.parent_id, 0)))),
        (Target, (func.count(Target.id), func.sum(func.coalesce(Target.count, 0)),
                  func.sum(func.coalesce(Target.points, 0)))),
        (Solicitation, (func.count(Solicitation.id), func.max(Solicitation.id))),
        (SolicitationUnit, (func.count(),)),
    ]
    q = select(*[select(agg).select_from(table).scalar_subquery() for table, aggs in parts for agg in aggs])
    with engine.connect() as conn:
        row = tuple(conn.execute(q).one())
        settings = conn.execute(select(Setting.key, Setting.value).order_by(Setting.key)).all()
    digest = hashlib.sha256(repr(settings).encode("utf-8")).hexdigest()[:16]
    return row + (digest,)


class Memo:
    """A small per-process LRU of (stamp, key) → value with a time limit; thread-safe."""

    def __init__(self, maxsize: int = 32, ttl: float = 300.0):
        self.maxsize, self.ttl = maxsize, ttl
        self._data: OrderedDict[Hashable, tuple[float, tuple, Any]] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def get(self, engine: Engine, key: Hashable, compute: Callable[[], Any]) -> Any:
        stamp = data_stamp(engine)
        full_key = (key, date.today())
        now = time.monotonic()
        with self._lock:
            hit = self._data.get(full_key)
            if hit is not None and hit[1] == stamp and now - hit[0] <= self.ttl:
                self._data.move_to_end(full_key)
                self.hits += 1
                return hit[2]
        value = compute()
        with self._lock:
            self.misses += 1
            self._data[full_key] = (now, stamp, value)
            self._data.move_to_end(full_key)
            while len(self._data) > self.maxsize:
                self._data.popitem(last=False)
        return value
