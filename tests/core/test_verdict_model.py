"""The learned verdict (scoring/verdict_model.py): its inputs, its file, and how decide() asks it.
Every model here is made by hand for the test, so what it decides is known."""
from __future__ import annotations

import json
import math
import shutil
from pathlib import Path

import pytest

from xinxi_qc.config import ConfigError, build_config
from xinxi_qc.learn.modelfile import ModelFileError
from xinxi_qc.model import Finding, Severity
from xinxi_qc.scoring.verdict import VerdictConfig, decide
from xinxi_qc.scoring.verdict_model import LABELS, VerdictModel, feature_names, features

GRADES = (("优质", 90), ("良好", 70), ("较好", 50), ("待改进", 0))
RULES = ("cliche", "late", "title-vague")
MODELS = Path(__file__).resolve().parents[2] / "models"


def _model(return_pair: float = 4.0) -> VerdictModel:
    """adopt when fault-free with ten figures or more; return 套话 with a vague title; else revise."""
    names = feature_names(RULES)
    rows = {label: [0.0] * len(names) for label in LABELS}
    rows["return"][names.index("cliche+title-vague")] = return_pair
    rows["return"][names.index("faults")] = -1.0
    rows["adopt"][names.index("figures")] = 2.0      # figures / 10
    rows["adopt"][names.index("faults")] = -5.0
    return VerdictModel(RULES, tuple(tuple(rows[label]) for label in LABELS), (-2.0, 0.0, -1.0), {})


def _finding(rule: str) -> Finding:
    return Finding(rule, Severity.WARNING, "body", 0, 2, f"{rule} 的问题。", "改一改。")


def _decide(rules, figures=0, model=None, **cfg):
    return decide([_finding(r) for r in rules], 50 if rules else 100, "较好" if rules else "优质", "dynamic", GRADES,
                  VerdictConfig(model=model or _model(), **cfg), figures=figures, chars=400)


def test_features_name_every_input_and_mark_pairs():
    x = features(RULES, {"cliche", "title-vague"}, False, "problem", 45, 3000, 11)
    names = feature_names(RULES)
    assert len(x) == len(names)
    on = {n for n, v in zip(names, x) if v}
    assert {"cliche", "title-vague", "cliche+title-vague", "faults", "faults>=2", "type:problem"} <= on
    assert "late" not in on and "cliche+late" not in on and "stale" not in on
    assert x[names.index("figures")] == 3.0 and x[names.index("chars")] == 3.0   # capped at 30 figures, 1,500 characters
    assert x[names.index("stock_phrases")] == 2.0   # capped at 8 stock phrases


def test_probabilities_sum_to_one():
    p = _model().probabilities({"cliche", "title-vague"}, False, "dynamic", 0, 400, 0)
    assert set(p) == set(LABELS) and math.isclose(sum(p.values()), 1.0)
    assert max(p, key=p.get) == "return"


@pytest.mark.parametrize("rules,figures,label", [
    (("cliche", "title-vague"), 0, "return"),    # the pair editors return
    (("late", "title-vague"), 0, "revise"),      # two faults, but not that pair
    (("cliche",), 0, "revise"),
    ((), 12, "adopt"),                           # fault-free with the figures
    ((), 3, "revise"),                           # fault-free, thin
])
def test_decide_asks_the_model(rules, figures, label):
    verdict, _ = _decide(rules, figures)
    assert verdict.label == label


def test_the_model_never_adopts_an_item_with_faults_nor_overrides_a_blocking_one():
    eager = _model(return_pair=-9.0)
    verdict, _ = _decide(("cliche",), 30, model=eager)
    assert verdict.label == "revise"
    verdict, grade = decide([_finding("sensitive")], 100, "优质", "dynamic", GRADES, VerdictConfig(model=eager), figures=30)
    assert verdict.label == "return" and grade == "较好"


def test_reasons_say_why_in_chinese():
    verdict, _ = _decide(("cliche", "title-vague"))
    assert verdict.reasons[-1].startswith("这些问题同时出现") and "退回" in verdict.reasons[-1]
    assert any("cliche 的问题" in r for r in verdict.reasons)
    verdict, grade = _decide((), 3)
    assert "没有警告或错误" in verdict.reasons[0] and "3 处数据" in verdict.reasons[0] and grade == "良好"
    verdict, grade = _decide((), 12)
    assert "直接采用" in verdict.reasons[0] and grade == "优质"


def test_a_model_file_round_trips_and_a_broken_one_is_refused():
    doc = _model().document()
    assert VerdictModel.from_document(json.loads(json.dumps(doc))) == _model()
    bad = [
        {**doc, "labels": ["adopt", "return", "revise"]},
        {**doc, "coef": doc["coef"][:2]},
        {**doc, "coef": [row[:-1] for row in doc["coef"]]},
        {**doc, "intercept": [0.0, float("nan"), 1.0]},
        {**doc, "rules": ["cliche", "cliche", "late"]},
    ]
    for document in bad:
        with pytest.raises(ModelFileError):
            VerdictModel.from_document(document)


def _models_with(tmp_path, verdict_model):
    models = tmp_path / "models"
    shutil.copytree(MODELS, models)
    scoring = json.loads((models / "scoring.json").read_text(encoding="utf-8"))
    scoring["verdict_model"] = verdict_model
    (models / "scoring.json").write_text(json.dumps(scoring, ensure_ascii=False), encoding="utf-8")
    return models


def test_config_turns_the_model_on_and_off(tmp_path):
    models = _models_with(tmp_path, _model().document())
    build = lambda verdict: build_config({"models": str(models), "verdict": verdict}, base_dir=tmp_path,  # noqa: E731
                                         source="t", plugins=False)
    assert build({}).verdict.model == _model()
    assert build({"learned": False}).verdict.model is None
    assert build({"return_below": 45}).verdict.model is None            # an office's own threshold: the thresholds
    assert build({"return_below": 45, "learned": True}).verdict.model == _model()
    with pytest.raises(ConfigError, match="learned"):
        build({"learned": "yes"})


def test_a_broken_verdict_model_falls_back_with_a_warning(tmp_path):
    models = _models_with(tmp_path, {"labels": ["adopt"]})
    config = build_config({"models": str(models)}, base_dir=tmp_path, source="t", plugins=False)
    assert config.verdict.model is None and config.warnings


def test_decide_counts_the_stock_phrases_for_the_model():
    names = feature_names(RULES)
    rows = {label: [0.0] * len(names) for label in LABELS}
    rows["return"][names.index("stock_phrases")] = 4.0   # per 4 phrases
    model = VerdictModel(RULES, tuple(tuple(rows[label]) for label in LABELS), (0.0, 0.0, -4.0), {})
    phrase = Finding("cliche", Severity.INFO, "body", 0, 2, "套话。", "删去。")
    for phrases, label in ((1, "revise"), (6, "return")):
        verdict, _ = decide([_finding("late")] + [phrase] * phrases, 60, "较好", "dynamic", GRADES,
                            VerdictConfig(model=model), figures=5, chars=400)
        assert verdict.label == label
