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


def _archive(root):
    root.mkdir()
    for n, (title, body) in enumerate(GOOD):
        (root / f"{n}.txt").write_text(f"{title}\n{body}\n", encoding="utf-8")
    return root


def test_corrupt_cache_is_set_aside_and_the_run_goes_on(tmp_path):
    root = _archive(tmp_path / "in")
    out = tmp_path / "out"
    out.mkdir()
    garbage = b"SQLite format 3\0" + bytes(range(256)) * 20
    for attempt in range(2):
        (out / "cache.sqlite").write_bytes(garbage)
        result = _batch(root, out)
        assert result.exit_code == 0 and result.exception is None, result.output
        assert "缓存" in result.output and "Traceback" not in result.output
        assert len(_rows(out / "items.csv")) == 3
    aside = sorted(p.name for p in out.glob("cache.sqlite.corrupt-*"))
    assert len(aside) == 2  # nothing overwritten, not even a set-aside copy
    assert all((out / name).read_bytes() == garbage for name in aside)
    again = _batch(root, out)
    assert "缓存命中 3" in again.output


def test_cache_failing_mid_run_turns_caching_off(tmp_path):
    import sqlite3

    from xinxi_qc.batch.cache import ResultCache

    cache = ResultCache(tmp_path / "cache.sqlite")
    cache.put_many([(b"k", {"score": 1})])
    cache._db.close()  # what a vanished or damaged file looks like to the next call
    assert cache.get_many([b"k"]) == {} and cache.notes
    cache.put_many([(b"k2", {"score": 2})])
    cache.close()
    assert len(cache.notes) == 1
    sqlite3.connect(tmp_path / "cache.sqlite").close()


def test_second_batch_into_the_same_out_is_refused(tmp_path):
    import subprocess
    import sys

    from xinxi_qc.batch.runner import LOCK_NAME

    root = _archive(tmp_path / "in")
    out = tmp_path / "out"
    out.mkdir()
    # Another process holding the lock, as a running batch does.
    holder = subprocess.Popen(
        [sys.executable, "-c", "import fcntl, sys; h = open(sys.argv[1], 'a+'); "
         "fcntl.lockf(h, fcntl.LOCK_EX | fcntl.LOCK_NB); print('locked', flush=True); sys.stdin.read()",
         str(out / LOCK_NAME)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        result = _batch(root, out)
        assert result.exit_code == 2 and "正被另一个 batch 使用" in result.output
        assert len(result.output.strip().splitlines()) == 1
        assert not (out / "items.csv").exists()
    finally:
        holder.communicate("")
    result = _batch(root, out)
    assert result.exit_code == 0 and len(_rows(out / "items.csv")) == 3


def test_write_failure_is_one_line(tmp_path, monkeypatch):
    import errno

    from xinxi_qc.batch import writers

    root = _archive(tmp_path / "in")

    def full(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "out" / "items.csv"))

    monkeypatch.setattr(writers.ReportWriters, "item", full)
    result = _batch(root, tmp_path / "out")
    assert result.exit_code == 2 and "写入输出失败" in result.output and "No space left" in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1


def test_workers_die_with_a_killed_parent(tmp_path):
    import json
    import os
    import signal
    import subprocess
    import sys
    import time

    lines = [json.dumps({"id": str(n), "title": f"{GOOD[n % 3][0]}{n}", "body": GOOD[n % 3][1] * 3},
                        ensure_ascii=False) for n in range(20_000)]
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    parent = subprocess.Popen([sys.executable, "-m", "xinxi_qc", "batch", str(tmp_path / "a.jsonl"), "--out",
                               str(tmp_path / "out"), "--workers", "2", "--no-progress", "--no-cache"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def children() -> set[int]:
        try:
            with open(f"/proc/{parent.pid}/task/{parent.pid}/children") as fh:
                return {int(p) for p in fh.read().split()}
        except OSError:
            return set()

    try:
        deadline = time.monotonic() + 60
        while len(workers := children()) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert len(workers) >= 2, "the pool never started"
        time.sleep(0.5)
    finally:
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait()
    deadline = time.monotonic() + 10
    while any(os.path.exists(f"/proc/{w}") and _alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    survivors = [w for w in workers if _alive(w)]
    for w in survivors:  # never leave orphans behind, even when the test fails
        os.kill(w, signal.SIGKILL)
    assert not survivors


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


def test_cache_follows_the_reference_date_only_where_it_matters(tmp_path):
    import json

    lines = [{"id": "dated", "title": GOOD[0][0], "body": GOOD[0][1], "event_date": "2026-01-05",
              "submitted": "2026-01-06"},
             {"id": "undated", "title": GOOD[1][0], "body": GOOD[1][1], "event_date": "2026-01-05"}]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n",
                                      encoding="utf-8")
    out = tmp_path / "out"

    def run(day):
        r = CliRunner().invoke(main, ["batch", str(tmp_path / "a.jsonl"), "--out", str(out), "--workers", "1",
                                      "--no-progress", "--near-dup", "off", "--today", day])
        assert r.exit_code == 0, r.output
        return r.output, {row["id"]: row for row in _rows(out / "items.csv")}

    _, first = run("2026-01-07")
    output, second = run("2026-06-01")
    assert "缓存命中 1" in output  # the dated item; the undated one is checked again for the new date
    assert second["dated"]["score"] == first["dated"]["score"]
    assert int(second["undated"]["score"]) < int(first["undated"]["score"])
