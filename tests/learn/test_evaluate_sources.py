"""``xinxi-qc evaluate`` as a measuring instrument: every number checked on tiny hand-made items."""
import json
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from xinxi_qc.cli import main
from xinxi_qc.config import RuleSetting, build_config
from xinxi_qc.learn import eval_sources
from xinxi_qc.learn.corpus_io import Labelled
from xinxi_qc.learn.evaluate import ece_noise_floor, evaluate, expected_calibration_error, format_evaluation
from xinxi_qc.learn.title_swaps import bigrams, evaluate_published, hard_swaps
from xinxi_qc.model import Item, Severity, TypeGuess
from xinxi_qc.rules.base import Examples


@pytest.fixture(scope="module")
def base_config(tmp_path_factory):
    return build_config({}, base_dir=tmp_path_factory.mktemp("cfg"), source="t", plugins=False)


class IdRule:
    """A rule that fires on the items whose id is in ``ids`` (so P/R are known in advance)."""

    default_severity = Severity.WARNING
    description = "test"
    examples = Examples(("t", "b"), ("t", "b"))
    default_options = {}

    def __init__(self, rule_id, ids, severity=Severity.WARNING):
        self.id, self.ids, self.severity = rule_id, set(ids), severity

    def check(self, doc, ctx):
        if doc.item.id in self.ids:
            yield ctx.finding(doc, "body", 0, 1, "m", "s", severity=self.severity)


class TableClassifier:
    def __init__(self, table):
        self.table = table

    def classify(self, doc):
        label, confidence = self.table[doc.item.id]
        return TypeGuess(label, confidence, {label: confidence})


def with_rules(config, *rules, classifier=None):
    settings = {r.id: RuleSetting(True, Severity.WARNING, {}) for r in rules}
    return replace(config, rules=tuple(rules), settings=settings, classifier=classifier or config.classifier)


def labelled(ident, defects=(), type_=None, grade=None, title="某县开展测试工作", body="测试正文。", unit=None):
    item = Item(title=title, body=body, id=ident, unit=unit or f"单位{ident}")
    return Labelled(item, type_, frozenset(defects) if defects is not None else None, grade, "test", None)


# --- calibration ------------------------------------------------------------------------------

def test_ece_by_hand():
    # bin [0.9, 1.0]: 2 items, confidence 0.95, accuracy 0.5 → |0.5-0.95| = 0.45, weight 2/4
    # bin [0.5, 0.6): 2 items, confidence 0.55, accuracy 1.0 → 0.45, weight 2/4
    cal = expected_calibration_error([0.95, 0.95, 0.55, 0.55], [True, False, True, True])
    assert cal["ece"] == pytest.approx(0.45)
    assert [(b["low"], b["n"]) for b in cal["table"]] == [(0.5, 2), (0.9, 2)]


def test_ece_puts_full_confidence_in_the_last_bin_and_is_zero_when_calibrated():
    cal = expected_calibration_error([1.0, 1.0, 0.25, 0.25, 0.25, 0.25], [True, True, True, False, False, False])
    assert cal["ece"] == pytest.approx(0.0)
    assert [b["low"] for b in cal["table"]] == [0.2, 0.9]
    assert expected_calibration_error([], [])["ece"] == 0.0


def test_ece_noise_floor_shrinks_with_more_items_and_vanishes_at_certainty():
    few, many = [0.85] * 56, [0.85] * 5600
    assert ece_noise_floor(few) == ece_noise_floor(few)          # seeded: the same every run
    assert 0.02 < ece_noise_floor(few) < 0.09                    # ~ sqrt(0.85·0.15/56) = 0.048
    assert ece_noise_floor(many) < ece_noise_floor(few) / 5
    assert ece_noise_floor([1.0] * 40) == 0.0 and ece_noise_floor([]) == 0.0


