"""The fast paths give what the plain ones give: vectorised alignment (also read both ways),
prefix filtering of long items, one-pass normalisation (of a whole batch), the NFKC shortcut,
buckets read off the sorted columns; and the candidate rule keeps formulas out."""
import random
import unicodedata

from xinxi_qc.crossdoc import Params, SegmentIndex, cross_findings
from xinxi_qc.crossdoc import align as align_mod
from xinxi_qc.crossdoc.align import align, align_batch, align_both_ways, match_from_best, prepare
from xinxi_qc.crossdoc.arrays import unique, unique_counts
from xinxi_qc.crossdoc.synth import Generator
from xinxi_qc.crossdoc.text import Normaliser, Segment, dice, nfkc, nfkc_lines, split_segments
from xinxi_qc.model import Item

import numpy as np
import pytest


def pairwise_best(a, b, floor):
    """The reference: every segment of ``a`` against every segment of ``b``, in order."""
    best = {}
    for i in a.eligible:
        top_j, top_s = -1, 0.0
        for j in b.eligible:
            s = dice(a.segments[i].grams, b.segments[j].grams)
            if s > top_s:
                top_j, top_s = j, s
        if top_s >= floor:
            best[i] = (top_j, top_s)
    return best


def corpus(n=40, seed=5):
    gen = Generator(seed)
    items = [gen.item(f"bg-{i}") for i in range(n)]
    for k in range(6):
        a, b, _, _ = gen.planted_pair(f"a-{k}", f"b-{k}", same_unit=k == 0)
        items += [a, b]
    return items


def test_align_batch_equals_pairwise_alignment():
    params = Params()
    norm = Normaliser(["高度重视"])
    preps = [prepare(it.title, it.body, norm, params) for it in corpus()]
    queries = [(p, preps, frozenset()) for p in preps[:20]]
    together = align_batch(queries, params)
    for (a, others, _), row in zip(queries, together):
        for b, m in zip(others, row):
            assert m == align(a, b, params)
            if m is not None:
                best = pairwise_best(a, b, params.segment_sim)
                assert {p.start for p in m.passages} <= {a.segments[i].start for i in best}


@pytest.mark.parametrize("dense_cells", [1 << 20, 0])   # 0: every pair prefix-filtered as two long items
def test_alignment_read_the_other_way_equals_aligning_the_other_way(monkeypatch, dense_cells):
    monkeypatch.setattr(align_mod, "_DENSE_CELLS", dense_cells)
    params = Params()
    norm = Normaliser(["高度重视"])
    preps = [prepare(it.title, it.body, norm, params) for it in corpus()]
    queries = [(p, preps[10:], frozenset()) for p in preps[:30]]
    forward, backward = align_both_ways(queries, params, [range(len(preps) - 10)] * 30)
    assert forward == align_batch(queries, params)
    read = 0
    for (qi, k), best in backward.items():
        a, b = queries[qi][0], queries[qi][1][k]
        assert best == pairwise_best(b, a, params.segment_sim)
        assert match_from_best(b, a, best, params, frozenset()) == align(b, a, params)
        read += bool(best)
    assert read >= 6 and len(backward) == 30 * (len(preps) - 10)


def test_long_items_are_prefix_filtered_with_the_same_result(monkeypatch):
    params = Params()
    norm = Normaliser()
    items = corpus(30, seed=9)
    long_a = Item("甲", "\n".join(it.body for it in items[:25]), id="x")
    long_b = Item("乙", "\n".join(it.body for it in items[10:] + items[:3]), id="y")
    a = prepare(long_a.title, long_a.body, norm, params)
    b = prepare(long_b.title, long_b.body, norm, params)
    for floor in (0.5, 0.75, 1.0):
        p = Params(segment_sim=floor)
        assert align_mod._best_long_both(a, b, floor) == (pairwise_best(a, b, floor), pairwise_best(b, a, floor))
        dense = align(a, b, p)
        monkeypatch.setattr(align_mod, "_DENSE_CELLS", 0)
        assert align(a, b, p) == dense
        monkeypatch.setattr(align_mod, "_DENSE_CELLS", 1 << 20)


def test_one_pass_segments_equal_segment_by_segment():
    norm = Normaliser(["高度重视", "在……的正确领导下"])
    text = ("2024年3月5日，西湖区三墩镇建成站点126个。\n在区委的正确领导下，各部门高度重视！"
            "ＡＢＣ全角１２３％；最高气温30℃…… 末尾没有句号")
    expected = [Segment(s, e, norm.feature(text[s:e])) for s, e in split_segments(text)]
    assert norm.segments(text) == expected


