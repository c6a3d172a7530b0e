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
    # an amount cut short, not rounded: 412亿 for 412.6亿
    ("集中开工项目总投资412亿元", "本次集中开工项目58个，总投资412.6亿元。"),
    # what a whole leaves after a part, when one sentence gives just those two
    ("82名司索工无证上岗", "68家企业共有司索工213人，持证的仅131人。"),
    # the rest of a share, to the decimal
    ("食品安全抽检总体合格率98.1%", "共完成监督抽检5836批次，总体不合格率1.9%。"),
])
def test_agreeing_title_figures(title, body):
    assert supported(_claim(title), _body(body), listed_together=[_body(body)], same_paragraph=[_body(body)])


@pytest.mark.parametrize("title,body", [
    ("新修农村公路超500公里", "今年新修农村公路386公里。"),
    ("吸纳游客超万人次", "国庆期间共接待游客4700余人次。"),
    ("漏检率降至2%以下", "抽查漏检率由5.1%降至2.7%。"),
    ("参训干部1500人", "全县参训干部1132人。"),
    # parts that do not reach the bound do not make the total; nor do a total and a part in two sentences
    ("已建成绿色矿山超5100家", "全国已建成1054家国家级绿色矿山、2300家省级绿色矿山。"),
    ("前三季度接待游客突破1亿人次", "前三季度累计接待游客8760万人次。天水湾市接待游客2310万人次，居首位。"),
    # cutting short goes no further than a tenth, and never for a rate
    ("农户户均增收2万元", "经营民宿的农户户均增收1.72万元。"),
    ("工业增加值增长8%", "全市规上工业增加值增长6.8%，高新区增长8.7%。"),
    ("18项指标进入全省前三", "参评的20项指标中，11项进入全省前三，其中2项排名第一。"),   # three counts: no difference
    ("肉牛养殖户亏损面超过六成", "调查的320户中，亏损户占37.2%。"),   # no complement for a bound
])
def test_contradicted_title_figures(title, body):
    paragraphs = [_body(p) for p in body.split("\n")]
    assert not supported(_claim(title), _body(body), listed_together=[_body(s) for s in body.split("。") if s],
                         same_paragraph=paragraphs)


def test_parts_add_up_only_within_a_paragraph_and_never_per_head():
    body = "对改造达标的民宿每间客房补助3000元。\n经营民宿的农户户均增收1.2万元，村集体收入18万元。"
    paragraphs = [_body(p) for p in body.split("\n")]
    assert not supported(_claim("民宿户均增收2万元"), _body(body), same_paragraph=paragraphs, per_head=True)
    assert not supported(_claim("民宿带动增收1.5万元"), _body(body), same_paragraph=paragraphs)
    listed = "一是8个县区有5.1亿元资金滞留。二是3个县区将1.2亿元挪作他用。"
    assert supported(_claim("审计发现6.3亿元闲置或挪用"), _body(listed), same_paragraph=[_body(listed)])


def test_paired_livestock_units_and_a_full_hundred_per_cent():
    livestock = "共免疫牛1.2万头、羊10.4万只，应免畜全部免疫。"
    assert supported(_claim("春季动物防疫完成应免畜11.6万头只"), _body(livestock), same_paragraph=[_body(livestock)])
    # 100% is all of it: 99.6% is not, though it rounds to it
    assert not supported(_claim("全县义务教育巩固率达100%"), _body("全县义务教育巩固率99.6%，尚有9名学生未返校。"))
    assert supported(_claim("全县义务教育巩固率达100%"), _body("全县义务教育巩固率100%。"))


def test_a_zero_agrees_with_zero_only():
    from xinxi_qc.analysis.quantities import Quantity, agrees
    zero = Quantity(0.0, "起", "exact", 1.0)
    assert agrees(zero, 0.0) and not agrees(zero, 1.0)


@pytest.mark.parametrize("title,body,agree", [
    # 超/逾/突破 X is just past X: up to the next step of its leading digit
    ("超800名渔民持证上岗", "共培训渔民1052人。", False),
    ("超800名渔民持证上岗", "共有826人取得证书。", True),
    ("研发机构覆盖率超六成", "有研发活动的企业占71.7%。", False),
    ("新增市场主体超千户", "新增市场主体1586户。", True),
    # 以上 and 上千 stay "at least"
    ("新增市场主体1000户以上", "新增市场主体2586户。", True),
])
def test_just_past_a_round_mark(title, body, agree):
    assert supported(_claim(title), _body(body)) is agree


def test_kilo_units_read_alike():
    # 120万千瓦 and 800千瓦 are both in 瓦; 千克 and 千米 as well
    assert (_claim("装机120万千瓦").unit, _claim("装机120万千瓦").value) == ("瓦", 1.2e9)
    assert (_claim("装机800千瓦").unit, _claim("装机800千瓦").value) == ("瓦", 8e5)
    assert _claim("亩产480公斤").unit == "公斤" and _claim("吞吐量超50万标箱").unit == "标箱"
    assert supported(_claim("新增装机1.2万千瓦"), _body("新增光伏装机12000千瓦。"))


def test_chinese_numerals_with_kilo_units_and_bounds_that_cannot_be_stepped():
    from xinxi_qc.analysis.quantities import Quantity, agrees
    assert _claim("新增装机一百二十万千瓦").value == _claim("新增装机120万千瓦").value == 1.2e9
    assert (_claim("收购八百千克").unit, _claim("收购八百千克").value) == ("克", 8e5)
    assert agrees(Quantity(float("inf"), "人", "past", 1.0), float("inf"))   # no crash on a number too large
    assert not agrees(Quantity(float("inf"), "人", "past", 1.0), 5.0)