def test_type_metrics_and_ece_inside_evaluate(base_config):
    table = {"a": ("dynamic", 0.9), "b": ("dynamic", 0.9), "c": ("experience", 0.7), "d": ("dynamic", 0.7)}
    config = with_rules(base_config, classifier=TableClassifier(table))
    items = [labelled("a", type_="dynamic"), labelled("b", type_="dynamic"),
             labelled("c", type_="experience"), labelled("d", type_="experience")]
    d = evaluate(items, config, cross=False).data
    assert d["types"]["confusion"] == {"dynamic": {"dynamic": 2, "experience": 0},
                                       "experience": {"dynamic": 1, "experience": 1}}
    # dynamic P 2/3 R 1 F1 0.8; experience P 1 R 0.5 F1 0.667
    assert d["types"]["macro_f1"] == pytest.approx((0.8 + 0.667) / 2, abs=1e-3)
    # bin 0.9: acc 1.0 vs 0.9; bin 0.7: acc 0.5 vs 0.7 → 0.5·0.1 + 0.5·0.2
    assert d["types"]["calibration"]["ece"] == pytest.approx(0.15)
    assert d["types"]["wrong"] == [{"id": "d", "type": "experience", "predicted": "dynamic", "confidence": 0.7}]


# --- rules, false alarms ----------------------------------------------------------------------

def test_rule_precision_recall_ids_and_false_alarms(base_config):
    rules = (IdRule("no-figures", {"x1", "x2", "x3", "c1"}), IdRule("title-length", {"c2"}),
             IdRule("cliche", {"x4"}, severity=Severity.INFO))
    config = with_rules(base_config, *rules)
    items = [labelled("x1", ["no-figures"], grade=2), labelled("x2", ["no-figures"], grade=3),
             labelled("x3", ["cliche"], grade=3), labelled("x4", ["cliche"], grade=3),
             labelled("x5", ["no-figures"], grade=3),
             labelled("c1", [], grade=5), labelled("c2", [], grade=4), labelled("c3", [], grade=5),
             labelled("u", None)]
    ev = evaluate(items, config, cross=False)
    d = ev.data
    nf = d["rules"]["no-figures"]
    assert (nf["tp"], nf["fp"], nf["fn"]) == (2, 2, 1)
    assert nf["precision"] == 0.5 and nf["recall"] == pytest.approx(0.667, abs=1e-3)
    assert nf["fp_ids"] == ["x3", "c1"] and nf["fn_ids"] == ["x5"]
    # an info-level finding does not count as firing
    assert d["rules"]["cliche"]["tp"] == 0 and d["rules"]["cliche"]["fn_ids"] == ["x3", "x4"]
    # title-length is not among the labels: counted apart, but still a false alarm on a clean item
    assert "title-length" not in d["rules"] and d["unlabelled_rules"]["title-length"]["ids"] == ["c2"]
    fa = d["false_alarms"]
    assert (fa["clean_items"], fa["alarmed"]) == (3, 2) and fa["rate"] == pytest.approx(0.667, abs=1e-3)
    assert fa["items"] == [{"id": "c1", "rules": ["no-figures"]}, {"id": "c2", "rules": ["title-length"]}]
    assert fa["by_rule"] == {"no-figures": 1, "title-length": 1}
    assert d["score_grade"]["n"] == 8
    text = format_evaluation(ev, "小样例", explain=True)
    assert "误报：x3、c1" in text and "漏报：x5" in text and "c2：title-length" in text
    assert "未达标" in text


def test_labelled_rules_from_the_whole_file_get_a_row_even_without_support(base_config):
    config = with_rules(base_config, IdRule("late", {"a"}))
    d = evaluate([labelled("a", []), labelled("b", [])], config, labelled_rules={"late"}, cross=False).data
    assert d["rules"]["late"]["fp_ids"] == ["a"] and d["rules"]["late"]["support"] == 0
    assert not [t for t in evaluate([labelled("a", [])], config, labelled_rules={"late"}, cross=False).targets()
                if t[0].startswith("late")]


# --- boilerplate through the cross-document check ---------------------------------------------

