from dataclasses import replace

from xinxi_qc.crossdoc import ItemsSource, Params, cross_findings
from xinxi_qc.model import Severity

from .conftest import PASSAGE_A, PASSAGE_B, item


def test_edited_copy_by_another_unit_is_boilerplate_with_offsets(pair):
    a, b = pair
    fa, fb = cross_findings([a, b], stock_phrases=["高度重视", "狠抓落实"])
    body_b = [f for f in fb if f.field == "body"]
    assert len(body_b) == 1
    f = body_b[0]
    assert f.rule == "boilerplate" and f.severity is Severity.WARNING
    start = b.body.index(PASSAGE_B)
    assert (f.start, f.end) == (start, start + len(PASSAGE_B))
    x = f.extra
    assert x["other_id"] == "a1" and x["other_unit"] == "西湖区城管局" and x["other_title"] == a.title
    assert x["other_passage"] == a.body[x["other_start"]:x["other_end"]] == PASSAGE_A
    assert 0.75 <= x["similarity"] <= 1
    assert "西湖区城管局" in f.message
    # and symmetrically for the first item
    assert [g.extra["other_id"] for g in fa if g.field == "body"] == ["b1"]


def test_resubmission_by_same_unit_is_duplicate_not_boilerplate(pair):
    a, _ = pair
    again = replace(a, id="a2", title=a.title + "（再报）", body=a.body.replace("126", "130"))
    fa, fb = cross_findings([a, again])
    assert [f.rule for f in fb] == ["duplicate-submission"]
    assert fb[0].extra["other_id"] == "a1" and fb[0].extra["coverage"] >= 0.9


def test_same_unit_sharing_one_paragraph_is_not_reported(pair):
    a, b = pair
    a = replace(a, body=a.body + "\n西湖区今年新增厨余垃圾就地处理设备十五台，日处理能力达到四十吨。"
                "蒋村街道推行误时投放点夜间值守，由物业和志愿者轮流上岗。"
                "区里还将垃圾分类纳入文明小区评选，对连续三个月排名末位的小区约谈物业负责人。")
    b_same = replace(b, unit=a.unit, body=b.body + "\n海曙区把大件垃圾预约清运搬上手机，居民线上下单后四十八小时内上门。"
                     "石碶街道试点装修垃圾集中堆放点，由第三方公司统一收运并按吨计费。"
                     "区级财政安排专项资金，对分类成效排名前十的社区给予以奖代补。")
    assert cross_findings([a, b_same]) == [[], []]


def test_unknown_unit_counts_as_another_unit(pair):
    a, b = pair
    _, fb = cross_findings([replace(a, unit=None), replace(b, unit=None)])
    assert {f.rule for f in fb} == {"boilerplate"}
    assert "其他单位" in fb[0].message


def test_passage_of_stock_phrases_and_dates_only_is_ignored():
    filler = "2024年3月5日上午，各级各部门高度重视、精心组织、周密部署，狠抓落实、扎实推进。会议要求统一思想、认清形势，营造良好氛围。"
    a = item("a", "甲单位", "甲单位一件事改革", filler + "甲单位推行企业开办一件事，办理时限压缩到1个工作日。")
    b = item("b", "乙单位", "乙单位垃圾分类", filler + "乙单位新建再生资源回收网点二十处，回收量明显增加。")
    phrases = ["高度重视", "精心组织", "周密部署", "狠抓落实", "扎实推进", "统一思想", "认清形势", "营造良好氛围"]
    assert cross_findings([a, b], stock_phrases=phrases) == [[], []]
    # without the stock-phrase list the same passage is substantial enough to report
    assert cross_findings([a, b], stock_phrases=[])[1]


def test_unrelated_items_give_nothing(pair):
    a, _ = pair
    c = item("c", "丙单位", "丙单位就业帮扶", "丙单位开设零工市场三处，今年以来帮助八百余名大龄劳动者找到工作。"
             "驻场人员每天更新岗位信息，并为求职者免费提供技能培训和健康体检服务。")
    assert cross_findings([a, c]) == [[], []]


