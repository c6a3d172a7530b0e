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


def test_label_constants_match_checker_defaults():
    """One constant per threshold, equal to the checker's default (regenerate when it moves)."""
    from xinxi_qc.rules.style import LongSentence
    from xinxi_qc.rules.title import TitleLength
    assert labels.LONG_SENTENCE_MAX == LongSentence.default_options["max_chars"]
    assert labels.TITLE_MAX == TitleLength.default_options["max_chars"]
    assert labels.TITLE_MIN == TitleLength.default_options["min_chars"]


def test_sentence_boundary_is_exact():
    m = labels.LONG_SENTENCE_MAX
    at = "柳湾村新建泵站" + "灌" * (m - 8) + "。"          # exactly the limit, terminator counted
    over = "柳湾村新建泵站" + "灌" * (m - 7) + "。"
    assert len(at) == m and len(over) == m + 1
    assert _labels("澜溪县柳湾村新建泵站3座", at + "新建泵站3座。") == (set(), [])
    assert "long-sentence" in _labels("澜溪县柳湾村新建泵站3座", over + "新建泵站3座。")[0]
    # clean under the checker's split (；) but long to a reader who ignores ；: ambiguous, not drawn
    half = "灌" * (m // 2 + 5)
    assert _labels("澜溪县柳湾村新建泵站3座", "柳湾村泵站3座，" + half + "；" + half + "。")[1]


def test_double_title_counted_without_space():
    body = "柳湾村新建泵站3座，灌溉面积增加800亩。"
    main, sub = "澜溪县柳湾村新建泵站改善灌溉条件", "新建泵站3座灌溉面积增加800亩"
    t = main + " " + sub
    n = len(main + sub)
    assert labels.title_length(t) == n
    assert ("title-length" in _labels(t, body)[0]) == (n > labels.TITLE_MAX)


def test_cliche_counts_distinct_phrases_and_slot_patterns():
    base = "柳湾村新建泵站3座，灌溉面积增加800亩。"
    t = "澜溪县柳湾村新建泵站3座"
    # one phrase repeated is one phrase
    assert labels.stock_count("高度重视，高度重视，高度重视，高度重视") == 1
    # variants of one phrase count once
    assert labels.stock_count("取得明显成效，取得了显著成效") == 1
    # phrases outside the shipped list, with slots
    text = "我局压实属地管理责任，提高政治站位，筑牢安全生产防线，为全县发展提供有力保障。"
    assert labels.stock_count(text) == 4
    assert "cliche" in _labels(t, base + text)[0]
    three = "各部门齐抓共管，统筹推进，贯彻落实。"
    assert labels.stock_count(three) == 3 and _labels(t, base + three)[1]      # neither: not drawn
    assert _labels(t, base + "各部门齐抓共管，统筹推进。") == (set(), [])       # 2: clean


def test_boundary_planters():
    import random
    from corpus.generate import boundary as B
    rng = random.Random(1)
    t, kind = B.round_title("澜溪县培训农民1132人", rng)
    assert t == "澜溪县培训农民1100余人" and kind == "rounded-count"
    outs = {B.round_title("澜溪县满意率达20.7%", random.Random(i))[0] for i in range(20)}
    assert outs <= {"澜溪县满意率达21%", "澜溪县满意率达二成一"} and "澜溪县满意率达21%" in outs
    assert B.round_title("澜溪县满意率达78%", rng)[0] == "澜溪县满意率达七成八"
    assert B.round_title("澜溪县培训农民1100人", rng) is None     # nothing to round
    assert B.overclaim_title("澜溪县接待游客6.2万人次", "全年接待游客6.2万人次。") == "澜溪县接待游客超10万人次"
    assert B.overclaim_title("澜溪县接待游客6.2万人次", "全年接待游客10万人次。") is None
    facts = ["澜溪县柳湾村新建泵站改善灌溉条件", "澜溪县新建泵站3座灌溉面积增加800亩"]
    d = B.double_title(facts, "澜溪县", rng, 31, 40)
    assert d == "澜溪县柳湾村新建泵站改善灌溉条件 新建泵站3座灌溉面积增加800亩"


def test_datasheet_counts_match_corpus():
    from corpus.generate import stats
    text = (ROOT / "corpus" / "DATASHEET.md").read_text(encoding="utf-8")
    block = text.split("<!-- stats:begin (python -m corpus.generate.stats) -->\n")[1].split("<!-- stats:end -->")[0]
    assert block.strip() == stats.markdown(stats.load()).strip(), "update the counts block in DATASHEET.md"
