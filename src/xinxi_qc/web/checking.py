"""Thin bridge from web input (form fields, uploads, API JSON) to the core checker."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Mapping

from ..model import InputError, Item, ItemResult, Severity
from .highlight import Segment, Span, is_whole_field, segments

UPLOAD_TYPES = {".txt": "text/plain", ".docx": "application/vnd.openxmlformats-officedocument"}


def normalise_newlines(text: str) -> str:
    # Browsers send textarea content with CRLF; offsets must match what the page shows.
    return (text or "").replace("\r\n", "\n").replace("\r", "\n")


def parse_date(value: Any, field: str) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValueError(f"{field} 不是有效日期（应为 YYYY-MM-DD）：{value}") from None


def item_from_mapping(data: Mapping[str, Any], source: str) -> Item:
    """Build an Item from API/form data; raises ValueError with a Chinese message."""
    if not isinstance(data, Mapping):
        raise ValueError("每条信息应为 JSON 对象。")
    title, body = data.get("title"), data.get("body")
    if not isinstance(title, str) or not isinstance(body, str):
        raise ValueError("缺少 title 或 body（均应为字符串）。")
    from ..readers.records import empty_text  # the same rule as a JSONL/CSV record or a .txt file

    problem = empty_text(title, body)
    if problem:
        raise ValueError(f"{problem}。")
    opt = {}
    for key in ("id", "unit", "source"):
        if data.get(key) is not None:
            opt[key] = str(data[key])
    return Item(
        title=normalise_newlines(title).strip(),
        body=normalise_newlines(body).strip("\n"),
        id=opt.get("id"),
        unit=opt.get("unit"),
        event_date=parse_date(data.get("event_date"), "event_date"),
        submitted=parse_date(data.get("submitted"), "submitted"),
        source=opt.get("source", source),
    )


def check(item: Item, config) -> ItemResult:
    """Every web path (pre-check, submit, API) checks here, with the same reference date as
    ``xinxi-qc check`` and ``batch``: today, taken per request (a server runs for days), unless the
    app's ``CHECK_TODAY`` fixes one."""
    from ..collector import collector_paused
    from ..engine import check_item

    if hasattr(config, "dated"):
        config = config.dated(reference_date())
    with collector_paused():
        return check_item(item, config)


def reference_date() -> date | None:
    from flask import current_app, has_app_context

    value = current_app.config.get("CHECK_TODAY") if has_app_context() else None
    return parse_date(value, "CHECK_TODAY") if value else None


def read_upload(data: bytes, filename: str) -> Item | InputError:
    """Read one uploaded .txt/.docx into an Item through the core readers."""
    from .. import readers

    name = filename or "upload"
    ext = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if ext not in UPLOAD_TYPES:
        return InputError(name, "只能上传 .txt 或 .docx 文件。")
    if ext == ".docx" and not data.startswith(b"PK"):
        return InputError(name, "不是有效的 .docx 文件。")
    if not data.strip():
        return InputError(name, "文件是空的。")
    results = list(readers.read_bytes(data, name))
    for r in results:
        if isinstance(r, Item):
            return r
    errors = [r for r in results if isinstance(r, InputError)]
    return errors[0] if errors else InputError(name, "文件中没有找到信息正文。")


@dataclass(frozen=True)
class FindingView:
    number: int
    rule: str
    severity: str
    field: str
    start: int
    end: int
    message: str
    suggestion: str
    excerpt: str
    inline: bool


@dataclass(frozen=True)
class ResultView:
    """What the pre-check page shows: findings numbered for cross-links, fields cut into segments."""

    title_segments: list[Segment]
    body_segments: list[Segment]
    findings: list[FindingView]
    score: int
    grade: str
    type_label: str
    type_confidence: float
    deductions: list[dict]
    # {"label", "zh", "reasons"} from the JSON contract; None for results stored before verdicts.
    verdict: dict | None = None
    # A long draft (see ``LARGE_TEXT_BYTES``): the text is not highlighted, only the first
    # ``findings`` of ``findings_total`` are listed, ``rule_counts`` (rule id → n) sums up all.
    text_shown: bool = True
    findings_total: int | None = None
    rule_counts: list[tuple[str, int]] | None = None

    def tooltip(self, numbers) -> str:
        """Plain-text hover text for a highlighted piece (escaped by the template)."""
        wanted = set(numbers)
        lines = []
        for f in self.findings:
            if f.number in wanted:
                line = f"[{f.number}] {f.message}"
                if f.suggestion:
                    line += f" 建议：{f.suggestion}"
                lines.append(line)
        return "\n".join(lines)


