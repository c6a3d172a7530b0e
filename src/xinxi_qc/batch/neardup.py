"""Near-duplicate clusters across units, for the report.

Two swappable functions: :func:`signature` runs in the worker next to the checker and returns a
small JSON-able value; :func:`find_clusters` groups the signatures once the batch is done.
Signatures come from ``xinxi_qc.crossdoc``'s vectorised MinHash (character bigrams of the whole
body, punctuation and spaces removed); grouping uses datasketch's LSH. To be replaced by a
crossdoc clustering API once one exists.
"""
from __future__ import annotations

import base64
import re
from dataclasses import dataclass
from typing import Iterable, Iterator, Sequence

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


def iter_cross_unit(clusters: Iterable[Cluster]) -> Iterator[Cluster]:
    return (c for c in clusters if len(c.units) > 1)
