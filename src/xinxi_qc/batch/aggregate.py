"""Report aggregates kept as counters only, so memory does not grow with the number of items."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Mapping

NO_UNIT = "（未注明单位）"
LATE_DAYS = 30


@dataclass
class UnitStats:
    items: int = 0
    score_sum: int = 0
    types: Counter = field(default_factory=Counter)
    grades: Counter = field(default_factory=Counter)
    defects: Counter = field(default_factory=Counter)  # rule -> items having that defect
    delays: Counter = field(default_factory=Counter)  # days -> items
    late: int = 0

    @property
    def mean_score(self) -> float:
        return self.score_sum / self.items if self.items else 0.0

    @property
    def dated(self) -> int:
        return sum(self.delays.values())

    def delay_quantile(self, q: float) -> int | None:
        n = self.dated
        if not n:
            return None
        rank, seen = q * (n - 1), 0
        for days in sorted(self.delays):
            seen += self.delays[days]
            if seen > rank:
                return days
        return max(self.delays)


@dataclass
class Aggregates:
    items: int = 0
    input_errors: int = 0
    check_errors: int = 0
    cache_hits: int = 0
    scores: Counter = field(default_factory=Counter)
    overall: UnitStats = field(default_factory=UnitStats)
    units: dict[str, UnitStats] = field(default_factory=dict)
    type_defects: dict[str, Counter] = field(default_factory=dict)  # type -> rule -> items

    def add(self, row: Mapping[str, Any]) -> None:
        """Count one item row (as written to items.jsonl)."""
        self.items += 1
        self.scores[row["score"]] += 1
        unit = row.get("unit") or NO_UNIT
        stats = self.units.get(unit)
        if stats is None:
            stats = self.units[unit] = UnitStats()
        rules = [r for r, n in row["defects"].items() if n]
        self.type_defects.setdefault(row["type"], Counter()).update(rules)
        for s in (stats, self.overall):
            s.items += 1
            s.score_sum += row["score"]
            s.types[row["type"]] += 1
            s.grades[row["grade"]] += 1
            s.defects.update(rules)
            if row.get("delay_days") is not None:
                s.delays[row["delay_days"]] += 1
            if "late" in rules:
                s.late += 1
