"""Boundary cases found in stop 31's held-out writers (W190–W193, read after their last held-out
measurement): false title-mismatch alarms on clean items, each with the flag it must still raise,
written fresh in the shape the writers used."""
import pytest

STAFF = ("近期，县纪委监委对全县乡镇纪委履职情况进行了调研。全县乡镇纪委共有在编纪检干部{whole}人，平均每个乡镇3.4人，"
         "其中专职从事纪检工作的仅有{part}人，其余人员同时承担乡村振兴、信访维稳等工作。去年自办案件中，给予警告以下处分的占78%。")


@pytest.mark.parametrize("title,body,flag", [
    # a precise share (47.5%) the body gives as a whole and its named part (61人…其中…29人), however far apart
    ("乡镇纪委办案力量不足 专职纪检干部仅占47.5%", STAFF.format(whole=61, part=29), False),
    ("乡镇纪委办案力量不足 专职纪检干部仅占47.5%", STAFF.format(whole=61, part=35), True),
    # a round share (三成) is not matched that far: two counts of a long sentence agree with it by chance
    ("乡镇纪委办案力量不足 专职纪检干部仅占三成", STAFF.format(whole=61, part=18), True),
])
def test_title_mismatch_a_precise_share_of_a_named_part(run, title, body, flag):
    assert bool(run(title, body, rule="title-mismatch")) is flag


WAGES = ("5月15日，青溪县人民法院对近两年涉农民工工资执行案件开展专题调研。调研显示，{since}全县法院共受理涉农民工工资执行案件"
         "276件，申请执行金额3460万元，实际执行到位2017万元，到位率仅58.3%。个人包工头作为被执行人的案件执行到位率仅为36.4%。")


@pytest.mark.parametrize("title,body,flag", [
    # 2022年以来 is the period up to now, not an earlier year's figure
    ("青溪县法院调研：农民工追薪案件执行到位率仅58.3%", WAGES.format(since="2022年以来"), False),
    ("青溪县法院调研：农民工追薪案件执行到位率仅58.3%", WAGES.format(since="2022年至今"), False),
    # an earlier year's figure still is not this year's
    ("青溪县法院调研：农民工追薪案件执行到位率仅58.3%", WAGES.format(since="2022年"), True),
])
def test_title_mismatch_a_period_since_a_year_is_not_an_earlier_year(run, title, body, flag):
    assert bool(run(title, body, rule="title-mismatch")) is flag


REORGANISATION = ("重整计划执行后，企业盘活土地、厂房和生产线等资产1.8亿元，解决土地证办理等难题14个，"
                  "今年3月一条生产线恢复生产，原有{kept}名职工全部留用。")


@pytest.mark.parametrize("title,body,flag", [
    # 保住岗位420个 is the 420名职工 kept: a count this exact is the same count by another measure word
    ("县法院推动一家停产企业重整 盘活资产1.8亿元、保住岗位420个", REORGANISATION.format(kept=420), False),
    ("县法院推动一家停产企业重整 盘活资产1.8亿元、保住岗位420个", REORGANISATION.format(kept=380), True),
    # a round hundred is too common a count to be the same by chance
    ("县法院推动一家停产企业重整 盘活资产1.8亿元、保住岗位400个", REORGANISATION.format(kept=400), True),
])
def test_title_mismatch_the_same_exact_count_by_another_measure_word(run, title, body, flag):
    assert bool(run(title, body, rule="title-mismatch")) is flag
