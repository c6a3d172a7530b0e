"""The fitted score: non-negative points per rule, one deduction per rule, loaded from models/; and the
figures a fault-free item needs to be adopted as is, chosen per type."""
import json

import pytest

from xinxi_qc.config import Config, build_config
from xinxi_qc.engine import check_item
from xinxi_qc.learn.modelfile import ModelFileError
from xinxi_qc.learn.score_fit import FittedScoring, choose_adopt_figures, fit_points
from xinxi_qc.model import Finding, Item, ItemResult, Severity, TypeGuess
from xinxi_qc.scoring.verdict import Verdict


def _result(*rules):
    findings = tuple(Finding(r, Severity.WARNING, "body", 0, 1, "m", "s") for r in rules)
    return ItemResult(Item("t", "b"), TypeGuess("dynamic", 1.0), 100, "", (), findings)


def test_fit_is_non_negative_and_follows_grades():
    results = [_result(), _result("late"), _result("sensitive"), _result("late", "sensitive"), _result("cliche")] * 3
    grades = [5, 4, 2, 1, 5] * 3
    fit = fit_points(results, grades, ["late", "sensitive", "cliche"])
    assert all(v >= 0 for v in fit.points.values())
    assert fit.points["sensitive"] > fit.points["late"] > 0
    assert fit.points["cliche"] == 0


def test_fitted_points_become_one_deduction_per_rule(tmp_path):
    (tmp_path / "scoring.json").write_text(json.dumps({
        "format": "xinxi-qc/scoring", "format_version": 1, "points": {"typography": 30},
        "grades": [["优质", 90], ["良好", 70], ["较好", 50], ["待改进", 0]]}), encoding="utf-8")
    config = build_config({"models": str(tmp_path)}, base_dir=tmp_path, source="t", plugins=False)
    result = check_item(Item("青川县开展食品抽检", "青川县开展食品抽检,共抽检样品XX批次，合格率“98%。"), config)
    typography = [d for d in result.deductions if d.rule == "typography"]
    assert typography and typography[0].points == 30 and result.score == 70
    assert config.scoring.grade(90) == "优质" and config.scoring.grade(89) == "良好"


def test_no_type_is_a_deduction_by_default():
    result = check_item(Item("青川县召开安全生产会议", "10月15日，青川县召开安全生产工作会议，部署冬季安全生产。"),
                        Config.default())
    assert not any(d.rule.startswith("type:") for d in result.deductions)


def _clean(label, figures, *rules):
    findings = tuple(Finding(r, Severity.WARNING, "body", 0, 1, "m", "s") for r in rules)
    return ItemResult(Item("t", "b"), TypeGuess(label, 1.0), 100, "", (), findings, Verdict("adopt", figures=figures))


def test_adopt_figures_are_chosen_per_type_where_editors_split_adopt_from_revise():
    # 动态: grade-5 items carry 12+ figures, grade-4 ones 8 or fewer; a faulty item never counts.
    results = [_clean("dynamic", n) for n in (12, 14, 20, 5, 8, 8)] + [_clean("dynamic", 30, "late")]
    grades = [5, 5, 5, 4, 4, 3, 3]
    # 经验: one grade 5 and one grade 4 at 7 figures, one grade 4 at 3: thresholds 4–7 tie, 4 is taken.
    results += [_clean("experience", 7), _clean("experience", 7), _clean("experience", 3)]
    grades += [5, 4, 4]
    chosen = choose_adopt_figures(results, grades)
    assert chosen == {"dynamic": 9, "experience": 4}
    assert choose_adopt_figures([_clean("problem", 3)], [5]) == {"problem": 0}     # everything adopted: none needed


