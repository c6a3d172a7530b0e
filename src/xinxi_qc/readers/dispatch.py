"""Choose a reader by file suffix and walk the inputs a user names."""
from __future__ import annotations

import csv
import errno
import io
import os
import re
import sys
from pathlib import Path
from typing import Iterable, Iterator

from ..model import InputError, Item
from . import jsontext
from .decode import DecodeError, decode, is_blank, utf16_codec
from .documents import DocxError, item_from_docx, item_from_markdown, item_from_text
from .records import item_from_record

SUFFIXES = (".txt", ".md", ".docx", ".jsonl", ".csv")
MAX_DOCUMENT_BYTES = 5 * 1024 * 1024
MAX_RECORD_BYTES = 2 * 1024 * 1024
MAX_CSV_FIELD = MAX_RECORD_BYTES  # characters in one CSV field
MAX_STDIN_BYTES = 64 * 1024 * 1024

Result = Item | InputError


def read_bytes(data: bytes, name: str) -> list[Result]:
    """Items in ``data`` read as the file ``name`` (its suffix picks the format; unknown → .txt)."""
    suffix = Path(name).suffix.lower()
    if suffix in (".jsonl", ".csv"):
        return list(_records(io.BytesIO(data), name, suffix))
    return [_document(data, name, suffix)]


def display_name(name: str) -> str:
    """A file name fit for ids, tables and one-line messages: bytes the file system gave that are
    not UTF-8 (surrogate escapes) become U+FFFD, control characters (newline, ESC) become ``\\xNN``."""
    try:
        name = name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        name = name.encode("utf-8", "replace").decode("utf-8")
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", name)


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")

# What an OSError means, in the words users read in every other message.
_OS_REASONS = {
    errno.EACCES: "没有权限", errno.EPERM: "没有权限", errno.ENOENT: "不存在",
    errno.ENOTDIR: "路径中有一段不是目录", errno.EISDIR: "是目录", errno.ENAMETOOLONG: "文件名过长",
    errno.ELOOP: "符号链接循环", errno.ENOSPC: "磁盘已满", errno.EDQUOT: "超出磁盘配额",
    errno.EROFS: "文件系统只读", errno.EIO: "输入输出错误（磁盘或网络存储故障）",
    errno.EMFILE: "打开的文件过多", errno.ENFILE: "打开的文件过多", errno.EFBIG: "文件过大",
}


def os_reason(exc: OSError) -> str:
    """A Chinese reason for ``exc`` (an OSError's English ``strerror`` otherwise)."""
    return _OS_REASONS.get(exc.errno) or exc.strerror or type(exc).__name__


def read_path(path: str | Path) -> Iterator[Result]:
    path = Path(path)
    name = display_name(str(path))
    suffix = path.suffix.lower()
    try:
        if suffix in (".jsonl", ".csv"):
            with path.open("rb") as handle:
                yield from _records(handle, name, suffix)
            return
        size = path.stat().st_size
        if size > MAX_DOCUMENT_BYTES:
            yield InputError(name, f"文件过大（{size / 1048576:.1f} MB，单篇上限 {MAX_DOCUMENT_BYTES // 1048576} MB）")
            return
        yield _document(path.read_bytes(), name, suffix)
    except FileNotFoundError:
        yield InputError(name, "文件不存在")
    except IsADirectoryError:
        yield InputError(name, "是目录")
    except PermissionError:
        yield InputError(name, "没有读取权限")
    except OSError as exc:
        yield InputError(name, f"无法读取：{os_reason(exc)}")


def iter_inputs(paths: Iterable[str], stdin: bytes | None = None) -> Iterator[Result]:
    """Every item in the named files, directories (recursed, known suffixes only) and ``-`` (stdin)."""
    for raw in paths:
        if raw == "-":
            data = stdin if stdin is not None else sys.stdin.buffer.read(MAX_STDIN_BYTES + 1)
            if len(data) > MAX_STDIN_BYTES:
                yield InputError("<stdin>", f"标准输入过大（上限 {MAX_STDIN_BYTES // 1048576} MB），"
                                            "大量信息请写入文件后用 batch 检查")
                continue
            yield from read_bytes(data, "<stdin>.jsonl" if data.lstrip()[:1] == b"{" else "<stdin>")
            continue
        path = Path(raw)
        try:
            is_dir, exists = path.is_dir(), path.exists()
        except OSError as exc:  # e.g. a parent directory without search permission
            reason = "没有权限进入它所在的目录" if exc.errno in (errno.EACCES, errno.EPERM) else os_reason(exc)
            yield InputError(display_name(raw), f"无法访问：{reason}")
            continue
        if is_dir:
            files, unreadable = _walk(path)
            for directory, exc in unreadable:  # never skipped silently
                yield InputError(display_name(directory), f"无法读取目录：{os_reason(exc)}")
            if not files and not unreadable:
                yield InputError(display_name(raw), f"目录里没有可检查的文件（{' '.join(SUFFIXES)}）")
            for file in files:
                yield from read_path(file)
        elif not exists:
            yield InputError(display_name(raw), "文件不存在")
        else:
            yield from read_path(path)


