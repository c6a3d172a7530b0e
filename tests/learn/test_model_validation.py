"""Model files are validated when loaded (shapes, finite numbers, labels): a broken copy of a
shipped model falls back to the transparent checks with a one-line warning naming the file and
the problem, and a check still runs and prints JSON without NaN."""
import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from xinxi_qc.classify import CueClassifier
from xinxi_qc.cli.check import check_all, render
from xinxi_qc.config import build_config
from xinxi_qc.learn.type_model import TypeModel
from xinxi_qc.model import Item

MODELS = Path(__file__).resolve().parents[2] / "models"
NAMES = ("type_model.json", "agreement_model.json", "scoring.json")
ITEMS = [Item("青川县召开安全生产会议", "10月15日，青川县召开安全生产工作会议，部署冬季安全生产，共检查企业12家。",
              id="a", source="a.txt"),
         Item("苍溪县推进农村公路建设", "今年以来，苍溪县新建农村公路86公里，群众出行更加便捷。", id="b", source="b.txt")]


def _copy(tmp_path: Path) -> Path:
    for name in NAMES:
        shutil.copy(MODELS / name, tmp_path / name)
    return tmp_path


def _edit(tmp_path: Path, name: str, change) -> None:
    path = tmp_path / name
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)
    # json.dumps writes NaN / Infinity as JSON's non-standard literals, as a damaged file might hold
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")


def _config(tmp_path: Path):
    return build_config({"models": str(tmp_path)}, base_dir=tmp_path, source="t", plugins=False)


def _check_json(config) -> dict:
    """``check --format json`` on two items (the cross-item comparison included)."""
    errors: list = []
    results = check_all(ITEMS, config.dated(date(2026, 10, 16)), errors)
    assert not errors and len(results) == len(ITEMS)
    text = render(results, errors, "json")
    assert "NaN" not in text and "Infinity" not in text
    document = json.loads(text)
    assert len(document["items"]) == len(ITEMS)
    for item in document["items"]:
        assert 0 <= item["score"] <= 100 and 0 <= item["type"]["confidence"] <= 1
    return document


def test_shipped_models_load_without_warnings(tmp_path):
    config = _config(_copy(tmp_path))
    assert isinstance(config.classifier, TypeModel)
    assert set(config.models) == {"agreement", "scoring"}
    assert not config.warnings


TYPE_BROKEN = [
    ("coef 的行数应为 4", lambda d: d["coef"].pop()),
    ("coef 第 1 行的长度应为", lambda d: d["coef"][0].pop()),
    ("coef 含非有限的值", lambda d: d["coef"][1].__setitem__(3, float("nan"))),
    ("coef 含非有限的值", lambda d: d["coef"][2].__setitem__(0, float("inf"))),
    ("intercept 的长度应为 4", lambda d: d["intercept"].append(0.1)),
    ("intercept 含非有限的值", lambda d: d["intercept"].__setitem__(0, float("nan"))),
    ("idf 的长度", lambda d: d["idf"].pop()),
    ("word_idf 的长度", lambda d: d["word_vocabulary"].pop()),
    ("title_idf 含非有限的值", lambda d: d["title_idf"].__setitem__(0, float("-inf"))),
    ("structure_std 的值应大于 0", lambda d: d["structure_std"].__setitem__(0, 0.0)),
    ("structure_mean 的长度应为", lambda d: d["structure_mean"].pop()),
    ("labels 应为", lambda d: d.__setitem__("labels", ["dynamic", "experience", "problem", "other"])),
    ("labels 应为", lambda d: d.__setitem__("labels", ["dynamic", "experience", "problem"])),
    ("temperature 应大于 0", lambda d: d.__setitem__("temperature", 0)),
    ("temperature 应为有限的数", lambda d: d.__setitem__("temperature", float("nan"))),
    ("alternative_margin 应在", lambda d: d.__setitem__("alternative_margin", 3)),
    ("缺少字段 coef", lambda d: d.pop("coef")),
    ("block_weights 应为表", lambda d: d.__setitem__("block_weights", [1, 2])),
    ("words 应为有限的数", lambda d: d["block_weights"].__setitem__("words", "x")),
]


@pytest.mark.parametrize("problem,change", TYPE_BROKEN, ids=[p for p, _ in TYPE_BROKEN])
def test_broken_type_model_falls_back_to_cues(tmp_path, problem, change):
    _edit(_copy(tmp_path), "type_model.json", change)
    config = _config(tmp_path)
    assert isinstance(config.classifier, CueClassifier)
    assert set(config.models) == {"agreement", "scoring"}   # the other files still load
    [warning] = config.warnings
    assert warning.startswith("信息类型模型未加载，改用规则线索分类")
    assert "type_model.json" in warning and problem in warning and "\n" not in warning
    _check_json(config)


