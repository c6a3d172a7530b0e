"""Hand-written name pools and field-independent sentence pools.

All place, unit, enterprise and person names are invented for this corpus.
Any resemblance to a real place is a coincidence of common Chinese syllables.
"""

# Fictional localities: (name, level). Level decides 全县/全区 and 县/区 wording.
LOCALITIES = [
    ("澜溪县", "县"), ("槐阳县", "县"), ("柏川区", "区"), ("岚江县", "县"),
    ("沐城区", "区"), ("芷水县", "县"), ("栖云县", "县"), ("蓼湾区", "区"),
    ("棠溪县", "县"), ("桐岭县", "县"),
]

# Four towns per locality (same order as LOCALITIES).
TOWNS = [
    ["苇溪镇", "杏坪镇", "柳塘镇", "石埠镇"],
    ["鹤鸣镇", "梅岭镇", "松溪镇", "黄泥乡"],
    ["云台街道", "沙湾镇", "桂山镇", "青岗镇"],
    ["龙渚镇", "丰乐镇", "银杏镇", "双溪乡"],
    ["东篱街道", "白鹭镇", "莲塘镇", "茶坪镇"],
    ["芦花镇", "古渡镇", "枫林镇", "瓦屋乡"],
    ["雾岭镇", "栖霞镇", "青竹镇", "石笋乡"],
    ["湾头街道", "蓼花镇", "渔浦镇", "盐井镇"],
    ["棠梨镇", "桃溪镇", "金鸡镇", "仙女乡"],
    ["桐木镇", "清泉镇", "马鞍镇", "柏林乡"],
]

VILLAGE_STEMS = (
    "柳湾 杏林 石门 桃源 枫岭 梨花 青石 双河 古井 新桥 龙潭 白果 竹园 松坪 荷塘 茶山 金盆 "
    "鹿鸣 清溪 红岩 水碾 凤凰 大田 河坝 槐树 响水 高坎 草坪 庙坝 观音 桂花 油坊 田坝 官庄 "
    "河湾 雁塘 杨柳 岩口 花园 兴隆 楠木 团结 胜利 长岭 新民 永安"
).split()

COMMUNITY_STEMS = (
    "滨河 南门 东城 锦绣 和平 翠湖 望江 新华 文昌 书院 北关 朝阳 紫荆 幸福 桂香 "
    "龙山 学府 春晖 园丁 河西"
).split()

BRANDS = (
    "鑫源 恒丰 瑞达 佳禾 宏泰 绿源 丰泽 金穗 德昌 华盛 润康 天成 诚信 永盛 嘉禾 "
    "兴旺 裕丰 安和 明远 昌隆 康宁 汇通 广益 锦程"
).split()

SCHOOL_SUFFIXES = ["中心小学", "实验小学", "初级中学", "中学", "幼儿园"]
HOSPITAL_FORMS = ["{town}卫生院", "{loc}人民医院", "{loc}中医医院", "{town}中心卫生院"]
MARKET_FORMS = ["{town}农贸市场", "{loc}城南农贸市场", "{town}集贸市场"]
SURNAMES = list("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙段钱汤尹黎易常武乔贺赖龚文")

# Project name stems per field (rendered as "<town><stem>").
PROJECTS = {
    "市场监管": ["智慧农贸市场改造项目", "食品产业园建设项目"],
    "农业农村": ["高标准农田示范片项目", "现代农业产业园项目"],
    "应急管理": ["防洪堤加固工程", "林区防火通道工程", "河道堤防整治工程"],
    "生态环境": ["污水处理厂提标改造工程", "安置房建设项目", "商住楼建设项目"],
    "人力资源社会保障": ["安置房建设项目", "标准厂房建设项目", "道路改造工程"],
    "交通运输": ["至县城公路改建工程", "客运换乘中心", "大桥改建工程", "超限检测站"],
    "信访": ["棚户区改造项目", "道路拓宽工程", "安置小区建设项目"],
    "统计": ["电子产业园项目", "新能源电池项目", "物流园建设项目"],
    "住房城乡建设": ["棚户区改造项目", "商住小区项目", "安置房项目", "老旧小区外墙改造工程"],
}
DEFAULT_PROJECTS = ["安置房建设项目", "道路改造工程"]

