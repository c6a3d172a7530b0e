"""A batch worker checks its chunk together and still isolates the item that fails."""
from dataclasses import replace
from datetime import date

from xinxi_qc.batch.worker import check_records, to_record
from xinxi_qc.config import Config, RuleSetting
from xinxi_qc.engine import check_item
from xinxi_qc.model import Item, Severity


def _items():
    return [Item("青川县完成河道清淤", "青川县完成河道清淤3.2公里，清理淤泥1.1万立方米。", id="a", submitted=date(2026, 11, 20)),
            Item("青川县召开防汛会议", "7月3日，青川县召开防汛工作会议，部署12个乡镇的防汛任务。", id="b", submitted=date(2026, 11, 20)),
            Item("临溪镇桃源村改造户厕", "临溪镇桃源村改造户厕560座，清理垃圾320吨。", id="c", submitted=date(2026, 11, 20))]


def test_records_as_check_item_gives_them():
    config = Config.default()
    assert check_records(_items(), config) == [to_record(check_item(i, config)) for i in _items()]


def test_a_failing_rule_gives_its_item_an_error_record(rule_failing_on):
    config = Config.default()
    rule = rule_failing_on("b")
    broken = replace(config, rules=config.rules + (rule,),
                     settings={**config.settings, rule.id: RuleSetting(True, Severity.INFO, {})})
    records = check_records(_items(), broken)
    assert records[1] == {"error": "检查失败：RuleFailure: 规则 breaks-on-b 运行出错：ValueError: 坏数据"}
    assert records[0] == to_record(check_item(_items()[0], broken))
    assert records[2] == to_record(check_item(_items()[2], broken))


def test_an_item_the_analysis_cannot_read_is_found_one_by_one():
    config = Config.default()
    items = _items()
    items[1] = Item("青川县召开防汛会议", "会议部署\ud800防汛任务。", id="b")   # a lone surrogate
    records = check_records(items, config)
    assert "error" in records[1] and records[1]["error"].startswith("检查失败：")
    assert records[0] == to_record(check_item(items[0], config))
