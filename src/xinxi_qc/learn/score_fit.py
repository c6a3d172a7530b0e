"""The score an editor's grade predicts: points per rule fitted on graded items.

Each rule that fires (warning or above) costs a fixed number of points, fitted by non-negative
least squares so that ``5 − grade ≈ Σ points(rule) / 25`` on the training items: the mapping is
monotone (a finding never raises a score), explainable (every point is one listed deduction) and
on the grade's own scale (one grade step = 25 points). Only rules the hand-graded items label are
fitted; the others keep the configured points per finding.

The same file holds, per type, how many figures a fault-free item needs to be adopted as is
(``adopt_min_figures``, read by the verdict): chosen on hand-graded items (the dev writers') as the number
that best agrees with the editors' 5 (adopt) versus 3–4 (revise), the smallest on a tie; then,
over the items those figures would adopt, the length the body needs (``adopt_min_chars``): the
middle of the widest run of lengths (in steps of 10 characters) that agree best.
"""
from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Mapping, Sequence

import numpy as np

from ..model import TYPE_LABELS, ItemResult, Severity
from ..scoring.verdict_model import VerdictModel
from .modelfile import ModelFileError, field, show

KIND = "scoring"
POINTS_PER_GRADE = 25
# Grade bands on the fitted scale: 优质 only where no fitted fault fired (an item an editor adopts
# as is), 良好 one light fault, 较好 one serious or two light ones.
GRADE_BANDS = (("优质", 90), ("良好", 70), ("较好", 50), ("待改进", 0))


@dataclass(frozen=True)
class ScoreFit:
    points: dict[str, int]
    n_items: int
    rules: tuple[str, ...]

    def document(self, sources: Mapping[str, int], adopt_min_figures: Mapping[str, int],
                 adopt_min_chars: int = 0, verdict_model: dict | None = None) -> dict:
        return {"points": dict(sorted(self.points.items())), "grades": [list(g) for g in GRADE_BANDS],
                "points_per_grade": POINTS_PER_GRADE, "n_items": self.n_items, "sources": dict(sources),
                "adopt_min_figures": dict(adopt_min_figures), "adopt_min_chars": adopt_min_chars,
                **({"verdict_model": verdict_model} if verdict_model else {})}


@dataclass(frozen=True)
class FittedScoring:
    """What ``models/scoring.json`` holds: points per rule (one deduction per rule that fires)
    and the grade bands on that scale."""

    points: dict[str, int]
    grades: tuple[tuple[str, int], ...]
    adopt_min_figures: dict[str, int] = dataclass_field(default_factory=dict)   # by type; absent: none
    adopt_min_chars: int = 0
    verdict_model: VerdictModel | None = None   # the learned verdict; absent: the thresholds decide

    @classmethod
    def from_document(cls, document: dict) -> "FittedScoring":
        """Refuses (ModelFileError) points that are not non-negative integers and grade bands
        that are not [name, integer floor] pairs from the highest floor down."""
        points = field(document, "points")
        if not isinstance(points, dict):
            raise ModelFileError("points 应为“规则 id: 扣分”的表")
        for rule, value in points.items():
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ModelFileError(f"points.{rule} 应为非负整数，实为 {show(value)}")
        grades = field(document, "grades")
        if (not isinstance(grades, list) or not grades
                or not all(isinstance(g, list) and len(g) == 2 and isinstance(g[0], str) and g[0]
                           and isinstance(g[1], int) and not isinstance(g[1], bool)
                           for g in grades)):
            raise ModelFileError("grades 应形如 [[\"优质\", 90], [\"良好\", 70]]，分数为整数")
        floors = [g[1] for g in grades]
        if floors != sorted(floors, reverse=True):
            raise ModelFileError("grades 必须按分数从高到低排列")
        figures = document.get("adopt_min_figures", {})
        if not isinstance(figures, dict):
            raise ModelFileError("adopt_min_figures 应为“信息类型: 数据处数”的表")
        for label, value in figures.items():
            if label not in TYPE_LABELS:
                raise ModelFileError(f"adopt_min_figures 中有不存在的信息类型 {show(label)}")
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ModelFileError(f"adopt_min_figures.{label} 应为非负整数，实为 {show(value)}")
        chars = document.get("adopt_min_chars", 0)
        if isinstance(chars, bool) or not isinstance(chars, int) or chars < 0:
            raise ModelFileError(f"adopt_min_chars 应为非负整数，实为 {show(chars)}")
        model = VerdictModel.from_document(document["verdict_model"]) if "verdict_model" in document else None
        return cls({str(k): v for k, v in points.items()}, tuple((n, f) for n, f in grades), dict(figures), chars, model)


