"""Issue 16: `batch` gives every item the same findings, score, grade and verdict as `check` — the
cross-item comparison (a passage copied by several units, a resubmission) included, with the
`[crossdoc]` settings of the configuration, from a fresh run and from the cache alike."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from xinxi_qc.cli import main

from .conftest import GOOD

TODAY = "2026-10-16"
PASSAGE = ("为深入贯彻落实省委关于优化营商环境的决策部署，全面推行“一窗受理、集成服务”改革，整合部门审批事项，"
           "实现企业开办一个环节、一天办结，切实降低制度性交易成本。同时，建立健全涉企政策直达快享机制，推动惠企资金"
           "免申即享，让市场主体有实实在在的获得感。下一步，将持续深化“放管服”改革，加快数字政府建设，打造市场化法治化"
           "国际化一流营商环境。")
OWN = {
    "东湖区": ("今年1-6月，东湖区新办企业1320户，同比增长18.2%。", "东湖区政务大厅日均办件量达到860件。"),
    "西山县": ("西山县今年新建5个乡镇便民服务中心，覆盖群众12万人。", "全县审批时限平均压缩至2.5个工作日。"),
    "南岭镇": ("南岭镇今年帮助37家企业解决用工、用地难题42个。", "镇里组建12人的企业服务专班，每月上门走访一次。"),
}
RESUBMITTED = ("北川县建成农村物流服务站86个",
               "截至9月底，北川县建成村级物流服务站86个，覆盖全县92%的行政村，农产品上行运费平均下降三成。"
               "县商务局整合邮政、快递和供销社网点，统一分拣、统一配送，每天两班次进村。"
               "其中，青坪村服务站每月发出土特产包裹4200件，带动38户农户增收。")


def build_archive(root: Path) -> None:
    """items.jsonl: the passage copied by three units, one unit's item sent twice, clean items;
    .txt files at the top (no unit folder, so `check` and `batch` read the same units)."""
    root.mkdir()
    records = [{"id": f"T{k}", "unit": unit, "title": f"{unit}优化营商环境取得新成效",
                "body": before + PASSAGE + after, "submitted": "2026-10-12"}
               for k, (unit, (before, after)) in enumerate(OWN.items(), start=1)]
    records.append({"id": "R1", "unit": "北川县", "title": RESUBMITTED[0], "body": RESUBMITTED[1],
                    "submitted": "2026-10-10"})
    records.append({"id": "R2", "unit": "北川县", "title": RESUBMITTED[0] + "（续）",
                    "body": RESUBMITTED[1] + "下一步，该县将在剩余乡镇补齐服务站。", "submitted": "2026-10-14"})
    records += [{"id": f"G{k}", "unit": "水利局", "title": title, "body": body, "submitted": "2026-10-13"}
                for k, (title, body) in enumerate(GOOD)]
    (root / "items.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                                      encoding="utf-8")
    (root / "a.txt").write_text(f"{GOOD[1][0]}（二）\n{GOOD[1][1]}\n", encoding="utf-8")
    (root / "b.txt").write_text("城关镇优化营商环境见实效\n城关镇今年新增市场主体640户。" + PASSAGE + "\n",
                                encoding="utf-8")


def check_items(runner: CliRunner, *extra: str) -> tuple[dict[str, dict], dict]:
    r = runner.invoke(main, ["check", "--format", "json", "--today", TODAY, "--exit-zero", *extra, "archive"])
    assert r.exit_code == 0, r.output
    doc = json.loads(r.stdout)
    assert not doc["errors"]
    return {it["source"]: it for it in doc["items"]}, doc


def batch_items(runner: CliRunner, out: str, *extra: str) -> dict[str, dict]:
    r = runner.invoke(main, ["batch", "archive", "--out", out, "--today", TODAY, "--no-progress", *extra])
    assert r.exit_code == 0, r.output
    rows = [json.loads(line) for line in Path(out, "items.jsonl").read_text(encoding="utf-8").splitlines()]
    with open(Path(out, "findings.csv"), encoding="utf-8-sig", newline="") as fh:
        findings = list(csv.DictReader(fh))
    by_source = {row["source"]: dict(row, findings=[]) for row in rows}
    for f in findings:
        by_source[f["source"]]["findings"].append(f)
    return by_source


def finding_keys(findings) -> list[tuple]:
    return [(f["rule"], f["severity"], f["field"], int(f["start"]), int(f["end"]), f["message"]) for f in findings]


def assert_same(checked: dict[str, dict], batched: dict[str, dict]) -> None:
    assert list(batched) == list(checked)
    for source, it in checked.items():
        row = batched[source]
        assert (row["score"], row["grade"], row["verdict"]) == (it["score"], it["grade"], it["verdict"]["label"]), source
        assert row["verdict_reasons"] == it["verdict"]["reasons"], source
        assert finding_keys(row["findings"]) == finding_keys(it["findings"]), source


def cross_rules(item: dict) -> list[str]:
    return [f["rule"] for f in item["findings"] if f["rule"] in ("boilerplate", "duplicate-submission")]


@pytest.fixture
def runner(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    build_archive(tmp_path / "archive")
    return CliRunner()


def test_batch_gives_every_item_the_findings_score_and_verdict_of_check(runner, tmp_path):
    checked, _ = check_items(runner)
    # the cases the comparison is about: the copies, the resubmission, and clean items without either
    by_id = {it["id"]: it for it in checked.values()}
    for k in (1, 2, 3):
        assert "boilerplate" in cross_rules(by_id[f"T{k}"])
        assert by_id[f"T{k}"]["verdict"]["label"] != "adopt"
    assert "duplicate-submission" in cross_rules(by_id["R2"])
    assert not cross_rules(by_id["G0"])

    fresh = batch_items(runner, "out", "--workers", "1")
    assert_same(checked, fresh)
    # from the cache (the per-item results cached without the cross-item findings) and with two workers
    cached = batch_items(runner, "out", "--workers", "2", "--chunk-size", "2")
    assert_same(checked, cached)
    assert not (tmp_path / "out" / ".settled.sqlite").exists() and not (tmp_path / "out" / ".neardup.sqlite").exists()
    # the table columns count the copied passages too
    with open(tmp_path / "out" / "items.csv", encoding="utf-8-sig", newline="") as fh:
        rows = {r["id"]: r for r in csv.DictReader(fh)}
    assert int(rows["T1"]["boilerplate"]) >= 1 and int(rows["R2"]["duplicate-submission"]) == 1
    assert rows["T1"]["score"] == str(by_id["T1"]["score"])


def test_rows_held_for_the_comparison_and_rows_written_after_it_agree(runner, tmp_path, monkeypatch):
    from xinxi_qc.batch import runner as batch_runner

    checked, _ = check_items(runner)
    # no chunk settled before it has to be, and a read-ahead of two chunks: the first chunks wait
    # for the comparison in the scratch file, the rest are written as they settle after it
    with monkeypatch.context() as m:
        m.setattr(batch_runner, "_done", lambda fut: False)
        m.setattr(batch_runner, "READ_AHEAD_ITEMS", 2)
        assert_same(checked, batch_items(runner, "mixed", "--workers", "1", "--chunk-size", "1", "--no-cache"))
    # two workers checking while the items are compared
    assert_same(checked, batch_items(runner, "two", "--workers", "2", "--chunk-size", "2", "--no-cache"))


def test_crossdoc_table_of_the_configuration_is_used(runner, tmp_path):
    (tmp_path / "xinxi-qc.toml").write_text("[crossdoc]\ncluster_min = 2\n", encoding="utf-8")
    checked, doc = check_items(runner)
    assert [c["id"] for c in doc.get("clusters", ())] == ["T1"]
    batched = batch_items(runner, "out", "--workers", "1")
    assert_same(checked, batched)
    assert any("模板组 T1" in f["message"] for row in batched.values() for f in row["findings"])
    with open(tmp_path / "out" / "clusters.csv", encoding="utf-8-sig", newline="") as fh:
        templates = [r for r in csv.DictReader(fh) if r["kind"] == "template"]
    assert {r["cluster"] for r in templates} == {"T1"} and len(templates) == doc["clusters"][0]["count"]


def test_bad_crossdoc_setting_stops_batch_like_check(runner, tmp_path):
    (tmp_path / "xinxi-qc.toml").write_text('[crossdoc]\ncluster_min = "x"\n', encoding="utf-8")
    checked = runner.invoke(main, ["check", "--format", "json", "--today", TODAY, "archive"])
    assert checked.exit_code == 2
    for near_dup in ("crossdoc", "fast"):
        r = runner.invoke(main, ["batch", "archive", "--out", "out", "--no-progress", "--near-dup", near_dup])
        assert r.exit_code == 2
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1 and "cluster_min" in lines[0] and "xinxi-qc.toml" in lines[0]
        assert not (tmp_path / "out" / "items.csv").exists()


def test_fast_near_duplicates_add_no_findings_and_auto_says_so(runner, tmp_path, monkeypatch):
    """Above AUTO_CROSSDOC_LIMIT items `auto` clusters whole bodies (fast): no passage is compared, so
    the items' results are check's without the cross-item findings — and the run says so."""
    from xinxi_qc.batch import BatchOptions, run_batch, runner as batch_runner

    monkeypatch.setattr(batch_runner, "AUTO_CROSSDOC_LIMIT", 3)
    s = run_batch(BatchOptions(["archive"], tmp_path / "fast", workers=1, progress=False))
    assert s.near_dup == "fast" and any("--near-dup crossdoc" in w for w in s.warnings)
    with open(tmp_path / "fast" / "findings.csv", encoding="utf-8-sig", newline="") as fh:
        assert not [f for f in csv.DictReader(fh) if f["rule"] in ("boilerplate", "duplicate-submission")]
    explicit = run_batch(BatchOptions(["archive"], tmp_path / "crossdoc", workers=1, progress=False,
                                      near_dup="crossdoc"))
    assert explicit.near_dup == "crossdoc" and not explicit.warnings


def test_mixed_archive_with_folders_same_as_check(archive, tmp_path):
    """The shared mixed archive (.txt/.md/.docx by unit folder, GB18030, JSONL/CSV, unreadable files):
    with units read as `check` reads them (--no-unit-from-folder), every item agrees."""
    root, counts = archive
    runner = CliRunner()
    r = runner.invoke(main, ["check", "--format", "json", "--today", TODAY, "--exit-zero", str(root)])
    doc = json.loads(r.stdout)
    checked = {it["source"]: it for it in doc["items"]}
    assert len(checked) == counts["good"] and len(doc["errors"]) == counts["bad"]
    assert sum(1 for it in checked.values() if "boilerplate" in cross_rules(it)) == 2   # the two 会议 copies
    out = tmp_path / "out"
    b = runner.invoke(main, ["batch", str(root), "--out", str(out), "--today", TODAY, "--no-progress",
                             "--workers", "2", "--chunk-size", "3", "--no-unit-from-folder"])
    assert b.exit_code == 0, b.output
    rows = [json.loads(line) for line in (out / "items.jsonl").read_text(encoding="utf-8").splitlines()]
    with open(out / "findings.csv", encoding="utf-8-sig", newline="") as fh:
        findings = list(csv.DictReader(fh))
    batched = {row["source"]: dict(row, findings=[f for f in findings if f["source"] == row["source"]])
               for row in rows}
    assert_same(checked, batched)
