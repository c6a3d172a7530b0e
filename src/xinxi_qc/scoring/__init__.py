from .quality import ScoringConfig, score_item

__all__ = ["ScoringConfig", "score_item"]
