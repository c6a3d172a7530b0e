"""Fitting the learned verdict (:mod:`xinxi_qc.scoring.verdict_model`) on hand-graded items.

The checker's own findings on each item are the inputs and the editor's grade the answer (5 adopt,
3–4 revise, 1–2 return). Items with a blocking fault are left out: they are returned whatever the
model says. Writer folds (each writer's items predicted by a model fitted without that writer)
measure how often the model's verdict agrees with the editor's on writers it has not seen.
"""
from __future__ import annotations

from typing import Sequence

from ..model import ItemResult
from ..scoring.verdict import is_stale
from ..scoring.verdict_model import LABELS, VerdictModel, asked, choose, features, stock_phrases
from .modelfile import rounded
from .score_fit import GRADE_BANDS, fired

# Inverse regularisation strength: writer-fold agreement is flat from 0.3 to 3 (0.841–0.842 on the
# 208 dev writers of stop 31); 1.0 is the middle.
VERDICT_C = 1.0


def _inputs(result: ItemResult, rules: Sequence[str]) -> list[float]:
    return features(rules, fired(result), any(is_stale(f) for f in result.findings), result.type.label,
                    result.verdict.figures, result.verdict.chars, stock_phrases(result.findings))


def model_verdict(model: VerdictModel, result: ItemResult) -> str:
    """The verdict the model gives a result without blocking faults, as :func:`decide` asks it."""
    stale = any(is_stale(f) for f in result.findings)
    faults = fired(result)
    p = model.probabilities(faults, stale, result.type.label, result.verdict.figures, result.verdict.chars,
                            stock_phrases(result.findings))
    return choose(p, asked(not faults and not stale and result.score >= GRADE_BANDS[0][1]))


def _fit(results: Sequence[ItemResult], verdicts: Sequence[str], rules: Sequence[str], cv: dict) -> VerdictModel:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    x = np.array([_inputs(r, rules) for r in results])
    fitted = LogisticRegression(C=VERDICT_C, max_iter=5000).fit(x, list(verdicts))
    order = [list(fitted.classes_).index(label) for label in LABELS]
    return VerdictModel(tuple(rules), tuple(tuple(rounded(list(fitted.coef_[k]))) for k in order),
                        tuple(rounded([fitted.intercept_[k] for k in order])), cv)


def fit_verdict_model(results: Sequence[ItemResult], verdicts: Sequence[str], writers: Sequence[str],
                      rules: Sequence[str], folds: Sequence[set[str]]) -> VerdictModel | None:
    """The model fitted on the results without blocking faults (``verdicts``: the editor's, by item;
    ``writers``: who wrote each; ``folds``: the writers dealt into folds); None when some label has
    no item to learn it from. Its ``cv`` says how often, in writer folds, its verdict agreed with the
    editor's on every item (blocked ones returned)."""
    keep = [k for k, r in enumerate(results) if not r.verdict.blocking]
    if {verdicts[k] for k in keep} != set(LABELS):
        return None
    rules = tuple(sorted(rules))
    agree = n = 0
    for fold in folds:
        train = [k for k in keep if writers[k] not in fold]
        if {verdicts[k] for k in train} != set(LABELS):
            continue
        model = _fit([results[k] for k in train], [verdicts[k] for k in train], rules, {})
        for k, r in enumerate(results):
            if writers[k] in fold:
                said = "return" if r.verdict.blocking else model_verdict(model, r)
                agree += said == verdicts[k]
                n += 1
    cv = {"items": len(results), "fitted_on": len(keep), "writers": len(set(writers)), "folds": len(folds),
          "agreement": round(agree / n, 4) if n else None}
    return _fit([results[k] for k in keep], [verdicts[k] for k in keep], rules, cv)