SHARED = ("为破解老旧小区停车难，街道把闲置的边角空地改建成错时共享车位，白天供周边单位职工使用，夜间向居民开放。"
          "改建后由物业公司统一管理收费，收入全部用于小区公共设施维修，账目每季度在楼道公示栏张贴。"
          "居民可通过手机小程序预约车位，超时停放按小时加收费用，违停车辆由网格员当场劝离。")


def test_boilerplate_is_measured_inside_evaluate(base_config):
    config = with_rules(base_config)
    items = [
        labelled("p1", ["boilerplate"], title="东城街道建成共享车位", body="东城街道今年以来推进停车改革。" + SHARED, unit="东城街道办事处"),
        labelled("p2", ["boilerplate"], title="西湖街道建成共享车位", body="西湖街道今年以来推进停车改革。" + SHARED, unit="西湖街道办事处"),
        labelled("q", [], title="南山镇举办茶叶采摘节",
                 body="南山镇第三届茶叶采摘节在白云村开幕，吸引游客两千余人次，现场签约茶叶订单十二份，带动农户增收。",
                 unit="南山镇人民政府"),
    ]
    d = evaluate(items, config).data
    bp = d["rules"]["boilerplate"]
    assert (bp["tp"], bp["fp"], bp["fn"]) == (2, 0, 0)
    assert d["false_alarms"]["alarmed"] == 0
    # without the cross-document check it would be all misses
    assert evaluate(items, config, cross=False).data["rules"]["boilerplate"]["fn_ids"] == ["p1", "p2"]


# --- published text: title swaps ---------------------------------------------------------------

def test_bigrams_skip_punctuation():
    assert bigrams("甲乙，丙丁 ab") == {"甲乙", "丙丁", "ab"}


def swap_items():
    # Titles share nothing with each other; body D contains 甲乙 (from title A), body C shares
    # nothing with its own title.
    return [
        Item(title="甲乙丙", body="甲乙丙的正文。", id="A"),
        Item(title="丁戊己", body="丁戊己的正文。", id="B"),
        Item(title="庚辛壬", body="与众不同的内容。", id="C"),
        Item(title="子丑寅", body="子丑寅的正文，另提甲乙。", id="D"),
        Item(title="子丑寅", body="卯辰巳。", id="E"),
    ]


def test_hard_swap_picks_the_title_sharing_most_with_the_body_and_skips_identical_titles():
    items = swap_items()
    pairs = {items[i].id: (items[j].id, shared) for i, j, shared in hard_swaps(items, sample=10, seed=1)}
    assert set(pairs) == {"A", "B", "C", "D", "E"}
    assert pairs["D"] == ("A", 1)              # 甲乙 is in D's body
    assert pairs["E"][0] != "D"                # the same title is no swap
    assert pairs["A"][1] == pairs["B"][1] == 0
    again = hard_swaps(items, sample=10, seed=1)
    assert again == hard_swaps(items, sample=10, seed=1)   # fixed seed, same pairs
    assert len(hard_swaps(items, sample=2, seed=1)) == 2
    assert hard_swaps(items[:1], sample=5) == []


class OverlapMismatch:
    """title-mismatch stand-in: fires when title and body share no bigram."""

    id = "title-mismatch"
    default_severity = Severity.WARNING
    description = "test"
    examples = Examples(("t", "b"), ("t", "b"))
    default_options = {}

    def check(self, doc, ctx):
        if not bigrams(doc.item.title) & bigrams(doc.item.body):
            yield ctx.finding(doc, "title", 0, 1, "m", "s")


