"""LSH index over the segments of many items, and the candidate query (pure, in memory).

Each eligible segment of each item gets ``bands`` 64-bit band keys.  Per band the keys are
kept sorted (stable, so entries of one bucket stay in item order) next to the global segment
number; a query looks its own band keys up with ``searchsorted``.  Items are reached through
an :class:`ItemStore`, so the same index serves a list in memory and a persisted SQLite file.
"""
from __future__ import annotations

import copy
from collections import OrderedDict
from functools import lru_cache
from typing import Iterable, Protocol, Sequence

import numpy as np

from ..model import Item
from .align import (PairMatch, Prepared, align_both_ways, align_many, bigram_codes, match_from_best, prepare,
                    prepare_many)
from .arrays import changes, unique, unique_counts
from .minhash import Hasher
from .params import Params
from .text import Normaliser, decode_features, encode_features

_BATCH = 128   # items hashed together: larger batches fall out of the CPU cache
_CACHE = 4096   # prepared items kept in memory (LRU)


@lru_cache(maxsize=8)
def _normaliser(phrases: tuple[str, ...]) -> Normaliser:
    return Normaliser(phrases)


@lru_cache(maxsize=8)
def _hasher(num_perm: int, rows: int, seed: int) -> Hasher:
    return Hasher(num_perm, rows, seed)


class ItemStore(Protocol):
    """Items by position, each with its encoded features (:func:`encode_features`, or None
    when the store predates them)."""

    def __len__(self) -> int: ...
    def get(self, pos: int) -> Item: ...
    def get_many(self, positions: Sequence[int]) -> list[tuple[Item, str | None]]: ...
    def append(self, items: Sequence[Item], features: Sequence[str] | None = None) -> None: ...


class ListStore:
    def __init__(self) -> None:
        self.items: list[Item] = []
        self.features: list[str | None] = []

    def __len__(self) -> int:
        return len(self.items)

    def get(self, pos: int) -> Item:
        return self.items[pos]

    def get_many(self, positions: Sequence[int]) -> list[tuple[Item, str | None]]:
        return [(self.items[p], self.features[p]) for p in positions]

    def append(self, items: Sequence[Item], features: Sequence[str] | None = None) -> None:
        self.items.extend(items)
        self.features.extend(features if features is not None else [None] * len(items))


