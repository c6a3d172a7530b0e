"""Turning reports into tables and files: CSV (UTF-8 with BOM, opens in Excel), XLSX, and the
plain-text 通报 draft an office pastes into its bulletin."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from .levels import LEVEL_ZH, LEVELS
from .points import CATEGORY_ZH, PointsResult
from .reports import PeriodReport, RankRow, ShortlistRow, WriterRow

_SOL_ZH = {"on_time": "按时", "late": "迟报", "missing": "未报", "pending": "未到期"}


@dataclass(frozen=True)
class Table:
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]


def _pct(v: float | None) -> str:
    return "—" if v is None else f"{v * 100:.1f}%"


def _num(v: float | None) -> Any:
    if v is None:
        return ""
    return int(v) if float(v).is_integer() else v


def period_table(rep: PeriodReport) -> Table:
    levels = [lv for lv in reversed(LEVELS) if lv != "town"]
    headers = ("单位代码", "单位", "类别", "报送条数", "采用条数",
               *[f"{LEVEL_ZH[lv]}级采用" for lv in levels], "采用率", "积分", "目标条数", "目标完成率",
               "目标积分", "积分完成率", "约稿按时", "约稿迟报", "约稿未报", "平均质量分", "达标")
    rows = []
    for r in rep.rows:
        rows.append((r.unit.code, r.unit.name, r.unit.unit_class or "", r.submitted, r.adopted_items,
                     *[r.adopted_by_level.get(lv, 0) for lv in levels], _pct(r.adoption_rate), _num(r.points),
                     _num(r.target_count), _pct(r.completion), _num(r.target_points), _pct(r.points_completion),
                     r.solicitations["on_time"], r.solicitations["late"], r.solicitations["missing"],
                     "" if r.avg_quality is None else r.avg_quality,
                     "" if r.passed is None else ("达标" if r.passed else "不达标")))
    return Table(f"{rep.period.label_zh}政务信息报送采用情况（{rep.scoring_name}）", headers, tuple(rows))


def ranking_table(rows: Sequence[RankRow], title: str, who: str = "单位") -> Table:
    if who == "单位":
        return Table(title, ("名次", "单位", "单位代码", "积分", "采用条数", "稿酬（元）"),
                     tuple((r.rank, r.name, r.unit, _num(r.points), r.adopted, _num(r.reward)) for r in rows))
    return Table(title, ("名次", "信息员", "所在单位", "积分", "采用条数", "稿酬（元）"),
                 tuple((r.rank, r.name, r.unit, _num(r.points), r.adopted, _num(r.reward)) for r in rows))


def writer_table(rows: Sequence[WriterRow], title: str) -> Table:
    """Per-writer points (full credit for joint items) and 稿酬 for one period."""
    return Table(title, ("信息员", "所在单位", "单位代码", "报送条数", "采用条数", "积分", "稿酬（元）"),
                 tuple((r.name, r.unit.name, r.unit.code, r.submitted, r.adopted, _num(r.points), _num(r.reward))
                       for r in rows))


def shortlist_table(rows: Sequence[ShortlistRow], title: str) -> Table:
    return Table(title, ("序号", "等次", "信息编号", "标题", "单位", "最高采用层级", "采用刊物", "质量分", "领导批示"),
                 tuple((r.rank, r.grade, r.item_id, r.title, r.unit, LEVEL_ZH[r.top_level], "、".join(r.outlets),
                        "" if r.quality is None else r.quality, "有" if r.instructed else "") for r in rows))


def points_table(res: PointsResult, unit_label: str) -> Table:
    rows = [(CATEGORY_ZH.get(l.category, l.category), _num(l.points), l.day.isoformat() if l.day else "",
             "、".join(f"#{i}" for i in l.event_ids), l.description, l.clause or "") for l in res.lines]
    rows.append(("合计", _num(res.total), "", "", "", ""))
    for l in res.reward_lines:
        rows.append(("稿酬（元）", _num(round(l.points, 2)), l.day.isoformat() if l.day else "",
                     "、".join(f"#{i}" for i in l.event_ids), l.description, ""))
    return Table(f"{unit_label} {res.period.label_zh} 积分明细", ("类别", "分值", "日期", "来源事件", "说明", "依据"),
                 tuple(rows))


# -- writers ---------------------------------------------------------------------------------------
def to_csv(table: Table) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(table.headers)
    w.writerows(table.rows)
    return buf.getvalue().encode("utf-8-sig")


def to_xlsx(tables: Sequence[Table], path: str | Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from ..output.xlsx_cells import clean_row, clean_text

    wb = Workbook()
    wb.remove(wb.active)
    for i, t in enumerate(tables, 1):
        name = "".join(ch for ch in t.title if ch not in '[]:*?/\\' and ch.isprintable())[:28] or f"Sheet{i}"
        ws = wb.create_sheet(f"{i}.{name}"[:31])
        ws.append([clean_text(t.title)])
        ws["A1"].font = Font(bold=True)
        ws.append(clean_row(ws, t.headers))
        for cell in ws[2]:
            cell.font = Font(bold=True)
        for row in t.rows:
            ws.append(clean_row(ws, row))
        for col, header in enumerate(t.headers, 1):
            width = max([len(str(header))] + [len(str(r[col - 1])) for r in t.rows]) * 2 + 2
            ws.column_dimensions[ws.cell(row=2, column=col).column_letter].width = min(width, 60)
    wb.save(str(path))


def to_text_table(table: Table) -> str:
    def w(s: str) -> int:
        return sum(2 if ord(ch) > 0x2E80 else 1 for ch in s)

    cells = [list(map(str, table.headers))] + [[str(c) for c in r] for r in table.rows]
    widths = [max(w(row[i]) for row in cells) for i in range(len(table.headers))]
    lines = [table.title]
    for n, row in enumerate(cells):
        lines.append("  ".join(c + " " * (widths[i] - w(c)) for i, c in enumerate(row)).rstrip())
        if n == 0:
            lines.append("  ".join("-" * x for x in widths))
    return "\n".join(lines)


def bulletin_text(rep: PeriodReport, *, scope_name: str = "全市", issuer: str = "") -> str:
    """A plain-text 通报 draft: overview, per-unit table, solicitations, zero-adoption units."""
    t = rep.totals
    levels = [(lv, int(t.get(f"adopted_{lv}", 0))) for lv in reversed(LEVELS)]
    level_txt = "、".join(f"{LEVEL_ZH[lv]}级{n}条次" for lv, n in levels if n) or "无"
    submitted = int(t.get("submitted", 0))
    rate_txt = f"{t.get('submitted_adopted', 0) / submitted * 100:.1f}%" if submitted else "—"
    p = "　　"
    out = [f"关于{rep.period.label_zh}政务信息报送采用情况的通报", "",
           "各有关单位：",
           f"{p}{rep.period.label_zh}，{scope_name}共报送政务信息{submitted}条，被采用{int(t.get('adopted_items', 0))}条"
           f"（{level_txt}），本期报送信息采用率{rate_txt}，合计积分{_num(t.get('points', 0))}分"
           f"（按《{rep.scoring_name}》计算）。现将有关情况通报如下：", "",
           f"{p}一、各单位报送采用情况", ""]
    ranked = sorted(rep.rows, key=lambda r: (-r.points, -r.adopted_items, r.unit.code))
    for i, r in enumerate(ranked, 1):
        lv = "，".join(f"{LEVEL_ZH[k]}级{v}" for k, v in r.adopted_by_level.items())
        target = f"，目标完成率{_pct(r.completion)}" if r.completion is not None else ""
        quality = f"，平均质量分{r.avg_quality}" if r.avg_quality is not None else ""
        out.append(f"{p}{i}. {r.unit.name}：报送{r.submitted}条，采用{r.adopted_items}条"
                   f"{'（' + lv + '）' if lv else ''}，采用率{_pct(r.adoption_rate)}，积分{_num(r.points)}"
                   f"{target}{quality}。")
    sol_rows = [r for r in rep.rows if any(r.solicitations[k] for k in ("on_time", "late", "missing"))]
    out += ["", f"{p}二、约稿完成情况", ""]
    if sol_rows:
        for r in sol_rows:
            s = r.solicitations
            out.append(f"{p}{r.unit.name}：按时报送{s['on_time']}篇，迟报{s['late']}篇，未报{s['missing']}篇。")
        missing = [r.unit.name for r in sol_rows if r.solicitations["missing"]]
        if missing:
            out.append(f"{p}{'、'.join(missing)}未按要求报送约稿信息，予以通报。")
    else:
        out.append(f"{p}本期无到期约稿。")
    out += ["", f"{p}三、未被采用单位", ""]
    if rep.zero_adoption:
        out.append(f"{p}{'、'.join(u.name for u in rep.zero_adoption)}本期无信息被采用，"
                   "请高度关注，加强信息报送工作。")
    else:
        out.append(f"{p}本期各单位均有信息被采用。")
    failed = [r.unit.name for r in rep.rows if r.passed is False]
    if failed:
        out.append(f"{p}{'、'.join(failed)}综合得分未达标。")
    if rep.writers:
        active = [w for w in rep.writers if w.submitted or w.points or w.reward]
        out += ["", f"{p}四、信息员积分", ""]
        if active:
            for w in active:
                reward = f"，稿酬{_num(w.reward)}元" if w.reward else ""
                out.append(f"{p}{w.name}（{w.unit.name}）：报送{w.submitted}条，采用{w.adopted}条，"
                           f"积分{_num(w.points)}{reward}。")
            out.append(f"{p}（联合报送信息按全额计入执笔信息员。）")
        else:
            out.append(f"{p}本期无信息员报送信息。")
    out += ["", f"{p}请各单位对照通报情况，突出一文一事，多报经验类、问题类和调研类信息，提高报送质量和时效。", ""]
    if issuer:
        out.append(f"{' ' * 24}{issuer}")
    out.append(f"{' ' * 24}{rep.as_of.year}年{rep.as_of.month}月{rep.as_of.day}日")
    return "\n".join(out) + "\n"
