"""Boundary cases found in stop 38's reading of W298–W301 (held out through stop 37) and of the new
writers, each with the flag it must still raise, written fresh in the shape the writers used."""
import pytest

from xinxi_qc.analysis.entities import find_named, names_from_entities


@pytest.mark.parametrize("text,name", [
    ("检查中发现，城区一家足浴中心将2台小型锅炉并联使用。", "城区一家足浴中心"),
    ("一位在江边经营茶楼的台商反映，消防验收材料迟迟办不下来。", "一位在江边经营茶楼的台商"),
    ("某县一家县直局以专班名义长期抽调下属单位人员。", "某县一家"),
    ("市水务局所属一家事业单位在空编仅1名的情况下申请招聘4名。", "所属一家事业单位"),
    ("借调人员主要出自市林业科学研究院、市城建档案馆。", "市林业科学研究院"),
    ("借调人员主要出自市林业科学研究院、市城建档案馆。", "市城建档案馆"),
])
def test_an_anonymised_case_or_a_levels_institute_is_named(text, name):
    assert name in [s.text for s in find_named("body", text)]


@pytest.mark.parametrize("text", ["全县共有事业单位312家。", "辖区企业普遍反映融资难。"])
def test_a_bare_kind_is_no_case(text):
    assert not find_named("body", text)


@pytest.mark.parametrize("text,word,tag", [
    ("由台办和教育部门建立常态化沟通机制。", "台办", "ORG"),        # every county has a 台办: no case
    ("台风期间有3个沿海街道出现无人调度的情况。", "沿海街道", "LOC"),   # the streets by the coast: a kind
])
def test_the_taggers_generic_body_or_kind_of_street_is_no_name(text, word, tag):
    start = text.index(word)
    assert not names_from_entities("body", [(word, tag, start, start + len(word))], text)


def test_the_taggers_named_street_is_a_name():
    text = "城南街道设立志愿者调度点。"
    assert names_from_entities("body", [("城南街道", "LOC", 0, 4)], text)


def test_a_street_named_after_a_district_is_still_a_name():
    text = "大连中山区人民路街道对辖区内200多家民宿进行巡查。"   # 中山|区人民路: the stem splits a word, yet names a street
    assert any(s.text.endswith("人民路街道") for s in find_named("body", text))


@pytest.mark.parametrize("where,flag", [
    ("及时畅通街道反映渠道", True),                   # 及时|畅通: no street named 时畅通
    ("在城南街道设立志愿者调度点", False),
])
def test_no_examples_a_verb_before_the_streets(run, where, flag):
    body = ("三季度，全市共开展志愿服务活动4860场，记录服务时长81.2万小时，同比增长12.6%。"
            f"针对台风期间志愿者到场后无人调度的情况，下一步将{where}。")
    assert bool(run("三季度全市志愿服务时长同比增长12.6%", body, rule="no-examples")) is flag