AGREEMENT_BROKEN = [
    ("coef 的长度应为 25", lambda d: d["coef"].pop()),
    ("mean 的长度应为 25", lambda d: d["mean"].append(0.0)),
    ("std 的值应大于 0", lambda d: d["std"].__setitem__(4, 0.0)),
    ("coef 含非有限的值", lambda d: d["coef"].__setitem__(0, float("nan"))),
    ("intercept 应为有限的数", lambda d: d.__setitem__("intercept", float("inf"))),
    ("threshold 应在 [0, 1] 之内", lambda d: d.__setitem__("threshold", 1.5)),
    ("threshold 应为有限的数", lambda d: d.__setitem__("threshold", float("nan"))),
    ("idf 的长度", lambda d: d["idf"].pop()),
    ("模型的特征与本程序不一致", lambda d: d["features"].reverse()),
    ("缺少字段 threshold", lambda d: d.pop("threshold")),
]


@pytest.mark.parametrize("problem,change", AGREEMENT_BROKEN, ids=[p for p, _ in AGREEMENT_BROKEN])
def test_broken_agreement_model_falls_back_to_coverage(tmp_path, problem, change):
    _edit(_copy(tmp_path), "agreement_model.json", change)
    config = _config(tmp_path)
    assert "agreement" not in config.models and isinstance(config.classifier, TypeModel)
    [warning] = config.warnings
    assert warning.startswith("标题—正文一致性模型未加载，改用关键词覆盖率")
    assert "agreement_model.json" in warning and problem in warning and "\n" not in warning
    _check_json(config)


SCORING_BROKEN = [
    ("points.late 应为非负整数", lambda d: d["points"].__setitem__("late", -5)),
    ("points.late 应为非负整数", lambda d: d["points"].__setitem__("late", 3.5)),
    ("points.late 应为非负整数", lambda d: d["points"].__setitem__("late", float("nan"))),
    ("points.late 应为非负整数", lambda d: d["points"].__setitem__("late", "37")),
    ("points 应为", lambda d: d.__setitem__("points", [1, 2])),
    ("grades 必须按分数从高到低排列", lambda d: d["grades"].reverse()),
    ("grades 应形如", lambda d: d["grades"].__setitem__(0, ["优质", float("inf")])),
    ("grades 应形如", lambda d: d.__setitem__("grades", [])),
]


@pytest.mark.parametrize("problem,change", SCORING_BROKEN, ids=[f"{i}-{p}" for i, (p, _) in enumerate(SCORING_BROKEN)])
def test_broken_scoring_falls_back_to_default_points(tmp_path, problem, change):
    _edit(_copy(tmp_path), "scoring.json", change)
    config = _config(tmp_path)
    assert "scoring" not in config.models
    [warning] = config.warnings
    assert warning.startswith("拟合的扣分表未加载，改用默认扣分")
    assert "scoring.json" in warning and problem in warning and "\n" not in warning
    default = build_config({"models": False}, base_dir=tmp_path, source="t", plugins=False)
    assert config.scoring.grades == default.scoring.grades
    _check_json(config)


def test_every_file_broken_still_checks(tmp_path):
    _copy(tmp_path)
    _edit(tmp_path, "type_model.json", lambda d: d["coef"][0].pop())
    _edit(tmp_path, "agreement_model.json", lambda d: d["std"].__setitem__(0, float("nan")))
    _edit(tmp_path, "scoring.json", lambda d: d["points"].__setitem__("late", -1))
    config = _config(tmp_path)
    assert isinstance(config.classifier, CueClassifier) and not config.models
    assert len(config.warnings) == 3
    assert all(len(w.splitlines()) == 1 for w in config.warnings)
    _check_json(config)


def test_not_json_or_wrong_version_still_warns_once(tmp_path):
    _copy(tmp_path)
    (tmp_path / "type_model.json").write_text("{\"format\": ", encoding="utf-8")
    _edit(tmp_path, "agreement_model.json", lambda d: d.__setitem__("format_version", 99))
    config = _config(tmp_path)
    assert isinstance(config.classifier, CueClassifier) and "agreement" not in config.models
    assert len(config.warnings) == 2
    assert all(w.count("json") >= 1 and len(w.splitlines()) == 1 for w in config.warnings)
    _check_json(config)


def test_huge_finite_weights_give_no_nan(tmp_path):
    """Finite but extreme weights load (they are numbers), and the probabilities stay numbers."""
    _copy(tmp_path)
    _edit(tmp_path, "type_model.json", lambda d: d.__setitem__("coef", [[1e308] * len(r) for r in d["coef"]]))
    _edit(tmp_path, "agreement_model.json", lambda d: d.__setitem__("coef", [1e308] * len(d["coef"])))
    config = _config(tmp_path)
    assert isinstance(config.classifier, TypeModel) and "agreement" in config.models and not config.warnings
    _check_json(config)
