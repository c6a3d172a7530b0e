"""Issue 11: the verdict (可采用 / 修改后采用 / 退回修改), its config, and where people read it.

Every text here was written for these tests."""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from xinxi_qc.cli import main
from xinxi_qc.config import Config, ConfigError, build_config
from xinxi_qc.engine import check_item
from xinxi_qc.model import TYPE_LABELS, TYPE_NAMES_ZH, Finding, Item, Severity, TypeGuess
from xinxi_qc.output import csv_rows, format_text
from xinxi_qc.scoring.verdict import Verdict, VerdictConfig, decide

GOOD_TITLE = "松岭县城区12处老旧小区完成雨污分流改造"
GOOD_BODY = ("截至10月底，松岭县投入资金3860万元，完成城区12处老旧小区雨污分流改造，铺设管网21.4公里。"
             "其中，南门街道桂香苑小区改造后雨季积水点由9处减少到1处，居民投诉同比下降76%。")
PLAIN = dict(id="SL-7", unit="松岭县住建局")
SIX_FOR_EVERY_TYPE = {t: 6 for t in TYPE_LABELS}   # whichever type the model reads GOOD_BODY as
NO_FIGURES = ("松岭县南门街道改造老旧小区先问居民意见",
              "松岭县南门街道在桂香苑小区改造前逐户上门征求管网走向意见，按居民意见调整施工方案，"
              "改造期间没有发生信访，居民对施工安排普遍满意。")


@pytest.fixture(scope="module")
def config():
    return Config.default()


def verdict_of(config, title, body, **fields):
    return check_item(Item(title=title, body=body, **{**PLAIN, **fields}), config)


def test_should_adopt_a_clean_item_with_the_figures_its_type_needs():
    r = verdict_of(_build({"verdict": {"adopt_min_figures": SIX_FOR_EVERY_TYPE, "adopt_min_chars": 0}}),
                   GOOD_TITLE, GOOD_BODY)
    assert r.verdict.figures == 6
    assert r.verdict.label == "adopt" and r.verdict.zh == "可采用"
    assert r.grade == "优质"
    assert r.verdict.reasons and "没有警告或错误" in r.verdict.reasons[0] and "正文有 6 处数据" in r.verdict.reasons[0]


def test_clean_item_short_of_figures_is_revised_and_graded_second(config):
    # The shipped verdict model (models/scoring.json) revises a 91-character item with six figures, as
    # the shipped thresholds would (they ask an item of its type for more figures).
    r = verdict_of(config, GOOD_TITLE, GOOD_BODY)
    assert config.verdict.adopt_min_figures[r.type.label] > 6
    assert not [f for f in r.findings if f.severity.rank >= Severity.WARNING.rank]
    assert r.score == 100 and r.verdict.label == "revise"
    assert r.grade == config.scoring.grades[1][0]          # 优质 only for items adopted as is
    assert "只有 6 处数据" in r.verdict.reasons[0] and f"{TYPE_NAMES_ZH[r.type.label]}信息" in r.verdict.reasons[0]


