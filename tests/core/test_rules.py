"""Every rule: its own examples, then the traps editors care about (should flag / should pass)."""
from datetime import date

import pytest

from xinxi_qc.config import Config
from xinxi_qc.engine import check_item
from xinxi_qc.model import Item, Severity

RULES = Config.default().rules


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_flags_its_flag_example(rule, config):
    title, body = rule.examples.flags
    result = check_item(Item(title, body, submitted=rule.examples.submitted), config)
    assert any(f.rule == rule.id and f.severity.rank >= Severity.WARNING.rank for f in result.findings)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_passes_its_pass_example(rule, config):
    title, body = rule.examples.passes
    result = check_item(Item(title, body, submitted=rule.examples.submitted), config)
    assert not any(f.rule == rule.id and f.severity.rank >= Severity.WARNING.rank for f in result.findings)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_findings_carry_offsets_and_advice(rule, config):
    title, body = rule.examples.flags
    item = Item(title, body, submitted=rule.examples.submitted)
    for f in check_item(item, config).findings:
        text = item.text(f.field)
        assert 0 <= f.start <= f.end <= len(text)
        assert f.message and f.suggestion
        assert f.excerpt.rstrip("…") in text[f.start:f.end].replace("\n", " ")


GOOD_BODY = ("10月以来，青川县市场监管局在临溪镇推行“明厨亮灶”，已覆盖餐饮单位320家，"
             "餐饮投诉同比下降35%。桃源村农家乐协会12家会员全部接入视频监控。")


def test_title_mismatch_same_words_other_event(run):
    body = "10月15日，青川县市场监管局对临溪镇12家农家乐开展消防安全检查，发现隐患23处，已整改19处。"
    assert run("青川县召开食品安全工作推进会部署秋季抽检", body, "title-mismatch")


def test_title_mismatch_figure_not_in_body(run):
    found = run("青川县餐饮投诉同比下降50%", GOOD_BODY, "title-mismatch")
    assert found and found[0].field == "title" and found[0].excerpt == "50%"


def test_title_matching_body_passes(run):
    assert not run("青川县“明厨亮灶”覆盖320家餐饮单位", GOOD_BODY, "title-mismatch")


def test_title_vague_generic_pattern(run):
    assert run("青川县采取措施进一步发展农村电商", GOOD_BODY, "title-vague")
    assert run("当前农村养老存在三方面问题", GOOD_BODY, "title-vague")


def test_title_vague_pass_when_title_has_result(run):
    assert not run("青川县多措并举推动餐饮投诉下降35%", GOOD_BODY, "title-vague")


def test_title_length_bounds(run):
    assert run("青川县开会", GOOD_BODY, "title-length")
    assert not run("青川县餐饮投诉同比下降35%", GOOD_BODY, "title-length")


def test_no_figures_ignores_enumerations(run):
    body = "青川县市场监管局一是加强巡查，二是完善一系列制度，第一时间处置投诉，进一步压实责任，在临溪镇试点。"
    assert run("青川县加强餐饮监管", body, "no-figures")
    assert not run("青川县加强餐饮监管", GOOD_BODY, "no-figures")


def test_no_examples_needs_a_concrete_case(run):
    body = "全市各地积极推进农村人居环境整治，累计清理垃圾3.2万吨，改造户厕5600座。"
    assert run("全市推进农村人居环境整治", body, "no-examples")
    assert not run("青川县“明厨亮灶”覆盖320家餐饮单位", GOOD_BODY, "no-examples")


def test_empty_claim_backed_by_next_sentence_passes(run):
    body = "青川县推进“放管服”改革，取得明显成效。企业开办时间由5天压缩至1天。"
    assert not run("青川县企业开办压缩至1天", body, "empty-claim")


def test_empty_claim_unbacked(run):
    body = "青川县推进“放管服”改革，营商环境明显改善。下一步将继续深化改革，持续优化服务。"
    found = run("青川县推进“放管服”改革", body, "empty-claim")
    assert found and body[found[0].start:found[0].end] == "明显改善"


