"""A write-only .xlsx writer for large tables: each sheet's XML is streamed into the zip as its rows
come, text as inline strings, numbers as numbers, no styles.

openpyxl's write-only mode spends ~4.5 µs on each cell; the batch report has tens of thousands of
cells per thousand items, and writing them was most of the time the batch spends after its last
item is checked. Formatting the XML here is about six times faster for the same workbook
(docs/batch.md). Cell values go through ``clean_text`` as they do for openpyxl, so control
characters, the other characters XML forbids (U+FFFE, U+FFFF, lone surrogates) and over-long text
cannot break the file; text is never stored as a formula.
"""
from __future__ import annotations

import math
import numbers
import os
import re
import zipfile
from pathlib import Path
from typing import Any, Iterable

from .xlsx_cells import EXCEL_MAX_CHARS, clean_text

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
_ROWS_PER_WRITE = 512

_STYLES = (
    f'{_HEAD}<styleSheet xmlns="{_MAIN}">'
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    '</styleSheet>'
)


def column_letter(index: int) -> str:
    """A, B, …, Z, AA, … for 0, 1, …"""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_SPECIAL = re.compile("[&<>\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _text(value: str) -> str:
    """Cell text as XML: control characters made visible and the length capped (``clean_text``),
    then escaped; most text needs neither, and is passed through after one search."""
    if len(value) > EXCEL_MAX_CHARS or _SPECIAL.search(value):
        return _escape(clean_text(value))
    return value


def _text_cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{_text(text)}</t></is></c>'


def _number_cell(ref: str, value: Any) -> str:
    return f'<c r="{ref}"><v>{value}</v></c>'


def _cell(ref: str, value: Any) -> str:
    if isinstance(value, bool):
        value = int(value)
    if isinstance(value, numbers.Real) and math.isfinite(value):   # numpy's numbers too
        return _number_cell(ref, value)
    return _text_cell(ref, str(value))


def _row(n: int, row: Iterable[Any], columns: list[str]) -> str:
    """One ``<row>``: text and plain ints and floats without ``_cell``'s checks (most cells), empty
    text and None as no cell."""
    cells = []
    for i, v in enumerate(row):
        kind = type(v)
        if kind is str:
            if v:
                cells.append(_text_cell(f"{columns[i]}{n}", v))
        elif kind is int or (kind is float and math.isfinite(v)):
            cells.append(_number_cell(f"{columns[i]}{n}", v))
        elif v is not None:
            cells.append(_cell(f"{columns[i]}{n}", v))
    return f'<row r="{n}">{"".join(cells)}</row>'


class XlsxStream:
    """``with XlsxStream(path) as book: book.sheet("items", rows)`` — one call per sheet, in order.

    The file appears at ``path`` only when the workbook is complete; a failure leaves no half-written
    report (and an older one at ``path`` stays as it was).
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._part = self.path.with_name(self.path.name + ".part")
        self._zip = zipfile.ZipFile(self._part, "w", zipfile.ZIP_DEFLATED, compresslevel=1)
        self._names: list[str] = []
        self._columns = [column_letter(i) for i in range(64)]

    def _columns_for(self, width: int) -> list[str]:
        while width > len(self._columns):
            self._columns.append(column_letter(len(self._columns)))
        return self._columns

    def sheet(self, name: str, rows: Iterable[Iterable[Any]]) -> None:
        """A sheet named ``name`` (at most 31 characters, none of []:*?/\\); None and "" are empty cells."""
        self._names.append(name)
        with self._zip.open(f"xl/worksheets/sheet{len(self._names)}.xml", "w", force_zip64=True) as fh:
            fh.write(f'{_HEAD}<worksheet xmlns="{_MAIN}"><sheetData>'.encode())
            chunk: list[str] = []
            for n, row in enumerate(rows, start=1):
                row = row if isinstance(row, (list, tuple)) else list(row)
                chunk.append(_row(n, row, self._columns_for(len(row))))
                if len(chunk) == _ROWS_PER_WRITE:
                    fh.write("".join(chunk).encode("utf-8"))
                    chunk = []
            fh.write(("".join(chunk) + "</sheetData></worksheet>").encode("utf-8"))

    def close(self) -> None:
        sheets = range(1, len(self._names) + 1)
        self._zip.writestr("[Content_Types].xml", (
            f'{_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            + "".join(f'<Override PartName="/xl/worksheets/sheet{k}.xml" ContentType="{_SHEET_TYPE}"/>'
                      for k in sheets)
            + "</Types>"))
        self._zip.writestr("_rels/.rels", (
            f'{_HEAD}<Relationships xmlns="{_PKG_REL}">'
            f'<Relationship Id="rId1" Type="{_DOC_REL}/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>"))
        self._zip.writestr("xl/workbook.xml", (
            f'{_HEAD}<workbook xmlns="{_MAIN}" xmlns:r="{_DOC_REL}"><bookViews><workbookView/></bookViews><sheets>'
            + "".join(f'<sheet name="{_escape(name)}" sheetId="{k}" r:id="rId{k}"/>'
                      for k, name in zip(sheets, self._names))
            + "</sheets></workbook>"))
        self._zip.writestr("xl/_rels/workbook.xml.rels", (
            f'{_HEAD}<Relationships xmlns="{_PKG_REL}">'
            + "".join(f'<Relationship Id="rId{k}" Type="{_DOC_REL}/worksheet" Target="worksheets/sheet{k}.xml"/>'
                      for k in sheets)
            + f'<Relationship Id="rId{len(self._names) + 1}" Type="{_DOC_REL}/styles" Target="styles.xml"/>'
            "</Relationships>"))
        self._zip.writestr("xl/styles.xml", _STYLES)
        self._zip.close()
        os.replace(self._part, self.path)

    def abandon(self) -> None:
        self._zip.close()
        self._part.unlink(missing_ok=True)

    def __enter__(self) -> "XlsxStream":
        return self

    def __exit__(self, exc_type: Any, *_: Any) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abandon()