# Over this much text (UTF-8 bytes of title and body) the pre-check page does not highlight the
# text and lists only the first LARGE_LIST_LIMIT findings: a 1.6 MB draft had 35,000 findings,
# and marking them all took 27 s and made a 27 MB page. The check itself is whole (score, grade,
# verdict, counts), and 检查并下载批注稿 gives every finding as a Word comment.
LARGE_TEXT_BYTES = 200 * 1024
LARGE_LIST_LIMIT = 200


def is_large(item: Item, limit: int = LARGE_TEXT_BYTES) -> bool:
    return len((item.title or "").encode("utf-8")) + len((item.body or "").encode("utf-8")) > limit


def result_view(item: Item, result_dict: Mapping[str, Any], *, large_limit: int | None = None) -> ResultView:
    """Works on the JSON-contract dict so stored results (workflow versions) render the same way.
    With ``large_limit`` (bytes), a longer text is shown without highlights and with only the
    first ``LARGE_LIST_LIMIT`` findings (the most severe first), plus the count per rule."""
    if large_limit is not None and is_large(item, large_limit):
        return _large_view(item, result_dict)
    raw = list(result_dict.get("findings") or [])
    order = sorted(range(len(raw)), key=lambda i: (
        -Severity.parse(raw[i].get("severity", "info")).rank,
        0 if raw[i].get("field") == "title" else 1, raw[i].get("start", 0)))
    views: list[FindingView] = []
    for number, i in enumerate(order, start=1):
        f = raw[i]
        field = f.get("field", "body")
        text = item.title if field == "title" else item.body
        start, end = int(f.get("start") or 0), int(f.get("end") or 0)
        inline = end > start and not is_whole_field(start, end, text)
        views.append(FindingView(number, f.get("rule", ""), f.get("severity", "info"), field, start, end,
                                 f.get("message", ""), f.get("suggestion", ""), f.get("excerpt", ""),
                                 inline))
    spans = {fld: [Span(v.number, v.start, v.end, v.severity) for v in views
                   if v.inline and v.field == fld] for fld in ("title", "body")}
    typ = result_dict.get("type") or {}
    return ResultView(
        title_segments=segments(item.title, spans["title"]),
        body_segments=segments(item.body, spans["body"]),
        findings=views,
        score=int(result_dict.get("score") or 0),
        grade=str(result_dict.get("grade") or ""),
        type_label=str(typ.get("label") or ""),
        type_confidence=float(typ.get("confidence") or 0.0),
        deductions=list(result_dict.get("deductions") or []),
        verdict=result_dict.get("verdict") or None,
    )


def _large_view(item: Item, result_dict: Mapping[str, Any]) -> ResultView:
    raw = list(result_dict.get("findings") or [])
    order = sorted(range(len(raw)), key=lambda i: (
        -Severity.parse(raw[i].get("severity", "info")).rank,
        0 if raw[i].get("field") == "title" else 1, raw[i].get("start", 0)))
    views = []
    for number, i in enumerate(order[:LARGE_LIST_LIMIT], start=1):
        f = raw[i]
        field = f.get("field", "body")
        text = item.title if field == "title" else item.body
        start, end = int(f.get("start") or 0), int(f.get("end") or 0)
        views.append(FindingView(number, f.get("rule", ""), f.get("severity", "info"), field, start, end,
                                 f.get("message", ""), f.get("suggestion", ""), f.get("excerpt", ""),
                                 end > start and not is_whole_field(start, end, text)))
    counts: dict[str, int] = {}
    for f in raw:
        counts[f.get("rule", "")] = counts.get(f.get("rule", ""), 0) + 1
    typ = result_dict.get("type") or {}
    return ResultView(
        title_segments=[], body_segments=[], findings=views,
        score=int(result_dict.get("score") or 0), grade=str(result_dict.get("grade") or ""),
        type_label=str(typ.get("label") or ""), type_confidence=float(typ.get("confidence") or 0.0),
        deductions=list(result_dict.get("deductions") or []), verdict=result_dict.get("verdict") or None,
        text_shown=False, findings_total=len(raw),
        rule_counts=sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])),
    )
