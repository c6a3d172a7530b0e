"""Turning aligned matches into ``boilerplate`` / ``duplicate-submission`` findings (pure)."""
from __future__ import annotations

from typing import Sequence

from ..model import Finding, Item, Severity
from .align import PairMatch, Passage
from .params import Params

BOILERPLATE = "boilerplate"
DUPLICATE = "duplicate-submission"


def same_unit(a: str | None, b: str | None) -> bool:
    """Only two named, equal units are "the same unit"; an unknown unit counts as another one."""
    return bool(a and b and a.strip() == b.strip())


def _excerpt(text: str, start: int, end: int, limit: int = 60) -> str:
    s = text[start:end]
    return s if len(s) <= limit else s[:limit] + "…"


def _label(other: Item) -> str:
    who = other.unit or "其他单位"
    what = f"《{other.title}》" if other.title else f"（编号{other.id}）"
    return who + what


def _extra(other: Item, p: Passage, other_count: int) -> dict:
    return {
        "other_id": other.id, "other_unit": other.unit, "other_title": other.title,
        "other_passage": other.body[p.other_start:p.other_end],
        "other_start": p.other_start, "other_end": p.other_end,
        "similarity": p.similarity, "other_count": other_count,
    }


def build_findings(item: Item, matches: Sequence[tuple[Item, PairMatch]], params: Params) -> list[Finding]:
    """Findings for ``item`` from its matches, best first within overlapping passages.

    Where several other items share the same passage, one finding names the best match and
    ``extra["other_count"]`` says how many items share it.
    """
    dups: list[tuple[Item, PairMatch]] = []
    copies: list[tuple[int, Item, Passage]] = []
    titles: list[tuple[Item, PairMatch]] = []
    for order, (other, m) in enumerate(matches):
        if same_unit(item.unit, other.unit):
            if m.near_duplicate(params):
                dups.append((other, m))
            continue
        copies.extend((order, other, p) for p in m.passages)
        if m.title_similarity >= params.title_sim:
            titles.append((other, m))

    out: list[Finding] = []
    if dups:
        _, other, m = max(((i, o, m) for i, (o, m) in enumerate(dups)),
                          key=lambda t: (t[2].coverage + t[2].other_coverage, -t[0]))
        ps = m.passages
        span = Passage(ps[0].start, ps[-1].end, min(p.other_start for p in ps), max(p.other_end for p in ps),
                       round(sum(p.similarity * p.weight for p in ps) / sum(p.weight for p in ps), 3),
                       sum(p.weight for p in ps), sum(p.segments for p in ps))
        extra = _extra(other, span, len(dups))
        extra["coverage"] = round(m.coverage, 3)
        out.append(Finding(
            rule=DUPLICATE, severity=Severity.WARNING, field="body", start=span.start, end=span.end,
            message=f"本单位已报送过内容基本相同的信息{_label(other)}，约{m.coverage:.0%}的内容重复，疑似重复报送。",
            suggestion="如系续报或更新，请在标题中注明“续报”并突出新进展；否则请勿重复报送。",
            excerpt=_excerpt(item.body, span.start, span.end), extra=extra))

    copies.sort(key=lambda c: (-c[2].weight, -c[2].similarity, c[0], c[2].start))
    kept: list[tuple[Item, Passage, set]] = []
    for order, other, p in copies:
        for _, k, sharers in kept:
            if p.start < k.end and k.start < p.end:
                sharers.add(order)
                break
        else:
            kept.append((other, p, {order}))
    for other, p, sharers in sorted(kept, key=lambda k: k[1].start):
        out.append(Finding(
            rule=BOILERPLATE, severity=Severity.WARNING, field="body", start=p.start, end=p.end,
            message=f"此段与{_label(other)}中的一段内容高度相似（相似度{p.similarity:.0%}），疑似照抄照转。"
                    + (f"另有{len(sharers) - 1}篇其他单位的信息含有相同内容。" if len(sharers) > 1 else ""),
            suggestion="请改写为本单位的具体做法、数据和事例；统一部署的规定表述可保留但应压缩。",
            excerpt=_excerpt(item.body, p.start, p.end), extra=_extra(other, p, len(sharers))))

    if titles:
        other, m = titles[0]
        tp = Passage(0, len(item.title), 0, len(other.title), m.title_similarity, 0, 1)
        extra = _extra(other, tp, len(titles))
        extra["other_passage"] = other.title
        out.append(Finding(
            rule=BOILERPLATE, severity=Severity.WARNING, field="title", start=0, end=len(item.title),
            message=f"标题与{_label(other)}的标题高度相似（相似度{m.title_similarity:.0%}），正文亦有相同段落。",
            suggestion="标题应突出本单位最具体、最新的事实。",
            excerpt=_excerpt(item.title, 0, len(item.title)), extra=extra))
    return out
