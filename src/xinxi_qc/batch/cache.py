"""Resumable result cache: one SQLite file in the output directory, JSON records keyed by item key."""
from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path
from typing import Any, Iterable

CACHE_NAME = "cache.sqlite"


class ResultCache:
    """Maps item key -> result record. Commits at most every ``commit_every`` seconds, and on close."""

    def __init__(self, path: Path, commit_every: float = 1.0) -> None:
        self.path = Path(path)
        self._db = sqlite3.connect(self.path)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS results (key BLOB PRIMARY KEY, record TEXT NOT NULL)")
        self._db.commit()
        self._commit_every = commit_every
        self._last_commit = time.monotonic()

    def get_many(self, keys: Iterable[bytes]) -> dict[bytes, dict[str, Any]]:
        keys = list(dict.fromkeys(keys))
        found: dict[bytes, dict[str, Any]] = {}
        for i in range(0, len(keys), 500):
            part = keys[i : i + 500]
            marks = ",".join("?" * len(part))
            for key, record in self._db.execute(f"SELECT key, record FROM results WHERE key IN ({marks})", part):
                found[bytes(key)] = json.loads(record)
        return found

    def put_many(self, pairs: Iterable[tuple[bytes, dict[str, Any]]]) -> None:
        rows = [(k, json.dumps(r, ensure_ascii=False, separators=(",", ":"))) for k, r in pairs]
        if rows:
            self._db.executemany("INSERT OR REPLACE INTO results (key, record) VALUES (?, ?)", rows)
        now = time.monotonic()
        if now - self._last_commit >= self._commit_every:
            self._db.commit()
            self._last_commit = now

    def __len__(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM results").fetchone()[0]

    def close(self) -> None:
        self._db.commit()
        self._db.close()


class NoCache:
    """Stand-in when caching is switched off (--no-cache)."""

    path = None

    def get_many(self, keys: Iterable[bytes]) -> dict[bytes, dict[str, Any]]:
        return {}

    def put_many(self, pairs: Iterable[tuple[bytes, dict[str, Any]]]) -> None:
        pass

    def close(self) -> None:
        pass
