from xinxi_qc.batch.settled import Settled


def test_each_entry_is_handed_out_once_and_an_interrupted_one_again(tmp_path):
    held = Settled(tmp_path / "settled.sqlite")
    held.add_many([("a", 1), ("b", 2), ("c", 3)])
    entries = iter(held)
    assert next(entries) == ("a", 1)
    assert next(entries) == ("b", 2)   # interrupted while "b" is written: "a" is taken, "b" is not
    entries.close()
    held.add_many([("d", 4)])
    assert len(held) == 3
    assert list(held) == [("b", 2), ("c", 3), ("d", 4)]
    assert list(held) == [] and len(held) == 0
    held.close()
    assert not (tmp_path / "settled.sqlite").exists()
