"""Boundary cases found in stop 30's writers (W142–W145 read after their held-out measurement, then
the new dev writers W186–W189): each pair should flag / should pass, written fresh in the shape the
writers used."""
import pytest

from xinxi_qc.analysis.figures import find_figures

CREMATION = ("1—9月，青河县死亡人口2650人，火化2402人，火化率90.6%，同比提高{points}个百分点。"
             "惠民殡葬政策覆盖全县户籍居民，1—9月减免基本殡葬服务费2402人次、436.1万元。")
PATROL = ("上半年，全县组织禁种铲毒集中踏查2轮，出动干部群众2860人次，使用无人机航拍41架次，踏查面积{area}平方千米。"
          "踏查中发现并铲除非法种植罂粟2处、860株，种植人已移交公安机关处理。")


@pytest.mark.parametrize("title,body,flag", [
    # 10个百分点 is ten points to the unit, as 30% is thirty per cent: 6.4 is not it, 9.7 rounds to it
    ("青河县前三季度火化率同比提高10个百分点", CREMATION.format(points="6.4"), True),
    ("青河县前三季度火化率同比提高10个百分点", CREMATION.format(points="9.7"), False),
    # 平方千米 is an area unit like 平方公里: 超500 is not 268, and is 536
    ("上半年全县禁种铲毒踏查面积超500平方千米", PATROL.format(area="268"), True),
    ("上半年全县禁种铲毒踏查面积超500平方千米", PATROL.format(area="536"), False),
])
def test_title_mismatch_points_and_square_kilometres(run, title, body, flag):
    assert bool(run(title, body, rule="title-mismatch")) is flag


LOANS = ("9月10日，江口管理部召开异地贷款业务银企座谈会，3家承办银行的个贷部门负责人参加。管理部通报了1至8月"
         "异地贷款办理情况：共发放异地贷款58笔、金额2460万元，平均放款时间为13个工作日。与会各方{agreed}，10月起由"
         "管理部统一在线调取异地缴存证明，银行不再要求职工自行提供。")


@pytest.mark.parametrize("title,body,flag", [
    # a signing is a document: a body that never speaks of signing, an agreement or a contract reports another event
    ("江口管理部与3家银行签订异地贷款合作协议", LOANS.format(agreed="商定"), True),
    ("江口管理部与3家银行签订异地贷款合作协议", LOANS.format(agreed="签订合作协议"), False),
    ("江口管理部与3家银行签订异地贷款合作协议", LOANS.format(agreed="当场签约"), False),
    # a signing still to come is not announced as done
    ("江口管理部计划与3家银行签订异地贷款合作协议", LOANS.format(agreed="商定"), False),
])
def test_title_mismatch_a_signing_the_body_never_names(run, title, body, flag):
    assert bool(run(title, body, rule="title-mismatch")) is flag


DRUGS = ("6月20日，县禁毒委召开全体成员会议，听取了各成员单位关于禁毒宣传、{work}和易制毒化学品管控等工作的情况汇报，"
         "研究部署下半年禁毒重点任务。会议要求，各成员单位要认真落实禁毒工作责任，确保各项任务按期完成。")
FEES = ("县民政局联合县市场监管局开展殡葬服务收费专项检查，对{where}、经营性公墓和殡葬用品店逐一检查收费公示和收费项目，"
        "发现未公示收费项目等问题，已责令限期整改。")
HOMESTAYS = ("县消防救援大队对城郊自建房民宿开展检查发现，这类场所大多为经营者自建房，{where}之间未设置防火分隔，"
             "有的疏散楼梯堆放杂物，整改难度较大。")
PORT = "{where}推行查验“随到随检”做法，企业货物到场后即可申请查验，查验指令当日下达，企业普遍反映通关更顺畅。"
STREETS = ("春节期间，市环卫中心延长城区主次干道保洁时间，在{roads}等7处人流密集路段增设临时垃圾收集点，"
           "城区未出现垃圾积存超过12小时的情况。")
ESTATES = ("街道成立物业管理工作领导小组，压紧压实{who}和物业服务企业责任，推动业主、物业和社区三方协商解决"
           "停车、环境卫生等问题，群众反映的问题逐步得到解决。")
