import sqlite3

import pytest

from xinxi_qc.crossdoc import ItemsSource, Params, add_to_index, build_index, cross_findings, is_index_file, load_index
from xinxi_qc.crossdoc.store import IndexFileError
from xinxi_qc.crossdoc.synth import Generator

from .conftest import write_jsonl


def small_archive(n_pairs=12, n_background=60, seed=3):
    gen = Generator(seed)
    items = [gen.item(f"bg-{i}") for i in range(n_background)]
    truth = {}
    for k in range(n_pairs):
        a, b, _, pb = gen.planted_pair(f"a-{k}", f"b-{k}", same_unit=k % 4 == 0)
        items += [a, b]
        truth[b.id] = pb
    gen.r.shuffle(items)
    return items, truth


def as_dicts(results):
    return [[f.to_dict() for f in fs] for fs in results]


def test_one_call_equals_item_by_item_against_index(tmp_path):
    items, truth = small_archive()
    path = tmp_path / "a.xqidx"
    build_index(items, path, Params(), ["高度重视", "精心组织"])
    index = load_index(path)
    together = cross_findings(items, stock_phrases=["高度重视", "精心组织"])
    one_by_one = [cross_findings([it], index)[0] for it in items]
    assert as_dicts(together) == as_dicts(one_by_one)
    # and the planted copies are actually found
    by_id = {it.id: fs for it, fs in zip(items, together)}
    for bid, t in truth.items():
        assert any(f.rule == t.rule and f.extra["other_id"] == t.source_id for f in by_id[bid]), bid


def test_index_roundtrip_and_add(tmp_path):
    items, _ = small_archive(n_pairs=4, n_background=10)
    path = tmp_path / "i.xqidx"
    assert build_index(items[:10], path, Params(), []) == 10
    assert is_index_file(path)
    assert add_to_index(path, items[10:]) == len(items) - 10
    index = load_index(path)
    assert len(index) == len(items)
    assert [index.store.get(k).body for k in range(len(items))] == [it.body for it in items]
    # identical results to an index built in one go
    path2 = tmp_path / "j.xqidx"
    build_index(items, path2, Params(), [])
    again = load_index(path2)
    assert (index.raw_arrays()[1] == again.raw_arrays()[1]).all()


def test_not_an_index(tmp_path):
    p = tmp_path / "x.jsonl"
    write_jsonl(p, [])
    assert not is_index_file(p)
    other_db = tmp_path / "other.sqlite"
    sqlite3.connect(other_db).execute("CREATE TABLE t (x)").connection.commit()
    assert not is_index_file(other_db)
    with pytest.raises(IndexFileError):
        load_index(other_db)


def test_failed_build_leaves_existing_file(tmp_path):
    path = tmp_path / "keep.xqidx"
    path.write_text("old")

    def broken():
        yield from small_archive(n_pairs=1, n_background=2)[0]
        raise RuntimeError("reader failed")

    with pytest.raises(RuntimeError):
        build_index(broken(), path, Params(), [])
    assert path.read_text() == "old"
    assert not (tmp_path / "keep.xqidx.tmp").exists()


def test_stored_features_give_the_same_findings_as_text(tmp_path):
    """Queries use the features stored at build time; an index without them (older files,
    where features come from the text) and an in-memory archive must give identical findings."""
    items, truth = small_archive(n_pairs=8, n_background=30, seed=5)
    archive = [it for it in items if it.id not in truth]
    queries = [it for it in items if it.id in truth] + archive[:5]
    phrases = ["高度重视", "精心组织"]
    path = tmp_path / "f.xqidx"
    build_index(archive, path, Params(), phrases)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM features").fetchone()[0] == len(archive)
    legacy = tmp_path / "legacy.xqidx"
    legacy.write_bytes(path.read_bytes())
    with sqlite3.connect(legacy) as conn:
        conn.execute("DROP TABLE features")
    stored, old = load_index(path), load_index(legacy)
    assert stored.store.has_features and not old.store.has_features
    expected = [as_dicts(cross_findings([q], ItemsSource(archive), stock_phrases=phrases)) for q in queries]
    assert [as_dicts(cross_findings([q], stored)) for q in queries] == expected
    assert [as_dicts(cross_findings([q], old)) for q in queries] == expected
    assert any(e != [[]] for e in expected), "the queries do share passages with the archive"


def test_add_to_index_without_features_table_mixes_both(tmp_path):
    items, _ = small_archive(n_pairs=6, n_background=20, seed=9)
    path = tmp_path / "m.xqidx"
    build_index(items[:20], path, Params(), [])
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TABLE features")
    add_to_index(path, items[20:])
    mixed = load_index(path)
    assert [d is None for _, d in mixed.store.get_many([0, 19, 20, len(items) - 1])] == [True, True, False, False]
    together = cross_findings(items, stock_phrases=[])
    assert as_dicts(together) == as_dicts([cross_findings([it], mixed)[0] for it in items])