def test_adopt_figures_load_from_the_model_file_and_the_office_config_wins(tmp_path):
    document = {"format": "xinxi-qc/scoring", "format_version": 1, "points": {"late": 35},
                "grades": [["优质", 90], ["良好", 70], ["较好", 50], ["待改进", 0]],
                "adopt_min_figures": {"dynamic": 11, "problem": 20}}
    (tmp_path / "scoring.json").write_text(json.dumps(document), encoding="utf-8")
    config = build_config({"models": str(tmp_path), "verdict": {"adopt_min_figures": {"problem": 8}}},
                          base_dir=tmp_path, source="t", plugins=False)
    assert config.verdict.adopt_min_figures == {"dynamic": 11, "problem": 8}
    assert config.verdict.adopt_min_chars == 0                      # not in this model file: none needed
    fitted = build_config({"models": str(tmp_path)}, base_dir=tmp_path, source="t", plugins=False)
    (tmp_path / "scoring.json").write_text(json.dumps({**document, "adopt_min_chars": 280}), encoding="utf-8")
    assert build_config({"models": str(tmp_path)}, base_dir=tmp_path, source="t",
                        plugins=False).verdict.adopt_min_chars == 280
    assert build_config({"models": str(tmp_path), "verdict": {"adopt_min_chars": 150}}, base_dir=tmp_path,
                        source="t", plugins=False).verdict.adopt_min_chars == 150
    assert fitted.verdict.adopt_min_chars == 0
    with pytest.raises(ModelFileError, match="非负整数"):
        FittedScoring.from_document({**document, "adopt_min_chars": -5})
    for bad, words in (({"news": 3}, "信息类型"), ({"dynamic": -2}, "非负整数"), ([11], "表")):
        with pytest.raises(ModelFileError, match=words):
            FittedScoring.from_document({**document, "adopt_min_figures": bad})


def test_train_chooses_what_adopting_needs_on_the_dev_items(tmp_path):
    import shutil
    from pathlib import Path

    from xinxi_qc.learn.corpus_io import Labelled
    from xinxi_qc.learn.train import train_scoring

    models = tmp_path / "models"
    shutil.copytree(Path(__file__).resolve().parents[2] / "models", models)

    def graded(k, figures, grade, split):
        body = "今年以来，青川县推行农村集体资产清查。" + "".join(f"完成第{j}批清查{100 + j + k}项。" for j in range(figures))
        return Labelled(Item(f"青川县集体资产清查（{split}{k}）", body, id=f"{split}{k}"), "dynamic", frozenset(),
                        grade, split, None)

    # the train writers adopt a fault-free item with 2 figures; the dev writers want 6 or more
    train = [graded(k, 2, 5, "train") for k in range(4)]
    dev = [graded(k, 2, 4, "dev") for k in range(4)] + [graded(k + 4, 6, 5, "dev") for k in range(4)]
    # (per the type the model predicts for them)
    assert max(train_scoring(models, [], train)["adopt_min_figures"].values(), default=0) <= 2
    chosen = train_scoring(models, [], train, dev)
    assert 2 < max(chosen["adopt_min_figures"].values()) <= 6
    assert chosen["sources"]["hand-graded dev (adopt as is)"] == 8


def test_nothing_labelled_fits_no_points():
    assert fit_points([_result(), _result("late")], [5, 4], []).points == {}
    assert fit_points([], [], ["late"]).points == {}


def test_the_verdict_model_learns_which_pairs_editors_return_and_is_measured_by_writer():
    from xinxi_qc.learn.verdict_fit import fit_verdict_model, model_verdict

    def result(*rules, figures=4, blocking=()):
        findings = tuple(Finding(r, Severity.WARNING, "body", 0, 1, "m", "s") for r in rules)
        score = 100 - 20 * len(rules)
        return ItemResult(Item("t", "b"), TypeGuess("dynamic", 1.0), score, "", (), findings,
                          Verdict("revise", blocking=blocking, figures=figures, chars=400))

    # six writers grade alike: 套话 with a vague title returned, a late item with a vague title revised,
    # fault-free items with many figures adopted and thin ones revised; a blocked item is left out
    rows = [(result("cliche", "title-vague"), "return"), (result("late", "title-vague"), "revise"),
            (result(figures=25), "adopt"), (result(figures=2), "revise"), (result("cliche"), "revise"),
            (result("sensitive", blocking=("sensitive",)), "adopt")]
    results = [r for w in range(6) for r, _ in rows]
    verdicts = [v for w in range(6) for _, v in rows]
    writers = [f"W{w}" for w in range(6) for _ in rows]
    model = fit_verdict_model(results, verdicts, writers, ["cliche", "late", "title-vague", "sensitive"],
                              [{"W0", "W3"}, {"W1", "W4"}, {"W2", "W5"}])
    assert [model_verdict(model, r) for r, _ in rows[:5]] == ["return", "revise", "adopt", "revise", "revise"]
    assert model.cv == {"items": 36, "fitted_on": 30, "writers": 6, "folds": 3, "agreement": round(30 / 36, 4)}
    # (every blocked item is returned in the folds: the editor's "adopt" for it disagrees)
    # with no item the editors returned, there is nothing to learn returning from
    assert fit_verdict_model(results[1:5], verdicts[1:5], writers[1:5], ["cliche"], []) is None
