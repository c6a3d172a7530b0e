"""Boundary cases found in stop 32's reading of W210–W213 (held out through stop 31) and of the new
writers: false alarms on clean items, each with the flag it must still raise, written fresh in the
shape the writers used."""
import pytest

PETITIONS = ("一季度，全市各级信访部门共登记群众信访事项5126件，同比下降7.8%，其中网上信访3204件。"
             "从县区看，{county}受棚改项目影响，信访总量同比上升{rise}。")


@pytest.mark.parametrize("title,body,flag", [
    # a measure whose sentence opens on a county the title does not name is that county's, not the city's
    ("一季度全市信访总量同比下降7.8%", PETITIONS.format(county="石门县", rise="6.1%"), False),
    # without the county the 信访总量 is the whole city's, and it rose: a hint for a figure stated to the
    # digit, a fault for a round one
    ("一季度全市信访总量同比下降7.8%", PETITIONS.format(county="", rise="6.1%").replace("从县区看，受", "受"), "hint"),
    ("一季度全市信访总量同比下降8%", PETITIONS.format(county="", rise="6.1%").replace("从县区看，受", "受")
     .replace("7.8%", "8%"), "warning"),
])
def test_title_mismatch_a_measure_of_a_named_part(mismatch_level, title, body, flag):
    assert mismatch_level(title, body) == (flag or None)


MEETING = ("4月8日，石门县农业农村局召开夏粮收购工作推进会，分管副局长刘和平主持，各乡镇农技站负责人参加。"
           "{decided}"
           "{count}"
           "会议要求各乡镇4月20日前完成摸底，县局每周通报一次进度。")
SETTLED = "会上现场敲定了“订单收购”做法：对种植面积30亩以上的农户，由粮站与农户签订收购订单，约定品种、数量和保底价格。"
ASKED = "会议要求推行“订单收购”，由各粮站与种植大户对接，约定品种、数量和保底价格。"
COUNTED = "截至会议当天，东坪、南岭两个粮站已签订订单86份，涉及小麦430吨。"


@pytest.mark.parametrize("decided,count,flag", [
    # a practice the meeting settled and spelled out after a colon is substance; so is what was done
    # by the day of the meeting (截至会议当天 dates it, it narrates no meeting)
    (SETTLED, COUNTED, False),
    (ASKED, COUNTED, False),
    # a practice only asked for, with nothing done, is still the meeting's narration
    (ASKED, "", True),
    (ASKED, "会议通报了各乡镇的收购准备情况。", True),
])
def test_dynamic_only_a_settled_practice_and_what_was_done_by_the_meeting(run, decided, count, flag):
    body = MEETING.format(decided=decided, count=count)
    assert bool(run("石门县召开夏粮收购工作推进会", body, rule="dynamic-only")) is flag


FROST = ("11月20日，县农业农村局接到霜冻预警后，派出3名技术人员到{where}开展上门指导，建议加盖双层膜、夜间增温。"
         "当晚最低气温降至-3℃，{who}大棚作物未受冻害，挽回损失约40万元。")


@pytest.mark.parametrize("where,who,flag", [
    # one farm, base or station of a kind, placed by where it is, is an anonymised case
    ("城郊一家草莓种植园", "该种植园", False),
    ("县城东侧一个食用菌基地", "该基地", False),
    ("城区一家蔬菜配送驿站", "该驿站", False),
    # a plot of 宅基地 is no case, nor is every grower
    ("全县各蔬菜种植区", "全县", True),
    ("农户共用的一处宅基地", "全县", True),
])
def test_no_examples_one_farm_or_base_is_an_anonymised_case(run, where, who, flag):
    assert bool(run("县农业农村局上门指导防霜冻", FROST.format(where=where, who=who), rule="no-examples")) is flag


PARCELS = ("8月以来，区邮政管理局共受理快递服务投诉96件，其中“未经同意放驿站”的37件，占38.5%。"
           "核查发现，{who}长期不上门投递，包裹到站即点“签收”。建议把未经同意代签列为下阶段检查重点。")


@pytest.mark.parametrize("who,flag", [
    ("某品牌一名快递员", False),
    ("某品牌一位快递小哥", False),
    ("部分快递员", True),
])
def test_no_examples_one_worker_of_an_anonymised_firm(run, who, flag):
    assert bool(run("快递末端违规代签问题突出", PARCELS.format(who=who), rule="no-examples")) is flag


INDUSTRY = ("1—9月，全县规模以上工业增加值同比增长8.4%，增速高于全市1.6个百分点。"
            "从新动能看，规上高新技术产业增加值占比达到45.2%。但9月当月规上工业增加值{said}，主要受建材行业拖累。")