def test_figures_needed_to_adopt_are_per_type():
    grades = (("优质", 90), ("良好", 70), ("较好", 50), ("待改进", 0))
    cfg = VerdictConfig(adopt_min_figures={"dynamic": 5})
    verdict, grade = decide([], 100, "优质", "dynamic", grades, cfg, figures=4)
    assert (verdict.label, grade, verdict.figures) == ("revise", "良好", 4)
    assert decide([], 100, "优质", "dynamic", grades, cfg, figures=5) == (Verdict("adopt", (
        "没有警告或错误，得分 100 在优质档（≥ 90）；正文有 5 处数据（动态信息直接采用需 ≥ 5 处）。",), figures=5), "优质")
    assert decide([], 100, "优质", "problem", grades, cfg, figures=0)[0].label == "adopt"   # no threshold for 问题
    # and the length: a fault-free item with its figures but a short body is revised
    short = VerdictConfig(adopt_min_figures={"dynamic": 5}, adopt_min_chars=300)
    verdict, grade = decide([], 100, "优质", "dynamic", grades, short, figures=5, chars=240)
    assert (verdict.label, grade, verdict.chars) == ("revise", "良好", 240)
    assert "只有 240 字" in verdict.reasons[0] and "不少于 300 字" in verdict.reasons[0]
    assert decide([], 100, "优质", "dynamic", grades, short, figures=5, chars=300)[0].label == "adopt"
    both, _ = decide([], 100, "优质", "dynamic", grades, short, figures=3, chars=240)
    assert "只有 3 处数据" in both.reasons[0] and "只有 240 字" in both.reasons[0]   # both shortfalls named
    # the figures decide only between adopting and revising: a fault is still revised
    fault = Finding("no-examples", Severity.WARNING, "body", 0, 1, "m", "s")
    assert decide([fault], 69, "良好", "dynamic", grades, cfg, figures=30) == (
        Verdict("revise", ("无具体事例 no-examples：m", "得分 69，未达优质档（≥ 90）：按上面各项修改后可采用。"), figures=30), "良好")


def test_should_return_placeholders_whatever_the_score(config):
    body = GOOD_BODY.replace("3860万元", "XX万元") + "〔待补充〕"
    r = verdict_of(config, GOOD_TITLE, body)
    assert r.verdict.label == "return" and r.verdict.zh == "退回修改"
    assert r.verdict.blocking == ("placeholder",)
    assert any("占位符未补 placeholder" in reason for reason in r.verdict.reasons)
    top_two = [name for name, _ in config.scoring.grades[:2]]
    assert r.grade not in top_two          # capped even though only a few points were deducted
    placeholder = [f for f in r.findings if f.rule == "typography"]
    assert placeholder and all(f.extra.get("kind") == "placeholder" for f in placeholder)


def test_should_return_a_mobile_number_in_the_body(config):
    body = GOOD_BODY + "居民代表王某（手机13907651234）对改造效果表示认可。"
    r = verdict_of(config, GOOD_TITLE, body)
    assert r.verdict.label == "return" and "sensitive" in r.verdict.blocking


def test_should_revise_an_item_without_figures(config):
    r = verdict_of(config, *NO_FIGURES)
    assert {f.rule for f in r.findings if f.severity.rank >= 1} == {"no-figures"}
    assert r.verdict.label == "revise" and r.verdict.zh == "修改后采用"
    assert any(reason.startswith("无数据 no-figures") for reason in r.verdict.reasons)


def _dynamic(day: str) -> tuple[str, str]:
    return ("松岭县开展城区防汛应急演练 转移群众260人",
            f"2026年{day}，松岭县在城关镇河滨社区开展防汛应急演练，组织转移群众260人，检验排涝泵车8台。")


def test_dynamic_item_a_little_late_is_revised_not_returned(config):
    # 10 days: past the 7 days a 动态 item stays fresh, well within the labelled 30-day limit.
    r = verdict_of(config, *_dynamic("8月22日"), submitted=date(2026, 9, 1))
    assert r.type.label == "dynamic"
    stale = [f for f in r.findings if f.rule == "late"]
    assert [f.severity for f in stale] == [Severity.INFO] and stale[0].extra["kind"] == "stale"
    assert r.verdict.label == "revise"


def test_late_warns_at_thirty_days_and_returns_only_beyond_the_type_limit(config):
    late = verdict_of(config, *_dynamic("7月20日"), submitted=date(2026, 9, 1))     # 43 days
    assert [f.severity for f in late.findings if f.rule == "late"] == [Severity.WARNING]
    assert late.verdict.label == "revise"
    stale = verdict_of(config, *_dynamic("6月10日"), submitted=date(2026, 9, 1))    # 83 days > 60
    assert stale.verdict.label == "return" and stale.verdict.blocking == ("late",)