VEHICLES = "车辆更新难的原因，一是{contract}中未约定车辆更新责任，承包单位倾向于延长旧车使用年限；二是财政补助资金不足。"


@pytest.mark.parametrize("title,body,flag", [
    # 社区戒毒社区康复 is a programme, not 戒毒社区; a community by its name is a case
    ("县禁毒委召开全体成员会议", DRUGS.format(work="社区戒毒社区康复"), True),
    ("县禁毒委召开全体成员会议", DRUGS.format(work="城东社区康复工作站建设"), False),
    # 辖区殡仪馆 is whichever funeral home is in the area; 县殡仪馆 is the county's one
    ("县民政局开展殡葬服务收费专项检查", FEES.format(where="辖区殡仪馆"), True),
    ("县民政局开展殡葬服务收费专项检查", FEES.format(where="县殡仪馆"), False),
    # 经营区与住宿区: the parts of a house by what they are for
    ("城郊自建房民宿消防隐患突出", HOMESTAYS.format(where="经营区与住宿区"), True),
    ("城郊自建房民宿消防隐患突出", HOMESTAYS.format(where="青竹园民宿的经营区与住宿区"), False),
    # 铁路口岸 is a kind of port; 瑞丽口岸 names one
    ("口岸推行查验“随到随检”", PORT.format(where="铁路口岸"), True),
    ("口岸推行查验“随到随检”", PORT.format(where="瑞丽口岸"), False),
    # streets listed by name are places; kinds of road are not
    ("春节期间城区环卫作业实现“垃圾不过夜”", STREETS.format(roads="人民路、鼓楼街"), False),
    ("春节期间城区环卫作业实现“垃圾不过夜”", STREETS.format(roads="主干路、次干路"), True),
    # 压紧压实社区…责任: a verb before 社区, no community named 压实
    ("街道推动物业矛盾三方协商化解", ESTATES.format(who="社区"), True),
    ("街道推动物业矛盾三方协商化解", ESTATES.format(who="桂花苑社区"), False),
    # 环卫市场化合同: no market
    ("环卫车辆更新难问题值得关注", VEHICLES.format(contract="环卫市场化合同"), True),
    ("环卫车辆更新难问题值得关注", VEHICLES.format(contract="与青禾环卫公司签订的服务合同"), False),
])
def test_no_examples_programmes_kinds_and_parts_are_no_names(run, title, body, flag):
    assert bool(run(title, body, rule="no-examples")) is flag


STAFF = ("全县13个乡镇民政所共有工作人员41人，明确专人负责殡葬工作的仅4个乡镇，其余{rest}个乡镇由民政所长兼管。"
         "乡镇殡葬巡查主要依靠村干部报告，县级执法人员到场平均需要2天以上。")
POINTS_SHOP = ("今年3月，白岩镇在后垟村试点开设垃圾分类积分超市。试点以来，后垟村287户农户中已有{part}户参与兑换，"
               "累计兑换积分4.2万分，兑换商品价值4200元。")
OFFICES = ("10月18日，市住建局完成条例实施一周年评估。全市58个街道{covered}设立物业纠纷调解室，一年来共调处纠纷6820件，"
           "调解成功率84%。\n评估也发现，{open}，需要在配套细则中予以细化。")
SORTING = ("截至9月底，全市218家党政机关、事业单位全部完成示范单位创建，在楼层集中设置分类投放点860个。\n"
           "下一步，中心将持续巩固创建成果，{next}。")
FIRES = ("一季度，青河县共接报火灾71起，同比下降18.4%，未发生亡人火灾；其中电动自行车火灾{ebikes}。"
         "全县农村柴草、秸秆垛火灾42起，仍是主要火灾类型。")