def test_one_stock_phrase_is_not_cliche(run):
    body = "青川县高度重视安全生产，10月排查企业158家，整改隐患326处，关停临溪镇无证作坊4家。"
    assert not run("青川县整改安全隐患326处", body, "cliche")
    infos = run("青川县整改安全隐患326处", body, "cliche", include_info=True)
    assert [f.severity for f in infos] == [Severity.INFO]


def test_dynamic_item_with_results_is_not_dynamic_only(run):
    body = ("10月15日，青川县召开安全生产工作会议。会上通报，三季度全县排查企业158家，发现隐患326处，已整改301处。"
            "临溪镇推行“企业自查＋网格巡查”，整改周期由15天缩短至6天。")
    assert not run("青川县三季度整改安全隐患301处", body, "dynamic-only")


def test_meeting_narrative_is_dynamic_only(run):
    body = ("11月2日，青川县召开冬季森林防火工作会议。副县长李某出席并讲话。会议传达了全市森林防火电视电话会议精神。"
            "会议强调，各乡镇要提高认识。会议要求，要压实责任，确保不发生重大火情。")
    assert run("青川县召开冬季森林防火工作会议", body, "dynamic-only")


def test_long_sentence_threshold_is_configurable():
    from xinxi_qc.config import build_config
    from pathlib import Path

    cfg = build_config({"rules": {"long-sentence": {"max_chars": 20}}}, base_dir=Path("."), source="t", plugins=False)
    result = check_item(Item("青川县企业开办压缩至1天", "青川县推行企业开办“一件事”，开办时间由5天压缩至1天，方便群众。"), cfg)
    assert any(f.rule == "long-sentence" for f in result.findings)


def test_late_uses_input_event_date_and_text_dates(run):
    body = "青川县在临溪镇开展防汛应急演练，转移群众320人。"
    assert run("青川县开展防汛演练", body, "late", event_date=date(2026, 6, 1), submitted=date(2026, 9, 1))
    assert not run("青川县开展防汛演练", body, "late", event_date=date(2026, 8, 20), submitted=date(2026, 9, 1))
    assert not run("青川县开展防汛演练", body, "late")  # no dates at all: nothing to judge


def test_sensitive_id_numbers_by_region_and_birth_date(run):
    title = "青川县帮助群众追回欠薪"
    assert run(title, "农民工李某（身份证11010519491231002X）追回欠薪2.6万元。", "sensitive")
    # a mistyped check digit still identifies the person
    assert run(title, "农民工李某（身份证号532922197811051531）追回欠薪2.6万元。", "sensitive")
    assert not run(title, "统一社会信用代码913301001234567890，追回欠薪2.6万元。", "sensitive")
    assert not run(title, "案件编号320102202513450001，追回欠薪2.6万元。", "sensitive")   # month 13: no birth date


def test_sensitive_markers_but_not_the_word_secret(run):
    assert run("青川县保密工作情况", "机密★1年 青川县保密工作情况通报，检查涉密计算机36台。", "sensitive")
    found = run("青川县开展保密检查", "青川县检查涉密计算机36台，防止国家秘密泄露，临溪镇整改问题3个。", "sensitive")
    assert not found
    assert all(f.severity is Severity.ERROR for f in run("青川县", "电话13812345678", "sensitive"))


def test_typography_placeholders_and_pairs(run):
    assert run("青川县开展食品抽检", "共抽检样品XX批次，合格率98%。", "typography")
    assert run("青川县开展食品抽检", "共抽检样品320批次（其中临溪镇80批次，合格率98%。", "typography")
    assert not run("青川县开展食品抽检", "共抽检样品320批次（其中临溪镇80批次），合格率98%。", "typography")


def test_length_exempts_research_items(config):
    body = ("调研发现，临溪镇养老服务存在三个问题。原因在于资金不足。建议加大投入，完善机制。" * 30)
    result = check_item(Item("临溪镇农村养老服务调研", body), config)
    assert result.type.label == "problem"
    assert not any(f.rule == "length" for f in result.findings)
