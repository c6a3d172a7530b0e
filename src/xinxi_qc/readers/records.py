"""Items from structured records (JSONL lines, CSV rows): title, body, optional id, unit,
event_date, submitted (ISO dates)."""
from __future__ import annotations

from datetime import date
from typing import Any, Mapping

from ..model import InputError, Item

_OPTIONAL = ("id", "unit", "event_date", "submitted")


def item_from_record(record: Any, source: str) -> Item | InputError:
    if not isinstance(record, Mapping):
        return InputError(source, "这一行不是 JSON 对象（应形如 {\"title\": …, \"body\": …}）")
    missing = [k for k in ("title", "body") if not isinstance(record.get(k), str)]
    if missing:
        return InputError(source, f"缺少文本字段 {', '.join(missing)}")
    if not record["title"].strip() and not record["body"].strip():
        return InputError(source, "标题和正文都是空的")
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
