"""Issue 11: batch items.csv / items.jsonl carry each item's verdict."""
from __future__ import annotations

import csv
import json

from xinxi_qc.batch import BatchOptions, run_batch


def test_items_outputs_carry_the_verdict(tmp_path):
    src = tmp_path / "items.jsonl"
    rows = [
        # submitted dates of their own: without one an item is submitted today, and its 10月 turns late in
        # December; the first reports what the visits found, so it is more than a 流水账
        {"id": "ok", "title": "临川镇为46户独居老人装上燃气报警器", "submitted": "2026-11-05",
         "body": "10月，临川镇为辖区46户独居老人免费安装燃气泄漏报警器，镇卫生院同步建立上门巡访台账，每周走访1次，"
                 "当月发现并排除燃气隐患7处。"},
        {"id": "blank", "title": "临川镇为独居老人装上燃气报警器", "submitted": "2026-11-05",
         "body": "10月，临川镇为辖区XX户独居老人免费安装燃气泄漏报警器，共投入资金〔待补充〕。"},
    ]
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    run_batch(BatchOptions([str(src)], out, progress=False, workers=1))
    with open(out / "items.csv", encoding="utf-8-sig", newline="") as fh:
        items = {r["id"]: r for r in csv.DictReader(fh)}
    assert items["blank"]["verdict"] == "return" and items["blank"]["verdict_zh"] == "退回修改"
    assert items["ok"]["verdict"] in ("adopt", "revise")
    lines = [json.loads(line) for line in (out / "items.jsonl").read_text(encoding="utf-8").splitlines()]
    blank = next(r for r in lines if r["id"] == "blank")
    assert any("placeholder" in reason for reason in blank["verdict_reasons"])
