"""Which corpus/independent writers ``xinxi-qc train`` reads: those ``training_writers.txt`` lists."""
import json

import pytest

from xinxi_qc.learn import eval_sources
from xinxi_qc.learn.training_writers import (LIST_NAME, WriterListError, parse_writer_list, training_files,
                                             writer_of)


def _write_items(folder, writer, n=2):
    rows = [{"id": f"{writer}-{k:03d}", "title": "县农机中心开展安全检查", "body": "3月2日，县农机中心检查拖拉机12台。",
             "type": "dynamic", "defects": [], "grade": 4, "writer": writer, "split": "dev"} for k in range(1, n + 1)]
    (folder / f"{writer.lower()}_items.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def test_ranges_single_writers_and_comments():
    text = "# trained on\nW5–W7\nW10  # one more\n\nW12-W13\n"
    assert parse_writer_list(text) == {"W5", "W6", "W7", "W10", "W12", "W13"}


@pytest.mark.parametrize("line", ["W9–W7", "5–7", "W5、W6", "writers W5"])
def test_a_line_it_cannot_read_is_named(line):
    with pytest.raises(WriterListError, match="第 2 行"):
        parse_writer_list(f"W1\n{line}\n")


def test_writer_of_a_file():
    from pathlib import Path

    assert writer_of(Path("corpus/independent/w326_items.jsonl")) == "W326"
    assert writer_of(Path("corpus/independent/notes.jsonl")) is None


def test_only_listed_writers_are_training_data_and_the_rest_are_named(tmp_path):
    for w in ("W5", "W6", "W12", "W100"):
        _write_items(tmp_path, w)
    (tmp_path / LIST_NAME).write_text("W5–W6\nW100\n", encoding="utf-8")
    chosen, others = training_files(tmp_path)
    assert [p.name for p in chosen] == ["w100_items.jsonl", "w5_items.jsonl", "w6_items.jsonl"]   # the folder's order
    assert others == ["W12"]


def test_a_listed_writer_without_a_file_stops_training(tmp_path):
    _write_items(tmp_path, "W5")
    (tmp_path / LIST_NAME).write_text("W5–W7\n", encoding="utf-8")
    with pytest.raises(WriterListError, match="W6、W7"):
        training_files(tmp_path)


def test_no_list_stops_training(tmp_path):
    _write_items(tmp_path, "W5")
    with pytest.raises(WriterListError, match="无法读取"):
        training_files(tmp_path)


def test_evaluate_says_which_dev_writers_are_training_data(tmp_path):
    for w in ("W5", "W6"):
        _write_items(tmp_path, w)
    (tmp_path / LIST_NAME).write_text("W5\n", encoding="utf-8")
    sources, notes = eval_sources.independent_sources(tmp_path)
    use = {s.path.name: s.note for s in sources}
    assert "也是模型的训练数据" in use["w5_items.jsonl"]
    assert "不是训练数据" in use["w6_items.jsonl"] and not notes


def test_the_shipped_list_names_every_writer_file_it_trains_on():
    folder = eval_sources.DEFAULT_INDEPENDENT
    chosen, _ = training_files(folder)
    assert chosen and all(writer_of(p) for p in chosen)
