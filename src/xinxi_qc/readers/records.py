"""Items from structured records (JSONL lines, CSV rows): title, body, optional id, unit,
event_date, submitted (ISO dates)."""
from __future__ import annotations

from datetime import date
from typing import Any, Mapping

from ..model import InputError, Item
from .decode import is_blank

_OPTIONAL = ("id", "unit", "event_date", "submitted")


def empty_text(title: str, body: str) -> str | None:
    """Why a record with this title and body cannot be checked (``None`` when it can): the same
    rule as for a file, whose title line alone is "只有标题，没有正文". Blank means nothing visible:
    spaces, full-width spaces, NBSP and zero-width characters count as nothing."""
    if is_blank(title) and is_blank(body):
        return "标题和正文都是空的"
    if is_blank(body):
        return "只有标题，没有正文"
    return None


def item_from_record(record: Any, source: str) -> Item | InputError:
    if not isinstance(record, Mapping):
        return InputError(source, "这一行不是 JSON 对象（应形如 {\"title\": …, \"body\": …}）")
    missing = [k for k in ("title", "body") if not isinstance(record.get(k), str)]
    if missing:
        return InputError(source, f"缺少文本字段 {', '.join(missing)}")
    problem = empty_text(record["title"], record["body"])
    if problem:
        return InputError(source, problem)
    dates = {}
    for key in ("event_date", "submitted"):
        value = record.get(key)
        if value in (None, ""):
            dates[key] = None
            continue
        try:
            dates[key] = date.fromisoformat(str(value)[:10])
        except ValueError:
            return InputError(source, f"{key} 不是 ISO 日期（应为 2026-10-15）：{value!r}")
    extra = {k: v for k, v in record.items() if k not in ("title", "body", *_OPTIONAL)}
    raw_id = record.get("id")
    return Item(
        title=record["title"].strip(),
        body=record["body"].strip("\n"),
        id=str(raw_id) if raw_id not in (None, "") else source,
        unit=(str(record["unit"]) if record.get("unit") not in (None, "") else None),
        event_date=dates["event_date"],
        submitted=dates["submitted"],
        source=source,
        meta=extra,
    )
