"""Settled entries held back until the cross-item findings are known (``--near-dup crossdoc``).

Whether an item copies a passage of another one is known only once every item has been read, and
``xinxi-qc check`` scores an item with those findings included; so a batch that compares items
keeps each entry settled before the comparison is done (item and its worker's record, or an
input error) in a scratch SQLite file, in input order, and writes those rows after it.  Memory
stays flat; the file is removed when the batch ends.  Entries are pickled: the file is written
and read by this process only, during one run, and any leftover is deleted before the next run
starts.
"""
from __future__ import annotations

import pickle
import sqlite3
from pathlib import Path
from typing import Any, Iterator

SETTLED_NAME = ".settled.sqlite"


class Settled:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        for suffix in ("", "-journal", "-wal"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        self._db = sqlite3.connect(self.path)
        self._db.execute("PRAGMA journal_mode=OFF")
        self._db.execute("PRAGMA synchronous=OFF")
        self._db.execute("CREATE TABLE settled (seq INTEGER PRIMARY KEY, data BLOB NOT NULL)")
        self._n = 0
        self._taken = 0   # entries already handed out by __iter__

    def add_many(self, entries: list[tuple[Any, ...]]) -> None:
        rows = [(self._n + k, pickle.dumps(e, protocol=pickle.HIGHEST_PROTOCOL)) for k, e in enumerate(entries)]
        self._db.executemany("INSERT INTO settled VALUES (?, ?)", rows)
        self._n += len(rows)

    def __len__(self) -> int:
        """Entries held and not yet taken."""
        return self._n - self._taken

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        """The entries not yet taken, in the order they were added.  An entry counts as taken
        once the next one is asked for (or the iteration ends), so an entry whose writing was
        interrupted is handed out again by the next iteration, and none twice after it was written."""
        self._db.commit()
        while self._taken < self._n:
            cur = self._db.execute("SELECT seq, data FROM settled WHERE seq >= ? AND seq < ? ORDER BY seq",
                                   (self._taken, self._taken + 1024))
            for seq, data in cur.fetchall():
                yield pickle.loads(data)
                self._taken = seq + 1

    def close(self) -> None:
        try:
            self._db.close()
        finally:
            self.path.unlink(missing_ok=True)
