"""report.html: one self-contained page (inline CSS and SVG, no scripts) built from the aggregates."""
from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Sequence

from xinxi_qc.model import TYPE_LABELS, TYPE_NAMES_ZH

from . import svg
from .aggregate import Aggregates, LATE_DAYS
from .neardup import Cluster, Template

MAX_UNITS = 30
MAX_CLUSTERS = 50
GRADE_COLORS = ((85, "#59a14f"), (70, "#4e79a7"), (55, "#f28e2b"), (0, "#e15759"))

CSS = """
body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:2em auto;max-width:1100px;
color:#222;padding:0 1em}h1{font-size:1.6em}h2{border-bottom:2px solid #4e79a7;padding-bottom:.2em;margin-top:2em}
table{border-collapse:collapse;margin:.8em 0;font-size:.9em}td,th{border:1px solid #ccc;padding:.25em .6em;
text-align:left;vertical-align:top}th{background:#f0f3f7}.num{text-align:right}.note{color:#666;font-size:.9em}
.cards{display:flex;gap:1em;flex-wrap:wrap}.card{border:1px solid #ddd;border-radius:6px;padding:.6em 1em;min-width:8em}
.card b{display:block;font-size:1.5em}svg{max-width:100%;height:auto}
"""


def _table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    head = "".join(f"<th>{escape(str(h))}</th>" for h in header)
    body = "".join(
        "<tr>" + "".join(
            f'<td class="num">{v}</td>' if isinstance(v, (int, float)) else f"<td>{escape(str(v))}</td>"
            for v in row
        ) + "</tr>"
        for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _top_units(agg: Aggregates) -> list[str]:
    return sorted(agg.units, key=lambda u: (-agg.units[u].items, u))[:MAX_UNITS]


def _units_note(agg: Aggregates) -> str:
    if len(agg.units) <= MAX_UNITS:
        return ""
    return f'<p class="note">共 {len(agg.units)} 个单位，图中仅显示条数最多的 {MAX_UNITS} 个；完整数据见 report.xlsx 的 by-unit 表。</p>'


def _overview(agg: Aggregates) -> str:
    o = agg.overall
    cards = [
        ("条目", agg.items),
        ("单位", len(agg.units)),
        ("平均分", f"{o.mean_score:.1f}"),
        ("读取失败", agg.input_errors),
        ("检查失败", agg.check_errors),
    ]
    html = '<div class="cards">' + "".join(f'<div class="card">{escape(k)}<b>{v}</b></div>' for k, v in cards) + "</div>"
    grades = sorted(o.grades.items(), key=lambda kv: -kv[1])
    return html + _table(["等级", "条数", "占比"], [(g, n, f"{n / max(1, o.items):.1%}") for g, n in grades])


def _scores(agg: Aggregates) -> str:
    bins = [0] * 20
    for score, n in agg.scores.items():
        bins[min(19, max(0, int(score)) // 5)] += n
    labels = [f"{5 * i}" for i in range(20)]
    colors = [next(c for lo, c in GRADE_COLORS if 5 * i >= lo) for i in range(20)]
    return (svg.columns(labels, bins, colors, label="分数分布")
            + '<p class="note">每列为 5 分一档（标注为该档下限）；颜色：优质 ≥85、良好 ≥70、较好 ≥55、待改进。</p>')


def _defects(agg: Aggregates, rules: Sequence[str]) -> str:
    o = agg.overall
    present = sorted((r for r in o.defects if o.defects[r]), key=lambda r: (-o.defects[r], r))
    if not present:
        return "<p>未发现警告或错误级别的问题。</p>"
    parts = ["<h3>各类问题的条目占比（全部条目）</h3>",
             svg.bars(present, [o.defects[r] / o.items for r in present], "{:.1%}", "问题占比")]
    units = _top_units(agg)
    parts.append("<h3>按单位</h3>" + _units_note(agg))
    parts.append(svg.heatmap(units, present,
                             [[agg.units[u].defects[r] / agg.units[u].items for r in present] for u in units],
                             label="单位×问题"))
    types = [t for t in TYPE_LABELS if o.types[t]] + sorted(t for t in o.types if t not in TYPE_LABELS)
    parts.append("<h3>按信息类型</h3>")
    parts.append(svg.heatmap([TYPE_NAMES_ZH.get(t, t) for t in types], present,
                             [[agg.type_defects.get(t, {}).get(r, 0) / o.types[t] for r in present] for t in types],
                             label="类型×问题"))
    parts.append('<p class="note">单元格为该行条目中出现该问题（警告或错误级）的比例。</p>')
    return "".join(parts)


def _type_mix(agg: Aggregates) -> str:
    units = sorted(_top_units(agg), key=lambda u: (-agg.units[u].types["dynamic"] / agg.units[u].items, u))
    shares = [[agg.units[u].types[t] / agg.units[u].items for t in TYPE_LABELS] for u in units]
    rows = []
    for u in units:
        s = agg.units[u]
        dyn = s.types["dynamic"] / s.items
        deep = (s.types["experience"] + s.types["problem"]) / s.items
        rows.append((u, s.items, f"{dyn:.0%}", f"{deep:.0%}"))
    return (_units_note(agg)
            + svg.stacked(units, shares, [TYPE_NAMES_ZH[t] for t in TYPE_LABELS], label="单位类型构成")
            + _table(["单位", "条数", "动态占比", "经验/调研占比"], rows)
            + '<p class="note">按动态占比从高到低排列；动态多、经验调研少的单位值得关注（流水账）。</p>')


def _clusters(clusters: Sequence[Cluster] | None) -> str:
    if clusters is None:
        return "<p>未计算（--near-dup off）。</p>"
    cross = [c for c in clusters if len(c.units) > 1]
    same = len(clusters) - len(cross)
    html = (f"<p>发现 {len(cross)} 组跨单位近似重复稿（{sum(len(c.members) for c in cross)} 条），"
            f"另有 {same} 组仅在同一单位内重复。</p>")
    if not cross:
        return html
    rows = []
    for i, c in enumerate(cross[:MAX_CLUSTERS], start=1):
        titles = "；".join(dict.fromkeys(m.title for m in c.members[:3]))
        rows.append((i, len(c.members), len(c.units), "、".join(c.units[:6]) + ("…" if len(c.units) > 6 else ""), titles))
    html += _table(["#", "条数", "单位数", "单位", "标题示例"], rows)
    if len(cross) > MAX_CLUSTERS:
        html += f'<p class="note">仅列出前 {MAX_CLUSTERS} 组。</p>'
    return html


def _templates(templates: Sequence[Template] | None) -> str:
    if templates is None:
        return "<p>未计算（仅 --near-dup crossdoc 比较段落；fast 只比较全文，off 不比较）。</p>"
    if not templates:
        return "<p>未发现被多个单位照抄的同一段落。</p>"
    html = (f"<p>发现 {len(templates)} 段模板文字被多个单位照抄（共 {sum(t.count for t in templates)} 篇），"
            "每组只列一次；每篇副本及其位置见 clusters.csv（kind = template）。</p>")
    rows = []
    for t in templates[:MAX_CLUSTERS]:
        rep = t.representative
        names = t.unit_names
        excerpt = t.passage if len(t.passage) <= 80 else t.passage[:80] + "…"
        rows.append((t.id, t.count, t.units, f"{rep.unit or '（未注明单位）'}《{rep.title}》", excerpt,
                     "、".join(names[:6]) + ("…" if len(names) > 6 else "")))
    html += _table(["组", "条数", "单位数", "代表稿", "雷同段落", "单位"], rows)
    if len(templates) > MAX_CLUSTERS:
        html += f'<p class="note">仅列出前 {MAX_CLUSTERS} 组。</p>'
    return html


def _timeliness(agg: Aggregates) -> str:
    units = [u for u in _top_units(agg) if agg.units[u].dated]
    if not units:
        return "<p>输入中没有可用的事件日期与报送日期。</p>"
    units.sort(key=lambda u: (-(agg.units[u].delay_quantile(0.5) or 0), u))
    medians = [agg.units[u].delay_quantile(0.5) or 0 for u in units]
    rows = []
    for u in units:
        s = agg.units[u]
        rows.append((u, s.dated, s.delay_quantile(0.5), s.delay_quantile(0.9), s.late, f"{s.late / s.items:.0%}"))
    return (_units_note(agg)
            + "<h3>从事件到报送的天数（中位数）</h3>"
            + svg.bars(units, medians, "{:g} 天", "时效", color=svg.PALETTE[1])
            + _table(["单位", "有日期条数", "中位数(天)", "P90(天)", "迟报条数", "迟报占比"], rows)
            + f'<p class="note">迟报 = 出现 late 规则（默认超过 {LATE_DAYS} 天）的条目。</p>')


def render_html(agg: Aggregates, clusters: Sequence[Cluster] | None, rules: Sequence[str],
                templates: Sequence[Template] | None = None) -> str:
    sections = [
        ("概况", _overview(agg)),
        ("分数分布", _scores(agg)),
        ("问题分布：按单位与类型", _defects(agg, rules)),
        ("类型构成：动态与经验/调研", _type_mix(agg)),
        ("跨单位近似重复（照抄照转）", _clusters(clusters)),
        ("多个单位照抄的同一段落（千篇一律）", _templates(templates)),
        ("时效：按单位", _timeliness(agg)),
    ]
    body = "".join(f"<section><h2>{escape(t)}</h2>{s}</section>" for t, s in sections)
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
        "<title>xinxi-qc 批量检查报告</title>"
        f"<style>{CSS}</style></head><body><h1>xinxi-qc 批量检查报告</h1>{body}"
        '<p class="note">明细见同目录 items.csv、findings.csv、errors.csv 与 report.xlsx。</p></body></html>'
    )


def write_html(path: Path, agg: Aggregates, clusters: Sequence[Cluster] | None, rules: Sequence[str],
               templates: Sequence[Template] | None = None) -> Path:
    path.write_text(render_html(agg, clusters, rules, templates), encoding="utf-8")
    return path
