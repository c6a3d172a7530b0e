"""What a rule is, and the context it runs in.

A rule is any object with ``id``, ``default_severity``, ``description``, ``examples`` and a
``check(doc, ctx)`` generator of findings. Built-in rules, data rules and plugin rules all fit
this shape, so the engine treats them alike.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Iterable, Mapping, Protocol

from ..analysis.document import Document
from ..model import Finding, Severity, TypeGuess


@dataclass(frozen=True)
class Examples:
    """One text the rule flags and one it passes, each as (title, body)."""

    flags: tuple[str, str]
    passes: tuple[str, str]
    submitted: date | None = None


class Rule(Protocol):
    id: str
    default_severity: Severity
    description: str
    examples: Examples
    default_options: Mapping[str, Any]

    def check(self, doc: Document, ctx: "RuleContext") -> Iterable[Finding]: ...


@dataclass(frozen=True)
class RuleContext:
    rule_id: str
    severity: Severity
    options: Mapping[str, Any]
    type: TypeGuess
    models: Mapping[str, Any] = field(default_factory=dict)

    def __init__(self, rule_id: str, severity: Severity, options: Mapping[str, Any], type: TypeGuess,
                 models: Mapping[str, Any] | None = None):
        # One per rule and item: set through __dict__, as the frozen dataclass's generated
        # __init__ (object.__setattr__ per field) costs three times as much.
        d = self.__dict__
        d["rule_id"], d["severity"], d["options"], d["type"] = rule_id, severity, options, type
        d["models"] = {} if models is None else models

    def finding(self, doc: Document, field: str, start: int, end: int, message: str, suggestion: str,
                severity: Severity | None = None, **extra: Any) -> Finding:
        text = doc.text(field)
        start = max(0, min(start, len(text)))
        end = max(start, min(end, len(text)))
        return Finding(
            rule=self.rule_id,
            severity=severity or self.severity,
            field=field,
            start=start,
            end=end,
            message=message,
            suggestion=suggestion,
            excerpt=_excerpt(text, start, end),
            extra=extra,
        )


def _excerpt(text: str, start: int, end: int, limit: int = 40) -> str:
    piece = text[start:end].replace("\n", " ")
    if len(piece) <= limit:
        return piece
    return piece[: limit - 1] + "…"


class BuiltinRule:
    """Convenience base for built-in rules: class attributes carry the metadata."""

    id: str = ""
    default_severity: Severity = Severity.WARNING
    description: str = ""
    examples: Examples
    default_options: Mapping[str, Any] = {}

    def check(self, doc: Document, ctx: RuleContext) -> Iterable[Finding]:  # pragma: no cover - abstract
        raise NotImplementedError