def fired(result: ItemResult) -> set[str]:
    return {f.rule for f in result.findings if f.severity.rank >= Severity.WARNING.rank}


def fit_points(results: Sequence[ItemResult], grades: Sequence[int], rules: Sequence[str],
               weights: Sequence[float] | None = None) -> ScoreFit:
    """Points per rule (non-negative) from graded results; ``weights`` weigh items (e.g. less for
    the synthetic corpus)."""
    from scipy.optimize import nnls

    rules = tuple(sorted(rules))
    if not rules or not results:   # nothing labelled to fit (scipy's nnls aborts on an empty matrix)
        return ScoreFit({}, len(results), rules)
    x = np.array([[1.0 if r in fired(res) else 0.0 for r in rules] for res in results])
    y = 5.0 - np.asarray(grades, dtype=float)
    w = np.sqrt(np.asarray(weights if weights is not None else [1.0] * len(results), dtype=float))
    coef, _ = nnls(x * w[:, None], y * w)
    seen = x.sum(axis=0) > 0
    points = {r: int(round(c * POINTS_PER_GRADE)) for r, c, s in zip(rules, coef, seen) if s}
    return ScoreFit(points, len(results), rules)


def score_with(points: Mapping[str, int], result: ItemResult) -> int:
    return max(0, 100 - sum(points.get(r, 0) for r in fired(result)))


def choose_adopt_figures(results: Sequence[ItemResult], grades: Sequence[int]) -> dict[str, int]:
    """Per predicted type, the figures a fault-free item needs to be adopted as is: over the graded
    items whose findings leave adopting open, the threshold whose adopt (at or above) / revise
    (below) agrees most often with the editor's verdict (5 adopt, 3–4 revise); the smallest on a tie.
    The figures of an item are those its verdict counted."""
    from ..scoring.verdict import adoptable
    from .evaluate import editor_verdict

    by_type: dict[str, list[tuple[int, str]]] = {}
    for result, grade in zip(results, grades):
        if adoptable(result.findings):
            by_type.setdefault(result.type.label, []).append((result.verdict.figures, editor_verdict(grade)))
    chosen = {}
    for label in TYPE_LABELS:
        rows = by_type.get(label)
        if not rows:
            continue
        agree = lambda t: sum(("adopt" if count >= t else "revise") == want for count, want in rows)  # noqa: E731
        chosen[label] = max(range(max(count for count, _ in rows) + 2), key=lambda t: (agree(t), -t))
    return chosen


def choose_adopt_chars(results: Sequence[ItemResult], grades: Sequence[int], adopt_figures: Mapping[str, int],
                       step: int = 10) -> int:
    """The body length (whitespace not counted) a fault-free item with enough figures needs to be
    adopted as is: over the graded items the figures would adopt, the lengths (multiples of ``step``)
    whose adopt (at or above) / revise (below) agrees most often with the editor (5 / 3–4); of those,
    the widest run of consecutive lengths, and its middle (the lower one of two). 0 when no item
    says otherwise."""
    from ..scoring.verdict import adoptable
    from .evaluate import editor_verdict

    rows = [(r.verdict.chars, editor_verdict(g)) for r, g in zip(results, grades)
            if adoptable(r.findings) and r.verdict.figures >= adopt_figures.get(r.type.label, 0)
            and editor_verdict(g) != "return"]
    if not rows:
        return 0
    candidates = range(0, max(chars for chars, _ in rows) + 2 * step, step)
    agree = [sum(("adopt" if chars >= t else "revise") == want for chars, want in rows) for t in candidates]
    best = max(agree)
    runs: list[list[int]] = []
    for t, a in zip(candidates, agree):
        if a != best:
            continue
        if runs and runs[-1][-1] == t - step:
            runs[-1].append(t)
        else:
            runs.append([t])
    widest = max(runs, key=len)   # the first of equally wide runs
    return 0 if widest[0] == 0 else widest[(len(widest) - 1) // 2]   # no length needed: none
