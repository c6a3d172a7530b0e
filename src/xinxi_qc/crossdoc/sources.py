"""Where archive items come from.  An archive source is anything with ``items()`` and
``errors``; paths (dir / JSONL / CSV / .txt …) go through ``xinxi_qc.readers``; the
submissions database (a SQLAlchemy URL or its SQLite file) through the workflow service."""
from __future__ import annotations

import os
from typing import Iterator, Protocol, Sequence

from ..model import InputError, Item


class ArchiveError(ValueError):
    """The archive cannot be used at all (missing path, unreadable index…)."""


class ArchiveSource(Protocol):
    errors: list[InputError]

    def items(self) -> Iterator[Item]: ...


class ItemsSource:
    def __init__(self, items: Sequence[Item]):
        self._items = list(items)
        self.errors: list[InputError] = []

    def items(self) -> Iterator[Item]:
        return iter(self._items)


def is_submissions_db(value: str) -> bool:
    """A database URL, or a SQLite file that holds the workflow tables."""
    if "://" in value:
        return True
    if not os.path.isfile(value):
        return False
    with open(value, "rb") as fh:
        if fh.read(16) != b"SQLite format 3\x00":
            return False
    import sqlite3

    conn = sqlite3.connect(f"file:{value}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'xinxi_qc_workflow_version'").fetchone() is not None
    except sqlite3.Error:
        return False
    finally:
        conn.close()


class SubmissionsSource:
    """The newest version of every item in the submissions database (withdrawn items left out)."""

    def __init__(self, db: str):
        self.db = db
        self.errors: list[InputError] = []

    def items(self) -> Iterator[Item]:
        from sqlalchemy.exc import SQLAlchemyError

        from ..workflow.errors import WorkflowError
        from ..workflow.service import Service

        try:
            with Service(self.db) as service:
                yield from service.archive_items()
        except (SQLAlchemyError, WorkflowError) as exc:
            raise ArchiveError(f"无法读取报送数据库 {self.db}：{exc}") from None


class PathSource:
    """Items read by ``xinxi_qc.readers.iter_inputs``; unreadable inputs are kept in ``errors``."""

    def __init__(self, paths: Sequence[str]):
        for p in paths:
            if p != "-" and not os.path.exists(p):
                raise ArchiveError(f"找不到比对库：{p}")
        self.paths = list(paths)
        self.errors: list[InputError] = []

    def items(self) -> Iterator[Item]:
        try:
            from ..readers import iter_inputs
        except ImportError as exc:   # the readers package is written in parallel
            raise ArchiveError(f"无法读取比对库（读取模块不可用：{exc}）") from None
        for x in iter_inputs(self.paths):
            if isinstance(x, InputError):
                self.errors.append(x)
            else:
                yield x
