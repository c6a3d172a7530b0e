from __future__ import annotations

import csv

from click.testing import CliRunner

from xinxi_qc.cli import main


def test_batch_command_writes_report(archive, tmp_path):
    root, counts = archive
    out = tmp_path / "report"
    result = CliRunner().invoke(main, ["batch", str(root), "--out", str(out), "--workers", "1", "--no-progress"])
    assert result.exit_code == 0, result.output
    assert f"完成：{counts['good']} 条" in result.output
    for name in ("items.csv", "items.jsonl", "findings.csv", "errors.csv", "report.xlsx", "report.html"):
        assert (out / name).is_file()
    with open(out / "items.csv", encoding="utf-8-sig") as fh:
        assert sum(1 for _ in csv.reader(fh)) == counts["good"] + 1


def test_progress_bar_on_stderr(archive, tmp_path):
    root, counts = archive
    result = CliRunner().invoke(main, ["batch", str(root), "--out", str(tmp_path / "o"), "--workers", "1"])
    assert result.exit_code == 0, result.output
    total = counts["good"] + counts["bad"]
    assert f"{total}/{total}" in result.output and "条/秒" in result.output


def test_bad_options_fail_with_one_line(archive, tmp_path):
    root, _ = archive
    runner = CliRunner()
    r = runner.invoke(main, ["batch", str(root), "--out", str(tmp_path / "o"), "--config", str(tmp_path / "no.toml")])
    assert r.exit_code == 2 and "配置文件不存在" in r.output
    assert len(r.output.strip().splitlines()) == 1 and "Traceback" not in r.output

    bad = tmp_path / "bad.toml"
    bad.write_text("[rules\n", encoding="utf-8")
    r = runner.invoke(main, ["batch", str(root), "--out", str(tmp_path / "o"), "--config", str(bad)])
    assert r.exit_code == 2 and "TOML" in r.output and "Traceback" not in r.output

    r = runner.invoke(main, ["batch", str(root), "--out", str(tmp_path / "o"), "--scheduler", "tcp://127.0.0.1:1"])
    assert r.exit_code == 2 and "--engine dask" in r.output

    r = runner.invoke(main, ["batch", str(root), "--out", str(tmp_path / "o"), "--workers", "0"])
    assert r.exit_code == 2


def test_only_bad_inputs_exit_nonzero(tmp_path):
    (tmp_path / "e.txt").write_bytes(b"")
    r = CliRunner().invoke(main, ["batch", str(tmp_path / "e.txt"), "--out", str(tmp_path / "o"), "--no-progress"])
    assert r.exit_code == 1 and "没有可检查的条目" in r.output
