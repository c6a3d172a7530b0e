"""Administrative levels of units and of outlets/instructions, and periods (month/quarter/year)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .errors import ValidationError

# Order matters: a higher index is a higher level.
LEVELS = ("town", "county", "city", "province", "national")
LEVEL_ZH = {"town": "乡镇", "county": "县区", "city": "市", "province": "省", "national": "国家"}
UNIT_LEVELS = ("town", "county", "city", "province")
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


_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_QUARTER = re.compile(r"^(\d{4})-?[Qq]([1-4])$")
_YEAR = re.compile(r"^(\d{4})$")


@dataclass(frozen=True)
class Period:
    """A calendar month, quarter or year; ``end`` is exclusive."""

    kind: str  # "month" | "quarter" | "year"
    year: int
    index: int  # month 1-12, quarter 1-4, or 0 for a year

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
        raise ValidationError(f"期间格式不对：{text!r}；应为 2026-10（月）、2026-Q4（季度）或 2026（年）")

    @property
    def start(self) -> date:
        if self.kind == "month":
            return date(self.year, self.index, 1)
        if self.kind == "quarter":
            return date(self.year, 3 * self.index - 2, 1)
        return date(self.year, 1, 1)

    @property
    def end(self) -> date:
        if self.kind == "month":
            return date(self.year + (self.index == 12), self.index % 12 + 1, 1)
        if self.kind == "quarter":
            return date(self.year + (self.index == 4), (3 * self.index) % 12 + 1, 1)
        return date(self.year + 1, 1, 1)

    def contains(self, d: date) -> bool:
        return self.start <= d < self.end

    def months(self) -> list["Period"]:
        first = self.start.month
        count = {"month": 1, "quarter": 3, "year": 12}[self.kind]
        return [Period("month", self.year, m) for m in range(first, first + count)]

    def quarters(self) -> list["Period"]:
        if self.kind == "year":
            return [Period("quarter", self.year, q) for q in range(1, 5)]
        if self.kind == "quarter":
            return [self]
        return []

    def split(self, kind: str) -> list["Period"]:
        """Sub-periods of ``kind`` lying inside this period."""
        if kind == "month":
            return self.months()
        if kind == "quarter":
            return self.quarters()
        return [self] if self.kind == "year" else []

    @property
    def label(self) -> str:
        if self.kind == "month":
            return f"{self.year}-{self.index:02d}"
        if self.kind == "quarter":
            return f"{self.year}-Q{self.index}"
        return str(self.year)

    @property
    def label_zh(self) -> str:
        if self.kind == "month":
            return f"{self.year}年{self.index}月"
        if self.kind == "quarter":
            return f"{self.year}年第{'一二三四'[self.index - 1]}季度"
        return f"{self.year}年"

    def __str__(self) -> str:
        return self.label
