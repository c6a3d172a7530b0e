"""Persisted index: one SQLite file holding the items, each item's normalised features (what
alignment needs, so a query never normalises archive text again), the settings that built the
index (parameters, stock-phrase list) and the LSH arrays as an ``.npz`` blob (never pickle)."""
from __future__ import annotations

import errno
import io
import json
import os
import sqlite3
from datetime import date
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from ..model import Item
from .index import SegmentIndex
from .params import Params

FORMAT = "xinxi-qc-crossdoc-index/1"

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE items (pos INTEGER PRIMARY KEY, id TEXT, unit TEXT, title TEXT NOT NULL, body TEXT NOT NULL,
                    event_date TEXT, submitted TEXT, source TEXT);
CREATE TABLE arrays (name TEXT PRIMARY KEY, data BLOB NOT NULL);
"""
# Added after the first release: files without it still load (features then come from the text).
_FEATURES_TABLE = "CREATE TABLE IF NOT EXISTS features (pos INTEGER PRIMARY KEY, data TEXT NOT NULL)"
_COLUMNS = "i.id, i.unit, i.title, i.body, i.event_date, i.submitted, i.source"


class IndexFileError(ValueError):
    pass


class SQLiteStore:
    """Items in an ``items`` table (schema above) and their features in ``features``; the
    features table is created on a writable connection that lacks it."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._n = conn.execute("SELECT COUNT(*) FROM items").fetchone()[0]
        try:
            conn.execute(_FEATURES_TABLE)
            self.has_features = True
        except sqlite3.OperationalError:   # read-only file from before the features table
            self.has_features = bool(conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'features'").fetchone())

    def __len__(self) -> int:
        return self._n

    def get(self, pos: int) -> Item:
        row = self.conn.execute(f"SELECT {_COLUMNS} FROM items i WHERE i.pos = ?", (pos,)).fetchone()
        if row is None:
            raise IndexError(pos)
        return _item(row)

    def get_many(self, positions: Sequence[int]) -> list[tuple[Item, str | None]]:
        if not positions:
            return []
        marks = ",".join("?" * len(positions))
        if self.has_features:
            sql = (f"SELECT i.pos, {_COLUMNS}, f.data FROM items i LEFT JOIN features f ON f.pos = i.pos "
                   f"WHERE i.pos IN ({marks})")
        else:
            sql = f"SELECT i.pos, {_COLUMNS}, NULL FROM items i WHERE i.pos IN ({marks})"
        rows = {r[0]: (_item(r[1:8]), r[8]) for r in self.conn.execute(sql, list(positions))}
        try:
            return [rows[p] for p in positions]
        except KeyError as exc:
            raise IndexError(exc.args[0]) from None

    def ids_units(self, positions: Sequence[int]) -> list[tuple[str | None, str | None]]:
        """(id, unit) of the items at ``positions``, without reading their text."""
        found: dict[int, tuple[str | None, str | None]] = {}
        for at in range(0, len(positions), 900):
            part = list(positions[at:at + 900])
            sql = f"SELECT pos, id, unit FROM items WHERE pos IN ({','.join('?' * len(part))})"
            found.update((r[0], (r[1], r[2])) for r in self.conn.execute(sql, part))
        return [found[p] for p in positions]

    def append(self, items: Sequence[Item], features: Sequence[str] | None = None) -> None:
        rows = [(self._n + k, it.id, it.unit, it.title, it.body, _iso(it.event_date), _iso(it.submitted), it.source)
                for k, it in enumerate(items)]
        self.conn.executemany("INSERT INTO items VALUES (?,?,?,?,?,?,?,?)", rows)
        if features is not None and self.has_features:
            self.conn.executemany("INSERT INTO features VALUES (?, ?)",
                                  ((self._n + k, f) for k, f in enumerate(features)))
        self._n += len(rows)


def _item(row) -> Item:
    return Item(title=row[2], body=row[3], id=row[0], unit=row[1], event_date=_date(row[4]),
                submitted=_date(row[5]), source=row[6])


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _date(s: str | None) -> date | None:
    return date.fromisoformat(s) if s else None


def is_index_file(path: str | os.PathLike) -> bool:
    """True for an index file; IndexFileError (one Chinese line naming the path) when the path
    cannot be looked at or read (no permission on it or on a directory above it, a disk error)."""
    from ..readers.dispatch import display_name, os_reason

    p = Path(path)
    try:
        if not p.is_file():
            return False
    except OSError as exc:  # Path.is_file() passes on EACCES: a parent directory without search permission
        reason = "没有权限进入它所在的目录" if exc.errno in (errno.EACCES, errno.EPERM) else os_reason(exc)
        raise IndexFileError(f"{display_name(str(p))}: 无法访问（{reason}）") from None
    try:
        with p.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        reason = "没有读取权限" if exc.errno in (errno.EACCES, errno.EPERM) else os_reason(exc)
        raise IndexFileError(f"{display_name(str(p))}: 无法读取（{reason}）") from None
    if head != b"SQLite format 3\x00":
        return False
    try:
        conn = sqlite3.connect(f"file:{p}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return bool(row and json.loads(row[0]) == FORMAT)


def _write_arrays(conn: sqlite3.Connection, index: SegmentIndex) -> None:
    offsets, keys, gids = index.raw_arrays()
    buf = io.BytesIO()
    np.savez(buf, item_offsets=offsets, keys=keys, gids=gids)
    conn.execute("INSERT OR REPLACE INTO arrays VALUES ('lsh', ?)", (buf.getvalue(),))
    conn.execute("INSERT OR REPLACE INTO meta VALUES ('n_items', ?)", (json.dumps(len(index)),))


def build_index(items: Iterable[Item], out: str | os.PathLike, params: Params,
                stock_phrases: Sequence[str]) -> int:
    """Write a new index of ``items`` to ``out`` (replaced only once complete). Returns the item count."""
    out = Path(out)
    tmp = out.with_name(out.name + ".tmp")
    tmp.unlink(missing_ok=True)
    conn = sqlite3.connect(tmp)
    try:
        conn.executescript(_SCHEMA)
        conn.executemany("INSERT INTO meta VALUES (?, ?)", [
            ("format", json.dumps(FORMAT)), ("params", json.dumps(params.to_dict())),
            ("stock_phrases", json.dumps(list(stock_phrases), ensure_ascii=False))])
        index = SegmentIndex(params, stock_phrases, SQLiteStore(conn))
        index.add(items)
        _write_arrays(conn, index)
        conn.commit()
    except BaseException:
        conn.close()
        tmp.unlink(missing_ok=True)
        raise
    conn.close()
    os.replace(tmp, out)
    return len(index)


def load_index(path: str | os.PathLike, writable: bool = False) -> SegmentIndex:
    if not is_index_file(path):
        raise IndexFileError(f"不是 xinxi-qc 比对索引文件：{path}")
    conn = sqlite3.connect(path) if writable else sqlite3.connect(f"file:{Path(path)}?mode=ro", uri=True)
    meta = {k: json.loads(v) for k, v in conn.execute("SELECT key, value FROM meta")}
    params = Params.from_dict(meta["params"])
    index = SegmentIndex(params, meta["stock_phrases"], SQLiteStore(conn))
    (blob,) = conn.execute("SELECT data FROM arrays WHERE name = 'lsh'").fetchone()
    with np.load(io.BytesIO(blob), allow_pickle=False) as z:
        index.add_arrays(z["item_offsets"], z["keys"], z["gids"])
    if len(index) != len(index.store):
        raise IndexFileError(f"索引文件已损坏（条目数不一致）：{path}")
    return index


def add_to_index(path: str | os.PathLike, items: Iterable[Item]) -> int:
    """Append ``items`` to an existing index in one transaction. Returns how many were added."""
    index = load_index(path, writable=True)
    conn = index.store.conn
    before = len(index)
    try:
        index.add(items)
        _write_arrays(conn, index)
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
    finally:
        conn.close()
    return len(index) - before
