"""The garbage collector is paused while front ends check items, and left as it was."""
import gc

import pytest

from xinxi_qc.analysis.document import Document
from xinxi_qc.cli.check import check_all
from xinxi_qc.collector import collector_paused
from xinxi_qc.engine import check_item
from xinxi_qc.model import Item


@pytest.fixture()
def collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    (gc.enable if was else gc.disable)()


def test_paused_inside_and_back_on_after(collector_on):
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_left_off_when_it_was_off(collector_on):
    gc.disable()
    with collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_back_on_after_an_error(collector_on):
    with pytest.raises(ValueError):
        with collector_paused():
            raise ValueError("规则出错")
    assert gc.isenabled()


def test_overlapping_uses_leave_it_on(collector_on):
    first, second = collector_paused(), collector_paused()
    first.__enter__()
    second.__enter__()          # a second request starts while the first runs
    first.__exit__(None, None, None)
    second.__exit__(None, None, None)
    assert gc.isenabled()


def test_check_all_checks_with_the_collector_off(config, collector_on, monkeypatch):
    import xinxi_qc.engine

    enabled_while_checking = []
    check_each = xinxi_qc.engine.check_each

    def spy(items, config, **kwargs):
        enabled_while_checking.append(gc.isenabled())
        return check_each(items, config, **kwargs)

    monkeypatch.setattr(xinxi_qc.engine, "check_each", spy)
    items = [Item("青川县召开防汛会议", "7月3日，青川县召开防汛工作会议，部署12个乡镇的防汛任务。", id="a"),
             Item("青川县完成河道清淤", "青川县完成河道清淤3.2公里，清理淤泥1.1万立方米。", id="b")]
    results = check_all(items, config, [])
    assert [r.item.id for r in results] == ["a", "b"]
    assert enabled_while_checking == [False]
    assert gc.isenabled()


def test_a_check_leaves_no_cycles_for_the_collector(config, collector_on):
    """Why pausing is safe: reference counting frees everything a check allocates."""
    item = Item("青川县1200名教师完成暑期培训",
                "7月10日至20日，青川县教育局组织全县1200名教师参加暑期培训，覆盖率达98%。\n"
                "培训由县教师进修学校承办，张明等12名骨干教师授课。")
    check_item(item, config)   # models and lexicons loaded first
    gc.collect()
    before = {id(o) for o in gc.get_objects() if isinstance(o, Document)}   # held by other tests
    with collector_paused():
        for _ in range(20):
            check_item(item, config)
        # no analysed document is left for the collector to free (counting what gc.collect() finds
        # would also count garbage other tests' threads leave meanwhile)
        left = [o for o in gc.get_objects() if isinstance(o, Document) and id(o) not in before]
    assert left == []


def test_the_web_form_and_api_check_with_the_collector_off(config, collector_on, monkeypatch):
    import xinxi_qc.engine
    from xinxi_qc.web.checking import check

    enabled_while_checking = []

    def spy(item, config, **kwargs):
        enabled_while_checking.append(gc.isenabled())
        return check_item(item, config, **kwargs)

    monkeypatch.setattr(xinxi_qc.engine, "check_item", spy)
    check(Item("青川县召开防汛会议", "7月3日，青川县召开防汛工作会议，部署12个乡镇的防汛任务。"), config)
    assert enabled_while_checking == [False]
    assert gc.isenabled()


def test_interleaved_threads_leave_it_on(collector_on):
    import sys
    import threading

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)   # switch threads as often as possible

    def work():
        for _ in range(5000):
            with collector_paused():
                pass

    try:
        threads = [threading.Thread(target=work) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(interval)
    assert gc.isenabled()
