"""Boundary cases found in stop 27's writers (W50–W53 read after their held-out measurement):
each pair should flag / should pass, written fresh in the shape the writers used."""
import pytest


GATES = ("今年以来，望川街道结合老旧小区改造推广人脸识别门禁。截至10月底，辖区27个封闭式住宅小区中已有23个完成智能门禁安装，"
         "共安装设备186套。")


@pytest.mark.parametrize("title,body,flag", [
    # 全覆盖 over N of a kind, fewer of them done
    ("望川街道住宅小区智能门禁实现全覆盖", GATES, True),
    ("望川街道住宅小区智能门禁实现全覆盖", GATES.replace("已有23个", "已有27个"), False),
    # 创新高 over a level the body says is close to (below) the record
    ("我市森林食品网络零售额创新高", "2024年，我市森林食品网络零售额6.8亿元，比上年增长12.1%，接近2021年7.3亿元的历史最高水平。", True),
    ("我市森林食品网络零售额创新高", "2024年，我市森林食品网络零售额6.8亿元，比上年增长12.1%，超过2021年6.3亿元的历史最高水平。", False),
    # 翻番 over the whole's 78 % when only a part (其中…) doubled; a title naming that part is borne out
    ("青桐县乡镇卫生院住院人次实现翻番", "今年上半年，青桐县乡镇卫生院收治住院患者7352人次，增长78.4%。"
     "其中白鹭镇卫生院住院1286人次，同比增长112%。", True),
    ("白鹭镇卫生院住院人次实现翻番", "今年上半年，青桐县乡镇卫生院收治住院患者7352人次，增长78.4%。"
     "其中白鹭镇卫生院住院1286人次，同比增长112%。", False),
    # a part's rate in a 其中 list after the whole's: the list inherits the rate's name
    ("我市中小学生近视率连续三年上升 初中生近视率达71.3%", "视力筛查显示，学生总体近视率为54.6%，连续三年上升；"
     "其中小学生38.4%、初中生71.3%、高中生82.7%。", False),
    ("我市中小学生近视率连续三年上升 初中生近视率达71.3%", "视力筛查显示，学生总体近视率为54.6%，连续三年上升；"
     "其中小学生38.4%、初中生视力不良检出率71.3%。", True),
    # 十条措施 over the body's 核心是三项 (a selection) vs a list that simply stops at three
    ("市人社局推出“回引人才”十条措施", "2月19日，市人社局召开就业工作会议，推出《回引在外人才十条措施》。十条措施的核心是三项：一是发放安家补贴2万元；"
     "二是国企定向招聘；三是创业担保贷款最高30万元。", False),
    ("市人社局推出“回引人才”十条措施", "2月19日，市人社局召开就业工作会议，推出《回引在外人才十条措施》。一是发放安家补贴2万元；"
     "二是国企定向招聘；三是创业担保贷款最高30万元。", True),
])
def test_title_mismatch_parts_records_and_selections(run, title, body, flag):
    assert bool(run(title, body, rule="title-mismatch")) is flag


REVIEW = ("2024年，柳荫社区重点做了三件事。一是完成柳荫新村改造，机动车位由214个增至263个。"
          "二是稳住垃圾分类，湿垃圾纯净度保持在90%以上。")


@pytest.mark.parametrize("title,body,flag", [
    # a slogan main title over a subtitle that only says whose year it reviews
    ("守护老街坊 建设新家园——柳荫社区2024年工作回眸", REVIEW, True),
    ("柳荫新村改造完工 新增车位49个——柳荫社区2024年工作回眸", REVIEW, False),
    # 迈出坚实步伐 is a stock claim
    ("多措并举推动资源型城市转型发展迈出坚实步伐", REVIEW, True),
    ("资源型城市转型：接续替代产业占比升至41.7%", REVIEW, False),
    # activities with no name
    ("砖桥社区积极开展系列活动 丰富居民精神文化生活", REVIEW, True),
    ("砖桥社区开展“邻里节”系列活动 丰富居民精神文化生活", REVIEW, False),
    # stock attitudes before a named line of work: writers split 2 (not vague) to 1, so not flagged
    ("沙尾镇高度重视周密部署防台风工作", REVIEW, False),
])
def test_title_vague_reviews_steps_and_series(run, title, body, flag):
    assert bool(run(title, body, rule="title-vague")) is flag


