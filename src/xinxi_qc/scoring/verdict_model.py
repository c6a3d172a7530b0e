"""The learned verdict: how editors act on an item's faults, fitted on their hand-graded items.

One multinomial logistic model over what the checker found — which labelled faults fired (and each
pair of them: editors return 套话 with a vague title, but revise a late item with one more fault),
how many, whether the item is stale for its type, its predicted type, how many figures its body
holds, how long it is and how many stock phrases it uses (below the cliche count too) — gives the chances that an editor adopts it as is (grade 5), revises it
(3–4) or returns it (1–2). The verdict asks it two questions only (:func:`choose`): for an item with
faults, revise or return; for a fault-free item in the top band, adopt or revise. Blocking faults
still return whatever it says.

Plain JSON weights (``models/scoring.json``, key ``verdict_model``), evaluated in pure Python: no
pickle, no numpy at check time.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Mapping, Sequence

from ..learn.modelfile import ModelFileError, show

LABELS = ("adopt", "revise", "return")
TYPES = ("dynamic", "experience", "problem", "comprehensive")
# Figures and length are capped where editors stop caring (30 figures, 1,500 characters) and scaled
# to about one unit.
FIGURES_CAP, FIGURES_SCALE = 30, 10
CHARS_CAP, CHARS_SCALE = 1500, 500
# Stock phrases: each cliche finding (one per phrase, and the count's warning), capped at 8. Writer folds
# over the 229 dev writers of stop 32: agreement 0.841 → 0.844 with it.
STOCK_RULE, STOCK_CAP, STOCK_SCALE = "cliche", 8, 4


def stock_phrases(findings) -> int:
    """How many cliche findings an item has: the model's stock-phrase input."""
    return sum(1 for f in findings if f.rule == STOCK_RULE)


def feature_names(rules: Sequence[str]) -> list[str]:
    pairs = [f"{a}+{b}" for k, a in enumerate(rules) for b in rules[k + 1:]]
    return [*rules, *pairs, "faults", "faults>=2", "faults>=3", "stale", "figures", "chars", "stock_phrases",
            *(f"type:{t}" for t in TYPES)]


def features(rules: Sequence[str], fired: set[str], stale: bool, type_label: str, figures: int, chars: int,
             stock: int) -> list[float]:
    """The model's inputs for one item; ``fired``: the rule ids reporting at warning or above."""
    on = [1.0 if r in fired else 0.0 for r in rules]
    pairs = [on[a] * on[b] for a in range(len(on)) for b in range(a + 1, len(on))]
    k = sum(on)
    return [*on, *pairs, k, float(k >= 2), float(k >= 3), float(stale),
            min(figures, FIGURES_CAP) / FIGURES_SCALE, min(chars, CHARS_CAP) / CHARS_SCALE,
            min(stock, STOCK_CAP) / STOCK_SCALE, *(1.0 if type_label == t else 0.0 for t in TYPES)]


@dataclass(frozen=True)
class VerdictModel:
    rules: tuple[str, ...]
    coef: tuple[tuple[float, ...], ...]   # one row per label of LABELS
    intercept: tuple[float, ...]
    cv: Mapping[str, Any]                 # what writer-fold cross-validation measured (for the model card)

    def probabilities(self, fired: set[str], stale: bool, type_label: str, figures: int, chars: int,
                      stock: int) -> dict[str, float]:
        x = features(self.rules, fired, stale, type_label, figures, chars, stock)
        z = [b + sum(w * v for w, v in zip(row, x)) for row, b in zip(self.coef, self.intercept)]
        top = max(z)
        e = [math.exp(v - top) for v in z]
        total = sum(e)
        return {label: v / total for label, v in zip(LABELS, e)}

    def document(self) -> dict:
        return {"labels": list(LABELS), "rules": list(self.rules), "features": feature_names(self.rules),
                "coef": [list(r) for r in self.coef], "intercept": list(self.intercept), "cv": dict(self.cv)}

    @classmethod
    def from_document(cls, document: Any) -> "VerdictModel":
        """Refuses (ModelFileError) a document whose labels, rules or weights do not fit together."""
        if not isinstance(document, dict):
            raise ModelFileError("verdict_model 应为表")
        if document.get("labels") != list(LABELS):
            raise ModelFileError(f"verdict_model.labels 应为 {list(LABELS)}，实为 {show(document.get('labels'))}")
        rules = document.get("rules")
        if not isinstance(rules, list) or not all(isinstance(r, str) and r for r in rules) or len(set(rules)) != len(rules):
            raise ModelFileError("verdict_model.rules 应为不重复的规则 id 列表")
        width = len(feature_names(rules))
        coef, intercept = document.get("coef"), document.get("intercept")
        if (not isinstance(coef, list) or len(coef) != len(LABELS)
                or not all(isinstance(row, list) and len(row) == width and all(_finite(v) for v in row) for row in coef)):
            raise ModelFileError(f"verdict_model.coef 应为 {len(LABELS)} 行、每行 {width} 个有限数")
        if not isinstance(intercept, list) or len(intercept) != len(LABELS) or not all(_finite(v) for v in intercept):
            raise ModelFileError(f"verdict_model.intercept 应为 {len(LABELS)} 个有限数")
        cv = document.get("cv", {})
        if not isinstance(cv, dict):
            raise ModelFileError("verdict_model.cv 应为表")
        return cls(tuple(rules), tuple(tuple(float(v) for v in row) for row in coef),
                   tuple(float(v) for v in intercept), cv)


def _finite(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def asked(fault_free_top: bool) -> tuple[str, str]:
    """The two labels the verdict lets the model choose between: adopt or revise for a fault-free item
    in the top band, revise or return for any other."""
    return ("adopt", "revise") if fault_free_top else ("revise", "return")


def choose(probabilities: Mapping[str, float], allowed: Sequence[str]) -> str:
    """The likeliest of the ``allowed`` labels (the first of them on a tie)."""
    return max(allowed, key=lambda label: (probabilities[label], -allowed.index(label)))
