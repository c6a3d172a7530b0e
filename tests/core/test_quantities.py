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
    ("抽检样品52份", "抽检大米样品31份、食用油样品21份。"),
    ("日均客流超1200人次", "日均客流1219人次。"),
    ("覆盖率七成八", "覆盖率78%。"),
    ("收缴火种120余件", "共收缴火种126件。"),
    ("新增就业近2万人", "新增就业19360人。"),
    # a lower bound on a total: the parts add up to just above it
    ("已建成绿色矿山超5100家", "全国已建成1054家国家级绿色矿山、4055家省级绿色矿山。"),
])
def test_agreeing_title_figures(title, body):
    assert supported(_claim(title), _body(body), listed_together=[_body(body)])


@pytest.mark.parametrize("title,body", [
    ("新修农村公路超500公里", "今年新修农村公路386公里。"),
    ("吸纳游客超万人次", "国庆期间共接待游客4700余人次。"),
    ("漏检率降至2%以下", "抽查漏检率由5.1%降至2.7%。"),
    ("参训干部1500人", "全县参训干部1132人。"),
    # parts that do not reach the bound do not make the total; nor do a total and a part in two sentences
    ("已建成绿色矿山超5100家", "全国已建成1054家国家级绿色矿山、2300家省级绿色矿山。"),
    ("前三季度接待游客突破1亿人次", "前三季度累计接待游客8760万人次。天水湾市接待游客2310万人次，居首位。"),
])
def test_contradicted_title_figures(title, body):
    assert not supported(_claim(title), _body(body), listed_together=[_body(s) for s in body.split("。") if s])
