"""Issue 16: a damaged index file is a one-line error (exit 2) in index add, dedup and
check --against, never a sqlite3 traceback."""
from __future__ import annotations

import sqlite3

from click.testing import CliRunner

from xinxi_qc.cli import main

from .conftest import write_jsonl
from .test_index_store import small_archive


def test_damaged_index_is_one_line_everywhere(tmp_path):
    items, _ = small_archive(n_pairs=6, n_background=40)
    arch = tmp_path / "arch.jsonl"
    write_jsonl(arch, items)
    idx = tmp_path / "arch.xqidx"
    runner = CliRunner()
    assert runner.invoke(main, ["index", "build", str(arch), "--out", str(idx)]).exit_code == 0
    with sqlite3.connect(idx) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'items'").fetchone()[0]
    with open(idx, "r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\x0d" + b"\xff" * 7)
    draft = tmp_path / "d.txt"
    draft.write_text("东湖区新增就业岗位3200个\n今年1-6月，东湖区新增城镇就业岗位3200个。\n", encoding="utf-8")
    for args in (["index", "add", str(idx), str(draft)], ["dedup", str(idx)],
                 ["check", "--today", "2026-11-21", "--against", str(idx), str(draft)]):
        result = runner.invoke(main, args)
        assert result.exit_code == 2, (args, result.output)
        assert "Traceback" not in result.output and "重建" in result.output, (args, result.output)
