"""Minimal inline-SVG charts (no JavaScript, no external assets): columns, bars, stacked bars, heatmap."""
from __future__ import annotations

from html import escape
from typing import Sequence

FONT = 'font-family="sans-serif" font-size="12"'
PALETTE = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#9c755f")


def _svg(width: float, height: float, body: list[str], label: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{escape(label)}" '
        f'width="{width:.0f}" height="{height:.0f}" viewBox="0 0 {width:.0f} {height:.0f}" {FONT}>'
        + "".join(body)
        + "</svg>"
    )


def _text(x: float, y: float, s: str, anchor: str = "start", extra: str = "") -> str:
    return f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" {extra}>{escape(str(s))}</text>'


def columns(labels: Sequence[str], values: Sequence[float], colors: Sequence[str] | None = None,
            label: str = "", height: int = 220) -> str:
    """Vertical columns with a value above each (histograms)."""
    n = max(1, len(values))
    bar_w, gap, left, bottom, top = 30, 6, 40, 40, 20
    width = left + n * (bar_w + gap) + 10
    top_value = max(values, default=0) or 1
    plot_h = height - bottom - top
    body = [f'<line x1="{left}" y1="{height - bottom}" x2="{width - 5}" y2="{height - bottom}" stroke="#888"/>']
    for i, (name, v) in enumerate(zip(labels, values)):
        h = plot_h * v / top_value
        x = left + i * (bar_w + gap)
        color = colors[i] if colors else PALETTE[0]
        body.append(f'<rect x="{x}" y="{height - bottom - h:.1f}" width="{bar_w}" height="{h:.1f}" fill="{color}">'
                    f"<title>{escape(str(name))}: {v:g}</title></rect>")
        body.append(_text(x + bar_w / 2, height - bottom - h - 4, f"{v:g}", "middle", 'font-size="10"'))
        body.append(_text(x + bar_w / 2, height - bottom + 14, name, "middle", 'font-size="10"'))
    return _svg(width, height, body, label)


def bars(labels: Sequence[str], values: Sequence[float], fmt: str = "{:g}", label: str = "",
         color: str = PALETTE[0], label_width: int = 170, bar_max: int = 360) -> str:
    """Horizontal bars, one row per label."""
    row_h = 22
    height = row_h * max(1, len(values)) + 10
    top_value = max(values, default=0) or 1
    body = []
    for i, (name, v) in enumerate(zip(labels, values)):
        y = 5 + i * row_h
        w = bar_max * v / top_value
        body.append(_text(label_width - 6, y + 15, name, "end"))
        body.append(f'<rect x="{label_width}" y="{y + 3}" width="{w:.1f}" height="{row_h - 6}" fill="{color}">'
                    f"<title>{escape(str(name))}: {fmt.format(v)}</title></rect>")
        body.append(_text(label_width + w + 4, y + 15, fmt.format(v)))
    return _svg(label_width + bar_max + 70, height, body, label)


def stacked(labels: Sequence[str], shares: Sequence[Sequence[float]], series: Sequence[str],
            label: str = "", label_width: int = 170, bar_max: int = 400) -> str:
    """100% stacked horizontal bars; each row of ``shares`` sums to 1."""
    row_h = 22
    legend_h = 24
    height = legend_h + row_h * max(1, len(labels)) + 10
    body = []
    x = label_width
    for k, name in enumerate(series):
        body.append(f'<rect x="{x}" y="4" width="12" height="12" fill="{PALETTE[k % len(PALETTE)]}"/>')
        body.append(_text(x + 16, 15, name))
        x += 16 + 14 * len(name) + 14
    for i, (name, row) in enumerate(zip(labels, shares)):
        y = legend_h + i * row_h
        body.append(_text(label_width - 6, y + 15, name, "end"))
        x = float(label_width)
        for k, share in enumerate(row):
            w = bar_max * share
            if w > 0:
                body.append(f'<rect x="{x:.1f}" y="{y + 3}" width="{w:.1f}" height="{row_h - 6}" '
                            f'fill="{PALETTE[k % len(PALETTE)]}"><title>{escape(str(name))} · '
                            f"{escape(series[k])}: {share:.0%}</title></rect>")
                if w > 28:
                    body.append(_text(x + w / 2, y + 15, f"{share:.0%}", "middle", 'fill="#fff" font-size="10"'))
            x += w
    return _svg(label_width + bar_max + 20, height, body, label)


def heatmap(rows: Sequence[str], cols: Sequence[str], values: Sequence[Sequence[float]],
            label: str = "", label_width: int = 170) -> str:
    """Shares 0..1 as cell shading, with the percentage written in each cell."""
    cell_w, cell_h, head = 58, 22, 110
    width = label_width + cell_w * max(1, len(cols)) + 10
    height = head + cell_h * max(1, len(rows)) + 5
    body = []
    for j, c in enumerate(cols):
        x = label_width + j * cell_w + cell_w / 2
        body.append(_text(x, head - 6, c, "start", f'transform="rotate(-45 {x:.1f} {head - 6})"'))
    for i, r in enumerate(rows):
        y = head + i * cell_h
        body.append(_text(label_width - 6, y + 15, r, "end"))
        for j, v in enumerate(values[i]):
            x = label_width + j * cell_w
            alpha = min(1.0, max(0.0, v))
            body.append(f'<rect x="{x}" y="{y}" width="{cell_w - 2}" height="{cell_h - 2}" '
                        f'fill="#e15759" fill-opacity="{0.06 + 0.94 * alpha:.2f}">'
                        f"<title>{escape(r)} · {escape(c)}: {v:.0%}</title></rect>")
            body.append(_text(x + cell_w / 2 - 1, y + 15, f"{v:.0%}", "middle",
                              'font-size="10"' + (' fill="#fff"' if alpha > 0.5 else "")))
    return _svg(width, height, body, label)
