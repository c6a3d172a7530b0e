"""A draft checked against an archive in which one of its passages is a template (issue 16).

The archive's LSH buckets of a template sentence hold more than ``bucket_cap`` entries and
give no pairwise candidates.  For a draft, those buckets are read instead, in one array pass:
an archive item whose sentence falls in at least ``min_hits`` of the oversized buckets of one
draft sentence carries that sentence (the candidate rule of pairwise matching); the item that
does so most often (the first such) is the representative, and the draft is aligned with it
alone, under the usual passage rules.  The passage found is one finding naming how many
archive items and units carry the template sentences it covers — cost linear in the bucket
sizes, one alignment.
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
    """The template passage of the draft ``item`` found in ``index`` (at most one: around the
    representative's sentences), as a cluster reference; none when only items of the draft's
    own unit carry it, or not more than ``cluster_min`` items."""
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
    pair, hits = unique_counts(row_of * n + items)           # (draft sentence, archive item): bands shared
    carriers = pair[hits >= params.min_hits]
    cand, per = unique_counts(carriers % n)                   # archive items, how many draft sentences each carries
    ids = dict(zip(cand.tolist(), _ids_units(index, cand.tolist())))
    order = [int(c) for c in cand[np.lexsort((cand, -per))] if item.id is None or ids[int(c)][0] != item.id]
    if not order:
        return []
    rep_pos = order[0]
    rep, rep_prep = index.entries([rep_pos])[0]
    m = align_many(prepared, [rep_prep], params, formulaic)[0]
    if m is None:
        return []
    segs = seg_of_row[rows].tolist()
    for p in m.passages:
        # the draft sentences of this passage whose buckets overflow, and the archive items carrying them
        inside = [k for k, s in enumerate(segs) if p.start <= prepared.segments[s].start < p.end]
        members = [int(x) for x in np.unique(carriers[np.isin(carriers // n, inside)] % n)
                   if item.id is None or ids[int(x)][0] != item.id]
        units = {unit_key(Item("", "", unit=ids[x][1]), x) for x in members}
        if len(members) <= params.cluster_min or not units - {unit_key(item, -1)}:
            continue
        cluster = TemplateCluster(f"A-{rep.id if rep.id is not None else rep_pos}", rep_pos, p.other_start,
                                  p.other_end, (), len(units))
        return [ClusterRef(cluster, Copy(-1, p.start, p.end, p.similarity), rep, rep, p.other_start, p.other_end,
                           count=len(members), units=len(units), archive=True)]
    return []


def _ids_units(index: SegmentIndex, positions: list[int]) -> list[tuple[str | None, str | None]]:
    """(id, unit) of the archive items at ``positions``, without their text where the store can."""
    store = index.store
    if hasattr(store, "ids_units"):
        return store.ids_units(positions)
    return [(it.id, it.unit) for it, _ in store.get_many(positions)]
