"""The pure core: ``check_item(item, config) -> ItemResult``. No file access, no globals.

Pipeline: analyse → classify type → run every enabled rule → post-process (dedupe, sort) →
score → verdict (adopt / revise / return, ``scoring.verdict``). Findings from outside the item (cross-document checks) join before post-processing.
"""
from __future__ import annotations

from datetime import date
from typing import Iterable

from .analysis.document import Document
from .config import Config
from .model import Finding, Item, ItemResult
from .rules.base import RuleContext
from .scoring import score_and_decide


class RuleFailure(RuntimeError):
    """A (plugin) rule raised while checking an item."""


def check_item(item: Item, config: Config, *, extra_findings: Iterable[Finding] = (),
               today: date | None = None) -> ItemResult:
    doc = Document(item, config.lexicons, config.segmenter, today or config.today)
    type_guess = config.classifier.classify(doc)
    findings: list[Finding] = list(extra_findings)
    for rule in config.rules:
        setting = config.settings[rule.id]
        if not setting.enabled:
            continue
        ctx = RuleContext(rule.id, setting.severity, setting.options, type_guess, config.models)
        try:
            findings.extend(rule.check(doc, ctx))
        except Exception as exc:
            raise RuleFailure(f"规则 {rule.id} 运行出错：{type(exc).__name__}: {exc}") from exc
    findings = postprocess(findings)
    score, grade, deductions, verdict = score_and_decide(findings, type_guess, config.scoring, config.verdict,
                                                         figures=len(doc.figures), chars=doc.body_chars)
    return ItemResult(item, type_guess, score, grade, deductions, tuple(findings), verdict)


def check_items(items: Iterable[Item], config: Config, **kwargs) -> list[ItemResult]:
    return [check_item(item, config, **kwargs) for item in items]


def postprocess(findings: list[Finding]) -> list[Finding]:
    """Drop exact duplicates and sort: title before body, then by position, then by rule."""
    seen = set()
    unique = []
    for f in findings:
        key = (f.rule, f.field, f.start, f.end, f.message)
        if key not in seen:
            seen.add(key)
            unique.append(f)
    unique.sort(key=lambda f: (f.field != "title", f.start, f.end, f.rule))
    return unique
