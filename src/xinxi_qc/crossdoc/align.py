"""Exact alignment of two items: which passages of one are shared with the other (pure).

Segment similarity is the Dice coefficient of bigram sets.  An item's bigrams are also kept as
numpy arrays (one 42-bit code per distinct bigram of each eligible segment), so one query is
compared with all its candidates in a few vectorised steps (:func:`align_many`) instead of a
Python loop over every pair of segments; the result is the same as :func:`align` pair by pair.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Collection, Sequence

import numpy as np

from .arrays import changes, unique
from .params import Params
from .text import SEP, Normaliser, Segment, bigrams, dice

_SEP_CP = ord(SEP)


@dataclass(frozen=True, eq=False)
class Prepared:
    """An item's body segments and title reduced to bigrams.

    ``codes`` holds the distinct bigram codes of the eligible segments, grouped by segment in
    ``eligible`` order (``code_seg`` = position in ``eligible``); ``sizes`` are the set sizes."""

    segments: tuple[Segment, ...]
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
    keys = unique((owner[ok] << 42) | (left[ok] << 21) | right[ok])
    seg = keys >> 42
    return keys & ((1 << 42) - 1), seg, np.bincount(seg, minlength=n)


def prepare_features(title_feature: str, segments: "list[Segment]", params: Params) -> Prepared:
    """The same as :func:`prepare` from features computed earlier (stored in an index)."""
    return prepare_many([(title_feature, segments)], params)[0]


def prepare_many(features: "Sequence[tuple[str, list[Segment]]]", params: Params,
                 coded: "tuple[np.ndarray, np.ndarray, np.ndarray] | None" = None) -> list[Prepared]:
    """:func:`prepare_features` of many items, their bigrams found in one pass (``coded``: what
    :func:`bigram_codes` gives for the eligible features of all the items in order, when the
    caller has it already)."""
    least = params.min_segment_chars
    heavy_of = [[i for i, s in enumerate(segments) if s.weight >= least] for _, segments in features]
    if coded is None:
        coded = bigram_codes([segments[i].feature for (_, segments), heavy in zip(features, heavy_of) for i in heavy])
    codes, owner, sizes = coded
    code_start = np.searchsorted(owner, np.arange(len(sizes) + 1)).tolist()
    empty_before = [0, *np.cumsum(sizes == 0).tolist()]
    out = []
    first = 0
    for (title_feature, segments), heavy in zip(features, heavy_of):
        last = first + len(heavy)
        own_codes = codes[code_start[first]:code_start[last]]
        own = owner[code_start[first]:code_start[last]] - first
        own_sizes = sizes[first:last]
        if empty_before[last] != empty_before[first]:
            # segments of single characters between separators have no bigram
            keep = own_sizes > 0
            own = (np.cumsum(keep) - 1)[own]
            own_sizes = own_sizes[keep]
            heavy = [i for i, k in zip(heavy, keep.tolist()) if k]
        out.append(Prepared(tuple(segments), tuple(heavy), sum([segments[i].weight for i in heavy]), title_feature,
                            len(title_feature.replace(SEP, "")), own_codes, own, own_sizes))
        first = last
    return out


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


_DENSE_CELLS = 1 << 20   # (segment, segment) cells of a pair counted in one array; longer pairs are prefix-filtered
_CHUNK = 1 << 16         # bigrams + cells of the pairs aligned together (smaller stays in cache)


def align_batch(queries: "Sequence[tuple[Prepared, Sequence[Prepared], frozenset[int]]]",
                params: Params) -> "list[list[PairMatch | None]]":
    """:func:`align` of each query ``a`` with each of its ``others`` (``formulaic`` segments of
    ``a`` as there), the segment similarities of all the pairs computed together.

    Every bigram of every other item is looked up among its query's bigrams (sorted, tagged
    with the query); the hits are counted per (pair, segment of ``a``, segment of the other)
    in one array.  Only cells whose Dice reaches ``segment_sim`` go on to the passage logic;
    each segment of ``a`` keeps the first best segment of the other, as a pairwise scan in
    order would.  Two long items (more than ``_DENSE_CELLS`` segment pairs) are compared by
    prefix filtering instead (:func:`_best_long_both`), so that cost grows with their length, not
    with segments × segments."""
    return align_both_ways(queries, params, [()] * len(queries))[0]


def align_both_ways(queries: "Sequence[tuple[Prepared, Sequence[Prepared], frozenset[int]]]", params: Params,
                    reverse: "Sequence[Collection[int]]",
                    ) -> "tuple[list[list[PairMatch | None]], dict[tuple[int, int], dict[int, tuple[int, float]]]]":
    """:func:`align_batch`, and for each query ``qi`` and each ``k`` in ``reverse[qi]`` the
    alignment the other way round (``others[k]`` against the query) read off the same cells:
    the segment matches of ``others[k]`` by (qi, k), for :func:`match_from_best` with the
    other's formulaic segments.  Pairs where either item has no segment to compare are left
    out of that (align them as usual)."""
    out: list[list[PairMatch | None]] = [[None] * len(others) for _, others, _ in queries]
    backward: dict[tuple[int, int], dict] = {}
    # pairs of two long items: prefix-filtered, so the work does not grow with segments × segments
    small: list[tuple[Prepared, list[Prepared], frozenset[int]]] = []
    placed: list[list[int]] = []
    for qi, (a, others, formulaic) in enumerate(queries):
        keep = []
        for k, b in enumerate(others):
            if len(a.eligible) * len(b.eligible) > _DENSE_CELLS:
                best, back = _best_long_both(a, b, params.segment_sim)
                if best:
                    out[qi][k] = match_from_best(a, b, best, params, formulaic)
                if k in reverse[qi]:
                    backward[qi, k] = back
            else:
                keep.append(k)
        small.append((a, [others[k] for k in keep], formulaic))
        placed.append(keep)
    if any(len(k) != len(o) for k, (_, o, _) in zip(placed, queries)):
        renumbered = [[n for n, k in enumerate(keep) if k in set(want)] for keep, want in zip(placed, reverse)]
        found, back = align_both_ways(small, params, renumbered)
        for qi, matches in enumerate(found):
            for k, m in zip(placed[qi], matches):
                out[qi][k] = m
        backward.update({(qi, placed[qi][n]): best for (qi, n), best in back.items()})
        return out, backward
    start = 0
    while start < len(queries):
        # queries in chunks of a bounded number of bigrams and cells: arrays that stay in cache
        stop, size = start, 0
        while stop < len(queries) and (stop == start or size < _CHUNK):
            a, others, _ = queries[stop]
            size += sum(len(b.codes) + len(b.eligible) * len(a.eligible) for b in others)
            stop += 1
        _align_chunk(queries, start, stop, params, out, reverse, backward)
        start = stop
    return out, backward


_GOLDEN = np.uint64(0x9E3779B97F4A7C15)
_EMPTY, _SHARED = -1, -2   # a slot of no query bigram, of several


def _slot(codes: np.ndarray, bits: int) -> np.ndarray:
    """A hash of each (query-tagged) bigram code into ``bits`` bits."""
    with np.errstate(over="ignore"):
        return ((codes.view(np.uint64) * _GOLDEN) >> np.uint64(64 - bits)).astype(np.intp)


def _find(qk: np.ndarray, ck: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The codes of ``ck`` that ``qk`` (sorted) holds: (their positions in ``ck``, the first
    place of each in ``qk``, how many places it has there).  A hash table of ``qk``'s distinct
    codes, about 8 slots to a code, answers most by one look-up (a slot holding one code holds
    the only candidate); codes whose slot several share are searched for."""
    starts = np.flatnonzero(changes(qk))
    distinct = qk[starts]
    bits = min(max((8 * len(starts)).bit_length(), 12), 26)
    slots = _slot(distinct, bits)
    table = np.full(1 << bits, _EMPTY, dtype=np.int32)
    number = np.arange(len(starts), dtype=np.int32)
    table[slots] = number
    table[slots[table[slots] != number]] = _SHARED   # a slot written by several codes keeps one of them
    run = table[_slot(ck, bits)]
    pos = np.flatnonzero(run != _EMPTY)
    run = run[pos]
    shared = np.flatnonzero(run == _SHARED)
    if len(shared):
        run[shared] = np.minimum(np.searchsorted(distinct, ck[pos[shared]]), len(starts) - 1)
    ok = distinct[run] == ck[pos]
    run = run[ok]
    return pos[ok], starts[run], np.diff(starts, append=len(qk))[run]


