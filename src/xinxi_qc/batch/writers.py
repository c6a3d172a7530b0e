"""Incremental writers for items.csv, items.jsonl, findings.csv and errors.csv."""
from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any, Mapping, Sequence

# Rule ids of the core checker (docs: shared/domain.md). A plugin's extra rules land in "other".
DEFAULT_RULES = (
    "title-mismatch",
    "title-vague",
    "title-length",
    "no-figures",
    "no-examples",
    "empty-claim",
    "cliche",
    "dynamic-only",
    "long-sentence",
    "late",
    "sensitive",
    "typography",
    "length",
    "boilerplate",
    "duplicate-submission",
)

ITEM_FIELDS = (
    "id",
    "source",
    "unit",
    "title",
    "type",
    "confidence",
    "score",
    "grade",
    "event_date",
    "submitted",
    "delay_days",
    "errors",
    "warnings",
    "infos",
    "verdict",
    "verdict_zh",
)
FINDING_FIELDS = (
    "item_id",
    "source",
    "unit",
    "rule",
    "severity",
    "field",
    "start",
    "end",
    "message",
    "suggestion",
    "excerpt",
)
ERROR_FIELDS = ("source", "message")


def rule_ids() -> tuple[str, ...]:
    """Rule columns: the checker's registry when it exposes one, else the documented ids."""
    try:
        from xinxi_qc import rules as registry
    except ImportError:
        return DEFAULT_RULES
    for name in ("RULE_IDS", "ALL_RULES", "RULES"):
        ids = getattr(registry, name, None)
        if ids:
            ids = [getattr(r, "id", r) for r in ids]
            if all(isinstance(r, str) for r in ids):
                return tuple(dict.fromkeys([*ids, *DEFAULT_RULES]))
    return DEFAULT_RULES


def _csv(path: Path):
    # utf-8-sig: Excel on Chinese Windows opens the file with the right encoding.
    fh = open(path, "w", encoding="utf-8-sig", newline="")
    return fh, csv.writer(fh)


class ReportWriters:
    def __init__(self, out: Path, rules: Sequence[str]) -> None:
        self.rules = tuple(rules)
        self._items_fh, self._items = _csv(out / "items.csv")
        self._items.writerow([*ITEM_FIELDS, *self.rules, "other"])
        self._jsonl = open(out / "items.jsonl", "w", encoding="utf-8")
        self._findings_fh, self._findings = _csv(out / "findings.csv")
        self._findings.writerow(FINDING_FIELDS)
        self._errors_fh, self._errors = _csv(out / "errors.csv")
        self._errors.writerow(ERROR_FIELDS)

    def item(self, row: Mapping[str, Any], findings: Sequence[Sequence[Any]]) -> None:
        defects = row["defects"]
        other = sum(n for r, n in defects.items() if r not in self.rules)
        self._items.writerow(
            [_cell(row[f]) for f in ITEM_FIELDS] + [defects.get(r, 0) for r in self.rules] + [other]
        )
        self._jsonl.write(json.dumps(row, ensure_ascii=False) + "\n")
        for f in findings:
            self._findings.writerow([row["id"], row["source"], row["unit"], *f])

    def error(self, source: str, message: str) -> None:
        self._errors.writerow([source, message])

    def close(self) -> None:
        for fh in (self._items_fh, self._jsonl, self._findings_fh, self._errors_fh):
            fh.close()


def _cell(value: Any) -> Any:
    return "" if value is None else value
