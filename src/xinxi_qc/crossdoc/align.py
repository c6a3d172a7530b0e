"""Exact alignment of two items: which passages of one are shared with the other (pure).

Segment similarity is the Dice coefficient of bigram sets.  An item's bigrams are also kept as
numpy arrays (one 42-bit code per distinct bigram of each eligible segment), so one query is
compared with all its candidates in a few vectorised steps (:func:`align_many`) instead of a
Python loop over every pair of segments; the result is the same as :func:`align` pair by pair.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from .params import Params
from .text import SEP, Normaliser, Segment, bigrams, dice

_SEP_CP = ord(SEP)


@dataclass(frozen=True)
class PreparedSegment:
    start: int
    end: int
    weight: int
    feature: str

    @cached_property
    def grams(self) -> frozenset[str]:
        return bigrams(self.feature)


@dataclass(frozen=True, eq=False)
class Prepared:
    """An item's body segments and title reduced to bigrams.

    ``codes`` holds the distinct bigram codes of the eligible segments, grouped by segment in
    ``eligible`` order (``code_seg`` = position in ``eligible``); ``sizes`` are the set sizes."""

    segments: tuple[PreparedSegment, ...]
    eligible: tuple[int, ...]       # indices of segments with enough substance to compare
    eligible_weight: int
    title_feature: str
    title_weight: int
    codes: np.ndarray = field(repr=False)
    code_seg: np.ndarray = field(repr=False)
    sizes: np.ndarray = field(repr=False)

    @cached_property
    def title_grams(self) -> frozenset[str]:
        return bigrams(self.title_feature)


def prepare(title: str, body: str, norm: Normaliser, params: Params,
            segments: "list[Segment] | None" = None) -> Prepared:
    if segments is None:
        segments = norm.segments(body)
    return prepare_features(norm.feature(title), segments, params)


def bigram_codes(features: "list[str]") -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(distinct bigram codes grouped by feature, owning feature of each, set size per feature).

    A bigram of characters ``x y`` inside one SEP-separated run is ``ord(x) << 21 | ord(y)``."""
    n = len(features)
    if n == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.int64)
    joined = SEP.join(features) + SEP
    cps = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
    lens = np.fromiter((len(f) + 1 for f in features), dtype=np.int64, count=n)
    owner = np.repeat(np.arange(n, dtype=np.int64), lens)[:-1]
    left, right = cps[:-1], cps[1:]
    ok = (left != _SEP_CP) & (right != _SEP_CP)
    keys = np.unique((owner[ok] << 42) | (left[ok] << 21) | right[ok])
    seg = keys >> 42
    return keys & ((1 << 42) - 1), seg, np.bincount(seg, minlength=n)


def prepare_features(title_feature: str, segments: "list[Segment]", params: Params) -> Prepared:
    """The same as :func:`prepare` from features computed earlier (stored in an index)."""
    segs = [PreparedSegment(s.start, s.end, s.weight, s.feature) for s in segments]
    heavy = [i for i, s in enumerate(segs) if s.weight >= params.min_segment_chars]
    codes, owner, sizes = bigram_codes([segs[i].feature for i in heavy])
    keep = sizes > 0
    if not keep.all():   # segments of single characters between separators have no bigram
        renumber = np.cumsum(keep) - 1
        codes, owner, sizes = codes[keep[owner]], renumber[owner[keep[owner]]], sizes[keep]
        heavy = [i for i, k in zip(heavy, keep) if k]
    eligible = tuple(heavy)
    return Prepared(tuple(segs), eligible, sum(segs[i].weight for i in eligible), title_feature,
                    len(title_feature.replace(SEP, "")), codes, owner, sizes)


@dataclass(frozen=True)
class Passage:
    start: int
    end: int
    other_start: int
    other_end: int
    similarity: float
    weight: int
    segments: int


@dataclass(frozen=True)
class PairMatch:
    passages: tuple[Passage, ...]
    coverage: float        # share of the first item's substance found in the other
    other_coverage: float  # and the other way round
    title_similarity: float

    def near_duplicate(self, params: Params) -> bool:
        hi, lo = max(self.coverage, self.other_coverage), min(self.coverage, self.other_coverage)
        return hi >= params.dup_coverage_max and lo >= params.dup_coverage_min


def align(a: Prepared, b: Prepared, params: Params, formulaic: frozenset[int] = frozenset()) -> PairMatch | None:
    """Passages of ``a`` that match ``b`` sentence by sentence, tolerant of reordering and inserts.

    Segments of ``a`` listed in ``formulaic`` may be part of a passage but add no substance to it.
    """
    return align_many(a, [b], params, formulaic)[0]


