"""Boundary cases found in stop 29's writers (W102–W105 read after their held-out measurement, then
the new dev writers): each pair should flag / should pass, written fresh in the shape the writers used."""
import pytest

from xinxi_qc.analysis.figures import find_figures


CANTEEN = ("11月8日，安平县机关{name}完成节能改造并投入使用，是安平县第一个完成这类改造的机关食堂。"
           "改造投资92万元，屋顶安装光伏板40千瓦，燃气灶具全部更换为电磁灶。")
PORT = ("1-9月，青港港区完成集装箱吞吐量{value}万标箱，同比增长11.2%，其中外贸集装箱2.1万标箱。"
        "9月当月完成1.2万标箱，创单月新高。")
PAIRING = ("截至10月底，全县参与结对帮扶的民营企业达到241家，与156个行政村建立结对关系，占全县171个行政村的91.2%。"
           "{rest}个行政村主要为人口不足300人的山区小村，县工商联将结合村庄规划统筹安排。")
YEARBOOK = ("《青原年鉴（2025）》向142家供稿单位发出组稿通知，要求3月底前交稿。截至3月31日，按时交稿的96家，"
            "逾期交稿的46家，{rate}32.4%。")
CANTEENS = ("县机关事务服务中心走访了县内十个乡镇的机关食堂。十个乡镇食堂中，有{part}个日均就餐不足四十人，"
            "但都配备了两名以上专职厨师，人工成本占食堂支出的一半左右。")


@pytest.mark.parametrize("title,body,flag", [
    # 第一食堂 is a canteen's name, no first: the body's only first is the county's, not the province's
    ("全省首个县级机关节能食堂在安平县建成", CANTEEN.format(name="第一食堂"), True),
    ("全县首个县级机关节能食堂在安平县建成", CANTEEN.format(name="第一食堂"), False),
    # 首破10万 is past 10万: 9.62万 has not crossed it
    ("青港港区1-9月集装箱吞吐量首破10万标箱", PORT.format(value="9.62"), True),
    ("青港港区1-9月集装箱吞吐量首破10万标箱", PORT.format(value="10.3"), False),
    # 剩余15个未结对 says the 全覆盖 is not reached
    ("我县民营企业结对帮扶实现行政村全覆盖", PAIRING.format(rest="剩余15个未结对"), True),
    ("我县民营企业结对帮扶覆盖九成以上行政村", PAIRING.format(rest="剩余15个未结对"), False),
    # 逾期率 is the body's shorter name for the title's 逾期交稿率
    ("青原年鉴供稿单位逾期交稿率达32% 出版时间推迟两个月", YEARBOOK.format(rate="逾期率"), False),
    ("青原年鉴供稿单位逾期交稿率达32% 出版时间推迟两个月", YEARBOOK.format(rate="退改率"), True),
    # 七个日均就餐…: a count (七个) before 日均, not a date; 7 of 10 is 七成
    ("乡镇机关食堂“小而散” 七成日均就餐不足四十人", CANTEENS.format(part="七"), False),
    ("乡镇机关食堂“小而散” 九成日均就餐不足四十人", CANTEENS.format(part="七"), True),
])
def test_title_mismatch_firsts_thresholds_coverage_rates_and_shares(run, title, body, flag):
    assert bool(run(title, body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("text,figures", [
    ("有7个日均就餐不足50人的食堂", ["7个", "50人"]),
    ("其中七个日均就餐不足五十人", ["七个", "五十人"]),
    ("7月5日起，9时开门", []),
])
def test_a_count_before_a_word_that_starts_with_a_date_character(text, figures):
    assert [s.text for s in find_figures("body", text)] == figures
