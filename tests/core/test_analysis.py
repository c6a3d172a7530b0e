from datetime import date

from xinxi_qc.analysis.dates import find_dates
from xinxi_qc.analysis.entities import find_named
from xinxi_qc.analysis.figures import find_figures
from xinxi_qc.analysis.text import normalize, sentences


def texts(spans):
    return [s.text for s in spans]


def test_figures_found_with_units():
    body = "累计检查餐饮单位1200余家，投诉量同比下降35%，挽回损失12.5万元，三家企业，十余家，百分之三十，两成，3-5天"
    assert texts(find_figures("body", body)) == ["1200余家", "35%", "12.5万元", "三家", "十余家", "百分之三十", "两成", "3-5天"]


def test_enumerations_and_set_phrases_are_not_figures():
    body = "一是加强监管，二是进一步完善一系列制度，第一批试点一定要抓好，一方面要统一思想，一些单位一起推进，第三季度"
    assert find_figures("body", body) == []


def test_idioms_with_numerals_are_not_figures():
    """万家灯火 is an idiom, not ten thousand households; 超万家 and 近千家 are counts."""
    assert find_figures("title", "筑牢燃气安全防线 守护万家灯火平安") == []
    assert find_figures("title", "打通服务群众“最后一米” 畅通就医“最后一公里”") == []
    assert find_figures("body", "市场监管、消防和街道各管一段，一段时间以来缺少牵头部门") == []
    assert texts(find_figures("body", "服务企业超万家，近千家商户参加")) == ["万家", "千家"]


def test_slogans_and_section_numbers_are_not_figures():
    """“六个百分百” is a policy's name and 二标段 a section's number; 检查工地6个 is a count."""
    assert find_figures("body", "“六个百分百”落实不到位，安置小区二标段、北环路3号标段裸土覆盖不全") == []
    assert texts(find_figures("body", "检查“六个百分百”落实情况，抽查工地6个")) == ["6个"]


def test_model_designations_are_not_figures():
    """长鹰-8成功首飞 is the 长鹰-8 flying, not 80%; 近三成交通事故 is 30% of accidents; 3-5天 a range."""
    assert find_figures("title", "“无人空中重卡”长鹰-8成功首飞") == []
    assert texts(find_figures("title", "我市近三成交通事故与农用车辆有关，满意度达8成，工期3-5天")) == ["三成", "8成", "3-5天"]


def test_dates_are_not_figures():
    assert find_figures("body", "2026年10月15日，1-10月，10月3日召开会议") == []


def test_a_sessions_number_is_not_a_figure():
    assert [f.text for f in find_figures("body", "传达学习省委十一届七次全会精神，全省共有代表612名")] == ["612名"]


def test_year_ranges_are_periods_not_figures():
    assert [f.text for f in find_figures("body", "2023—2024学年全校招生320人，2024-2025年度考核优秀12人")] == ["320人", "12人"]


def test_a_four_digit_count_is_not_taken_for_a_year():
    # should flag as figures: counts of four digits, with or without a unit the finder knows
    assert [f.text for f in find_figures("body", "1—4月办理报关业务1260票、申报3150")] == ["1260票", "3150"]
    # should pass: a bare year is still a date
    assert find_figures("body", "截至2024，较2019") == []


def test_spare_parts_and_a_projects_phase_are_not_figures():
    assert find_figures("body", "桶坏了只能自己上集买零件；智谷四期、云屏大道北段征地进度慢，二期工程未开工") == []
    assert [f.text for f in find_figures("body", "项目分四期实施，举办培训班三期")] == ["四期", "三期"]


def test_a_service_number_is_not_a_figure():
    assert find_figures("body", "群众可拨打110报警，也可通过12345政务服务热线反映，实行一票否决") == []
    assert [f.text for f in find_figures("body", "12345热线受理投诉36件")] == ["36件"]


def test_figure_offsets_point_into_text():
    body = "今年全县新增企业860户。"
    (fig,) = find_figures("body", body)
    assert body[fig.start:fig.end] == fig.text == "860户"


def test_normalize_is_length_preserving():
    raw = "投诉下降３５％，\u3000共计ＡＢ"
    assert len(normalize(raw)) == len(raw)
    assert normalize(raw) == "投诉下降35%， 共计AB"


def test_sentences_split_on_terminators_and_lines():
    body = "第一句。第二句！\n第三句；第四句“引语。”第五句"
    assert texts(sentences("body", body)) == ["第一句。", "第二句！", "第三句；", "第四句“引语。”", "第五句"]


def test_named_places_organisations_people():
    body = "今年以来，青川县在临溪镇桃源村推行新模式，华丰食品有限公司参与，村民王某说，全市各县区和该公司在农村推广。"
    found = {(s.kind, s.text) for s in find_named("body", body)}
    assert {("jurisdiction", "青川县"), ("place", "临溪镇"), ("place", "桃源村"),
            ("organisation", "华丰食品有限公司"), ("person", "村民王某")} <= found
    assert not any(s.text in ("全市", "各县区", "该公司", "在农村") for s in find_named("body", body))


def test_absolute_and_relative_dates():
    ref = date(2026, 11, 21)
    found = [(s.text, d) for s, d in find_dates("body", "2026年10月15日开会，11月3日验收，昨日通报，12月30日", ref)]
    assert ("2026年10月15日", date(2026, 10, 15)) in found
    assert ("11月3日", date(2026, 11, 3)) in found
    assert ("昨日", date(2026, 11, 20)) in found
    # A month-day after the reference day belongs to the previous year.
    assert ("12月30日", date(2025, 12, 30)) in found


def test_spacy_bridge_carries_spans(config):
    from xinxi_qc.analysis.spacy_doc import to_spacy
    from xinxi_qc.engine import check_item
    from xinxi_qc.model import Item

    body = "青川县在临溪镇推行“明厨亮灶”，覆盖餐饮单位320家，取得明显成效,投诉下降35%。"
    result = check_item(Item("青川县“明厨亮灶”覆盖320家餐饮单位", body), config)
    doc = to_spacy(result, config)
    assert doc.text == body
    assert {s.text for s in doc.spans["figures"]} >= {"320家", "35%"}
    assert "typography" in {s.label_ for s in doc.spans["findings"]}
