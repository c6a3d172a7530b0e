"""Template clusters: a passage copied by more items than LSH buckets can pair up (issue 16).

A sentence that more than ``bucket_cap`` items carry fills LSH buckets of that many entries;
pairing every entry with every other would be quadratic, so such a bucket gives no pairwise
candidates (:meth:`SegmentIndex.candidates`).  Here it is read as what it is, a template
going round, at a cost linear in the number of copies — from ``Params.cluster_size`` copies
on (``cluster_min``, 50, below ``bucket_cap``: copies in between are found pairwise too, and
the cluster's finding replaces those):

1. **Sentence groups.**  In every bucket of more than ``cluster_size`` entries the first
   entry is the representative; every other entry is compared with it alone (Dice of bigram
   sets ≥ ``segment_sim``) and joins its group when it passes (what fails is tried against the next representative, at
   most three rounds).  Short sentences (under ``common_short_chars`` of substance) found
   everywhere are formulaic, as in pairwise matching, and seed no group.
2. **Clusters.**  Groups that occur together in at least half of the items of the smaller
   one travel together.  The item carrying most of their sentences (the first such) is the
   representative.
3. **Members.**  Every item of the cluster is aligned with the representative alone, with
   the same passage rules as pairwise matching (``min_passage_chars``, one-sentence
   passages, formulaic sentences).  The representative's passages the copies match, merged
   where they overlap, are the templates (an opening and a closing template with the unit's
   own text between are two clusters); an item is a member of one when it has a passage
   matching it — at its own offsets, so an edited copy joins and an item that merely shares
   a formula does not.
4. A cluster of ``cluster_size`` members or fewer is dropped (pairwise matching finds those),
   and so is one whose members all belong to one unit (a unit reusing its own text).
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from ..model import Item
from .align import PairMatch, Prepared, align_both_ways, align_many, match_from_best
from .arrays import changes
from .dedup import _UnionFind
from .index import SegmentIndex

_ROUNDS = 3   # representatives tried per oversized bucket


@dataclass(frozen=True)
class Copy:
    """Where one member carries the template passage."""

    pos: int
    start: int
    end: int
    similarity: float


@dataclass(frozen=True)
class TemplateCluster:
    id: str                       # T1, T2, … by size
    rep: int                      # position of the representative item
    rep_start: int                # the passage in the representative's body
    rep_end: int
    copies: tuple[Copy, ...]      # every member (the representative included), by position
    units: int                    # distinct units among the members (no unit: a unit of its own)

    @property
    def count(self) -> int:
        return len(self.copies)


@dataclass(frozen=True)
class ClusterRef:
    """One item's place in a cluster, with the items it names (what a finding needs)."""

    cluster: TemplateCluster
    copy: Copy
    representative: Item
    partner: Item                 # the representative, or for the representative the first other member
    partner_start: int            # the passage in the partner's body
    partner_end: int
    count: int = 0                # items carrying the passage (in the archive: besides the draft)
    units: int = 0
    archive: bool = False         # a template of the archive the draft was checked against


def unit_key(item: Item, pos: int) -> str:
    return (item.unit or "").strip() or f"#{pos}"


class _Entries:
    """The indexed items this run reads, with their prepared form, each fetched once (the
    index's own cache holds 4,096: a template in more items than that would be prepared again
    and again)."""

    def __init__(self, index: SegmentIndex) -> None:
        self.index = index
        self.got: dict[int, tuple[Item, Prepared]] = {}

    def fetch(self, positions: Sequence[int]) -> None:
        missing = [p for p in positions if p not in self.got]
        for at in range(0, len(missing), 2048):
            part = missing[at:at + 2048]
            self.got.update(zip(part, self.index.entries(part)))

    def item(self, pos: int) -> Item:
        if pos not in self.got:
            self.fetch([pos])
        return self.got[pos][0]

    def prepared(self, pos: int) -> Prepared:
        if pos not in self.got:
            self.fetch([pos])
        return self.got[pos][1]


