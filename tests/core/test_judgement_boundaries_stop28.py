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
