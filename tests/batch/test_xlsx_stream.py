"""The streaming .xlsx writer behind report.xlsx: read back by openpyxl and by LibreOffice Calc."""
from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest
from openpyxl import load_workbook

from xinxi_qc.output.xlsx_stream import XlsxStream, column_letter

ROWS = [
    ["id", "title", "score", "confidence", "note"],
    ["A-1", "东湖区 & 西山县 <联合> 推进“一网通办”", 86, 0.912, None],
    ["A-2", "  前后有空格  ", np.int64(70), np.float64(0.5), ""],
    ["A-3", '=HYPERLINK("http://x","点")', -3, float("nan"), "东湖区\f新增就业\x01岗位"],
    ["A-4", "x" * 40_000, 0, 1e-7, True],
]


def _write(path: Path) -> None:
    with XlsxStream(path) as book:
        book.sheet("items", ROWS)
        book.sheet("wide", [[f"c{i}" for i in range(30)], list(range(30))])
        book.sheet("empty", [])


def test_column_letters():
    assert [column_letter(i) for i in (0, 25, 26, 27, 51, 52, 701, 702)] == \
        ["A", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]


def test_values_types_and_sheets_read_back_by_openpyxl(tmp_path):
    path = tmp_path / "r.xlsx"
    _write(path)
    wb = load_workbook(path)
    assert wb.sheetnames == ["items", "wide", "empty"]
    rows = [list(r) for r in wb["items"].iter_rows(values_only=True)]
    assert rows[0] == ROWS[0]
    assert rows[1] == ["A-1", "东湖区 & 西山县 <联合> 推进“一网通办”", 86, 0.912, None]
    assert rows[2] == ["A-2", "  前后有空格  ", 70, 0.5, None]   # spaces kept; "" is an empty cell
    assert rows[3][:3] == ["A-3", '=HYPERLINK("http://x","点")', -3]
    assert wb["items"]["B4"].data_type == "s"   # text, never a formula
    assert rows[3][3] == "nan" and rows[3][4] == "东湖区␌新增就业␁岗位"   # control characters made visible
    assert len(rows[4][1]) == 32_767 and rows[4][1].endswith("…") and rows[4][2:] == [0, 1e-7, 1]
    wide = list(wb["wide"].iter_rows(values_only=True))
    assert wide[1] == tuple(range(30)) and wb["wide"]["AD1"].value == "c29"
    assert wb["empty"].max_row == 1 and wb["empty"]["A1"].value is None


def test_a_failure_leaves_no_file_and_keeps_the_old_one(tmp_path):
    path = tmp_path / "r.xlsx"
    path.write_bytes(b"old report")

    def rows():
        yield ["id"]
        raise RuntimeError("CSV vanished")

    with pytest.raises(RuntimeError):
        with XlsxStream(path) as book:
            book.sheet("items", rows())
    assert path.read_bytes() == b"old report"
    assert [p.name for p in tmp_path.iterdir()] == ["r.xlsx"]


def test_libreoffice_calc_reads_every_sheet(tmp_path, libreoffice_convert):
    every_sheet = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
    # first a workbook openpyxl wrote: LibreOffice without Calc (writer only) cannot open any .xlsx
    from openpyxl import Workbook

    probe = tmp_path / "probe" / "p.xlsx"
    probe.parent.mkdir()
    book = Workbook()
    book.active.append(["probe"])
    book.save(probe)
    libreoffice_convert(probe, "csv", probe.parent)
    if not (probe.parent / "p.csv").is_file():
        pytest.skip("LibreOffice Calc 未安装（只有 Writer）：跳过 Calc 读取检查")
    path = tmp_path / "r.xlsx"
    _write(path)
    done = libreoffice_convert(path, every_sheet, tmp_path)
    items = tmp_path / "r-items.csv"
    assert done.returncode == 0 and items.is_file(), done.stdout + done.stderr
    with open(items, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ROWS[0]
    assert rows[1][:4] == ["A-1", "东湖区 & 西山县 <联合> 推进“一网通办”", "86", "0.912"]
    assert rows[3][:3] == ["A-3", '=HYPERLINK("http://x","点")', "-3"]
    with open(tmp_path / "r-wide.csv", encoding="utf-8", newline="") as fh:
        assert list(csv.reader(fh))[1] == [str(i) for i in range(30)]


def test_characters_xml_forbids_become_replacement_characters(tmp_path):
    path = tmp_path / "r.xlsx"
    with XlsxStream(path) as book:
        book.sheet("items", [["关于开展\ufffe安全检查\uffff的通知", "孤立代理\ud800字符"]])
    assert [list(r) for r in load_workbook(path)["items"].iter_rows(values_only=True)] == \
        [["关于开展\ufffd安全检查\ufffd的通知", "孤立代理\ufffd字符"]]