def test_two_content_faults_are_returned():
    findings = [Finding(rule, Severity.WARNING, "body", 0, 1, "m", "s") for rule in ("cliche", "empty-claim")]
    grades = (("优质", 90), ("良好", 70), ("较好", 50), ("待改进", 0))
    verdict, grade = decide(findings, 36, "待改进", "experience", grades, VerdictConfig(), figures=0)
    assert verdict.label == "return" and grade == "待改进"
    verdict, _ = decide(findings[:1], 68, "较好", "experience", grades, VerdictConfig(), figures=0)
    assert verdict.label == "revise"


def test_blocking_caps_the_grade_band():
    grades = (("优质", 90), ("良好", 70), ("较好", 50), ("待改进", 0))
    f = Finding("title-mismatch", Severity.WARNING, "title", 0, 4, "标题所说的事正文没有报告。", "s")
    verdict, grade = decide([f], 95, "优质", "dynamic", grades, VerdictConfig(), figures=9)
    assert (verdict.label, grade) == ("return", "较好")
    verdict, grade = decide([f], 95, "优质", "dynamic", grades, VerdictConfig(blocked_grade="待改进"), figures=9)
    assert grade == "待改进"
    # an info finding of a blocking rule does not block
    info = Finding("sensitive", Severity.INFO, "body", 0, 4, "m", "s")
    assert decide([info], 100, "优质", "dynamic", grades, VerdictConfig(), figures=0)[0].label == "adopt"


def test_adopt_length_is_chosen_on_graded_items():
    from xinxi_qc.learn.score_fit import choose_adopt_chars
    from xinxi_qc.model import ItemResult

    def result(chars, figures=12):
        return ItemResult(Item("t", "b"), TypeGuess("dynamic", 0.9), 100, "优质", (), (),
                          Verdict("adopt", (), figures=figures, chars=chars))

    # editors adopt the long ones (5) and revise the short ones (4): any length from 260 to 400 splits
    # them; the middle of that run is chosen
    results = [result(c) for c in (180, 220, 250, 410, 480, 620)]
    grades = [4, 4, 4, 5, 5, 5]
    assert choose_adopt_chars(results, grades, {"dynamic": 10}) == 330
    # items short of figures, and returned items, say nothing about length
    assert choose_adopt_chars(results + [result(900, figures=3)], grades + [4], {"dynamic": 10}) == 330
    assert choose_adopt_chars([], [], {}) == 0
    # every such item adopted: no length needed
    assert choose_adopt_chars([result(c) for c in (500, 620, 800)], [5, 5, 5], {"dynamic": 10}) == 0


def test_copied_passage_caps_the_grade_but_is_revised_not_returned():
    # Editors grade items sharing a template passage with another unit's item 3 (revise), not 2.
    grades = (("优质", 90), ("良好", 70), ("较好", 50), ("待改进", 0))
    f = Finding("boilerplate", Severity.WARNING, "body", 0, 40, "此段与另一单位的信息高度相似。", "s")
    verdict, grade = decide([f], 92, "优质", "experience", grades, VerdictConfig(), figures=12)
    assert (verdict.label, grade) == ("revise", "较好")
    assert verdict.blocking == () and "须修改后才能采用，等级最高为较好" in verdict.reasons[-1]
    # a low score still returns it; an office that lists it as blocking returns it whatever the score
    assert decide([f], 30, "待改进", "experience", grades, VerdictConfig(), figures=0)[0].label == "return"
    strict = VerdictConfig(blocking=("boilerplate",), capped=())
    assert decide([f], 92, "优质", "experience", grades, strict, figures=12)[0].label == "return"


