"""The information-type model: features, calibration helpers, the runner-up, the shipped weights on
made-up items, and ``xinxi-qc train`` without the external corpus. Every text here is invented for
the test (no sentence from any corpus)."""
import json
import time
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from xinxi_qc.classify.structure import NAMES, structure_features
from xinxi_qc.cli import main
from xinxi_qc.config import build_config
from xinxi_qc.engine import check_item
from xinxi_qc.learn.ngrams import WordVocabulary, fit_word_vocabulary, word_ngrams, words
from xinxi_qc.learn.corpus_io import Labelled
from xinxi_qc.learn.train import (TYPE_FOLDS, ece, fit_alternative_margin, fit_temperature, writer_folds, writer_of,
                                  writer_range)
from xinxi_qc.learn.type_model import guess_from
from xinxi_qc.model import Item, TypeGuess
from xinxi_qc.output.text_format import format_text

ROOT = Path(__file__).resolve().parents[2]
MODELS = ROOT / "models"

EXPERIENCE = Item(
    "芦湾镇推行“托管+代耕”服务 撂荒地复耕1300亩",
    "芦湾镇外出务工人员多，部分承包地无人耕种。为此，镇里以村股份经济合作社为主体推行土地托管服务。\n"
    "一是建立托管服务队。每村组建农机服务队，统一提供耕、种、防、收服务，农户按亩交纳服务费。"
    "二是推行订单收购。与两家面粉企业签订小麦订单，收购价每斤高于市场价5分钱。"
    "三是完善利益联结。托管收益按比例分红，村集体提取一成用于公益事业。\n"
    "目前全镇已托管土地2.6万亩，复耕撂荒地1300亩，参与农户亩均增收180元，村集体年均增收4.5万元。",
)
PROBLEM = Item(
    "乡镇卫生院药品短缺问题调研：三成常用药断供 原因在于配送不及时",
    "近期，县卫健局对全县12个乡镇卫生院药品供应情况开展专题调研，发放问卷300份。\n"
    "一、存在的主要问题\n一是常用药断供。有三成卫生院反映降压药、抗生素等常用药每月断供1至2次。"
    "二是配送不及时。偏远卫生院订货后平均7天才能到货。\n"
    "二、原因分析\n配送企业在偏远地区订单量小、成本高，配送积极性不足；卫生院库存管理薄弱，缺少预警。\n"
    "三、对策建议\n建议由县医共体统一采购、统一配送；建立短缺药品储备和预警机制。",
)
DYNAMIC = Item(
    "柏林县召开秋冬季森林防火工作会议",
    "11月3日，柏林县召开秋冬季森林防火工作会议。副县长王某出席会议并讲话，县林业局主要负责人主持会议。"
    "会议传达了上级有关会议精神，听取了各乡镇工作汇报。会议强调，各乡镇要提高认识，落实责任，"
    "严防火灾发生。会议要求，各部门要加强值班值守，确保信息畅通。",
)
COMPREHENSIVE = Item(
    "1-10月柏林县经济运行稳中有进 规上工业增加值同比增长7.1%",
    "1-10月，柏林县经济运行总体平稳、稳中有进。\n"
    "从工业看，规模以上工业增加值同比增长7.1%，增速比1-9月提高0.3个百分点。\n"
    "从投资看，固定资产投资完成86.4亿元，同比增长5.2%，其中项目投资占比62%。\n"
    "从消费看，社会消费品零售总额41.7亿元，同比增长6.0%。\n"
    "从财政看，一般公共预算收入9.8亿元，同比增长3.4%；城乡居民人均可支配收入分别增长5.1%和6.8%。",
)


@pytest.fixture(scope="module")
def config():
    return build_config({}, base_dir=ROOT, source="t", plugins=False)


@pytest.mark.parametrize("item, label", [(EXPERIENCE, "experience"), (PROBLEM, "problem"), (DYNAMIC, "dynamic"),
                                         (COMPREHENSIVE, "comprehensive")])
def test_shipped_model_types_made_up_items(config, item, label):
    guess = check_item(item, config).type
    assert guess.label == label, guess.scores
    assert abs(sum(guess.scores.values()) - 1) < 1e-6