def _align_chunk(queries, start: int, stop: int, params: Params, out, reverse, backward) -> None:
    pairs: list[tuple[int, int]] = []            # (query, index in its others)
    q_codes, q_tags, q_segs, q_sizes, q_off = [], [], [], [], []
    c_codes, c_lens, c_segs, c_sizes, c_off = [], [], [], [], []
    n_a, n_c = [], []
    q_total = c_total = 0
    for qi in range(start, stop):
        a, others, _ = queries[qi]
        if not a.eligible:
            continue
        tag = (qi - start) << 42
        q_codes.append(a.codes)
        q_tags.append(tag)
        q_segs.append(a.code_seg)
        q_sizes.append(a.sizes)
        base = q_total
        q_total += len(a.eligible)
        for k, b in enumerate(others):
            if not b.eligible:
                continue
            pairs.append((qi, k))
            c_codes.append(b.codes)
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
    back = np.zeros(len(pairs), dtype=bool)   # pairs also read the other way round
    for n, (qi, j) in enumerate(pairs):
        if j in reverse[qi]:
            back[n] = True
            backward[qi, j] = {}
    # the queries' bigrams tagged with their query, sorted; each other item's tagged with its query
    qk = np.concatenate(q_codes) | np.repeat(np.asarray(q_tags, np.int64), [len(c) for c in q_codes])
    order = np.argsort(qk)
    qk, qseg = qk[order], np.concatenate(q_segs)[order]
    c_lens = np.asarray(c_lens, np.int64)
    pair_query = np.asarray([qi - start for qi, _ in pairs], np.int64)
    ck = np.concatenate(c_codes) | np.repeat(pair_query << 42, c_lens)
    maybe, lo, n = _find(qk, ck)
    pair_of = np.repeat(np.arange(len(pairs)), c_lens)[maybe]
    cseg = np.concatenate(c_segs)[maybe]
    total = int(n.sum())
    if total == 0:
        return
    # every (bigram of an other item, equal bigram of its query)
    a_seg = qseg[np.repeat(lo - np.cumsum(n) + n, n) + np.arange(total)]
    pair_of, cseg = np.repeat(pair_of, n), np.repeat(cseg, n)

    n_a, n_c = np.asarray(n_a, np.int64), np.asarray(n_c, np.int64)
    q_off, c_off = np.asarray(q_off, np.int64), np.asarray(c_off, np.int64)
    area = n_a * n_c          # every pair here is small enough to count in one array
    base = np.cumsum(area) - area
    counts = np.bincount(base[pair_of] + a_seg * n_c[pair_of] + cseg, minlength=int(area.sum()))
    cell = np.flatnonzero(counts)
    p = np.searchsorted(base, cell, "right") - 1
    r = cell - base[p]
    x, y, inter = r // n_c[p], r % n_c[p], counts[cell]
    sa = np.concatenate(q_sizes)[q_off[p] + x]
    sb = np.concatenate(c_sizes)[c_off[p] + y]
    sim = 2 * inter / (sa + sb)   # the expression of text.dice, so the same floats
    keep = sim >= params.segment_sim
    p, x, y, sim = p[keep], x[keep], y[keep], sim[keep]
    if not len(p):
        return
    for qi, j, best in _bests(pairs, p, x, y, sim, queries):
        a, others, formulaic = queries[qi]
        out[qi][j] = match_from_best(a, others[j], best, params, formulaic)
    if back.any():
        on = back[p]
        for qi, j, best in _bests(pairs, p[on], y[on], x[on], sim[on], queries, backwards=True):
            backward[qi, j] = best


