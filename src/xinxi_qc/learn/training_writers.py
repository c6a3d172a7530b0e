"""Which ``corpus/independent`` writers ``xinxi-qc train`` reads: those ``training_writers.txt`` lists.

A new wave of writers lands in ``corpus/independent`` to be measured and read first; it joins the
models' training data only when someone adds it to the list and retrains, so the shipped models stay
exactly what ``xinxi-qc train`` gives from the repository in between.
"""
from __future__ import annotations

import re
from pathlib import Path

LIST_NAME = "training_writers.txt"
_ENTRY = re.compile(r"W(\d+)(?:\s*[-–—]\s*W?(\d+))?")
_FILE = re.compile(r"w(\d+)_items")


class WriterListError(ValueError):
    """The list is missing, cannot be read, or names a writer whose file is not there."""


def parse_writer_list(text: str) -> frozenset[str]:
    """The writers a list names, one entry per line (``W5``, ``W5–W321``; ``#`` starts a comment)."""
    writers: set[str] = set()
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        m = _ENTRY.fullmatch(line)
        low = int(m.group(1)) if m else 0
        high = int(m.group(2) or low) if m else 0
        if m is None or high < low:
            raise WriterListError(f"{LIST_NAME} 第 {number} 行无法识别：{line}（应为 W5 或 W5–W321 这样的撰稿人或区间）")
        writers.update(f"W{k}" for k in range(low, high + 1))
    return frozenset(writers)


def writer_of(path: Path) -> str | None:
    """``W326`` for ``w326_items.jsonl``; None for a file not named after one writer."""
    m = _FILE.fullmatch(path.stem)
    return f"W{m.group(1)}" if m else None


def training_files(folder: Path) -> tuple[list[Path], list[str]]:
    """(the files of the writers the folder's list names, the writers of the folder's other files)."""
    listed = folder / LIST_NAME
    try:
        writers = parse_writer_list(listed.read_text(encoding="utf-8"))
    except OSError as exc:
        raise WriterListError(f"无法读取 {listed}：{exc.strerror or exc}") from exc
    named = [(writer_of(p), p) for p in sorted(folder.glob("*.jsonl"))]
    files = {w: p for w, p in named if w}
    missing = sorted(writers - set(files), key=lambda w: int(w[1:]))
    if missing:
        raise WriterListError(f"{listed} 列出的撰稿人没有对应文件：{'、'.join(missing[:5])}"
                              + ("等" if len(missing) > 5 else ""))
    chosen = [p for w, p in named if w in writers]   # in the folder's order, as train has always read them
    others = [w or p.name for w, p in sorted(named, key=lambda n: int(n[0][1:]) if n[0] else 0) if w not in writers]
    return chosen, others