def test_cliche_draft_is_not_a_confident_problem_report(config):
    item = Item("某县多措并举推进安全生产工作",
                "今年以来，某县高度重视安全生产工作，精心组织、周密部署，狠抓落实，取得明显成效。"
                "一是加强日常检查，二是进一步完善制度，推动安全生产工作再上新台阶。")
    guess = check_item(item, config).type
    assert not (guess.label == "problem" and guess.confidence > 0.9)


def test_structure_features_read_the_build_of_an_item():
    f = dict(zip(NAMES, structure_features(EXPERIENCE.title, EXPERIENCE.body)))
    assert len(structure_features("", "")) == len(NAMES)
    assert f["enum_measure"] > 0 and f["enum_verb_first"] > 0 and f["results_after_enum"] > 0
    p = dict(zip(NAMES, structure_features(PROBLEM.title, PROBLEM.body)))
    assert p["sections_problem"] > 0 and p["title_problem"] == 1.0 and p["enum_shortfall"] > 0
    assert f["sections_problem"] == 0
    c = dict(zip(NAMES, structure_features(COMPREHENSIVE.title, COMPREHENSIVE.body)))
    assert c["from_view"] > 0 and c["compare_rate"] > f["compare_rate"] and c["title_period"] == 1.0
    d = dict(zip(NAMES, structure_features(DYNAMIC.title, DYNAMIC.body)))
    assert d["meeting_lead"] == 1.0 and d["date_lead"] == 1.0 and d["meeting_rate"] > c["meeting_rate"]


def test_words_collapse_digits_and_bigrams_stop_at_punctuation():
    tokens = words("一季度增长12.4%，建立台账。")
    assert "|" in tokens and {ch for t in tokens for ch in t if ch.isdigit()} == {"0"}
    grams = word_ngrams(tokens)
    assert not any("|" in g for g in grams)
    assert "建立 台账" in grams


def test_word_vocabulary_vector_is_normalised_and_ignores_unknown_grams():
    docs = [words("建立服务队，推行订单收购"), words("召开会议，部署工作"), words("建立台账，召开会议")]
    grams, idf = fit_word_vocabulary(docs, n_max=2, min_df=1, max_features=100)
    vocabulary = WordVocabulary(grams, idf)
    index, values = vocabulary.vector(words("建立服务队，召开会议，完全陌生的词语"))
    assert len(index) == len(set(index.tolist())) > 0
    assert float(values @ values) == pytest.approx(1.0)
    assert vocabulary.vector(["|"])[0].size == 0


def test_runner_up_only_when_close():
    close = guess_from({"dynamic": 0.41, "experience": 0.52, "problem": 0.04, "comprehensive": 0.03}, 0.2)
    assert close.label == "experience" and close.alternative == ("dynamic", 0.41)
    assert close.to_dict() == {"label": "experience", "confidence": 0.52,
                               "alternative": {"label": "dynamic", "confidence": 0.41}}
    far = guess_from({"dynamic": 0.1, "experience": 0.8, "problem": 0.05, "comprehensive": 0.05}, 0.2)
    assert far.alternative is None and far.to_dict() == {"label": "experience", "confidence": 0.8}
    assert guess_from({"dynamic": 0.5, "experience": 0.5}, 0.0).alternative is None


def test_text_output_names_the_runner_up(config):
    result = check_item(EXPERIENCE, config)
    result = type(result)(result.item, TypeGuess("experience", 0.52, {}, ("dynamic", 0.41)), result.score,
                          result.grade, result.deductions, result.findings)
    line = next(x for x in format_text(result, lambda s, **_: s).splitlines() if "类型：" in x)
    assert "类型：经验（experience，置信度 0.52），也可能是动态（dynamic，0.41）" in line


def test_temperature_and_margin_helpers():
    rng = np.random.default_rng(0)
    truth = rng.integers(0, 4, 400)
    logits = rng.normal(0, 1, (400, 4))
    logits[np.arange(400), truth] += 1.0
    assert fit_temperature(logits * 4, truth) > fit_temperature(logits, truth)  # over-confident → larger T
    probs = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
    margin, stats = fit_alternative_margin(probs, truth)
    assert 0 < margin <= 0.5 and stats["share"] <= 0.25
    assert ece([0.9, 0.9, 0.6, 0.6], [True, True, True, False]) == pytest.approx((2 * 0.1 + 2 * 0.1) / 4)


