"""Resumable result cache: one SQLite file in the output directory, JSON records keyed by item key."""
from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path
from typing import Any, Iterable

CACHE_NAME = "cache.sqlite"


class ResultCache:
    """Maps item key -> result record. Commits at most every ``commit_every`` seconds, and on close.

    Only a cache: a file that is not a usable SQLite database is set aside (renamed ``*.corrupt``)
    and a new one started; a database error later in the run (a corrupted page, a full disk)
    switches caching off for the rest of the run. Either way a one-line note goes to ``notes``
    and the batch goes on (items are then simply checked again)."""

    def __init__(self, path: Path, commit_every: float = 1.0) -> None:
        self.path = Path(path)
        self.notes: list[str] = []
        self._db: sqlite3.Connection | None = None
        try:
            self._db = self._open()
        except sqlite3.DatabaseError as exc:
            aside = self._set_aside()
            self.notes.append(f"缓存 {self.path} 无法使用（{exc}），已改名为 {aside.name}，本次重新建立缓存")
            try:
                self._db = self._open()
            except sqlite3.DatabaseError as again:
                self._db = None
                self.notes.append(f"无法建立缓存 {self.path}（{again}），本次不使用缓存")
        self._commit_every = commit_every
        self._last_commit = time.monotonic()

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("CREATE TABLE IF NOT EXISTS results (key BLOB PRIMARY KEY, record TEXT NOT NULL)")
            db.execute("SELECT key, record FROM results LIMIT 1").fetchall()
            db.commit()
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def _set_aside(self) -> Path:
        stamp = time.strftime('%Y%m%d%H%M%S')
        aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        n = 1
        while any(Path(f"{aside}{suffix}").exists() for suffix in ("", "-wal", "-shm")):
            n += 1
            aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{n}")
        for suffix in ("", "-wal", "-shm"):
            part = Path(f"{self.path}{suffix}")
            if part.exists():
                part.replace(Path(f"{aside}{suffix}"))
        return aside

    def _broken(self, exc: sqlite3.Error) -> None:
        self.notes.append(f"缓存 {self.path} 出错（{exc}），本次余下部分不再使用缓存")
        try:
            self._db.close()
        except sqlite3.Error:
            pass
        self._db = None

    def get_many(self, keys: Iterable[bytes]) -> dict[bytes, dict[str, Any]]:
        keys = list(dict.fromkeys(keys))
        found: dict[bytes, dict[str, Any]] = {}
        if self._db is None:
            return found
        try:
            for i in range(0, len(keys), 500):
                part = keys[i : i + 500]
                marks = ",".join("?" * len(part))
                for key, record in self._db.execute(f"SELECT key, record FROM results WHERE key IN ({marks})", part):
                    try:
                        found[bytes(key)] = json.loads(record)
                    except ValueError:  # a damaged record is checked again
                        continue
        except sqlite3.DatabaseError as exc:
            self._broken(exc)
            return {}
        return found

    def put_many(self, pairs: Iterable[tuple[bytes, dict[str, Any]]]) -> None:
        if self._db is None:
            return
        rows = [(k, json.dumps(r, ensure_ascii=False, separators=(",", ":"))) for k, r in pairs]
        try:
            if rows:
                self._db.executemany("INSERT OR REPLACE INTO results (key, record) VALUES (?, ?)", rows)
            now = time.monotonic()
            if now - self._last_commit >= self._commit_every:
                self._db.commit()
                self._last_commit = now
        except sqlite3.DatabaseError as exc:
            self._broken(exc)

    def __len__(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM results").fetchone()[0] if self._db is not None else 0

    def close(self) -> None:
        if self._db is None:
            return
        try:
            self._db.commit()
            self._db.close()
        except sqlite3.DatabaseError as exc:
            self._broken(exc)


class NoCache:
    """Stand-in when caching is switched off (--no-cache)."""

    path = None

    def get_many(self, keys: Iterable[bytes]) -> dict[bytes, dict[str, Any]]:
        return {}

    def put_many(self, pairs: Iterable[tuple[bytes, dict[str, Any]]]) -> None:
        pass

    def close(self) -> None:
        pass
