"""Boundary cases found in stop 28's writers (W70–W73 read after their held-out measurement, then
the new dev writers): each pair should flag / should pass, written fresh in the shape the writers used."""
import pytest


ROADS = ("柳岸县有农村公路1,860公里。去年起，县里把日常养护交给沿线村民，全县每3至5公里设1个养护岗位，"
         "共设公益性养护岗位{posts}个，优先聘用脱贫户，其中脱贫户534人。")
FAIR = ("国庆假期，青石夜市累计接待客流38.7万人次，同比增长8.2%，{daily}客流5.2万人次，10月2日{peak}客流达到6.9万人次。")
WATER = ("2023年全镇水费收缴率只有{low}%，部分工程带病运行。今年起推行智能水表和线上缴费。"
         "1至9月，全镇水费收缴率提高到76%，收缴水费41.2万元。")
RESERVOIR = ("近期，石坪乡群众多次反映，{name}库尾淤积严重，3处灌溉取水口露出水面。乡水利站实地测量，淤积量约4.1万立方米，"
             "受影响农田约740亩。")


@pytest.mark.parametrize("title,body,flag", [
    # an exact figure of three significant digits the body gives by another measure word (岗位…个): the same count
    ("柳岸县农村公路养护吸纳1,148名村民就近就业", ROADS.format(posts="1,148"), False),
    ("柳岸县农村公路养护吸纳1,148名村民就近就业", ROADS.format(posts="1,062"), True),
    # 超N borne out only by a total plus a daily average and one day's figure: no sum of parts
    ("青石夜市国庆假期客流超45万人次", FAIR.format(daily="日均", peak="单日"), True),
    ("青石夜市国庆假期客流超38万人次", FAIR.format(daily="日均", peak="单日"), False),
    # 翻番 over a rate whose earlier level another sentence gives (38% → 76% doubles; 41% → 76% does not)
    ("青竹镇农村供水水费收缴率一年翻番", WATER.format(low="41"), True),
    ("青竹镇农村供水水费收缴率一年翻番", WATER.format(low="38"), False),
    # a reservoir the body never names, while it reports on another
    ("大岭水库库区群众反映库尾淤积影响灌溉", RESERVOIR.format(name="黄泥坑水库"), True),
    ("大岭水库库区群众反映库尾淤积影响灌溉", RESERVOIR.format(name="大岭水库"), False),
])
def test_title_mismatch_counts_sums_levels_and_works(run, title, body, flag):
    assert bool(run(title, body, rule="title-mismatch")) is flag


BRIEF = "9月，市道路运输服务中心走访11家网络货运企业，其中8家已接入省级监测系统，只有3家上传资金流水数据。"


@pytest.mark.parametrize("title,flag", [
    # 有关情况 hides the finding, whatever the topic
    ("关于网络货运平台数据共享有关情况的报告", True),
    ("网络货运平台资金流水上传率不足三成", False),
    # a line of work and a stock claim of progress
    ("我市职业技能培训工作扎实推进", True),
    ("我市职业技能培训扎实推进 上半年培训2.3万人次", False),
    # 坚持 + a numbered slogan, then what it pushes: no subject
    ("坚持“三个聚焦” 推动农村公路高质量发展", True),
    ("柳岸县“三个聚焦”推动农村公路提档升级 新改建公路86公里", False),
])
def test_title_vague_situations_lines_of_work_and_slogans(run, title, flag):
    assert bool(run(title, BRIEF, rule="title-vague")) is flag


@pytest.mark.parametrize("body,flag", [
    # 临水临崖 is a kind of road section, not a place
    ("各地落实汛期值班制度，加强对临水临崖路段、桥梁隧道的巡查，及时发布预警信息。", True),
    ("各地落实汛期值班制度，加强对桃溪镇境内的临水临崖路段的巡查，及时发布预警信息。", False),
    # a professional cleaning company is a kind of firm; a named one is a firm
    ("按片区公开招标，由专业保洁公司负责河面漂浮物打捞，保洁覆盖率由63%提高到100%。", True),
    ("按片区公开招标，由青禾环境服务公司负责河面漂浮物打捞，保洁覆盖率由63%提高到100%。", False),
    # an anonymised shop or 老字号 with a qualifier clause (…的) is a case; a category is none
    ("区内一家经营了三代的糕点老字号，在培训后开通网店，6月线上销售额4.3万元。", False),
    ("一家开业40多年的酱菜店把散装酱菜改为小瓶装，进入了5家连锁超市。", False),
    ("部分老字号在培训后开通网店，6月线上销售额合计68万元。", True),
    # a reservoir the dictionary knows by its name; a kind of reservoir is none
    ("审计发现，石门水库除险加固工程结算多计价款46万元，已督促退回。", False),
    ("审计发现，病险水库除险加固工程结算多计价款46万元，已督促退回。", True),
    # a stem the dictionary does not know, before 片区: a place's name
    ("镇里近三年争取水土保持资金仅180万元，塘背片区约2400亩崩岗侵蚀区尚未治理。", False),
    ("镇里近三年争取水土保持资金仅180万元，部分片区约2400亩崩岗侵蚀区尚未治理。", True),
])
def test_no_examples_idioms_kinds_and_anonymised_shops(run, body, flag):
    assert bool(run("情况反映", body, rule="no-examples")) is flag


