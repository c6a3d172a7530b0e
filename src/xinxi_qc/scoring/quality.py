"""The quality score: 100 minus configured deductions per rule, adjusted by information type."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

from ..model import Deduction, Finding, Severity, TypeGuess

DEFAULT_WEIGHTS = {
    "title-mismatch": 15, "title-vague": 10, "title-length": 4, "no-figures": 12, "no-examples": 10,
    "empty-claim": 6, "cliche": 10, "dynamic-only": 15, "long-sentence": 3, "late": 8, "sensitive": 20,
    "typography": 2, "length": 6, "boilerplate": 15, "duplicate-submission": 20,
}
DEFAULT_CAPS = {"empty-claim": 12, "long-sentence": 9, "sensitive": 40, "typography": 6, "boilerplate": 30}
DEFAULT_GRADES = (("优质", 85), ("良好", 70), ("较好", 55), ("待改进", 0))


@dataclass(frozen=True)
class ScoringConfig:
    weights: Mapping[str, int] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    caps: Mapping[str, int] = field(default_factory=lambda: dict(DEFAULT_CAPS))
    default_weight: int = 5
    info_weight: int = 0
    # No type is a fault in itself: an office may still set [scoring.type_adjust] (e.g. dynamic = -5).
    type_adjust: Mapping[str, int] = field(default_factory=dict)
    grades: tuple[tuple[str, int], ...] = DEFAULT_GRADES

    def grade(self, score: int) -> str:
        for name, floor in self.grades:
            if score >= floor:
                return name
        return self.grades[-1][0]


def score_item(findings: list[Finding], type_guess: TypeGuess, cfg: ScoringConfig) -> tuple[int, str, tuple[Deduction, ...]]:
    """Score 0–100, grade, and one deduction per rule that cost points."""
    per_rule: dict[str, int] = {}
    counts: dict[str, int] = {}
    for f in findings:
        weight = cfg.info_weight if f.severity is Severity.INFO else cfg.weights.get(f.rule, cfg.default_weight)
        if weight:
            per_rule[f.rule] = per_rule.get(f.rule, 0) + weight
            counts[f.rule] = counts.get(f.rule, 0) + 1
    deductions = []
    for rule, points in per_rule.items():
        capped = min(points, cfg.caps.get(rule, points))
        reason = f"{counts[rule]} 处" + (f"（封顶 {capped} 分）" if capped < points else "")
        deductions.append(Deduction(rule, capped, reason))
    adjust = cfg.type_adjust.get(type_guess.label, 0)
    if adjust < 0:
        deductions.append(Deduction(f"type:{type_guess.label}", -adjust, "信息类型调整"))
    deductions.sort(key=lambda d: (-d.points, d.rule))
    score = 100 - sum(d.points for d in deductions) + max(adjust, 0)
    score = max(0, min(100, score))
    return score, cfg.grade(score), tuple(deductions)
