"""MinHash signatures of segment features and their LSH band keys, vectorised with numpy.

The permutations are datasketch's own (``MinHash(scheme="affine32")``, drawn here the way it draws
them, so datasketch — 0.8 s to import — is not loaded to check items) and the arithmetic is
the same as ``MinHash.update_batch`` (MurmurHash3 finaliser, then ``a*h + b`` mod 2**32), so a
signature here equals ``datasketch.MinHash(...).hashvalues`` for the same shingle hashes
(checked in the tests); computing whole batches at once is what makes a 100,000-item index
affordable.
"""
from __future__ import annotations

import numpy as np

from .text import SEP

_SEP_CP = ord(SEP)
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)
_ROWS = 4096   # shingle hashes permuted at a time


def _fmix32(h: np.ndarray) -> np.ndarray:
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


def shingle_hash(bigram: str) -> int:
    """The 32-bit hash of one two-character shingle (scalar form of :meth:`Hasher._hashes`)."""
    ident = np.uint64((ord(bigram[0]) << 21) | ord(bigram[1]))
    with np.errstate(over="ignore"):
        return int((ident * _GOLDEN) >> np.uint64(32))


def affine32_permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """``datasketch.MinHash(num_perm=num_perm, seed=seed, scheme="affine32").permutations``:
    odd multipliers ``a`` and offsets ``b`` mod 2**32 from ``RandomState(seed)`` (tested equal)."""
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


class Hasher:
    def __init__(self, num_perm: int, rows: int, seed: int = 1):
        if num_perm % rows:
            raise ValueError("num_perm must be a multiple of rows")
        self.a, self.b = affine32_permutations(num_perm, seed)
        self.num_perm, self.rows, self.bands = num_perm, rows, num_perm // rows

    @staticmethod
    def _hashes(features: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """(32-bit shingle hashes, owning feature index) for all bigrams of ``features``."""
        joined = SEP.join(features) + SEP
        cps = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
        lens = np.fromiter((len(f) + 1 for f in features), dtype=np.int64, count=len(features))
        owner = np.repeat(np.arange(len(features), dtype=np.int64), lens)[:-1]
        left, right = cps[:-1], cps[1:]
        ok = (left != _SEP_CP) & (right != _SEP_CP)
        ident = (left[ok].astype(np.uint64) << np.uint64(21)) | right[ok].astype(np.uint64)
        with np.errstate(over="ignore"):
            h = ((ident * _GOLDEN) >> np.uint64(32)).astype(np.uint32)
        return h, owner[ok]

    def signatures(self, features: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """(signatures[n_with_shingles, num_perm] uint32, index into ``features`` of each row)."""
        if not features:
            return np.zeros((0, self.num_perm), np.uint32), np.zeros(0, np.int64)
        return self._min_hashes(*self._hashes(features))

    def signatures_of_codes(self, codes: np.ndarray, owner: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """:meth:`signatures` from the distinct bigram codes of the features (``ord(x) << 21 |
        ord(y)``, grouped by owning feature, as :func:`.align.bigram_codes` gives them): a
        minimum over a set is the same over its distinct members."""
        with np.errstate(over="ignore"):
            h = ((codes.astype(np.uint64) * _GOLDEN) >> np.uint64(32)).astype(np.uint32)
        return self._min_hashes(h, owner)

    def _min_hashes(self, h: np.ndarray, owner: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Per owner (``owner`` ascending): the minimum of each permutation of its hashes,
        computed ``_ROWS`` hashes at a time so that the [hashes, num_perm] products stay in cache."""
        if h.size == 0:
            return np.zeros((0, self.num_perm), np.uint32), np.zeros(0, np.int64)
        starts = np.flatnonzero(np.concatenate(([True], owner[1:] != owner[:-1])))
        pieces = np.searchsorted(starts, np.arange(_ROWS, len(h), _ROWS))   # owners starting a piece
        cuts = np.unique(np.concatenate(([0], pieces, [len(starts)])))
        sigs = np.empty((len(starts), self.num_perm), np.uint32)
        mixed = _fmix32(h)
        for g0, g1 in zip(cuts[:-1].tolist(), cuts[1:].tolist()):
            c0 = int(starts[g0])
            c1 = int(starts[g1]) if g1 < len(starts) else len(h)
            with np.errstate(over="ignore"):
                phv = mixed[c0:c1, None] * self.a[None, :] + self.b[None, :]
            sigs[g0:g1] = np.minimum.reduceat(phv, starts[g0:g1] - c0, axis=0)
        return sigs, owner[starts]

    def band_keys(self, sigs: np.ndarray) -> np.ndarray:
        """One 64-bit key per band: [n, bands] uint64."""
        s = sigs.astype(np.uint64).reshape(len(sigs), self.bands, self.rows)
        key = np.zeros((len(sigs), self.bands), dtype=np.uint64)
        with np.errstate(over="ignore"):
            for r in range(self.rows):
                key = (key ^ s[:, :, r]) * np.uint64(0x100000001B3)
                key ^= key >> np.uint64(29)
        return key