@pytest.mark.parametrize("body,flag", [
    # an island, a vessel by its registration, an anonymised trader or firm with a qualifier
    ("今年暑期，青螺岛共接待游客12.3万人次，实现旅游收入1.16亿元。", False),
    ("今年暑期，海岛共接待游客12.3万人次，实现旅游收入1.16亿元。", True),
    ("8月14日“鲸澳渔06287”主机故障进水，附近渔船率先抵达，救起5名船员。", False),
    ("8月14日一艘渔船主机故障进水，附近渔船率先抵达，救起5名船员。", True),
    ("批发环节抽检不合格8批次。县城一家水产批发商户在水发鱿鱼中违规添加甲醛，已被立案调查。", False),
    ("批发环节抽检不合格8批次。部分商户在水发鱿鱼中违规添加甲醛，已被立案调查。", True),
    ("一家生产实木地板的企业负责人算了一笔账：原料成本比口岸城市同类企业高出约18元。", False),
    # not names: a joint action of two generic bodies; 比城区; a kind of community; a market of outsiders
    ("11月上旬，街道平安办会同燃气公司对辖区独居老人家中燃气设施开展检查，共检查326户。", True),
    ("乡镇学校合格率82.5%，比城区学校低11个百分点。", True),
    ("要以更大担当，为建设幸福宜居社区作出新的贡献，今年改造楼道86个。", True),
    ("营销手段单一，对外地客源市场的吸引力不足，过夜游客仅占12%。", True),
])
def test_no_examples_islands_vessels_and_kinds(run, body, flag):
    assert bool(run("情况反映", body, rule="no-examples")) is flag


TRAINING = ("5月22日至24日，县卫生健康局在县人民医院举办基层慢性病管理能力培训班，全县乡镇卫生院慢病管理医生共计260人次参加培训。"
            "县卫生健康局副局长杜若晖出席开班仪式并作动员讲话。")


@pytest.mark.parametrize("closing,flag", [
    # a claim of results with nothing behind it is no result; a measured one is
    ("此次培训取得了明显成效，参训人员的业务能力和服务水平显著提升。", True),
    ("结业考试合格率96%，参训人员的随访规范率由71%提高到88%。", False),
    # a sentence that only says who attended is narration
    ("各乡镇卫生院院长、村医代表约120人参加活动。", True),
])
def test_dynamic_only_claims_and_attendance(run, closing, flag):
    assert bool(run("县卫生健康局举办基层慢性病管理能力培训班", TRAINING + closing, rule="dynamic-only")) is flag


SORTING = ("今年以来，社区共开展垃圾分类宣传活动15场，发放宣传资料2000余份，入户宣传覆盖居民850户。"
           "经过努力，东仓小区居民分类投放的自觉性明显增强，混投乱放现象大幅减少。")


@pytest.mark.parametrize("title,flag", [
    # the item's own estate under another suffix (东仓小区 of 东仓社区) backs no claim; another estate is a case
    ("东仓社区推行桶边督导 居民分类习惯明显改善", True),
    ("望川街道推行桶边督导 居民分类习惯明显改善", False),
])
def test_empty_claim_the_subject_by_another_suffix(run, title, flag):
    assert bool(run(title, SORTING, rule="empty-claim", unit="望川街道东仓社区居委会"
                    if title.startswith("东仓") else "望川街道办事处")) is flag


@pytest.mark.parametrize("body,flag", [
    # 两县 is a count (the measure word left out); 一县一品 is a slogan
    ("随后在丹枫县召开座谈会，听取芦湾、丹枫两县工作汇报。", False),
    ("随后在丹枫县召开座谈会，听取各县工作汇报，推进一县一品。", True),
])
def test_no_figures_counts_of_counties(run, body, flag):
    assert bool(run("省卫生健康委赴栖梧市调研县域医共体建设", body, rule="no-figures")) is flag
