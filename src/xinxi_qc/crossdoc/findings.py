"""Turning aligned matches into ``boilerplate`` / ``duplicate-submission`` findings (pure)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Sequence

from ..analysis.entities import find_named
from ..analysis.figures import find_figures
from ..model import Finding, Item, Severity
from .align import PairMatch, Passage
from .params import Params

if TYPE_CHECKING:
    from .clusters import ClusterRef

BOILERPLATE = "boilerplate"
DUPLICATE = "duplicate-submission"


_SENTENCE_BREAK = re.compile(r"[。；;\n]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CHARACTERS_PER_FIGURE = 10
_FORMULA_CHARACTERS = 15


def _figures_by_part(text: str) -> tuple[list[str], list[list[str]]]:
    """The passage's sentences and the figures each states."""
    parts = [part.strip() for part in _SENTENCE_BREAK.split(text) if _CJK.search(part)]
    return parts, [[f.text for f in find_figures("body", part)] for part in parts]


def _figure_counts(text: str) -> tuple[list[str], list[int]]:
    """The passage's sentences and how many figures each states."""
    parts, figures = _figures_by_part(text)
    return parts, [len(f) for f in figures]


def _dense(text: str, counts: list[int]) -> bool:
    """At most ten Chinese characters a figure."""
    return len(_CJK.findall(text)) <= _CHARACTERS_PER_FIGURE * sum(counts)


def statistics_formula(text: str) -> bool:
    """Whether a passage is figures with the names of what they measure: every sentence states two
    figures or more, with at most ten Chinese characters a figure (全市早稻栽插20.5万亩，机插率61.5%；
    稻虾共作面积18.4万亩，小龙虾产量3.6万吨). Units quote statistics alike in that formula; it is
    not template prose copied from another unit."""
    parts, counts = _figure_counts(text)
    return bool(parts) and min(counts) >= 2 and _dense(text, counts)


def statistics_alike(text: str, other: str, units: tuple = ()) -> bool:
    """Two passages of statistics quoted alike, not copied prose: each is mostly the formula of
    :func:`statistics_formula` (two sentences in three; wholly so is the same test), and the
    sentences that are not are each passage's own (拉隆村民族文化旅游驿站于8月10日开业 on one side only);
    a line of prose the two share word for word is copied. ``units``: the two items' units, whose own names
    (桐岭县救助管理站 in both a county bureau's and its station's figures) are no template's places."""
    if _own_figures_each(text, other, units) or _own_data_each(text, other, units):
        return True
    prose = []
    for passage in (text, other):
        parts, counts = _figure_counts(passage)
        if not parts or 3 * sum(1 for c in counts if c >= 2) < 2 * len(parts) or not _dense(passage, counts):
            return False
        prose.append({part for part, c in zip(parts, counts) if c < 2})
    return not (prose[0] & prose[1])


def _own_figures_each(text: str, other: str, units: tuple = ()) -> bool:
    """The same reporting formula filled with each unit's own figures (新一届村党组织书记平均年龄44.6岁，较上届
    下降5.1岁 beside 平均年龄41.3岁，比上届下降6.2岁): three figures or more on each side, in every one
    of its sentences, at most fifteen Chinese characters a figure, and not one figure the two share (a
    template's prose lines, shared with names and figures changed, or its figures changed around the
    same named places, are copied)."""
    figures = []
    for passage in (text, other):
        _, by_part = _figures_by_part(passage)
        counts = [len(f) for f in by_part]
        if sum(counts) < 3 or not all(counts) or len(_CJK.findall(passage)) > _FORMULA_CHARACTERS * sum(counts):
            return False
        figures.append({f for part in by_part for f in part})
    if figures[0] & figures[1]:
        return False
    return not _names_shared(text, other, units)   # a template that keeps its places (顺云村) and projects is copied


_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_DATA_DENSITY = 6   # numbers per 100 characters, on both sides (a report's data lines, not prose with a figure in it)


def _own_data_each(text: str, other: str, units: tuple = ()) -> bool:
    """A data report's lines filled with each unit's own numbers, some lines without one (…特种设备71426台（套），
    其中电梯38650台、锅炉1217台…。上半年全市未发生特种设备事故 beside …3862台（套），其中电梯1427台…): at least three
    numbers and six in every hundred characters on each side, not one number the two share, no line
    without a number the two share word for word, and no name the two share (as :func:`_own_figures_each`)."""
    numbers = [_NUMBER.findall(passage) for passage in (text, other)]
    if any(len(n) < 3 or 100 * len(n) < _DATA_DENSITY * len(p) for n, p in zip(numbers, (text, other))):
        return False
    if set(numbers[0]) & set(numbers[1]):
        return False
    lines = [{part for part, figures in zip(*_figures_by_part(passage)) if not figures} for passage in (text, other)]
    return not (lines[0] & lines[1]) and not _names_shared(text, other, units)


def _names_shared(text: str, other: str, units: tuple = ()) -> bool:
    """Whether the two passages name a place, body or person in common (projects aside, and the units'
    own names)."""
    names = [{n.text for n in find_named("body", passage)
              if n.kind != "project" and not any(u and n.text in u for u in units)} for passage in (text, other)]
    return bool(names[0] & names[1])


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