# Periods and their scope words. No bare "N月" so no date can be read out of them.
PERIODS = ["今年以来", "一季度", "上半年", "前三季度", "今年前两个季度"]
PERIOD_END = {"一季度": (3, 31), "上半年": (6, 30), "今年前两个季度": (6, 30), "前三季度": (9, 30)}

# Fields in which town governments also write items.
TOWN_FIELDS = ["农业农村", "应急管理", "生态环境", "信访", "民政"]

# ---- dynamic-only (meeting narration) pools -------------------------------
LEADERS = {
    "县": ["县委常委、副县长", "副县长", "县政府党组成员", "县委常委、县委办主任"],
    "区": ["区委常委、副区长", "副区长", "区政府党组成员"],
    "镇": ["镇党委书记", "镇长", "镇党委副书记", "分管副镇长"],
}
UNIT_LEADERS = ["局党组书记、局长", "局党组成员、副局长", "主要负责人", "分管负责人"]
MEETING_KINDS = ["工作推进会", "工作部署会", "专题会议", "工作座谈会", "业务培训会", "工作调度会"]
MEETING_ACTS = [
    "会议传达学习了上级有关会议精神",
    "会议通报了前期工作情况",
    "各乡镇和相关单位作了交流发言",
    "会议对下阶段工作作了安排",
    "会议解读了有关政策文件",
    "与会人员围绕工作重点进行了讨论",
    "会上宣读了相关工作方案",
]
MEETING_REQS = [
    "要提高思想认识，把各项任务落到实处",
    "要压实工作责任，确保按时完成任务",
    "要加强部门协作，形成工作合力",
    "要强化督促检查，对工作不力的严肃问责",
    "要做好宣传引导，让群众了解相关政策",
    "要坚持问题导向，聚焦重点难点",
    "要建立工作台账，定期调度进展",
]
ACTIVITY_ONLY = [
    "活动现场设置了政策咨询台，工作人员向过往群众发放宣传资料并解答咨询",
    "工作人员通过悬挂横幅、摆放展板等方式开展宣传",
    "活动中，志愿者为群众讲解了相关政策知识",
    "现场还设置了互动问答环节",
]

# ---- cliche sentences (each contains several stock phrases) ----------------
CLICHE_SENTENCES = [
    "在{sup}的正确领导下，{U}高度重视，精心组织，周密部署",
    "各单位统一思想、认清形势，狠抓落实，扎实推进各项任务",
    "下一步，{U}将持续深化{short}工作，为{P}高质量发展做出新的更大贡献",
    "{U}切实加强组织领导，充分发挥职能作用，不断提升服务水平",
    "全面贯彻上级部署，为{short}工作奠定坚实基础、提供有力支撑",
    "认真贯彻上级要求，积极推进{short}工作再上新台阶",
    "综上所述，{short}工作总体良好，但仍有待加强，部分制度尚需完善",
    "活动现场气氛热烈，与会人员合影留念，活动圆满结束",
]
# Sentences with exactly one stock phrase, for items that may carry one or two.
ONE_STOCK = [
    "下一步，{U}将持续深化{short}工作",
    "{U}对此项工作高度重视",
    "各相关单位狠抓落实，确保各项措施落地",
    "下一步，{U}将积极推进{short}工作",
    "{U}切实加强部门协作",
    "从调研情况看，相关配套制度尚需完善",
]