def _bests(pairs, p, x, y, sim, queries,
           backwards: bool = False) -> "list[tuple[int, int, dict[int, tuple[int, float]]]]":
    """For each pair of ``p`` with cells, (query, index in its others, each segment ``x`` of the
    first item → its first best segment ``y`` of the second and their Dice); the first item is
    the query, or with ``backwards`` the other item."""
    if not len(p):
        return []
    o = np.lexsort((y, -sim, x, p))   # per (pair, segment of a): best first, then the first segment
    p, x, y, sim = p[o], x[o], y[o], sim[o]
    lead = changes(p) | changes(x)
    p, x, y, sim = p[lead].tolist(), x[lead].tolist(), y[lead].tolist(), sim[lead].tolist()
    found = []
    k = 0
    while k < len(p):
        pair = p[k]
        qi, j = pairs[pair]
        a, b = queries[qi][0], queries[qi][1][j]
        if backwards:
            a, b = b, a
        best = {}
        while k < len(p) and p[k] == pair:
            best[a.eligible[x[k]]] = (b.eligible[y[k]], sim[k])
            k += 1
        found.append((qi, j, best))
    return found


def _segment_codes(p: Prepared) -> tuple[list[int], list[int], np.ndarray, np.ndarray, np.ndarray]:
    """Eligible segments of ``p`` with the same feature counted once: (unique of each eligible
    segment, first eligible segment of each unique, codes of the uniques grouped by unique,
    their unique, sizes)."""
    first: dict[str, int] = {}
    uid = [first.setdefault(p.segments[i].feature, len(first)) for i in p.eligible]
    lead = [0] * len(first)
    for x in range(len(uid) - 1, -1, -1):
        lead[uid[x]] = x
    bounds = np.searchsorted(p.code_seg, np.arange(len(uid) + 1))
    codes = np.concatenate([p.codes[bounds[x]:bounds[x + 1]] for x in lead])
    sizes = p.sizes[lead]
    return uid, lead, codes, np.repeat(np.arange(len(lead)), sizes), sizes


