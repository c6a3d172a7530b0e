"""click's usage errors as one Chinese line (exit 2), the way every other CLI error is reported."""
from __future__ import annotations

import re

import click

_PATTERNS = (
    (re.compile(r"^'(.*)' is not one of (.*)\.$", re.S), lambda m: f"「{m[1]}」不是可选的值（可选：{m[2].replace(chr(39), '')}）"),
    (re.compile(r"^'(.*)' is not a valid (integer|float)( range)?\.$", re.S),
     lambda m: f"「{m[1]}」不是{'整数' if m[2] == 'integer' else '数字'}"),
    (re.compile(r"^'(.*)' is not a valid boolean\.$", re.S), lambda m: f"「{m[1]}」不是 true/false"),
    (re.compile(r"^(?:File|Path|Directory) '(.*)' does not exist\.$", re.S), lambda m: f"「{m[1]}」不存在"),
    (re.compile(r"^(?:File|Path) '(.*)' is a directory\.$", re.S), lambda m: f"「{m[1]}」是目录，应为文件"),
    (re.compile(r"^(?:File|Path|Directory) '(.*)' is not (readable|writable|executable)\.$", re.S),
     lambda m: f"「{m[1]}」没有{ {'readable': '读取', 'writable': '写入', 'executable': '执行'}[m[2]] }权限"),
    (re.compile(r"^(?:Directory|Path) '(.*)' is a file\.$", re.S), lambda m: f"「{m[1]}」是文件，应为目录"),
    (re.compile(r"^Missing argument '(.*)'\.$", re.S), lambda m: f"缺少参数 {m[1]}"),
    (re.compile(r"^Missing option '(.*)'\.?$", re.S), lambda m: f"缺少选项 {m[1]}"),
    (re.compile(r"^No such option:? '?([^'\s]+?)'?\.?(?:\s*Did you mean (.*?)\?)?(?:\s*\(Possible options: (.*)\))?$",
                re.S),
     lambda m: f"没有选项 {m[1]}" + (f"（是不是 {m[2] or m[3]}？）" if m[2] or m[3] else "")),
    (re.compile(r"^No such command '(.*)'\.$", re.S), lambda m: f"没有命令 {m[1]}"),
    (re.compile(r"^Option '(.*)' requires an argument\.$", re.S), lambda m: f"选项 {m[1]} 需要一个值"),
    (re.compile(r"^Got unexpected extra arguments? \((.*)\)$", re.S), lambda m: f"多余的参数：{m[1]}"),
    (re.compile(r"^Invalid value for (.*?): (.*)$", re.S), lambda m: f"{m[1]} 的值不对：{_message(m[2])}"),
)


def _message(text: str) -> str:
    for pattern, render in _PATTERNS:
        m = pattern.match(text.strip())
        if m:
            return render(m)
    return text.strip()


def usage_line(exc: click.UsageError) -> str:
    """One Chinese line for a usage error, with where to find the command's help."""
    command = exc.ctx.command_path if exc.ctx is not None else "xinxi-qc"
    message = " ".join(_message(exc.format_message()).split())
    return f"{command}: 用法错误：{message}（{command} --help 查看用法）"
