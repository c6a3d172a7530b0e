"""Where archive items come from.  An archive source is anything with ``items()`` and
``errors``; paths (dir / JSONL / CSV / .txt …) go through ``xinxi_qc.readers``.  The
submissions database can be added as one more source class."""
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
