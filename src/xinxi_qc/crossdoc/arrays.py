"""Small array helpers for the hot paths: sort-based ``unique`` for integer arrays (numpy 2's
hash-based ``np.unique`` is many times slower on the arrays crossdoc builds) and run starts
without ``np.r_`` (slow to call many times)."""
from __future__ import annotations

import numpy as np

_TRUE = np.ones(1, dtype=bool)


def changes(s: np.ndarray) -> np.ndarray:
    """Mask of the elements of ``s`` that differ from the one before (the first always does)."""
    return np.concatenate((_TRUE, s[1:] != s[:-1]))


def unique(a: np.ndarray) -> np.ndarray:
    """``np.unique(a)`` for a 1-d integer array."""
    s = np.sort(a)
    return s[changes(s)] if len(s) else s


def unique_counts(a: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(a, return_counts=True)`` for a 1-d integer array."""
    s = np.sort(a)
    if not len(s):
        return s, np.zeros(0, np.int64)
    first = np.flatnonzero(changes(s))
    return s[first], np.diff(first, append=len(s))
