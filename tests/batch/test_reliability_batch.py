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
