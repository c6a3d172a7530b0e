"""Administrative levels of units and of outlets/instructions, tiers of levels ("省级及以上"), and
periods (week, month, two months, quarter, half year, year)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property

from .errors import ValidationError

# Order matters: a higher index is a higher level.
LEVELS = ("town", "county", "city", "province", "national")
LEVEL_ZH = {"town": "乡镇", "county": "县区", "city": "市", "province": "省", "national": "国家"}
UNIT_LEVELS = ("town", "county", "city", "province", "national")
_ALIASES = {
    "town": "town", "乡镇": "town", "镇": "town", "乡": "town", "街道": "town",
    "county": "county", "district": "county", "县区": "county", "县": "county", "区": "county",
    "县级": "county", "区级": "county",
    "city": "city", "市": "city", "市级": "city",
    "province": "province", "省": "province", "省级": "province",
    "national": "national", "国家": "national", "国家级": "national", "国办": "national",
    "中办": "national", "中央": "national", "国务院": "national",
}


def parse_level(value: str, *, allowed: tuple[str, ...] = LEVELS) -> str:
    """'市' / 'city' / '省级' … → canonical level key; unknown → :class:`ValidationError`."""
    key = _ALIASES.get(str(value).strip().lower()) if value is not None else None
    if key is None or key not in allowed:
        names = "、".join(f"{k}({LEVEL_ZH[k]})" for k in allowed)
        raise ValidationError(f"未知层级 {value!r}；可用：{names}")
    return key


def level_rank(level: str) -> int:
    return LEVELS.index(level)


_TIER_SUFFIXES = ("及以上", "以上", "+")


def parse_level_key(value: str) -> tuple[str, tuple[str, ...]]:
    """A level or a tier key of a scoring table → (label, levels it covers).

    '市' → ('city', ('city',)); '省级及以上' / 'province+' → ('省级及以上', ('province', 'national')).
    """
    text = str(value).strip()
    for suffix in _TIER_SUFFIXES:
        if text.endswith(suffix) and len(text) > len(suffix):
            low = parse_level(text[: -len(suffix)])
            covered = tuple(lv for lv in LEVELS if level_rank(lv) >= level_rank(low))
            return f"{LEVEL_ZH[low]}级及以上", covered
    lv = parse_level(text)
    return lv, (lv,)


_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_QUARTER = re.compile(r"^(\d{4})-?[Qq]([1-4])$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-?[Ww](\d{1,2})$")
_BIMONTH = re.compile(r"^(\d{4})-?[Bb]([1-6])$")
_HALF = re.compile(r"^(\d{4})-?[Hh]([12])$")

PERIOD_KINDS = ("week", "month", "bimonth", "quarter", "half", "year")
PERIOD_KIND_ZH = {"week": "周", "month": "月", "bimonth": "两个月", "quarter": "季度", "half": "半年", "year": "年"}
_MONTHS_IN = {"month": 1, "bimonth": 2, "quarter": 3, "half": 6, "year": 12}
_COUNT_IN_YEAR = {"month": 12, "bimonth": 6, "quarter": 4, "half": 2, "year": 1}


@dataclass(frozen=True)
class Period:
    """A calendar period; ``end`` is exclusive.

    kinds: week (ISO week, ``2026-W41``), month (``2026-10``), bimonth (two months,
    ``2026-B5`` = 9–10 月), quarter (``2026-Q4``), half (``2026-H2``), year (``2026``).
    """

    kind: str
    year: int
    index: int  # week 1-53, month 1-12, bimonth 1-6, quarter 1-4, half 1-2, or 0 for a year

    @classmethod
    def parse(cls, text: str) -> "Period":
        s = str(text).strip()
        if m := _MONTH.match(s):
            month = int(m.group(2))
            if 1 <= month <= 12:
                return cls("month", int(m.group(1)), month)
        elif m := _QUARTER.match(s):
            return cls("quarter", int(m.group(1)), int(m.group(2)))
        elif m := _YEAR.match(s):
            return cls("year", int(m.group(1)), 0)
        elif m := _BIMONTH.match(s):
            return cls("bimonth", int(m.group(1)), int(m.group(2)))
        elif m := _HALF.match(s):
            return cls("half", int(m.group(1)), int(m.group(2)))
        elif m := _WEEK.match(s):
            y, w = int(m.group(1)), int(m.group(2))
            try:
                date.fromisocalendar(y, w, 1)
                return cls("week", y, w)
            except ValueError:
                pass
        raise ValidationError(f"期间格式不对：{text!r}；应为 2026-10（月）、2026-Q4（季度）、2026（年）、"
                              "2026-W41（周）、2026-B5（两个月，9–10月）或 2026-H2（半年）")

    @classmethod
    def of(cls, kind: str, d: date) -> "Period":
        """The period of ``kind`` containing day ``d``."""
        if kind == "week":
            y, w, _ = d.isocalendar()
            return cls("week", y, w)
        if kind == "year":
            return cls("year", d.year, 0)
        return cls(kind, d.year, (d.month - 1) // _MONTHS_IN[kind] + 1)

    # start/end are computed once per period (the points engine asks ``contains`` for every event)
    @cached_property
    def start(self) -> date:
        if self.kind == "week":
            return date.fromisocalendar(self.year, self.index, 1)
        if self.kind == "year":
            return date(self.year, 1, 1)
        return date(self.year, (self.index - 1) * _MONTHS_IN[self.kind] + 1, 1)

    @cached_property
    def end(self) -> date:
        if self.kind == "week":
            return self.start + timedelta(days=7)
        if self.kind == "year":
            return date(self.year + 1, 1, 1)
        last = self.index * _MONTHS_IN[self.kind]  # last month of the period, 1..12
        return date(self.year + (last == 12), last % 12 + 1, 1)

    @property
    def last_day(self) -> date:
        return self.end - timedelta(days=1)

    def contains(self, d: date) -> bool:
        return self.start <= d < self.end

    def months(self) -> list["Period"]:
        """Calendar months lying wholly inside this period (none for a week)."""
        return self.split("month")

    def quarters(self) -> list["Period"]:
        return self.split("quarter")

    def split(self, kind: str) -> list["Period"]:
        """Sub-periods of ``kind`` lying wholly inside this period (weeks: those starting in it)."""
        if kind == self.kind:
            return [self]
        if kind == "week":
            out, d = [], self.start
            d += timedelta(days=(7 - d.weekday()) % 7)  # first Monday on or after the start
            while d < self.end:
                out.append(Period.of("week", d))
                d += timedelta(days=7)
            return out
        if self.kind == "week":
            return []
        out = []
        for y in range(self.start.year, self.end.year + 1):
            for i in range(1, _COUNT_IN_YEAR[kind] + 1):
                p = Period(kind, y, 0 if kind == "year" else i)
                if p.start >= self.start and p.end <= self.end:
                    out.append(p)
        return out

    def covered_by(self, kind: str) -> bool:
        """True when sub-periods of ``kind`` tile this period exactly (a year by quarters, …)."""
        parts = self.split(kind)
        return bool(parts) and parts[0].start == self.start and parts[-1].end == self.end and all(
            a.end == b.start for a, b in zip(parts, parts[1:]))

    @property
    def label(self) -> str:
        if self.kind == "month":
            return f"{self.year}-{self.index:02d}"
        if self.kind == "quarter":
            return f"{self.year}-Q{self.index}"
        if self.kind == "week":
            return f"{self.year}-W{self.index:02d}"
        if self.kind == "bimonth":
            return f"{self.year}-B{self.index}"
        if self.kind == "half":
            return f"{self.year}-H{self.index}"
        return str(self.year)

    @property
    def label_zh(self) -> str:
        if self.kind == "month":
            return f"{self.year}年{self.index}月"
        if self.kind == "quarter":
            return f"{self.year}年第{'一二三四'[self.index - 1]}季度"
        if self.kind == "week":
            return f"{self.year}年第{self.index}周（{self.start:%m-%d}至{self.last_day:%m-%d}）"
        if self.kind == "bimonth":
            return f"{self.year}年{2 * self.index - 1}–{2 * self.index}月"
        if self.kind == "half":
            return f"{self.year}年{'上下'[self.index - 1]}半年"
        return f"{self.year}年"

    def __str__(self) -> str:
        return self.label
