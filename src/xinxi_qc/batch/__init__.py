"""Batch checks on archived corpora: streaming input, parallel engines, resumable cache, reports.

The names below load on first use, so ``xinxi_qc.batch.threads`` can be imported by ``check``
without the batch machinery."""
from __future__ import annotations

__all__ = ["BatchError", "BatchOptions", "BatchSummary", "run_batch"]


def __getattr__(name: str):
    if name in __all__:
        from . import runner

        return getattr(runner, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
