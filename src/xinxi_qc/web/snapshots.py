"""Report results kept in the database, so the first 通报 after a server start is not recomputed.

Each row is one cached result (a 通报, a unit's points, the quality charts) for one day, stored
with the data stamp it was computed from (cache.py). A row is used only when its stamp equals
the current one: any adoption, void, withdrawal, adjustment, new item, unit, target or scoring
change gives a new stamp, and the row is recomputed instead of shown. Rows also carry a
fingerprint of the program's code (a new version never reads an old version's figures).
Failing to read or write a row never fails a page: it is computed as without the store.
"""
from __future__ import annotations

import hashlib
import logging
from datetime import date, datetime
from pathlib import Path
from typing import Any, Hashable

from sqlalchemy import Date, DateTime, String, Text, delete
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Mapped, Session, mapped_column

from .. import __version__
from . import snapcodec
from .accounts import Base

log = logging.getLogger("xinxi_qc.web.snapshots")
_PACKAGE = Path(__file__).resolve().parents[1]
# The code a stored result depends on: the workflow core and the web form.
_CODE_DIRS = ("workflow", "web")
_fingerprint: str | None = None


def code_fingerprint() -> str:
    """A digest of the code the stored results depend on (the package version if it cannot be read)."""
    global _fingerprint
    if _fingerprint is None:
        h = hashlib.sha256(__version__.encode("utf-8"))
        try:
            for d in _CODE_DIRS:
                for path in sorted((_PACKAGE / d).rglob("*.py")):
                    h.update(str(path.relative_to(_PACKAGE)).encode("utf-8"))
                    h.update(path.read_bytes())
        except OSError:
            log.warning("program files unreadable: stored reports keyed by the version only", exc_info=True)
            h = hashlib.sha256(__version__.encode("utf-8"))
        _fingerprint = h.hexdigest()[:16]
    return _fingerprint


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class ReportSnapshot(Base):
    __tablename__ = "web_report_snapshots"

    key_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    day: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    stamp: Mapped[str] = mapped_column(String(64), nullable=False)
    value: Mapped[str] = mapped_column(Text, nullable=False)
    computed_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)


class SnapshotStore:
    def __init__(self, engine: Engine):
        self.engine = engine
        Base.metadata.create_all(engine, tables=[ReportSnapshot.__table__], checkfirst=True)

    @staticmethod
    def _key(key: Hashable, day: date) -> str:
        return _digest("\n".join((code_fingerprint(), day.isoformat(), snapcodec.dumps(key))))

    def load(self, key: Hashable, day: date, stamp: tuple) -> tuple[Any, datetime] | None:
        """The stored value and when it was computed, if it was computed from data with ``stamp``."""
        try:
            key_hash = self._key(key, day)
            with Session(self.engine) as s:
                row = s.get(ReportSnapshot, key_hash)
                if row is None or row.stamp != _digest(repr(stamp)):
                    return None
                return snapcodec.loads(row.value), row.computed_at
        except (SQLAlchemyError, TypeError, snapcodec.SnapshotFormatError):
            log.exception("stored report unreadable; computing it again")
            return None

    def save(self, key: Hashable, day: date, stamp: tuple, value: Any, computed_at: datetime) -> None:
        """Store (or replace) the value for ``key``; rows of earlier days are removed."""
        try:
            text, key_hash = snapcodec.dumps(value), self._key(key, day)
        except TypeError:
            log.exception("report result cannot be stored")
            return
        try:
            with Session(self.engine) as s:
                s.execute(delete(ReportSnapshot).where(ReportSnapshot.day < day))
                row = s.get(ReportSnapshot, key_hash)
                if row is None:
                    s.add(ReportSnapshot(key_hash=key_hash, day=day, stamp=_digest(repr(stamp)), value=text,
                                         computed_at=computed_at))
                else:
                    row.stamp, row.value, row.computed_at = _digest(repr(stamp)), text, computed_at
                s.commit()
        except SQLAlchemyError:  # e.g. another worker stored the same key at the same moment
            log.warning("report result not stored (will be computed again)", exc_info=True)

    def clear(self) -> None:
        with Session(self.engine) as s:
            s.execute(delete(ReportSnapshot))
            s.commit()
