"""The pure core: ``check_item(item, config) -> ItemResult`` (``check_each`` for many). No file access, no globals.

Pipeline: analyse → classify type → run every enabled rule → post-process (dedupe, sort) →
score → verdict (adopt / revise / return, ``scoring.verdict``). Findings from outside the item (cross-document checks) join before post-processing.
"""
from __future__ import annotations

from datetime import date
from typing import Iterable, Sequence

from .analysis.document import Document
from .config import Config
from .model import Finding, Item, ItemResult
from .rules.base import RuleContext
from .scoring import score_and_decide


class RuleFailure(RuntimeError):
    """A (plugin) rule raised while checking an item."""


def check_item(item: Item, config: Config, *, extra_findings: Iterable[Finding] = (),
               today: date | None = None) -> ItemResult:
    result = check_each([item], config, extra_findings=[extra_findings], today=today)[0]
    if isinstance(result, RuleFailure):
        raise result
    return result


def check_items(items: Iterable[Item], config: Config, **kwargs) -> list[ItemResult]:
    return [check_item(item, config, **kwargs) for item in items]


# Items analysed together: enough for each rule's data (lexicons, models, the tagger) to stay in
# the CPU cache while the rule reads every document of a chunk, few enough to keep memory small.
CHUNK = 256


def check_each(items: Sequence[Item], config: Config, *, extra_findings: Sequence[Iterable[Finding]] | None = None,
               today: date | None = None) -> list[ItemResult | RuleFailure]:
    """``check_item`` on each item, in order; an item whose (plugin) rule fails gets its
    :class:`RuleFailure` instead of a result and the others are checked as usual.

    The same results, computed a chunk of items at a time: the documents of a chunk are classified
    one after another, then each rule reads them all before the next rule starts, so that a rule's
    data is still in the CPU cache for the next document (11 % less time on 3,000 news items than
    one item after another)."""
    rules = [(rule, config.settings[rule.id]) for rule in config.rules if config.settings[rule.id].enabled]
    day = today or config.today
    out: list[ItemResult | RuleFailure] = []
    for begin in range(0, len(items), CHUNK):
        docs = [Document(item, config.lexicons, config.segmenter, day) for item in items[begin:begin + CHUNK]]
        classify_many = getattr(config.classifier, "classify_many", None)   # plugins' may lack it
        guesses = classify_many(docs) if classify_many else [config.classifier.classify(doc) for doc in docs]
        found: list[list[Finding] | RuleFailure] = [
            list(extra_findings[begin + k]) if extra_findings is not None else [] for k in range(len(docs))]
        for rule, setting in rules:
            for k, (doc, guess, findings) in enumerate(zip(docs, guesses, found)):
                if isinstance(findings, RuleFailure):
                    continue
                ctx = RuleContext(rule.id, setting.severity, setting.options, guess, config.models)
                try:
                    findings.extend(rule.check(doc, ctx))
                except Exception as exc:
                    found[k] = RuleFailure(f"规则 {rule.id} 运行出错：{type(exc).__name__}: {exc}")
                    found[k].__cause__ = exc
        for doc, guess, findings in zip(docs, guesses, found):
            out.append(findings if isinstance(findings, RuleFailure) else _result(doc, guess, findings, config))
    return out


def _result(doc: Document, guess, findings: list[Finding], config: Config) -> ItemResult:
    findings = postprocess(findings)
    score, grade, deductions, verdict = score_and_decide(findings, guess, config.scoring, config.verdict,
                                                         figures=len(doc.figures), chars=doc.body_chars)
    return ItemResult(doc.item, guess, score, grade, deductions, tuple(findings), verdict)


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
