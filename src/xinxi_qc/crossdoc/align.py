"""Exact alignment of two items: which passages of one are shared with the other (pure).

Segment similarity is the Dice coefficient of bigram sets.  An item's bigrams are also kept as
numpy arrays (one 42-bit code per distinct bigram of each eligible segment), so one query is
compared with all its candidates in a few vectorised steps (:func:`align_many`) instead of a
Python loop over every pair of segments; the result is the same as :func:`align` pair by pair.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Sequence

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
    """:func:`align` of ``a`` with each of ``others``."""
    return align_batch([(a, others, formulaic)], params)[0]


_DENSE_CELLS = 1 << 20   # (segment, segment) cells counted in one array; larger pairs are counted sparsely
_CHUNK = 1 << 18         # bigrams + cells of the pairs aligned together


def align_batch(queries: "Sequence[tuple[Prepared, Sequence[Prepared], frozenset[int]]]",
                params: Params) -> "list[list[PairMatch | None]]":
    """:func:`align` of each query ``a`` with each of its ``others`` (``formulaic`` segments of
    ``a`` as there), the segment similarities of all the pairs computed together.

    Every bigram of every other item is looked up among its query's bigrams (sorted, tagged
    with the query); the hits are counted per (pair, segment of ``a``, segment of the other),
    in one array for pairs of ordinary size and by sorting for very long items, so the work
    grows with the bigrams the items share, not with segments × segments.  Only cells whose
    Dice reaches ``segment_sim`` go on to the passage logic; each segment of ``a`` keeps the
    first best segment of the other, as a pairwise scan in order would."""
    out: list[list[PairMatch | None]] = [[None] * len(others) for _, others, _ in queries]
    start = 0
    while start < len(queries):
        # queries in chunks of a bounded number of bigrams and cells: arrays that stay in cache
        stop, size = start, 0
        while stop < len(queries) and (stop == start or size < _CHUNK):
            a, others, _ = queries[stop]
            size += sum(len(b.codes) + min(len(b.eligible) * len(a.eligible), _DENSE_CELLS) for b in others)
            stop += 1
        _align_chunk(queries, start, stop, params, out)
        start = stop
    return out


def _align_chunk(queries, start: int, stop: int, params: Params, out) -> None:
    pairs: list[tuple[int, int]] = []            # (query, index in its others)
    q_codes, q_segs, q_sizes, q_off = [], [], [], []
    c_codes, c_lens, c_segs, c_sizes, c_off = [], [], [], [], []
    n_a, n_c = [], []
    q_total = c_total = 0
    for qi in range(start, stop):
        a, others, _ = queries[qi]
        if not a.eligible:
            continue
        tag = (qi - start) << 42
        q_codes.append(a.codes | tag)
        q_segs.append(a.code_seg)
        q_sizes.append(a.sizes)
        base = q_total
        q_total += len(a.eligible)
        for k, b in enumerate(others):
            if not b.eligible:
                continue
            pairs.append((qi, k))
            c_codes.append(b.codes | tag)
            c_lens.append(len(b.codes))
            c_segs.append(b.code_seg)
            c_sizes.append(b.sizes)
            q_off.append(base)
            c_off.append(c_total)
            c_total += len(b.eligible)
            n_a.append(len(a.eligible))
            n_c.append(len(b.eligible))
    if not pairs:
        return
    qk = np.concatenate(q_codes)
    order = np.argsort(qk, kind="stable")
    qk, qseg = qk[order], np.concatenate(q_segs)[order]
    run_end = np.searchsorted(qk, qk, "right")
    ck = np.concatenate(c_codes)
    lo = np.minimum(np.searchsorted(qk, ck, "left"), len(qk) - 1)
    hit = qk[lo] == ck
    pair_of = np.repeat(np.arange(len(pairs)), c_lens)[hit]
    cseg = np.concatenate(c_segs)[hit]
    lo = lo[hit]
    n = run_end[lo] - lo
    total = int(n.sum())
    if total == 0:
        return
    # every (bigram of an other item, equal bigram of its query)
    a_seg = qseg[np.repeat(lo - np.cumsum(n) + n, n) + np.arange(total)]
    pair_of, cseg = np.repeat(pair_of, n), np.repeat(cseg, n)

    n_a, n_c = np.asarray(n_a, np.int64), np.asarray(n_c, np.int64)
    q_off, c_off = np.asarray(q_off, np.int64), np.asarray(c_off, np.int64)
    area = n_a * n_c
    dense = area <= _DENSE_CELLS
    found_pair, found_a, found_c, found_inter = [], [], [], []
    if dense.any():
        base = np.cumsum(np.where(dense, area, 0)) - np.where(dense, area, 0)
        d = dense[pair_of]
        p, x, y = pair_of[d], a_seg[d], cseg[d]
        counts = np.bincount(base[p] + x * n_c[p] + y, minlength=int(base[-1] + (area[-1] if dense[-1] else 0)))
        cell = np.flatnonzero(counts)
        # the last pair starting at or before the cell: sparse pairs take no room, so one that
        # shares its start with a dense pair comes before it
        p = np.searchsorted(base, cell, "right") - 1
        r = cell - base[p]
        found_pair.append(p)
        found_a.append(r // n_c[p])
        found_c.append(r % n_c[p])
        found_inter.append(counts[cell])
    if not dense.all():
        s = ~dense[pair_of]
        p, x, y = pair_of[s], a_seg[s], cseg[s]
        o = np.lexsort((y, x, p))
        p, x, y = p[o], x[o], y[o]
        first = np.flatnonzero(np.r_[True, (p[1:] != p[:-1]) | (x[1:] != x[:-1]) | (y[1:] != y[:-1])])
        found_pair.append(p[first])
        found_a.append(x[first])
        found_c.append(y[first])
        found_inter.append(np.diff(np.r_[first, len(p)]))
    p, x, y, inter = (np.concatenate(v) for v in (found_pair, found_a, found_c, found_inter))
    sa = np.concatenate(q_sizes)[q_off[p] + x]
    sb = np.concatenate(c_sizes)[c_off[p] + y]
    sim = 2 * inter / (sa + sb)   # the expression of text.dice, so the same floats
    keep = sim >= params.segment_sim
    p, x, y, sim = p[keep], x[keep], y[keep], sim[keep]
    if not len(p):
        return
    o = np.lexsort((y, -sim, x, p))   # per (pair, segment of a): best first, then the first segment
    p, x, y, sim = p[o], x[o], y[o], sim[o]
    lead = np.r_[True, (p[1:] != p[:-1]) | (x[1:] != x[:-1])]
    p, x, y, sim = p[lead].tolist(), x[lead].tolist(), y[lead].tolist(), sim[lead].tolist()
    k = 0
    while k < len(p):
        pair = p[k]
        qi, j = pairs[pair]
        a, others, formulaic = queries[qi]
        b = others[j]
        best = {}
        while k < len(p) and p[k] == pair:
            best[a.eligible[x[k]]] = (b.eligible[y[k]], sim[k])
            k += 1
        out[qi][j] = _passages(a, b, best, params, formulaic)


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
