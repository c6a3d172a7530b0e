"""Boundary cases found in stop 34's reading of W266–W269 (held out through stop 33) and of the new
writers, each with the flag it must still raise, written fresh in the shape the writers used."""
import pytest


@pytest.mark.parametrize("routine,flag", [
    # a weekly routine is no person named 周: the body names nobody
    ("对重点项目实行“周调度、月通报”", True),
    ("对企业推行“周自查、月报告”制度", True),
    ("对执法队员推行“周考月评”", True),
    ("对设备落实日检和周检", True),
    # a person of that surname is one
    ("由副局长周建平牵头，对重点项目实行“日调度”", False),
    ("由村民周明、周红两人负责巡查", False),
])
def test_no_examples_a_weekly_routine_is_no_person(run, routine, flag):
    body = (f"今年以来，县应急管理局{routine}，对发现的隐患逐项登记、限期整改。"
            "1—6月，全县共排查整改隐患326项，整改率98.5%。")
    assert bool(run("县应急管理局推行隐患排查闭环管理 整改率98.5%", body, rule="no-examples")) is flag


@pytest.mark.parametrize("said,flag", [
    ("事故起数减少1起，死亡人数持平", True),
    ("事故起数减少1起，死亡人数减少2人", False),
    ("事故起数和死亡人数分别减少1起、2人，受伤人数与去年持平", False),   # another figure held level
])
def test_title_mismatch_a_double_fall_with_one_held_level(run, said, flag):
    body = f"上半年，全县共发生生产安全事故5起、死亡5人，与去年同期相比，{said}。全县共检查企业1630家次，整改隐患3811项。"
    assert bool(run("上半年全县生产安全事故起数和死亡人数实现“双下降”", body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("said,flag", [
    ("参保人数达86.3万人", True),
    ("参保人数达100.6万人", False),
    ("参保人数达102.4万人，其中职工参保52.1万人", False),
])
def test_title_mismatch_a_bare_round_mark(run, said, flag):
    body = f"我市长期护理保险于2023年9月启动试点。截至8月底，全市长期护理保险{said}。试点以来，累计受理失能评估申请4980人。"
    assert bool(run("全市长期护理保险参保人数突破百万", body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("title,flag", [
    ("我局召开专题会议安排部署近期工作", True),
    ("我局召开专题会议安排部署近期商务重点工作", False),   # a line of work named
    ("东塘区医保服务进社区活动有声有色", True),
    ("全市文旅系统奋力开创文旅融合发展新局面", True),
    ("全市1至11月接待游客4396万人次 旅游总收入增长14.7%", False),
])
def test_title_vague_a_deployment_a_lively_campaign_a_new_phase(run, title, flag):
    body = ("6月12日，局党组召开专题会议，听取各科室工作汇报。会议明确，6月底前完成12个村的医保政策宣讲，"
            "7月起在4个社区设立医保服务点。")
    assert bool(run(title, body, rule="title-vague")) is flag


@pytest.mark.parametrize("head,flag", [
    ("（内部资料 秘密）", True),
    ("【机密】", True),
    ("（内部资料 注意保存）", False),
    ("（保守工作秘密）", False),
])
def test_sensitive_a_bracketed_classification_marker(run, head, flag):
    body = f"{head}\n5月，全县新接收社区矫正对象14名，解除矫正11名，月末在册141名。全月未发生脱管、漏管。"
    assert bool(run("5月全县新接收社区矫正对象14名 未发生脱管漏管", body, rule="sensitive")) is flag


@pytest.mark.parametrize("said,flag", [
    ("提交社区调委会调解38件，调解成功35件，其余3件因涉及房屋产权纠纷移交街道和法院处理", True),
    ("提交社区调委会调解38件，全部调解成功", False),
])
def test_title_mismatch_nothing_passed_up_but_some_were(run, said, flag):
    body = ("今年以来，东门社区以楼栋为单位成立“楼栋议事会”，每月召开一次，商议楼栋内公共事务和邻里矛盾。"
            f"1至9月，共召开议事会318场次，商议事项527件，协商解决486件；{said}。")
    assert bool(run("东门社区推行“楼栋议事会” 矛盾纠纷实现“零上交”", body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("said,flag", [
    ("通过门户网站、微信公众号等线上渠道发布的268份，占85.9%；其余44份因涉及紧急性作业，仍通过VHF广播和传真方式发布", True),
    ("312份全部通过门户网站、微信公众号等线上渠道发布", False),
])
def test_title_mismatch_all_online_but_the_rest_still_by_fax(run, said, flag):
    body = f"1至6月，我局共发布航行警告、航行通告312份，同比增长14.3%。发布渠道方面，{said}。"
    assert bool(run("海事部门上半年发布航行警告、通告312份 全部实现线上发布", body, rule="title-mismatch")) is flag


@pytest.mark.parametrize("said,flag", [
    ("鹭屿水道是进出港区的主航道", False),            # a waterway by its own name
    ("8月19日凌晨，某砂石船在检查点上游过驳", False),   # an anonymised vessel
    ("城区一家外卖配送站点的站长主动联系我们", False),   # an anonymised site
    ("内河航道是进出港区的主航道", True),             # a kind of waterway
])
def test_no_examples_a_named_waterway_and_anonymised_cases(run, said, flag):
    body = f"{said}，每天通过船舶40余艘次。今年5月至8月，系统共报警1236次，报警后船舶主动驶离的占91%。"
    assert bool(run("小型船舶越界航行自动报警 报警后主动驶离的占91%", body, rule="no-examples")) is flag