def _sentence_groups(index: SegmentIndex, got: _Entries) -> np.ndarray:
    """A group number per global segment number (−1: in no group) from the oversized buckets."""
    params = index.params
    n_gid = int(index.item_offsets[-1])
    label = np.full(n_gid, -1, np.int64)
    cap = params.cluster_size
    if len(index) <= cap:
        return label
    index._ensure_sorted()
    offsets = index.item_offsets
    item_of = index._item_of_gid()
    uf = _UnionFind()
    groups = 0

    bounds: dict[int, list[int]] = {}   # per item: where each eligible segment's codes start

    def segment(gid: int) -> tuple[int, np.ndarray]:
        """(substance, distinct bigram codes) of the segment ``gid``."""
        pos = int(item_of[gid])
        prep = got.prepared(pos)
        k = gid - int(offsets[pos])
        e = bisect_left(prep.eligible, k)
        if e == len(prep.eligible) or prep.eligible[e] != k:   # no bigram at all
            return prep.segments[k].weight, prep.codes[:0]
        at = bounds.get(pos)
        if at is None:
            at = bounds[pos] = np.searchsorted(prep.code_seg, np.arange(len(prep.eligible) + 1)).tolist()
        return prep.segments[k].weight, prep.codes[at[e]:at[e + 1]]

    for band in range(index.hasher.bands):
        keys = index._sorted_keys[band]
        if len(keys) <= cap:
            continue
        starts = np.flatnonzero(changes(keys))
        ends = np.append(starts[1:], len(keys))
        big = ends - starts > cap
        for s, e in zip(starts[big].tolist(), ends[big].tolist()):
            gids = index._sorted_gids[band, s:e].astype(np.int64)
            for _ in range(_ROUNDS):
                if len(gids) < 2:
                    break
                rep = int(gids[0])
                weight, rep_codes = segment(rep)
                if weight < params.common_short_chars or not len(rep_codes):   # a formula: joins, never seeds
                    gids = gids[1:]
                    continue
                if label[rep] < 0:
                    label[rep] = groups
                    groups += 1
                own = int(label[rep])
                rest = gids[1:]
                rest = rest[label[rest] != own]
                if not len(rest):
                    break
                got.fetch(np.unique(item_of[rest]).tolist())   # fetched together, not one by one
                codes = [segment(g)[1] for g in rest.tolist()]
                sizes = np.fromiter((len(c) for c in codes), np.int64, len(codes))
                shared = np.isin(np.concatenate(codes), rep_codes)
                inter = np.bincount(np.repeat(np.arange(len(codes)), sizes)[shared], minlength=len(codes))
                ok = 2 * inter / (len(rep_codes) + sizes) >= params.segment_sim   # text.dice's expression
                passed = rest[ok]
                fresh = label[passed] < 0
                label[passed[fresh]] = own
                for g in np.unique(label[passed[~fresh]]).tolist():
                    uf.union(int(g), own)
                gids = rest[~ok]
    if groups:
        root = np.asarray([uf.find(g) for g in range(groups)], np.int64)
        label = np.where(label >= 0, root[np.maximum(label, 0)], -1)
    return label


def _group_clusters(index: SegmentIndex, label: np.ndarray) -> list[tuple[list[int], dict[int, int]]]:
    """Sentence groups that occur together, as (items, {item: number of the cluster's groups in it})."""
    gids = np.flatnonzero(label >= 0)
    if not len(gids):
        return []
    item_of = index._item_of_gid()
    pairs = np.unique(np.stack([item_of[gids].astype(np.int64), label[gids]], axis=1), axis=0)   # (item, group)
    size = Counter(pairs[:, 1].tolist())
    together: Counter = Counter()
    first = np.flatnonzero(changes(pairs[:, 0]))
    for a, b in zip(first.tolist(), np.append(first[1:], len(pairs)).tolist()):
        gs = pairs[a:b, 1].tolist()
        for i in range(len(gs)):
            for j in range(i + 1, len(gs)):
                together[gs[i], gs[j]] += 1
    uf = _UnionFind()
    for g in size:
        uf.find(g)
    for (g, h), n in together.items():
        if 2 * n >= min(size[g], size[h]):
            uf.union(g, h)
    members: dict[int, dict[int, int]] = {}
    for pos, g in pairs.tolist():
        per = members.setdefault(uf.find(g), {})
        per[pos] = per.get(pos, 0) + 1
    return [(sorted(per), per) for _, per in sorted(members.items()) if len(per) > 1]


def _formulaic(index: SegmentIndex, got: _Entries, positions: Sequence[int]) -> list[frozenset[int]]:
    """:meth:`SegmentIndex.formulaic` of the stored items at ``positions``, their buckets looked
    up together (short sentences whose buckets are crowded: they join a passage, never make one)."""
    params = index.params
    _, keys, gids = index.raw_arrays()
    spans = [index._stored_rows(p) for p in positions]
    rows = np.concatenate([np.arange(a, b) for a, b in spans]) if spans else np.zeros(0, np.int64)
    if not len(rows):
        return [frozenset()] * len(positions)
    lo, hi = index.bucket_bounds(keys[rows])
    crowded = (np.median(hi - lo, axis=1) >= params.common_bucket).tolist()
    out, k = [], 0
    for pos, (a, b) in zip(positions, spans):
        segs, first = got.prepared(pos).segments, int(index.item_offsets[pos])
        out.append(frozenset(int(g) - first for g, c in zip(gids[a:b].tolist(), crowded[k:k + b - a])
                             if c and segs[int(g) - first].weight < params.common_short_chars))
        k += b - a
    return out


