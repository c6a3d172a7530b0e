"""Near-duplicate clusters across units, for the report.

Two swappable functions: :func:`signature` runs in the worker next to the checker and returns a
small JSON-able value; :func:`find_clusters` groups the signatures once the batch is done.
Interim implementation on datasketch's MinHash/LSH until ``xinxi_qc.crossdoc`` provides the
project's own clustering API.
"""
from __future__ import annotations

import base64
import re
from dataclasses import dataclass
from typing import Iterable, Iterator

import numpy as np

NUM_PERM = 64
SHINGLE = 5
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


def _shingles(text: str) -> set[bytes]:
    text = _NOISE.sub("", text)
    return {text[i : i + SHINGLE].encode() for i in range(max(0, len(text) - SHINGLE + 1))}


def signature(title: str, body: str) -> str | None:
    """MinHash of the body's character 5-grams, base64 of uint32 values; None for very short bodies."""
    from datasketch import MinHash

    shingles = _shingles(body)
    if len(_NOISE.sub("", body)) < MIN_CHARS or not shingles:
        return None
    mh = MinHash(num_perm=NUM_PERM, seed=7, scheme="affine32")
    mh.update_batch(list(shingles))
    return base64.b64encode(mh.hashvalues.astype("<u4").tobytes()).decode()


def _decode(sig: str) -> np.ndarray:
    return np.frombuffer(base64.b64decode(sig), dtype="<u4").astype(np.uint64)


def find_clusters(rows: Iterable[tuple[Member, str]], threshold: float = THRESHOLD) -> list[Cluster]:
    """Groups of >= 2 members whose bodies are near-duplicates (estimated Jaccard >= threshold)."""
    from datasketch import LeanMinHash, MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    members: dict[int, Member] = {}
    hashes: dict[int, LeanMinHash] = {}
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for member, sig in rows:
        mh = LeanMinHash(MinHash(num_perm=NUM_PERM, seed=7, scheme="affine32", hashvalues=_decode(sig)))
        members[member.row] = member
        hashes[member.row] = mh
        parent[member.row] = member.row
        for other in lsh.query(mh):
            if mh.jaccard(hashes[other]) >= threshold:
                a, b = find(member.row), find(other)
                if a != b:
                    parent[max(a, b)] = min(a, b)
        lsh.insert(member.row, mh)

    groups: dict[int, list[Member]] = {}
    for row in members:
        groups.setdefault(find(row), []).append(members[row])
    clusters = [Cluster(tuple(sorted(g, key=lambda m: m.row))) for g in groups.values() if len(g) > 1]
    clusters.sort(key=lambda c: (-len(c.units), -len(c.members), c.members[0].row))
    return clusters


def iter_cross_unit(clusters: Iterable[Cluster]) -> Iterator[Cluster]:
    return (c for c in clusters if len(c.units) > 1)
