"""Streaming input for a batch: the readers' items, grouped into chunks, plus a cheap size estimate."""
from __future__ import annotations

import os
from dataclasses import replace
from itertools import islice
from pathlib import Path
from typing import Iterable, Iterator, TypeVar

from xinxi_qc.model import InputError, Item

T = TypeVar("T")
DOCUMENT_SUFFIXES = {".txt", ".md", ".docx"}


def unit_from_folder(item: Item, root: Path) -> Item:
    """An item without a unit, read from ROOT/<folder>/..., belongs to <folder> (archives are
    usually filed by unit)."""
    if item.unit or not item.source:
        return item
    try:
        rel = Path(item.source).relative_to(root)
    except ValueError:
        return item
    return replace(item, unit=rel.parts[0]) if len(rel.parts) > 1 else item


def iter_archive(paths: list[str], units_from_folders: bool = True) -> Iterator[Item | InputError]:
    """Every item (or unreadable input) under the given files and directory trees, lazily."""
    from xinxi_qc.readers import iter_inputs

    for p in paths:
        if p != "-" and not os.path.exists(p):
            yield InputError(p, "路径不存在")
        elif units_from_folders and os.path.isdir(p):
            root = Path(p)
            for entry in iter_inputs([p]):
                yield unit_from_folder(entry, root) if isinstance(entry, Item) else entry
        else:
            yield from iter_inputs([p])


def chunked(it: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(it)
    while chunk := list(islice(it, size)):
        yield chunk


def _count_lines(path: Path) -> int:
    n, last = 0, b"\n"
    with open(path, "rb") as fh:
        while block := fh.read(1 << 20):
            n += block.count(b"\n")
            last = block[-1:]
    return n + (last != b"\n")


def _estimate_file(path: Path) -> int:
    suffix = path.suffix.lower()
    try:
        if suffix in DOCUMENT_SUFFIXES:
            return 1
        if suffix == ".jsonl":
            return _count_lines(path)
        if suffix == ".csv":
            return max(0, _count_lines(path) - 1)
    except OSError:
        return 1
    return 0


def estimate_total(paths: list[str]) -> int | None:
    """Roughly how many items the inputs hold (for the ETA); None when reading stdin."""
    total = 0
    for p in paths:
        if p == "-":
            return None
        path = Path(p)
        try:
            if path.is_dir():
                for root, _dirs, files in os.walk(path):
                    total += sum(_estimate_file(Path(root, f)) for f in files if not f.startswith("."))
            elif path.exists():
                total += max(1, _estimate_file(path))
        except OSError:   # no permission to look: the reader reports it as that input's error
            continue
    return total
