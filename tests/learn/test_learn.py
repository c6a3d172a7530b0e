import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from scipy.stats import spearmanr

from xinxi_qc.cli import main
from xinxi_qc.config import build_config
from xinxi_qc.learn.evaluate import prf, spearman
from xinxi_qc.learn.modelfile import ModelFileError, load_model

ROOT = Path(__file__).resolve().parents[2]
MODELS = ROOT / "models"
CORPUS = ROOT / "corpus" / "items.jsonl"


def test_spearman_matches_scipy_with_ties():
    a, b = [72, 85, 85, 40, 60, 91], [3, 4, 5, 1, 3, 5]
    assert spearman(a, b) == pytest.approx(spearmanr(a, b).statistic)


def test_prf():
    assert prf(8, 2, 2) == {"precision": 0.8, "recall": 0.8, "f1": 0.8, "tp": 8, "fp": 2, "fn": 2, "support": 10}


def test_incompatible_model_file_is_refused_and_checker_falls_back(tmp_path):
    doc = json.loads((MODELS / "type_model.json").read_text(encoding="utf-8"))
    doc["format_version"] = 99
    (tmp_path / "type_model.json").write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ModelFileError, match="不兼容"):
        load_model(tmp_path / "type_model.json", "type-model")
    config = build_config({"models": str(tmp_path)}, base_dir=tmp_path, source="t", plugins=False)
    assert type(config.classifier).__name__ == "CueClassifier"
    assert any("不兼容" in w for w in config.warnings)


def test_shipped_models_are_loaded():
    config = build_config({}, base_dir=ROOT, source="t", plugins=False)
    assert type(config.classifier).__name__ == "TypeModel"
    assert "agreement" in config.models and not config.warnings


def test_evaluate_any_jsonl(tmp_path):
    lines = [line for line in CORPUS.read_text(encoding="utf-8").splitlines() if '"split": "test"' in line][:40]
    data = tmp_path / "office.jsonl"
    data.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", "--no-defaults", "--data", str(data), "--format", "json"])
    assert result.exit_code == 0, result.output
    (doc,) = json.loads(result.stdout)["sources"]
    assert doc["n_items"] == 40 and doc["key"] == f"data:{data}"
    assert set(doc["types"]["per_type"]) <= {"dynamic", "experience", "problem", "comprehensive"}
    assert 0 <= doc["false_alarms"]["rate"] <= 1 and -1 <= doc["score_grade"]["spearman"] <= 1
    text = CliRunner().invoke(main, ["evaluate", "--no-defaults", "--data", str(data)])
    assert "混淆矩阵" in text.output and "Spearman" in text.output


def test_evaluate_rejects_malformed_data(tmp_path):
    data = tmp_path / "bad.jsonl"
    data.write_text('{"title": "x"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", "--data", str(data)])
    assert result.exit_code == 2 and "bad.jsonl:1" in result.output


@pytest.mark.slow
def test_train_reproduces_the_shipped_models(tmp_path):
    result = CliRunner().invoke(main, ["train", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    for name in ("type_model.json", "agreement_model.json"):
        shipped = json.loads((MODELS / name).read_text(encoding="utf-8"))
        fresh = json.loads((tmp_path / name).read_text(encoding="utf-8"))
        assert fresh["vocabulary"] == shipped["vocabulary"]
        assert fresh.get("threshold") == shipped.get("threshold")
        assert fresh.get("temperature") == shipped.get("temperature")
        flat = lambda v: [x for row in v for x in row] if isinstance(v[0], list) else v  # noqa: E731
        assert flat(fresh["coef"]) == pytest.approx(flat(shipped["coef"]), abs=1e-4)
    shipped = json.loads((MODELS / "scoring.json").read_text(encoding="utf-8"))["verdict_model"]
    fresh = json.loads((tmp_path / "scoring.json").read_text(encoding="utf-8"))["verdict_model"]
    assert fresh["rules"] == shipped["rules"] and fresh["features"] == shipped["features"]
    assert fresh["cv"]["fitted_on"] == shipped["cv"]["fitted_on"]
    assert [x for row in fresh["coef"] for x in row] == pytest.approx([x for row in shipped["coef"] for x in row], abs=1e-3)


def test_agreement_threshold_meets_the_bounds_or_is_the_most_precise():
    from xinxi_qc.learn.train import choose_agreement_threshold

    # ten labelled mismatches scored high, forty true titles low: a threshold between catches all
    truth = [True] * 10 + [False] * 40
    probs = [0.9] * 10 + [0.2] * 40
    t, precision, recall = choose_agreement_threshold(probs, truth, swap_probs=[0.95, 0.1])
    assert 0.2 < t <= 0.9 and precision == 1.0 and recall == 1.0
    # no threshold is precise enough (true titles score as high as the mismatches): the most
    # precise one, not the low threshold that flags everything
    noisy = [0.9] * 10 + [0.9] * 5 + [0.3] * 35
    t, precision, _ = choose_agreement_threshold(noisy, truth, swap_probs=[0.95, 0.3])
    assert 0.3 < t <= 0.9 and abs(precision - 10 / 15) < 1e-9

    # precision first, then fewest true titles flagged: 15/17 at 0.11 beats 5/6 at 0.51
    probs = [0.95, 0.5] + [0.1] * 8 + [0.92] + [0.6] * 4 + [0.4] * 10
    t, precision, _ = choose_agreement_threshold(probs, [False] * 10 + [True] * 15, swap_probs=[0.5])
    assert abs(precision - 15 / 17) < 1e-9
