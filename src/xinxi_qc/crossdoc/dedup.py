"""Archive-wide report: clusters of near-duplicate items and template sentences that recur
across units (candidates for the stock-phrase list)."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..model import Item
from .index import SegmentIndex
from .text import dice


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        p = self.parent.setdefault(x, x)
        while p != self.parent[p]:
            self.parent[p] = self.parent[self.parent[p]]
            p = self.parent[p]
        self.parent[x] = p
        return p

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> list[list[int]]:
        out: dict[int, list[int]] = {}
        for x in self.parent:
            out.setdefault(self.find(x), []).append(x)
        return sorted((sorted(g) for g in out.values() if len(g) > 1), key=lambda g: (-len(g), g[0]))


@dataclass(frozen=True)
class Cluster:
    items: tuple[Item, ...]
    similarity: float   # lowest coverage among the pairs that joined the cluster


@dataclass(frozen=True)
class Template:
    sentence: str
    units: tuple[str, ...]
    items: tuple[Item, ...]


def near_duplicate_clusters(index: SegmentIndex, matches: "list | None" = None) -> list[Cluster]:
    """``matches``: ``index.matches_all()`` when the caller has it already (batch), else computed."""
    uf, pair_cov = _UnionFind(), []
    for pos, found in enumerate(index.matches_all() if matches is None else matches):
        for other, _, m in found:
            if m.near_duplicate(index.params):
                uf.union(pos, other)
                pair_cov.append((pos, min(m.coverage, m.other_coverage)))
    lowest: dict[int, float] = {}   # per cluster (its root): the lowest coverage that joined it
    for p, c in pair_cov:
        root = uf.find(p)
        lowest[root] = min(c, lowest.get(root, 1.0))
    out = []
    for g in uf.groups():
        out.append(Cluster(tuple(index.store.get(p) for p in g), round(lowest.get(uf.find(g[0]), 1.0), 3)))
    return out


def template_sentences(index: SegmentIndex, min_units: int | None = None) -> list[Template]:
    """Sentences whose near-identical copies occur in items of at least ``min_units`` units
    (an item without a unit counts as a unit of its own)."""
    min_units = index.params.template_min_units if min_units is None else min_units
    index._ensure_sorted()
    offsets = index.item_offsets
    uf = _UnionFind()

    def grams(gid: int):
        pos = int(np.searchsorted(offsets, gid, "right") - 1)
        return index.prepared(pos).segments[gid - int(offsets[pos])].grams

    for b in range(index.hasher.bands):
        keys, gids = index._sorted_keys[b], index._sorted_gids[b]
        if len(keys) < 2:
            continue
        starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
        ends = np.r_[starts[1:], len(keys)]
        for s, e in zip(starts[ends - starts > 1], ends[ends - starts > 1]):
            rep = int(gids[s])
            g_rep = grams(rep)
            for g in gids[s + 1:e]:
                g = int(g)
                if uf.find(g) != uf.find(rep) and dice(g_rep, grams(g)) >= index.params.segment_sim:
                    uf.union(rep, g)
    out = []
    for group in uf.groups():
        poss = sorted({int(np.searchsorted(offsets, g, "right") - 1) for g in group})
        items = [index.store.get(p) for p in poss]
        units = sorted({it.unit or f"#{p}" for p, it in zip(poss, items)})
        if len(units) < min_units:
            continue
        first = group[0]
        pos = poss[0]
        seg = index.prepared(pos).segments[first - int(offsets[pos])]
        out.append(Template(items[0].body[seg.start:seg.end], tuple(units), tuple(items)))
    out.sort(key=lambda t: (-len(t.units), -len(t.items), t.sentence))
    return out