@pytest.mark.parametrize("said,flag", [
    # the growth slowed (增速…回落): the measure still grew, as the title says
    ("增速为5.2%，比8月回落2.1个百分点", False),
    ("增幅比上月收窄，回落1.3个百分点", False),
    # the measure itself fell (8.4% stated to the digit: a hint to check)
    ("同比下降2.3%", "hint"),
])
def test_title_mismatch_a_slower_growth_is_no_fall(mismatch_level, said, flag):
    body = INDUSTRY.format(said=said)
    assert mismatch_level("1—9月全县规上工业增加值同比增长8.4%", body) == (flag or None)


BRANCHES = ("9月，团县委完成对全县150个村团支部的调研。结果显示，全县村级团支部书记平均年龄38岁，超过35岁的有84人，占56%；"
            "由村“两委”委员兼任的{part}人，占{share}；近一年开展过组织生活的团支部仅有80个。"
            "其中{place}的这一比例为{other}。")


@pytest.mark.parametrize("part,share,place,other,flag", [
    # the share belongs to a name the title gives too (村“两委”委员): the title's own figure
    (45, "30%", "柘溪镇", "60%", False),
    # a share the body gives only to one town is still not the county's
    (84, "56%", "柘溪镇", "30%", True),
])
def test_title_mismatch_a_figure_of_a_name_the_title_gives(run, part, share, place, other, flag):
    body = BRANCHES.format(part=part, share=share, place=place, other=other)
    assert bool(run("全县村级团支部书记三成由村“两委”委员兼任", body, rule="title-mismatch")) is flag


SLOGAN_BODY = "今年以来，团县委在12个乡镇组建青年突击队38支，参与抢险和志愿服务2300人次。"


@pytest.mark.parametrize("title,flag", [
    # two slogan phrases; the tagger's 新时代 / 谱华章 are no names
    ("青春建功新时代 奋进争先谱华章", True),
    ("奋进新时代 建功新征程", True),
    # 新时代文明实践 is a programme, and a title with a measure of its own is concrete
    ("新时代文明实践站 开设周末课堂", False),
    ("团县委组建青年突击队 青春建功谱华章", False),
])
def test_title_vague_a_slogan_of_era_words(run, title, flag):
    assert bool(run(title, SLOGAN_BODY, rule="title-vague")) is flag


SURVEY = ("3月上旬，镇退役军人服务站对在外务工的退役军人开展问卷调查，收回有效问卷{whole}份。调查显示，{whole}人中常年在省外务工的"
          "121人，占{share}；近三年参加过镇村活动的只有19人；有{part}人表示不清楚能享受哪些优待政策。")