def _best_long_both(a: Prepared, b: Prepared,
                    floor: float) -> "tuple[dict[int, tuple[int, float]], dict[int, tuple[int, float]]]":
    """For two long items: each segment of ``a`` → (first best segment of ``b``, Dice) where the
    Dice reaches ``floor`` — the same as the full comparison, found by prefix filtering: two
    bigram sets with Dice ≥ t share at least ceil(t·|x|/(2−t)) bigrams, hence one of the rarest
    |x| − that + 1 bigrams of each; only pairs sharing one of those are compared exactly.
    Repeated sentences (the same feature) are compared once.  Also the same the other way round
    (each segment of ``b`` → its first best of ``a``), read off the same pairs."""
    a_uid, a_lead, a_codes, a_own, a_sizes = _segment_codes(a)
    b_uid, b_lead, b_codes, b_own, b_sizes = _segment_codes(b)
    tokens, inverse = np.unique(np.concatenate([a_codes, b_codes]), return_inverse=True)
    freq = np.bincount(inverse, minlength=len(tokens))
    rank = np.empty(len(tokens), np.int64)
    rank[np.lexsort((np.arange(len(tokens)), freq))] = np.arange(len(tokens))   # rarest first
    t = float(floor)

    def prefix(own, sizes, ranks):
        order = np.lexsort((ranks, own))
        own, ranks = own[order], ranks[order]
        pos = np.arange(len(own)) - np.repeat(np.cumsum(sizes) - sizes, sizes)
        need = np.ceil(t * sizes / (2 - t) - 1e-9).astype(np.int64)
        length = np.clip(sizes - need + 1, 1, sizes)
        keep = pos < length[own]
        return own[keep], ranks[keep]

    pa_own, pa_tok = prefix(a_own, a_sizes, rank[inverse[:len(a_codes)]])
    pb_own, pb_tok = prefix(b_own, b_sizes, rank[inverse[len(a_codes):]])
    order = np.argsort(pb_tok, kind="stable")
    pb_own, pb_tok = pb_own[order], pb_tok[order]
    lo = np.searchsorted(pb_tok, pa_tok, "left")
    n = np.searchsorted(pb_tok, pa_tok, "right") - lo
    total = int(n.sum())
    if total == 0:
        return {}, {}
    u = np.repeat(pa_own, n)
    v = pb_own[np.repeat(lo - np.cumsum(n) + n, n) + np.arange(total)]
    pairs = unique(u * len(b_sizes) + v)
    u, v = pairs // len(b_sizes), pairs % len(b_sizes)
    sa, sb = a_sizes[u], b_sizes[v]
    fits = 2 * np.minimum(sa, sb) / (sa + sb) >= t
    u, v, sa, sb = u[fits], v[fits], sa[fits], sb[fits]
    if not len(u):
        return {}, {}
    # exact overlaps of the candidate pairs: each bigram of v looked up among u's
    a_key = (a_own << 42) | a_codes            # ascending: uniques in order, codes sorted in each
    b_start = np.cumsum(b_sizes) - b_sizes
    idx = np.repeat(b_start[v] - np.cumsum(sb) + sb, sb) + np.arange(int(sb.sum()))
    probe = (np.repeat(u, sb) << 42) | b_codes[idx]
    at = np.minimum(np.searchsorted(a_key, probe), len(a_key) - 1)
    inter = np.bincount(np.repeat(np.arange(len(u)), sb)[a_key[at] == probe], minlength=len(u))
    sim = 2 * inter / (sa + sb)   # the expression of text.dice, so the same floats
    ok = sim >= t
    u, v, sim = u[ok], v[ok], sim[ok]
    if not len(u):
        return {}, {}
    return _first_best(a, b, u, v, sim, a_uid, b_lead), _first_best(b, a, v, u, sim, b_uid, a_lead)


