"""Boundary cases found in stop 39's reading of W306–W309 (held out through stop 38) and of the new
writers, each with the flag it must still raise, written fresh in the shape the writers used."""
import pytest

from xinxi_qc.analysis.entities import find_named


@pytest.mark.parametrize("opened,flag", [
    ("已在全县38所中小学中的17所开设流动分馆", True),   # half of them is no 全覆盖
    ("已在全县38所中小学全部开设流动分馆", False),
])
def test_title_mismatch_all_covered_against_a_part_opened(run, opened, flag):
    body = (f"截至9月底，溪口县图书馆{opened}，其中今年新开6所。\n"
            "分馆由学校提供场地、图书馆统一配书，每月轮换图书300册，学生凭校园卡借阅。")
    assert bool(run("溪口县图书馆流动分馆实现全县中小学全覆盖", body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("settled,flag", [
    ("受理劳动争议126件，调解成功97件", True),    # 300余起 stands on none of them (318 is a count of visits)
    ("受理劳动争议346件，调解成功312件", False),   # the same count, in 件
])
def test_title_mismatch_a_count_of_incidents_in_another_measure_word(run, settled, flag):
    body = (f"今年1-9月，河湾区劳动人事争议调解中心在区人民法院设立诉调对接工作室，共接待来访咨询318人次，{settled}，"
            "平均调解周期由原来的45天缩短到18天。\n"
            "工作室由2名专职调解员和1名法官助理轮流坐班，调解不成的当场引导立案。")
    assert bool(run("河湾区“诉调对接”化解劳动争议300余起", body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("text", [
    "利用产业园区配套用地建设宿舍型保障性租赁住房",
    "镇里利用村部、学校闲置房屋建设老年食堂",
])
def test_what_is_put_to_use_is_no_place(text):
    assert not [s.text for s in find_named("body", text) if s.text.startswith("利用")]


def test_title_mismatch_a_verb_before_an_industrial_park(run):
    body = ("青川高新区将工业项目配套用地占比上限由7%提高到15%，集中建设宿舍型保障性租赁住房，首个项目智造园蓝领公寓"
            "今年2月投入使用，提供宿舍1200间，截至5月底入住率96%。")
    assert not run("青川高新区利用产业园区配套用地建蓝领公寓 首批1200间入住率达96%", body, rule="title-mismatch")


@pytest.mark.parametrize("closing,flag", [
    ("培训结束时，县委宣传部向参训人员发放了学习资料。", True),        # what every attendee took home
    ("培训结束后，县委宣传部向12家无证经营的书店发放了整改通知书。", False),   # what the training led to
])
def test_dynamic_only_papers_handed_out_at_a_training(run, closing, flag):
    body = ("10月15日至16日，石渠县委宣传部举办全县出版物发行从业人员培训班，全县书店、报刊亭负责人及乡镇文化站工作人员共98人参加培训。\n"
            "培训班邀请市文化市场综合行政执法支队副支队长讲解《出版管理条例》，县委宣传部副部长在开班时讲话，要求各经营单位依法经营。\n"
            f"{closing}")
    assert bool(run("石渠县举办出版物发行从业人员培训班", body, rule="dynamic-only")) is flag
