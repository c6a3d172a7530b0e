"""Title figures against body figures, as an editor reads them (rounding, bounds, sums)."""
import pytest

from xinxi_qc.analysis.figures import find_figures
from xinxi_qc.analysis.quantities import chinese_number, quantities, supported


def _claim(title):
    (span, q), = quantities(title, find_figures("title", title))
    return q


def _body(body):
    return [q for _, q in quantities(body, find_figures("body", body))]


@pytest.mark.parametrize("text,value", [("一千二百", 1200), ("十二", 12), ("两", 2), ("万", 10000), ("三点五", 3.5)])
def test_chinese_numbers(text, value):
    assert chinese_number(text) == value


@pytest.mark.parametrize("title,body", [
    ("全县1100余人参加培训", "全县共有1132人参加培训。"),
    ("合格率21%", "抽检合格率20.7%。"),
    ("抽检样品46份", "抽检种子样品29份、化肥样品17份。"),
    ("日均客流超1200人次", "日均客流1219人次。"),
    ("覆盖率七成八", "覆盖率78%。"),
    ("收缴火种120余件", "共收缴火种126件。"),
    ("新增就业近2万人", "新增就业19360人。"),
])
def test_agreeing_title_figures(title, body):
    assert supported(_claim(title), _body(body))


@pytest.mark.parametrize("title,body", [
    ("新建高标准农田超10万亩", "今年新建高标准农田6.2万亩。"),
    ("带动新增就业超万人", "带动新增就业3200余人。"),
    ("损失率降至1%以下", "玉米机收损失率由3.2%降至1.6%。"),
    ("参训干部1500人", "全县参训干部1132人。"),
])
def test_contradicted_title_figures(title, body):
    assert not supported(_claim(title), _body(body))