def _first_best(a: Prepared, b: Prepared, u: np.ndarray, v: np.ndarray, sim: np.ndarray, a_uid: "list[int]",
                b_lead: "list[int]") -> "dict[int, tuple[int, float]]":
    """Each segment of ``a`` → (first best segment of ``b``, Dice), from the pairs (``u`` of
    ``a``'s distinct features, ``v`` of ``b``'s) that reach the floor (:func:`_segment_codes`)."""
    lead_b = np.asarray(b_lead)[v]
    o = np.lexsort((lead_b, -sim, u))
    u, lead_b, sim = u[o], lead_b[o], sim[o]
    first = changes(u)
    best_of = {int(x): (b.eligible[int(y)], float(z)) for x, y, z in zip(u[first], lead_b[first], sim[first])}
    return {a.eligible[x]: best_of[w] for x, w in enumerate(a_uid) if w in best_of}


def match_from_best(a: Prepared, b: Prepared, best: "dict[int, tuple[int, float]]", params: Params,
                    formulaic: frozenset[int]) -> PairMatch | None:
    """Runs of matched segments of ``a`` (gaps of up to ``max_gap``) that make passages."""
    if sum(a.segments[i].weight for i in best if i not in formulaic) < params.min_passage_chars:
        return None   # not enough substance matched for any passage (most pairs)
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
    lone: list[list[int]] = []   # single near-verbatim sentences, each too short to be a passage alone

    def add(run: list[int], sim: float, weight: int) -> None:
        js = [best[i][0] for i in run]
        used_b.update(js)
        passages.append(Passage(
            start=a.segments[run[0]].start, end=a.segments[run[-1]].end,
            other_start=min(b.segments[j].start for j in js), other_end=max(b.segments[j].end for j in js),
            similarity=round(sim, 3), weight=weight, segments=len(run)))

    for run in runs:
        weight = sum(a.segments[i].weight for i in run)
        sim = sum(best[i][1] * a.segments[i].weight for i in run) / weight
        solid = [i for i in run if i not in formulaic]
        substance = sum(a.segments[i].weight for i in solid)
        if substance < params.min_passage_chars:
            continue
        if len(solid) == 1 and (substance < params.single_segment_chars or best[solid[0]][1] < params.single_segment_sim):
            if best[solid[0]][1] >= params.single_segment_sim:
                lone.append(run)
            continue
        add(run, sim, weight)
    if params.frame_segments and len(lone) >= params.frame_segments:
        # a template frame: the same opening and closing sentences around each unit's own text
        for run in lone:
            weight = sum(a.segments[i].weight for i in run)
            add(run, sum(best[i][1] * a.segments[i].weight for i in run) / weight, weight)
    if not passages:
        return None
    covered_a = sum(p.weight for p in passages)
    covered_b = sum(b.segments[j].weight for j in used_b)
    title_sim = dice(a.title_grams, b.title_grams) if min(a.title_weight, b.title_weight) >= 6 else 0.0
    return PairMatch(tuple(passages), covered_a / a.eligible_weight, covered_b / b.eligible_weight,
                     round(title_sim, 3))