def _rep_span(index: SegmentIndex, got: _Entries, rep: int, label: np.ndarray,
              cluster_groups: set[int]) -> tuple[int, int]:
    """The representative's sentences that belong to the cluster's groups: (first start, last end)."""
    first, last = int(index.item_offsets[rep]), int(index.item_offsets[rep + 1])
    segs = got.prepared(rep).segments
    own = [k for k in range(last - first) if int(label[first + k]) in cluster_groups]
    return segs[own[0]].start, segs[own[-1]].end


def _aligned(index: SegmentIndex, got: _Entries, rep: int, others: Sequence[int]) -> list[tuple[int, PairMatch]]:
    """Each of ``others`` aligned with ``rep`` alone (the pairwise passage rules, its formulaic
    sentences as pairwise matching judges them); the items sharing a passage with it."""
    got.fetch([rep, *others])
    rep_prep = got.prepared(rep)
    # the representative aligned with all of them, read the other way round (one query, not one per copy)
    preps = [got.prepared(p) for p in others]
    _, back = align_both_ways([(rep_prep, preps, frozenset())], index.params, [range(len(others))])
    out = []
    for k, (pos, prep, formulaic) in enumerate(zip(others, preps, _formulaic(index, got, others))):
        best = back.get((0, k))
        m = (align_many(prep, [rep_prep], index.params, formulaic)[0] if best is None
             else match_from_best(prep, rep_prep, best, index.params, formulaic))
        if m is not None:
            out.append((pos, m))
    return out


def _runs(matched: Sequence[tuple[int, PairMatch]], region: tuple[int, int]) -> list[tuple[int, int]]:
    """The representative's passages that the copies match inside ``region``, overlapping ones
    merged: one per template (a template opening and a template closing with the unit's own
    text between are two)."""
    spans = sorted({(p.other_start, p.other_end) for _, m in matched for p in m.passages
                    if p.other_start < region[1] and region[0] < p.other_end})
    runs: list[list[int]] = []
    for a, b in spans:
        if runs and a < runs[-1][1]:
            runs[-1][1] = max(runs[-1][1], b)
        else:
            runs.append([a, b])
    return [(a, b) for a, b in runs]


def _copy_of(pos: int, m: PairMatch, span: tuple[int, int]) -> "tuple[Copy, int, int] | None":
    """Where ``m``'s item carries the representative's ``span``, and what of it that matches."""
    hits = [p for p in m.passages if p.other_start < span[1] and span[0] < p.other_end]
    if not hits:
        return None
    weight = sum(p.weight for p in hits)
    sim = round(sum(p.similarity * p.weight for p in hits) / weight, 3)
    return (Copy(pos, hits[0].start, hits[-1].end, sim),
            min(p.other_start for p in hits), max(p.other_end for p in hits))


def template_clusters(index: SegmentIndex) -> list[TemplateCluster]:
    """The template clusters among the items of ``index``, largest first."""
    got = _Entries(index)
    label = _sentence_groups(index, got)
    found = []
    for items, per in _group_clusters(index, label):
        rep = max(items, key=lambda p: (per[p], -p))
        groups = {int(g) for g in np.unique(label[int(index.item_offsets[rep]):int(index.item_offsets[rep + 1])])
                  if g >= 0}
        matched = _aligned(index, got, rep, [p for p in items if p != rep])
        for run in _runs(matched, _rep_span(index, got, rep, label, groups)):
            copies = [c for c in (_copy_of(pos, m, run) for pos, m in matched) if c is not None]
            if len(copies) < index.params.cluster_size:
                continue
            rep_start, rep_end = Counter((a, b) for _, a, b in copies).most_common(1)[0][0]
            members = sorted([Copy(rep, rep_start, rep_end, 1.0), *(c for c, _, _ in copies)], key=lambda c: c.pos)
            units = len({unit_key(got.item(c.pos), c.pos) for c in members})
            if units < 2 or len(members) <= index.params.cluster_size:   # one unit's own text; or pairs do
                continue
            found.append((rep, rep_start, rep_end, tuple(members), units))
    found.sort(key=lambda f: (-len(f[3]), f[0], f[1]))
    return [TemplateCluster(f"T{k}", *f) for k, f in enumerate(found, start=1)]


def cluster_refs(index: SegmentIndex, clusters: Sequence[TemplateCluster]) -> dict[int, list[ClusterRef]]:
    """Per item position: the clusters it belongs to, with the items its finding names."""
    out: dict[int, list[ClusterRef]] = {}
    for c in clusters:
        rep = index.store.get(c.rep)
        first = next(m for m in c.copies if m.pos != c.rep)
        partner = index.store.get(first.pos)
        for m in c.copies:
            ref = (ClusterRef(c, m, rep, partner, first.start, first.end, c.count, c.units) if m.pos == c.rep
                   else ClusterRef(c, m, rep, rep, c.rep_start, c.rep_end, c.count, c.units))
            out.setdefault(m.pos, []).append(ref)
    return out
