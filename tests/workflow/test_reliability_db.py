"""Issue 16: a workflow database from a newer version, or with a damaged page, is a one-line
message with exit status 2, not a traceback, and the file is left as it was."""
from __future__ import annotations

import sqlite3

from click.testing import CliRunner

from xinxi_qc.cli import main


def _run(db, *args):
    return CliRunner().invoke(main, list(args), env={"XINXI_QC_DB": str(db), "XINXI_QC_USER": "测试员"})


def _one_line_error(result, fragment):
    assert result.exit_code == 2, result.output
    assert fragment in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_database_from_a_newer_version_is_refused_untouched(tmp_path):
    db = tmp_path / "w.sqlite"
    assert _run(db, "unit", "add", "qz", "衢州市", "--level", "市").exit_code == 0
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE xinxi_qc_workflow_version SET version_num = '9999_future'")
    before = db.read_bytes()
    _one_line_error(_run(db, "unit", "list"), "比本程序新")
    assert db.read_bytes() == before


def test_damaged_page_is_one_line(tmp_path):
    db = tmp_path / "w.sqlite"
    assert _run(db, "unit", "add", "qz", "衢州市", "--level", "市").exit_code == 0
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'units'").fetchone()[0]
    with open(db, "r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\x0d" + b"\xff" * 7)
    _one_line_error(_run(db, "unit", "list"), "损坏")


def test_zero_byte_database_is_not_silently_reinitialised(tmp_path):
    db = tmp_path / "w.sqlite"
    db.write_bytes(b"")
    _one_line_error(_run(db, "unit", "list"), "0 字节")
    assert db.read_bytes() == b""