@pytest.mark.parametrize("title,body,flag", [
    # 其余9个乡镇 of 13个 is 近七成: 个 counts, though it leaves no unit
    ("乡镇殡葬管理力量薄弱 近七成乡镇民政所无专人负责殡葬", STAFF.format(rest="9"), False),
    ("乡镇殡葬管理力量薄弱 近七成乡镇民政所无专人负责殡葬", STAFF.format(rest="5"), True),
    # 287户农户中已有231户: a part of a whole, 八成
    ("后垟村积分超市运行百日 兑换率达八成", POINTS_SHOP.format(part="231"), False),
    ("后垟村积分超市运行百日 兑换率达八成", POINTS_SHOP.format(part="160"), True),
    # 覆盖全部58个街道: what is open must be one of the 街道 covered
    ("物业纠纷调解室覆盖全部58个街道", OFFICES.format(
        covered="全部", open="条例中关于物业企业退出交接的规定较为原则，施行一年来发生未完成交接即撤场的情况19起"), False),
    ("物业纠纷调解室覆盖全部58个街道", OFFICES.format(covered="中有52个", open="仍有6个街道尚未设立调解室"), True),
    # 巩固创建成果: 创建 and 成果, no 建成 still planned
    ("全市218家公共机构全部建成垃圾分类示范单位", SORTING.format(next="推动垃圾分类工作再上新台阶"), False),
    ("全市218家公共机构全部建成垃圾分类示范单位", SORTING.format(next="计划年底前全部建成示范单位").replace(
        "全部完成示范单位创建", "启动示范单位创建"), True),
    # 电动自行车火灾零发生 over all fires counted; not over electric-bike fires counted
    ("青河县一季度火灾起数同比下降18.4% 电动自行车火灾零发生", FIRES.format(ebikes="为零，去年同期为4起"), False),
    ("青河县一季度火灾起数同比下降18.4% 电动自行车火灾零发生", FIRES.format(ebikes="3起，均为入户充电引发"), True),
])
def test_title_mismatch_shares_coverage_steps_and_zero_kinds(run, title, body, flag):
    assert bool(run(title, body, rule="title-mismatch")) is flag


RED_PROPERTY = ("截至10月底，清溪区已在186个住宅小区推行红色物业，配备党员物业管家420名。\n"
                "从运行情况看，红色物业推行后，小区治理水平显著提升，群众获得感大幅提升，{after}")


@pytest.mark.parametrize("title,body,flag", [
    # 成为…的一张亮丽名片 is a figure of speech: it backs no claim
    ("清溪区红色物业覆盖186个小区", RED_PROPERTY.format(after="红色物业已成为全区基层治理的一张亮丽名片。"), True),
    ("清溪区红色物业覆盖186个小区", RED_PROPERTY.format(after="1至10月物业投诉86件，同比下降37%。"), False),
])
def test_empty_claim_a_figure_of_speech_backs_nothing(run, title, body, flag):
    assert bool(run(title, body, rule="empty-claim")) is flag


@pytest.mark.parametrize("text,figures", [
    ("已成为全区基层治理的一张最亮丽的名片", []),
    ("树起一面旗帜，擦亮一块金字招牌", []),
    ("为每户发放一张服务卡", ["一张"]),
])
def test_idioms_of_one_are_no_figures(text, figures):
    assert [s.text for s in find_figures("body", text)] == figures


FISHING = "6月14日凌晨，县海洋与渔业执法大队根据船位监控发现的异常轨迹，在{where}海域查获正在作业的{boat}拖网渔船，当场扣押渔获4.2吨。"
CHECKPOINTS = "今年新建的42个劝导站主要布设在{roads}等交通流量较大的道路沿线，覆盖行政村244个。"
RIDERS = "今年5月起，交警大队与县城{firms}和6家快递网点签订协议，建立骑手交通违法信息通报机制，骑手闯红灯违法同比下降41%。"
GARAGES = "今年以来，我市人防工程平战结合利用推行“负面清单+承诺制”管理，{case}的地下人防车库整改后，消防通道占用问题全部消除，整改率100%。"
CREW = "4月18日，县海洋与渔业局在{ports}开展渔船船员持证情况调研，共抽查渔船112艘，职务船员持证率为64%。"