def test_batch_normalisation_equals_item_by_item():
    norm = Normaliser(["高度重视", "在……的正确领导下"])
    titles = ["西湖区三墩镇２０２４年工作", "标题\n分两行的高度重视", "", "全角　空格\xa0与组合字符e\u0301"]
    bodies = ["2024年3月5日，西湖区三墩镇建成站点126个。\n在区委的正确领导下，各部门高度重视！",
              "", "ＡＢＣ全角１２３％；最高气温30℃…… 末尾没有句号", "第二季度\xa0完成投资十二亿元。e\u0301。"]
    together = norm.features_many(titles, bodies)
    assert together == [(norm.feature(t), [Segment(s, e, norm.feature(b[s:e])) for s, e in split_segments(b)])
                        for t, b in zip(titles, bodies)]


def test_place_masking_equals_the_pattern():
    from xinxi_qc.crossdoc.text import _PLACE, _mask_places

    r = random.Random(4)
    chars = list("西湖区市县镇乡村省三墩△|0a，") + ["\n"]
    for _ in range(3000):
        t = "".join(r.choice(chars) for _ in range(r.randint(0, 14)))
        assert _mask_places(t) == _PLACE.sub("△", t)


def test_nfkc_line_by_line_equals_unicodedata():
    r = random.Random(2)
    chars = [chr(c) for c in range(0x20, 0x3400)] + ["\u0301", "\u3099", "\n", "\n"]
    for _ in range(2000):
        t = "".join(r.choice(chars) for _ in range(r.randint(1, 12)))
        assert nfkc_lines(t) == unicodedata.normalize("NFKC", t)


def test_stored_buckets_read_off_the_sorted_columns_equal_searched_ones():
    index = SegmentIndex(Params(), [])
    index.add(corpus(60, seed=3))
    _, keys, _ = index.raw_arrays()
    lo, hi = index._all_stored_bounds()
    expected_lo, expected_hi = index.bucket_bounds(keys)
    assert np.array_equal(lo, expected_lo) and np.array_equal(hi, expected_hi)
    assert (hi - lo > 1).any()   # some buckets shared


def test_candidates_of_a_block_equal_those_of_each_item_with_repeated_sentences():
    items = corpus(40, seed=4)
    # bodies repeating themselves and each other: rows with equal keys counted once per class
    items = [Item(it.title, (it.body + "\n") * (1 + k % 3) + items[(k * 7) % len(items)].body, id=f"r{k}")
             for k, it in enumerate(items)]
    index = SegmentIndex(Params(), [])
    index.add(items)
    block = index._candidates_block(0, len(index))
    found = 0
    for pos in range(len(index)):
        prepared, keys, seg_of_row = index.stored_query(pos)
        assert block[pos] == index._candidates(prepared, keys, seg_of_row, {pos}, None, None, None)
        found += len(block[pos][0])
    assert found > len(index)


def test_nfkc_shortcut_equals_unicodedata():
    r = random.Random(1)
    chars = [chr(c) for c in range(0x20, 0x3400)] + [chr(c) for c in range(0xFE00, 0x10000)] + ["\u0301", "\u3099"]
    for _ in range(3000):
        t = "".join(r.choice(chars) for _ in range(r.randint(1, 10)))
        assert nfkc(t) == unicodedata.normalize("NFKC", t)


def test_sort_based_unique():
    a = np.array([5, 3, 5, 1, 3, 3], dtype=np.int64)
    assert unique(a).tolist() == [1, 3, 5]
    values, counts = unique_counts(a)
    assert values.tolist() == [1, 3, 5] and counts.tolist() == [1, 3, 2]
    assert unique(a[:0]).tolist() == [] and unique_counts(a[:0])[0].tolist() == []


FORMULA = "会议强调，要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，推动高质量发展。"


def test_one_shared_formula_makes_no_candidate_two_shared_sentences_do():
    gen = Generator(11)
    items = []
    for k in range(8):   # eight units, each with its own text and the same formula sentence
        it = gen.item(f"f-{k}")
        items.append(Item(it.title, it.body + "\n" + FORMULA, id=it.id, unit=it.unit))
    index = SegmentIndex(Params(), [])
    index.add(items)
    prepared, keys, seg_of_row = index.stored_query(0)
    cands, _ = index._candidates(prepared, keys, seg_of_row, {0}, None, None, None)
    assert cands == []
    # a second shared sentence (another unit copying a measure) makes a candidate and a finding
    shared = "区城管局每周对分类投放点开展暗访检查，通报问题点位并限期整改，整改率达到百分之九十以上。"
    items[3] = Item(items[3].title, items[3].body + "\n" + shared, id="f-3", unit=items[3].unit)
    items[5] = Item(items[5].title, shared + "\n" + items[5].body, id="f-5", unit=items[5].unit)
    found = cross_findings(items, stock_phrases=[])
    assert any(f.extra["other_id"] == "f-5" for f in found[3])
    assert not any(found[k] for k in (0, 1, 2, 4, 6, 7))
