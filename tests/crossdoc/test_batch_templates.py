"""Template clusters in the batch outputs (issue 16): report.html lists each template once with
its count, clusters.csv has a row per copy with its offsets."""
from __future__ import annotations

import csv
import json
from pathlib import Path

from xinxi_qc.batch import BatchOptions, run_batch

from .test_template_clusters import TEMPLATE_A, make_items, own_sentence, units


def _archive(path: Path) -> tuple[list, list]:
    copies, spans = make_items(120, TEMPLATE_A, seed=21)
    own, _ = make_items(10, "", seed=22, prefix="d", unit_names=units(130)[120:],
                        middle=lambda k, rng: own_sentence(rng) + own_sentence(rng))
    items = copies + own
    with open(path, "w", encoding="utf-8") as fh:
        for it in items:
            fh.write(json.dumps({"id": it.id, "unit": it.unit, "title": it.title, "body": it.body,
                                 "submitted": "2026-10-15"}, ensure_ascii=False) + "\n")
    return items, spans


def test_batch_reports_a_template_once_with_every_copy(tmp_path):
    items, spans = _archive(tmp_path / "items.jsonl")
    out = tmp_path / "out"
    run_batch(BatchOptions([str(tmp_path / "items.jsonl")], out, progress=False, near_dup="crossdoc", workers=1))
    with open(out / "clusters.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    templates = [r for r in rows if r["kind"] == "template"]
    assert {r["cluster"] for r in templates} == {"T1"}
    assert len(templates) == 120 and {r["items"] for r in templates} == {"120"} and {r["units"] for r in templates} == {"120"}
    where = {it.id: span for it, span in zip(items, spans)}
    for r in templates:
        assert (int(r["start"]), int(r["end"])) == where[r["id"]]
    reps = [r for r in templates if r["representative"] == "1"]
    assert len(reps) == 1 and reps[0]["passage"] == TEMPLATE_A
    assert not [r for r in rows if r["id"].startswith("d")]
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "多个单位照抄的同一段落" in html and "发现 1 段模板文字被多个单位照抄（共 120 篇）" in html
    from openpyxl import load_workbook

    wb = load_workbook(out / "report.xlsx", read_only=True)
    sheet = [list(r) for r in wb["clusters"].iter_rows(values_only=True)]
    assert sheet[0][:4] == ["kind", "cluster", "items", "units"]
    assert len(sheet) == 121 and {r[1] for r in sheet[1:]} == {"T1"}
    wb.close()
