"""report.xlsx: items, findings and a by-unit summary, streamed from the CSVs (openpyxl write-only)."""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Iterator, Sequence

from openpyxl import Workbook

from xinxi_qc.model import TYPE_LABELS, TYPE_NAMES_ZH
from xinxi_qc.output.xlsx_cells import clean_row

from .aggregate import Aggregates

EXCEL_MAX_ROWS = 1_048_576
_NUMERIC = {"confidence", "score", "delay_days", "errors", "warnings", "infos", "start", "end", "other"}


def _number(value: str) -> int | float | str | None:
    if value == "":
        return None
    try:
        return int(value)
    except ValueError:
        try:
            return float(value)
        except ValueError:
            return value


def _csv_rows(path: Path, numeric: set[str], counts: set[str]) -> Iterator[list]:
    """Rows with numbers typed; zero counts and empty strings become empty cells (far fewer to write)."""
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        yield header
        nums = [i for i, name in enumerate(header) if name in numeric and name not in counts]
        cnts = [i for i, name in enumerate(header) if name in counts]
        texts = [i for i, name in enumerate(header) if name not in numeric and name not in counts]
        for row in reader:
            for i in nums:
                row[i] = _number(row[i])
            for i in cnts:
                row[i] = None if row[i] in ("", "0") else _number(row[i])
            for i in texts:
                if row[i] == "":
                    row[i] = None
            yield row


def _defect_rows(path: Path) -> Iterator[list]:
    """findings.csv without info notes and the source column (both stay in the CSV)."""
    rows = _csv_rows(path, _NUMERIC, set())
    header = next(rows)
    sev, src = header.index("severity"), header.index("source")
    yield [h for i, h in enumerate(header) if i != src]
    for row in rows:
        if row[sev] != "info":
            yield [v for i, v in enumerate(row) if i != src]


def _sheet_from_csv(wb: Workbook, title: str, path: Path, numeric: set[str], counts: set[str] = frozenset(),
                    rows: Iterator[list] | None = None) -> None:
    ws = wb.create_sheet(title)
    for n, row in enumerate(rows or _csv_rows(path, numeric, counts), start=1):
        if n == EXCEL_MAX_ROWS:
            ws.append([f"（超出 Excel 行数上限，其余见 {path.name}）"])
            break
        ws.append(clean_row(ws, row))


def unit_summary_rows(agg: Aggregates, rules: Sequence[str]) -> Iterator[list]:
    yield [
        "单位",
        "条数",
        "平均分",
        *(f"{TYPE_NAMES_ZH.get(t, t)}占比" for t in TYPE_LABELS),
        "有时效数据条数",
        "时效中位数(天)",
        "时效P90(天)",
        "迟报条数",
        *(f"{r} 条数" for r in rules),
    ]
    for unit in sorted(agg.units, key=lambda u: (-agg.units[u].items, u)):
        s = agg.units[unit]
        yield [
            unit,
            s.items,
            round(s.mean_score, 1),
            *(round(s.types[t] / s.items, 3) for t in TYPE_LABELS),
            s.dated,
            s.delay_quantile(0.5),
            s.delay_quantile(0.9),
            s.late,
            *(s.defects[r] for r in rules),
        ]


def write_xlsx(out: Path, agg: Aggregates, rules: Sequence[str]) -> Path:
    wb = Workbook(write_only=True)
    counts = {"errors", "warnings", "infos", "other", *rules}
    _sheet_from_csv(wb, "items", out / "items.csv", _NUMERIC, counts)
    _sheet_from_csv(wb, "findings", out / "findings.csv", _NUMERIC, rows=_defect_rows(out / "findings.csv"))
    ws = wb.create_sheet("by-unit")
    for row in unit_summary_rows(agg, rules):
        ws.append(clean_row(ws, row))
    _sheet_from_csv(wb, "errors", out / "errors.csv", set())
    path = out / "report.xlsx"
    wb.save(path)
    return path