# ---- empty claims (claim words, no figure, no name) ------------------------
EMPTY_CLAIMS = [
    "通过以上措施，{scope}{short}工作成效明显，群众满意度大幅提升",
    "经过努力，{short}工作效果显著，基层面貌焕然一新",
    "目前，{scope}{short}水平显著提高，群众获得感明显增强",
    "各项措施落地后，{short}工作取得显著成效",
    "这种做法实施以来效果明显，得到群众普遍认可",
    "专项行动开展后，{short}领域突出问题得到有效遏制",
]
CLAIM_AFTER = [
    "下一步，{U}将总结经验做法，在更大范围推广",
    "群众对此反响良好",
    "相关做法将继续完善",
]

# ---- research / experience glue ------------------------------------------
PROBLEM_INTROS = [
    "为摸清{short}工作实际情况，{U}组成调研组，深入{scope}{n}个{subunits}开展专题调研，走访群众和企业{m}户",
    "近期，{U}围绕{short}工作开展专题调研，通过座谈、入户走访等方式，收集基层意见{m}条",
    "{U}对{scope}{short}工作进行了专题调研，实地查看{n}个{subunits}，发放问卷{m}份",
]
PROBLEM_INTROS_NOFIG = [
    "为摸清{short}工作实际情况，{U}组成调研组，深入基层开展专题调研",
    "近期，{U}围绕{short}工作开展专题调研，通过座谈、入户走访等方式听取基层意见",
]
PROBLEM_BRIDGES = [
    "调研发现，{short}工作推进有序，但也暴露出以下问题",
    "从调研情况看，当前主要存在以下问题",
    "调研中也发现了需要关注的问题",
]
CAUSE_LEADS = ["究其原因", "分析原因", "从原因看"]
SUGGEST_LEADS = ["为此建议", "对此，调研组建议", "建议从以下方面着手"]
PROBLEM_CASE_GLUE = [
    "在{TOWN}调研时，基层干部普遍反映了此类情况",
    "{TOWN}的干部群众对此反映较多",
    "调研组在{TOWN}座谈时，多名基层干部提到此类问题",
]
PROBLEM_ELABORATE = [
    "此类问题在偏远乡镇更为突出",
    "如不及时解决，可能影响群众对政策的认可",
    "基层干部对此普遍感到压力较大",
    "部分群众对此意见较大",
    "该问题近两年呈上升趋势",
]
SUGGEST_ELABORATE = [
    "由主管部门牵头制定具体办法",
    "可先选择条件成熟的乡镇试点",
    "相关经费纳入年度预算",
    "建立部门联席会议定期研究",
    "对落实情况开展跟踪评估",
]
INSIGHTS = [
    "让群众参与决策，能减少后续矛盾",
    "把工作重心前移到源头，比事后处罚更有效",
    "制度化的常态管理比集中整治更持久",
    "部门数据共享是提高效率的关键",
    "用好基层网格力量，能让问题发现得更早",
    "公开透明的办理流程是赢得群众信任的前提",
]
EXP_RESULT_LEADS = ["从实施效果看", "目前", "截至目前", "实施以来"]
COMPREHENSIVE_LEADS = [
    "{T}，{scope}{field}工作运行平稳，重点任务按计划推进",
    "{T}，{U}围绕年度目标，统筹推进{field}各项工作",
    "{T}，{scope}{field}领域主要指标保持平稳",
]
SOURCE_ATTRIB = ["据{P}{dept}统计", "据{dept}提供的数据", "从{dept}汇总情况看"]
NEXT_STEPS = [
    "下一步，{U}将{sug}",
    "下阶段，{U}计划{sug}",
    "{U}表示，下一步将{sug}",
]
# Stock-free closers for dynamic items.
DYN_CLOSERS = [
    "据了解，这项工作将持续到年底",
    "相关工作将纳入年度考核",
    "后续情况将定期向社会公布",
]

ORDINAL_NOFIG = [
    "下一步，{U}将进一步完善{short}工作机制",
    "{U}还将出台一系列配套措施，进一步压实各方责任",
    "下一步，{U}将进一步加大{short}工作督导力度",
]
LANDLINES = ["0838-5212345", "0745-6631208", "0793-4402617", "0856-3321549", "0716-8825130"]