def align_many(a: Prepared, others: "list[Prepared]", params: Params,
               formulaic: frozenset[int] = frozenset()) -> "list[PairMatch | None]":
    """:func:`align` of ``a`` with each of ``others``, the segment similarities of all of them
    computed together: every bigram of the others is looked up among ``a``'s (sorted) bigrams,
    the hits counted per (segment of ``a``, segment of another) and turned into Dice."""
    out: list[PairMatch | None] = [None] * len(others)
    live = [k for k, b in enumerate(others) if b.eligible]
    if not a.eligible or not live:
        return out
    order = np.argsort(a.codes, kind="stable")
    q_codes, q_seg = a.codes[order], a.code_seg[order]
    widths = [len(others[k].eligible) for k in live]
    col0 = np.cumsum([0] + widths)
    codes = np.concatenate([others[k].codes for k in live])
    cols = np.concatenate([others[k].code_seg + c for k, c in zip(live, col0[:-1])])
    # one search: where each code would go among a's, whether it is there, how many of a's
    # segments hold it (the length of its run of equal codes)
    run_end = np.searchsorted(q_codes, q_codes, "right")
    lo = np.minimum(np.searchsorted(q_codes, codes, "left"), len(q_codes) - 1)
    hit = q_codes[lo] == codes
    lo, cols = lo[hit], cols[hit]
    n = run_end[lo] - lo
    total = int(n.sum())
    n_cols = int(col0[-1])
    if total == 0:
        return out
    # every (bigram of another, equal bigram of a): a's segment and the other's column
    first = np.repeat(lo - np.cumsum(n) + n, n) + np.arange(total)
    cell = q_seg[first] * n_cols + np.repeat(cols, n)
    inter = np.bincount(cell, minlength=len(a.eligible) * n_cols).reshape(len(a.eligible), n_cols)
    sizes_b = np.concatenate([others[k].sizes for k in live])
    # the same expression as text.dice, so the same floats
    sim = 2 * inter / (a.sizes[:, None] + sizes_b[None, :])
    floor = params.segment_sim
    for k, c0, c1 in zip(live, col0[:-1], col0[1:]):
        block = sim[:, c0:c1]
        top = block.max(axis=1)
        rows = np.flatnonzero(top >= floor)
        if not len(rows):
            continue
        b = others[k]
        arg = block.argmax(axis=1)   # the first best segment, as a pairwise scan would keep
        best = {a.eligible[r]: (b.eligible[int(arg[r])], float(top[r])) for r in rows}
        out[k] = _passages(a, b, best, params, formulaic)
    return out


def _passages(a: Prepared, b: Prepared, best: "dict[int, tuple[int, float]]", params: Params,
              formulaic: frozenset[int]) -> PairMatch | None:
    """Runs of matched segments of ``a`` (gaps of up to ``max_gap``) that make passages."""
    runs: list[list[int]] = []
    run: list[int] = []
    gap = 0
    for i in a.eligible:
        if i in best:
            if run and gap > params.max_gap:
                runs.append(run)
                run = []
            run.append(i)
            gap = 0
        elif run:
            gap += 1
    if run:
        runs.append(run)

    passages = []
    used_b: set[int] = set()
    for run in runs:
        weight = sum(a.segments[i].weight for i in run)
        sim = sum(best[i][1] * a.segments[i].weight for i in run) / weight
        solid = [i for i in run if i not in formulaic]
        substance = sum(a.segments[i].weight for i in solid)
        if substance < params.min_passage_chars:
            continue
        if len(solid) == 1 and (substance < params.single_segment_chars or best[solid[0]][1] < params.single_segment_sim):
            continue
        js = [best[i][0] for i in run]
        used_b.update(js)
        passages.append(Passage(
            start=a.segments[run[0]].start, end=a.segments[run[-1]].end,
            other_start=min(b.segments[j].start for j in js), other_end=max(b.segments[j].end for j in js),
            similarity=round(sim, 3), weight=weight, segments=len(run)))
    if not passages:
        return None
    covered_a = sum(p.weight for p in passages)
    covered_b = sum(b.segments[j].weight for j in used_b)
    title_sim = dice(a.title_grams, b.title_grams) if min(a.title_weight, b.title_weight) >= 6 else 0.0
    return PairMatch(tuple(passages), covered_a / a.eligible_weight, covered_b / b.eligible_weight,
                     round(title_sim, 3))