def test_archive_source_and_same_id_is_the_item_itself(pair):
    a, b = pair
    (fb,) = cross_findings([b], ItemsSource([a, b]))
    assert [f.extra["other_id"] for f in fb if f.field == "body"] == ["a1"]


def test_missing_archive_is_a_clear_error(tmp_path):
    import pytest

    from xinxi_qc.crossdoc import ArchiveError
    with pytest.raises(ArchiveError, match="找不到比对库"):
        cross_findings([item("x", "u", "t", "正文")], str(tmp_path / "nope.jsonl"))


def test_one_shared_policy_sentence_is_no_passage_two_are():
    # The label definition asks for at least two near-verbatim sentences: two units quoting the
    # same city policy in one sentence (about 60 characters of substance) have not copied a passage.
    policy = "根据《市推动工业设备更新和技术改造若干措施》，对设备投资额500万元以上的技改项目按设备投资额的8%给予补助，单个项目最高300万元。"
    second = "补助资金由企业提出申请，经区工信部门现场核查、第三方机构审计后，于项目验收合格次月拨付到企业账户。"
    a = item("a", "北关区工信局", "北关区技改诊断全覆盖", "北关区为规上工业企业免费提供智能化改造诊断，全年完成诊断93家。" + policy)
    b = item("b", "柳泉县工信局", "柳泉县碳化硅技改项目投产", "柳泉县恒嘉新材料公司二期技改项目建成投产，新增生产线2条。" + policy)
    assert cross_findings([a, b]) == [[], []]
    a2 = replace(a, body=a.body + second)
    b2 = replace(b, body=b.body + second)
    assert {f.rule for f in cross_findings([a2, b2])[1]} == {"boilerplate"}


def test_a_template_frame_around_each_units_own_text_is_boilerplate():
    # The same opening and closing sentences (each near-verbatim, too short alone) with each unit's
    # own report between them: the writers label it boilerplate (W195's 科普进乡村 items, W31, W104…).
    opening = "活动采取“专家讲座+展板展示+现场答疑”的方式，把科普课堂搬到田间地头和村部广场，让群众在家门口就能学科学、用科学。"
    closing = "下一步，镇科协将结合农时节令和群众需求，常态化开展科技下乡活动，切实打通科普服务群众的“最后一公里”。"
    own_a = ("县农技站高级农艺师围绕早稻集中育秧、农药安全使用作了讲解，镇卫生院医生为村民免费测量血压。\n"
             "活动共展出展板20块，发放资料800余份，200余名村民参加。")
    own_b = ("组建“科普小分队”是石桥镇今年的新做法，小分队由镇农技站技术员和村科普信息员7人组成，每月固定一周下村。\n"
             "本次活动中，技术员在油菜田现场教农户辨认菌核病病株，30多户种植户跟着下田学习。")
    a = item("f1", "白沙镇科协", "白沙镇科协在河湾村开展春耕科普活动", "3月21日，白沙镇科协在河湾村开展春耕科普进乡村活动。" + opening + "\n" + own_a + "\n" + closing)
    b = item("f2", "石桥镇科协", "石桥镇“科普小分队”进大坪村", "3月28日，石桥镇科协组织“科普小分队”到大坪村开展科普进乡村活动。" + opening + "\n" + own_b + "\n" + closing)
    found = cross_findings([a, b])
    assert [f.rule for f in found[0]] == ["boilerplate", "boilerplate"]
    assert sorted(b.body[f.start:f.end] for f in found[1]) == sorted([opening, closing])
    # one of the two alone is no passage, and the frame rule can be switched off
    a1, b1 = replace(a, body=a.body.replace(closing, "")), replace(b, body=b.body.replace(closing, ""))
    assert cross_findings([a1, b1]) == [[], []]
    assert cross_findings([a, b], params=Params(frame_segments=0)) == [[], []]


