"""late: the item reaches the office long after the event it reports."""
from __future__ import annotations

import re
from datetime import date

from ..analysis.dates import period_end
from ..analysis.document import Document
from ..analysis.text import Span
from ..model import TYPE_NAMES_ZH, Severity
from .base import BuiltinRule, Examples, RuleContext


# 今年3月起 / 3月以来 / 自5月开始: when an ongoing practice began, not the event reported.
_STARTS_ONGOING = re.compile(r"\s*(?:起|以来|开始|至今)")


# 2023年3月，县供销社组建…运营中心 … 运营以来，平台累计…: the lead dates the start of what the item
# sums up to now, not its event
_STARTS = "运营|运行|实施|推行|建成|启用|成立|组建|上线|开通|投用|挂牌|安装"   # (报警器安装以来，已3次…)
_SINCE_STARTED = re.compile(rf"(?:{_STARTS})以来")
_STARTED = re.compile(rf"{_STARTS}|启动")
# 2021年…建成纪念园，目前纪念碑上已镌刻…；此后…形成了三项固定做法: a founding the lead itself goes
# on from to now (not 实施/运行, which also say what was done on a day)
_SINCE_THEN = re.compile(r"此后|至今|目前")
_FOUNDED = re.compile(r"建成|成立|组建|启用|挂牌|揭牌")


_CLAUSE_END = re.compile(r"[，。；]")


def _clause_after(body: str, pos: int) -> str:
    end = _CLAUSE_END.search(body, pos + 1)
    return body[pos:end.start() if end else len(body)]


def main_event_date(doc: Document, submitted: date):
    """(span, day) of the event an item reports: the latest date in its lead (first paragraph, or
    the first two sentences of a one-paragraph item;
    近日/昨天 count, relative to the submission; a start such as 3月起 does not),
    else the end of the period it summarises; a date met later in the body (5月14日的一场直播中…)
    is an incidental detail, not the event."""
    lead = doc.paragraphs[0] if doc.paragraphs else None
    if lead is None:
        return None
    body = doc.body
    since = _SINCE_STARTED.search(body, lead.end)
    since_then = _SINCE_THEN.search(body, lead.start, lead.end)

    def dates_a_start(end: int) -> bool:
        clause = _clause_after(body, end)
        return bool((since and _STARTED.search(clause))
                    or (since_then and since_then.start() > end and _FOUNDED.search(clause)))

    lead_end = lead.end
    if len(doc.paragraphs) == 1:   # one paragraph for the whole item: its lead is its first two sentences
        first = body.find("。", lead.start, lead.end)
        second = body.find("。", first + 1, lead.end) if first >= 0 else -1
        lead_end = second + 1 if second >= 0 else lead.end
    dated = [(span, day) for span, day in doc.lead_dates
             if lead.start <= span.start < lead_end and day <= submitted
             and not _STARTS_ONGOING.match(body, span.end) and not dates_a_start(span.end)]
    if dated:
        return max(dated, key=lambda pair: pair[1])
    first = body.find("。", lead.start, lead.end)   # (a period named later in the lead is a detail)
    period = period_end(body[lead.start:first + 1 if first >= 0 else lead.end], submitted)
    if period is None or period[1] > submitted:
        return None
    span, day = period
    if dates_a_start(lead.start + span.end):
        return None
    return Span("body", lead.start + span.start, lead.start + span.end, span.text, span.kind), day


class Late(BuiltinRule):
    id = "late"
    description = ("报送不及时：报送日期晚于事件日期超过30天（事件日期取输入字段，否则取导语中的日期或所报时段的最后一天）；"
                   "未超过30天但超过本类信息的时效（动态7天）时提示（info），不能直接采用")
    # max_days: the general limit (warning), the labelled definition of late for every type.
    # max_days_by_type: how long an item of each type stays fresh (动态 loses value within days,
    # 经验/问题/综合 later); beyond it but within max_days an info finding (kind "stale") that the
    # verdict reads as "revise, not adopt as is". Returning a late item is the verdict's
    # [verdict.late_return_days].
    default_options = {"max_days": 30,
                       "max_days_by_type": {"dynamic": 7, "experience": 30, "problem": 30, "comprehensive": 30}}
    examples = Examples(
        flags=("青川县开展防汛演练", "2026年6月12日，青川县在临溪镇开展防汛应急演练，转移群众320人。"),
        passes=("青川县开展防汛演练", "2026年8月25日，青川县在临溪镇开展防汛应急演练，转移群众320人。"),
        submitted=date(2026, 9, 1),
    )

    def check(self, doc: Document, ctx: RuleContext):
        submitted = doc.reference_date
        if submitted is None:
            return
        event, span = doc.item.event_date, None
        if event is None:
            found = main_event_date(doc, submitted)
            if found is None:
                return
            span, event = found
        days = (submitted - event).days
        start, end = (span.start, span.end) if span else (0, 0)
        type_limit = ctx.options["max_days_by_type"].get(ctx.type.label, ctx.options["max_days"])
        if type_limit < days <= ctx.options["max_days"]:
            type_zh = TYPE_NAMES_ZH.get(ctx.type.label, ctx.type.label)
            yield ctx.finding(doc, "body", start, end,
                              f"事件发生于 {event.isoformat()}，报送于 {submitted.isoformat()}，晚了 {days} 天，"
                              f"超过{type_zh}信息 {type_limit} 天的时效。",
                              "补充事件的最新进展后再报，或并入阶段性综合信息。",
                              severity=Severity.INFO, days=days, event_date=event.isoformat(), kind="stale",
                              type_limit=type_limit)
            return
        if days <= ctx.options["max_days"]:
            return
        yield ctx.finding(doc, "body", start, end,
                          f"事件发生于 {event.isoformat()}，报送于 {submitted.isoformat()}，晚了 {days} 天（上限 {ctx.options['max_days']} 天）。",
                          "动态信息当天或次日报送；过时的事件不再单独报送，可并入阶段性综合信息。",
                          days=days, event_date=event.isoformat(), type_limit=type_limit)
