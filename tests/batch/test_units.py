"""The batch's pure pieces: cache keys, cache file, progress line, size estimate, near-duplicates."""
from __future__ import annotations

import io
from datetime import date

from xinxi_qc.batch import neardup
from xinxi_qc.batch.cache import ResultCache
from xinxi_qc.batch.fingerprint import item_key
from xinxi_qc.batch.progress import Progress, render
from xinxi_qc.batch.walk import estimate_total
from xinxi_qc.model import Item

from .conftest import GOOD, TEMPLATE, build_archive


def test_item_key_follows_content_and_config_not_location():
    a = Item("标题", "正文内容", unit="甲", event_date=date(2024, 1, 1), source="a.txt")
    assert item_key("cfg1", a) == item_key("cfg1", Item("标题", "正文内容", unit="甲", event_date=date(2024, 1, 1),
                                                       source="elsewhere/a.txt"))
    assert item_key("cfg1", a) != item_key("cfg2", a)
    assert item_key("cfg1", a) != item_key("cfg1", Item("标题", "正文内容。", unit="甲", event_date=date(2024, 1, 1)))
    assert item_key("cfg1", a) != item_key("cfg1", Item("标题", "正文内容", unit="甲", event_date=date(2024, 1, 2)))


def test_result_cache_persists_across_connections(tmp_path):
    path = tmp_path / "c.sqlite"
    c = ResultCache(path)
    c.put_many([(b"k1", {"score": 80}), (b"k2", {"score": 60})])
    c.close()
    c = ResultCache(path)
    assert c.get_many([b"k2", b"k3", b"k1"]) == {b"k1": {"score": 80}, b"k2": {"score": 60}}
    assert len(c) == 2
    c.close()


def test_progress_line_shows_count_rate_and_eta():
    line = render(done=50, total=100, elapsed=10.0, cached=5, errors=1)
    assert "50/100" in line and "50.0%" in line
    assert "5 条/秒" in line and "剩余 00:10" in line
    assert "缓存命中 5" in line and "错误 1" in line
    assert "用时" in render(done=7, total=None, elapsed=3.0, cached=0, errors=0)


def test_progress_writes_lines_when_not_a_terminal():
    clock = iter([0.0, 1.0, 40.0, 41.0]).__next__
    buf = io.StringIO()
    p = Progress(total=10, stream=buf, clock=clock, log_every=30.0)
    p.update(1, 0, 0)    # t=1: first draw
    p.update(5, 0, 0)    # t=40: 39 s later, drawn again
    p.finish()           # t=41
    lines = buf.getvalue().splitlines()
    assert len(lines) == 3 and "5/10" in lines[1]


def test_a_note_on_a_terminal_replaces_the_bar_line():
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    term = Terminal()
    p = Progress(total=10, stream=term, clock=iter([0.0, 1.0, 2.0, 3.0]).__next__)
    p.update(4, 0, 0)
    p.note("正在比对 …")   # mid-run: the bar is redrawn below the note
    p.update(6, 0, 0)
    shown = term.getvalue().split("\r")
    assert shown[2] == "\x1b[K正在比对 …\n" and "6/10" in shown[3]


def test_estimate_counts_documents_and_lines(tmp_path):
    counts = build_archive(tmp_path / "a")
    # 8 document files (3 broken) + 13 JSONL lines (1 malformed) + 4 CSV rows
    assert estimate_total([str(tmp_path / "a")]) == counts["good"] + counts["bad"]
    assert estimate_total(["-"]) is None


def test_near_duplicates_cluster_across_units_only_when_similar():
    bodies = [TEMPLATE.format(unit="城建局"), TEMPLATE.format(unit="交通局"), GOOD[0][1], GOOD[2][1], "太短了"]
    sigs = neardup.signatures(bodies)
    assert sigs[4] is None and all(sigs[:4])
    assert neardup.signatures(bodies[1:2]) == sigs[1:2]  # independent of the chunk it is computed in
    units = ["城建局", "交通局", "水利局", "水利局"]
    members = [(neardup.Member(i + 1, units[i], "t", str(i)), sigs[i]) for i in range(4)]
    clusters = neardup.find_clusters(members)
    assert [[m.row for m in c.members] for c in clusters] == [[1, 2]]
    assert clusters[0].units == ["交通局", "城建局"]
