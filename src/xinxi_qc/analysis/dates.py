"""Dates in the text: absolute (2026年10月15日, 10月15日, 2026-10-15) and relative to a reference
day (今天, 昨日, 近日…). Periods such as 1-10月 or 上半年 are not event dates."""
from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

from .text import Span, anchored_finditer

_CN_NUM = {c: i for i, c in enumerate("〇一二三四五六七八九")}
_CN_NUM["零"] = 0
_ABSOLUTE = re.compile(
    r"(?<![\d\-—~～])(?:(?P<y>\d{4}|[〇零一二三四五六七八九]{4})年)?"
    r"(?P<m>\d{1,2}|十[一二]?|[一二三四五六七八九])月"
    r"(?:(?P<d>\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号])"
)
# 5月中旬: the last day of that third of the month (上旬 10th, 中旬 20th, 下旬 the month's end).
_DEKAD = re.compile(r"(?<![\d\-—~～])(?:(?P<y>\d{4})年)?(?P<m>\d{1,2}|十[一二]?|[一二三四五六七八九])月(?P<part>上旬|中旬|下旬|底|末)")
_ISO = re.compile(r"(?<!\d)(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)")
_RELATIVE = {"今天": 0, "今日": 0, "当天": 0, "昨天": 1, "昨日": 1, "前天": 2, "前日": 2,
             "近日": 3, "日前": 3, "上周": 7, "近期": 7}
_RELATIVE_PATTERNS = tuple((word, days, re.compile(word)) for word, days in _RELATIVE.items())
# Every date above has its 月 at most 7 characters after its start (二〇二五年十二月); an ISO date
# its first separator 4 after. The patterns are tried only there (see anchored_finditer).
_MONTH = re.compile("月")
_ISO_SEPARATOR = re.compile("[-/.]")
_ANCHORS = {id(_ABSOLUTE): (_MONTH, 7), id(_ISO): (_ISO_SEPARATOR, 4)}


def cn_to_int(s: str) -> int:
    if s.isdigit():
        return int(s)
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (_CN_NUM.get(tens, 1) if tens else 1) * 10 + (_CN_NUM.get(ones, 0) if ones else 0)
    if len(s) == 4:
        return int("".join(str(_CN_NUM[c]) for c in s))
    return _CN_NUM[s]


def find_dates(field: str, text: str, reference: date | None) -> list[tuple[Span, date]]:
    """Absolute and relative dates with the day they denote. A date without a year takes the
    reference's year (or the year before, if that would put it after the reference)."""
    out: list[tuple[Span, date]] = []
    for pattern in (_ABSOLUTE, _ISO):
        for m in anchored_finditer(pattern, text, *_ANCHORS[id(pattern)]):
            try:
                month, day = cn_to_int(m.group("m")), cn_to_int(m.group("d"))
                if m.group("y"):
                    year = cn_to_int(m.group("y"))
                elif reference is not None:
                    year = reference.year
                    if date(year, month, day) > reference:
                        year -= 1
                else:
                    continue
                out.append((Span(field, m.start(), m.end(), m.group(), "date"), date(year, month, day)))
            except (ValueError, KeyError):
                continue
    for m in anchored_finditer(_DEKAD, text, _MONTH, 7):
        try:
            month = cn_to_int(m.group("m"))
            year = int(m.group("y")) if m.group("y") else (reference.year if reference else None)
            if year is None:
                continue
            last = (date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)).day
            day = {"上旬": 10, "中旬": 20}.get(m.group("part"), last)
            when = date(year, month, day)
            if reference is not None and when > reference:
                if (when.year, when.month) != (reference.year, reference.month):
                    continue  # a later month: not a date this item can report on
                when = reference  # the current third of the month: as recent as it gets
            out.append((Span(field, m.start(), m.end(), m.group(), "date"), when))
        except (ValueError, KeyError):
            continue
    if reference is not None:
        for word, days, pattern in _RELATIVE_PATTERNS:
            for m in pattern.finditer(text):
                out.append((Span(field, m.start(), m.end(), word, "relative-date"), reference - timedelta(days=days)))
    out.sort(key=lambda pair: pair[0].start)
    return out


_YEAR = r"(?:(?P<y>\d{4})年)?"
_NOT_A_QUARTER = r"(?<![同每单当某])"   # 同一季度: the same quarter, not the first
_NOT_YEARLY = r"(?<!每年)(?<!每年的)"   # 每年3月至5月: a season that comes every year, not a period reported on
_PERIODS = (
    (re.compile(_NOT_YEARLY + _YEAR + r"(?:\d{1,2}|十[一二]?|[一二三四五六七八九])月?(?:份)?[-—至到~～](?P<m>\d{1,2}|十[一二]?|[一二三四五六七八九])月(?![\d一二三四五六七八九十上中下]+[日号旬])"), None),
    (re.compile(_NOT_A_QUARTER + _YEAR + r"(?:上半年|前两个季度|二季度|第二季度)"), 6),
    (re.compile(_NOT_A_QUARTER + _YEAR + r"(?:一季度|第一季度)"), 3),
    (re.compile(_NOT_A_QUARTER + _YEAR + r"(?:前三季度|三季度|第三季度)"), 9),
    (re.compile(_NOT_A_QUARTER + _YEAR + r"(?:四季度|第四季度)"), 12),
    (re.compile(r"^\s*(?P<y>\d{4})年(?=[，,])"), 12),  # a lead opening "2025年，…" sums up that year
    # a lead opening "10月，县水务局…进行了核查": the month of the survey or event
    (re.compile(r"^\s*" + _YEAR + r"(?P<m>\d{1,2}|十[一二]?|[一二三四五六七八九])月份?(?=[，,])"), None),
)


