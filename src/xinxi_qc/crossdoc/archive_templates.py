"""A draft checked against an archive in which one of its passages is a template (issue 16).

The archive's LSH buckets of a template sentence hold more than ``bucket_cap`` entries and
give no pairwise candidates.  For a draft, those buckets are read instead, in one array pass:
an archive item whose sentence shares at least half of the bands with a draft sentence
carries it (a near-verbatim copy); a draft sentence with more than ``cluster_size`` carriers
is a template sentence.  The carrier of most of them (of another unit than the draft's when
there is one) is the representative, and the draft is aligned with it alone, under the usual
passage rules; the template sentences inside the passage must make a passage by themselves.
The finding names how many archive items (carrying at least half of those sentences) and
units share it — cost linear in the bucket sizes, one alignment, ids and units read without
the text.
"""
from __future__ import annotations

import numpy as np

from ..model import Item
from .align import Prepared, align_many
from .arrays import unique_counts
from .clusters import ClusterRef, Copy, TemplateCluster, unit_key
from .index import SegmentIndex


def archive_template_refs(index: SegmentIndex, item: Item, prepared: Prepared, qkeys: np.ndarray,
                          seg_of_row: np.ndarray, bounds: tuple[np.ndarray, np.ndarray] | None,
                          formulaic: frozenset[int]) -> list[ClusterRef]:
    """The template passage of the draft ``item`` found in ``index`` (at most one), as a cluster
    reference; none when only items of the draft's own unit carry it, or not more than
    ``cluster_size`` items, or its template sentences alone do not make a passage."""
    params = index.params
    if not len(qkeys) or len(index) <= params.bucket_cap:
        return []
    lo, hi = bounds if bounds is not None else index.bucket_bounds(qkeys)
    size = hi - lo
    over = size > params.bucket_cap
    rows = np.flatnonzero((over.sum(axis=1) >= params.min_hits) & ~np.isin(seg_of_row, list(formulaic) or [-1]))
    if not len(rows):
        return []
    bands = index.hasher.bands
    lengths = np.where(over[rows], size[rows], 0).ravel()
    total = int(lengths.sum())
    band_of = np.repeat(np.tile(np.arange(bands), len(rows)), lengths)
    starts = np.repeat(lo[rows].ravel() - np.cumsum(lengths) + lengths, lengths)
    items = index._item_of_gid()[index._sorted_gids[band_of, starts + np.arange(total)]].astype(np.int64)
    row_of = np.repeat(np.arange(len(rows) * bands) // bands, lengths)
    n = len(index)
    pair, hits = unique_counts(row_of * n + items)     # (draft sentence, archive item): bands shared
    # a carrier shares at least half the bands with the draft sentence: a near-verbatim copy
    # (chance collisions of merely similar sentences share one or two)
    carriers = pair[2 * hits >= bands]
    row_count = np.bincount(carriers // n, minlength=len(rows))
    template_rows = np.flatnonzero(row_count > params.cluster_size)
    if not len(template_rows):
        return []
    carriers = carriers[np.isin(carriers // n, template_rows)]
    cand, per = unique_counts(carriers % n)             # archive items, how many template sentences each carries
    who = dict(zip(cand.tolist(), _ids_units(index, cand.tolist())))
    own_unit = unit_key(item, -1)
    ranked = sorted((c for c in cand.tolist() if item.id is None or who[c][0] != item.id),
                    key=lambda c: (_unit(who[c][1], c) == own_unit, -int(per[np.searchsorted(cand, c)]), c))
    if not ranked:
        return []
    rep_pos = ranked[0]
    rep, rep_prep = index.entries([rep_pos])[0]
    m = align_many(prepared, [rep_prep], params, formulaic)[0]
    if m is None:
        return []
    segs = prepared.segments
    row_seg = seg_of_row[rows].tolist()
    for p in m.passages:
        inside = [k for k in template_rows.tolist() if p.start <= segs[row_seg[k]].start < p.end]
        weight = sum(segs[row_seg[k]].weight for k in inside)
        if weight < params.min_passage_chars or (len(inside) == 1 and (weight < params.single_segment_chars
                                                                       or p.similarity < params.single_segment_sim)):
            continue   # the template sentences alone are no passage
        # the archive items carrying at least half of those sentences (the item itself not counted)
        mine = carriers[np.isin(carriers // n, inside)] % n
        pos, many = unique_counts(mine)
        members = [c for c in pos[2 * many >= len(inside)].tolist() if item.id is None or who[c][0] != item.id]
        units = {_unit(who[c][1], c) for c in members}
        if len(members) <= params.cluster_size or not units - {own_unit}:
            continue
        start, end = segs[row_seg[inside[0]]].start, max(segs[row_seg[k]].end for k in inside)
        cluster = TemplateCluster(f"A-{rep.id if rep.id is not None else rep_pos}", rep_pos, p.other_start,
                                  p.other_end, (), len(units))
        return [ClusterRef(cluster, Copy(-1, start, end, p.similarity), rep, rep, p.other_start, p.other_end,
                           count=len(members), units=len(units), archive=True)]
    return []


def _unit(unit: str | None, pos: int) -> str:
    return (unit or "").strip() or f"#{pos}"


def _ids_units(index: SegmentIndex, positions: list[int]) -> list[tuple[str | None, str | None]]:
    """(id, unit) of the archive items at ``positions``, without their text where the store can."""
    store = index.store
    if hasattr(store, "ids_units"):
        return store.ids_units(positions)
    return [(it.id, it.unit) for it, _ in store.get_many(positions)]