def test_swap_catch_and_false_alarm_rates(base_config):
    config = with_rules(base_config, OverlapMismatch())
    d = evaluate_published(swap_items(), config, sample=10, seed=1, cross=False)
    s = d["title_swap"]
    # swaps: A,B,C,E get a title sharing nothing → caught; D gets 甲乙丙 → missed
    assert (s["pairs"], s["caught"]) == (5, 4) and s["caught_rate"] == 0.8
    assert [m["id"] for m in s["missed"]] == ["D"]
    # true pairs: C's and E's own titles share nothing with their bodies → 2 false alarms
    assert s["true_pair_alarms"] == 2 and s["false_alarm_rate"] == 0.4
    assert d["alarms"]["by_rule"]["title-mismatch"]["n"] == 2
    assert d["alarms"]["any_warning"] == {"n": 2, "rate": 0.4}


# --- the command ---------------------------------------------------------------------------------

def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


ROWS = [
    {"id": "t1", "unit": "甲县农业农村局", "title": "甲县新建高标准农田一万亩",
     "body": "今年甲县新建高标准农田一万亩，涉及八个乡镇，带动粮食亩产提高五十公斤。", "type": "dynamic",
     "defects": [], "grade": 5, "split": "test"},
    {"id": "t2", "unit": "乙县民政局", "title": "关于有关工作情况",
     "body": "乙县民政局召开会议，要求各单位高度重视，认真抓好落实。", "type": "dynamic",
     "defects": ["title-vague", "no-figures"], "grade": 2, "split": "test"},
    {"id": "t3", "unit": "丙县水务局", "title": "丙县完成水库除险加固",
     "body": "丙县完成三座小型水库除险加固，新增蓄水能力二十万立方米。", "type": "experience",
     "defects": [], "grade": 4, "split": "train"},
]


@pytest.fixture
def tiny_defaults(tmp_path, monkeypatch):
    corpus = write_jsonl(tmp_path / "corpus.jsonl", ROWS)
    monkeypatch.setattr(eval_sources, "DEFAULT_CORPUS", corpus)
    monkeypatch.setattr(eval_sources, "DEFAULT_EXTERNAL", tmp_path / "no-external")
    monkeypatch.setattr(eval_sources, "DEFAULT_INDEPENDENT", tmp_path / "no-independent")
    monkeypatch.delenv(eval_sources.EXTERNAL_ENV, raising=False)
    return tmp_path


def test_independent_dev_items_are_their_own_source_and_train_items_are_not(tiny_defaults):
    folder = tiny_defaults / "no-independent"
    folder.mkdir()
    rows = [dict(r, writer="W9", split=split, id=f"W9-{k:03d}") for k, (r, split) in
            enumerate(zip(ROWS * 2, ["dev", "train"] * len(ROWS)))]
    write_jsonl(folder / "w9_items.jsonl", rows)
    doc = json.loads(CliRunner().invoke(main, ["evaluate", "--format", "json"]).stdout)
    keys = [s["key"] for s in doc["sources"]]
    assert keys == ["corpus-test", "independent-dev:w9_items"]
    dev = sum(1 for r in rows if r["split"] == "dev")
    assert doc["sources"][1]["n_items"] == dev


def test_missing_external_folder_is_one_chinese_note_and_the_rest_goes_on(tiny_defaults, monkeypatch):
    monkeypatch.setenv(eval_sources.EXTERNAL_ENV, str(tiny_defaults / "nowhere"))
    result = CliRunner().invoke(main, ["evaluate"])
    assert result.exit_code == 0, result.output
    notes = [line for line in result.output.splitlines() if "外部语料" in line and "未找到" in line]
    assert len(notes) == 1 and "nowhere" in notes[0]
    assert "项目语料 test 划分" in result.output and "（2 条）" in result.output
    doc = CliRunner().invoke(main, ["evaluate", "--format", "json"])
    parsed = json.loads(doc.stdout)
    assert parsed["schema"] == "xinxi-qc/evaluation-2" and len(parsed["notes"]) == 1
    assert [s["key"] for s in parsed["sources"]] == ["corpus-test"]


