"""click's own usage errors: one Chinese line on stderr and exit 2 (issue 13, item 5)."""
import pytest
from click.testing import CliRunner

from xinxi_qc.cli import main


@pytest.mark.parametrize("args,expected", [
    (["check", "--format", "pdf", "x.txt"], "「pdf」不是可选的值"),
    (["check", "--today", "2026-13-01", "x.txt"], "应为 ISO 日期"),
    (["check"], "缺少参数"),
    (["check", "--nope", "x.txt"], "没有选项 --nope"),
    (["batch", "--workers", "abc", "x"], "「abc」不是整数"),
    (["nosuch"], "没有命令 nosuch"),
])
def test_usage_error_is_one_chinese_line(args, expected):
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0] and "用法错误" in lines[0]
    assert "Usage:" not in result.output


def test_help_and_version_still_exit_zero():
    assert CliRunner().invoke(main, ["check", "--help"]).exit_code == 0
    assert CliRunner().invoke(main, ["--version"]).exit_code == 0
