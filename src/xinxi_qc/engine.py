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
    """A (plugin) rule raised while checking an item. ``details`` holds the rule's traceback as
    text (the live traceback is not kept: it would tie the checked documents into a reference
    cycle that only the garbage collector frees)."""

    def __init__(self, message: str, details: str = ""):
        super().__init__(message)
        self.details = details


def check_item(item: Item, config: Config, *, extra_findings: Iterable[Finding] = (),
               today: date | None = None) -> ItemResult:
    return _raise_failure(check_each([item], config, extra_findings=[extra_findings], today=today))[0]


def check_items(items: Iterable[Item], config: Config, **kwargs) -> list[ItemResult]:
    """``check_item`` on each item; the first rule failure is raised."""
    return _raise_failure(check_each(items, config, **kwargs))


def _raise_failure(results: list) -> list[ItemResult]:
    failure = next((r for r in results if isinstance(r, RuleFailure)), None)
    if failure is not None:
        raise failure
    return results


# Items analysed together: enough for each rule's data (lexicons, models, the tagger) to stay in
# the CPU cache while the rule reads every document of a chunk, few enough to keep memory small:
# at most CHUNK items and, beyond the first, CHUNK_CHARS characters (an analysed document of a
# 200,000-character body holds about 28 MB).
CHUNK = 256
CHUNK_CHARS = 400_000


def check_each(items: Iterable[Item], config: Config, *,
               extra_findings: Sequence[Iterable[Finding]] | None = None,
               today: date | None = None) -> list[ItemResult | RuleFailure]:
    """``check_item`` on each item, in order; an item whose (plugin) rule fails gets its
    :class:`RuleFailure` instead of a result and the others are checked as usual.

    The same results, computed a chunk of items at a time: the documents of a chunk are classified
    together, then each rule reads them all before the next rule starts, so that a rule's data is
    still in the CPU cache for the next document (≈ 10 % less time on 3,000 news items than one
    item after another). A rule therefore must not count on another rule having just read the same
    document."""
    items = list(items)
    if extra_findings is not None and len(extra_findings) != len(items):
        raise ValueError(f"extra_findings 应与信息条数相同（{len(items)}），实为 {len(extra_findings)}")
    rules = [(rule, config.settings[rule.id]) for rule in config.rules if config.settings[rule.id].enabled]
    classify_many = getattr(config.classifier, "classify_many", None)   # plugins' may lack it
    day = today or config.today
    out: list[ItemResult | RuleFailure] = []
    for begin, end in _chunks(items):
        docs = [Document(item, config.lexicons, config.segmenter, day) for item in items[begin:end]]
        guesses = classify_many(docs) if classify_many else [config.classifier.classify(doc) for doc in docs]
        found: list[list[Finding] | RuleFailure] = [
            list(extra_findings[k]) if extra_findings is not None else [] for k in range(begin, end)]
        for rule, setting in rules:
            for k, (doc, guess, findings) in enumerate(zip(docs, guesses, found)):
                if isinstance(findings, RuleFailure):
                    continue
                ctx = RuleContext(rule.id, setting.severity, setting.options, guess, config.models)
                try:
                    findings.extend(rule.check(doc, ctx))
                except Exception as exc:
                    found[k] = _failure(rule.id, exc)
        for doc, guess, findings in zip(docs, guesses, found):
            out.append(findings if isinstance(findings, RuleFailure) else _result(doc, guess, findings, config))
    return out


def _chunks(items: list[Item]):
    """(begin, end) of consecutive chunks: CHUNK items, or fewer whose bodies reach CHUNK_CHARS."""
    begin = 0
    while begin < len(items):
        end, chars = begin, 0
        while end < len(items) and end - begin < CHUNK and (end == begin or chars < CHUNK_CHARS):
            chars += len(items[end].body) + len(items[end].title)
            end += 1
        yield begin, end
        begin = end


def _failure(rule_id: str, exc: Exception) -> RuleFailure:
    import traceback

    details = "".join(traceback.format_exception(exc))
    exc.__traceback__ = None   # its frames hold this chunk's documents
    failure = RuleFailure(f"规则 {rule_id} 运行出错：{type(exc).__name__}: {exc}", details)
    failure.__cause__ = exc
    return failure


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