def _walk(root: Path) -> tuple[list[Path], list[tuple[str, OSError]]]:
    """Files with a known suffix under ``root`` (sorted; hidden files and folders left out, links to
    directories not followed) and the directories that could not be listed."""
    unreadable: list[tuple[str, OSError]] = []
    files = []
    for folder, dirs, names in os.walk(root, onerror=lambda exc: unreadable.append((exc.filename or str(root), exc))):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        files += [Path(folder, n) for n in names if not n.startswith(".") and Path(n).suffix.lower() in SUFFIXES]
    return sorted(f for f in files if f.is_file()), sorted(unreadable, key=lambda e: e[0])


def _document(data: bytes, name: str, suffix: str) -> Result:
    if suffix == ".docx":
        try:
            return item_from_docx(data, name)
        except DocxError as exc:
            return InputError(name, str(exc))
    try:
        text, encoding = decode(data)
    except DecodeError as exc:
        return InputError(name, str(exc))
    item = item_from_markdown(text, name) if suffix == ".md" else item_from_text(text, name)
    if is_blank(item.title) and is_blank(item.body):
        return InputError(name, "文件是空的（只有空白字符）")
    if is_blank(item.body):
        return InputError(name, "只有标题，没有正文")
    return item


def _records(handle, name: str, suffix: str) -> Iterator[Result]:
    if suffix == ".csv":
        yield from _csv_records(handle, name)
        return
    lines = handle
    head = handle.read(4096)
    # UTF-16 (with a BOM, or without one: see decode.utf16_codec): lines only after decoding
    if head[:2] in (b"\xff\xfe", b"\xfe\xff") or (b"\x00" in head and utf16_codec(head)):
        handle.seek(0)
        try:
            text, _ = decode(handle.read())
        except DecodeError as exc:
            yield InputError(name, str(exc))
            return
        lines = [line.encode("utf-8") + b"\n" for line in text.split("\n")]
    else:
        handle.seek(0)
    for number, raw in enumerate(lines, 1):
        source = f"{name}:{number}"
        if not raw.strip() or is_blank(raw.decode("utf-8", "replace")):
            continue
        if len(raw) > MAX_RECORD_BYTES:
            yield InputError(source, f"这一行过大（{len(raw) // 1024} KB）")
            continue
        try:
            text, _ = decode(raw)
            record = jsontext.loads(text)
        except (DecodeError, jsontext.JSONInputError) as exc:
            yield InputError(source, str(exc))
            continue
        yield item_from_record(record, source)


def _csv_records(handle, name: str) -> Iterator[Result]:
    data = handle.read()
    try:
        text, _ = decode(data)
    except DecodeError as exc:
        yield InputError(name, str(exc))
        return
    # The csv module's default field limit (131,072 characters) is below what one body may hold.
    if csv.field_size_limit() < MAX_CSV_FIELD:
        csv.field_size_limit(MAX_CSV_FIELD)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, [])
    except csv.Error as exc:
        yield InputError(f"{name}:1", f"CSV 表头格式错误：{exc}")
        return
    if not {"title", "body"} <= set(header):
        yield InputError(name, "CSV 需要表头，且至少有 title 和 body 两列")
        return
    rows = 0
    while True:
        # Sources name the line a record starts on (a quoted body may span many lines).
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:  # one bad row is one error row; the reader goes on with the next line
            rows += 1
            message = (f"字段过长（单个字段上限 {MAX_CSV_FIELD // 1024} KB）" if "field limit" in str(exc)
                       else f"CSV 格式错误：{exc}")
            yield InputError(f"{name}:{start}", message)
            continue
        if not row:  # a blank line
            continue
        rows += 1
        record = dict(zip(header, row + [None] * (len(header) - len(row))))  # extra cells are dropped
        yield item_from_record(record, f"{name}:{start}")
    if not rows:
        yield InputError(name, "CSV 只有表头，没有数据行")