VAGUE_TITLES = [
    "{U}多措并举抓好{short}工作",
    "{P}采取措施进一步推进{short}工作",
    "当前{short}工作存在三方面问题",
    "{P}{short}工作取得新进展",
    "{P}全力做好{short}各项工作",
    "{P}着力推动{field}工作提质增效",
    "{P}{short}工作亮点纷呈",
    "{P}扎实开展{short}工作",
    "{P}{field}工作迈出新步伐",
    "{P}进一步加强{short}工作",
]

SUPERIORS = {"县": "县委、县政府", "区": "区委、区政府", "镇": "镇党委、镇政府"}

# Generic verbose sentences used to make over-long items (no figures, names, claims or stock phrases).
PADDING = [
    "这项工作涉及面广、环节多，需要多个部门共同参与",
    "工作开展前，{U}组织相关科室对往年情况进行了梳理",
    "在推进过程中，{U}注重听取基层一线人员的意见",
    "各乡镇结合自身实际，制定了具体的实施方案",
    "对工作中遇到的新情况，{U}及时召集相关人员研究",
    "有关做法已形成书面材料，报送上级主管部门",
    "工作人员利用周末时间走村入户，向群众讲解有关政策",
    "对群众反映的问题，{U}建立了台账，逐项对照处理",
    "从基层反馈看，群众对这项工作普遍比较关心",
    "部分乡镇还结合当地特点，探索了各具特色的做法",
    "{U}还通过政务网站和微信公众号公开了工作进展",
    "相关部门之间建立了信息共享机制，定期互通情况",
    "对工作推进较慢的单位，{U}进行了电话提醒和实地督导",
    "在此基础上，{U}对有关制度进行了修订",
]
# Fallback case sentences (named place, no figure) for items whose fragments named nobody.
CASE_GLUE = [
    "{TOWN}是较早开展此项工作的地方",
    "工作人员还到{TOWN}进行了实地察看",
    "{TOWN}的相关情况已报送主管部门",
]

# Evidence and explanation sentences for research items ({n},{k},{pct} are filled per item).
EVIDENCE = [
    "调研组随机走访的{n}个村（社区）中，有{k}个反映存在类似情况",
    "问卷调查显示，{pct}%的受访群众认为此类问题对生活有影响",
    "座谈中，{k}名基层干部提到此类问题近年来有所增加",
    "从近年情况看，相关投诉和反映年均增长{pct2}%",
    "在{TOWN}，调研组看到的情况与统计数据基本一致",
]
CAUSE_ELAB = [
    "从制度层面看，相关规定较为原则，基层执行时缺少具体标准",
    "从保障层面看，经费和人员配备与任务量不相适应",
    "从认识层面看，部分单位仍存在重建设、轻管理的倾向",
    "从协同层面看，部门之间职责边界不够清晰",
]
RESEARCH_CLOSERS = [
    "以上问题涉及多个部门，单靠某一部门难以解决，需要统筹研究",
    "调研组认为，上述问题具有普遍性，在其他乡镇也不同程度存在",
]
MEASURE_ELAB = [
    "这项做法先在{TOWN}试点，随后在{scope}推开",
    "{U}为此专门制定了操作细则",
    "相关要求已写入{short}工作制度",
    "具体由业务科室牵头，乡镇配合落实",
]

# One-off details for research items; each is used at most once per item.
RESEARCH_DETAIL = [
    "{scope}此类情况涉及{k}个{subunits}，其中{TOWN}最为集中",
    "部分基层干部坦言，{short}工作任务重、人手少，常常顾此失彼",
    "据初步测算，解决此类问题每年约需资金{m}万元",
    "与周边地区相比，{scope}在此方面的差距较为明显",
    "调研组查阅了近年的工作台账，发现同类问题多次出现",
    "部分问题此前已有群众反映，但没有得到彻底解决",
    "{TOWN}的村干部介绍，当地此类问题已持续多年",
    "有群众在座谈时表示，希望相关部门把工作做得更细",
    "从走访情况看，问题在人口外流较多的村更为明显",
]