def test_shipped_type_model_is_plain_json_and_records_its_data():
    doc = json.loads((MODELS / "type_model.json").read_text(encoding="utf-8"))
    assert doc["format"] == "xinxi-qc/type-model" and doc["structure_names"] == list(NAMES)
    assert doc["temperature"] > 0 and 0 <= doc["alternative_margin"] <= 0.5
    agreement = json.loads((MODELS / "agreement_model.json").read_text(encoding="utf-8"))
    assert agreement["vocabulary"] == doc["vocabulary"] and agreement["idf"] == doc["idf"]  # one vector per item
    card = (MODELS / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "External corpus" in card and "`train` split" in card and "`dev` split" in card
    # The temperature comes from text by writers the predicting model never saw, and the card says so.
    assert "held-out pool" in card and "each writer predicted by a model trained without it" in card


def test_writer_of_reads_the_writer_prefix():
    def item(ident):
        return Labelled(Item("标题", "正文。", id=ident), "dynamic", frozenset(), None, "train", None)

    assert [writer_of(item(i)) for i in ("W1-007", "W12-3", "c-0042", "W1")] == ["W1", "W12", "", ""]


def test_writers_are_dealt_into_folds_and_named_as_runs():
    def items(*writers):
        return [Labelled(Item("标题", "正文。", id=f"{w}-001"), "dynamic", frozenset(), None, "train", None)
                for w in writers]

    assert writer_folds(items("W1", "W2", "W5")) == [{"W1"}, {"W2"}, {"W5"}]   # few writers: one at a time
    many = items(*(f"W{n}" for n in range(1, 13)))
    folds = writer_folds(many)
    assert len(folds) == TYPE_FOLDS and set().union(*folds) == {f"W{n}" for n in range(1, 13)}
    assert sum(len(f) for f in folds) == 12 and folds[0] == {"W1", "W6", "W11"}
    assert writer_folds(items("W7", "W7")) == []
    assert writer_range(items("W1", "W2", "W5", "W6", "W7", "W8", "W10", "W11")) == "W1、W2、W5–W8、W10、W11"
    assert writer_range(items(*(f"W{n}" for n in [5, 6, 7, 9]))) == "W5–W7、W9"


def test_train_without_external_corpus_says_what_it_cannot_reproduce(tmp_path, monkeypatch):
    monkeypatch.setenv("XINXI_QC_EXTERNAL", str(tmp_path / "nowhere"))
    result = CliRunner().invoke(main, ["train", "--out", str(tmp_path / "m")])
    assert result.exit_code == 2
    message = result.output.strip().splitlines()
    assert len(message) == 1 and "无法复现随附模型" in message[0] and "--no-external" in message[0]
    assert not (tmp_path / "m").exists()
    missing = CliRunner().invoke(main, ["train", "--external", str(tmp_path / "gone"), "--out", str(tmp_path / "m")])
    assert missing.exit_code == 2 and "无法复现随附模型" in missing.output


def test_type_features_are_cheap(config):
    from xinxi_qc.analysis.document import Document

    body = (EXPERIENCE.body + PROBLEM.body)[:500]
    docs = [Document(Item(EXPERIENCE.title, body + str(i)), config.lexicons, config.segmenter) for i in range(60)]
    features = config.classifier.features
    features.vector(docs[0])
    start = time.perf_counter()
    for d in docs[1:]:
        features.vector(d)
    per_item = (time.perf_counter() - start) / (len(docs) - 1)
    assert per_item < 0.005  # ~0.5 ms measured; generous for a loaded CI machine


def test_model_with_other_structure_features_is_refused_and_checker_falls_back(tmp_path):
    doc = json.loads((MODELS / "type_model.json").read_text(encoding="utf-8"))
    doc["structure_names"] = doc["structure_names"][:-1]
    (tmp_path / "type_model.json").write_text(json.dumps(doc), encoding="utf-8")
    config = build_config({"models": str(tmp_path)}, base_dir=tmp_path, source="t", plugins=False)
    assert type(config.classifier).__name__ == "CueClassifier"
    assert any("结构特征" in w for w in config.warnings)