@pytest.mark.parametrize("title,whole,share,part,flag", [
    # 160人中…；…；有62人: a part of the count its sentence opens on, however many clauses on (38.8% ≈ 近四成)
    ("镇调查：七成多外出退役军人常年在省外 近四成不清楚优待政策", 160, "75.6%", 62, False),
    # a part that is not near four in ten
    ("镇调查：七成多外出退役军人常年在省外 近四成不清楚优待政策", 160, "75.6%", 41, True),
])
def test_title_mismatch_a_share_of_the_count_a_sentence_opens_on(run, title, whole, share, part, flag):
    body = SURVEY.format(whole=whole, share=share, part=part)
    assert bool(run(title, body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("said,flag", [
    ("受理各类事项97件，全部按时办结", False),
    ("受理各类事项97件，按时办结91件", True),
])
def test_title_mismatch_all_done_on_time_is_a_hundred_percent(run, said, flag):
    body = f"乡服务站梳理出优待证申领等19项服务事项，逐项列明办理材料和时限。1至5月，服务站{said}。"
    assert bool(run("乡服务站服务事项清单化 1至5月按时办结率100%", body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("where,flag", [
    # three places listed before a count of their kind (渔港, 水库…), not only of 乡镇 and 村
    ("在鹭门、青礁、大岙等6个渔港", False),
    ("在全县6个渔港", True),
])
def test_no_examples_three_places_of_a_kind(run, where, flag):
    body = f"今年以来，县渔港监督站{where}设值守点12个，聘请协管员24名，渔船进出港报告量从月均1900船次上升到3400船次。"
    assert bool(run("县渔港监督站推行渔船进出港双报告", body, rule="no-examples")) is flag


@pytest.mark.parametrize("title,flag", [
    ("持续用力 守牢粮食安全底线", True),
    ("青山镇全力以赴抓项目 奋力冲刺促发展", True),
    # a concrete measure beside the slogan words
    ("县粮库推行预约售粮 农户排队时间缩短到1小时", False),
])
def test_title_vague_bottom_lines_and_all_out_efforts(run, title, flag):
    body = "今年以来，县粮库在6个库点推行预约售粮和代烘干服务，农户平均排队时间由3小时以上缩短到1小时左右。"
    assert bool(run(title, body, rule="title-vague")) is flag


ACCIDENTS = ("一季度，全市共发生道路交通亡人事故63起、死亡71人，同比分别下降12.5%和9.0%。"
             "从区域看，6个县区中有5个事故起数下降；{who}因春节期间返乡车流集中，亡人事故同比增加2起。")


@pytest.mark.parametrize("who,flag", [
    ("南坪县", False),   # one county's rise under the city's 双下降
    ("全市农村道路", True),
])
def test_title_mismatch_a_named_part_rising_under_a_double_fall(run, who, flag):
    body = ACCIDENTS.format(who=who)
    assert bool(run("一季度全市道路交通亡人事故起数和死亡人数实现“双下降”", body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("title,flag", [
    ("县住建局把竣工档案验收作为工程竣工验收备案前置条件", False),   # 竣工档案: a kind of paper
    ("县城北新区安置房项目竣工", True),   # the body gives that step only as a plan
])
def test_title_mismatch_completion_papers_are_no_step(run, title, flag):
    body = "今年以来，县住建局加强城建档案管理。城北新区安置房项目计划于明年6月竣工，届时将按要求移交竣工档案。"
    assert bool(run(title, body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("title,flag", [
    ("临河县大队“三查三改”抓好今冬明春火灾防控", False),   # 抓好 by a named measure
    ("临河县大队狠抓今冬明春火灾防控", True),
])
def test_title_vague_grasping_a_line_of_work_by_a_named_measure(run, title, flag):
    body = "入冬以来，临河县大队对辖区286家九小场所开展“三查三改”，查改隐患412处，火灾起数同比下降18%。"
    assert bool(run(title, body, rule="title-vague")) is flag


@pytest.mark.parametrize("plant,flag", [
    ("城东污水处理厂", False),   # a plant named by its place
    ("河西水厂", False),
    ("乡镇污水处理厂", True),   # a kind of plant
    ("全县12座水厂", True),
])
def test_no_examples_a_plant_named_by_its_place(run, plant, flag):
    body = f"今年以来，县发改局推行并联审批，{plant}提标改造项目在会商中发现拟用地块涉及基本农田，及时调整了选址。"
    assert bool(run("县发改局推行政府投资项目并联审批", body, rule="no-examples")) is flag


@pytest.mark.parametrize("claim,flag", [
    ("储粮害虫对磷化氢的抗性明显增强", False),   # a problem that grew is a finding
    ("汛期地质灾害风险明显增加", False),
    ("储粮安全管理水平明显增强", True),          # a success claimed, nothing behind it
])
def test_empty_claim_a_problem_that_grew_is_no_success(run, claim, flag):
    body = f"近年来，{claim}。建议推广氮气气调、低温储粮等绿色储粮技术，对老旧仓房优先进行气密性改造。"
    assert bool(run("储粮害虫抗性增强问题值得关注", body, rule="empty-claim")) is flag


@pytest.mark.parametrize("deals,flag", [
    ("1.86亿美元", True),    # 超3亿美元 over 1.86亿美元
    ("3.12亿美元", False),
])
def test_title_mismatch_foreign_currency_amounts(run, deals, flag):
    body = f"第135届广交会第一期期间，我市68家参展企业共接待境外采购商4300余人次，达成意向成交{deals}，比上届增长11.4%。"
    assert bool(run("我市企业参加广交会一期 意向成交超3亿美元", body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("done,flag", [
    ("4760套，完成年度任务5000套的95.2%", True),    # 5000套 is the year's task, not what was done
    ("5120套，超额完成年度任务5000套", False),
])
def test_title_mismatch_the_years_task_is_a_plan(run, done, flag):
    body = f"截至5月底，全市今年已筹集保障性租赁住房{done}。从筹集渠道看，新建项目2个、1680套。"
    assert bool(run("我市保障性租赁住房筹集超5000套", body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("count,flag", [
    ("436件次", True),    # 超500件 over 436件次: the same count with repeats
    ("538件次", False),
])
def test_title_mismatch_a_count_with_repeats_is_the_count(run, count, flag):
    body = f"今年以来，沙坪县涉及矿山关停的信访明显增多。1-8月，县信访局共受理此类信访{count}，主要来自沙坪镇、龙口镇等4个乡镇。"
    assert bool(run("沙坪县涉矿山关停信访超500件", body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("said,flag", [
    ("全部38个小区实现党组织覆盖", False),     # 覆盖率100% borne out in words
    ("已有35个小区实现党组织覆盖", True),
])
def test_title_mismatch_all_covered_is_a_hundred_percent(run, said, flag):
    body = f"行动中，街道党工委对辖区38个商品房小区逐一摸排党员居住情况，{said}，新建小区党支部24个。"
    assert bool(run("街道小区党支部应建尽建 38个小区党组织覆盖率达100%", body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("now,flag", [
    ("27人，比投产时减少15人", False),   # 由42人降至27人: 27 + 15
    ("27人，比投产时减少9人", True),
])
def test_title_mismatch_the_level_before_a_change(run, now, flag):
    body = f"7月以来，受订单转移影响，车间月加工量由3.6万件降至1.7万件，9月10日在岗人数{now}，月均收入由2860元降至1940元。"
    assert bool(run("帮扶车间订单不稳 在岗人数由42人降至27人", body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("title,flag", [
    ("霁山县更新村级健身器材420件 首批136件已安装到位", False),   # the plan and its first batch
    ("霁山县更新村级健身器材420件", True),                          # the plan reported as done
])
def test_title_mismatch_a_first_batch_names_the_plan(run, title, flag):
    body = "5月20日，霁山县已更新村级健身器材136件。该项目计划更新破损和超期器材420件，其余284件将在6月底前完成安装。"
    assert bool(run(title, body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("title,flag", [
    ("上半年近半数代办点零办件", False),   # some of them had none
    ("上半年全县代办点零办件", True),
])
def test_title_mismatch_a_zero_of_some_of_them(run, title, flag):
    body = "截至6月底，全县共设立代办点126个，上半年办件量在20件以上的只有17个，办件为零的有58个，占46%。"
    assert bool(run(title, body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("delay,flag", [
    ("原定8月的试生产推迟至11月", False),   # another step delayed
    ("其中1个项目开工推迟至11月", True),
])
def test_title_mismatch_another_step_delayed(run, delay, flag):
    body = f"截至9月底，全区12个省市重点项目已全部开工，完成投资31.6亿元。清溪电池配件项目因变电站扩容滞后，{delay}。"
    assert bool(run("清溪区12个省市重点项目全部开工", body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("title,flag", [
    ("柏树镇多措并举助力乡村产业振兴", True),
    ("柏树镇多措并举助力林下中药材种植", False),
])
def test_title_vague_all_means_to_revitalisation(run, title, flag):
    body = "柏树镇在松林村试种林下天麻，目前全镇林下中药材发展到3600亩，参与农户430户，户均增收约7800元。"
    assert bool(run(title, body, rule="title-vague")) is flag


@pytest.mark.parametrize("who,flag", [
    ("辖区一村民", False),   # one villager of the area: an anonymised case
    ("辖区部分村民", True),
])
def test_no_examples_one_villager_without_a_measure_word(run, who, flag):
    body = f"7月2日，乡镇自然资源所工作人员在巡查中发现，{who}正在承包的水田中开挖鱼塘，已开挖约1.2亩，当即责令停工并回填。"
    assert bool(run("一起耕地挖塘养鱼苗头被及时制止", body, rule="no-examples")) is flag


@pytest.mark.parametrize("title,flag", [
    ("县检察院多措并举打造未成年人“一站式”询问救助中心", False),   # names what it builds
    ("县检察院多措并举推进各项工作", True),
])
def test_title_vague_all_means_to_build_a_named_thing(run, title, flag):
    body = "今年以来，县检察院联合公安、卫健等5家单位，在县人民医院设立询问救助中心，已办理涉未成年人案件询问23次。"
    assert bool(run(title, body, rule="title-vague")) is flag


@pytest.mark.parametrize("title,flag", [
    ("14家首违门店回访全部整改到位", False),   # the others (另有2家) are not among the 14
    ("首违门店回访全部整改到位", True),          # no count: 另有2家 may be the rest of them
])
def test_title_mismatch_others_than_those_counted(run, title, flag):
    body = "截至10月底，大队共作出首违不罚决定14件，回访时14家均已整改到位。今年另有2家门店因复查时仍未整改被立案处罚。"
    assert bool(run(title, body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("said,flag", [
    ("目前全镇6所村小音乐、体育、美术课已全部按课表开齐", False),   # 开齐率100% in words
    ("目前全镇6所村小中已有5所按课表开齐音乐、体育、美术课", True),
])
def test_title_mismatch_all_classes_opened(run, said, flag):
    body = f"今年春季学期起，梅岭镇中心学校推行教师跨校走教，每周走教课时126节。{said}。"
    assert bool(run("梅岭镇推行音体美教师“走教” 6所村小艺体课开齐率达100%", body, rule="title-mismatch")) is flag


def test_title_mismatch_a_zero_of_every_counted_one(run):
    # 12个乡镇…零发案 claims it of all twelve: the body's case in one of them contradicts it
    body = "今年以来，全县12个乡镇开展平安创建。6月，白沙镇发生盗窃耕牛案件2起，已全部破获。"
    assert run("全县12个乡镇实现盗窃耕牛案件零发案", body, rule="title-mismatch")
