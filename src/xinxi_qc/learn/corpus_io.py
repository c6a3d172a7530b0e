"""Labelled items (the corpus format) read into checker items plus their labels."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..model import Item


class CorpusError(ValueError):
    pass


@dataclass(frozen=True)
class Labelled:
    item: Item
    type: str | None
    defects: frozenset[str] | None
    grade: int | None
    split: str | None
    field: str | None


def read_labelled(path: Path) -> list[Labelled]:
    """Every line of a corpus-format JSONL; a malformed line stops with its line number."""
    out = []
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise CorpusError(f"{path}: 无法读取（{exc}）") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            r = json.loads(line)
            item = Item(
                title=r["title"], body=r["body"], id=str(r.get("id", f"{path.name}:{number}")), unit=r.get("unit"),
                event_date=date.fromisoformat(r["event_date"]) if r.get("event_date") else None,
                submitted=date.fromisoformat(r["submitted"]) if r.get("submitted") else None,
                source=f"{path}:{number}",
            )
            defects = r.get("defects")
            out.append(Labelled(item, r.get("type"), frozenset(defects) if defects is not None else None,
                                r.get("grade"), r.get("split"), r.get("field")))
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
            raise CorpusError(f"{path}:{number}: 不是有效的语料行（{type(exc).__name__}: {exc}）") from None
    if not out:
        raise CorpusError(f"{path}: 没有语料")
    return out
