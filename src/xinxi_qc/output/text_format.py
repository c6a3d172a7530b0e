"""Text for people: one block per item (header: id, unit, title), findings with line:column and the
rule's Chinese name, then type, score, grade (with the bands), deductions and the verdict."""
from __future__ import annotations

from typing import Callable, Sequence

from ..analysis.text import line_col
from ..model import TYPE_NAMES_ZH, InputError, ItemResult, Severity
from ..rules.names import rule_label

_SEVERITY_ZH = {Severity.ERROR: "错误", Severity.WARNING: "警告", Severity.INFO: "提示"}
_COLOURS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
_GRADE_COLOURS = {"优质": "green", "良好": "green", "较好": "yellow"}
_VERDICT_COLOURS = {"adopt": "green", "revise": "yellow", "return": "red"}


def header(result: ItemResult) -> str:
    """``编号 W-1 · 单位 青川县水利局 · 来源 a.jsonl:3  《标题》``: which item, who sent it."""
    item = result.item
    parts = [f"编号 {item.id}" if item.id else "编号未注明", f"单位 {item.unit}" if item.unit else "单位未注明"]
    if item.source and item.source != item.id:
        parts.append(f"来源 {item.source}")
    return " · ".join(parts) + f"  《{item.title}》"


def grade_bands(grades: Sequence[tuple[str, int]]) -> str:
    """优质 ≥ 90，良好 ≥ 70，较好 ≥ 50，待改进 < 50."""
    out = [f"{name} ≥ {floor}" for name, floor in grades if floor > 0]
    if grades and grades[-1][1] <= 0 and len(grades) > 1:
        out.append(f"{grades[-1][0]} < {grades[-2][1]}")
    return "，".join(out)


def _position(result: ItemResult, field: str, offset: int) -> str:
    """File line:column where the reader recorded where title and body start, else field-relative."""
    text = result.item.title if field == "title" else result.item.body
    line, col = line_col(text, offset)
    meta = result.item.meta or {}
    first = meta.get("title_line" if field == "title" else "body_line")
    if first:
        return f"{first + line - 1}:{col}"
    return f"{'标题' if field == 'title' else '正文'}{line}:{col}"


def format_text(result: ItemResult, style: Callable[..., str], min_shown: Severity = Severity.INFO,
                grades: Sequence[tuple[str, int]] | None = None) -> str:
    lines = [style(header(result), bold=True)]
    shown = [f for f in result.findings if f.severity.rank >= min_shown.rank]
    for f in shown:
        sev = style(f"{_SEVERITY_ZH[f.severity]:<2}", fg=_COLOURS[f.severity])
        lines.append(f"  {_position(result, f.field, f.start):>7}  {sev}  {rule_label(f.rule)}：{f.message}")
        if f.excerpt:
            lines.append(f"  {'':>7}  {'':<4}  原文：「{f.excerpt}」")
        if f.suggestion:
            lines.append(f"  {'':>7}  {'':<4}  建议：{f.suggestion}")
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
    bands = f"（{grade_bands(grades)}）" if grades else ""
    lines.append(f"  类型：{type_zh}（{result.type.label}，置信度 {result.type.confidence:.2f}）{also}  "
                 f"得分：{result.score}  等级：{grade}{bands}")
    if result.deductions:
        lines.append("  扣分：" + "，".join(f"{rule_label(d.rule)} −{d.points}" for d in result.deductions))
    verdict = result.verdict
    if verdict is not None:
        lines.append("  结论：" + style(verdict.zh, fg=_VERDICT_COLOURS.get(verdict.label, "red"), bold=True)
                     + f"（{verdict.label}）")
        lines += [f"    · {reason}" for reason in verdict.reasons]
    return "\n".join(lines)


def format_error(error: InputError, style: Callable[..., str]) -> str:
    return style(f"{error.source}: 错误：{error.message}", fg="red")
