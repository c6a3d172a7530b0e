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


RECYCLING = ("青柳镇供销社2022年起建设回收网络，在村级服务社设立回收点12个。2024年，全镇回收再生资源3600吨，"
             "是2022年的{times}倍，12名村级回收员人均增收5200元。")
COLD_CHAIN = ("9月2日，青川县农产品冷链物流中心项目举行开工仪式。项目总投资1.1亿元，建设冷库2万吨，计划2026年底建成。"
              "项目{after}可为全县蔬菜、水果提供预冷、仓储和配送服务。")
TRAINING = "今年以来，石滩镇妇联发动全镇农户参与“清洁庭院”创建，发放倡议书1500余份，{count}农户报名参加。"


@pytest.mark.parametrize("title,body,flag", [
    # 千余户 is 1000–1999, like 1000余户: 1060户 bears it out; 960户 does not
    ("石滩镇发动千余户农户创建“清洁庭院”", TRAINING.format(count="1060户"), False),
    ("石滩镇发动千余户农户创建“清洁庭院”", TRAINING.format(count="960户"), True),
    # an earlier level given only as a multiple of this year's: 3600吨 is 2.4 times about 1500吨
    ("青柳镇再生资源年回收量由1500吨增至3600吨", RECYCLING.format(times="2.4"), False),
    ("青柳镇再生资源年回收量由1500吨增至3600吨", RECYCLING.format(times="1.6"), True),
    # 正式投入运营 over a groundbreaking with 建成 planned; 项目建成后… is what will follow, not done
    ("青川县农产品冷链物流中心正式投入运营", COLD_CHAIN.format(after="建成后"), True),
    ("青川县农产品冷链物流中心项目开工 计划2026年底建成", COLD_CHAIN.format(after="建成后"), False),
])
def test_title_mismatch_chinese_steps_multiples_and_steps_to_come(run, title, body, flag):
    assert bool(run(title, body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("title,flag", [
    ("县供销社全力推动供销事业高质量发展", True),
    ("县供销社“土地托管”推动粮食生产高质量发展 托管面积4.2万亩", False),
])
def test_title_vague_an_all_out_push_for_quality(run, title, flag):
    assert bool(run(title, "今年以来，县供销社推进土地托管服务，托管面积4.2万亩，同比增长18%。", rule="title-vague")) is flag


@pytest.mark.parametrize("body,flag", [
    # 一家…的蔬菜基地 and 一户…种植户: anonymised cases
    ("县气象台对大棚种植户开展点对点叫应。城郊一家种植面积约80亩的蔬菜基地接到叫应后连夜加盖遮阳网，棚内辣椒没有出现日灼。", False),
    ("县气象台对大棚种植户开展点对点叫应。接到叫应的种植户连夜加盖遮阳网，棚内辣椒没有出现日灼。", True),
    ("县城附近另有一户食用菌种植户因通风设施未及时到位，约2000袋菌棒出现烧菌。", False),
    # 少数村, 原籍村, 建议县…: which of many, whose, and a proposal's verb; no village or county named
    ("一是认识不到位，少数村对妇女工作重视不够。二是权益易落空，出嫁女在原籍村和现居村“两头空”。建议县妇联牵头建立台账。", True),
    ("一是认识不到位，青竹村对妇女工作重视不够。二是权益易落空，出嫁女在原籍村和现居村“两头空”。建议县妇联牵头建立台账。", False),
])
def test_no_examples_anonymised_cases_and_words_before_a_place_suffix(run, body, flag):
    assert bool(run("基层妇女工作存在的问题", body, rule="no-examples")) is flag


def test_a_named_body_before_together_with_is_a_name(config):
    from xinxi_qc.analysis.entities import names_from_entities
    text = "8月1日，泓溪县总工会会同县住建局对县城在建工地开展联合检查。"
    names = names_from_entities("body", [("泓溪县总工会会同县住建局", "ORG", 5, 17)], text)
    assert [n.text for n in names] == ["泓溪县总工会"]
    text = "县应急管理局会同县自然资源局开展检查。"
    assert names_from_entities("body", [("县应急管理局会同县自然资源局", "ORG", 0, 14)], text) == []


@pytest.mark.parametrize("body,flag", [
    # the lead dates the start of what the item sums up to now (运营以来…累计)
    ("2023年3月，县供销社组建“供销e家”县级运营中心，把全县112个村级服务社接入同一个平台。\n"
     "运营以来，平台累计完成代购交易额1320万元，112个服务社中有96个实现月营业额增长。", False),
    ("2023年3月，县供销社召开“供销e家”平台推进会，部署全县112个村级服务社接入同一个平台。\n"
     "会议要求各基层社在4月底前完成接入，确保平台按期上线。", True),
])
def test_late_reads_a_start_the_item_sums_up_from_as_no_event(run, body, flag):
    from datetime import date
    assert bool(run("“供销e家”平台带动村级服务社代购代销", body, rule="late", submitted=date(2024, 5, 22))) is flag


@pytest.mark.parametrize("body,flag", [
    # 他希望… goes on with the leader's requirement: no result
    ("6月18日，团青川县委召开返乡创业青年座谈会，副县长吴某某出席，15名返乡创业青年代表参加。\n"
     "座谈会上，6名青年代表先后发言，谈了创业体会。吴某某指出，各部门要主动靠前服务，帮助青年把项目做大做强。"
     "他希望返乡青年坚定信心、扎根家乡，在家乡实现人生价值。", True),
    ("6月18日，团青川县委召开返乡创业青年座谈会，副县长吴某某出席，15名返乡创业青年代表参加。\n"
     "座谈会上，6名青年代表先后发言，反映贷款难等问题。县农商银行当场推出“青创贷”，为8名青年授信320万元。", False),
    # a training's topics (围绕…风险防范等内容进行授课) are no problem found
    ("10月12日，团青川县委举办青年志愿服务骨干培训班，150人参加培训。\n"
     "培训邀请专家围绕项目设计、服务风险防范等内容进行授课。县委副书记出席开班仪式并讲话。", True),
    ("10月12日，团青川县委举办青年志愿服务骨干培训班，150人参加培训。\n"
     "培训前摸底发现，全县志愿服务项目有四成没有风险预案。县委副书记出席开班仪式并讲话。", False),
])
def test_dynamic_only_wishes_and_lecture_topics(run, body, flag):
    assert bool(run("青川县青年工作动态", body, rule="dynamic-only")) is flag


@pytest.mark.parametrize("body,flag", [
    # 一家…的机关食堂 is an anonymised case; a county or district whose stem the tagger reads as a verb is named
    ("市机关事务局选取市直一家委办局的机关食堂试点称重积分，三个月后日均剩餐由41公斤降至24公斤。", False),
    ("市机关事务局在机关食堂试点称重积分，三个月后日均剩餐由41公斤降至24公斤。", True),
    ("今年以来，枫渡区机关食堂试点称重积分，三个月后日均剩餐由41公斤降至24公斤。", False),
    # A级景区 is a grade of scenic spot, not a district
    ("全市9家A级景区延长开放至21时，7-8月夜间接待游客78.3万人次，同比增长22.6%。", True),
])
def test_no_examples_canteens_and_districts_read_as_verbs(run, body, flag):
    assert bool(run("机关食堂称重积分试点成效明显", body, rule="no-examples")) is flag


NURSERY = ("截至2月底，全区备案托育机构68家，比去年底增加5家；总托位4320个，按常住人口119.8万人计算，"
           "每千人口拥有托位{level}个，比去年同期提高0.7个。其中普惠性托位2150个，占49.8%。")
ROOMS = ("滨江街道人口密集、老旧小区多，新建托育点难以找到独立用房。今年以来，街道在海棠社区、江湾社区试行“托育+养老”用房错时共享，"
         "改造面积合计410平方米，目前两个托育点共开设托位70个，已收托58名婴幼儿。")
DONOR = ("10月9日，沙湾县河口镇中心小学教师覃某某在省人民医院完成造血干细胞采集，成为沙湾县{first}造血干细胞捐献者。"
         "沙湾县现有入库志愿者1650人。")
SHARING = "今年以来，市数据局推行“一键授权”，部门数据共享申请平均办理时间由15个工作日缩短至{days}个工作日。"
RANGERS = ("10月30日，县森防办电话抽查14个乡镇护林员60名，当天收到预警信息的41名，占{share}%；"
           "有11名护林员表示未加入乡镇预警信息微信群。")
CHECKS = "上半年，全市共检查医疗器械生产企业9家、经营企业348家、使用单位669家，合计{total}家，立案查处41件。"
STATIONS = ("一网通办方面，全县11个乡镇数字驿站全部建成投用，全年受理事项4.7万件。\n"
            "问题方面，数字驿站远程视频帮办使用率偏低，全年仅使用1650次；{open}。")


@pytest.mark.parametrize("title,body,flag", [
    # two agreeing figures, one a decimal (3.6个): the same story, whatever words the title uses
    ("1—2月南湾区新增备案托育机构5家 每千人口托位数达3.6个", NURSERY.format(level="3.6"), False),
    # 老城区 is a part of any city, no name the body must repeat
    ("滨江街道“托育+养老”错时共用 破解老城区托育点用房难", ROOMS, False),
    ("滨江街道“托育+养老”错时共用 破解青山区托育点用房难", ROOMS, True),
    # 首位…捐献者 is the first the title's 首例 says
    ("沙湾县实现首例造血干细胞捐献", DONOR.format(first="首位"), False),
    ("沙湾县实现首例造血干细胞捐献", DONOR.format(first="第2位"), True),
    # 天 over 工作日: days as writers count them
    ("市数据共享推行“一键授权” 申请用时由15天缩短至2天", SHARING.format(days="2"), False),
    ("市数据共享推行“一键授权” 申请用时由15天缩短至2天", SHARING.format(days="6"), True),
    # 三成…未收到: the rest of 68.3% who did
    ("预警信息传递不畅 抽查三成护林员当天未收到", RANGERS.format(share="68.3"), False),
    ("预警信息传递不畅 抽查三成护林员当天未收到", RANGERS.format(share="85.0"), True),
    # 合计1026家 is the total the title's 生产经营使用单位 names
    ("上半年全市检查医疗器械生产经营使用单位1026家", CHECKS.format(total="1026"), False),
    ("上半年全市检查医疗器械生产经营使用单位1100家", CHECKS.format(total="1026"), True),
    # a named problem still open (…信号不稳定的问题仍未完全解决) is not the stations' coverage
    ("青溪县乡镇数字驿站实现全覆盖", STATIONS.format(open="山区村网络信号不稳定的问题仍未完全解决"), False),
    ("青溪县乡镇数字驿站实现全覆盖", STATIONS.format(open="仍有2个乡镇驿站尚未建成"), True),
])
def test_title_mismatch_stop29_second_wave(run, title, body, flag):
    assert bool(run(title, body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("title,flag", [
    ("凝聚民族团结正能量 共绘同心发展新画卷", True),
    ("木坪县民族团结进步宣传月启动 30个村寨开展双语宣讲", False),
])
def test_title_vague_painting_a_new_picture(run, title, flag):
    assert bool(run(title, "5月6日，木坪县民族团结进步宣传月启动，30个村寨开展双语宣讲。", rule="title-vague")) is flag


@pytest.mark.parametrize("body,flag", [
    ("县民宗局扎实推进特色村寨保护发展，下村宣讲、翻译等任务较多，检测结果已反馈有关乡镇和县农村供水管理站。", True),
    ("县民宗局扎实推进青岩村寨保护发展，检测结果已反馈有关乡镇和县农村供水管理站。", False),
    ("对普惠机构按实际在岗持证人数给予补贴，推进博爱家园建设，其中9处位于林缘，水利站汇总后报县农村供水管理站。", True),
    # one villager of the reporting township, one pupil of a county-town school: anonymised cases
    ("3月12日下午，我乡一名村民在稻田烧田埂草，事前未报备，乡林业站依据规定对其处以罚款300元。", False),
    ("3月12日下午，有村民在稻田烧田埂草，事前未报备，乡林业站依据规定处以罚款300元。", True),
    ("县城一所初级中学的一名初二女生开学后未返校，班主任和妇联干部先后上门4次，才劝返复学。", False),
])
def test_no_examples_words_that_look_like_places_and_anonymised_people(run, body, flag):
    assert bool(run("基层工作情况", body, rule="no-examples")) is flag


GRAVES = ("清明前，青竹镇对林区坟墓逐座登记，确定祭扫责任人1860名。清明期间，护林员在祭扫户离开后逐座检查有无余火。"
          "{fire}镇林业站统计，今年清明期间全镇劝阻坟前燃放鞭炮186起。")
FREEZE = ("截至11月底，全县农村水费收缴率87%。\n同时，各乡镇{state}冬季供水防冻排查，目前已有8个乡镇报送排查结果。")
WAGES = ("2月18日，河东区人社局对辖区20个在建项目调研，共访谈农民工186人。186名受访农民工中，每月足额领取工资的102人，占54.8%；"
         "每月只领取生活费的71人，占38.2%；其余13人按工程节点领取。")
SAMPLES = "1至11月，全市完成药品抽检862批次，其中国家和省级抽检任务214批次、市级抽检648批次，检出不合格4批次，合格率99.5%。"


@pytest.mark.parametrize("title,body,flag", [
    # 零火情 over a fire the body tells of without counting it; 未发生火灾 after a fire put out at once is zero
    ("青竹镇推行坟墓“一坟一责任人” 实现清明期间零火情",
     GRAVES.format(fire="4月5日，一处林缘坟前纸钱引燃杂草，护林员8分钟内扑灭，过火面积约30平方米。"), True),
    ("青竹镇推行坟墓“一坟一责任人” 实现清明期间零火情", GRAVES.format(fire=""), False),
    ("青竹镇推行坟墓“一坟一责任人” 实现清明期间零火灾",
     GRAVES.format(fire="4月5日，一处坟前香炉引燃供桌桌布，2分钟内扑灭，全镇未发生火灾。"), False),
    # 全面完成 over checks still under way
    ("峪河县全面完成农村供水冬季防冻排查", FREEZE.format(state="正在开展"), True),
    ("峪河县全面完成农村供水冬季防冻排查", FREEZE.format(state="已全部完成"), False),
    # 不足三成 is a share just under 30%, not the 7% of the rest; a rate the body never names over shares of other things
    ("河东区调研显示建筑工地农民工养老保险参保率不足三成", WAGES, True),
    ("河东区调研显示建筑工地农民工按月足额领取工资的不足六成", WAGES, False),
    # 超千批次 is no sum of a whole and one of its parts (862 + 214)
    ("澜坪市全年药品抽检超千批次 合格率99.5%", SAMPLES, True),
    ("澜坪市1至11月药品抽检862批次 合格率99.5%", SAMPLES, False),
])
def test_title_mismatch_fires_checks_under_way_shares_and_parts(run, title, body, flag):
    assert bool(run(title, body, rule="title-mismatch")) is flag


TEACHING = ("今年春季学期，市老年大学书画系在全系22个班推行“项目式教学”，每学期完成2至3个创作项目。"
            "6月21日学期结业时，全系学员共完成作品1380余件，结业作品合格率由81%提高到93%。下学期，学校将把项目式教学扩展到摄影课程。")
CANTEENS_SURVEY = ("6月，东塘区委老干部局对全区离退休干部用餐情况开展摸底。全区26个社区中，建有老年食堂或助餐点的只有11个，"
                   "覆盖不到一半。建议区民政局将新桥街道列为明年助餐点建设的重点片区。")
PATROLS = ("三季度，县文物管理所对全县58处文物保护单位开展了3轮安全巡查。共发现各类隐患23处，已整改20处，"
           "未整改的3处均为屋面渗漏，需列入明年修缮计划。")
VILLAGES = ("今年3月至4月，县审计局延伸抽查了48个村的村级资金，发现13个村存在“坐收坐支”问题，涉及金额共计412万元。"
            "渡口镇清水村将出租鱼塘收取的租金6.8万元直接用于支付工钱。")
ONLINE = ("一季度，我区共受理不动产登记业务8420件，同比增长9.6%。网上办理业务2610件，占31%，比去年同期提高12个百分点。"
          "下一步，力争上半年网办率达到40%。")


@pytest.mark.parametrize("title,body,flag", [
    # an exhibition the body never speaks of (its 扩展 is no 展)
    ("市老年大学举办第十届学员书画作品展", TEACHING, True),
    ("市老年大学书画系推行“项目式教学” 结业作品合格率提高到93%", TEACHING, False),
    # 覆盖所有社区 over 11 of 26
    ("东塘区老年食堂覆盖所有社区", CANTEENS_SURVEY, True),
    ("东塘区老年食堂覆盖不到一半社区 新桥街道8个社区没有助餐点", CANTEENS_SURVEY, False),
    # the checks covered every site; repairs still open are another matter
    ("县三季度文物安全巡查覆盖全部58处文物保护单位", PATROLS, False),
    ("县三季度文物安全隐患全部整改到位", PATROLS, True),
    # 近三成 is 13 of 48 villages found (发现) among those checked
    ("县村级资金“坐收坐支”问题值得关注 抽查村中近三成存在此类情况", VILLAGES, False),
    ("县村级资金“坐收坐支”问题值得关注 抽查村中超四成存在此类情况", VILLAGES, True),
    # a goal's rate (力争…网办率达到40%) is not the rate's figure
    ("一季度我区不动产登记网办率升至31%", ONLINE, False),
    ("一季度我区不动产登记网办率升至35%", ONLINE, True),
])
def test_title_mismatch_shows_coverage_shares_found_and_goals(run, title, body, flag):
    assert bool(run(title, body, rule="title-mismatch")) is flag


RANKING = ("据国家城市信用状况监测平台7月发布的结果，澜州市在全国261个地级城市中排名第14位，较去年同期上升9位。"
           "下一步，市发改委将逐项对照扣分指标建立整改清单，{aim}进入全国前十。")
YEAR_OF_WORK = ("今年以来，县信用办扎实推进信用信息归集、信用修复等各项工作，全年召开各类推进会、协调会12次，"
                "开展各类宣传活动30余场。下一步，将持续深化社会信用体系建设。")


@pytest.mark.parametrize("title,body,flag", [
    # 进入全国前十 that the body names only as a goal
    ("澜州市城市信用监测排名首次进入全国前十", RANKING.format(aim="争取年底前"), True),
    ("澜州市城市信用监测排名升至全国第14位", RANKING.format(aim="争取年底前"), False),
    # a year's meetings counted in passing are not the meeting the title reports
    ("南屿县召开社会信用体系建设年度考评会", YEAR_OF_WORK, True),
    ("南屿县社会信用体系建设全年召开推进会协调会12次", YEAR_OF_WORK, False),
])
def test_title_mismatch_goals_reached_and_meetings_counted(run, title, body, flag):
    assert bool(run(title, body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("title,flag", [
    # a unit before slogans is still a slogan title
    ("江南街道创新工作机制 全面提升基层治理水平", True),
    ("青河县红十字会创新工作方法 提升服务水平", True),
    ("临江区扎实做好汛期排涝工作 全力保障城市安全度汛", True),
    # …but not before a measure of its own
    ("柳湾镇建起扶贫车间 带动就业", False),
    ("江南街道网格员巡查排水设施 积水处置时间缩短至19小时", False),
    ("当前城市排水防涝工作中存在的问题值得关注", True),
    ("关于全县农村供水工程运行管护情况的调研报告", True),
    ("全县农村供水工程管护经费缺口近四成 12处工程带病运行", False),
])
def test_title_vague_slogans_after_a_unit_and_report_frames(run, title, flag):
    assert bool(run(title, "今年以来，江南街道组织网格员巡查排水设施，发现问题683个，积水处置时间由3天缩短至19小时。", rule="title-vague")) is flag


def test_a_fall_below_a_mark_is_an_upper_bound():
    from xinxi_qc.analysis.quantities import parse, agrees
    from xinxi_qc.analysis.text import Span
    q = parse(Span("title", 0, 2, "九成", "percent"), "合规率跌破", "")
    assert q.bound == "under" and agrees(q, 88.6) and not agrees(q, 90.4)


MONITORS = ("截至5月底，智慧排水监测平台一期工程上线运行，接入易涝点积水监测设备186套。\n"
            "目前，全市纳入管理的241个易涝点中，已安装积水监测设备的为186个，其余55个点位因缺少供电条件，计划在二期工程中解决。")
PUMPS = ("7月24日强降雨期间，七星岗排涝泵站因供电线路跳闸停机约1小时40分钟。\n"
         "目前，区城管局已为泵站申请增设第二路电源，{state}。")
RECRUITS = ("梅垭乡自2022年起对每名预定新兵实行“一对一”帮带。三年来，全乡共输送新兵23名。\n"
            "{past}")


@pytest.mark.parametrize("title,body,flag", [
    ("我市建成智慧排水监测平台 实现易涝点积水监测全覆盖", MONITORS, True),
    ("我市智慧排水监测平台覆盖186个易涝点 其余55个计划二期解决", MONITORS, False),
    ("七星岗泵站台风期间停机问题已整改到位", PUMPS.format(state="预计需要4个月完成线路改造"), True),
    ("七星岗泵站台风期间停机问题已整改到位", PUMPS.format(state="第二路电源已于8月底接通投用，备用发电机组同步到位"), False),
    ("梅垭乡“一对一”帮带预定新兵 近三年实现新兵零退兵", RECRUITS.format(past="2022年，全乡有1名新兵因不适应部队生活被退回，此后未再出现退兵。"), True),
    ("梅垭乡“一对一”帮带预定新兵 近三年实现新兵零退兵", RECRUITS.format(past="三年来输送的新兵无一被退回。"), False),
])
def test_title_mismatch_parts_done_repairs_to_come_and_zero_returns(run, title, body, flag):
    assert bool(run(title, body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("body,flag", [
    ("某乡镇一名应征青年初中时曾因癫痫住院，在病史调查中未如实说明，入营第二周发病后作退兵处理。", False),
    ("辖区某商业综合体地下车库入口挡水板未及时安装，雨水倒灌进入地下二层，23辆车不同程度受损。", False),
    ("全县评定信用村46个，信用户1.2万户，发放信用贷款3.2亿元。", True),
])
def test_no_examples_anonymised_cases_and_labelled_kinds(run, body, flag):
    assert bool(run("基层工作情况", body, rule="no-examples")) is flag


@pytest.mark.parametrize("body,flag", [
    # firms named before a count of their kind (如意出行、快鹿出行2家主要平台; “e路捷”等3家聚合平台)
    ("5月份全市“双合规”订单占比82.3%，如意出行、快鹿出行2家主要平台均超过88%。", False),
    ("5月份全市“双合规”订单占比82.3%，“e路捷”等3家聚合平台仍为次日批量上传。", False),
    ("5月份全市“双合规”订单占比82.3%，2家主要平台均超过88%，对辖区内12家企业开展检查。", True),
])
def test_no_examples_firms_listed_before_their_count(run, body, flag):
    assert bool(run("网约车合规化情况", body, rule="no-examples")) is flag


@pytest.mark.parametrize("title,body,flag", [
    # 19名部门负责人 over 19个单位负责人: the same people
    ("桐林县开展“局长坐热线”活动 19名部门负责人轮流接听群众来电",
     "4月以来，县教育局、人社局、住建局等19个单位负责人轮流坐热线，共坐席38场次，接听来电412个。", False),
    ("桐林县开展“局长坐热线”活动 19名部门负责人轮流接听群众来电",
     "4月以来，县教育局、人社局、住建局等12个单位负责人轮流坐热线，共坐席38场次，接听来电412个。", True),
    # 春运40天 names the period's length
    ("春运40天棠溪机场出租汽车和网约车疏运旅客214.6万人次",
     "春运期间，棠溪机场和临湾南站出租汽车、网约车共疏运旅客214.6万人次，同比增长8.1%。", False),
])
def test_title_mismatch_same_people_and_period_lengths(run, title, body, flag):
    assert bool(run(title, body, rule="title-mismatch")) is flag


def test_title_vague_all_measures_for_a_field_of_governance(run):
    body = "启用首周，科创园区网约车平均接驾时间由19分钟缩短至11分钟，上客点日均上客约1350人次。"
    assert run("【基层动态】高新区多措并举推进出租汽车行业治理", body, rule="title-vague")
    assert not run("【基层动态】高新区设网约车临时上客点 接驾时间缩短至11分钟", body, rule="title-vague")


@pytest.mark.parametrize("body,flag", [
    ("11月26日，青岗县召开药品安全委员会全体会议，各成员单位负责同志共50余人参加会议。\n"
     "会议充分肯定了今年以来全县药品安全工作取得的明显成效。会议强调，各成员单位要压紧压实各方责任。", True),
    ("11月26日，青岗县召开药品安全委员会全体会议。会议通报，今年以来全县药品抽检合格率98.6%，查处案件41件，药品安全工作取得的明显成效有数可查。", False),
])
def test_empty_claim_results_praised_in_passing(run, body, flag):
    assert bool(run("青岗县召开药品安全委员会全体会议", body, rule="empty-claim")) is flag


DRILL = ("7月9日，沙埠镇召开有限空间作业安全工作部署会，辖区重点企业负责人40余人参加。\n"
         "会议通报了近期外地发生的有限空间中毒事故情况。副镇长要求，各企业要对照规定开展自查，{drill}。")


@pytest.mark.parametrize("title,body,flag", [
    # a drill the body names only as required
    ("沙埠镇举行有限空间中毒窒息事故应急救援演练", DRILL.format(drill="镇应急办要适时组织开展应急救援演练"), True),
    ("沙埠镇举行有限空间中毒窒息事故应急救援演练", DRILL.format(drill="会后，镇应急办在恒达纸业组织开展应急救援演练，32名员工参加"), False),
])
def test_title_mismatch_events_only_asked_for(run, title, body, flag):
    assert bool(run(title, body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("body,flag", [
    # a community named after its road; one building placed by a qualifier clause
    ("今年以来，青年路社区召开专题会议5次，入户宣传1200余人次，改造工作取得了明显成效。", False),
    ("今年以来，社区召开专题会议5次，入户宣传1200余人次，改造工作取得了明显成效。", True),
    ("9月12日，辖区一处建于1982年的6层砖混住宅楼在加装电梯前进行结构检测，发现承重墙出现贯通裂缝，加固费用约18万元。", False),
])
def test_no_examples_roads_and_buildings(run, body, flag):
    assert bool(run("老旧小区改造工作情况", body, rule="no-examples")) is flag


@pytest.mark.parametrize("title,body,flag", [
    # 城郊村 is a kind of village
    ("高庄乡城郊村违法占地整治后反复回潮 34处问题中13处为去年整治过的",
     "6月18日，高庄乡对紧邻县城的东杨庄、后屯、马寨3个村开展违法占地排查，发现问题34处，有13处是去年整治后又重新出现的。", False),
    # a view still held is no work left open
    ("东苑社区改造全面完工 2部加装电梯投入使用",
     "三季度，东苑社区老旧小区改造全面完工，共改造住宅楼10栋。2部加装电梯于9月投入使用。部分居民对物业收费标准仍有异议，社区将继续做好解释工作。", False),
    ("东苑社区改造全面完工 2部加装电梯投入使用",
     "三季度，东苑社区老旧小区改造主体完工，共改造住宅楼10栋。2部加装电梯于9月投入使用，仍有3栋楼外墙保温未完工。", True),
    # 改造后首个供暖季: the first season after, no first of its kind
    ("机床厂宿舍小区改造后首个供暖季测温 3栋楼14户室温不达标",
     "11月18日，社区对小区18栋楼入户测温，抽测住户90户，平均室温20.3℃。7号、11号、16号楼共有14户室温低于18℃。", False),
    # 11户 over 其中11件已…办结 in a sentence about those households' urgent matters
    ("柳塘镇春节前走访优抚对象312户 为11户困难老兵解决急难事项",
     "镇退役军人服务站对全镇312户优抚对象逐户走访，现场梳理出急难事项14件，其中11件已在走访期间办结。", False),
])
def test_title_mismatch_kinds_views_first_seasons_and_counts(run, title, body, flag):
    assert bool(run(title, body, rule="title-mismatch")) is flag


SPOTS = ("今年以来，全县共下发违法图斑214宗，已整改到位208宗，整改率97.2%。\n"
         "目前{open}")
WATERS = ("暑期，县教育局组织防溺水专项巡查，巡查了全县登记在册的41处重点水域中的34处。\n"
          "{rest}")
VISITS = ("今年以来，港头镇组织退役军人党员与困难退役军人结对帮扶。镇里涉退役军人来信来访由去年同期的13件次降至{n}。")


@pytest.mark.parametrize("title,body,flag", [
    # the title's object after its claim (全面完成|…违法图斑整改) names what the open part is
    ("泓水县8月底前全面完成2023年度卫片执法违法图斑整改", SPOTS.format(open="未整改的6宗图斑中，4宗为历史遗留问题，预计年底前完成处置。"), True),
    ("泓水县2023年度卫片执法违法图斑整改率达97.2%", SPOTS.format(open="未整改的6宗图斑中，4宗为历史遗留问题，预计年底前完成处置。"), False),
    # 剩余7处…计划 leaves a 全覆盖 open
    ("箐口县防溺水专项巡查实现重点水域全覆盖", WATERS.format(rest="剩余7处地处偏远的重点水域，县教育局计划于下周第二轮巡查时完成。"), True),
    ("箐口县防溺水专项巡查实现重点水域全覆盖", WATERS.format(rest="8月，第二轮巡查覆盖了其余7处，41处重点水域全部巡查到位。"), False),
    # 信访“零发生” over letters and visits still counted
    ("港头镇推行“老兵帮老兵”结对帮扶 涉退役军人信访实现“零发生”", VISITS.format(n="5件次"), True),
    ("港头镇推行“老兵帮老兵”结对帮扶 涉退役军人信访实现“零发生”", VISITS.format(n="0件次，今年未发生涉退役军人信访"), False),
])
def test_title_mismatch_claims_over_open_work_and_visits(run, title, body, flag):
    assert bool(run(title, body, rule="title-mismatch")) is flag


def test_late_reads_recently_as_a_recent_event(run):
    from datetime import date
    body = "近期，县局在梳理上半年来信来访和服务站工作台账时发现，有三方面问题需要关注。一是社保接续不畅，上半年有27名退役士兵反映未到账。"
    assert not run("退役士兵社保接续不畅问题需要关注", body, rule="late", submitted=date(2024, 8, 28))
    assert run("退役士兵社保接续不畅问题需要关注", body.replace("近期", "6月"), rule="late", submitted=date(2024, 8, 28))


@pytest.mark.parametrize("body,flag", [
    ("12月18日，执法人员在城郊一家农家乐后院发现堆放的松木柴约3立方米，经检测带有松材线虫。", False),
    ("12月18日，执法人员在农家乐后院发现堆放的松木柴约3立方米，经检测带有松材线虫。", True),
    # 涉河 is "involving the river"; 社区党委 the community's own committee
    ("今年以来，全县清理涉河违法建筑42处，拆除面积1.8万平方米，社区党委组织党员参与巡河。", True),
])
def test_no_examples_farm_stays_and_words_that_name_no_one(run, body, flag):
    assert bool(run("疫木管控情况", body, rule="no-examples")) is flag


@pytest.mark.parametrize("title,value,flag", [
    # 近16万 is over 15万 (14.8万 is 近15万); 近1.5万 takes 14860
    ("青岚县2024年农村劳动力转移就业近16万人", "14.8万", True),
    ("青岚县2024年农村劳动力转移就业近15万人", "14.8万", False),
    ("青岚县2024年农村劳动力转移就业近1.5万人", "14860", False),
])
def test_title_mismatch_near_a_mark_within_its_last_step(run, title, value, flag):
    body = f"2024年，全县农村劳动力转移就业{value}人，其中县内就业5.2万人。"
    assert bool(run(title, body, rule="title-mismatch")) is flag


COMPLAINTS = ("1至5月，全区共受理价格类投诉145件，比去年同期的197件减少52件，同比下降26.4%。"
              "从结构看，明码标价类投诉由去年同期的83件降为49件；停车收费类投诉仍在上升，由23件增至31件。")


@pytest.mark.parametrize("title,flag", [
    # 下降超三成 is not borne out by another count's rise (23件 → 31件, 34.8 %)
    ("河源区前5月价格投诉量同比下降超三成", True),
    ("河源区前5月停车收费类投诉增长超三成", False),
])
def test_title_mismatch_implied_rates_keep_their_direction(run, title, flag):
    assert bool(run(title, COMPLAINTS, rule="title-mismatch")) is flag


@pytest.mark.parametrize("title,body,flag", [
    # 全部…办结 with a timetable moved later (推迟至19:30) as one of the answers
    ("7月全县交通运输领域热线诉求86件全部办结",
     "7月，县交通运输局共受理热线诉求86件，已全部办结。反映末班车发车过早的，县道路运输服务中心已将末班车推迟至19:30。", False),
    ("7月全县交通运输领域热线诉求86件全部办结",
     "7月，县交通运输局共受理热线诉求86件，办结80件，其余6件因涉及道路改造推迟到下月办理。", True),
    # 办结率100% over 全部在规定时限内办结
    ("青岗镇“村吹哨、镇报到”办理环境类热线工单 办结率100%",
     "7月下旬以来，青岗镇办理环境类热线工单推行“村吹哨、镇报到”机制。截至8月20日，全镇共收到此类工单24件，全部在规定时限内办结，回访满意率95.8%。", False),
    # 平均减少 is an average, no claim that all fell
    ("临江区创建“光盘行动”示范店215家 示范店餐厨垃圾平均减少15.6%",
     "全区创建“光盘行动”示范店215家，较去年增加95家。对其中60家示范店的称重监测显示，餐厨垃圾日均产生量平均减少15.6%。", False),
])
def test_title_mismatch_timetables_deadlines_and_averages(run, title, body, flag):
    assert bool(run(title, body, rule="title-mismatch")) is flag


def test_no_examples_roads_listed_by_name(run):
    body = "5至10月，全县在青石线、龙桐线等4条县道实施预防性养护12.6万平方米，养护费用较大修节省三成。"
    assert not run("县道预防性养护节省费用三成", body, rule="no-examples")
    assert run("县道预防性养护节省费用三成", body.replace("青石线、龙桐线等4条县道", "4条县道"), rule="no-examples")


@pytest.mark.parametrize("body,flag", [
    # a meeting that decides a practice: who does it and how often
    ("2月27日，县长主持召开县政府第31次常务会议，研究重点项目建设服务保障工作。\n"
     "会议确定，从今年起对总投资5亿元以上的19个重点项目，每个项目由一名县级领导牵头，首席服务员每月至少到项目现场一次。", False),
    ("2月27日，县长主持召开县政府第31次常务会议，研究重点项目建设服务保障工作。\n"
     "会议强调，各有关单位要高度重视重点项目建设，切实做好服务保障工作。", True),
])
def test_dynamic_only_a_practice_a_meeting_decides(run, body, flag):
    assert bool(run("县政府常务会议研究重点项目服务保障", body, rule="dynamic-only")) is flag