@pytest.mark.parametrize("received,flag", [
    ("接收捐赠款物折价864万元，同比增长9.8%", False),   # 收入 as 接收捐赠
    ("开展慈善项目23个，同比增加4个", True),
])
def test_title_mismatch_income_named_as_donations_received(run, received, flag):
    body = (f"1至6月，白沙区慈善分会{received}。\n"
            "从支出看，累计支出慈善款物512万元，其中大病救助208万元、助学支出126万元；支出项目较上年增加3个。")
    assert bool(run("白沙区上半年慈善收入同比增长9.8%", body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("body,flag", [
    # a list of estates, then the count of all of them: the whole's figure, not one estate's
    ("5月6日至9日，市场监管局河西分局共检查翠竹苑、南湖新村、棉纺宿舍等19个老旧小区电梯206台，发现隐患31处，当场责令停用4台。", False),
    ("5月6日至9日，市场监管局河西分局检查老旧小区电梯，其中南湖新村检查电梯206台，全区共检查电梯541台，当场责令停用4台。", False),
])
def test_title_mismatch_a_kind_of_area_is_no_jurisdiction(run, body, flag):
    assert bool(run("河西分局完成老旧小区电梯专项检查 206台电梯中4台被责令停用", body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("rate,flag", [
    ("持证率由年初的48%提高到86%，剩余未持证人员下半年组织补考", True),
    ("持证率由年初的48%提高到100%", False),
])
def test_title_mismatch_everyone_certified_against_the_rate(run, rate, flag):
    body = ("今年以来，临江县市场监管局把住宅电梯按小区划入42个监管网格，联合县职业技术学校开设培训班4期，培训物业人员162人。\n"
            f"截至5月底，全县住宅电梯安全管理员{rate}。")
    assert bool(run("临江县实现住宅电梯安全管理员全员持证上岗", body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("rest,flag", [
    ("尚未领取的187家单位大部分是乡镇中小学，原因是经办人员未完成电子证书认证。", True),
    ("证书可通过政务App下载和出示，在银行开户等12个场景可替代纸质证书。", False),
])
def test_title_mismatch_all_handed_out_against_those_not_collected(run, rest, flag):
    body = f"6月10日，市事业单位登记管理局通报法人电子证书发放进展，全市已向1983家事业单位发放法人电子证书。\n{rest}"
    assert bool(run("全市事业单位法人电子证书全部发放到位", body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("whole,title,flag", [
    ("同比下降17.4%", "上半年全市网络募捐额同比下降近四成", True),   # only 桂溪县's 36.5% comes near
    ("同比下降38.2%", "上半年全市网络募捐额同比下降近四成", False),   # the city's own figure
    ("同比下降17.4%", "上半年全市2个县网络募捐额同比下降近四成", False),   # said of the two counties
])
def test_title_mismatch_a_part_given_after_each(run, whole, title, flag):
    body = (f"上半年，全市慈善组织通过互联网募捐信息平台募集善款583万元，{whole}；上线项目51个。\n"
            "分区县看，城北区、城南区网络募款基本持平，柳江县、桂溪县分别下降43.8%和36.5%，两县今年均未组织集中网络募捐活动。")
    assert bool(run(title, body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("title,flag", [
    ("石门县慈善分会积极探索 慈善救助工作呈现新亮点", True),
    ("强化机构编制管理 助力基层治理提升", True),
    ("高坪镇“党建+客运”助力农村客运提质", False),
])
def test_title_vague_new_highlights_and_help_improve(run, title, flag):
    body = ("去年以来，县民政局每月向慈善分会推送新纳入救助的人员名单，慈善分会逐户电话回访，符合条件的直接启动救助。"
            "全年主动发现并救助困难家庭286户，占救助总户数的38%；重复救助由前年的47人次降为零。")
    assert bool(run(title, body, rule="title-vague")) is flag


@pytest.mark.parametrize("introduced,flag", [
    ("会上，青川县介绍了整合乡镇站所的做法，全县乡镇事业单位由原来的98家精简为34家。", False),   # a practice and its result
    ("会上，青川县介绍了整合乡镇站所的做法。", True),
])
def test_dynamic_only_a_meeting_hearing_an_establishment_cut(run, introduced, flag):
    body = ("8月2日，全市事业单位改革推进会在青川县召开。市委编办主任陈立新出席会议并讲话。\n"
            f"{introduced}与会人员现场察看了青川县桃源镇农业综合服务中心。\n"
            "会议要求，各县区在10月底前完成乡镇站所整合方案报批。")
    assert bool(run("全市事业单位改革推进会在青川召开", body, rule="dynamic-only")) is flag


@pytest.mark.parametrize("covered,flag", [
    ("全市6个县区实现病死畜禽集中无害化处理全覆盖", False),   # the body's own claim, for the whole city
    ("城东、城西2个区已实现病死畜禽集中无害化处理全覆盖，其余4个县尚未建成处理中心", True),
])
def test_title_mismatch_all_covered_that_the_body_claims_for_the_whole(run, covered, flag):
    body = (f"2024年9月，最后一座县级处理中心在柳溪县投入运行，{covered}。今年1-9月，全市集中收集处理病死猪3.9万头，同比增长15%。\n"
            "从各县区看，石门县、青峰县收集处理量与生猪出栏量的比值只有1.2%和1.5%，说明仍有相当一部分病死猪没有进入集中处理渠道。")
    assert bool(run("清河市病死畜禽无害化处理实现县区全覆盖 1-9月集中处理病死猪3.9万头", body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("title,flag", [
    ("北岭县开展清明森林防火专项督查 发现整改隐患48处", True),   # a count the body has nothing to stand on
    ("北岭县开展清明森林防火专项督查 要求发现隐患48小时内整改", False),   # a time limit a title may state
])
def test_title_mismatch_a_count_over_a_body_of_hardly_any_figure(run, title, flag):
    body = ("3月18日，北岭县召开清明节森林防火专项督查动员会，副县长李春华出席会议并讲话，县林业局、应急管理局和各乡镇分管负责同志参加会议。\n"
            "会议明确由县级领导带队，组成4个督查组分赴各乡镇开展督查。李春华要求，各督查组对发现的问题要当场交办、限期整改。")
    assert bool(run(title, body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("done,flag", [
    ("截至4月底已完成17公里", True),   # the 38公里 is the year's plan
    ("截至4月底已完成38公里", False),
])
def test_title_mismatch_a_plans_figure_with_what_is_done_so_far(run, done, flag):
    body = ("4月份，桦岭县森林防火工作转入春耕用火管控阶段，全县生态护林员累计巡护里程3.8万公里，上报隐患72条。\n"
            f"基础设施方面，全县今年计划新修防火通道38公里，{done}，大坪林区的12公里因征地协调尚未开工。")
    assert bool(run("桦岭县完成重点林区防火通道建设 新修通道38公里", body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("seasons,flag", [
    ("5", True),
    ("10", False),
])
def test_title_mismatch_a_streak_counted_in_fire_seasons(run, seasons, flag):
    body = (f"青龙山国有林场经营面积12.6万亩，与周边14个村林农交错。林场已连续{seasons}个防火期未发生森林火灾，"
            "2024—2025年度防火期内仅发生火情1起，过火面积0.03公顷。林场营造生物防火林带累计61公里，专业扑火队员42人。")
    assert bool(run("青龙山林场连续十年无森林火灾的“三道防线”", body, rule="title-mismatch")) is flag
