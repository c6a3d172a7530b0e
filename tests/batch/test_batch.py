from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from xinxi_qc.batch import BatchOptions, run_batch
from xinxi_qc.batch.cache import CACHE_NAME

OUTPUTS = ("items.csv", "items.jsonl", "findings.csv", "errors.csv", "report.html")


def run(paths, out: Path, **kw):
    return run_batch(BatchOptions([str(p) for p in paths], out, progress=False, **kw))


def read_outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS}


def csv_rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_mixed_archive_every_output_written(archive, tmp_path):
    root, counts = archive
    out = tmp_path / "out"
    s = run([root], out, workers=1)
    assert (s.items, s.input_errors, s.check_errors) == (counts["good"], counts["bad"], 0)

    rows = [json.loads(line) for line in (out / "items.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == counts["good"]
    titles = {r["title"] for r in rows}
    assert "当前农村养老服务存在三方面问题" in titles  # the GB18030 file
    assert "交通局召开安全生产工作会议" in titles  # the .docx
    assert {"J000", "J011", "C3"} <= {r["id"] for r in rows}
    by_title = {r["title"]: r for r in rows}
    assert by_title["交通局召开安全生产工作会议"]["unit"] == "交通局"  # documents: unit from their folder
    assert {r["unit"] for r in rows if r["id"].startswith("J")} == {"城建局", "交通局", "水利局"}
    for r in rows:
        assert 0 <= r["score"] <= 100 and r["grade"] and r["type"]
        assert set(r) >= {"id", "source", "unit", "type", "confidence", "score", "grade", "defects"}

    items = csv_rows(out / "items.csv")
    assert [r["id"] for r in items] == [r["id"] for r in rows]
    assert {"late", "no-figures", "title-vague"} <= set(items[0])
    findings = csv_rows(out / "findings.csv")
    total = sum(int(r["errors"]) + int(r["warnings"]) + int(r["infos"]) for r in items)
    assert len(findings) == total

    errors = csv_rows(out / "errors.csv")
    bad = " ".join(e["source"] for e in errors)
    for name in ("empty.txt", "binary.txt", "broken.docx", "items.jsonl"):
        assert name in bad
    assert all(e["message"].strip() for e in errors)


def test_xlsx_and_html_reports(archive, tmp_path):
    from openpyxl import load_workbook

    root, counts = archive
    out = tmp_path / "out"
    run([root], out, workers=1)
    wb = load_workbook(out / "report.xlsx", read_only=True)
    assert {"items", "findings", "by-unit", "errors"} <= set(wb.sheetnames)
    assert sum(1 for _ in wb["items"].iter_rows()) == counts["good"] + 1
    units = [r[0] for r in wb["by-unit"].iter_rows(min_row=2, values_only=True)]
    assert {"城建局", "交通局", "水利局"} <= set(units)

    html = (out / "report.html").read_text(encoding="utf-8")
    assert html.count("<svg") >= 4
    assert "<script" not in html.lower()
    # self-contained: the only URL is the SVG namespace
    assert set(re.findall(r"https?://[^\"' )]+", html)) <= {"http://www.w3.org/2000/svg"}
    for heading in ("分数分布", "按单位", "类型构成", "近似重复", "时效"):
        assert heading in html


def test_one_worker_n_workers_and_dask_give_identical_outputs(archive, tmp_path):
    from distributed import LocalCluster

    root, _ = archive
    serial = run([root], tmp_path / "serial", workers=1, chunk_size=3)
    local = run([root], tmp_path / "local", workers=2, chunk_size=3)
    dask = run([root], tmp_path / "dask", workers=2, engine="dask", dask_processes=False, chunk_size=3)
    assert (serial.engine, local.engine, dask.engine) == ("serial", "local", "dask")
    expected = read_outputs(tmp_path / "serial")
    assert read_outputs(tmp_path / "local") == expected
    assert read_outputs(tmp_path / "dask") == expected

    fast_serial = run([root], tmp_path / "fast1", workers=1, near_dup="fast")
    fast_local = run([root], tmp_path / "fast2", workers=2, near_dup="fast", chunk_size=3)
    assert fast_serial.clusters == fast_local.clusters > 0
    assert read_outputs(tmp_path / "fast1") == read_outputs(tmp_path / "fast2")

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        remote = run([root], tmp_path / "remote", engine="dask", scheduler=cluster.scheduler_address, chunk_size=5)
    assert remote.items == serial.items
    assert read_outputs(tmp_path / "remote") == expected


def test_resume_skips_cached_items_and_outputs_are_complete(archive, tmp_path):
    root, counts = archive
    out = tmp_path / "out"
    part = run([root / "导出"], out, workers=1)
    assert part.items == 16 and part.cache_hits == 0
    full = run([root], out, workers=1)
    assert full.cache_hits == part.items
    assert full.checked == counts["good"] - part.items
    run([root], tmp_path / "fresh", workers=1, use_cache=False)
    assert read_outputs(out) == read_outputs(tmp_path / "fresh")
    again = run([root], out, workers=2)
    assert (again.cache_hits, again.checked) == (counts["good"], 0)
    assert read_outputs(out) == read_outputs(tmp_path / "fresh")
    # the cache serves either near-duplicate mode
    fast = run([root], out, workers=1, near_dup="fast")
    assert fast.cache_hits == counts["good"] and fast.clusters > 0
    run([root], tmp_path / "fresh_fast", workers=1, use_cache=False, near_dup="fast")
    assert read_outputs(out) == read_outputs(tmp_path / "fresh_fast")


def test_interrupted_run_resumes_from_cache(archive, tmp_path):
    root, counts = archive
    out = tmp_path / "out"

    def stop(n: int) -> None:
        if n == 6:
            raise KeyboardInterrupt

    first = run_batch(BatchOptions([str(root)], out, workers=2, chunk_size=2, progress=False), on_item=stop)
    assert first.interrupted and first.items == 6
    assert not (out / "report.html").exists()
    assert (out / CACHE_NAME).exists()

    resumed = run([root], out, workers=2, chunk_size=2)
    assert not resumed.interrupted
    assert resumed.cache_hits >= 6
    assert resumed.cache_hits + resumed.checked == counts["good"]
    run([root], tmp_path / "fresh", workers=1, use_cache=False)
    assert read_outputs(out) == read_outputs(tmp_path / "fresh")


def test_missing_path_is_reported_and_the_rest_continues(archive, tmp_path):
    root, counts = archive
    out = tmp_path / "out"
    s = run([tmp_path / "nope", root / "导出"], out, workers=1)
    assert s.items == 16
    assert "nope" in csv_rows(out / "errors.csv")[0]["source"]


@pytest.mark.parametrize("mode", ["crossdoc", "fast"])
def test_template_sent_by_two_units_is_a_cross_unit_cluster(archive, tmp_path, mode):
    root, _ = archive
    out = tmp_path / mode
    s = run([root], out, workers=1, near_dup=mode)
    assert s.clusters >= 1
    html = (out / "report.html").read_text(encoding="utf-8")
    section = html[html.index("跨单位近似重复"):html.index("时效：按单位")]
    assert "城建局召开安全生产工作会议" in section or "交通局召开安全生产工作会议" in section
    assert "城建局、交通局" in section or "交通局、城建局" in section
    assert not (out / ".neardup.sqlite").exists()


def test_near_duplicates_can_be_switched_off(archive, tmp_path):
    root, counts = archive
    s = run([root], tmp_path / "off", workers=1, near_dup="off")
    assert s.items == counts["good"] and s.clusters == 0
    assert "未计算" in (tmp_path / "off" / "report.html").read_text(encoding="utf-8")


def test_units_from_folders_can_be_switched_off(archive, tmp_path):
    root, _ = archive
    run([root / "城建局"], tmp_path / "o", workers=1, units_from_folders=False)
    assert {r["unit"] for r in csv_rows(tmp_path / "o" / "items.csv")} == {""}