# What every match of each period pattern holds within its first characters (the optional year
# keeps the regex engine from skipping ahead by itself): the patterns are tried only there.
_RANGE_MARK = re.compile("[-—至到~～]")
_QUARTER = re.compile("季度|上半年")
_PERIOD_ANCHORS = ((_RANGE_MARK, 9), (_QUARTER, 8), (_QUARTER, 8), (_QUARTER, 8), (_QUARTER, 8), None, None)


def period_end(text: str, reference: date | None) -> tuple[Span, date] | None:
    """The last day of the first period a text reports on (1-10月 → 31 October, 上半年 → 30 June,
    2025年 → 31 December 2025): a summary's event date is the end of the period it covers."""
    found = []
    for (pattern, month), anchor in zip(_PERIODS, _PERIOD_ANCHORS):
        m = pattern.search(text) if anchor is None else next(anchored_finditer(pattern, text, *anchor), None)
        if m is None:
            continue
        try:
            end_month = month or cn_to_int(m.group("m"))
            if m.group("y"):
                year = int(m.group("y"))
            elif reference is not None:
                year = reference.year
            else:
                continue
            first_next = date(year + (end_month == 12), end_month % 12 + 1, 1)
            day = first_next - timedelta(days=1)
            if reference is not None and day > reference:
                continue  # a period still running when the item was sent: the item is current
            found.append((m.start(), Span("body", m.start(), m.end(), m.group(), "period"), day))
        except (ValueError, KeyError):
            continue
    if not found:
        return None
    _, span, day = min(found, key=lambda f: f[0])
    return span, day


_MONTH_NUMBER = r"(\d{1,2}|十[一二]?|[一二三四五六七八九])"
# Periods a report covers, as (first month, last month): 1—9月, 前三季度, 上半年, 一季度, 前5个月, 截至6月底
_COVERED = (
    (re.compile(r"(?<![\d—\-－~～至到])(?:1|一)月?份?\s*[-—－~～至到]\s*" + _MONTH_NUMBER + r"月(?![\d一二三四五六七八九十上中下]+[日号旬])"),
     lambda m: (1, cn_to_int(m.group(1)))),
    # 7月至9月, 4—6月: any run of months within the year
    (re.compile(r"(?<![\d—\-－~～至到])([2-9]|1[0-2])(?:月份?)?\s*[-—－~～至到]\s*(\d{1,2})月(?![\d一二三四五六七八九十上中下]+[日号旬])"),
     lambda m: (int(m.group(1)), int(m.group(2)))),
    (re.compile(r"(?<!提)前([一二三两1-3])个?季度"), lambda m: (1, 3 * cn_to_int(m.group(1)))),   # (提前一个季度: early)
    (re.compile(r"(?<![同每单当某前])第?([一二三四1-4])季度"), lambda m: (3 * cn_to_int(m.group(1)) - 2, 3 * cn_to_int(m.group(1)))),
    (re.compile(r"上半年|前两个季度"), lambda m: (1, 6)),
    (re.compile(r"下半年"), lambda m: (7, 12)),
    (re.compile(r"前" + _MONTH_NUMBER + r"个?月"), lambda m: (1, cn_to_int(m.group(1)))),
    (re.compile(r"前两个?月"), lambda m: (1, 2)),
    (re.compile(r"截至" + _MONTH_NUMBER + r"月(?:底|末)"), lambda m: (1, cn_to_int(m.group(1)))),
    # 截至9月30日: as of a month's last day, as 截至9月底
    (re.compile(r"截至(?:20\d\d年)?(\d{1,2})月(2[89]|3[01])日"), lambda m: (1, _month_ended(int(m.group(1)), int(m.group(2))))),
    # 1月1日至4月30日: from the year's first day to a month's last
    (re.compile(r"(?<![\d—\-－~～至到])1月1日\s*[-—－~～至到]\s*(\d{1,2})月(?:2[89]|3[01])日"), lambda m: (1, int(m.group(1)))),
)


def _month_ended(month: int, day: int) -> int:
    """The month a date closes (9月30日 → 9); ValueError for a day within the month (3月28日)."""
    if day != monthrange(2024 if month == 2 and day == 29 else 2023, month)[1]:
        raise ValueError(day)
    return month


def covered_periods(text: str) -> list[tuple[re.Match, tuple[int, int]]]:
    """Each period of the year the text reports figures for, with the months it covers
    (一季度 → 1–3, 1—4月 → 1–4, 截至6月底 → 1–6), in no particular order."""
    out = []
    for pattern, months in _COVERED:
        for m in pattern.finditer(text):
            try:
                first, last = months(m)
            except (KeyError, ValueError):
                continue
            if 1 <= first <= last <= 12:
                out.append((m, (first, last)))
    return out
