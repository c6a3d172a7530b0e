"""Exact alignment of two items: which passages of one are shared with the other (pure)."""
from __future__ import annotations

from dataclasses import dataclass

from .params import Params
from .text import Normaliser, Segment, bigrams, dice


@dataclass(frozen=True)
class PreparedSegment:
    start: int
    end: int
    weight: int
    grams: frozenset[str]


@dataclass(frozen=True)
class Prepared:
    """An item's body segments and title reduced to bigram sets."""

    segments: tuple[PreparedSegment, ...]
    eligible: tuple[int, ...]       # indices of segments with enough substance to compare
    eligible_weight: int
    title_grams: frozenset[str]
    title_weight: int


def prepare(title: str, body: str, norm: Normaliser, params: Params,
            segments: "list[Segment] | None" = None) -> Prepared:
    if segments is None:
        segments = norm.segments(body)
    return prepare_features(norm.feature(title), segments, params)


def prepare_features(title_feature: str, segments: "list[Segment]", params: Params) -> Prepared:
    """The same as :func:`prepare` from features computed earlier (stored in an index)."""
    segs = [PreparedSegment(s.start, s.end, s.weight, bigrams(s.feature)) for s in segments]
    eligible = tuple(i for i, s in enumerate(segs) if s.weight >= params.min_segment_chars and s.grams)
    return Prepared(tuple(segs), eligible, sum(segs[i].weight for i in eligible),
                    bigrams(title_feature), len(title_feature.replace("|", "")))


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
    if not a.eligible or not b.eligible:
        return None
    best: dict[int, tuple[int, float]] = {}
    floor = params.segment_sim
    others = [(j, g, len(g)) for j in b.eligible for g in (b.segments[j].grams,)]
    for i in a.eligible:
        ga = a.segments[i].grams
        la = len(ga)
        top_j, top_s = -1, 0.0
        for j, gb, lb in others:
            # dice (same expression, so the same float) can be at most this; a pair that cannot
            # reach the floor or beat the best so far is not intersected
            bound = 2 * min(la, lb) / (la + lb)
            if bound < floor or bound <= top_s:
                continue
            s = 2 * len(ga & gb) / (la + lb)
            if s > top_s:
                top_j, top_s = j, s
        if top_s >= floor:
            best[i] = (top_j, top_s)
    if not best:
        return None

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
