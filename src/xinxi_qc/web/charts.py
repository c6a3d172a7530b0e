"""Server-side inline SVG charts for the reports page (no JavaScript, no external library).

Every function is pure: numbers and labels in, an SVG string (already escaped) out.
"""
from __future__ import annotations

from typing import Sequence

from markupsafe import Markup, escape

PALETTE = ("#b4232a", "#2c5d8f", "#d6a400", "#1b7a3a", "#7b4fa0", "#5f6b76")
_FONT = 'font-family="sans-serif" font-size="12"'


def _fmt(v: float) -> str:
    return f"{v:.1f}".rstrip("0").rstrip(".") if isinstance(v, float) else str(v)


def _svg(width: int, height: int, title: str, body: list[str]) -> Markup:
    t = escape(title)
    return Markup(
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{t}"><title>{t}</title>'
        + "".join(body) + "</svg>")


def _empty(width: int, title: str) -> Markup:
    return _svg(width, 60, title, [
        f'<text x="10" y="20" {_FONT} font-weight="bold">{escape(title)}</text>',
        f'<text x="10" y="45" {_FONT} fill="#667">暂无数据</text>'])


def hbar_chart(labels: Sequence[str], values: Sequence[float], title: str, *, suffix: str = "",
               max_value: float | None = None, width: int = 560, color: str = PALETTE[0]) -> Markup:
    """Horizontal bars, one per label (unit names are long, so labels go on the left)."""
    if not labels:
        return _empty(width, title)
    row, top, left = 22, 30, 150
    height = top + row * len(labels) + 10
    vmax = max_value if max_value is not None else max(max(values), 0) or 1
    span = width - left - 60
    body = [f'<text x="10" y="18" {_FONT} font-weight="bold">{escape(title)}</text>']
    for i, (lab, val) in enumerate(zip(labels, values)):
        y = top + i * row
        w = max(0.0, min(val, vmax)) / vmax * span if vmax else 0
        name = str(lab) if len(str(lab)) <= 11 else str(lab)[:10] + "…"
        body.append(f'<text x="{left - 6}" y="{y + 14}" {_FONT} text-anchor="end">{escape(name)}'
                    f'<title>{escape(lab)}</title></text>')
        body.append(f'<rect x="{left}" y="{y + 3}" width="{w:.1f}" height="{row - 6}" fill="{color}">'
                    f'<title>{escape(lab)}：{_fmt(val)}{escape(suffix)}</title></rect>')
        body.append(f'<text x="{left + w + 4:.1f}" y="{y + 14}" {_FONT}>{_fmt(val)}{escape(suffix)}</text>')
    return _svg(width, height, title, body)


def column_chart(labels: Sequence[str], values: Sequence[float], title: str, *,
                 width: int = 560, height: int = 240, color: str = PALETTE[1]) -> Markup:
    """Vertical columns, e.g. a score histogram (labels are short bin names)."""
    if not labels or not any(values):
        return _empty(width, title)
    top, bottom, left = 30, 30, 30
    plot_h = height - top - bottom
    col = (width - left - 10) / len(labels)
    vmax = max(values) or 1
    body = [f'<text x="10" y="18" {_FONT} font-weight="bold">{escape(title)}</text>',
            f'<line x1="{left}" y1="{top + plot_h}" x2="{width - 10}" y2="{top + plot_h}" stroke="#999"/>']
    for i, (lab, val) in enumerate(zip(labels, values)):
        h = val / vmax * plot_h
        x = left + i * col
        body.append(f'<rect x="{x + 3:.1f}" y="{top + plot_h - h:.1f}" width="{col - 6:.1f}" height="{h:.1f}" '
                    f'fill="{color}"><title>{escape(lab)}：{_fmt(val)}</title></rect>')
        if val:
            body.append(f'<text x="{x + col / 2:.1f}" y="{top + plot_h - h - 4:.1f}" {_FONT} '
                        f'text-anchor="middle">{_fmt(val)}</text>')
        body.append(f'<text x="{x + col / 2:.1f}" y="{height - 10}" {_FONT} text-anchor="middle">'
                    f'{escape(lab)}</text>')
    return _svg(width, height, title, body)


def stacked_columns(categories: Sequence[str], series: dict[str, Sequence[float]], title: str, *,
                    width: int = 560, height: int = 260) -> Markup:
    """Stacked columns per category (e.g. month) with one colour per series (e.g. information type)."""
    totals = [sum(s[i] for s in series.values()) for i in range(len(categories))]
    if not categories or not any(totals):
        return _empty(width, title)
    top, bottom, left = 30, 50, 30
    plot_h = height - top - bottom
    col = (width - left - 10) / len(categories)
    vmax = max(totals) or 1
    body = [f'<text x="10" y="18" {_FONT} font-weight="bold">{escape(title)}</text>']
    for i, cat in enumerate(categories):
        x, y = left + i * col, top + plot_h
        for k, (name, vals) in enumerate(series.items()):
            h = vals[i] / vmax * plot_h
            if h <= 0:
                continue
            y -= h
            body.append(f'<rect x="{x + 3:.1f}" y="{y:.1f}" width="{col - 6:.1f}" height="{h:.1f}" '
                        f'fill="{PALETTE[k % len(PALETTE)]}"><title>{escape(cat)} {escape(name)}：'
                        f'{_fmt(vals[i])}</title></rect>')
        body.append(f'<text x="{x + col / 2:.1f}" y="{top + plot_h + 15}" {_FONT} text-anchor="middle">'
                    f'{escape(cat)}</text>')
    lx = left
    for k, name in enumerate(series):
        body.append(f'<rect x="{lx}" y="{height - 20}" width="10" height="10" fill="{PALETTE[k % len(PALETTE)]}"/>')
        body.append(f'<text x="{lx + 14}" y="{height - 11}" {_FONT}>{escape(name)}</text>')
        lx += 18 + 13 * len(str(name))
    return _svg(width, height, title, body)


def histogram(values: Sequence[float], title: str, *, bins: Sequence[int] = tuple(range(0, 101, 10)),
              width: int = 560) -> Markup:
    """Counts of values per [bins[i], bins[i+1]) bin; the last bin includes its upper edge."""
    counts = [0] * (len(bins) - 1)
    for v in values:
        for i in range(len(counts)):
            last = i == len(counts) - 1
            if bins[i] <= v < bins[i + 1] or (last and v == bins[i + 1]):
                counts[i] += 1
                break
    labels = [f"{bins[i]}–{bins[i + 1]}" for i in range(len(counts))]
    return column_chart(labels, counts, title, width=width)