# ============================================================================ boundary cases
# Written for this corpus (issue 10, part 6): the shapes real items are full of and the
# margins of the first generator avoided. See corpus/generate/boundary.py.

# ---- names of other shapes ---------------------------------------------------
# Persons named in full (surname + given name), with a role that names no place.
GIVEN_NAMES = (
    "建华 德山 秀英 国强 桂兰 志明 春生 玉梅 海涛 文斌 小燕 长青 淑芬 永福 红霞 立新 "
    "金凤 振宇 宏伟 丽娟 明亮 翠萍 家林 晓东"
).split()
PERSON_ROLES = ["种植大户", "驻村第一书记", "网格员", "退役军人", "返乡创业青年", "家庭农场主",
                "社区志愿者", "个体经营户", "村民代表"]
# Enterprises with long names (place prefix, brand, trade, organisational form).
LONG_ENT_FORMS = ["{loc2}{b}{ind}科技发展有限公司", "{loc2}{b}{ind}产业开发有限公司",
                  "{b}{ind}股份有限公司{loc2}分公司", "{town}{b}{ind}专业合作社"]
# Anonymised but specific cases (README: 某健身房, 县城一家服装店 count as cases).
SHOPS = ["服装店", "健身房", "校外培训机构", "小餐馆", "药店", "汽修厂", "民宿", "便利店", "美容院", "家具厂"]
ANON_CASE_FORMS = ["{where}一家{shop}", "某{shop}", "{where}某{shop}"]
ANON_WHERE = {"县": ["县城", "城区"], "区": ["城区", "老城区"], "镇": ["集镇上", "镇区"]}
# Sentences that carry one case; no figure, no claim word, no stock phrase.
CASE_SHAPE_SENTENCES = {
    "PERSON": ["{case}是最早参与这项工作的群众之一",
               "{case}说，以前跑几趟才能办的事，现在一次就能办好",
               "工作人员上门走访时，{case}提出了改进流程的建议"],
    "ENT": ["{case}是首批参与这项工作的企业",
            "工作人员上门走访了{case}，听取企业对政策落实的意见",
            "{case}按要求完成了自查，并把整改情况报送主管部门"],
    "ANON": ["在{case}，工作人员现场指导经营者整改了发现的问题",
             "{case}的负责人表示，会按要求落实有关规定",
             "群众反映较多的{case}已被列为重点回访对象"],
}
# Common nouns that a suffix-based name finder takes for names (推行社区, 行政村, 农贸市场,
# 新设农民专业合作社): used in no-examples items, which still name nobody.
LOOKALIKE_SENTENCES = [
    "在推行社区网格化服务的同时，{U}把相关服务延伸到了小区楼栋",
    "各行政村都明确了专人负责这项工作",
    "工作人员对辖区农贸市场开展了巡查，督促经营户规范经营",
    "新设农民专业合作社在登记时须同步提交章程和成员名册",
    "各社区召开居民议事会，听取群众对这项工作的意见",
    "对行政村和自然村的覆盖情况，{U}建立了台账逐村核对",
    "部分农贸市场和商超也参与了此次活动",
]
# For meeting-only (dynamic-only) items: narration, no practice.
LOOKALIKE_NARRATION = [
    "会议还邀请了部分行政村和社区的干部列席",
    "推行社区网格化管理的有关情况也在会上作了通报",
    "部分农贸市场的经营户代表也参加了活动",
    "新设农民专业合作社的负责人也应邀参加",
]
VISIT_LEAD = {"县": "县人大常委会副主任", "区": "区人大常委会副主任", "镇": "镇人大主席"}

