"""Near-duplicate clusters across units, for the report. Two collectors, the same
``clusters()`` and ``templates()``, fed in input order:

- :class:`CrossdocCollector` (default): ``xinxi_qc.crossdoc``'s segment index and its
  ``near_duplicate_clusters`` — the project's own definition, the same as ``xinxi-qc dedup``.
  Item texts go to a scratch SQLite store; the index keeps a few band keys per sentence.
  Fed each item as it is read (``add_item``), before it is checked, and told its row once
  it is (``set_row``).
- :class:`SignatureCollector` (``--near-dup fast``): one whole-body MinHash per item computed in
  the workers (:func:`signatures`, crossdoc's vectorised hasher) and single-pass leader
  clustering on datasketch's LSH — far cheaper on very large archives, cruder (no alignment).
  Fed each checked item with its record (``add(row, item, record)``).

``templates()``: passages (not whole items) copied by many units — template clusters
(:mod:`xinxi_qc.crossdoc.clusters`), each with its count and every copy; the crossdoc collector
only (whole-body signatures cannot see a passage), else None.  :func:`write_clusters_csv`
writes both kinds, one row per member, to clusters.csv.
"""
from __future__ import annotations

import base64
import csv
import re
import sqlite3
from pathlib import Path
from dataclasses import dataclass, replace
from typing import Any, Iterable, Iterator, Sequence

import numpy as np

NUM_PERM = 64
SEED = 1
THRESHOLD = 0.7
MIN_CHARS = 40
_NOISE = re.compile(r"[\s\u3000，。、；：？！“”‘’（）《》〈〉【】,.;:?!()\"'\-—…·]+")


@dataclass(frozen=True)
class Member:
    row: int
    unit: str
    title: str
    id: str


@dataclass(frozen=True)
class Cluster:
    members: tuple[Member, ...]

    @property
    def units(self) -> list[str]:
        return sorted({m.unit for m in self.members})


@dataclass(frozen=True)
class Copy:
    member: Member
    start: int     # the passage in this item's body
    end: int


@dataclass(frozen=True)
class Template:
    """A passage copied by many items: its representative and every copy (by row)."""

    id: str
    units: int                    # distinct units (an item without one counts as a unit of its own)
    passage: str
    representative: Member
    copies: tuple[Copy, ...]

    @property
    def count(self) -> int:
        return len(self.copies)

    @property
    def unit_names(self) -> list[str]:
        return sorted({c.member.unit for c in self.copies if c.member.unit})


_HASHER = None


def _hasher():
    global _HASHER
    if _HASHER is None:
        from xinxi_qc.crossdoc.minhash import Hasher

        _HASHER = Hasher(NUM_PERM, rows=4, seed=SEED)
    return _HASHER


def signatures(bodies: Sequence[str]) -> list[str | None]:
    """MinHash of each body's character bigrams as base64 of uint32 values; None for very short bodies.

    Vectorised over the whole list: call it once per chunk, not once per item.
    """
    texts = [_NOISE.sub("", b) for b in bodies]
    keep = [i for i, t in enumerate(texts) if len(t) >= MIN_CHARS]
    out: list[str | None] = [None] * len(bodies)
    if keep:
        sigs, rows = _hasher().signatures([texts[i] for i in keep])
        for sig, row in zip(sigs, rows):
            out[keep[row]] = base64.b64encode(sig.astype("<u4").tobytes()).decode()
    return out


def _decode(sig: str) -> np.ndarray:
    return np.frombuffer(base64.b64decode(sig), dtype="<u4").astype(np.uint64)


def find_clusters(rows: Iterable[tuple[Member, str]], threshold: float = THRESHOLD,
                  max_checks: int = 20) -> list[Cluster]:
    """Groups of >= 2 members whose bodies are near-duplicates (estimated Jaccard >= threshold).

    Single pass in input order (so the result does not depend on the engine): each item is compared
    with the first member (leader) of the clusters the LSH proposes, at most ``max_checks`` of them,
    and joins the most similar one, or leads a new cluster. The index holds leaders only, so a
    template sent by 5,000 units costs 5,000 comparisons, not 12.5 million.
    """
    from datasketch import LeanMinHash, MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    perms = MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32").permutations  # built once, not per item
    leaders: dict[int, LeanMinHash] = {}
    groups: dict[int, list[Member]] = {}
    for member, sig in rows:
        mh = LeanMinHash(MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32", hashvalues=_decode(sig),
                                    permutations=perms))
        best, best_sim = None, threshold
        for leader in sorted(lsh.query(mh))[:max_checks]:
            sim = mh.jaccard(leaders[leader])
            if sim >= best_sim and (best is None or sim > best_sim):
                best, best_sim = leader, sim
        if best is None:
            lsh.insert(member.row, mh)
            leaders[member.row] = mh
            groups[member.row] = [member]
        else:
            groups[best].append(member)
    clusters = [Cluster(tuple(g)) for g in groups.values() if len(g) > 1]
    clusters.sort(key=lambda c: (-len(c.units), -len(c.members), c.members[0].row))
    return clusters


