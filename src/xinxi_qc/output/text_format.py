"""Text for people: one block per item, findings with line:column, then type, score and grade."""
from __future__ import annotations

from typing import Callable

from ..analysis.text import line_col
from ..model import TYPE_NAMES_ZH, InputError, ItemResult, Severity

_SEVERITY_ZH = {Severity.ERROR: "错误", Severity.WARNING: "警告", Severity.INFO: "提示"}
_COLOURS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
_GRADE_COLOURS = {"优质": "green", "良好": "green", "较好": "yellow"}


def _position(result: ItemResult, field: str, offset: int) -> str:
    """File line:column where the reader recorded where title and body start, else field-relative."""
    text = result.item.title if field == "title" else result.item.body
    line, col = line_col(text, offset)
    meta = result.item.meta or {}
    first = meta.get("title_line" if field == "title" else "body_line")
    if first:
        return f"{first + line - 1}:{col}"
    return f"{'标题' if field == 'title' else '正文'}{line}:{col}"


def format_text(result: ItemResult, style: Callable[..., str], min_shown: Severity = Severity.INFO) -> str:
    item = result.item
    lines = [style(f"{item.source or item.id}  《{item.title}》", bold=True)]
    shown = [f for f in result.findings if f.severity.rank >= min_shown.rank]
    for f in shown:
        sev = style(f"{_SEVERITY_ZH[f.severity]:<2}", fg=_COLOURS[f.severity])
        lines.append(f"  {_position(result, f.field, f.start):>7}  {sev}  {f.rule:<16} {f.message}")
        if f.excerpt:
            lines.append(f"  {'':>7}  {'':<4}  {'':<16} 原文：「{f.excerpt}」")
        if f.suggestion:
            lines.append(f"  {'':>7}  {'':<4}  {'':<16} 建议：{f.suggestion}")
    hidden = len(result.findings) - len(shown)
    if not result.findings:
        lines.append("  没有发现问题。")
    elif hidden:
        lines.append(f"  （另有 {hidden} 条提示未显示，去掉 --hide-info 可查看）")
    type_zh = TYPE_NAMES_ZH.get(result.type.label, result.type.label)
    grade = style(result.grade, fg=_GRADE_COLOURS.get(result.grade, "red"), bold=True)
    also = ""
    if result.type.alternative is not None:
        alt, alt_conf = result.type.alternative
        also = f"，也可能是{TYPE_NAMES_ZH.get(alt, alt)}（{alt}，{alt_conf:.2f}）"
    lines.append(f"  类型：{type_zh}（{result.type.label}，置信度 {result.type.confidence:.2f}）{also}  "
                 f"得分：{result.score}  等级：{grade}")
    if result.deductions:
        lines.append("  扣分：" + "，".join(f"{d.rule} −{d.points}" for d in result.deductions))
    return "\n".join(lines)


def format_error(error: InputError, style: Callable[..., str]) -> str:
    return style(f"{error.source}: 错误：{error.message}", fg="red")
