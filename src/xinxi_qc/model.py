"""Plain data types shared by every layer: items in, findings and results out.

Nothing here does I/O; readers build :class:`Item`, the engine returns :class:`ItemResult`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Any, Mapping

SCHEMA = "xinxi-qc/1"

FIELDS = ("title", "body")
TYPE_LABELS = ("dynamic", "experience", "problem", "comprehensive")
TYPE_NAMES_ZH = {"dynamic": "动态", "experience": "经验", "problem": "问题(调研)", "comprehensive": "综合"}
# Submission metadata readers take out of the text (撰稿, 审核, 签发, 联系电话, 期数 …), kept in Item.meta.
SUBMISSION_META = ("writer", "reviewer", "signer", "contact", "phone", "issue", "cc", "masthead", "date")


class Severity(str, Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANK[self]

    @classmethod
    def parse(cls, value: "str | Severity") -> "Severity":
        try:
            return cls(str(value.value if isinstance(value, Severity) else value).lower())
        except ValueError:
            raise ValueError(f"unknown severity {value!r}; use info, warning or error") from None


_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


@dataclass(frozen=True)
class Item:
    """One 政务信息 item: a title and a body (paragraphs separated by newlines)."""

    title: str
    body: str
    id: str | None = None
    unit: str | None = None
    event_date: date | None = None
    submitted: date | None = None
    source: str | None = None
    meta: Mapping[str, Any] = field(default_factory=dict)

    def text(self, field_name: str) -> str:
        if field_name == "title":
            return self.title
        if field_name == "body":
            return self.body
        raise ValueError(f"unknown field {field_name!r}")


@dataclass(frozen=True)
class Finding:
    """A problem a rule found, located by character offsets in one field of the item."""

    rule: str
    severity: Severity
    field: str
    start: int
    end: int
    message: str
    suggestion: str
    excerpt: str = ""
    extra: Mapping[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "rule": self.rule,
            "severity": self.severity.value,
            "field": self.field,
            "start": self.start,
            "end": self.end,
            "message": self.message,
            "suggestion": self.suggestion,
            "excerpt": self.excerpt,
        }
        if self.extra:
            out["extra"] = dict(self.extra)
        return out


@dataclass(frozen=True)
class Deduction:
    rule: str
    points: int
    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"rule": self.rule, "points": self.points, "reason": self.reason}


@dataclass(frozen=True)
class TypeGuess:
    label: str
    confidence: float
    scores: Mapping[str, float] = field(default_factory=dict)
    # The runner-up (label, confidence) when the top two types are close; None otherwise.
    alternative: tuple[str, float] | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"label": self.label, "confidence": round(self.confidence, 3)}
        if self.alternative is not None:
            out["alternative"] = {"label": self.alternative[0], "confidence": round(self.alternative[1], 3)}
        return out


@dataclass(frozen=True)
class ItemResult:
    item: Item
    type: TypeGuess
    score: int
    grade: str
    deductions: tuple[Deduction, ...]
    findings: tuple[Finding, ...]
    # scoring.verdict.Verdict: adopt / revise / return with reasons (None only for hand-built results).
    verdict: Any = None

    def to_dict(self) -> dict[str, Any]:
        """The item object of the ``xinxi-qc/1`` JSON contract (add fields, never rename)."""
        it = self.item
        out = {
            "id": it.id,
            "source": it.source,
            "unit": it.unit,
            "title": it.title,
            "type": self.type.to_dict(),
            "score": self.score,
            "grade": self.grade,
            "deductions": [d.to_dict() for d in self.deductions],
            "findings": [f.to_dict() for f in self.findings],
            **_submission_meta(it),
        }
        if self.verdict is not None:
            out["verdict"] = self.verdict.to_dict()
        return out

    def count_at_least(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity.rank >= severity.rank)


@dataclass(frozen=True)
class InputError:
    """An input that could not be read; reported next to the results, never raised past a front end."""

    source: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"source": self.source, "message": self.message}


def _submission_meta(item: Item) -> dict[str, Any]:
    """``{"meta": {...}}`` with the item's submission metadata, or nothing when it has none."""
    meta = {k: item.meta[k] for k in SUBMISSION_META if (item.meta or {}).get(k)}
    return {"meta": meta} if meta else {}
