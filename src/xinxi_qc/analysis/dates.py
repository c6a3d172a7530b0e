"""Dates in the text: absolute (2026年10月15日, 10月15日, 2026-10-15) and relative to a reference
day (今天, 昨日, 近日…). Periods such as 1-10月 or 上半年 are not event dates."""
from __future__ import annotations

import re
from datetime import date, timedelta

from .text import Span

_CN_NUM = {c: i for i, c in enumerate("〇一二三四五六七八九")}
_CN_NUM["零"] = 0
_ABSOLUTE = re.compile(
    r"(?<![\d\-—至到~～])(?:(?P<y>\d{4}|[〇零一二三四五六七八九]{4})年)?"
    r"(?P<m>\d{1,2}|十[一二]?|[一二三四五六七八九])月"
    r"(?:(?P<d>\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号])"
)
_ISO = re.compile(r"(?<!\d)(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)")
_RELATIVE = {"今天": 0, "今日": 0, "当天": 0, "昨天": 1, "昨日": 1, "前天": 2, "前日": 2,
             "近日": 3, "日前": 3, "上周": 7}


def _cn_to_int(s: str) -> int:
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
        for m in pattern.finditer(text):
            try:
                month, day = _cn_to_int(m.group("m")), _cn_to_int(m.group("d"))
                if m.group("y"):
                    year = _cn_to_int(m.group("y"))
                elif reference is not None:
                    year = reference.year
                    if date(year, month, day) > reference:
                        year -= 1
                else:
                    continue
                out.append((Span(field, m.start(), m.end(), m.group(), "date"), date(year, month, day)))
            except (ValueError, KeyError):
                continue
    if reference is not None:
        for word, days in _RELATIVE.items():
            for m in re.finditer(word, text):
                out.append((Span(field, m.start(), m.end(), word, "relative-date"), reference - timedelta(days=days)))
    out.sort(key=lambda pair: pair[0].start)
    return out
