"""Batch checks on archived corpora: streaming input, parallel engines, resumable cache, reports."""
from .runner import BatchError, BatchOptions, BatchSummary, run_batch

__all__ = ["BatchError", "BatchOptions", "BatchSummary", "run_batch"]
