"""The per-item work, identical for every engine: check one item, return a compact JSON-able record.

Records are what the cache stores and what crosses process boundaries, so they hold only the
check's outcome; the item's own fields (id, unit, title, dates) stay with the parent.
"""
from __future__ import annotations

import json
from datetime import date
from typing import Any, Sequence

from xinxi_qc.model import Finding, Item, ItemResult

from . import neardup
from .threads import one_thread_per_process

_CONFIGS: dict[Any, Any] = {}


def config_ref(config_path: str | None, today: date | None) -> tuple[str | None, str | None]:
    """What engines hand to workers in place of a bare config path: the path and the reference
    date (ISO), so a worker that loads the configuration itself checks as the parent does."""
    return (config_path, today.isoformat() if today else None)


def get_config(ref: Any) -> Any:
    """Load the configuration once per process (workers are long-lived). ``ref``: a
    :func:`config_ref` pair, or a bare config path (reference date: today)."""
    if ref not in _CONFIGS:
        from xinxi_qc.config import load_config

        one_thread_per_process()
        path, today = ref if isinstance(ref, tuple) else (ref, None)
        _CONFIGS[ref] = load_config(path).dated(date.fromisoformat(today) if today else None)
    return _CONFIGS[ref]


def _as_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def delay_days(result: ItemResult) -> int | None:
    """Days from the event to submission: from the item's dates, else from what the `late` rule found."""
    item = result.item
    if item.event_date and item.submitted:
        return (item.submitted - item.event_date).days
    for f in result.findings:
        if f.rule != "late":
            continue
        extra = dict(f.extra or {})
        for key in ("days", "delay_days", "delay"):
            if isinstance(extra.get(key), int):
                return extra[key]
        event, submitted = _as_date(extra.get("event_date")), _as_date(extra.get("submitted"))
        if event and submitted:
            return (submitted - event).days
    return None


def to_record(result: ItemResult) -> dict[str, Any]:
    return {
        "type": result.type.label,
        "confidence": round(float(result.type.confidence), 3),
        "score": int(result.score),
        "grade": result.grade,
        "findings": [
            [f.rule, f.severity.value, f.field, f.start, f.end, f.message, f.suggestion, f.excerpt]
            for f in result.findings
        ],
        # each finding's ``extra`` (None when empty), JSON-safe: what the verdict reads (the kind of a
        # late or typography finding, days late) when cross-item findings are added after the run
        "extras": [_json_safe(f.extra) if f.extra else None for f in result.findings],
        "delay": delay_days(result),
        "verdict": result.verdict.to_dict() if result.verdict is not None else None,
    }


def _json_safe(extra: Any) -> Any:
    """``extra`` as the cache will give it back (tuples as lists; dates and other objects as text)."""
    return json.loads(json.dumps(dict(extra), ensure_ascii=False, default=str))


def with_cross_findings(record: dict[str, Any], extra: Sequence[Finding], config: Any) -> dict[str, Any]:
    """``record`` (a worker's, checked without cross-item findings) as if the item had been checked
    with ``check_item(item, config, extra_findings=extra)``, as ``xinxi-qc check`` does: the same
    post-processing (cross-item findings first, duplicates dropped, sorted), score, grade and verdict,
    computed from the record's own findings and the figures and characters its verdict counted — the
    item's text is not checked again.  The type and the delay do not depend on the findings of other
    items and stay as they are."""
    from xinxi_qc.engine import postprocess
    from xinxi_qc.model import Severity, TypeGuess
    from xinxi_qc.scoring import score_and_decide

    if not extra:
        return record
    extras = record.get("extras") or [None] * len(record["findings"])
    own = [Finding(rule, Severity(severity), fld, start, end, message, suggestion, excerpt, ext or {})
           for (rule, severity, fld, start, end, message, suggestion, excerpt), ext in zip(record["findings"], extras)]
    findings = postprocess(list(extra) + own)
    guess = TypeGuess(record["type"], record["confidence"])
    counted = record.get("verdict") or {}
    # a record from before the length was counted is not judged on it
    chars = counted.get("chars", config.verdict.adopt_min_chars)
    score, grade, _, verdict = score_and_decide(findings, guess, config.scoring, config.verdict,
                                                figures=counted.get("figures", 0), chars=chars)
    return dict(
        record, score=int(score), grade=grade,
        findings=[[f.rule, f.severity.value, f.field, f.start, f.end, f.message, f.suggestion, f.excerpt]
                  for f in findings],
        extras=[dict(f.extra) if f.extra else None for f in findings],   # not cached: left as they are
        verdict=verdict.to_dict(),
    )


def check_one(item: Item, config: Any) -> dict[str, Any]:
    from xinxi_qc.collector import collector_paused
    from xinxi_qc.engine import check_item

    try:
        with collector_paused():
            return to_record(check_item(item, config))
    except Exception as exc:  # one item that breaks a rule must not stop the batch
        return {"error": f"检查失败：{type(exc).__name__}: {exc}"}


def check_records(items: Sequence[Item], config: Any) -> list[dict[str, Any]]:
    """One record per item, in order, checked together (``engine.check_each``, as ``xinxi-qc
    check`` does); an item whose rule fails gets an error record, and when the analysis itself
    fails the items are checked one by one, so that one bad item never stops the batch."""
    from xinxi_qc.collector import collector_paused
    from xinxi_qc.engine import RuleFailure, check_each

    try:
        with collector_paused():
            results = check_each(items, config)
    except Exception:  # noqa: BLE001 - found again, and reported, item by item
        return [check_one(item, config) for item in items]
    return [{"error": f"检查失败：{type(r).__name__}: {r}"} if isinstance(r, RuleFailure) else to_record(r)
            for r in results]


def check_chunk(config_path: str | None, items: Sequence[Item], signatures: bool = False) -> list[dict[str, Any]]:
    """Entry point for every engine: one record per item, in order (plus near-duplicate
    signatures when the batch clusters with ``--near-dup fast``)."""
    config = get_config(config_path)
    records = check_records(items, config)
    if signatures:
        for record, sig in zip(records, neardup.signatures([item.body for item in items])):
            if "error" not in record:
                record["sig"] = sig
    return records


def prime(config_path: str | None, config: Any) -> None:
    """In the parent, before workers fork: reuse its configuration and load the checker's lazy
    parts (segmenter dictionary, type model) once, so forked workers inherit them instead of
    each paying the start-up again."""
    one_thread_per_process()   # before the checker's models load, so forked workers inherit it
    _CONFIGS[config_path] = config
    check_chunk(config_path, [Item("东湖区新增就业岗位3200个", "今年1-6月，东湖区新增城镇就业岗位3200个，同比增长12.5%。")])
    # what that item does not reach and nearly every batch does: the word weights (~0.2 s) and the
    # entity tagger (~0.1 s), loaded here once rather than in every worker
    config.segmenter.idf("就业")
    config.segmenter.entities("东湖区人社局召开会议")


def warm_up(config_path: str | None) -> None:
    """Process-pool initializer: load the configuration (and the checker's models) before timing starts."""
    get_config(config_path)