def test_copied_passage_does_not_count_toward_returning(config):
    # boilerplate (34 points) beside a late submission (35): 31 points left, yet revised, since without
    # the copied passage it would score 65; the same late item beside two content faults is returned
    grades = config.scoring.grades
    copy = Finding("boilerplate", Severity.WARNING, "body", 0, 40, "此段与另一单位的信息高度相似。", "s")
    late = Finding("late", Severity.WARNING, "body", 0, 4, "事件发生40天后才报送。", "s")
    verdict, _ = decide([copy, late], 31, "待改进", "experience", grades, VerdictConfig(), figures=6, return_score=65)
    assert verdict.label == "revise"
    result = check_item(Item(title=GOOD_TITLE, body=GOOD_BODY, **PLAIN), config, extra_findings=[copy, late])
    assert result.score < config.verdict.return_below and result.verdict.label == "revise"
    faults = [Finding(rule, Severity.WARNING, "body", 0, 1, "m", "s") for rule in ("cliche", "empty-claim")]
    result = check_item(Item(title=GOOD_TITLE, body=GOOD_BODY, **PLAIN), config, extra_findings=[copy, late, *faults])
    assert result.verdict.label == "return"


def test_return_score_is_clamped_without_the_copied_passage(config):
    # two content faults under an office line of 30: returned with or without a copied passage (the
    # score without it is clamped on its own, not the clamped total plus the passage's points)
    from xinxi_qc.scoring import score_and_decide

    strict = replace(config.verdict, return_below=30)
    copy = Finding("boilerplate", Severity.WARNING, "body", 0, 40, "此段与另一单位的信息高度相似。", "s")
    faults = [Finding(rule, Severity.WARNING, "body", 0, 1, "m", "s")
              for rule in ("dynamic-only", "no-figures", "cliche", "empty-claim")]
    guess = TypeGuess("dynamic", 0.9)
    for findings in (faults, [copy, *faults]):
        *_, verdict = score_and_decide(findings, guess, config.scoring, strict, figures=0, chars=500)
        assert verdict.label == "return"


# --- configuration -------------------------------------------------------------------------

def _build(document):
    return build_config(document, base_dir=Path.cwd(), source="x.toml", plugins=False)


def test_verdict_config_changes_what_blocks(config):
    body = GOOD_BODY + "（待补充）"
    relaxed = _build({"verdict": {"blocking": ["sensitive"]}})
    assert verdict_of(relaxed, GOOD_TITLE, body).verdict.label == "revise"
    strict = _build({"verdict": {"late_return_days": {"dynamic": 30}}})
    assert verdict_of(strict, *_dynamic("7月20日"), submitted=date(2026, 9, 1)).verdict.label == "return"
    assert _build({"verdict": {"late_return_days": {"other": 10}}}).verdict.late_return_other == 10
    assert _build({"verdict": {"return_below": 55, "blocked_grade": "待改进"}}).verdict.return_below == 55
    assert _build({}).verdict.capped == ("boilerplate",)
    moved = _build({"verdict": {"blocking": ["sensitive", "boilerplate"]}}).verdict
    assert moved.blocking == ("sensitive", "boilerplate") and moved.capped == ()
    # capping a rule that blocks by default takes it out of the default blocking list
    softer = _build({"verdict": {"capped": ["title-mismatch"]}}).verdict
    assert softer.capped == ("title-mismatch",) and "title-mismatch" not in softer.blocking


@pytest.mark.parametrize("table, words", [
    ({"blocking": ["no-such-rule"]}, "不存在的规则"),
    ({"blocking": "sensitive"}, "字符串列表"),
    ({"capped": ["no-such-rule"]}, "不存在的规则"),
    ({"blocking": ["boilerplate"], "capped": ["boilerplate"]}, "不能既在"),
    ({"late_return_days": {"dynamic": -1}}, "非负整数"),
    ({"blocked_grade": "极好"}, "等级之一"),
    ({"return_below": 120}, "0–100"),
    ({"return_below": True}, "0–100"),
    ({"surprise": 1}, "不认识的键"),
    ({"adopt_min_figures": {"dynamic": -1}}, "非负整数"),
    ({"adopt_min_figures": {"news": 3}}, "adopt_min_figures"),
])
def test_bad_verdict_config_is_one_chinese_line(table, words):
    with pytest.raises(ConfigError) as err:
        _build({"verdict": table})
    message = str(err.value)
    assert message.startswith("x.toml: ") and words in message and "\n" not in message


