"""--as names a real account once the database has (web) accounts, with the web form's role and
unit checks (issue 14, item 5); without accounts it stays a free-text operator name."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from tests.workflow.conftest import GOOD_BODY
from xinxi_qc.cli import main


@pytest.fixture
def run(tmp_path, monkeypatch, real_checker):
    from datetime import date

    from xinxi_qc.web.accounts import Accounts
    from xinxi_qc.workflow import Service

    monkeypatch.chdir(tmp_path)
    db = tmp_path / "acc.sqlite"
    svc = Service(str(db), checker=real_checker)
    svc.add_unit("lyg", "连云港市", "city")
    svc.add_unit("gy", "灌云县", "county", parent="lyg")
    svc.add_unit("dh", "东海县", "county", parent="lyg")
    svc.add_writer("gy", "张伟")
    svc.set_scoring("lianyungang")
    svc.create_item("gy", "灌云县外贸增长12%", GOOD_BODY, writer="张伟", actor="张伟", at=date(2026, 4, 1))
    acc = Accounts(svc.engine, hash_method="pbkdf2:sha256:1000")
    acc.create_user("zw", "password-1", "writer", unit="gy", display_name="张伟")
    acc.create_user("dhw", "password-1", "writer", unit="dh")
    acc.create_user("shi", "password-1", "reviewer", unit="lyg", display_name="市审核员")
    acc.create_user("xian", "password-1", "reviewer", unit="gy")
    acc.create_user("bj", "password-1", "editor", display_name="市编辑")
    svc.close()
    (tmp_path / "a.txt").write_text("东海县外贸增长\n\n" + GOOD_BODY + "\n", encoding="utf-8")

    def invoke(who, *args):
        env = {"XINXI_QC_DB": str(db), "XINXI_QC_USER": None, "XINXI_QC_SCORING": None}
        return CliRunner().invoke(main, [*args, "--as", who] if who else list(args), env=env)
    return invoke


def _denied(result, fragment):
    assert result.exit_code == 2, result.output
    assert fragment in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_as_must_name_an_active_account(run):
    _denied(run("某人", "review", "1"), "没有账号「某人」")
    _denied(run(None, "review", "1"), "没有账号")  # the login name is not an account either


def test_roles_and_units_as_in_the_web_form(run):
    # a writer submits only for its own unit, and cannot review or adopt
    _denied(run("zw", "submit", "a.txt", "--unit", "dh", "--date", "2026-04-02"), "无权报送")
    ok = run("dhw", "submit", "a.txt", "--unit", "dh", "--date", "2026-04-02")
    assert ok.exit_code == 0 and "信息#2 已报送" in ok.output
    _denied(run("zw", "adopt", "1", "--outlet", "《昨日情况》"), "无权登记采用")
    _denied(run("dhw", "review", "1"), "无权查看该信息")
    _denied(run("dhw", "withdraw", "1", "--reason", "不是我的"), "无权撤回")
    assert "信息#1" in run("zw", "review", "1").output
    # the county reviewer may not return an item the city holds; the city reviewer may
    _denied(run("xian", "return", "1", "--reason", "补充"), "当前在 lyg")
    back = run("shi", "return", "1", "--reason", "请补充数据", "--date", "2026-04-03")
    assert back.exit_code == 0
    # the event records the account, in the web form's format
    assert "市审核员（shi） 退回" in run("bj", "review", "1").output
    # a reviewer cannot adopt; an editor can, and only editors correct and adjust
    _denied(run("shi", "adopt", "2", "--outlet", "《昨日情况》"), "无权登记采用")
    assert run("bj", "adopt", "2", "--outlet", "《昨日情况》", "--date", "2026-04-05").exit_code == 0
    _denied(run("shi", "points", "adjust", "dh", "--points", "-2", "--reason", "x"), "无权管理")
    _denied(run("zw", "points", "explain", "dh", "--period", "2026-04"), "无权查看该单位")
    assert "积分：3" in run("dhw", "points", "explain", "dh", "--period", "2026-04").output
    _denied(run("zw", "report", "monthly", "--period", "2026-04"), "无权查看通报")
    assert run("shi", "report", "monthly", "--period", "2026-04").exit_code == 0


def test_without_accounts_as_is_free_text(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    env = {"XINXI_QC_DB": str(tmp_path / "free.sqlite"), "XINXI_QC_USER": None}
    r = CliRunner().invoke(main, ["unit", "add", "qz", "衢州市", "--level", "市", "--as", "任何人"], env=env)
    assert r.exit_code == 0