def test_external_dev_and_test_are_separate_sources(tiny_defaults):
    ext = tiny_defaults / "ext"
    ext.mkdir()
    write_jsonl(ext / "items.jsonl", [{**r, "split": s, "writer": w, "id": f"{w}-{r['id']}"}
                                      for r in ROWS for s, w in (("dev", "W3"), ("test", "W4"), ("train", "W1"))])
    data = write_jsonl(tiny_defaults / "mine.jsonl", ROWS)
    result = CliRunner().invoke(main, ["evaluate", "--external", str(ext), "--data", str(data), "--format", "json"])
    assert result.exit_code == 0, result.output
    sources = json.loads(result.stdout)["sources"]
    assert [s["key"] for s in sources] == ["corpus-test", "external-dev", "external-test", f"data:{data}"]
    assert [s["n_items"] for s in sources] == [2, 3, 3, 3]
    assert "W4" in sources[2]["title"]
    assert all("calibration" in s["types"] and "targets" in s for s in sources)


def test_published_section(tiny_defaults):
    rows = [{"id": f"n{i}", "title": t, "body": b} for i, (t, b) in
            enumerate([("甲县新建高标准农田", "甲县今年新建高标准农田一万亩。"),
                       ("乙市开通地铁三号线", "乙市地铁三号线今天开通运营，全长二十公里。"),
                       ("丙省举办茶叶博览会", "丙省茶叶博览会开幕，三百家企业参展。")])]
    pub = write_jsonl(tiny_defaults / "news.jsonl", rows)
    result = CliRunner().invoke(main, ["evaluate", "--no-defaults", "--published", str(pub), "--format", "json"])
    assert result.exit_code == 0, result.output
    (src,) = json.loads(result.stdout)["sources"]
    assert src["kind"] == "published" and src["n_items"] == 3 and src["title_swap"]["pairs"] == 3
    text = CliRunner().invoke(main, ["evaluate", "--no-defaults", "--published", str(pub), "--explain"]).output
    assert "标题调换检测" in text and "调换后的标题被识别" in text


@pytest.mark.parametrize("args, says", [
    (["--external", "/nonexistent/ext"], "外部语料目录不存在"),
    (["--no-defaults", "--data", "/nonexistent/x.jsonl"], "文件不存在"),
    (["--no-defaults", "--published", "/nonexistent/x.jsonl"], "文件不存在"),
    (["--sample", "abc"], "--sample 应为正整数"),
    (["--sample", "0"], "--sample 应为正整数"),
    (["--format", "xml"], "--format 只能是"),
    (["--no-defaults"], "没有可评估的数据"),
])
def test_bad_input_is_one_chinese_line_and_exit_2(tiny_defaults, args, says):
    result = CliRunner().invoke(main, ["evaluate", *args])
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and says in lines[0] and "Traceback" not in result.output


def test_malformed_published_file_names_the_line(tiny_defaults):
    bad = tiny_defaults / "bad.jsonl"
    bad.write_text('{"title": "甲"}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", "--no-defaults", "--published", str(bad)])
    assert result.exit_code == 2 and "bad.jsonl:1" in result.output


def test_external_folder_from_the_environment_and_split_of_a_data_file(tiny_defaults, monkeypatch):
    ext = tiny_defaults / "elsewhere"
    ext.mkdir()
    write_jsonl(ext / "items.jsonl", [{**r, "split": "dev", "id": f"d-{r['id']}"} for r in ROWS])
    monkeypatch.setenv(eval_sources.EXTERNAL_ENV, str(ext))
    data = write_jsonl(tiny_defaults / "mine.jsonl", ROWS)
    result = CliRunner().invoke(main, ["evaluate", "--data", str(data), "--split", "train", "--format", "json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert [(s["key"], s["n_items"]) for s in doc["sources"]] == [
        ("corpus-test", 2), ("external-dev", 3), (f"data:{data}", 1)]
    assert doc["notes"] == ["外部语料 " + str(ext / "items.jsonl") + " 没有 split=test 的条目，跳过。"]
    # the rules the whole file's labels speak about are scored even in a split that has none of them
    assert set(doc["sources"][2]["rules"]) == {"title-vague", "no-figures"}
