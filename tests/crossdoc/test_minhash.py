import random

import numpy as np
from datasketch import MinHash

from xinxi_qc.crossdoc.minhash import Hasher, shingle_hash
from xinxi_qc.crossdoc.text import bigrams


def test_signatures_equal_datasketch_minhash():
    h = Hasher(num_perm=30, rows=3, seed=1)
    feats = ["智能垃圾回收站点0个|覆盖小区0个", "积分兑换制度", "x"]
    sigs, rows = h.signatures(feats)
    assert list(rows) == [0, 1]          # "x" has no bigram
    for row, f in zip(sigs, feats):
        m = MinHash(num_perm=30, seed=1, scheme="affine32", hashfunc=lambda v: v)
        m.update_batch([shingle_hash(g) for g in sorted(bigrams(f))])
        assert np.array_equal(row, m.hashvalues)


def test_band_keys_equal_only_for_equal_bands():
    h = Hasher(num_perm=30, rows=3)
    sigs, _ = h.signatures(["智能垃圾回收站点0个", "智能垃圾回收站点0个", "完全不同的一句话内容"])
    keys = h.band_keys(sigs)
    assert keys.shape == (3, 10)
    assert np.array_equal(keys[0], keys[1])
    assert not np.array_equal(keys[0], keys[2])


def test_permutations_equal_datasketch_without_importing_it():
    from xinxi_qc.crossdoc.minhash import affine32_permutations

    for num_perm, seed in ((30, 1), (64, 7), (128, 0)):
        a, b = MinHash(num_perm=num_perm, seed=seed, scheme="affine32").permutations
        mine = affine32_permutations(num_perm, seed)
        assert np.array_equal(mine[0], np.asarray(a, dtype=np.uint32))
        assert np.array_equal(mine[1], np.asarray(b, dtype=np.uint32))


def test_signatures_of_distinct_codes_equal_signatures_of_features():
    from xinxi_qc.crossdoc import minhash
    from xinxi_qc.crossdoc.align import bigram_codes

    h = Hasher(num_perm=30, rows=3, seed=1)
    # repeated bigrams, a feature without any, and more hashes than one piece of the computation
    r = random.Random(3)
    feats = ["智能垃圾回收站点0个|覆盖小区0个|智能垃圾", "x", "积分兑换制度积分兑换"]
    feats += ["".join(chr(r.randint(0x4E00, 0x4FFF)) for _ in range(r.randint(2, 300))) for _ in range(60)]
    codes, owner, _ = bigram_codes(feats)
    assert len(codes) > minhash._ROWS
    sigs, rows = h.signatures_of_codes(codes, owner)
    expected_sigs, expected_rows = h.signatures(feats)
    assert rows.tolist() == expected_rows.tolist() == [0] + list(range(2, len(feats)))
    assert np.array_equal(sigs, expected_sigs)
