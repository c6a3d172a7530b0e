"""check_each: check_item on each item, a chunk at a time and rule by rule within a chunk."""
import weakref
from dataclasses import replace
from datetime import date

from xinxi_qc import engine
from xinxi_qc.analysis.document import Document
from xinxi_qc.config import RuleSetting
from xinxi_qc.engine import RuleFailure, check_each, check_item
from xinxi_qc.model import Finding, Item, Severity


def _items(n):
    bodies = [
        "7月3日，青川县召开防汛工作会议，县长李明主持，部署12个乡镇的防汛任务。",
        "今年以来，全县各部门高度重视，精心组织，周密部署，扎实推进各项工作，取得明显成效。",
        "1-10月，临溪镇新增耕地860亩，桃源村流转土地1200亩，村集体增收36万元，同比增长12.5%。",
        "",
    ]
    return [Item(f"青川县第{k}项工作", bodies[k % len(bodies)], id=f"i{k}", submitted=date(2026, 11, 20))
            for k in range(n)]


def test_same_results_as_check_item_across_chunks(config, monkeypatch):
    monkeypatch.setattr(engine, "CHUNK", 3)   # several chunks and a short last one
    items = _items(8)
    cross = [() if k % 3 else (Finding("boilerplate", Severity.WARNING, "body", 0, 4, "与其他单位信息雷同", "改写"),)
             for k in range(8)]
    each = check_each(items, config, extra_findings=cross)
    one = [check_item(item, config, extra_findings=extra) for item, extra in zip(items, cross)]
    assert [r.to_dict() for r in each] == [r.to_dict() for r in one]
    assert any(f.rule == "boilerplate" for f in each[0].findings)


def test_a_failing_rule_fails_only_its_item(config, rule_failing_on):
    rule = rule_failing_on("i1")
    broken = replace(config, rules=config.rules + (rule,),
                     settings={**config.settings, rule.id: RuleSetting(True, Severity.INFO, {})})
    results = check_each(_items(3), broken)
    assert isinstance(results[1], RuleFailure)
    assert "breaks-on-i1" in str(results[1]) and "坏数据" in str(results[1])
    assert [r.item.id for r in (results[0], results[2])] == ["i0", "i2"]
    assert [r.to_dict() for r in (results[0], results[2])] == [check_item(i, config).to_dict()
                                                                for i in (_items(3)[0], _items(3)[2])]


def test_check_item_raises_the_failure(config, rule_failing_on):
    rule = rule_failing_on("i1")
    broken = replace(config, rules=config.rules + (rule,),
                     settings={**config.settings, rule.id: RuleSetting(True, Severity.INFO, {})})
    try:
        check_item(_items(2)[1], broken)
    except RuleFailure as exc:
        assert isinstance(exc.__cause__, ValueError)
    else:
        raise AssertionError("RuleFailure expected")


def test_no_items(config):
    assert check_each([], config) == []


def test_chunks_end_at_a_character_budget(config, monkeypatch):
    monkeypatch.setattr(engine, "CHUNK_CHARS", 60)   # a chunk of one or two of these items
    items = _items(7)
    assert [r.to_dict() for r in check_each(items, config)] == [check_item(i, config).to_dict() for i in items]
    assert list(engine._chunks(items))[0] == (0, 2) and all(b < e for b, e in engine._chunks(items))


def test_any_iterable_and_extras_of_another_length(config):
    assert [r.item.id for r in check_each(iter(_items(2)), config)] == ["i0", "i1"]
    try:
        check_each(_items(2), config, extra_findings=[()])
    except ValueError as exc:
        assert "extra_findings" in str(exc)
    else:
        raise AssertionError("ValueError expected")


def test_a_failure_keeps_its_traceback_as_text_and_makes_no_cycle(config, rule_failing_on):
    import gc

    rule = rule_failing_on("i1")
    broken = replace(config, rules=config.rules + (rule,),
                     settings={**config.settings, rule.id: RuleSetting(True, Severity.INFO, {})})
    check_each(_items(2), broken)   # lazy loading first
    gc.collect()
    before = {id(o) for o in gc.get_objects() if isinstance(o, Document)}   # held by other tests
    was = gc.isenabled()
    gc.disable()
    try:
        results = check_each(_items(2), broken)
        assert "坏数据" in results[1].details and "Traceback" in results[1].details
        failure = weakref.ref(results[1])
        del results
        # freed by reference counting alone: nothing ties it into a cycle (counting what gc.collect()
        # finds would also count garbage other tests' threads leave meanwhile)
        assert failure() is None
        assert not [o for o in gc.get_objects() if isinstance(o, Document) and id(o) not in before]
    finally:
        if was:
            gc.enable()
