"""Submission-and-scoring workflow: units, items with checked versions, events, points, reports.

Public API: :class:`Service` (see ``service.py``), the error classes, :func:`load_scoring`,
:func:`compute_points` and :class:`Period`.
"""
from .errors import (NotFoundError, ScoringConfigError, StaleVersionError, TransitionError,
                     ValidationError, WorkflowError)
from .levels import Period
from .points import PointLine, PointsResult, compute_points
from .scoring_config import ScoringConfig, load_scoring, parse_scoring
from .service import Service

__all__ = [
    "Service", "WorkflowError", "NotFoundError", "ValidationError", "TransitionError",
    "StaleVersionError", "ScoringConfigError", "Period", "PointLine", "PointsResult",
    "compute_points", "ScoringConfig", "load_scoring", "parse_scoring",
]
