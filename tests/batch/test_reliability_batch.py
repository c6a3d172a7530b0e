"""Issue 16 through `xinxi-qc batch`: one bad input is one error row, the rest are still checked."""
from __future__ import annotations

import csv

from click.testing import CliRunner

from xinxi_qc.cli import main

from .conftest import GOOD


def _batch(root, out):
    return CliRunner().invoke(main, ["batch", str(root), "--out", str(out), "--workers", "1", "--no-progress"])


def _rows(path):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_blank_files_are_error_rows(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    (root / "bom.txt").write_bytes(b"\xef\xbb\xbf")
    (root / "spaces.txt").write_text("　　\n\u00a0\n", encoding="utf-8")
    (root / "ok.txt").write_text(f"{GOOD[0][0]}\n{GOOD[0][1]}\n", encoding="utf-8")
    out = tmp_path / "out"
    result = _batch(root, out)
    assert "Traceback" not in result.output and result.exception is None, result.output
    assert len(_rows(out / "items.csv")) == 1
    errors = _rows(out / "errors.csv")
    assert len(errors) == 2 and all("空" in "".join(r.values()) for r in errors)


def test_control_characters_and_formulas_do_not_break_report_xlsx(tmp_path):
    from openpyxl import load_workbook

    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text(f"东湖区\f新增就业\x01岗位3200个\n{GOOD[0][1]}\n", encoding="utf-8")
    (root / "b.txt").write_text(f'=HYPERLINK("http://x","点")\n{GOOD[1][1]}\n', encoding="utf-8")
    (root / "c.txt").write_text(f"{GOOD[2][0]}\n{GOOD[2][1]}\n", encoding="utf-8")
    out = tmp_path / "out"
    result = _batch(root, out)
    assert result.exception is None, result.output
    sheet = load_workbook(out / "report.xlsx")["items"]
    titles = [row[3] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert len(titles) == 3 and "东湖区␌新增就业␁岗位3200个" in titles
    cell = next(c for c in sheet["D"] if c.value and str(c.value).startswith("="))
    assert cell.data_type == "s"
    # the CSV keeps the text exactly as read
    assert any("东湖区\f新增就业" in r["title"] for r in _rows(out / "items.csv"))


def test_workflow_xlsx_export_survives_control_characters(tmp_path):
    from openpyxl import load_workbook

    from xinxi_qc.workflow.export import Table, to_xlsx

    to_xlsx([Table("通报\f", ("标题", "积分"), (("某县\x0c工作", 3), ("=1+1", 2)))], tmp_path / "r.xlsx")
    ws = load_workbook(tmp_path / "r.xlsx").worksheets[0]
    assert ws["A3"].value == "某县␌工作" and ws["A4"].value == "=1+1" and ws["A4"].data_type == "s"
