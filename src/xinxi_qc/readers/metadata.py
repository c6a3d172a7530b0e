"""Submission metadata: the lines offices put above and below an item (masthead with 期数, 报送单位,
撰稿, 审核, 签发, 联系人/联系电话, 抄送). They describe the item, they are not part of it, so readers
take them out of the body and keep them as fields.

Pure functions over lists of lines; the label words and masthead patterns are data
(``corpus/lexicons/submission_labels.txt``). A line counts only when it is clearly a label line
(it starts with a label and is made of ``label：short value`` pairs) or a masthead, and only at
the top or bottom edge of the text: a body sentence that mentions 审核 or 联系电话 stays body.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

from ..analysis.lexicons import read_list
from ..model import SUBMISSION_META
from ..resources import data_dir

LABEL_FILE = "submission_labels.txt"
# Item.meta keys a reader may fill (``unit`` goes to Item.unit instead); JSON shows only these.
FIELDS = SUBMISSION_META
MAX_VALUE = 40
MAX_LIST_VALUE = 120  # 抄送 lists many offices
_SEPARATORS = " \t　；;，,、|｜/"
_SEP_LINE = re.compile(r"^[\s　\-—_=＝━─*·.…~～]{3,}$")
_BRACKETS = {"（": "）", "(": ")", "【": "】", "[": "]", "〔": "〕"}
_SENTENCE_END = re.compile(r"[。！？!?]")
_MASTHEAD_KINDS = ("issue", "date", "bulletin", "editor")


@dataclass(frozen=True)
class Labels:
    kinds: dict[str, str]                 # label word → field
    label_pattern: re.Pattern
    masthead: dict[str, tuple[re.Pattern, ...]]  # issue / bulletin / editor / date token patterns
    never: tuple[str, ...]

    @classmethod
    def of(cls, entries: Iterable[str], kinds: dict[str, str]) -> "Labels":
        words: dict[str, str] = {}
        masthead: dict[str, list[re.Pattern]] = {k: [] for k in _MASTHEAD_KINDS}
        never = []
        for entry in entries:
            kind = kinds.get(entry, "")
            if kind.startswith("masthead:"):
                masthead.setdefault(kind.split(":", 1)[1], []).append(re.compile(entry))
            elif kind == "never":
                never.append(entry)
            elif kind:
                words[entry] = kind
        ordered = sorted(words, key=len, reverse=True)
        pattern = re.compile(r"(%s)[ \t　]*[:：]" % "|".join(map(re.escape, ordered))) if ordered else re.compile(r"(?!)")
        return cls(words, pattern, {k: tuple(v) for k, v in masthead.items()}, tuple(never))


@lru_cache(maxsize=4)
def load_labels(path: Path | None = None) -> Labels:
    entries, kinds = read_list(path or data_dir("lexicons") / LABEL_FILE)
    return Labels.of(entries, kinds)


def _clean(line: str) -> str:
    s = line.strip().replace("**", "").replace("__", "").strip()
    if len(s) >= 2 and _BRACKETS.get(s[0]) == s[-1]:
        s = s[1:-1].strip()
    return s


def label_fields(line: str, labels: Labels | None = None) -> dict[str, str] | None:
    """The fields of a label line (``撰稿：张三  审核：李四``), or None if the line is not one."""
    labels = labels or load_labels()
    s = _clean(line)
    if not s or any(word in s for word in labels.never):
        return None
    marks = []
    for m in labels.label_pattern.finditer(s):
        # A one-character label (报：, 送：) must start the line or follow a separator.
        if len(m.group(1)) == 1 and m.start() > 0 and s[m.start() - 1] not in _SEPARATORS:
            continue
        marks.append(m)
    if not marks or marks[0].start() != 0:
        return None
    fields: dict[str, str] = {}
    for i, m in enumerate(marks):
        value_end = marks[i + 1].start() if i + 1 < len(marks) else len(s)
        value = re.sub(r"[ \t　]+", " ", s[m.end():value_end].strip(_SEPARATORS))
        field = labels.kinds[m.group(1)]
        if len(value) > (MAX_LIST_VALUE if field == "cc" else MAX_VALUE) or _SENTENCE_END.search(value):
            return None
        if value:
            fields[field] = f"{fields[field]}，{value}" if fields.get(field) else value
    return fields


def masthead_kind(line: str, labels: Labels | None = None) -> str | None:
    """``"masthead"`` for an issue line (第12期, or an editor and a date), ``"bulletin"`` for a bulletin
    name or editor alone, ``"date"`` for a bare date; None otherwise."""
    labels = labels or load_labels()
    s = _clean(line)
    if not s or any(word in s for word in labels.never):
        return None
    s = re.sub(r"(?<=第)[ 　]+|[ 　]+(?=期)|(?<=[0-9０-９])[ 　]+(?=[年月日期号])|(?<=[年月])[ 　]+(?=[0-9０-９])", "", s)
    seen = set()
    pos = 0
    while True:
        while pos < len(s) and (s[pos].isspace() or s[pos] in "|｜-—_·"):
            pos += 1
        if pos >= len(s):
            break
        # Parts may run together (第12期（总第345期）): take the first kind, in order, that matches here.
        for kind in _MASTHEAD_KINDS:
            m = next((m for m in (p.match(s, pos) for p in labels.masthead.get(kind, ())) if m and m.end() > pos), None)
            if m:
                seen.add(kind)
                pos = m.end()
                break
        else:
            return None
    if "issue" in seen or {"editor", "date"} <= seen:
        return "masthead"
    if seen == {"date"}:
        return "date"
    if seen and seen <= {"bulletin", "editor"}:
        return "bulletin"
    return None


def _issue_token(line: str, labels: Labels) -> str | None:
    for p in labels.masthead.get("issue", ()):
        m = re.search(p.pattern.lstrip("^").rstrip("$"), re.sub(r"[ 　]+", "", line))
        if m:
            return m.group(0)
    return None


_UNIT_SIGNATURE = re.compile(r"^[^\s，。；：！？、,.;:!?]{2,30}(局|办|办公室|委员会|委|中心|政府|人民政府|街道|街道办事处|"
                             r"镇|乡|公司|院|所|站|队|部|厅|处|科|会|馆)$")


@dataclass
class Block:
    """What a scan of one edge found: where the remaining text starts (or ends) and the fields."""

    index: int
    fields: dict[str, str]


def _add(fields: dict[str, str], new: dict[str, str]) -> None:
    for key, value in new.items():
        if value and value not in (fields.get(key) or "").split("，"):
            fields[key] = f"{fields[key]}，{value}" if fields.get(key) else value


def _masthead_fields(lines: Sequence[str], labels: Labels) -> dict[str, str]:
    out = {"masthead": " ".join(re.sub(r"[ \t　]+", " ", _clean(l)) for l in lines)}
    issue = next((t for t in (_issue_token(l, labels) for l in lines) if t), None)
    if issue:
        out["issue"] = issue
    return out


def top(lines: Sequence[str], start: int = 0, labels: Labels | None = None) -> Block:
    """Skip the metadata at the top of ``lines[start:]``: blank and rule lines, label lines,
    masthead lines (a bulletin name or bare editor only when an issue line is in the same block).
    ``index`` is the first line that is none of these."""
    labels = labels or load_labels()
    kinds: list[tuple[str, dict[str, str] | None]] = []
    i = start
    while i < len(lines):
        line = lines[i]
        if not line.strip() or _SEP_LINE.match(line):
            kinds.append(("skip", None))
        elif (fields := label_fields(line, labels)) is not None:
            kinds.append(("label", fields))
        elif (kind := masthead_kind(line, labels)) is not None:
            kinds.append((kind, None))
        else:
            break
        i += 1
    strong = any(k == "masthead" for k, _ in kinds)
    if not strong:
        # Without an issue line a bulletin-looking line is the title: stop there.
        first_weak = next((n for n, (k, _) in enumerate(kinds) if k == "bulletin"), None)
        if first_weak is not None:
            kinds = kinds[:first_weak]
            i = start + first_weak
    fields: dict[str, str] = {}
    masthead_lines = []
    for n, (kind, found) in enumerate(kinds):
        if kind == "label":
            _add(fields, found)
        elif kind in ("masthead", "bulletin"):
            masthead_lines.append(lines[start + n])
        elif kind == "date":
            _add(fields, {"date": _clean(lines[start + n])})
    if masthead_lines:
        _add(fields, _masthead_fields(masthead_lines, labels))
    return Block(i, fields)


def bottom(lines: Sequence[str], stop: int = 0, labels: Labels | None = None) -> Block:
    """Skip the metadata at the bottom of ``lines[stop:]``, scanning upwards; ``index`` is one past
    the last line that stays. A unit name alone on a line (the signature) counts when metadata
    lines follow it."""
    labels = labels or load_labels()
    fields: dict[str, str] = {}
    masthead_lines = []
    found_any = False
    i = len(lines)
    while i > stop:
        line = lines[i - 1]
        if not line.strip() or _SEP_LINE.match(line):
            pass
        elif (found := label_fields(line, labels)) is not None:
            _add(fields, found)
            found_any = True
        elif (kind := masthead_kind(line, labels)) in ("masthead", "date"):
            if kind == "date":
                _add(fields, {"date": _clean(line)})
            else:
                masthead_lines.append(line)
            found_any = True
        elif found_any and _UNIT_SIGNATURE.match(_clean(line)) and not any(w in line for w in labels.never):
            _add(fields, {"signature": _clean(line)})
        else:
            break
        i -= 1
    if masthead_lines:
        _add(fields, _masthead_fields(masthead_lines[::-1], labels))
    return Block(i, fields)


def table_fields(rows: Iterable[Sequence[str]], labels: Labels | None = None) -> dict[str, str]:
    """Fields from a table of cells: ``撰稿 | 张三 | 审核 | 李四`` (label and value in separate cells)
    or cells that are label lines themselves. Only a table that names a writer, reviewer, signer,
    unit or issue counts, so a body table listing hotlines is not read as metadata."""
    labels = labels or load_labels()
    fields: dict[str, str] = {}
    for row in rows:
        cells = [_clean(c) for c in row]
        n = 0
        while n < len(cells):
            cell = cells[n].rstrip(":：").strip()
            if cell in labels.kinds and n + 1 < len(cells) and cells[n + 1] and cells[n + 1].rstrip(":：").strip() not in labels.kinds:
                value = cells[n + 1]
                if len(value) <= MAX_LIST_VALUE and not _SENTENCE_END.search(value):
                    _add(fields, {labels.kinds[cell]: value})
                n += 2
                continue
            for line in cells[n].splitlines():
                found = label_fields(line, labels)
                if found:
                    _add(fields, found)
            n += 1
    if not set(fields) & {"writer", "reviewer", "signer", "unit", "issue"}:
        return {}
    return fields


def loose_fields(lines: Iterable[str], labels: Labels | None = None) -> dict[str, str]:
    """Fields from lines that are outside the body by construction (Word headers and footers, text
    above a Markdown heading): every label or masthead line counts, other lines are ignored."""
    labels = labels or load_labels()
    fields: dict[str, str] = {}
    masthead_lines = []
    for line in lines:
        found = label_fields(line, labels)
        if found:
            _add(fields, found)
        elif masthead_kind(line, labels) == "masthead":
            masthead_lines.append(line)
        elif masthead_kind(line, labels) == "date":
            _add(fields, {"date": _clean(line)})
    if masthead_lines:
        _add(fields, _masthead_fields(masthead_lines, labels))
    return fields


def merge(*blocks: dict[str, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for block in blocks:
        _add(out, block)
    return out


def split_unit(fields: dict[str, str]) -> tuple[str | None, dict[str, str]]:
    """The submitting unit (报送单位, else a signature line) and the meta fields."""
    meta = {k: v for k, v in fields.items() if k in FIELDS and v}
    unit = fields.get("unit") or fields.get("signature")
    return (unit or None), meta
