"""Issue 11 numbers in ``xinxi-qc evaluate``: grade kappa, verdict agreement, the blocking check."""
from __future__ import annotations

from dataclasses import replace

import pytest
from sklearn.metrics import cohen_kappa_score

from xinxi_qc.config import RuleSetting, build_config
from xinxi_qc.learn.corpus_io import Labelled
from xinxi_qc.learn.evaluate import (editor_band, editor_verdict, evaluate, format_evaluation,
                                     quadratic_weighted_kappa)
from xinxi_qc.model import TYPE_LABELS, Item, Severity
from xinxi_qc.rules.base import Examples


class IdRule:
    default_severity = Severity.WARNING
    description = "test"
    examples = Examples(("t", "b"), ("t", "b"))
    default_options = {}

    def __init__(self, rule_id, ids):
        self.id, self.ids = rule_id, set(ids)

    def check(self, doc, ctx):
        if doc.item.id in self.ids:
            yield ctx.finding(doc, "body", 0, 1, "m", "s")


def labelled(ident, defects, grade):
    item = Item(title="某县开展测试工作", body="测试正文。", id=ident, unit=f"单位{ident}")
    return Labelled(item, "dynamic", frozenset(defects), grade, "test", None)


def test_kappa_matches_scikit_learn():
    a, b = [0, 1, 2, 3, 3, 2, 1, 0, 2], [0, 1, 1, 3, 2, 2, 0, 0, 3]
    assert quadratic_weighted_kappa(a, b, 4) == pytest.approx(cohen_kappa_score(a, b, weights="quadratic"))
    assert quadratic_weighted_kappa([0, 1, 2, 3], [0, 1, 2, 3], 4) == pytest.approx(1.0)


def test_editor_mappings():
    assert [editor_band(g) for g in (5, 4, 3, 2, 1)] == [0, 1, 2, 3, 3]
    assert [editor_verdict(g) for g in (5, 4, 3, 2, 1)] == ["adopt", "revise", "revise", "return", "return"]


def test_verdict_agreement_and_blocking_check(tmp_path):
    # The items have no figures: adopting here rests on the findings alone.
    config = build_config({"scoring": {"weights": {"no-figures": 20, "title-mismatch": 5}},
                           "verdict": {"adopt_min_figures": dict.fromkeys(TYPE_LABELS, 0), "adopt_min_chars": 0}},
                          base_dir=tmp_path, source="t", plugins=False)
    rules = (IdRule("no-figures", {"r1"}), IdRule("title-mismatch", {"b1"}))
    config = replace(config, rules=rules, settings={r.id: RuleSetting(True, Severity.WARNING, {}) for r in rules})
    items = [labelled("a1", [], 5),                      # adopt = adopt
             labelled("a2", [], 4),                      # adopt ≠ revise
             labelled("r1", ["no-figures"], 3),          # revise = revise
             labelled("b1", ["title-mismatch"], 2),      # return = return (blocking, grade capped)
             labelled("b2", ["title-mismatch"], 2)]      # missed: adopt, 优质 — a blocking violation
    ev = evaluate(items, config, cross=False)
    v = ev.data["verdict"]
    assert v["n"] == 5 and v["agreement"] == pytest.approx(0.6)
    assert v["matrix"]["return"] == {"adopt": 1, "revise": 0, "return": 1}
    assert v["blocking"]["n"] == 2
    assert v["blocking"]["violations"] == [{"id": "b2", "defects": ["title-mismatch"], "grade": "优质",
                                            "verdict": "adopt"}]
    names = [n for n, *_ in ev.targets()]
    assert "grade kappa (quadratic)" in names and "verdict agreement" in names
    assert v["capped"] == {"n": 0, "violations": []}
    text = format_evaluation(ev, "小样例", explain=True)
    assert "结论一致率" in text and "二次加权 kappa" in text and "b2 title-mismatch 优质 adopt" in text
    assert "结论不一致 a2" in text


def test_capped_check_counts_copied_items_adopted_or_graded_top_two(tmp_path):
    config = build_config({"verdict": {"adopt_min_figures": dict.fromkeys(TYPE_LABELS, 0), "adopt_min_chars": 0}},
                          base_dir=tmp_path, source="t", plugins=False)
    rules = (IdRule("boilerplate", {"c1"}),)
    config = replace(config, rules=rules, settings={r.id: RuleSetting(True, Severity.WARNING, {}) for r in rules})
    items = [labelled("c1", ["boilerplate"], 3),        # found: revised, grade capped
             labelled("c2", ["boilerplate"], 3)]        # missed: adopted as is — a capped violation
    v = evaluate(items, config, cross=False).data["verdict"]
    assert v["blocking"]["n"] == 0 and v["capped"]["n"] == 2
    assert [w["id"] for w in v["capped"]["violations"]] == ["c2"]
    assert v["matrix"]["revise"] == {"adopt": 1, "revise": 1, "return": 0}