ACCOUNTS = ("截至9月底，全县在建工程项目58个，已开设农民工工资专户的{done}个；已开户项目通过专户代发工资1.27亿元。"
            "今年1-9月，全县受理欠薪类信访事项186件，同比下降21.5%。")
RECEPTION = ("7月16日是县级领导集中接访日，共接待来访群众17批52人次。其中，当场答复并化解的{part}件；"
             "其余{rest}件已交办相关部门，要求在30日内办结。")
QUARTER = "{period}，县人民来访接待中心共接待来访群众412批1037人次，批次同比下降12.6%。其中集体访23批。"
SAVINGS = ("收购期间，县局通过代烘代储和价格信息发布，帮助农民减少售粮损失。\n"
           "一是代烘代储。5家企业为农户代烘玉米9.2万吨，减少农户损失约550万元。\n"
           "二是价格信息发布。县局每周发布挂牌价，经测算全县农户合计多卖约1550万元。")
FIRES = ("1-9月，全县共发生火灾318起，比去年同期下降6.5%。3月和4月火灾起数最多，分别为52起和49起。"
         "{years}")


@pytest.mark.parametrize("title,body,flag", [
    # 全覆盖 over the whole first, then the part done
    ("县人社局在建项目农民工工资专户实现全覆盖", ACCOUNTS.format(done=51), True),
    ("县人社局在建项目农民工工资专户实现全覆盖", ACCOUNTS.format(done=58), False),
    # a township opening the title before 村干部 (金竹乡|村干部), over a body about another township
    ("金竹乡村干部座谈反映村级调解员“留不住”", "3月14日，县信访局在大垭乡召开村级调解员座谈会，大垭乡8个村的调解员共16人参加。"
     "大垭乡现有的8名村级调解员平均年龄58岁。", True),
    ("大垭乡村干部座谈反映村级调解员“留不住”", "3月14日，县信访局在大垭乡召开村级调解员座谈会，大垭乡8个村的调解员共16人参加。"
     "大垭乡现有的8名村级调解员平均年龄58岁。", False),
    # 创新高 over a body whose only 以来 is 今年以来: no earlier year to compare with
    ("县接待中心来访群众满意率创新高", "县人民来访接待中心今年以来在大厅设置评价器，1-10月共收集评价2318条，满意率96.1%。", True),
    ("县接待中心来访群众满意率创新高", "县人民来访接待中心今年以来在大厅设置评价器，1-10月共收集评价2318条，满意率96.1%，"
     "为2019年设置评价以来最高。", False),
    # 创五年新低 over months' counts (分别为52起和49起) and no earlier year
    ("岚峰县前三季度火灾起数创五年新低", FIRES.format(years=""), True),
    ("岚峰县前三季度火灾起数创五年新低", FIRES.format(years="2020年至2023年同期分别为402起、377起、351起和340起。"), False),
    # a month's figure (3月份) over a body that gives it for the quarter and never speaks of March
    ("3月份县人民来访接待中心接待来访群众412批", QUARTER.format(period="一季度"), True),
    ("3月份县人民来访接待中心接待来访群众412批", QUARTER.format(period="3月份"), False),
    # the title's verb on the whole (当场化解17件) when the body puts it on a part and the rest went elsewhere
    ("县领导接访日当场化解矛盾纠纷17件", RECEPTION.format(part=6, rest=11), True),
    ("县领导接访日当场化解矛盾纠纷17件", RECEPTION.format(part=17, rest=0), False),
    # a sum of a list's items, each in a paragraph of its own
    ("县秋粮收购期间帮助农民减少售粮损失2100万元", SAVINGS, False),
    ("县秋粮收购期间帮助农民减少售粮损失3100万元", SAVINGS, True),
])
def test_title_mismatch_wholes_months_verbs_and_lists(run, title, body, flag):
    assert bool(run(title, body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("title,flag", [
    ("我乡信访工作呈现良好态势", True),
    ("我乡信访量呈现量减案结态势 一季度来访批次下降12.6%", False),
    ("以改革创新为动力 推动储备粮管理水平迈上新台阶", True),
    ("市储备粮公司订单轮入粳稻1.14万吨 轮换效益迈上新台阶", False),
])
def test_title_vague_new_levels_and_trends(run, title, flag):
    assert bool(run(title, BRIEF, rule="title-vague")) is flag


@pytest.mark.parametrize("body,flag", [
    # an anonymised state granary; one numbered building of a named estate or depot
    ("轮训实操部分安排在县城一家国有粮库进行，学员分组完成测温、扦样操作，共培训120人次。", False),
    ("轮训实操部分安排在县内粮库进行，学员分组完成测温、扦样操作，共培训120人次。", True),
    ("动用维修资金需经“双三分之二”以上业主同意，滨河家园3号楼更换消防水泵的方案历时5个月仍未通过。", False),
    ("动用维修资金需经“双三分之二”以上业主同意，部分楼栋更换消防水泵的方案历时5个月仍未通过。", True),
    # a quoted estate counted with others (“锦绣华庭”等3个项目)
    ("“锦绣华庭”等3个项目因总包方资金紧张，仍有11件欠薪事项未办结。", False),
    ("部分项目因总包方资金紧张，仍有11件欠薪事项未办结。", True),
])
def test_no_examples_granaries_buildings_and_counted_projects(run, body, flag):
    assert bool(run("情况反映", body, rule="no-examples")) is flag


VISIT = ("4月10日，县委常委、政法委书记龙建军到白岩镇督导矛盾纠纷排查化解工作。龙建军一行查看排查台账，与村调解员等20余人座谈。"
         "龙建军强调，要坚持定期拉网式排查，对排查出的问题分类建档；{last}")


@pytest.mark.parametrize("body,flag", [
    # a requirement continued after a fronted object (对…问题，要…) is still the speech
    (VISIT.format(last="对可能引发集体访的苗头性问题，要第一时间报告、第一时间处置。"), True),
    (VISIT.format(last="督导发现，白岩镇今年排查出的41件纠纷中已化解38件。"), False),
    # a service opened and what people are spared (不必再到库点询问): a practice and its result, not narration
    ("近日，丰泉县粮食收储有限公司在收购库点开通售粮款到账短信提醒服务。开通短信提醒后，农户在家即可知道售粮款是否到账，"
     "不必再到库点询问。", False),
])
def test_dynamic_only_speech_continued_and_services_opened(run, body, flag):
    assert bool(run("县里开展工作", body, rule="dynamic-only")) is flag


@pytest.mark.parametrize("body,flag", [
    # a claim that turns to the problem in its own sentence: the figures after it are the problem's
    ("3月，县局对仓储设施进行了排查。经过集中整治，仓储管理工作取得了明显成效，但仓房老化问题依然突出。"
     "全县41栋储备仓房中17栋建于上世纪八十年代以前，占41.5%。", True),
    ("3月，县局对仓储设施进行了排查。经过集中整治，仓储管理工作取得了明显成效。"
     "全县41栋储备仓房中已有35栋完成维修改造，占85.4%。", False),
    # a finding (抽查发现) of the problem receding backs the claim before it
    ("推行半年来，企业主体责任意识明显增强。大队10月份抽查发现，企业自行整改的隐患占全部隐患的78%；"
     "“承诺不实”的企业由5月的19家降至10月的6家。", False),
])
def test_empty_claim_turns_and_receding_problems(run, body, flag):
    assert bool(run("县里开展工作", body, rule="empty-claim")) is flag


INSPECTION = ("4月16日至18日，市司法局检查组对3个区县的行政复议受理窗口开展实地检查，抽查复议案卷45卷。"
              "汝河县窗口尚未配备专门的听证室，有2件案件借用会议室举行听证。{end}")
CORRECTIONS = "1—8月，区政府审结行政复议案件214件，其中直接纠错13件，直接纠错率6.1%，比去年同期{change}0.8个百分点。"
TENANTS = "今年1至4月，金沙街道累计新引进入驻商务楼宇企业28家，其中一季度引进19家、4月份引进9家。"
INDICATORS = ("1-10月，全县经济运行总体平稳，主要指标增速均高于一季度和上半年，其中规上工业增加值同比增长7.8%。"
              "上半年规上工业增加值增长3.9%。")


@pytest.mark.parametrize("title,body,flag", [
    # a meeting room and a hearing are no meeting
    ("市司法局召开行政复议规范化建设推进会", INSPECTION.format(end=""), True),
    ("市司法局召开行政复议规范化建设推进会", INSPECTION.format(end="4月19日，市司法局召开推进会通报检查情况。"), False),
    # 降至 over a level the body says rose
    ("钧西区1—8月行政复议纠错率降至6.1%", CORRECTIONS.format(change="上升"), True),
    ("钧西区1—8月行政复议纠错率降至6.1%", CORRECTIONS.format(change="下降"), False),
    # a figure of another period: 28家 is 1至4月's, 一季度 has its own 19家
    ("金沙街道一季度新引进楼宇企业28家", TENANTS, True),
    ("金沙街道1至4月新引进楼宇企业28家", TENANTS, False),
    ("金沙街道一季度新引进楼宇企业19家", TENANTS, False),
    # a period the sentence only compares with (…高于上半年) is not the figure's
    ("1-10月我县规上工业增加值同比增长7.8%", INDICATORS, False),
])
def test_title_mismatch_rooms_directions_and_periods(run, title, body, flag):
    assert bool(run(title, body, rule="title-mismatch")) is flag


FEE = "1至11月，全市征收人防易地建设费5920万元。2020年至2023年，全市全年征收额分别为4310万元、5280万元、4760万元和5150万元。"
STATION = ("5月12日，白沙镇竹园村寄递物流综合服务站正式投入运营，这是全县首个村级站点，日均收发快件420余件。"
           "县邮政管理局将按照“一站多能”模式，年内在杉木乡、溪口镇再建成2个站点。")
COURIERS = "推行半年来，全市末端网点快递员月均收入由5120元提高到5500元，增加380元。"
PARCELS = ("石门县快递企业单独进村每件成本一度高达1.5元。今年以来，县交通运输局推动客货邮融合发展，每件快件进村成本降至{now}元。")
TOURS = "今年1至9月，东汀镇侨批文化研学线路共接待研学团队214批、8600人次，比去年同期的4100人次增长1.1倍。"
SAVED = "前三季度，云岭分中心完成工程建设和政府采购项目412个，节约资金{saved}亿元，节资率7.0%。"
RATES = "上半年，白沙县政府采购节资率6.7%。从历年情况看，节资率2021年为8.9%、2022年为7.8%、2023年为7.2%。"
MALL = ("1至8月，石门县政府采购电子卖场成交金额8430万元，去年同期为5660万元，同比增长48.9%。"
        "今年起县财政局将电子卖场适用限额由50万元提高至100万元。")
RENT = ("今年以来，青屿区推动租房提取业务向线上迁移。1—7月，全区办理租房提取2.36万笔，其中线上办理2.03万笔，占86%。\n"
        "目前仍有约3300笔业务需到柜台办理。")
LOANS = "上半年，全市发放住房公积金个人贷款3962笔、16.8亿元，同比分别增长6.1%和9.8%。"
FUND = "截至今年6月底，鹤湾镇侨眷互助基金规模由去年同期的68万元增至{now}万元，月定捐乡亲达到312人。"
VISITS = "今年1至10月，全县共接待回乡恳亲的海外乡亲1480人次，比去年同期增长24.4%。{end}"
CASES = "今年1至8月，北塘区共查处涉烟违法案件57起，同比增加9起。其中无证经营案件14起，同比{change}6起。"


@pytest.mark.parametrize("title,body,flag", [
    # a record set above a past series the body gives
    ("全市人防易地建设费征收额创近五年新高 1至11月达5920万元", FEE, False),
    ("全市人防易地建设费征收额创近五年新高 1至11月达5020万元", FEE, True),
    # open and in use: 建成 is borne out, whatever is built next (再建成)
    ("白沙镇建成全县首个村级寄递物流综合服务站 日均收发件420余件", STATION, False),
    # a change's amount, not the level reached (由5120元提高到5500元，增加380元)
    ("市邮政管理局推动派费公示 快递员月均收入增加380元", COURIERS, False),
    ("市邮政管理局推动派费公示 快递员月均收入增加480元", COURIERS, True),
    # a fall given as a level reached and one an earlier sentence gives the title's measure
    ("石门县“客货邮”融合让快件进村成本下降四成", PARCELS.format(now="0.9"), False),
    ("石门县“客货邮”融合让快件进村成本下降四成", PARCELS.format(now="1.2"), True),
    # 翻番 borne out by a stated multiple, in a title whose other words the body puts otherwise
    ("东汀镇侨批文化研学线路接待量一年翻番", TOURS, False),
    # 约 means rounded: 1.38亿 is no 约1.5亿
    ("云岭县前三季度工程招标和政府采购节约资金约1.5亿元", SAVED.format(saved="1.38"), True),
    ("云岭县前三季度工程招标和政府采购节约资金约1.5亿元", SAVED.format(saved="1.47"), False),
    # 创新高 over years given one by one, falling
    ("白沙县政府采购节资率创历史新高", RATES, True),
    # 翻番 over +48.9%, whatever limit was doubled
    ("石门县政府采购电子卖场成交额同比翻番", MALL, True),
    # a paragraph going on about the one before (目前仍有…) contradicts its 全覆盖
    ("青屿区租房提取实现“零跑腿”全覆盖", RENT, True),
    # respective rates: 9.8% is the amount's, 笔数 rose 6.1%
    ("上半年全市公积金贷款发放笔数同比增长9.8%", LOANS, True),
    ("上半年全市公积金贷款发放笔数同比增长6.1%", LOANS, False),
    ("上半年全市公积金贷款发放金额同比增长9.8%", LOANS, False),
    # 翻番 over two levels of a measure named by two common words together (基金规模)
    ("鹤湾镇侨眷互助基金规模一年翻番", FUND.format(now="120"), True),
    ("鹤湾镇侨眷互助基金规模一年翻番", FUND.format(now="140"), False),
    # 创新高 over a level that only recovered to part of an earlier one
    ("今年回乡恳亲海外乡亲人数创新高", VISITS.format(end="但与2019年同期的2650人次相比，仍只恢复到56%左右。"), True),
    ("今年回乡恳亲海外乡亲人数创新高", VISITS.format(end="比此前最高的2019年同期2650人次多出120人次，为有统计以来最高。"), False),
    # 上升 over a part (其中…) that fell
    ("北塘区无证经营卷烟案件数量明显上升", CASES.format(change="减少"), True),
    ("北塘区无证经营卷烟案件数量明显上升", CASES.format(change="增加"), False),
])
def test_title_mismatch_records_steps_changes_and_respective_rates(run, title, body, flag):
    assert bool(run(title, body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("title,body,flag", [
    # 零售户 is no zero claim; works where nothing happened are no count of events
    ("北塘区加强零售户诚信管理", "北塘区推行零售户诚信等级管理，今年1—8月，全区零售户违规经营案件31起，同比减少12起。", False),
    ("东湖区汛期46处人防工程零进水", "东湖区汛期46处人防工程未发生进水。", False),
    ("东湖区汛期人防工程零进水", "东湖区汛期3处人防工程进水，已全部排除。", True),
    # a group given by its example (双溪乡等偏远乡镇) is no part of the county
    ("石桥县偏远乡镇零售户紧俏品规订足率仅52%", "二季度，全县县城零售户订足率为87%，而双溪乡等偏远乡镇零售户仅为52%。", False),
    # a share's rest bears a rounded share out only when the title says what is not
    ("近三成归侨侨眷家庭存在因病致贫风险", "排查2150户归侨侨眷家庭，有400户医疗自付超过收入20%，占18.6%，其中老人患慢性病的占七成。", True),
    ("抽查对象近四成缺少完整探访记录", "抽查的1,452人中近3个月有完整探访记录的只有893人，占61.5%。", False),
])
def test_title_mismatch_zero_words_groups_and_rests(run, title, body, flag):
    assert bool(run(title, body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("title,flag", [
    ("画好最大同心圆 奏响侨乡发展最强音", True),
    ("强化管理 提升效能 推动国有资产保值增值", True),
    ("岚川农发集团盘活闲置粮库8处 租金收缴率提高到97%", False),
    # 关于…情况 names no finding, even of a named campaign
    ("关于鹿鸣县管理部开展“服务提升月”活动的情况", True),
    ("鹿鸣县管理部“服务提升月”压缩提取办理时限至1个工作日", False),
    ("基层防震减灾工作面临的困难及对策建议", True),
    ("农居抗震改造补助标准偏低 三成改造户自筹超5万元", False),
    ("东湖区人防工作多点发力稳步推进", True),
    ("白沙分中心召开会议传达学习有关精神", True),
    ("青溪分中心在优化营商环境上下功夫", True),
])
def test_title_vague_slogans_of_goals(run, title, flag):
    assert bool(run(title, BRIEF, rule="title-vague")) is flag


@pytest.mark.parametrize("body,flag", [
    # a branch named by its place (北塘分局, 枫桥分中心) is a body; 税务分局 is a kind
    ("8月，北塘分局会同市邮政管理局对辖区21个快递网点开展检查，发现3个网点违规留存面单。", False),
    ("8月，税务分局会同市邮政管理局对辖区21个快递网点开展检查，发现3个网点违规留存面单。", True),
    # three places listed before 等乡镇
    ("组织技术人员到青榴、红崖、沙沟等乡镇开展政策宣讲28场。", False),
    ("组织技术人员到各乡镇开展政策宣讲28场。", True),
    # anonymised: a parcel outlet, a house, a school placed by its direction, 某园区
    ("县城一家快递网点发现一名寄件人连续5次寄递同一品规卷烟，顺线查获假烟230条。", False),
    ("城北一所中学的操场避难场所内未设应急照明，共检查场所16处。", False),
    ("全县学校的操场避难场所内未设应急照明，共检查场所16处。", True),
    ("某园区对一个新能源配件项目以每亩5万元出让土地，不足最低价的四成。", False),
    # not names: 县属 (建议|县属企业), 平台公司, 县委统战部, 辖区电子烟市场
    ("建议县属企业投资项目实行清单管理，目前在建项目12个。", True),
    ("政府部门及平台公司欠款占52%，共涉及金额3.6亿元。", True),
    ("意见由县委统战部统一登记，共收集诉求单86张。", True),
    ("辖区电子烟市场总体平稳，检查经营户12家。", True),
])
def test_no_examples_branches_lists_and_anonymised_sites(run, body, flag):
    assert bool(run("情况反映", body, rule="no-examples")) is flag


@pytest.mark.parametrize("body,flag", [
    # a claim closing its paragraph right after measured outcomes sums them up
    ("管理部委托第三方回访1200名办事群众，满意率为97.5%，比去年同期的91.2%提高6.3个百分点；"
     "“办事等待时间长”的投诉由去年同期的46件降至9件。群众满意度明显提升。", False),
    ("管理部安排3名工作人员为老年人代办业务，累计帮办4316件。群众满意度明显提升。", True),
    # a claim that only qualifies a noun (成效明显的前提) claims nothing
    ("县人防办认为，“以租代管”成效明显的前提是考核要跟上，目前每季度开展一次维护考核。", False),
])
def test_empty_claim_summing_up_and_qualifiers(run, body, flag):
    assert bool(run("县里开展工作", body, rule="empty-claim")) is flag


@pytest.mark.parametrize("body,flag", [
    # a plan's figure is no result; a company's 达 (恒达) is no result's 达
    ("7月23日，市局副局长何志远带队到白沙县督导烟叶收购准备工作，查看收购场地。柳湾乡烟叶收购站今年计划收购烟叶1.8万担。"
     "何志远要求，要坚持公平公正收购。", True),
    ("7月23日，市局副局长何志远带队到白沙县督导烟叶收购准备工作，查看收购场地。柳湾乡烟叶收购站已收购烟叶1.8万担，同比增长12%。"
     "何志远要求，要坚持公平公正收购。", False),
    ("5月21日，管理部主任林秀云走访恒达机械制造有限公司等三家企业。座谈会上，林秀云介绍了缴存政策。"
     "她要求，归集科要与园区保持常态联系。", True),
    # after a training class, 通过培训…提升了能力 is its claimed effect
    ("5月22日，县人防业务培训班开班，副县长陈立群出席开班仪式并讲话。通过培训，进一步提升了全县人防干部的业务能力。", True),
])
def test_dynamic_only_plans_company_names_and_training_effects(run, body, flag):
    assert bool(run("县里开展工作", body, rule="dynamic-only")) is flag


DRIVE = ("今年以来，县市场监管局组织“送考下乡”。1-6月，全县共有196人取得特种设备作业人员证，比去年同期的150人增加46人，增长30.7%。")
RUMOURS = "上半年，全市共处置涉本地网络谣言312条，从发现到发布权威信息的平均时长由去年同期的4.3小时缩短至1.6小时。"
TRUST = "7月下旬检索发现标注“芦湾青梅”的在售商品链接312条，其中未授权的214条；未授权链接中，店铺注册地在县外的172条，占80.4%。"
INCOME = ("一季度，青岗镇16个村村集体总收入412万元，同比增长31%。其中补助性收入236万元，占57.3%；发包、租赁等收入176万元。")
COOPS = ("1—10月，青岗镇14个村级合作社实现经营收入1108万元，同比增长62%。从单个合作社看，收入同比翻番的有4个，收入下降的有2个。")
TERMINALS = ("截至8月底，全县14个乡镇（街道）中已有13个司法所完成部署，共安装自助终端26台；双桥司法所因办公用房改造，终端计划于11月安装。")
AGENDA = ("澄川县人大常委会财经工委对全县经济运行进行了监测。1-5月，全县规模以上工业增加值同比增长7.2%。"
          "财经工委将在7月常委会会议听取上半年计划执行情况报告时提出审议意见。")
ORDERS = "运行两年来，桃岭镇办结的民生实事由2022年的23件增加到2024年1-10月的{now}件，代表满意率保持在90%以上。"
CHECKS = ("9月10日至12日，县人大常委会执法检查组深入柳湾镇、双河镇，随机抽查在建工地8个、涉气企业11家，与企业负责人座谈。"
          "检查组要求有关部门限期整改，整改情况将在11月常委会会议审议执法检查报告时一并报告。")
ARREARS = "截至6月底，全县12个乡镇财政所账面滞留各类涉农补贴资金{amount}万元，其中超过3个月未发放的1570万元。"


@pytest.mark.parametrize("title,body,flag", [
    # a share or rate cut short (30% for 30.7%) or a 近 a little past its mark (近八成 for 80.4%)
    ("我县特种设备作业人员取证人数同比增长30%", DRIVE, False),
    ("我县特种设备作业人员取证人数同比增长32%", DRIVE, True),
    ("“芦湾青梅”冒用问题显现 未授权链接近八成来自县外店铺", TRUST, False),
    # 缩短六成 is a rate of change the two levels bear out
    ("沧澜市建立辟谣联动机制 处置用时缩短六成", RUMOURS, False),
    ("沧澜市建立辟谣联动机制 处置用时缩短八成", RUMOURS, True),
    # the total's rate under a title's qualified noun the body never names
    ("一季度青岗镇村集体经营性收入同比增长31%", INCOME, True),
    ("一季度青岗镇村集体总收入同比增长31%", INCOME, False),
    # parts that doubled (翻番的有4个) are no multiple of the whole
    ("1—10月青岗镇村级合作社经营收入同比翻番", COOPS, True),
    # N of a kind with a longer kind after the part's count (13个司法所完成)
    ("临溪县“智慧矫正”自助终端实现乡镇全覆盖", TERMINALS, True),
    # a report yet to come (将在7月…听取上半年…报告) gives the body no period
    ("澄川县1-6月主要经济指标运行监测：规上工业增加值增长7.2%", AGENDA, True),
    ("澄川县1-5月主要经济指标运行监测：规上工业增加值增长7.2%", AGENDA, False),
    # levels with a month range (2024年1-10月的38件)
    ("桃岭镇“代表点单”机制运行两年 民生实事办结量翻番", ORDERS.format(now=38), True),
    ("桃岭镇“代表点单”机制运行两年 民生实事办结量翻番", ORDERS.format(now=48), False),
    # an inspection's talk and a meeting still to come are not the title's meeting
    ("县人大常委会召开大气污染防治法执法检查汇报会", CHECKS, True),
    # the title's measure moved the other way; the agreeing rate is another measure's
    ("前三季度我市商标侵权案件数同比下降18%", "今年前三季度，全市共立案查处商标侵权案件286件，同比增加31件；罚没款合计1042万元，同比下降18%。", True),
    ("前三季度我市商标侵权罚没款同比下降18%", "今年前三季度，全市共立案查处商标侵权案件286件，同比增加31件；罚没款合计1042万元，同比下降18%。", False),
    # 近 is within a tenth: 4120万 is no 近5000万
    ("澄川县涉农补贴资金滞留乡镇财政所近5000万元", ARREARS.format(amount=4120), True),
    ("澄川县涉农补贴资金滞留乡镇财政所近5000万元", ARREARS.format(amount=4720), False),
])
def test_title_mismatch_rounding_qualifiers_parts_and_meetings(run, title, body, flag):
    assert bool(run(title, body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("title,flag", [
    ("县人大常委会领导深入基层开展调研", True),
    ("县人大常委会领导到桃岭镇调研代表联络站建设 提出三项整改要求", False),
    ("坚持以职工为中心 推动工会工作高质量发展", True),
    ("多措并举推动专利转化运用见实效", True),
    ("桥头所强化气瓶充装环节监管", True),
    ("桥头所给4.16万只气瓶贴上追溯码 拦截超期未检气瓶318只", False),
])
def test_title_vague_visits_centres_and_stepped_up_supervision(run, title, flag):
    assert bool(run(title, BRIEF, rule="title-vague")) is flag


@pytest.mark.parametrize("body,flag", [
    # a body of a named county, however the tagger reads its name
    ("前三季度，枫渡县委网信办共受理网络违法和不良信息举报1180件，同比增长18%。", False),
    # a village whose name ends in a landform character (杉木冲村)
    ("杉木冲村集体光伏电站今年发电收益8.6万元，全部归村集体。", False),
    ("村集体光伏电站今年发电收益8.6万元，全部归村集体。", True),
])
def test_no_examples_county_bodies_and_landform_villages(run, body, flag):
    assert bool(run("情况反映", body, rule="no-examples")) is flag


ENFORCEMENT = ("7月至9月，县农业综合行政执法大队立案查处破坏耕地和农田水利设施违法案件23起，较二季度增加9起。"
               "四季度，执法大队将在晚稻收割后开展项目区集中巡查。")
STATIONS = ("截至6月底，全县已建成村级电商服务站118个，覆盖118个行政村，其余8个行政村因人口外流严重，暂由相邻村站点代为服务。")
PRESALE = ("今年7—9月，全县网商共接到蜜柚预售订单42.6万单，较去年同期下降3.1%，比2022年同期的历史最高水平51.3万单少8.7万单。")
MUSHROOMS = "经县农技中心测产，鹤鸣镇示范基地轮作田块香菇亩产{now}吨，比基地2022年连作田块的3.2吨增加{rise}吨。"


@pytest.mark.parametrize("title,body,flag", [
    # a quarter the body gives as a run of months (7月至9月); a plan's period is none
    ("禾溪县三季度查处耕地和农田设施违法案件23起", ENFORCEMENT, False),
    ("禾溪县二季度查处耕地和农田设施违法案件23起", ENFORCEMENT, True),
    # IPO is the body's 首次公开发行
    ("澄波电子创业板IPO申请获受理", "6月21日，岚川澄波电子科技股份有限公司首次公开发行股票并在创业板上市的申请获交易所受理。", False),
    # the rest of them only served by others (其余8个…暂由…代为服务) is no 全覆盖
    ("青岚县实现村级电商服务站行政村全覆盖", STATIONS, True),
    # 创历史新高 over a body that puts the record higher
    ("柘川县三季度蜜柚网络预售订单创历史新高", PRESALE, True),
    # 翻番 over two levels a few words apart (比基地2022年连作田块的3.2吨)
    ("鹤鸣镇食用菌示范基地推广“菌稻轮作” 香菇亩产翻番", MUSHROOMS.format(now="5.1", rise="1.9"), True),
    ("鹤鸣镇食用菌示范基地推广“菌稻轮作” 香菇亩产翻番", MUSHROOMS.format(now="6.6", rise="3.4"), False),
    # one part's highest rate is no record
    ("机电工程学校订单班学生流失率创新高", "6个订单班的238名学生中有51人未到订单企业就业，流失率21.4%。华骏公司订单班流失率最高。", True),
    ("禾溪县年度投资额创近五年新高", "今年禾溪县高标准农田建设总投资7500万元，是近五年来年度投资额最高的一年。", False),
])
def test_title_mismatch_month_runs_rests_records_and_levels(run, title, body, flag):
    assert bool(run(title, body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("body,flag", [
    # kinds of firm and departments by short name are no names
    ("上半年，我市小额贷款公司累计发放贷款12.6亿元，同比增长8%。", True),
    ("建立台账后上报，与公安、卫健、医保部门共享数据，核查对象1260人。", True),
    ("市教育局会同行业协会制定课程标准，共制定标准12项。", True),
    ("上半年，岚川恒锐小额贷款有限公司累计发放贷款1.2亿元，同比增长8%。", False),
])
def test_no_examples_kinds_of_firm_and_departments(run, body, flag):
    assert bool(run("情况反映", body, rule="no-examples")) is flag


@pytest.mark.parametrize("body,flag", [
    # a lead claim followed by three sentences of outcome figures is backed
    ("今年以来，县科技局统筹推进各项工作，全县科技创新工作取得了明显成效。一是今年新认定高新技术企业9家，有效期内高企达到41家。"
     "二是1至11月全县登记技术合同162项，成交额5870万元。三是新建村级科普e站9个。", False),
    ("今年以来，县科技局统筹推进各项工作，全县科技创新工作取得了明显成效。一是举办科普活动58场。二是发放宣传资料2000份。", True),
    # what a service relates to (直接关系老年人的获得感) is no claim
    ("老年助餐服务是一项民生实事，直接关系老年人的获得感和幸福感。全乡5个助餐点今年已更换厨师6人次。", False),
])
def test_empty_claim_lead_overviews_and_relations(run, body, flag):
    assert bool(run("县里开展工作", body, rule="empty-claim")) is flag


DROPOUTS = ("今年春季学期，柳河镇开展开学排查，发现疑似辍学学生6人，其中2人核实在外地就读，4人经上门劝返后全部复学。"
            "到7月5日学期结束，全镇义务教育阶段学生无一人辍学。")
SURVEYS = ("10月组织的家长满意度测评回收问卷1.6万份，满意度为94.8%。该测评自2021年秋季起每学期开展一次，"
           "此前六次结果依次为86.1%、88.7%、90.2%、91.5%、92.9%和93.4%，本次为{which}。")
CANTEENS = ("截至6月底，全县38所学校食堂全部实现“互联网+明厨亮灶”。3月抓拍违规186次，6月降至71次，下降62%；"
            "抓拍问题均推送学校整改，整改完成率98%。")
DISCLOSURE = "一季度按时公开的组织有402家，按时公开率61%；二季度上升到587家、89%。"
SIGNING = "截至今年6月底，全乡签约7112人，签约率63.5%，比一年前提高22.3个百分点。"


@pytest.mark.parametrize("title,body,flag", [
    # those suspected and brought back (疑似辍学…劝返后全部复学) are no dropouts
    ("柳河镇春季学期控辍保学“双线包保”实现零辍学", DROPOUTS, False),
    ("柳河镇春季学期控辍保学“双线包保”实现零辍学", DROPOUTS.replace("全部复学", "3人复学、1人仍未返校")
     .replace("无一人辍学", "辍学学生1人"), True),
    # 历次最高 after the earlier results in order
    ("秋季学期家长满意度94.8%创新高", SURVEYS.format(which="历次最高"), False),
    # 整改完成率 measures the problems put right, not the coverage
    ("全县38所学校食堂“明厨亮灶”实现全覆盖", CANTEENS, False),
    # a rate's new level after a change word (上升到587家、89%)
    ("我市社会组织按时公开率提高到89%", DISCLOSURE, False),
    # the level a rate rose from, given as the change (比一年前提高22.3个百分点)
    ("杨柳坪乡签约率从41.2%提高到63.5%", SIGNING, False),
    ("杨柳坪乡签约率从31.2%提高到63.5%", SIGNING, True),
    # 在谈亿元项目 is a class of project, no amount
    ("澄水县对在谈亿元项目实行县领导包保", "会议确定，对全县在谈的亿元以上招商项目实行县领导包保，目前纳入包保的项目17个。", False),
])
def test_title_mismatch_returns_series_rectification_and_bases(run, title, body, flag):
    assert bool(run(title, body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("title,flag", [
    ("聚焦民生关切 织密食品安全防护网", True),
    ("紧紧围绕健康澄川建设 统筹推进县域医共体高质量发展的调研与思考", True),
    ("雪峪县17家菜籽油小油坊复检全部合格", False),
])
def test_title_vague_nets_and_reflections(run, title, flag):
    assert bool(run(title, BRIEF, rule="title-vague")) is flag


@pytest.mark.parametrize("body,flag", [
    ("县第二中学推行课后服务“菜单制”，参与学生1260人。", False),
    ("某乡一户村民举办婚宴前一天晚上拌好凉菜，次日12人出现腹泻。", False),
    ("县城东部一个安置了600余户搬迁群众的安置点，办证时间由11天缩短到3天。", False),
    ("部分学校推行课后服务“菜单制”，参与学生1260人。", True),
])
def test_no_examples_numbered_schools_and_anonymised_sites(run, body, flag):
    assert bool(run("情况反映", body, rule="no-examples")) is flag


NAPS = ("截至10月底，全县54所农村义务教育学校中，已有46所为学生提供午休服务。\n"
        "其余8所学校因校舍面积不足，学生{still}只能趴在课桌上午休。")


@pytest.mark.parametrize("title,body,flag", [
    # the rest of them still without it (其余8所…仍只能…) is no 全覆盖
    ("我县农村学校“午餐+午休”服务实现全覆盖", NAPS.format(still="仍"), True),
    # a part's change (其中工业民间投资增长) is not the measure's own; the whole's fell
    ("前三季度我市商标侵权案件数同比下降18%", "今年前三季度，全市共立案查处商标侵权案件286件，同比增加31件，其中商标侵权案件中的网络案件同比下降18%；"
     "罚没款合计1042万元，同比下降18%。", True),
])
def test_title_mismatch_the_rest_still_and_parts_changes(run, title, body, flag):
    assert bool(run(title, body, rule="title-mismatch")) is flag