# ---- stock phrases outside the shipped list ------------------------------------
# Each sentence carries one or more phrases counted by labels.UNLISTED_STOCK.
UNLISTED_CLICHE_SENTENCES = [
    "{U}把压实责任作为首要抓手，层层签订责任书",
    "全体干部提高站位，以更实的举措推动{short}工作走深走实",
    "各部门联动配合，形成了齐抓共管的工作格局",
    "着力筑牢{short}领域的安全防线",
    "这充分彰显了{U}服务群众的担当",
    "以数字化手段赋能{short}工作提质增效",
    "为{P}经济社会发展提供有力保障",
    "推动各项举措见行见效",
    "{U}紧紧围绕年度目标，统筹推进各项工作",
    "坚决贯彻落实上级决策部署",
]
# Sentences with exactly one unlisted stock phrase (for items that may carry one or two).
UNLISTED_ONE_STOCK = [
    "{U}压实各乡镇属地责任",
    "相关部门分工负责、齐抓共管",
    "下一步，{U}将以信息化手段赋能基层治理",
    "{U}表示，将为{short}工作提供有力保障",
    "{U}将推动相关举措见行见效",
]

# ---- dynamic items: meeting-only verbs and visits that delivered something --------
# Narration only: who went where, saw, heard, said or required what. No practice, no result.
VISIT_ONLY = {
    "调研": ["{lead}带队到{where}调研{short}工作",
             "调研组听取了{U}的工作汇报",
             "{lead}指出，要把{short}工作放在更加突出的位置"],
    "座谈": ["{U}{where}召开{short}工作座谈会",
             "与会人员围绕{short}工作谈认识、提建议",
             "{lead}在座谈时要求，要认真梳理大家提出的意见"],
    "督导": ["{lead}带领督导组到{where}督导{short}工作",
             "督导组查阅了工作台账，听取了情况汇报",
             "{lead}要求，对督导中指出的问题要抓紧整改"],
    "授牌": ["{U}{where}举行{short}工作示范点授牌仪式",
             "{lead}为示范点授牌并讲话",
             "{lead}希望示范点发挥好带头作用"],
    "表态": ["{U}{where}召开{short}工作会议，各单位负责人作表态发言",
             "各单位负责人逐一表态，表示将按要求完成任务",
             "{lead}对下阶段工作提出了要求"],
    "走访": ["{lead}带队到{where}走访群众，了解{short}工作开展情况",
             "{lead}与基层干部群众交谈，详细了解有关情况",
             "{lead}强调，要多听群众意见，把工作做在平时"],
    "视察": ["{lead}带领部分人大代表到{where}视察{short}工作",
             "代表们实地察看了相关现场，听取了情况介绍",
             "代表们就做好{short}工作提出了意见和建议"],
}
# Visits that delivered aid or solved problems, with figures: dynamic, not dynamic-only.
VISIT_AID = [
    ("{lead}组织干部走访{scope}困难群众，共走访{n}户，发放慰问金{m}万元",
     "走访中收集到群众反映的问题{k}个，已当场解决{j}个",
     "{P}走访困难群众{n}户发放慰问金{m}万元"),
    ("{U}组织干部走访{subjects}，共走访{n}家，现场解决{short}方面的问题{k}个",
     "对暂时不能解决的{j}个问题，{U}建立台账限期办理",
     "{P}走访{subjects}{n}家现场解决问题{k}个"),
    ("{U}组织工作组入户走访{n}户群众，为{k}户办理了相关手续",
     "工作组还为行动不便的{j}位老人上门代办了业务",
     "{P}入户走访{n}户为{k}户群众代办手续"),
]
VISIT_SUBJECTS = ["辖区企业", "个体工商户", "重点企业", "规上企业"]

# ---- incidental dates (not the event date) ------------------------------------------
INCIDENTAL_DATE = [
    "早在{md}的一场直播中，{U}就向群众介绍过这项政策",
    "这项做法最早是在{md}召开的部门联席会上提出的",
    "{md}，{U}曾在政务网站发布过相关通知",
    "{md}的一次群众座谈会上，有群众就此提出过建议",
]