@pytest.mark.parametrize("title,body,flag", [
    # 大岙岛: a landform named by its size; 岚渔05218号: one boat by its registration
    ("县执法大队查获一艘休渔期违规作业渔船", FISHING.format(where="大岙岛以东约12海里", boat="岚渔05218号"), False),
    ("县执法大队查获一艘休渔期违规作业渔船", FISHING.format(where="近岸", boat="一艘"), True),
    ("县执法大队查获一艘休渔期违规作业渔船", FISHING.format(where="近岸", boat="岚渔05218号"), False),
    # 省道231线 names one road; 主要道路 names none
    ("全县新建农村交通安全劝导站42个", CHECKPOINTS.format(roads="省道231线、河柳路"), False),
    ("全县新建农村交通安全劝导站42个", CHECKPOINTS.format(roads="国省干线、县乡道路"), True),
    # “速达”“邻家”2家外卖配送站: two firms by name
    ("交警大队把骑手交通违法与派单挂钩", RIDERS.format(firms="“速达”“邻家”2家外卖配送站"), False),
    ("交警大队把骑手交通违法与派单挂钩", RIDERS.format(firms="2家外卖配送站"), True),
    # 城区一家大型商场: one anonymised case
    ("我市人防工程推行“负面清单+承诺制”管理", GARAGES.format(case="城区一家大型商场"), False),
    ("我市人防工程推行“负面清单+承诺制”管理", GARAGES.format(case="部分商场"), True),
    # 鹭门、大岙2个渔港: ports by name
    ("调研显示我县渔船职务船员持证率仅为64%", CREW.format(ports="大岙、鹭门2个渔港"), False),
    ("调研显示我县渔船职务船员持证率仅为64%", CREW.format(ports="全县2个渔港"), True),
])
def test_no_examples_boats_roads_ports_and_firms_by_name(run, title, body, flag):
    assert bool(run(title, body, rule="no-examples")) is flag


HARBOUR = ("近日，沙门镇正式实行渔港“港长制”，在沙门中心渔港举行港长公示牌揭牌仪式。\n"
           "{duties}\n"
           "{patrol}")
VICE_HEADS = ("10月22日，县科协召开“科技副村长”选派工作推进会，县科协主席刘建华主持会议，县农业农村局、县林业局有关负责人参加。\n"
              "会议{decided}首批“科技副村长”人选和工作办法：从县直部门和县级学会中选派专业技术人员42名，到42个行政村担任“科技副村长”，任期两年；"
              "每名科技副村长每月在村工作不少于2天，每年举办2次以上技术培训。\n首批人员将于11月上旬到村报到。")


@pytest.mark.parametrize("title,body,flag", [
    # 按照“港长制”要求 is a rule's terms and 例会上通报 where a mechanism reports: a practice, no meeting narrated
    ("沙门镇实行渔港“港长制” 镇村干部分片管港", HARBOUR.format(
        duties="按照“港长制”要求，镇长担任总港长，村党支部书记担任所在避风港港长，负责港区渔船停泊秩序和安全隐患排查。",
        patrol="镇里同时建立港长巡港制度，港长每日巡港，发现问题及时交办，办理情况在镇渔业工作例会上通报。"), False),
    ("沙门镇召开渔港管理工作会议", HARBOUR.format(
        duties="镇党委书记出席会议并讲话，要求各村党支部书记切实扛起港区安全责任。",
        patrol="镇长对下一步工作作了部署，各村党支部书记、镇属站所负责人共40余人参加会议。"), True),
    # a meeting's decided practice carries on past ；: who, how many, how often
    ("县科协部署“科技副村长”选派工作", VICE_HEADS.format(decided="确定了"), False),
    ("县科协部署“科技副村长”选派工作", VICE_HEADS.format(decided="要求尽快研究"), True),
])
def test_dynamic_only_a_rules_terms_and_a_decided_practice_are_substance(run, title, body, flag):
    assert bool(run(title, body, rule="dynamic-only")) is flag


ARCHIVES = ("截至9月底，青阳市各级综合档案馆馆藏档案数字化率达到{whole}，比年初提高9.2个百分点。其中，市档案馆完成数字化68.3万卷，"
            "数字化率81.2%；东塬县、石岭县分别为76.4%和70.8%。")
