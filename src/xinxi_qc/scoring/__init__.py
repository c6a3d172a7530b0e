from .quality import ScoringConfig, score_item
from .verdict import decide, fault_kind

__all__ = ["ScoringConfig", "score_item", "score_and_decide"]


def score_and_decide(findings, type_guess, scoring: ScoringConfig, verdict_cfg, *, figures: int, chars: int):
    """(score, grade, deductions, verdict) of one item's findings. Returning is decided on the score
    the item would have without its capping faults (boilerplate), each clamped to 0–100 on its own."""
    score, grade, deductions = score_item(findings, type_guess, scoring)
    kept = [f for f in findings if fault_kind(f) not in verdict_cfg.capped]
    return_score = score if len(kept) == len(findings) else score_item(kept, type_guess, scoring)[0]
    verdict, grade = decide(findings, score, grade, type_guess.label, scoring.grades, verdict_cfg,
                            figures=figures, chars=chars, return_score=return_score)
    return score, grade, deductions, verdict