def warm_up() -> None:
    """Import datasketch and build the permutations once, before worker processes are forked."""
    _hasher()


class SignatureCollector:
    """Spills each item's signature to a scratch SQLite file; clusters them at the end."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.unlink(missing_ok=True)
        self._db = sqlite3.connect(path)
        self._db.execute("CREATE TABLE sigs (row INTEGER PRIMARY KEY, unit TEXT, title TEXT, id TEXT, sig TEXT)")

    def add(self, row: int, item: Any, record: dict) -> None:
        if record.get("sig"):
            self._db.execute("INSERT INTO sigs VALUES (?,?,?,?,?)",
                             (row, item.unit or "", item.title[:80], str(item.id or row), record["sig"]))

    def _rows(self) -> Iterator[tuple[Member, str]]:
        self._db.commit()
        for row, unit, title, item_id, sig in self._db.execute("SELECT * FROM sigs ORDER BY row"):
            yield Member(row, unit, title, item_id), sig

    def clusters(self) -> list[Cluster]:
        return find_clusters(self._rows())

    def templates(self) -> None:
        return None   # whole-body signatures do not see a shared passage

    def close(self) -> None:
        self._db.close()
        self.path.unlink(missing_ok=True)


# Columns SQLiteStore reads and writes (xinxi_qc.crossdoc.store).
_STORE_TABLE = ("CREATE TABLE items (pos INTEGER PRIMARY KEY, id TEXT, unit TEXT, title TEXT NOT NULL, "
                "body TEXT NOT NULL, event_date TEXT, submitted TEXT, source TEXT)")


class CrossdocCollector:
    """Feeds items to a crossdoc SegmentIndex in batches (the thresholds of the ``[crossdoc]`` table,
    ``params``); :meth:`cross_findings` gives each item the findings ``xinxi-qc check`` gives it
    when checking all the items together, :meth:`clusters` the near-duplicate clusters
    (``near_duplicate_clusters``, as ``xinxi-qc dedup``), :meth:`templates` the template clusters."""

    BATCH = 512

    def __init__(self, path: Path, params: Any = None) -> None:
        from xinxi_qc.crossdoc import Params, SegmentIndex
        from xinxi_qc.crossdoc.lexicon import load_stock_phrases
        from xinxi_qc.crossdoc.store import SQLiteStore

        self.path = path
        path.unlink(missing_ok=True)
        self._db = sqlite3.connect(path)
        self._db.execute(_STORE_TABLE)
        self.index = SegmentIndex(params or Params(), load_stock_phrases(), SQLiteStore(self._db))
        self._buf: list = []
        self._rows: list[int] = []            # row in items.csv of the item at each position
        self._templates: list | None = None   # template_clusters(index), computed once
        self._within: list | None = None      # index.matches_all(), computed once (when cross_findings ran)

    def add_item(self, item: Any) -> int:
        """Add the next item read, checked or not; its position in the index (the number of
        items added before it)."""
        pos = len(self._rows)
        # The position rides in `source` (unused by matching) so clusters can be mapped back to rows.
        self._buf.append(replace(item, source=str(pos)))
        self._rows.append(0)
        if len(self._buf) >= self.BATCH:
            self._flush()
        return pos

    def set_row(self, pos: int, row: int) -> None:
        """The row in items.csv of the item at ``pos``; 0 (the default) for an item whose check
        failed (it is compared all the same, as ``check`` compares every item it read)."""
        self._rows[pos] = row

    def cross_findings(self) -> list[list]:
        """One list of ``boilerplate`` / ``duplicate-submission`` findings per item added, in order:
        what :func:`xinxi_qc.crossdoc.cross_findings` gives the same items without an archive
        (the path of ``xinxi-qc check`` with several items) — pairwise passages from
        ``matches_all``, template clusters and the item's places in them, ``build_findings`` —
        computed on this index, whose items stay on disk."""
        from xinxi_qc.crossdoc.clusters import cluster_refs
        from xinxi_qc.crossdoc.findings import build_findings

        self._flush()
        self._db.commit()
        n = len(self.index)
        if n < 2:   # check compares nothing for a single item
            return [[] for _ in range(n)]
        within = self._within = self.index.matches_all()   # kept for clusters()
        refs = cluster_refs(self.index, self._template_clusters())
        params, out = self.index.params, []
        for first in range(0, n, self.BATCH):
            positions = list(range(first, min(n, first + self.BATCH)))
            for pos, (item, _) in zip(positions, self.index.store.get_many(positions)):
                out.append(build_findings(item, [(o, m) for _, o, m in within[pos]], params, refs.get(pos, ())))
        return out

    def _template_clusters(self) -> list:
        from xinxi_qc.crossdoc.clusters import template_clusters

        if self._templates is None:
            self._flush()
            self._db.commit()
            self._templates = template_clusters(self.index)
        return self._templates

    def _flush(self) -> None:
        if self._buf:
            self.index.add(self._buf)
            self._buf = []

    def clusters(self) -> list[Cluster]:
        from xinxi_qc.crossdoc.dedup import near_duplicate_clusters

        self._flush()
        self._db.commit()
        out = []
        within, self._within = self._within, None
        for c in near_duplicate_clusters(self.index, within):
            members = [self._member(it) for it in c.items]
            out.append(Cluster(tuple(sorted(members, key=lambda m: m.row))))
        out.sort(key=lambda c: (-len(c.units), -len(c.members), c.members[0].row))
        return out

    def templates(self) -> list[Template]:
        out = []
        for c in self._template_clusters():
            items = [it for it, _ in self.index.store.get_many([m.pos for m in c.copies])]
            members = {m.pos: self._member(it) for m, it in zip(c.copies, items)}
            rep = next(it for m, it in zip(c.copies, items) if m.pos == c.rep)
            copies = sorted((Copy(members[m.pos], m.start, m.end) for m in c.copies), key=lambda k: k.member.row)
            out.append(Template(c.id, c.units, rep.body[c.rep_start:c.rep_end], members[c.rep], tuple(copies)))
        return out

    def _member(self, item: Any) -> Member:
        row = self._rows[int(item.source)]
        return Member(row, item.unit or "", item.title[:80], str(item.id or row))

    def close(self) -> None:
        self._db.close()
        self.path.unlink(missing_ok=True)


CLUSTER_FIELDS = ("kind", "cluster", "items", "units", "row", "id", "unit", "title", "representative",
                  "start", "end", "passage")


def cluster_rows(clusters: Sequence[Cluster] | None, templates: Sequence[Template] | None) -> Iterator[list]:
    """One row per member (:data:`CLUSTER_FIELDS`) of each template cluster (``kind`` template:
    where the passage is in that item; the passage itself on the representative's row) and of
    each near-duplicate cluster (``kind`` near-duplicate, numbered N1, N2, …)."""
    for t in templates or ():
        for c in t.copies:
            m, rep = c.member, c.member == t.representative
            yield ["template", t.id, t.count, t.units, m.row, m.id, m.unit, m.title, int(rep),
                   c.start, c.end, t.passage if rep else ""]
    for k, cl in enumerate(clusters or (), start=1):
        for m in cl.members:
            yield ["near-duplicate", f"N{k}", len(cl.members), len(cl.units), m.row, m.id, m.unit, m.title,
                   "", "", "", ""]


def write_clusters_csv(path: Path, clusters: Sequence[Cluster] | None, templates: Sequence[Template] | None) -> Path:
    """clusters.csv: :data:`CLUSTER_FIELDS`, then :func:`cluster_rows`."""
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(CLUSTER_FIELDS)
        w.writerows(cluster_rows(clusters, templates))
    return path


def make_collector(kind: str, out_dir: Path, params: Any = None):
    """``params``: the crossdoc thresholds (``[crossdoc]`` of the configuration) for ``crossdoc``."""
    if kind == "crossdoc":
        return CrossdocCollector(out_dir / ".neardup.sqlite", params)
    if kind == "fast":
        return SignatureCollector(out_dir / ".neardup.sqlite")
    return None