REEFS = "大岙海洋牧场自2021年开工建设以来，已累计投放人工鱼礁{reefs}万空方，建成海上管理平台1座。但从近期调查情况看，牧场管护还存在一些问题。"
TRAINING = "3月至5月，县农技协联合会组织各会员协会开展春季“科技兴农”培训，共举办培训班24期，培训农民{people}人次。"
RETROFIT = ("截至11月30日，全县2024年农居抗震改造计划1200户，已开工1196户、竣工{done}户，竣工率{rate}；已验收1012户，"
            "一次验收合格率96.2%。")
GUIDE = ("9月2日，汀阳区税务局第一税务所正式启用智能导税设备，为到厅纳税人提供业务咨询、取号分流等服务。{first}"
         "启用首日，设备共接待咨询412人次，引导到自助区办理业务96笔。")


@pytest.mark.parametrize("title,body,flag", [
    # 全市 over a body that opens on the city: its own 73.5%, not the city archive's 81.2%
    ("全市馆藏档案数字化率突破80%", ARCHIVES.format(whole="73.5%"), True),
    ("全市馆藏档案数字化率突破80%", ARCHIVES.format(whole="80.6%"), False),
    # 空方 is a measure: 超3万 is not 2.6万
    ("大岙海洋牧场人工鱼礁投放量超3万空方", REEFS.format(reefs="2.6"), True),
    ("大岙海洋牧场人工鱼礁投放量超3万空方", REEFS.format(reefs="3.2"), False),
    # 破千 is past a thousand, like 突破
    ("县农技协春季培训农民破千人次", TRAINING.format(people="986"), True),
    ("县农技协春季培训农民破千人次", TRAINING.format(people="1086"), False),
    # 全面完成 over a completion (竣工) rate short of all
    ("峒岭县全面完成2024年农居抗震改造任务", RETROFIT.format(done="1044", rate="87.0%"), True),
    ("峒岭县全面完成2024年农居抗震改造任务", RETROFIT.format(done="1200", rate="100%"), False),
    # 第一税务所 is an office's name, not a first
    ("全市首家！第一税务所启用智能导税设备", GUIDE.format(first=""), True),
    ("全市首家！第一税务所启用智能导税设备", GUIDE.format(first="该所是全市首家启用这类设备的办税服务厅。"), False),
])
def test_title_mismatch_lead_city_units_past_marks_completion_and_first(run, title, body, flag):
    assert bool(run(title, body, rule="title-mismatch")) is flag


DRINK = ("今年1至6月，交警大队共查处酒驾醉驾违法行为486起，同比上升12.8%，其中醉酒驾驶{count}，均已依法立案侦查并移送审查起诉。\n"
         "典型案例：4月6日晚，柳集镇居民赵某某在饮酒后驾驶小型轿车与一辆电动三轮车相撞，造成1人受伤，已被依法刑事拘留。")
ACCEPTANCE = ("一是实行关键节点驻点监督，上半年共开展驻点监督146次。二是压紧压实参建各方责任，上半年下发整改通知书31份，"
              "整改完成率100%。\n上半年，全市竣工验收的11项结建人防工程{passed}，其中金穗苑小区项目返工4次，去年同期为11次。")
HAZARDS = ("前三季度，红崖区人防办共检查人防工程69处次，发现隐患40处，已整改38处，整改率95%。4月发现的第三人防工程违规转租"
           "堆放易燃物品问题，{rented}\n平战结合方面，长安路人防工程停车场运营平稳，日均停车约320车次。")
QUAKES = ("1—5月，全县地震监测台网共记录到县境内1.0级以上地震14次，比去年同期多5次，其中3.0级以上1次，"
          "最大为5月21日{where}3.6级地震。地震主要集中在落水洞—岔河一线，14次中有11次位于该区域。")


