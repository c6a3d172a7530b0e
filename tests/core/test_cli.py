"""The check and rules commands through click's runner, as a user runs them."""
import csv
import io
import json

import pytest
from click.testing import CliRunner

from xinxi_qc.cli import main

GOOD = "青川县“明厨亮灶”覆盖320家餐饮单位\n\n10月以来，青川县市场监管局在临溪镇推行“明厨亮灶”，已覆盖餐饮单位320家，餐饮投诉同比下降35%。\n"
BAD = "青川县多措并举推进食品安全工作\n\n青川县高度重视食品安全工作，精心组织、周密部署，狠抓落实，取得明显成效,再上新台阶。\n"


@pytest.fixture
def files(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "bad.txt").write_text(BAD, encoding="utf-8")
    return tmp_path


def invoke(*args, input=None):
    return CliRunner().invoke(main, ["check", "--today", "2026-11-21", *args], input=input)


def test_clean_item_exits_zero(files):
    result = invoke("good.txt")
    assert result.exit_code == 0, result.output
    assert "等级：" in result.output and "\x1b[" not in result.output


def test_findings_exit_one_with_positions(files):
    result = invoke("bad.txt")
    assert result.exit_code == 1
    assert "1:4" in result.output and "title-vague" in result.output and "建议：" in result.output


def test_min_severity_error_exits_zero_on_warnings(files):
    assert invoke("--min-severity", "error", "bad.txt").exit_code == 0


def test_exit_zero_reports_findings_but_exits_zero(files):
    result = invoke("--exit-zero", "bad.txt")
    assert result.exit_code == 0 and "title-vague" in result.output
    assert invoke("--exit-zero", "bad.txt", "missing.txt").exit_code == 2   # input errors still count


def test_json_contract(files):
    result = invoke("--format", "json", "good.txt", "bad.txt")
    doc = json.loads(result.output)
    assert doc["schema"] == "xinxi-qc/1" and doc["errors"] == []
    item = doc["items"][1]
    assert set(item) >= {"id", "source", "unit", "title", "type", "score", "grade", "deductions", "findings"}
    assert set(item["type"]) == {"label", "confidence"}
    finding = item["findings"][0]
    assert set(finding) >= {"rule", "severity", "field", "start", "end", "message", "suggestion"}
    assert item["score"] == max(0, 100 - sum(d["points"] for d in item["deductions"]))


def test_csv_has_bom_and_one_row_per_finding(files):
    result = invoke("--format", "csv", "bad.txt")
    assert result.output.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(result.output.lstrip("\ufeff"))))
    assert rows and all(r["source"] == "bad.txt" for r in rows)
    assert {"title-vague", "cliche"} <= {r["rule"] for r in rows}


def test_bad_inputs_exit_two_others_still_checked(files):
    (files / "empty.txt").write_bytes(b"")
    result = invoke("--format", "json", "empty.txt", "good.txt", "missing.txt")
    assert result.exit_code == 2
    doc = json.loads(result.stdout)
    assert [e["source"] for e in doc["errors"]] == ["empty.txt", "missing.txt"]
    assert len(doc["items"]) == 1
    assert "Traceback" not in result.output


def test_stdin(files):
    result = invoke("--format", "json", "-", input=GOOD)
    assert json.loads(result.stdout)["items"][0]["source"] == "<stdin>"


def test_rules_lists_every_rule_with_examples():
    result = CliRunner().invoke(main, ["rules"])
    assert result.exit_code == 0
    for rule_id in ("title-mismatch", "no-figures", "cliche", "sensitive", "length"):
        assert rule_id in result.output
    assert "会标出" in result.output and "能通过" in result.output


def test_config_disables_rules_and_changes_thresholds(files):
    (files / "xinxi-qc.toml").write_text('[rules.title-vague]\nenabled = false\n[rules.cliche]\nseverity = "info"\n',
                                         encoding="utf-8")
    result = invoke("--format", "json", "bad.txt")
    rules = {f["rule"]: f["severity"] for f in json.loads(result.stdout)["items"][0]["findings"]}
    assert "title-vague" not in rules and rules["cliche"] == "info"


@pytest.mark.parametrize("toml,message", [
    ("[rules.no-such-rule]\nenabled = false\n", "no-such-rule"),
    ("[rules.long-sentence]\nmax_chars = \"很多\"\n", "max_chars"),
    ("this is = not toml [", "TOML"),
])
def test_bad_config_is_one_line_exit_two(files, toml, message):
    (files / "bad.toml").write_text(toml, encoding="utf-8")
    result = invoke("--config", "bad.toml", "good.txt")
    assert result.exit_code == 2 and message in result.output and "Traceback" not in result.output


def test_data_rules_from_toml(files):
    (files / "office.toml").write_text(
        '[[rule]]\nid = "office-banned"\nkind = "phrases"\nscope = "body"\nphrases = ["明厨亮灶"]\n'
        'severity = "error"\nmessage = "本办不用「{match}」"\nsuggestion = "换个说法"\n', encoding="utf-8")
    (files / "xinxi-qc.toml").write_text('data_rules = ["office.toml"]\n[lexicons]\ncliches = ["餐饮单位"]\n',
                                         encoding="utf-8")
    result = invoke("--format", "json", "good.txt")
    findings = json.loads(result.stdout)["items"][0]["findings"]
    banned = [f for f in findings if f["rule"] == "office-banned"]
    assert banned and banned[0]["severity"] == "error" and banned[0]["message"] == "本办不用「明厨亮灶」"
    assert any(f["rule"] == "cliche" and f["excerpt"] == "餐饮单位" for f in findings)
    assert result.exit_code == 1


def test_every_registered_command_is_listed():
    import importlib

    import click

    from xinxi_qc.cli import COMMAND_MODULES, COMMANDS

    registered = set()
    for module in COMMAND_MODULES:
        group = click.Group()
        importlib.import_module(f"xinxi_qc.cli.{module}").register(group)
        registered |= set(group.commands)
    assert registered == set(COMMANDS)
    help_text = CliRunner().invoke(main, ["--help"]).output
    assert all(name in help_text for name in COMMANDS)