def test_two_units_quoting_the_same_statistics_is_not_boilerplate():
    stats = "全市早稻栽插20.5万亩，机插率61.5%；稻虾共作面积18.4万亩，小龙虾产量3.6万吨。"
    a = item("s1", "枫渡市政府办", "上半年全市地区生产总值增长6.3%",
             "上半年，全市地区生产总值完成186.4亿元，同比增长6.3%。\n农业生产平稳。" + stats
             + "\n民生支出18.9亿元，占一般公共预算支出的78.2%。")
    b = item("s2", "枫渡市农业农村局", "上半年全市农林牧渔业增加值增长3.9%",
             "上半年，全市农林牧渔业增加值19.8亿元，同比增长3.9%。\n" + stats
             + "\n项目：高标准农田建设任务4.5万亩，已开工3.8万亩。")
    assert cross_findings([a, b]) == [[], []]
    # the same sentences with a line of template prose between them are copied
    prose = "各村要压紧压实责任，严格落实网格化管理，确保每一片农田都有人管、有人巡、有人负责。"
    a2 = replace(a, body=a.body.replace(stats, stats + prose))
    b2 = replace(b, body=b.body.replace(stats, stats + prose))
    found = cross_findings([a2, b2])
    assert [f.rule for f in found[1]] == ["boilerplate"]


def test_statistics_alike_allows_a_line_of_each_units_own():
    from xinxi_qc.crossdoc.findings import statistics_alike

    a = ("接待游客89.4万人次，实现旅游收入7.6亿元，分别增长22.4%和25.3%。拉隆村民族文化旅游驿站于8月10日开业。"
         "财政方面，一般公共预算收入1.12亿元，增长5.6%，完成年度目标的68.3%。")
    b = ("接待游客476.3万人次，实现旅游综合收入43.2亿元，分别增长19.6%和22.1%。"
         "财政方面，一般公共预算收入9.86亿元，同比增长6.4%，完成年度预算的79.5%。")
    assert statistics_alike(a, b)
    # the same line of prose on both sides is copied
    prose = "各县要压紧压实责任，确保年度目标任务全面完成。"
    assert not statistics_alike(a + prose, b + prose)


def test_statistics_formula_needs_two_figures_in_every_sentence():
    from xinxi_qc.crossdoc.findings import statistics_formula

    assert statistics_formula("潮屿港完成货物吞吐量728.4万吨，同比增长9.1%；集装箱吞吐量13.6万标箱，同比增长17.3%。")
    assert not statistics_formula("民生保障方面，发放各类惠民补贴1,860万元，新增城镇就业412人。\n"
                                  "社会治理方面，开展矛盾纠纷排查化解，上半年共排查化解矛盾纠纷136起。")


def test_statistics_alike_the_same_formula_with_each_units_own_figures():
    from xinxi_qc.crossdoc.findings import statistics_alike

    county = ("本次换届后，全县126个村新一届村党组织书记平均年龄44.6岁，较上届下降5.1岁；大专及以上学历的占58.7%，"
              "较上届提高21.3个百分点。119个村实现村党组织书记、村委会主任“一肩挑”，占94.4%。")
    town = ("新一届村党组织书记平均年龄41.3岁，比上届下降6.2岁；大专及以上学历9人，比上届增加5人；"
            "13个村均实现村党组织书记、村委会主任“一肩挑”。")
    assert statistics_alike(county, town)
    # a shared figure, or a sentence with no figure the two share word for word, is no longer each unit's own
    assert not statistics_alike(county, town.replace("41.3岁", "44.6岁"))
    assert not statistics_alike(county + "换届工作平稳有序。", town + "换届工作平稳有序。")


def test_statistics_alike_a_report_frame_with_each_units_own_numbers():
    from xinxi_qc.crossdoc.findings import statistics_alike
    city = ("截至6月30日，全市在册特种设备71426台（套），比去年底增长5.8%，其中电梯38650台、锅炉1217台、起重机械6952台。"
            "上半年全市未发生特种设备事故。")
    county = ("截至2023年底，全县在册特种设备3862台（套），其中电梯1427台、锅炉96台、起重机械578台。"
              "全年未发生特种设备事故。")
    assert statistics_alike(city, county)   # the same lines, each unit's own numbers
    assert not statistics_alike(city, county.replace("1427台", "38650台"))   # a number copied too
    shared = "各地要严格落实特种设备使用单位主体责任。"
    assert not statistics_alike(city + shared, county + shared)   # a line without numbers, word for word
