"""report.xlsx: items, findings, a by-unit summary and the clusters, streamed from the CSVs
(``output.xlsx_stream``)."""
from __future__ import annotations

import csv
import multiprocessing
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from xinxi_qc.model import TYPE_LABELS, TYPE_NAMES_ZH
from xinxi_qc.output.xlsx_stream import XlsxStream

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


def _limited(rows: Iterable[list], rest_in: str) -> Iterator[list]:
    """At most Excel's rows per sheet: the last one says where the rest is."""
    for n, row in enumerate(rows, start=1):
        if n == EXCEL_MAX_ROWS:
            yield [f"（超出 Excel 行数上限，其余见 {rest_in}）"]
            return
        yield row


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


def write_xlsx(out: Path, agg: Aggregates, rules: Sequence[str], clusters: Any = None) -> Path:
    """``clusters``: the rows of the clusters sheet (``neardup.cluster_rows``), or a pipe end they
    arrive through once the sheets before it are written (:class:`XlsxJob`), or None (no sheet)."""
    path = out / "report.xlsx"
    counts = {"errors", "warnings", "infos", "other", *rules}
    with XlsxStream(path) as book:
        book.sheet("items", _limited(_csv_rows(out / "items.csv", _NUMERIC, counts), "items.csv"))
        book.sheet("findings", _limited(_defect_rows(out / "findings.csv"), "findings.csv"))
        book.sheet("by-unit", unit_summary_rows(agg, rules))
        book.sheet("errors", _limited(_csv_rows(out / "errors.csv", set(), set()), "errors.csv"))
        if hasattr(clusters, "recv"):
            try:
                clusters = clusters.recv()
            except EOFError:   # the parent stopped before clustering: no clusters sheet
                clusters = None
        if clusters is not None:
            from .neardup import CLUSTER_FIELDS

            book.sheet("clusters", _limited([list(CLUSTER_FIELDS), *clusters], "clusters.csv"))
    return path


def _child(out: Path, agg: Aggregates, rules: Sequence[str], recv: Any, send: Any) -> None:
    send.close()   # the parent's end: closed here, so a parent that dies means EOF, not a hang
    write_xlsx(out, agg, rules, recv)


class XlsxJob:
    """report.xlsx written in a forked child while the parent clusters; the cluster rows reach
    the child through a pipe when it has written the other sheets (in this process, at
    :meth:`finish`, where fork is unavailable)."""

    def __init__(self, out: Path, agg: Aggregates, rules: Sequence[str]) -> None:
        self.out, self.agg, self.rules = out, agg, rules
        self.child = None
        if "fork" in multiprocessing.get_all_start_methods():
            ctx = multiprocessing.get_context("fork")
            recv, self._send = ctx.Pipe(duplex=False)
            self.child = ctx.Process(target=_child, args=(out, agg, rules, recv, self._send))
            self.child.start()
            recv.close()

    def finish(self, rows: "Iterator[list] | None") -> int:
        """Hands over the clusters sheet's rows (None: no sheet), waits; the child's exit code."""
        if self.child is None:
            write_xlsx(self.out, self.agg, self.rules, None if rows is None else list(rows))
            return 0
        try:
            self._send.send(None if rows is None else list(rows))
        except OSError:   # the child is gone (BrokenPipeError): its exit code says so
            pass
        finally:
            self._send.close()
        self.child.join()
        return self.child.exitcode
