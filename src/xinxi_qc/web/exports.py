"""Every table the web form lets someone download, made safe for spreadsheets.

A cell whose text starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is read by
Excel/WPS as a formula (``=HYPERLINK(...)`` in a title would become a live link). Such text gets a
leading apostrophe, in CSV and XLSX alike; numbers stay numbers.
"""
from __future__ import annotations

import os
import tempfile
from typing import Any

from flask import Response

from ..workflow.export import Table, to_csv, to_xlsx

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def safe_cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_table(table: Table) -> Table:
    return Table(safe_cell(table.title), tuple(safe_cell(h) for h in table.headers),
                 tuple(tuple(safe_cell(c) for c in row) for row in table.rows))


def csv_response(table: Table, filename: str) -> Response:
    return Response(to_csv(safe_table(table)), mimetype="text/csv",
                    headers={"Content-Disposition": f"attachment; filename={filename}.csv"})


def xlsx_response(table: Table, filename: str) -> Response:
    fd, path = tempfile.mkstemp(suffix=".xlsx")
    os.close(fd)
    try:
        to_xlsx([safe_table(table)], path)
        with open(path, "rb") as fh:
            data = fh.read()
    finally:
        os.unlink(path)
    return Response(data, mimetype=XLSX_MIME,
                    headers={"Content-Disposition": f"attachment; filename={filename}.xlsx"})


def table_response(table: Table, filename: str, fmt: str) -> Response:
    return xlsx_response(table, filename) if fmt == "xlsx" else csv_response(table, filename)