@pytest.mark.parametrize("title,body,flag", [
    # 醉驾97人 over 醉酒驾驶97起: the same count under a short name
    ("上半年查处酒驾醉驾486起 醉驾97人被依法追究刑事责任", DRINK.format(count="97起"), False),
    ("上半年查处酒驾醉驾486起 醉驾97人被依法追究刑事责任", DRINK.format(count="79起"), True),
    # 验收一次通过率100% over 全部一次通过验收, not over another rate of 100%
    ("市人防工程质量监督站推行驻点监督 竣工工程验收一次通过率100%", ACCEPTANCE.format(passed="全部一次通过验收"), False),
    ("市人防工程质量监督站推行驻点监督 竣工工程验收一次通过率100%", ACCEPTANCE.format(passed="中有9项一次通过验收"), True),
    # 违规出租问题全部整改: the 95% is every hazard's rate; what is still open about the letting is another matter
    ("红崖区人防工程隐患整改率95% 违规出租问题全部整改", HAZARDS.format(
        rented="承租人已于5月清空物品、恢复防护设施，区人防办依合同解除租约并重新招租。"), False),
    ("红崖区人防工程隐患整改率95% 违规出租问题全部整改", HAZARDS.format(rented="承租人至今未清空物品，仍未整改到位。"), True),
    # 最大3.6级: the county's largest quake happened in one township
    ("峒岭县1—5月记录1.0级以上地震14次 最大3.6级", QUAKES.format(where="落水洞乡"), False),
    ("峒岭县1—5月记录1.0级以上地震14次 最大4.2级", QUAKES.format(where="落水洞乡"), True),
])
def test_title_mismatch_short_names_all_passed_subsets_and_extremes(run, title, body, flag):
    assert bool(run(title, body, rule="title-mismatch")) is flag


DRILL = ("10月17日，河东区人防办在东城街道{event}，辖区人防工程承租单位、物业企业的安全管理人员65人参加，"
         "培训结束后进行了闭卷考试，合格率92%。")
INSPECTION = "10月15日至17日，北塬县档案局{event}，县直各单位档案员共128人参加，发现库房温湿度不达标等问题14处。"


