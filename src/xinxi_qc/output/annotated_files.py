"""Writing annotated copies to disk (the CLI's ``check --annotate`` and ``batch --annotate``).

``docx_annotate`` turns bytes into bytes; this module reads the checked file, writes the copy and
refuses to overwrite anything that is not an earlier annotated copy: never the original, never a
document that xinxi-qc did not write.
"""
from __future__ import annotations

import io
import os
import re
import zipfile
from datetime import datetime
from pathlib import Path

from ..model import ItemResult
from .docx_annotate import AUTHOR, AnnotateError, annotate

ANNOTATABLE = (".docx", ".txt", ".md")


def annotatable(source: str | None) -> bool:
    """Whether the item came from a single document file (not a JSONL/CSV record or stdin)."""
    return bool(source) and Path(source).suffix.lower() in ANNOTATABLE and Path(source).is_file()


def same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def written_by_us(path: Path) -> bool:
    """An existing .docx whose comments are all xinxi-qc's: an earlier annotated copy."""
    try:
        with zipfile.ZipFile(path) as package:
            comments = package.read("word/comments.xml").decode("utf-8", "replace")
    except (OSError, KeyError, zipfile.BadZipFile, ValueError):
        return False
    authors = set(_authors(comments))
    return authors == {AUTHOR}


def _authors(xml: str) -> list[str]:
    return re.findall(r'w:author="([^"]*)"', xml)


def write_annotated(source: Path, target: Path, result: ItemResult, when: datetime | None = None) -> int:
    """Annotate ``source`` (checked as ``result``) into ``target``; the number of comments written.
    AnnotateError (Chinese) when it cannot, with nothing written."""
    if same_file(source, target):
        raise AnnotateError(f"批注稿不能覆盖原文：{target}")
    if target.exists() and not written_by_us(target):
        raise AnnotateError(f"{target} 已存在且不是 xinxi-qc 写的批注稿，未覆盖；请换一个输出文件名")
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise AnnotateError(f"{source}: 无法读取：{exc.strerror or exc}") from None
    out = annotate(data, source.name, result, when)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f".{target.name}.tmp")
        temporary.write_bytes(out)
        os.replace(temporary, target)
    except OSError as exc:
        raise AnnotateError(f"{target}: 无法写入：{exc.strerror or exc}") from None
    return _our_comments(out) - (_our_comments(data) if source.suffix.lower() == ".docx" else 0)


def _our_comments(docx_bytes: bytes) -> int:
    try:
        with zipfile.ZipFile(io.BytesIO(docx_bytes)) as package:
            return _authors(package.read("word/comments.xml").decode("utf-8", "replace")).count(AUTHOR)
    except (KeyError, zipfile.BadZipFile, OSError, ValueError):
        return 0
