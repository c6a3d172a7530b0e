"""Labelled items (the corpus format) read into checker items plus their labels.

Lines are parsed by the project's one JSON reader (``readers.jsontext``), so a line nested
100,000 deep, an integer of thousands of digits or a lone UTF-16 surrogate is a one-line Chinese
reason with its line number, never a traceback or an English codec error later on."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..model import Item
from ..readers import jsontext
from ..readers.decode import is_blank
from ..readers.dispatch import display_name, os_reason


class CorpusError(ValueError):
    pass


@dataclass(frozen=True)
class Labelled:
    item: Item
    type: str | None
    defects: frozenset[str] | None
    grade: int | None
    split: str | None
    field: str | None


def read_labelled(path: Path, problems: list[str] | None = None) -> list[Labelled]:
    """Every line of a corpus-format JSONL.

    Without ``problems`` the first malformed line stops the read (CorpusError naming it: a corpus
    trained on must be whole). With a list, each malformed line adds one Chinese line to it
    ("FILE:N: reason") and is left out; CorpusError only when no line is left."""
    name = display_name(str(path))
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise CorpusError(f"{name}: 无法读取（{os_reason(exc)}）") from None
    out, bad, first = [], 0, ""
    for number, raw in enumerate(data.split(b"\n"), 1):
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            reason = f"不是 UTF-8 编码（第 {exc.start + 1} 个字节）"
        else:
            if is_blank(line):
                continue
            try:
                out.append(_labelled(line, path, number))
                continue
            except CorpusError as exc:
                reason = str(exc)
        message = f"{name}:{number}: 不是有效的语料行（{reason}）"
        if problems is None:
            raise CorpusError(message)
        problems.append(message)
        bad += 1
        first = first or f"{name}:{number}：{reason}"
    if not out:
        raise CorpusError(f"{name}: 没有可用的语料行" + (f"（{bad} 行有误，第一处 {first}）" if bad else ""))
    return out


def _labelled(line: str, path: Path, number: int) -> Labelled:
    try:
        r = jsontext.loads(line)
    except jsontext.JSONInputError as exc:
        raise CorpusError(str(exc)) from None
    if not isinstance(r, dict):
        raise CorpusError("这一行不是 JSON 对象")
    missing = [k for k in ("title", "body") if not isinstance(r.get(k), str)]
    if missing:
        raise CorpusError(f"缺少文本字段 {', '.join(missing)}")
    defects = r.get("defects")
    if defects is not None and not (isinstance(defects, list) and all(isinstance(d, str) for d in defects)):
        raise CorpusError("defects 应为规则 id 的字符串列表")
    grade = r.get("grade")
    if grade is not None and (isinstance(grade, bool) or not isinstance(grade, int)):
        raise CorpusError(f"grade 应为整数：{grade!r}")
    for key in ("type", "split", "field", "unit"):
        if r.get(key) is not None and not isinstance(r[key], str):
            raise CorpusError(f"{key} 应为字符串：{r[key]!r}")
    dates = {}
    for key in ("event_date", "submitted"):
        try:
            dates[key] = date.fromisoformat(r[key]) if r.get(key) else None
        except (TypeError, ValueError):
            raise CorpusError(f"{key} 不是 ISO 日期（应为 2026-10-15）：{r[key]!r}") from None
    item = Item(title=r["title"], body=r["body"], id=str(r.get("id", f"{path.name}:{number}")), unit=r.get("unit"),
                event_date=dates["event_date"], submitted=dates["submitted"], source=f"{path}:{number}")
    return Labelled(item, r.get("type"), frozenset(defects) if defects is not None else None,
                    grade, r.get("split"), r.get("field"))
