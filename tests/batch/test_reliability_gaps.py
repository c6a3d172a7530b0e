"""Issue 16 batch cases without a test of their own: a real full disk (ENOSPC from /dev/full, not
a monkeypatched writer), two real batch processes into one --out, and a real unreadable
sub-directory (permissions enforced by dropping root's override capabilities)."""
from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from .conftest import GOOD


def _archive(root: Path) -> Path:
    root.mkdir()
    for n, (title, body) in enumerate(GOOD):
        (root / f"{n}.txt").write_text(f"{title}\n{body}\n", encoding="utf-8")
    return root


def _rows(path):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_real_full_disk_is_one_line_and_a_rerun_finishes(tmp_path):
    root = _archive(tmp_path / "in")
    out = tmp_path / "out"
    out.mkdir()
    (out / "items.csv").symlink_to("/dev/full")   # every write to it fails with ENOSPC
    cmd = [sys.executable, "-m", "xinxi_qc", "batch", str(root), "--out", str(out), "--workers", "1", "--no-progress"]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "写入输出失败" in result.stderr and "No space left" in result.stderr
    (out / "items.csv").unlink()                    # space freed: the same command finishes
    again = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stdout + again.stderr
    assert len(_rows(out / "items.csv")) == 3


def test_two_real_batch_processes_into_one_out(tmp_path):
    """Two processes started together: one finishes with every row, the other is refused in one
    line; items.csv holds no NUL byte and no row twice."""
    lines = [json.dumps({"id": str(k), "title": f"{GOOD[k % 3][0]}{k}", "body": GOOD[k % 3][1]}, ensure_ascii=False)
             for k in range(600)]
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    cmd = [sys.executable, "-m", "xinxi_qc", "batch", str(tmp_path / "a.jsonl"), "--out", str(tmp_path / "out"),
           "--workers", "1", "--no-progress", "--near-dup", "off"]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    done = [p.communicate(timeout=300) + (p.returncode,) for p in procs]
    codes = sorted(rc for _, _, rc in done)
    if codes == [0, 0]:
        pytest.skip("the two runs did not overlap")  # the first finished before the second started
    assert codes == [0, 2], done
    refused = next(err for _, err, rc in done if rc == 2)
    assert "正被另一个 batch 使用" in refused and "Traceback" not in refused
    data = (tmp_path / "out" / "items.csv").read_bytes()
    assert b"\0" not in data
    ids = [r["id"] for r in _rows(tmp_path / "out" / "items.csv")]
    assert sorted(ids, key=int) == [str(k) for k in range(600)]


def test_a_real_unreadable_sub_directory_is_an_error_row(tmp_path):
    setpriv = shutil.which("setpriv")
    if setpriv is None or os.name != "posix":
        pytest.skip("needs setpriv")
    prefix = [setpriv, "--bounding-set=-dac_override,-dac_read_search",
              "--inh-caps=-dac_override,-dac_read_search", "--"] if os.geteuid() == 0 else []
    root = _archive(tmp_path / "in")
    locked = root / "locked"
    locked.mkdir()
    (locked / "x.txt").write_text(f"{GOOD[0][0]}\n{GOOD[0][1]}\n", encoding="utf-8")
    if os.geteuid() == 0:
        os.chown(locked, 65534, 65534)
    locked.chmod(0o700)
    try:
        if subprocess.run([*prefix, "ls", str(locked)], capture_output=True).returncode == 0:
            pytest.skip("permissions are not enforced here")
        result = subprocess.run([*prefix, sys.executable, "-m", "xinxi_qc", "batch", "in", "--out", "out",
                                 "--workers", "1", "--no-progress"], cwd=tmp_path, capture_output=True, text=True,
                                timeout=120)
    finally:
        locked.chmod(0o755)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stdout + result.stderr
    assert len(_rows(tmp_path / "out" / "items.csv")) == 3
    errors = _rows(tmp_path / "out" / "errors.csv")
    assert [(Path(e["source"]).name, "无法读取目录" in e["message"]) for e in errors] == [("locked", True)]


def test_a_real_unsearchable_parent_named_on_the_command_line_is_an_error_row(tmp_path):
    """`batch up/secret/a.txt ok.txt`: the file behind a directory it may not enter is one error
    row; the other input is checked (it used to stop the run as a "full disk")."""
    setpriv = shutil.which("setpriv")
    if setpriv is None or os.name != "posix":
        pytest.skip("needs setpriv")
    prefix = [setpriv, "--bounding-set=-dac_override,-dac_read_search",
              "--inh-caps=-dac_override,-dac_read_search", "--"] if os.geteuid() == 0 else []
    secret = tmp_path / "up" / "secret"
    secret.mkdir(parents=True)
    (secret / "a.txt").write_text(f"{GOOD[0][0]}\n{GOOD[0][1]}\n", encoding="utf-8")
    (tmp_path / "ok.txt").write_text(f"{GOOD[1][0]}\n{GOOD[1][1]}\n", encoding="utf-8")
    if os.geteuid() == 0:
        os.chown(secret, 65534, 65534)
    secret.chmod(0o700)
    try:
        if subprocess.run([*prefix, "ls", str(secret)], capture_output=True).returncode == 0:
            pytest.skip("permissions are not enforced here")
        result = subprocess.run([*prefix, sys.executable, "-m", "xinxi_qc", "batch", "up/secret/a.txt", "ok.txt",
                                 "--out", "out", "--workers", "1", "--no-progress"], cwd=tmp_path,
                                capture_output=True, text=True, timeout=120)
    finally:
        secret.chmod(0o755)
    assert "Traceback" not in result.stderr and "磁盘" not in result.stderr, result.stdout + result.stderr
    assert len(_rows(tmp_path / "out" / "items.csv")) == 1
    assert [Path(e["source"]).name for e in _rows(tmp_path / "out" / "errors.csv")] == ["a.txt"]
