"""The committed corpus is exactly what the generator writes, and the generator's
label checks reject what they should."""
from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from corpus.generate import build, labels  # noqa: E402


def test_generator_reproduces_committed_corpus():
    items = build.build()
    lines = [json.dumps(it, ensure_ascii=False) for it in items]
    committed = (ROOT / "corpus" / "items.jsonl").read_text(encoding="utf-8").splitlines()
    assert lines == committed, "corpus/items.jsonl is stale: run python -m corpus.generate"


def _labels(title, body, type_="dynamic", event=None, submitted=date(2025, 5, 1), cases=("柳湾村",)):
    return labels.mechanical_labels(title, body, type_, event, submitted, list(cases), ["澜溪县"])


def test_clean_text_has_no_mechanical_labels():
    body = "5月1日，澜溪县农业农村局在柳湾村开展春耕指导。全县落实粮食播种面积32万亩，同比增加1.2万亩。"
    found, amb = _labels("澜溪县粮食播种面积增加1.2万亩", body, event=date(2025, 5, 1))
    assert found == set() and amb == []


def test_each_mechanical_defect_is_detected():
    base = "柳湾村新建泵站3座，灌溉面积增加800亩。"
    assert "title-length" in _labels("泵站", base)[0]
    assert "long-sentence" in _labels("澜溪县柳湾村新建泵站3座", "柳湾村" + "新建泵站，" * 30 + "。")[0]
    assert "no-figures" in _labels("澜溪县柳湾村新建泵站", "柳湾村新建泵站，灌溉条件得到改善。")[0]
    assert "no-examples" in _labels("澜溪县新建泵站3座", "全县新建泵站3座。", cases=())[0]
    assert "late" in _labels("澜溪县柳湾村新建泵站3座", base, event=date(2025, 3, 1))[0]
    assert "sensitive" in _labels("澜溪县柳湾村新建泵站3座", base + "联系电话13812345678。")[0]
    assert "typography" in _labels("澜溪县柳湾村新建泵站3座", base.replace("，", ","))[0]
    assert "cliche" in _labels("澜溪县柳湾村新建泵站3座", base + "我局高度重视，精心组织，周密部署，狠抓落实，扎实推进。")[0]
    assert "empty-claim" in _labels("澜溪县柳湾村新建泵站3座", base + "\n各项工作成效明显。")[0]
    long_body = "。".join(["柳湾村新建泵站3座，灌溉面积增加800亩"] * 60) + "。"
    assert "length" in _labels("澜溪县柳湾村新建泵站3座", long_body)[0]
    assert "length" not in _labels("澜溪县柳湾村新建泵站3座", long_body, type_="problem")[0]


def test_ambiguous_margins_are_reported():
    # a 98-character sentence is neither clearly clean nor clearly long
    _, amb = _labels("澜溪县柳湾村新建泵站3座", "柳湾村新建泵站3座" + "，灌溉" * 29 + "。")
    assert amb


def test_datasheet_counts_match_corpus():
    from corpus.generate import stats
    text = (ROOT / "corpus" / "DATASHEET.md").read_text(encoding="utf-8")
    block = text.split("<!-- stats:begin (python -m corpus.generate.stats) -->\n")[1].split("<!-- stats:end -->")[0]
    assert block.strip() == stats.markdown(stats.load()).strip(), "update the counts block in DATASHEET.md"