def _row_classes(keys: np.ndarray, weight: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Rows with equal band keys and equal weight as one class: (class of each row, first row of
    each class).  Grouped by a hash of the row, then checked: should two different rows share a
    hash, every row is a class of its own."""
    h = weight.astype(np.uint64)
    with np.errstate(over="ignore"):
        for band in range(keys.shape[1]):
            h = (h * np.uint64(0x100000001B3)) ^ keys[:, band]
            h ^= h >> np.uint64(29)
    order = np.argsort(h, kind="stable")
    new = changes(h[order])
    number = np.cumsum(new) - 1
    lead = order[np.flatnonzero(new)]
    of = lead[number]
    if not ((keys[order] == keys[of]).all(axis=1) & (weight[order] == weight[of])).all():
        return np.arange(len(keys)), np.arange(len(keys))
    cls = np.empty(len(keys), np.int64)
    cls[order] = number
    return cls, lead


class SegmentIndex:
    def __init__(self, params: Params, stock_phrases: Sequence[str] = (), store: ItemStore | None = None):
        self.params = params
        self.stock_phrases = tuple(stock_phrases)
        self.norm = _normaliser(self.stock_phrases)
        self.hasher = _hasher(params.num_perm, params.rows, params.seed)
        self.store: ItemStore = store if store is not None else ListStore()
        # per item: first global segment number (len = n_items + 1)
        self.item_offsets = np.zeros(1, dtype=np.int64)
        self._keys: list[np.ndarray] = []     # chunks of [n, bands] uint64
        self._gids: list[np.ndarray] = []     # chunks of [n] int64 (global segment numbers)
        self._sorted_keys: np.ndarray | None = None   # [bands, n]
        self._sorted_gids: np.ndarray | None = None   # [bands, n] int32
        self._cache: OrderedDict[int, tuple[Item, Prepared]] = OrderedDict()
        self._block_bounds: tuple | None = None   # (first, last position, first key row, lo, hi) of stored keys
        self._item_rows: list[int] | None = None   # first key row of each item (and the end)
        self._item_of: np.ndarray | None = None     # item position of each global segment number
        self._row_bounds: tuple[np.ndarray, np.ndarray] | None = None   # bucket of every stored key row

    def __len__(self) -> int:
        return len(self.item_offsets) - 1

    def with_params(self, params: Params) -> "SegmentIndex":
        """A view of this index that matches with other thresholds; ``params`` must agree on what
        shapes the keys and features (num_perm, rows, seed, min_segment_chars).  Shares the
        arrays, the store and the cache; meant for querying, not for adding items."""
        if params == self.params:
            return self
        self._ensure_sorted()
        view = copy.copy(self)
        view.params = params
        return view

    # -- building -------------------------------------------------------------------------
    def add(self, items: Iterable[Item]) -> None:
        batch: list[Item] = []
        for it in items:
            batch.append(it)
            if len(batch) >= _BATCH:
                self._add_batch(batch)
                batch = []
        if batch:
            self._add_batch(batch)

    def _add_batch(self, items: list[Item]) -> None:
        base = int(self.item_offsets[-1])
        features: list[str] = []
        gids: list[int] = []
        counts = []
        encoded: list[str] = []
        parts = self.norm.features_many([it.title for it in items], [it.body for it in items])
        least = self.params.min_segment_chars
        for title, segs in parts:
            encoded.append(encode_features(title, segs))
            counts.append(len(segs))
            for k, s in enumerate(segs):
                if s.weight >= least:
                    features.append(s.feature)
                    gids.append(base + k)
            base += len(segs)
        coded = bigram_codes(features)
        first_pos = len(self)
        self.store.append(items, encoded)
        if first_pos + len(items) <= _CACHE:
            # a small index (the items of one call) is queried at once: prepare them now, together
            for k, (it, prep) in enumerate(zip(items, prepare_many(parts, self.params, coded))):
                self._cache[first_pos + k] = (it, prep)
        self.item_offsets = np.concatenate([self.item_offsets, self.item_offsets[-1] + np.cumsum(counts)])
        sigs, rows = self.hasher.signatures_of_codes(coded[0], coded[1])
        if len(rows):
            self._keys.append(self.hasher.band_keys(sigs))
            self._gids.append(np.asarray(gids, dtype=np.int64)[rows])
        self._sorted_keys = None

    def add_arrays(self, item_offsets: np.ndarray, keys: np.ndarray, gids: np.ndarray) -> None:
        """Restore from persisted arrays (``keys`` unsorted [n, bands], ``gids`` [n])."""
        self.item_offsets = item_offsets.astype(np.int64)
        self._keys, self._gids = [keys], [gids.astype(np.int64)]
        self._sorted_keys = None

    def raw_arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        if len(self._keys) != 1:
            keys = np.concatenate(self._keys) if self._keys else np.zeros((0, self.hasher.bands), np.uint64)
            gids = np.concatenate(self._gids) if self._gids else np.zeros(0, np.int64)
            self._keys, self._gids = [keys], [gids]
        keys, gids = self._keys[0], self._gids[0]
        return self.item_offsets, keys, gids

    def _ensure_sorted(self) -> None:
        if self._sorted_keys is not None:
            return
        _, keys, gids = self.raw_arrays()
        bands = self.hasher.bands
        sk = np.empty((bands, len(keys)), dtype=np.uint64)
        sg = np.empty((bands, len(keys)), dtype=np.int32)
        for b in range(bands):
            order = np.argsort(keys[:, b], kind="stable")
            sk[b] = keys[order, b]
            sg[b] = gids[order]
        self._sorted_keys, self._sorted_gids = sk, sg
        self._block_bounds = None
        self._item_rows = None
        self._row_bounds = None

    # -- querying -------------------------------------------------------------------------
    def entries(self, positions: Sequence[int]) -> list[tuple[Item, Prepared]]:
        """Items at ``positions`` with their prepared form; cache misses are fetched in one call
        and prepared from their stored features (from the text only for stores without them)."""
        cache = self._cache
        missing = [p for p in dict.fromkeys(positions) if p not in cache]
        if missing:
            stored = []
            for pos, (it, data) in zip(missing, self.store.get_many(missing)):
                if data is None:
                    cache[pos] = (it, prepare(it.title, it.body, self.norm, self.params))
                else:
                    stored.append((pos, it, decode_features(data)))
            for (pos, it, _), prep in zip(stored, prepare_many([f for _, _, f in stored], self.params)):
                cache[pos] = (it, prep)
        out = []
        for p in positions:
            cache.move_to_end(p)
            out.append(cache[p])
        while len(cache) > max(_CACHE, len(positions)):
            cache.popitem(last=False)
        return out

    def prepared(self, pos: int) -> Prepared:
        return self.entries([pos])[0][1]

    def query(self, item: Item) -> tuple[Prepared, np.ndarray, np.ndarray]:
        """The item prepared for alignment, its band keys and the segment index of each key row."""
        segs = self.norm.segments(item.body)
        which = [k for k, s in enumerate(segs) if s.weight >= self.params.min_segment_chars]
        sigs, rows = self.hasher.signatures([segs[k].feature for k in which])
        seg_of_row = np.asarray(which, dtype=np.int64)[rows] if len(rows) else np.zeros(0, np.int64)
        return (prepare(item.title, item.body, self.norm, self.params, segs), self.hasher.band_keys(sigs),
                seg_of_row)

    def bucket_bounds(self, qkeys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Per (query row, band): the slice of that band's sorted column holding the same key."""
        self._ensure_sorted()
        lo = np.empty(qkeys.shape, dtype=np.int64)
        hi = np.empty(qkeys.shape, dtype=np.int64)
        for band in range(self.hasher.bands):
            col = self._sorted_keys[band]
            lo[:, band] = np.searchsorted(col, qkeys[:, band], "left")
            hi[:, band] = np.searchsorted(col, qkeys[:, band], "right")
        return lo, hi

    def formulaic(self, prepared: Prepared, qkeys: np.ndarray, seg_of_row: np.ndarray,
                  bounds: tuple[np.ndarray, np.ndarray] | None = None) -> frozenset[int]:
        """Short segments of the query that recur all over this index (formulaic openers and
        closers, 近日，××局召开××会): they may join a passage but do not make one."""
        if len(qkeys) == 0 or len(self) == 0:
            return frozenset()
        lo, hi = bounds if bounds is not None else self.bucket_bounds(qkeys)
        common = np.median(hi - lo, axis=1) >= self.params.common_bucket
        return frozenset(int(k) for k, c in zip(seg_of_row, common)
                         if c and prepared.segments[k].weight < self.params.common_short_chars)

    def candidates(self, qkeys: np.ndarray, exclude: set[int] = frozenset(),
                   exclude_id: str | None = None, skip_rows: np.ndarray | None = None,
                   bounds: tuple[np.ndarray, np.ndarray] | None = None,
                   seg_weights: np.ndarray | None = None) -> list[int]:
        """Item positions sharing an LSH bucket with the query, most bucket hits first.

        With ``seg_weights`` (the substance of the query segment of each key row) an item must
        share ``min_shared_segments`` different segments with the query, or one segment long
        enough to be a passage alone (``single_segment_chars``): a formulaic sentence that
        many items share (会议强调…, 国事访问 formulas) does not make each of them a candidate."""
        if len(qkeys) == 0 or len(self) == 0:
            return []
        lo, hi = bounds if bounds is not None else self.bucket_bounds(qkeys)
        cap = self.params.bucket_cap
        bands = np.arange(self.hasher.bands)
        # a bucket holding more than ``cap`` entries is a template sentence going round: it says
        # nothing about which item was copied, so it is skipped rather than truncated
        lengths = np.where(hi - lo > cap, 0, hi - lo)
        if skip_rows is not None and len(skip_rows):
            lengths[skip_rows] = 0
        lengths = lengths.ravel()
        total = int(lengths.sum())
        if total == 0:
            return []
        # every entry of every hit bucket, flattened: (band, position in that band's sorted column)
        band_of = np.repeat(np.broadcast_to(bands, qkeys.shape).ravel(), lengths)
        starts = np.repeat(lo.ravel() - np.cumsum(lengths) + lengths, lengths)
        gids = self._sorted_gids[band_of, starts + np.arange(total)]
        # rank by (query segment, band) hits: a copied sentence collides in most bands,
        # a merely similar one in few
        items = self._item_of_gid()[gids]
        uniq, hits = unique_counts(items)
        keep = hits >= self.params.min_hits
        if seg_weights is not None and self.params.min_shared_segments > 1:
            keep &= self._shared_enough(gids, uniq, lengths, seg_weights)
        uniq, hits = uniq[keep], hits[keep]
        order = [int(p) for p in uniq[np.lexsort((uniq, -hits))] if int(p) not in exclude]
        want = self.params.max_aligned
        if exclude_id is None:
            return order[:want]
        out: list[int] = []
        k = 0
        while len(out) < want and k < len(order):
            # ids are only known after fetching; a chunk a little larger than needed is one round trip
            chunk = order[k:k + want - len(out) + 2]
            k += len(chunk)
            out += [p for p, (it, _) in zip(chunk, self.entries(chunk)) if it.id != exclude_id]
        return out[:want]

    def _shared_enough(self, gids: np.ndarray, uniq: np.ndarray, lengths: np.ndarray,
                       seg_weights: np.ndarray) -> np.ndarray:
        """For each item of ``uniq`` (sorted): whether one of its sentences collides with one
        sentence of the query in ``min_hits`` bands (chance collisions of merely similar
        sentences are spread one band per pair), and the query sentences it collides with are
        ``min_shared_segments`` or more, or one of the strong ones is long enough to be a
        passage alone.  ``gids``: the entries, laid out as ``lengths`` per (row, band)."""
        params = self.params
        rows = np.repeat(np.arange(len(lengths)) // self.hasher.bands, lengths)
        span = int(gids.max()) + 1
        pair, hits = unique_counts(rows * span + gids)   # (query row, sentence) pairs
        row = pair // span
        cand = np.searchsorted(uniq, self._item_of_gid()[pair % span])
        strong = hits >= params.min_hits
        n = len(uniq)
        has_strong = np.bincount(cand[strong], minlength=n) > 0
        long_strong = np.bincount(cand[strong], weights=seg_weights[row[strong]] >= params.single_segment_chars,
                                  minlength=n) > 0
        rc = unique(cand * len(seg_weights) + row)   # (candidate, query row) once each
        segments = np.bincount(rc // len(seg_weights), minlength=n)
        return has_strong & ((segments >= params.min_shared_segments) | long_strong)

    def matches(self, item: Item, exclude: set[int] = frozenset(), exclude_id: str | None = None,
                formulaic_from: "SegmentIndex | None" = None) -> list[tuple[int, Item, PairMatch]]:
        """Aligned matches of ``item`` with indexed items; positions in ``exclude`` and items
        whose id is ``exclude_id`` (the item itself) are skipped.  Which segments are formulaic
        is judged from ``formulaic_from`` (default: this index)."""
        prepared, qkeys, seg_of_row = self.query(item)
        return self._matches(prepared, qkeys, seg_of_row, exclude, exclude_id, formulaic_from)

    def matches_at(self, pos: int, exclude: set[int] = frozenset(),
                   formulaic_from: "SegmentIndex | None" = None) -> list[tuple[int, Item, PairMatch]]:
        """:meth:`matches` of the indexed item at ``pos`` (itself excluded), from what the index
        already holds of it: its stored features and band keys are not computed again."""
        prepared, qkeys, seg_of_row = self.stored_query(pos)
        bounds = self._stored_bounds(pos) if len(qkeys) else None
        return self._matches(prepared, qkeys, seg_of_row, set(exclude) | {pos}, None, formulaic_from, bounds)

    def stored_query(self, pos: int) -> tuple[Prepared, np.ndarray, np.ndarray]:
        """What :meth:`query` returns for the item at ``pos``, read from the index."""
        _, keys, gids = self.raw_arrays()
        lo, hi = self._stored_rows(pos)
        return self.prepared(pos), keys[lo:hi], gids[lo:hi] - int(self.item_offsets[pos])

    def _item_of_gid(self) -> np.ndarray:
        """The item position of every global segment number."""
        n = int(self.item_offsets[-1])
        if self._item_of is None or len(self._item_of) != n:
            self._item_of = np.repeat(np.arange(len(self), dtype=np.int32), np.diff(self.item_offsets))
        return self._item_of

    def _stored_rows(self, pos: int) -> tuple[int, int]:
        """The key rows of the item at ``pos`` (gids ascend: items are added in order)."""
        if self._item_rows is None or len(self._item_rows) != len(self.item_offsets):
            self._item_rows = np.searchsorted(self.raw_arrays()[2], self.item_offsets).tolist()
        return self._item_rows[pos], self._item_rows[pos + 1]

    def _stored_bounds(self, pos: int, block: int = 256) -> tuple[np.ndarray, np.ndarray]:
        """:meth:`bucket_bounds` of the stored keys of ``pos``, looked up for ``block`` items at
        a time (the items after ``pos``, which are usually queried next)."""
        self._ensure_sorted()
        cached = self._block_bounds
        if cached is None or not cached[0] <= pos < cached[1]:
            last = min(pos + block, len(self))
            row0, row1 = self._stored_rows(pos)[0], self._stored_rows(last - 1)[1]
            cached = self._block_bounds = (pos, last, row0, *self.bucket_bounds(self.raw_arrays()[1][row0:row1]))
        lo, hi = self._stored_rows(pos)
        return cached[3][lo - cached[2]:hi - cached[2]], cached[4][lo - cached[2]:hi - cached[2]]

    def _all_stored_bounds(self) -> tuple[np.ndarray, np.ndarray]:
        """:meth:`bucket_bounds` of every stored key row ([rows, bands] int32 each, kept: 8 bytes
        a row and band), read off the sorted columns (a row's bucket is the run of equal keys its
        entry is in) instead of searched for."""
        self._ensure_sorted()
        if self._row_bounds is None:
            _, keys, gids = self.raw_arrays()
            n = len(keys)
            row_of = np.zeros(int(self.item_offsets[-1]), np.int64)   # key row of each global segment number
            row_of[gids] = np.arange(n)
            lo = np.empty((n, self.hasher.bands), np.int32)
            hi = np.empty((n, self.hasher.bands), np.int32)
            for band in range(self.hasher.bands if n else 0):
                new = changes(self._sorted_keys[band])
                starts = np.flatnonzero(new)
                run = np.cumsum(new) - 1
                rows = row_of[self._sorted_gids[band]]
                lo[rows, band] = starts[run]
                hi[rows, band] = np.append(starts[1:], n)[run]
            self._row_bounds = lo, hi
        return self._row_bounds

    def matches_all(self, formulaic_from: "SegmentIndex | None" = None,
                    group: int = 256) -> list[list[tuple[int, Item, PairMatch]]]:
        """:meth:`matches_at` of every indexed item, in order; the items of ``group`` queries
        are aligned together, and two items that are each other's candidates once, both ways
        (:func:`.align.align_both_ways`)."""
        own = formulaic_from is None or formulaic_from is self
        candidates: list[tuple[list[int], frozenset[int]]] = []
        for first in range(0, len(self), group):
            last = min(first + group, len(self))
            if own:
                candidates += self._candidates_block(first, last)
                continue
            for pos in range(first, last):
                prepared, qkeys, seg_of_row = self.stored_query(pos)
                bounds = self._stored_bounds(pos) if len(qkeys) else None
                candidates.append(self._candidates(prepared, qkeys, seg_of_row, {pos}, None, formulaic_from, bounds))
        out: list[list[tuple[int, Item, PairMatch]]] = []
        waiting: dict[tuple[int, int], dict] = {}   # (item, candidate) -> its segment matches, read off the other way
        for first in range(0, len(self), group):
            out += self._align_group(range(first, min(first + group, len(self))), candidates, waiting)
        return out

    def _align_group(self, positions: range, candidates: "list[tuple[list[int], frozenset[int]]]",
                     waiting: "dict[tuple[int, int], dict]") -> list[list[tuple[int, Item, PairMatch]]]:
        """The matches of the items at ``positions`` with their ``candidates``.  A pair of items
        each of which is a candidate of the other is aligned by the earlier one, both ways: the
        later one's side waits in ``waiting`` (aligned as usual when it was not read off)."""
        queries, reverse, plan = [], [], []
        # the group's items and candidates fetched once (those not in the cache prepared in one batch)
        needed = list(dict.fromkeys([*positions, *(c for pos in positions for c in candidates[pos][0])]))
        entry = dict(zip(needed, self.entries(needed)))
        for pos in positions:
            cands, formulaic = candidates[pos]
            entries = [entry[c] for c in cands]
            mutual = {c for c in cands if pos in candidates[c][0]}
            todo = [k for k, c in enumerate(cands) if not (c < pos and c in mutual)]
            queries.append((entry[pos][1], [entries[k][1] for k in todo], formulaic))
            reverse.append({n for n, k in enumerate(todo) if cands[k] > pos and cands[k] in mutual})
            plan.append((pos, cands, formulaic, entries, todo))
        aligned, backward = align_both_ways(queries, self.params, reverse)
        for (qi, n), best in backward.items():
            pos, cands, _, _, todo = plan[qi]
            waiting[cands[todo[n]], pos] = best
        found: list[list] = []
        late: list[tuple[int, int]] = []
        for qi, (pos, cands, formulaic, entries, todo) in enumerate(plan):
            matches: list = [None] * len(cands)
            for k, m in zip(todo, aligned[qi]):
                matches[k] = m
            for k in sorted(set(range(len(cands))) - set(todo)):
                best = waiting.pop((pos, cands[k]), None)
                if best is None:
                    late.append((qi, k))
                else:
                    matches[k] = match_from_best(queries[qi][0], entries[k][1], best, self.params, formulaic)
            found.append(matches)
        for qi, k in late:   # the other way round was not read off (a long pair, or nothing to compare)
            found[qi][k] = align_many(queries[qi][0], [plan[qi][3][k][1]], self.params, plan[qi][2])[0]
        return [[(c, other, m) for c, (other, _), m in zip(cands, entries, matches) if m is not None]
                for (_, cands, _, entries, _), matches in zip(plan, found)]

    def _candidates_block(self, first: int, last: int) -> list[tuple[list[int], frozenset[int]]]:
        """:meth:`_candidates` of the stored items ``first``..``last`` − 1 (each excluding
        itself, formulaic segments judged from this index), computed for all of them at once:
        the same buckets, counts, rules and order, in a few array operations."""
        params, bands = self.params, self.hasher.bands
        out: list[tuple[list[int], frozenset[int]]] = [([], frozenset()) for _ in range(first, last)]
        if len(self) == 0:
            return out
        self._ensure_sorted()
        _, keys, gids_all = self.raw_arrays()
        r0, r1 = self._stored_rows(first)[0], self._stored_rows(last - 1)[1]
        if r1 == r0:
            return out
        lo, hi = (b[r0:r1].astype(np.int64) for b in self._all_stored_bounds())
        row_gid = gids_all[r0:r1]
        item_of = self._item_of_gid()
        row_item = item_of[row_gid].astype(np.int64)
        row_seg = row_gid - self.item_offsets[row_item]
        preps = {pos: prep for pos, (_, prep) in zip(range(first, last), self.entries(list(range(first, last))))}
        weight = np.fromiter((preps[p].segments[k].weight for p, k in zip(row_item.tolist(), row_seg.tolist())),
                             np.int64, len(row_gid))
        size = hi - lo
        formulaic = (np.median(size, axis=1) >= params.common_bucket) & (weight < params.common_short_chars)
        lengths = np.where(size > params.bucket_cap, 0, size)
        lengths[formulaic] = 0
        common: dict[int, set[int]] = {}
        for q, k in zip((row_item[formulaic] - first).tolist(), row_seg[formulaic].tolist()):
            common.setdefault(q, set()).add(k)
        for q, ks in common.items():
            out[q] = ([], frozenset(ks))
        # rows with the same keys and substance (a sentence repeated) look up the same buckets:
        # each such class of rows is looked up once and counted as often as it occurs in each item
        cls, rep = _row_classes(keys[r0:r1], weight)
        lengths = lengths[rep].ravel()
        total = int(lengths.sum())
        if total == 0:
            return out
        band_of = np.repeat(np.tile(np.arange(bands), len(rep)), lengths)
        starts = np.repeat(lo[rep].ravel() - np.cumsum(lengths) + lengths, lengths)
        gids = self._sorted_gids[band_of, starts + np.arange(total)].astype(np.int64)
        span = int(gids.max()) + 1
        # (class, candidate sentence) with the bands they share
        link, link_hits = unique_counts(np.repeat(np.arange(len(rep) * bands) // bands, lengths) * span + gids)
        link_cls, link_item = link // span, item_of[link % span].astype(np.int64)
        n = len(self)
        # (class, query item) with its rows; each link joined with the occurrences of its class
        occ, occ_rows = unique_counts(cls * n + row_item)
        occ_cls, occ_item = occ // n, occ % n
        occ_start = np.searchsorted(occ_cls, np.arange(len(rep) + 1))
        per_link = occ_start[link_cls + 1] - occ_start[link_cls]
        joined = int(per_link.sum())
        j_link = np.repeat(np.arange(len(link)), per_link)
        j_occ = np.repeat(occ_start[link_cls] - np.cumsum(per_link) + per_link, per_link) + np.arange(joined)
        j_rows, j_hits, j_cls = occ_rows[j_occ], link_hits[j_link], link_cls[j_link]
        key = occ_item[j_occ] * n + link_item[j_link]
        pair = unique(key)                                        # (query, candidate)
        at = np.searchsorted(pair, key)
        hits = np.bincount(at, weights=j_rows * j_hits, minlength=len(pair)).astype(np.int64)   # entries in common
        keep = (hits >= params.min_hits) & (pair // n != pair % n)
        if params.min_shared_segments > 1:
            strong = j_hits >= params.min_hits
            has_strong = np.bincount(at[strong], minlength=len(pair)) > 0
            long_strong = np.bincount(at[strong], weights=weight[rep][j_cls[strong]] >= params.single_segment_chars,
                                      minlength=len(pair)) > 0
            # the query's rows linked to the candidate: each (pair, class) once, with its rows in the query
            pc = at * len(rep) + j_cls
            order = np.argsort(pc, kind="stable")
            once = order[changes(pc[order])]
            segments = np.bincount(at[once], weights=j_rows[once], minlength=len(pair))
            keep &= has_strong & ((segments >= params.min_shared_segments) | long_strong)
        pair, hits = pair[keep], hits[keep]
        query, cand = pair // n, pair % n
        order = np.lexsort((cand, -hits, query))
        query, cand = query[order], cand[order]
        rank = np.arange(len(query)) - np.searchsorted(query, query)   # place within its query
        take = rank < params.max_aligned
        for q, c in zip(query[take].tolist(), cand[take].tolist()):
            out[q - first][0].append(c)
        return out

    def _matches(self, prepared: Prepared, qkeys: np.ndarray, seg_of_row: np.ndarray, exclude: set[int],
                 exclude_id: str | None, formulaic_from: "SegmentIndex | None",
                 bounds: "tuple[np.ndarray, np.ndarray] | None" = None) -> list[tuple[int, Item, PairMatch]]:
        cands, formulaic = self._candidates(prepared, qkeys, seg_of_row, exclude, exclude_id, formulaic_from, bounds)
        if not cands:
            return []
        entries = self.entries(cands)
        found = align_many(prepared, [prep for _, prep in entries], self.params, formulaic)
        return [(pos, other, m) for pos, (other, _), m in zip(cands, entries, found) if m is not None]

    def _candidates(self, prepared: Prepared, qkeys: np.ndarray, seg_of_row: np.ndarray, exclude: set[int],
                    exclude_id: str | None, formulaic_from: "SegmentIndex | None",
                    bounds: "tuple[np.ndarray, np.ndarray] | None") -> tuple[list[int], frozenset[int]]:
        """Candidate positions for a query and its formulaic segments."""
        if bounds is None and len(qkeys) and len(self):
            bounds = self.bucket_bounds(qkeys)
        if formulaic_from is None or formulaic_from is self:
            formulaic = self.formulaic(prepared, qkeys, seg_of_row, bounds)
        else:
            formulaic = formulaic_from.formulaic(prepared, qkeys, seg_of_row)
        skip = np.flatnonzero(np.isin(seg_of_row, list(formulaic))) if formulaic else None
        weights = np.fromiter((prepared.segments[k].weight for k in seg_of_row.tolist()), np.int64, len(seg_of_row))
        return self.candidates(qkeys, exclude, exclude_id, skip, bounds, weights), formulaic
