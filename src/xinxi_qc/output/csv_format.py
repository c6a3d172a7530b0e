from __future__ import annotations

import csv
from typing import Iterable, TextIO

from ..model import InputError, ItemResult
from ..rules.names import rule_name_zh

# Columns are only ever added at the end (the verdict and the rule's Chinese name came later).
CSV_COLUMNS = ("source", "id", "unit", "title", "type", "score", "grade", "rule", "severity", "field",
               "start", "end", "excerpt", "message", "suggestion", "verdict", "verdict_zh", "verdict_reasons",
               "rule_zh")


def _verdict_cells(r: ItemResult) -> list:
    v = r.verdict
    return [v.label, v.zh, "；".join(v.reasons)] if v is not None else ["", "", ""]


def csv_rows(results: Iterable[ItemResult], errors: Iterable[InputError] = ()):
    """One row per finding; an item without findings still gets one row so its score is listed."""
    for r in results:
        base = [r.item.source, r.item.id, r.item.unit or "", r.item.title, r.type.label, r.score, r.grade]
        verdict = _verdict_cells(r)
        if not r.findings:
            yield base + [""] * 8 + verdict + [""]
        for f in r.findings:
            yield (base + [f.rule, f.severity.value, f.field, f.start, f.end, f.excerpt, f.message, f.suggestion]
                   + verdict + [rule_name_zh(f.rule)])
    for e in errors:
        yield [e.source, "", "", "", "", "", "", "input-error", "error", "", "", "", "", e.message, ""] + [""] * 4


def write_csv(out: TextIO, results, errors=()) -> None:
    """UTF-8 with BOM so Excel opens it; the caller opens ``out`` with newline=''."""
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    writer.writerows(csv_rows(results, errors))
