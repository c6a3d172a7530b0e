"""The workflow commands end to end through click, on a real SQLite file."""
from __future__ import annotations

import csv
import io

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from tests.workflow.conftest import GOOD_BODY
from xinxi_qc.cli import main


@pytest.fixture(scope="module")
def template(tmp_path_factory, real_checker):
    """A database with units, a writer, the 衢州 config and item #1 submitted (built once)."""
    from datetime import date

    from xinxi_qc.workflow import Service

    path = tmp_path_factory.mktemp("tpl") / "tpl.sqlite"
    svc = Service(str(path), checker=real_checker)
    svc.add_unit("qz", "衢州市", "市")
    svc.add_unit("kc", "柯城区", "县区", parent="qz", unit_class="A")
    svc.add_unit("lx", "龙游县", "县区", parent="qz", unit_class="A")
    svc.add_writer("kc", "张三")
    svc.set_scoring("quzhou")
    svc.create_item("kc", "柯城区1-9月规上工业增加值增长8.5%", GOOD_BODY, actor="测试员", at=date(2026, 10, 2))
    svc.close()
    return path


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    env = {"XINXI_QC_DB": str(tmp_path / "cli.sqlite"), "XINXI_QC_USER": "测试员", "XINXI_QC_SCORING": None}
    runner = CliRunner()

    def invoke(*args, ok=True):
        result = runner.invoke(main, list(args), env=env)
        if ok:
            assert result.exit_code == 0, result.output
        return result

    return invoke


def _setup(run, tmp_path):
    run("unit", "add", "qz", "衢州市", "--level", "市")
    run("unit", "add", "kc", "柯城区", "--level", "县区", "--parent", "qz", "--class", "A")
    run("unit", "add", "lx", "龙游县", "--level", "县区", "--parent", "qz", "--class", "A")
    run("unit", "writer", "kc", "张三")
    run("points", "config", "quzhou")
    (tmp_path / "a.txt").write_text("柯城区1-9月规上工业增加值增长8.5%\n\n" + GOOD_BODY + "\n", encoding="utf-8")


def test_full_cli_flow(run, tmp_path):
    _setup(run, tmp_path)
    out = run("submit", "a.txt", "--unit", "kc", "--writer", "张三", "--date", "2026-10-02").output
    assert "信息#1 已报送" in out and "质量分" in out
    assert "#1" in run("review", "--unit", "qz").output
    run("review", "1", "--receive", "--date", "2026-10-03")
    run("adopt", "1", "--outlet", "信息版", "--date", "2026-10-05")
    run("instruct", "1", "--level", "市", "--leader", "市长", "--date", "2026-10-06")
    shown = run("review", "1").output
    assert "采用（刊物 《政务》信息版" in shown and "批示" in shown
    explain = run("points", "explain", "kc", "--period", "2026-10").output
    assert "积分：12" in explain and "来源事件：#4" in explain and "来源事件：#5" in explain
    assert "依据：《衢州政务》信息版/特刊 2分" in explain and "依据：市领导批示每篇加计10分" in explain
    js = run("points", "explain", "kc", "--period", "2026-10", "--format", "json").output
    assert '"total": 12' in js

    text = run("report", "monthly", "--period", "2026-10", "--as-of", "2026-11-02").output
    assert text.startswith("关于2026年10月政务信息报送采用情况的通报") and "龙游县本期无信息被采用" in text
    raw = run("report", "monthly", "--period", "2026-10", "--format", "csv", "--as-of", "2026-11-02").stdout_bytes
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    kc = next(r for r in rows if r[0] == "kc")
    assert kc[3:5] == ["1", "1"] and kc[rows[0].index("积分")] == "12"
    run("report", "monthly", "--period", "2026-10", "--format", "xlsx", "-o", "r.xlsx")
    assert load_workbook(tmp_path / "r.xlsx").sheetnames
    assert "张三" in run("report", "annual", "--year", "2026").output
    assert "柯城区1-9月" in run("report", "shortlist", "--year", "2026").output


@pytest.mark.parametrize("args,fragment", [
    (("submit", "a.txt", "--unit", "nope"), "未知单位"),
    (("return", "1"), "reason"),
    (("return", "1", "--reason", ""), "必须填写理由"),
    (("instruct", "1", "--level", "市"), "只有已采用"),
    (("adopt", "1", "--outlet", "某内刊", "--level", "县区"), "没有刊物"),
    (("adopt", "9", "--outlet", "信息版"), "未知信息编号"),
    (("withdraw", "1", "--reason", "重复", "--expect-revision", "1"), "已被他人修改"),
    (("points", "explain", "kc", "--period", "2026-13"), "期间格式不对"),
    (("points", "explain", "kc", "--period", "2026", "--scoring", "nope.toml"), "找不到积分配置"),
    (("report", "monthly", "--period", "2026-Q4"), "需要月份"),
    (("unit", "add", "x", "某", "--level", "银河"), "未知层级"),
    (("solicit", "add", "主题", "--units", "kc,zz", "--deadline", "2026-10-10"), "未知单位"),
    (("target", "set", "--year", "2026", "--period", "month", "--count", "3"), "单位类别"),
])
def test_errors_are_one_line_exit_2_and_change_nothing(run, tmp_path, template, args, fragment):
    import shutil

    shutil.copy(template, tmp_path / "cli.sqlite")
    (tmp_path / "a.txt").write_text("标题\n\n" + GOOD_BODY + "\n", encoding="utf-8")
    before = run("review", "1", "--json").output
    result = run(*args, ok=False)
    assert result.exit_code == 2, result.output
    assert fragment in result.output
    assert "Traceback" not in result.output
    if "reason" != fragment:
        assert len(result.stderr.strip().splitlines()) == 1
    assert run("review", "1", "--json").output == before