def cluster_finding(item: Item, ref: "ClusterRef") -> Finding:
    """The ``boilerplate`` finding of one copy of a template cluster: it names the cluster (id,
    how many items, how many units) and its representative item."""
    c, copy, rep, partner = ref.cluster, ref.copy, ref.representative, ref.partner
    passage = rep.body[c.rep_start:c.rep_end]
    is_rep = not ref.archive and copy.pos == c.rep
    extra = {
        "other_id": partner.id, "other_unit": partner.unit, "other_title": partner.title,
        "other_passage": partner.body[ref.partner_start:ref.partner_end],
        "other_start": ref.partner_start, "other_end": ref.partner_end,
        "similarity": copy.similarity, "other_count": ref.count if ref.archive else ref.count - 1,
        "cluster_id": c.id, "cluster_count": ref.count, "cluster_units": ref.units,
        "cluster_representative": {"id": rep.id, "unit": rep.unit, "title": rep.title},
        "cluster_passage": passage, "cluster_representative_start": c.rep_start,
        "cluster_representative_end": c.rep_end, "cluster_is_representative": is_rep,
        "cluster_in_archive": ref.archive,
    }
    quoted = f"“{_excerpt(passage, 0, len(passage), 40)}”"
    if ref.archive:
        message = (f"此段与比对库中 {ref.units} 个单位（共 {ref.count} 篇）的信息雷同：{quoted}，"
                   f"疑似照抄同一模板（模板组 {c.id}，代表稿：{_label(rep)}）。")
    else:
        where = "本篇即该组的代表稿" if is_rep else f"代表稿：{_label(rep)}"
        message = (f"此段与 {ref.units} 个单位（共 {ref.count} 篇，含本篇）的信息雷同：{quoted}，"
                   f"疑似照抄同一模板（模板组 {c.id}，{where}）。")
    return Finding(
        rule=BOILERPLATE, severity=Severity.WARNING, field="body", start=copy.start, end=copy.end,
        message=message,
        suggestion="这段是多个单位通用的模板文字：请删去或压缩为一句，改写为本单位的具体做法、数据和事例。",
        excerpt=_excerpt(item.body, copy.start, copy.end), extra=extra)


def build_findings(item: Item, matches: Sequence[tuple[Item, PairMatch]], params: Params,
                   clusters: "Sequence[ClusterRef]" = ()) -> list[Finding]:
    """Findings for ``item`` from its matches, best first within overlapping passages.

    Where several other items share the same passage, one finding names the best match and
    ``extra["other_count"]`` says how many items share it.  A passage of a template cluster
    (``clusters``: the item's places in them) is one finding naming the cluster; pairwise
    passages overlapping it are part of it and not reported again.
    """
    dups: list[tuple[Item, PairMatch]] = []
    copies: list[tuple[int, Item, Passage]] = []
    titles: list[tuple[Item, PairMatch]] = []
    for order, (other, m) in enumerate(matches):
        if same_unit(item.unit, other.unit):
            if m.near_duplicate(params):
                dups.append((other, m))
            continue
        copied = [p for p in m.passages
                  if not statistics_alike(item.body[p.start:p.end], other.body[p.other_start:p.other_end],
                                          (item.unit, other.unit))]
        copies.extend((order, other, p) for p in copied)
        if copied and m.title_similarity >= params.title_sim:
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

    refs: list = []   # overlapping clusters (the call's own and the archive's): the larger one
    for r in sorted(clusters, key=lambda r: (-r.count, r.archive, r.copy.start)):
        if not any(r.copy.start < k.copy.end and k.copy.start < r.copy.end for k in refs):
            refs.append(r)
    spans = [(r.copy.start, r.copy.end) for r in refs]
    copies = [c for c in copies if not any(c[2].start < e and s < c[2].end for s, e in spans)]
    copies.sort(key=lambda c: (-c[2].weight, -c[2].similarity, c[0], c[2].start))
    kept: list[tuple[Item, Passage, set]] = []
    for order, other, p in copies:
        for _, k, sharers in kept:
            if p.start < k.end and k.start < p.end:
                sharers.add(order)
                break
        else:
            kept.append((other, p, {order}))
    body: list[tuple[int, Finding]] = [(r.copy.start, cluster_finding(item, r)) for r in refs]
    for other, p, sharers in kept:
        body.append((p.start, Finding(
            rule=BOILERPLATE, severity=Severity.WARNING, field="body", start=p.start, end=p.end,
            message=f"此段与{_label(other)}中的一段内容高度相似（相似度{p.similarity:.0%}），疑似照抄照转。"
                    + (f"另有{len(sharers) - 1}篇其他单位的信息含有相同内容。" if len(sharers) > 1 else ""),
            suggestion="请改写为本单位的具体做法、数据和事例；统一部署的规定表述可保留但应压缩。",
            excerpt=_excerpt(item.body, p.start, p.end), extra=_extra(other, p, len(sharers)))))
    out.extend(f for _, f in sorted(body, key=lambda b: b[0]))

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


def cluster_summaries(items: Sequence[dict]) -> list[dict]:
    """The template clusters named by the findings of ``items`` (item objects of the JSON report),
    once each: id, how many items and units, the representative, the shared passage and every
    copy (item id, start, end) — the ``clusters`` of the report, in cluster id order."""
    out: dict[str, dict] = {}
    for item in items:
        for f in item.get("findings", ()):
            extra = f.get("extra") or {}
            cid = extra.get("cluster_id")
            if f.get("rule") != BOILERPLATE or cid is None:
                continue
            c = out.get(cid)
            if c is None:
                rep = extra["cluster_representative"]
                c = out[cid] = {
                    "id": cid, "count": extra["cluster_count"], "units": extra["cluster_units"],
                    "representative": {**rep, "start": extra["cluster_representative_start"],
                                       "end": extra["cluster_representative_end"]},
                    "passage": extra["cluster_passage"], "in_archive": bool(extra.get("cluster_in_archive")),
                    "items": [],
                }
            c["items"].append({"id": item.get("id"), "unit": item.get("unit"), "start": f["start"], "end": f["end"]})
    return [out[k] for k in sorted(out, key=lambda k: (len(k), k))]