@pytest.mark.parametrize("title,body,flag", [
    # 开展…演练 over a body that never speaks of a drill, only of a course
    ("河东区开展人防工程火灾应急疏散演练", DRILL.format(event="举办人防工程消防安全培训班"), True),
    ("河东区开展人防工程火灾应急疏散演练", DRILL.format(event="组织人防工程火灾应急疏散演练和消防安全培训"), False),
    # 开展…检查 over a training course; an inspection by another name (排查) is the same event
    ("北塬县档案局开展县直单位档案安全检查", INSPECTION.format(event="举办全县档案业务培训班"), True),
    ("北塬县档案局开展县直单位档案安全检查", INSPECTION.format(event="对县直单位档案库房逐一排查"), False),
])
def test_title_mismatch_an_event_held_that_the_body_never_names(run, title, body, flag):
    assert bool(run(title, body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("body,flag", [
    # 山洪危险区 is a kind of area; 务工返乡 is going home; 抓拍中|共查处 names no party; 夏收 is the harvest;
    # 力争文旅市场秩序好转 names no market
    ("汛前，县水利局对山洪危险区内的群众转移路线逐一复核，更新转移责任人名单，确保汛期人员及时转移。", True),
    ("汛前，县水利局对白沙镇山洪危险区内的群众转移路线逐一复核，更新转移责任人名单，确保汛期人员及时转移。", False),
    ("春节前后，外出务工返乡人员较多，县人社局在汽车站设立服务台，现场登记就业意向和技能培训需求。", True),
    ("3月份，区执法大队在夜间巡查和视频抓拍中共查处违规渣土车132辆，同比增长41%，处罚运输企业一批。", True),
    ("5月中旬，我们对全镇小麦后期管理和夏收准备情况进行了摸底，发现农机调度、晒场不足等问题需引起重视。", True),
    ("下一步，县文旅局将压实监管责任，推进线上线下一体化监管，力争文旅市场秩序持续好转。", True),
    ("下一步，县文旅局将对东关文旅市场开展联合检查，推进线上线下一体化监管，力争市场秩序持续好转。", False),
])
def test_no_examples_kinds_homecomings_harvests_and_verbs_are_no_names(run, body, flag):
    assert bool(run("工作情况", body, rule="no-examples")) is flag


@pytest.mark.parametrize("title,body,flag", [
    # AI over 智能识别算法: the body's Chinese word for it
    ("望澜区用AI视频识别占道经营 发现到处置平均用时缩至26分钟",
     "去年11月起，望澜区智慧城管指挥中心在386路公共视频上加载占道经营等7类智能识别算法，系统发现问题后自动生成工单，"
     "发现到处置平均用时由58分钟缩短至26分钟。", False),
    ("望澜区用AI视频识别占道经营 发现到处置平均用时缩至26分钟",
     "去年11月起，望澜区智慧城管指挥中心在386路公共视频上安排专人轮班盯守，发现问题后人工生成工单，"
     "发现到处置平均用时由58分钟缩短至26分钟。", True),
    # 高峰时段堆积超300辆: the title says it is the peak, which the body's 最多时326辆 is
    ("金沙湾街道共享单车乱停放问题调查：地铁口高峰时段堆积超300辆",
     "5月6日早晚高峰，街道执法中队对辖区3个地铁站出入口共享单车停放情况开展调查，全天共清点车辆4800辆，"
     "其中金沙湾站B口最多时达326辆，占用盲道和非机动车道。", False),
])
def test_title_mismatch_latin_terms_and_peaks(run, title, body, flag):
    assert bool(run(title, body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("body,flag", [
    # 卫星遥感未监测到焚烧火点: a fact of none, which backs the claim beside it
    ("今年三夏期间，柳河镇统筹推进夏收和秸秆禁烧。在全镇上下的共同努力下，秸秆禁烧工作取得了良好成效，"
     "卫星遥感未监测到焚烧火点。", False),
    ("今年三夏期间，柳河镇统筹推进夏收和秸秆禁烧。在全镇上下的共同努力下，秸秆禁烧工作取得了良好成效，"
     "得到了群众的一致好评。", True),
])
def test_empty_claim_no_fire_point_seen_is_a_fact(run, body, flag):
    assert bool(run("柳河镇秸秆禁烧工作取得良好成效", body, rule="empty-claim")) is flag


CAMP = ("7月15日至8月23日，全县暑期托管服务分两期开展，累计服务学生{now}人，比去年的1860人{change}。"
        "家长反映的主要问题是城区托管点名额不足，县第二实验小学托管点报名人数超过名额一倍。")
VILLAGES = ("据青岗镇农业综合服务中心预计，12个村中，收入超过10万元的村由去年的4个增加到{n}个，其中大垭村预计达到24.6万元。{rest}")
PLANTS = ("8月，全市4座城镇污水处理厂共处理污水1953万吨，4座厂出水主要指标全部达到一级A排放标准，达标率100%。"
          "西城县城南污水处理厂负荷率64%，仍有富余能力。{more}")


@pytest.mark.parametrize("title,body,flag", [
    # 翻番 over 增长69.4%: 超过名额一倍 is demand beyond a quota, not the rise
    ("今年暑期托管服务学生人数实现翻番", CAMP.format(now="3150", change="增加1290人，增长69.4%"), True),
    ("今年暑期托管服务学生人数实现翻番", CAMP.format(now="3780", change="增加1920人，增长103.2%"), False),
    # 全部突破10万元 over two villages still short of it
    ("青岗镇12个村集体经营性收入全部突破10万元", VILLAGES.format(n="10", rest="岩口村、柏杨村分别为9.4万元和8.6万元，仍未达到10万元。"), True),
    ("青岗镇12个村集体经营性收入全部突破10万元", VILLAGES.format(n="12", rest="岩口村、柏杨村通过抱团组建强村公司，今年首次超过10万元。"), False),
    # 全部达标: room to spare, or rainwater in the pipes, is nothing short of the standard
    ("8月全市4座城镇污水处理厂出水全部达标", PLANTS.format(more="需要关注的是，城南片区仍有雨水、河水进入污水管网。"), False),
    ("8月全市4座城镇污水处理厂出水全部达标", PLANTS.format(more="其中城东污水处理厂总磷指标仍未达标。"), True),
])
def test_title_mismatch_doubling_beyond_a_quota_and_all_past_a_mark(run, title, body, flag):
    assert bool(run(title, body, rule="title-mismatch")) is flag
