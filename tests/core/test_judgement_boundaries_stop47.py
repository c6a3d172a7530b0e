"""Boundary cases found in stop 47's reading of W382–W385 (held out through stop 46), each with the
flag it must still raise, written fresh in the shape the writers used."""
import pytest

from xinxi_qc.analysis.dates import covered_periods
from xinxi_qc.analysis.figures import find_figures
from xinxi_qc.analysis.quantities import quantities

from .helpers import proper_names as _proper_names


@pytest.mark.parametrize("text,months", [
    ("截至9月30日，全县", [(1, 9)]),   # a month's last day: as of the month's end
    ("截至2024年3月31日，余额", [(1, 3)]),
    ("截至2月29日", [(1, 2)]),
    ("截至3月28日，已办结", []),   # a day within the month covers no whole month
    ("截至13月31日", []),
])
def test_a_months_last_day_covers_the_months_before_it(text, months):
    assert [m for _, m in covered_periods(text)] == months


@pytest.mark.parametrize("lead,flag", [
    ("截至9月30日，我县今年累计发放青年创业担保贷款218笔、4130万元", False),
    ("一季度，我县发放青年创业担保贷款58笔、4130万元", True),   # the body reports another period
])
def test_title_mismatch_as_of_a_quarters_last_day_is_that_quarter(run, lead, flag):
    body = f"{lead}，同比增长28.7%。贷后情况平稳，逾期率1.2%，较一季度末下降0.9个百分点。"
    assert bool(run("前三季度我县青年创业贷款发放4130万元", body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("text,figure,bound", [
    ("越冬水鸟增至1.8万余只", "1.8万余只", "more"),   # 余 after 万: still the figure's bound and unit
    ("发放补贴3万多元", "3万多元", "more"),
    ("惠及2万余名群众", "2万余名", "more"),
    ("增至1.8万，同比", "1.8万", "exact"),
])
def test_a_bound_after_the_multiplier_stays_with_the_figure(text, figure, bound):
    spans = find_figures("body", text)
    assert [s.text for s in spans] == [figure]
    assert quantities(text, spans)[0][1].bound == bound


@pytest.mark.parametrize("said,flag", [
    ("由不足4000只增加到去年冬季的1.8万余只", False),
    ("由不足4000只增加到去年冬季的1.2万余只", True),
])
def test_title_mismatch_a_count_with_more_after_its_multiplier(run, said, flag):
    body = f"退耕还湿以来，还湿区植被覆盖度平均达到72%，越冬水鸟数量{said}，白鹤在还湿区的越冬数量增加到58只。"
    assert bool(run("还湿区越冬水鸟增至1.8万余只", body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("title,flag", [
    ("龙口镇召开安置项目推进会 要求6月底前全部开工", False),   # a demand, nothing begun
    ("龙口镇安置项目6月底前全部开工", True),
])
def test_title_mismatch_a_demand_in_the_title_is_no_step_taken(run, title, flag):
    body = ("4月20日，龙口镇召开安置项目建设推进会，镇长孟庆华出席并讲话。孟庆华要求，各村要倒排工期，"
            "6月底前所有项目计划开工建设；要严格执行项目公示制度。")
    assert bool(run(title, body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("whole,flag", [
    ("涉及资金1286万元", False),   # another measure's figure is no whole of the title's
    ("追回结余资金共9.1万元", True),
])
def test_title_mismatch_a_parts_figure_needs_a_whole_of_the_same_measure(run, whole, flag):
    body = (f"6月，青石镇对2021年以来实施的16个扶持项目开展专项自查，{whole}。"
            "自查发现问题4个：柳塘村产业路项目追回结余资金6.3万元；2个项目的监理日志不完整。截至6月28日，4个问题均已整改。")
    assert bool(run("青石镇完成扶持资金专项自查 追回结余资金6.3万元", body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("title,flag", [
    ("西岸段湖滩放牧屡禁不止 今年已发现放牧行为27次", False),   # the title names the part the 27 belongs to
    ("湖滩放牧屡禁不止 今年已发现放牧行为27次", True),
])
def test_title_mismatch_the_title_names_the_part_its_figure_belongs_to(run, title, flag):
    body = ("今年1至8月，管理站在湖滩共发现放牧行为49次，其中西岸至龙口段27次，占55.1%，涉及两村9户养殖户。"
            "建议年内补齐西岸段围栏缺口约4.7公里。")
    assert bool(run(title, body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("said,flag", [
    ("剩余2起均为一家石材厂拖欠工资，企业负责人承诺节后分期支付", True),
    ("剩余2起均为镇内一家木材加工厂拖欠工资，该厂因资金链断裂已停产，拖欠17名工人工资29万元", True),
    ("剩余2起已移交县劳动人事争议仲裁院处理", False),
])
def test_title_mismatch_cleared_wages_with_cases_still_owed(run, said, flag):
    body = (f"1月，镇总工会会同镇劳动保障所开展春节前欠薪排查，共排查出欠薪问题9起，涉及职工134人。"
            f"截至1月31日，已解决7起，117名职工拿到工资158万元。{said}。")
    assert bool(run("柳湾镇春节前欠薪问题全部清零", body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("said,flag", [
    ("入选市级优秀志愿服务组织，并由市里推荐参加省级评选", True),   # the provincial award is only sought
    ("入选省级优秀志愿服务组织", False),
])
def test_title_mismatch_an_award_at_a_level_the_body_only_seeks(run, said, flag):
    body = (f"10月，市志愿服务联合会公布年度优秀志愿服务组织名单，“碧水行”志愿服务队{said}。"
            "该队现有注册队员236名，今年以来开展巡河活动64次。")
    assert bool(run("“碧水行”志愿服务队获评全省优秀志愿服务组织", body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("said,flag", [
    ("另有3个村在10万元以下", True),
    ("最低的坝下村为10.6万元", False),
])
def test_title_mismatch_all_above_a_mark_with_some_below_it(run, said, flag):
    body = f"截至11月底，全县26个移民村村集体经济收入合计362万元，村均13.9万元，其中收入在20万元以上的5个，{said}。"
    assert bool(run("全县26个移民村集体经济收入全部超过10万元", body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("stopped,flag", [
    ("停工23天", True),   # two months is some sixty days
    ("停工58天", False),
])
def test_title_mismatch_a_duration_in_months_against_days(run, stopped, flag):
    body = (f"河口村灌溉渠改造项目于7月开工。9月3日，施工至渠线中段时，3户村民以补偿标准偏低为由阻止施工，项目{stopped}。"
            "镇里先后4次上门协商，双方签订补偿协议，项目复工。")
    assert bool(run("河口村灌溉渠改造项目停工两个月", body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("title,flag", [
    ("移民培训就业工作又有新进展", True),
    ("移民培训就业又有新进展 新增转移就业2216人", False),
])
def test_title_vague_work_that_has_progress_again(run, title, flag):
    body = "10月18日，县移民办举办移民专场招聘会，23家企业提供岗位860个，312名移民达成就业意向。"
    assert bool(run(title, body, rule="title-vague")) is flag


@pytest.mark.parametrize("body,named", [
    ("某移民安置点一户六口之家，因宅基地界址与邻户有争议，自2019年起反复上访。", True),
    ("如县城一家外卖配送站，要求骑手每天9时前到站打卡。", True),
    ("又如城北某生鲜平台配送点，骑手工资由第三方代发。", True),
    ("城区一家青年之家设在办公楼内，一年仅开放6次。", True),
    ("“青春护河”志愿服务队全年巡河96次。", True),
    ("各配送站要求骑手每天9时前到站打卡。", False),   # every station: no case
    ("全县建成青年之家48个。", False),
])
def test_no_examples_anonymised_stations_homes_and_named_teams_are_cases(config, body, named):
    assert bool(_proper_names(config, body)) is named


def test_no_examples_a_section_of_a_body_every_place_has_is_no_name(config):
    body = ("4月8日至25日，团县委学校部联合县市场监管局、县公安局对全县中小学校周边200米范围内的经营场所开展排查，"
            "共检查小卖部、超市等217家。")
    assert _proper_names(config, body) == []


def test_no_examples_a_joined_pair_keeps_the_named_body(config):
    body = "3月12日至20日，团县委学校部联合鹿鸣镇中心学校对学校周边200米范围内的经营场所开展排查，共检查商铺217家。"
    assert any("鹿鸣镇" in n for n in _proper_names(config, body))


@pytest.mark.parametrize("closing,flag", [
    ("整个活动气氛热烈、秩序井然，在完成各项议程后圆满结束。", True),   # how it went, not what it achieved
    ("观鸟节期间共记录到鸟类86种，其中国家一级保护鸟类白鹤首次在北湖湾越冬。", False),
])
def test_dynamic_only_how_an_event_went_is_narration(run, closing, flag):
    body = ("11月2日，第三届青湖观鸟节在北湖湾观鸟广场开幕，县林业局、县文化旅游局有关领导及观鸟爱好者300余人出席开幕式。"
            f"开幕式上，管理站站长周立衡致辞，学生代表宣读了爱鸟护鸟倡议书。{closing}")
    assert bool(run("第三届青湖观鸟节开幕", body, rule="dynamic-only")) is flag


# --- found in stop 47's reading of W386–W389 on arrival ---

@pytest.mark.parametrize("open_part,flag", [
    ("当前的主要问题是消纳场距离北坞片区工地较远，仍有部分车辆超时段运输", False),   # another matter, in its own paragraph
    ("仍有2个地铁工地出土未纳入电子联单", True),
])
def test_title_mismatch_what_is_still_open_must_be_the_titles_matter(run, open_part, flag):
    body = ("1-9月，云溪区核发处置核准证236件，外运渣土约128万立方米。\n"
            "区内41个出土工地全部安装出入口视频抓拍，地铁工地出土自6月起全部使用电子联单，与消纳场进场记录逐车比对。\n"
            f"全区道路抛洒滴漏投诉由去年同期的418件降至268件，下降36%。{open_part}。")
    assert bool(run("云溪区地铁工地出土全部纳入电子联单", body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("waste,flag", [
    ("日均剩余饭菜由原来的约420公斤降至190公斤，减少54.8%", False),   # 剩余饭菜 is the title's 剩菜
    ("学生人均午餐消费11.6元，与实施前基本持平", True),
])
def test_title_mismatch_an_unnamed_measure_needs_every_agreeing_rate_to_be_anothers(run, waste, flag):
    body = (f"今年3月起，学校在两个餐厅推行“按克计价”自选餐。实施3个月来，{waste}；"
            "学校委托经济管理学院对1500名学生进行抽样调查，满意度由去年同期的81.6%提高至93.2%。")
    assert bool(run("两个餐厅推行“按克计价”自选餐 日均剩菜减少五成以上", body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("part,flag", [
    ("其中28万吨送资源化利用企业处理", False),   # the title's verb after its figure
    ("其中28万吨送填埋场处置，8万吨由企业回收", True),
])
def test_title_mismatch_the_measures_verb_may_follow_its_figure(run, part, flag):
    body = f"1-10月，全区拆除和新建工程产生砖混类建筑垃圾约36万吨，{part}。区住建局在3个安置房项目中使用再生砖约410万块。"
    assert bool(run("清溪区1-10月资源化处理建筑垃圾28万吨", body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("checked,flag", [
    ("巡查中查处车辆带泥上路9起、未按规定线路行驶4起，均已依法处罚", True),   # violations found
    ("巡查中未查处违规运输行为，抛洒滴漏投诉为零", False),
])
def test_title_mismatch_no_violations_over_violations_found(run, checked, flag):
    body = f"5月，区城管执法大队渣土中队组织夜间巡查22次，检查渣土车辆2340车次。{checked}。"
    assert bool(run("渣土中队5月夜查实现违规运输“零发生”", body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("counted,flag", [
    ("全县在售玉米品种86个、水稻品种31个。玉米、水稻两类合计117个", True),   # a total of the measure and another
    ("全县在售玉米品种合计117个", False),
])
def test_title_mismatch_a_total_with_another_kind_is_not_the_measures(run, counted, flag):
    body = f"县农技推广中心今年春播前对全县46家种子门店在售品种进行了统计，{counted}。全县玉米种植面积只有6.8万亩。"
    assert bool(run("全县在售玉米品种超百个", body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("body,named", [
    ("其中，杂交水稻种子32.6万公斤，由金穗种业统一收购。", True),   # a firm by its trade
    ("其中上级现代种业提升项目资金240万元。", False),
    ("对照品种固定使用岚稻7号，参试的穗丰优168等品种均按同一标准记载生育期。", True),
    ("主推品种控制在10个以内。", False),
    ("学生宿舍区共查处电动车电池进宿舍充电287起。", False),   # a kind of area
])
def test_no_examples_firms_varieties_and_zones(config, body, named):
    assert bool(_proper_names(config, body)) is named


@pytest.mark.parametrize("unit,flag", [
    ("云屏县停车管理服务中心", False),   # 美丽云屏 names its county
    ("县停车管理服务中心", True),
])
def test_no_examples_the_units_own_county_by_its_stem(run, unit, flag):
    body = ("前三季度，全县新建公共停车场5个，新增泊位860个；在县城主要道路施划路内泊位1120个。"
            "通过努力，停车秩序明显好转，为建设美丽云屏作出了积极贡献。")
    assert bool(run("全县前三季度新增泊位860个", body, rule="no-examples", unit=unit)) is flag


@pytest.mark.parametrize("text,figures", [
    ("对照品种固定使用岚稻7号，参试的穗丰优168等品种均按同一标准记载", []),   # variety names, no quantity
    ("推广水稻品种12个", ["12个"]),
    ("订单1.26亿元", ["1.26亿元"]),
])
def test_no_figures_a_varietys_number_is_its_name(text, figures):
    assert [s.text for s in find_figures("body", text)] == figures


@pytest.mark.parametrize("visit,flag", [
    ("走访中，东陵食品公司提出需要营销人员，学院组织毕业生12人参加专场面试，截至4月底已有7人通过面试进入实习", False),
    ("走访中，东陵食品公司介绍了企业用人需求，学院组织毕业生代表参加了座谈", True),   # what the visit heard, no result
])
def test_dynamic_only_graduates_a_visit_placed_are_a_result(run, visit, flag):
    body = ("4月8日至12日，学院党委书记钱斌、院长方志远分别带队，赴高新区和溪口县走访用人单位8家。"
            f"学院把访企拓岗作为毕业生就业工作的“一把手工程”，党政主要负责人带头走访用人单位。{visit}。")
    assert bool(run("学院领导带队走访用人单位", body, rule="dynamic-only")) is flag


@pytest.mark.parametrize("opening,flag", [
    ("春耕时节是农资购销旺季，也是假劣种子坑农害农问题易发期。", True),   # the season, no problem found
    ("2月抽检发现，辖区3家门店销售的玉米种子发芽率不达标。", False),
])
def test_dynamic_only_the_season_an_item_opens_with_is_no_problem_found(run, opening, flag):
    body = (f"{opening}3月4日，石湾镇召开春季种子市场专项整治部署会，副镇长谢文斌出席会议并讲话，各村主任共26人参加。"
            "会议要求，各村要配合镇农业综合服务中心对辖区种子经营门店开展拉网式排查。")
    assert bool(run("石湾镇召开春季种子市场专项整治部署会", body, rule="dynamic-only")) is flag


@pytest.mark.parametrize("found,flag", [
    ("巡查组沿途察看了重点路段警示牌设置情况", True),   # who went and where: a patrol narrated
    ("巡查发现偷倒点位6处，已全部清运", False),
])
def test_dynamic_only_the_people_a_patrol_took_are_no_result(run, found, flag):
    body = ("6月18日，柳溪镇组织镇综合执法队和各村联防队员共24人，对国道沿线开展建筑垃圾违规倾倒专项巡查。"
            f"镇长刘晓峰带队，先后到新塘村、石门桥头等点位实地察看。{found}。刘晓峰要求，各村要落实网格巡查责任。")
    assert bool(run("柳溪镇开展国道沿线建筑垃圾专项巡查", body, rule="dynamic-only")) is flag


@pytest.mark.parametrize("after,flag", [
    ("网格运行以来，国道沿线偷倒现象得到根本遏制，辖区环境面貌焕然一新。", True),
    ("网格运行以来，国道沿线偷倒现象得到根本遏制，5月至9月仅发现偷倒2起，均在当日查处。", False),
])
def test_empty_claim_a_problem_claimed_gone(run, after, flag):
    body = ("今年5月起，镇里建立镇、村、组三级巡查网格，全镇划分网格21个，配备网格员63名，每日巡查不少于2次。"
            f"{after}")
    assert bool(run("柳溪镇建立三级网格巡查国道沿线建筑垃圾偷倒", body, rule="empty-claim")) is flag


@pytest.mark.parametrize("title,flag", [
    ("县市场监管局持续优化农资市场环境", True),
    ("县市场监管局持续优化农资市场环境 查处虚假宣传种子案件1起", False),   # a figure: something done
])
def test_title_vague_keeps_improving_a_fields_environment(run, title, flag):
    body = "今年春耕期间，县市场监督管理局开展农资市场联合检查，共检查经营户93户次，责令整改问题13个，查处虚假宣传种子产量的案件1起。"
    assert bool(run(title, body, rule="title-vague")) is flag


# --- should-pass cases from the stop-47 review of the new checks ---

@pytest.mark.parametrize("title,body", [
    ("全县急救平均响应时间均在15分钟以内",   # within a limit, not above a mark
     "1-9月，全县共出诊急救4260次，城区急救平均响应时间均在15分钟以内，农村地区由28分钟缩短至19分钟。"),
    ("全镇26个村集体经济收入全部超过10万元",   # where they started, not where they are
     "2021年，全镇26个村中有19个村集体经济收入不足10万元。截至2023年底，全镇26个村集体经济收入全部超过10万元。"),
    ("县实验中学学生荣获全国青少年科技创新大赛一等奖",   # sought and won in one clause
     "8月下旬，县实验中学学生李明轩参加全国青少年科技创新大赛荣获一等奖。该校2022年获评市级科技教育特色学校。"),
    ("城区渣土车违规运输实现零发生",   # another campaign's cases
     "今年以来，县城管局为全部86辆渣土车安装北斗定位终端，今年城区渣土车违规运输零发生。"
     "同时，县城管局持续开展市容秩序整治，累计查处占道经营326起。"),
    ("12起欠薪案件全部办结",   # a pledge signed, nothing open
     "今年以来，县劳动保障监察大队共受理欠薪案件12起。其中9起经责令整改后企业当即支付，"
     "剩余3起经多次调解后已全部结清，涉事企业均签订守法用工承诺书。"),
    ("12起欠薪案件全部办结",   # the kind of the rest, which were closed too
     "今年以来，县劳动保障监察大队共受理欠薪案件12起，其中9起当月办结，剩余3起拖欠农民工工资案件也于11月底前全部办结。"),
])
def test_title_mismatch_the_new_checks_pass_agreeing_titles(run, title, body):
    assert not run(title, body, rule="title-mismatch")


def test_title_mismatch_following_instructions_is_no_goal(run):
    body = "今年我县确定重点项目12个，总投资38.6亿元。截至6月底，已开工10个，其余2个项目仍在办理用地手续，计划8月开工。"
    assert run("按照上级要求 全县12个重点项目全部开工", body, rule="title-mismatch")


def test_dynamic_only_stakes_named_beside_a_result_are_no_background(run):
    body = ("6月12日，县人社局召开根治欠薪工作推进会，局长王军出席会议并讲话。会议通报了上半年根治欠薪工作情况。"
            "今年以来，县人社局会同住建、交通等部门集中解决了一批关系农民工切身利益的欠薪问题。"
            "会议要求，各成员单位要压实责任，确保农民工工资按时足额支付。")
    assert not run("县人社局召开根治欠薪工作推进会", body, rule="dynamic-only")


@pytest.mark.parametrize("unit", ["开发区管委会", "示范区农业农村局"])
def test_no_examples_a_zones_kind_is_no_county_stem(run, unit):
    body = ("为做好节前安全生产工作，安监部门组织开展安全生产大检查，重点检查辖区企业消防设施和用电安全，"
            "对发现的问题督促企业立即整改，积极开发安全管理信息化系统，充分发挥示范带动作用。")
    assert run("开展安全生产大检查", body, rule="no-examples", unit=unit)


@pytest.mark.parametrize("text,figures", [
    ("种植水稻12000亩，品种为岚稻7号", ["12000亩"]),   # acreage beside a variety is a quantity
    ("主推品种为济麦22", []),
])
def test_no_figures_a_variety_name_ends_at_its_number(text, figures):
    assert [s.text for s in find_figures("body", text)] == figures


@pytest.mark.parametrize("body", ["我县大力发展制种业，建成制种基地3.2万亩。", "大力振兴种业，全县推广良种12个。"])
def test_no_examples_a_seed_trade_is_no_firm(config, body):
    assert _proper_names(config, body) == []