def test_malformed_scoring_file(run, tmp_path):
    _setup(run, tmp_path)
    (tmp_path / "bad.toml").write_text('[scoring]\nname = "x"\n[kinds]\nnews = 3\n', encoding="utf-8")
    result = run("points", "config", "bad.toml", ok=False)
    assert result.exit_code == 2 and "kinds.news" in result.stderr
    assert "衢州" in run("points", "config").output  # the stored config is unchanged


def test_resubmit_returned_item_with_revision(run, tmp_path):
    _setup(run, tmp_path)
    run("submit", "a.txt", "--unit", "kc", "--date", "2026-10-02")
    out = run("return", "1", "--reason", "请补充具体企业名称", "--date", "2026-10-03").output
    rev = int(out.rsplit("修订号 ", 1)[1].split("，")[0])
    stale = run("submit", "a.txt", "--unit", "kc", "--item", "1", "--expect-revision", str(rev - 1), ok=False)
    assert stale.exit_code == 2 and "已被他人修改" in stale.stderr
    out = run("submit", "a.txt", "--unit", "kc", "--item", "1", "--expect-revision", str(rev)).output
    assert "第2版已保存并报送" in out


def test_solicit_and_targets(run, tmp_path):
    _setup(run, tmp_path)
    assert "约稿#1" in run("solicit", "add", "秋粮收购", "--units", "kc,lx", "--deadline", "2026-10-10").output
    run("submit", "a.txt", "--unit", "kc", "--solicitation", "1", "--date", "2026-10-09")
    status = run("solicit", "status", "1").output
    assert "kc\t按时" in status and "lx\t未报" in status
    assert "每月目标：6 条" in run("target", "set", "--class", "A", "--year", "2026", "--period", "month",
                                  "--count", "6").output
    assert "2026\tclass\tA\tmonth\t6" in run("target", "list").output


def test_corrections_through_the_cli(run, tmp_path):
    """void / back-dated adopt / duplicate adopt / unadopt / adjust, each a command with Chinese output."""
    _setup(run, tmp_path)
    run("submit", "a.txt", "--unit", "kc", "--writer", "张三", "--date", "2026-10-02")
    run("adopt", "1", "--outlet", "专报", "--date", "2026-11-03")                  # event #3
    dup = run("adopt", "1", "--outlet", "《衢州政务》专报", "--date", "2026-11-04", ok=False)
    assert dup.exit_code == 2 and "不能重复登记" in dup.stderr and len(dup.stderr.strip().splitlines()) == 1
    run("adopt", "1", "--outlet", "信息版", "--date", "2026-10-20")                # back-dated, event #4
    assert "积分：2" in run("points", "explain", "kc", "--period", "2026-10").output
    assert "积分：3" in run("points", "explain", "kc", "--period", "2026-11").output
    assert "补录，登记于" in run("review", "1").output
    out = run("points", "void", "4", "--reason", "误登记").output
    assert "事件#4" in out and "已作废" in out
    assert "积分：0" in run("points", "explain", "kc", "--period", "2026-10").output
    assert "已作废：测试员" in run("review", "1").output
    again = run("points", "void", "4", "--reason", "再作废", ok=False)
    assert again.exit_code == 2 and "已于" in again.stderr
    wrong = run("withdraw", "1", "--adoption", "--unit", "kc", "--reason", "撤稿", ok=False)
    assert wrong.exit_code == 2 and "只有采用单位" in wrong.stderr
    assert "已撤销采用" in run("withdraw", "1", "--adoption", "--unit", "qz", "--reason", "撤稿").output
    assert "积分：0" in run("points", "explain", "kc", "--period", "2026-11").output
    adj = run("points", "adjust", "kc", "--points", "-2", "--reason", "数据错误被通报", "--date", "2026-11-10").output
    assert "人工调整 -2 分" in adj
    explain = run("points", "explain", "kc", "--period", "2026-11").output
    assert "积分：-2" in explain and "数据错误被通报" in explain and "测试员 登记" in explain
    bad = run("points", "adjust", "kc", "--clause", "虚假信息", "--reason", "x", ok=False)
    assert bad.exit_code == 2 and "没有加减分条款" in bad.stderr
    helptext = run("points", "--help").output
    assert "void" in helptext and "adjust" in helptext