def test_late_limits_by_type_are_rule_options():
    cfg = _build({"rules": {"late": {"max_days_by_type": {"dynamic": 3}}}})
    assert cfg.settings["late"].options["max_days_by_type"] == {"dynamic": 3}
    with pytest.raises(ConfigError, match="max_days_by_type"):
        _build({"rules": {"late": {"max_days_by_type": {"dynamic": "七天"}}}})
    with pytest.raises(ConfigError, match="max_days_by_type"):
        _build({"rules": {"late": {"max_days_by_type": 7}}})


# --- where people read it ------------------------------------------------------------------

def test_json_contract_carries_the_verdict(config):
    d = verdict_of(config, GOOD_TITLE, GOOD_BODY + "（待补充）").to_dict()
    assert set(d["verdict"]) >= {"label", "zh", "reasons"}
    assert d["verdict"]["label"] == "return" and d["verdict"]["zh"] == "退回修改"
    assert all(isinstance(r, str) for r in d["verdict"]["reasons"])
    for key in ("id", "source", "unit", "title", "type", "score", "grade", "deductions", "findings"):
        assert key in d


def test_text_report_header_names_id_and_unit_and_explains_in_chinese(config):
    r = verdict_of(config, *NO_FIGURES)
    text = format_text(r, lambda s, **_: s, grades=config.scoring.grades)
    head = text.splitlines()[0]
    assert "编号 SL-7" in head and "单位 松岭县住建局" in head
    assert "无数据 no-figures：" in text
    assert "扣分：无数据 no-figures −" in text
    top, floor = config.scoring.grades[0]
    assert f"{top} ≥ {floor}" in text
    assert "结论：修改后采用（revise）" in text


def test_csv_has_verdict_and_rule_name_columns(config):
    rows = list(csv_rows([verdict_of(config, GOOD_TITLE, GOOD_BODY + "（待补充）")]))
    assert rows and all(row[15] == "return" and row[16] == "退回修改" for row in rows)
    assert "标点与占位符" in [row[18] for row in rows]


def test_cli_json_and_rules_show_verdict_and_chinese_names(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(f"{GOOD_TITLE}\n\n{GOOD_BODY}\n", encoding="utf-8")
    runner = CliRunner()
    # sent days after 截至10月底 (a file without a submission date is sent on --today: not the clock's today)
    result = runner.invoke(main, ["check", str(path), "--format", "json", "--today", "2026-11-03"])
    verdict = json.loads(result.output)["items"][0]["verdict"]
    assert verdict["label"] == "revise" and verdict["figures"] == 6 and "只有 6 处数据" in verdict["reasons"][0]
    (tmp_path / "xinxi-qc.toml").write_text("[verdict]\nadopt_min_chars = 0\n[verdict.adopt_min_figures]\n"
                                            + "".join(f"{t} = 6\n" for t in SIX_FOR_EVERY_TYPE),
                                            encoding="utf-8")
    result = runner.invoke(main, ["check", str(path), "--format", "json", "--today", "2026-11-03",
                                  "--config", str(tmp_path / "xinxi-qc.toml")])
    assert json.loads(result.output)["items"][0]["verdict"]["label"] == "adopt"
    listing = runner.invoke(main, ["rules"]).output
    assert "无数据 no-figures" in listing and "标题文不对题 title-mismatch" in listing
    rows = json.loads(runner.invoke(main, ["rules", "--format", "json"]).output)["rules"]
    assert {r["id"]: r["name_zh"] for r in rows}["late"] == "报送不及时"
