"""``check --annotate``: which annotated copies to write, and writing them after the report."""
from __future__ import annotations

from pathlib import Path

import click

from .common import fail

RECORD_SUFFIXES = (".jsonl", ".csv")


def check_request(inputs, out: str | None) -> None:
    """Stop (exit 2, one Chinese line) before checking when ``--annotate`` cannot apply."""
    from ..output.annotated_files import same_file, written_by_us

    for raw in inputs:
        if raw == "-":
            fail("--annotate 只适用于文件（.docx .txt .md），不适用于标准输入")
        if Path(raw).suffix.lower() in RECORD_SUFFIXES:
            fail(f"--annotate 只适用于单篇文件（.docx .txt .md），不适用于 {Path(raw).suffix} 记录文件：{raw}")
    if out is None or out == "":
        return
    if len(inputs) > 1 or Path(inputs[0]).is_dir():
        fail("检查多篇时 --annotate 不能指定输出文件；不带文件名使用，批注稿写在各篇原文旁（*.批注.docx）")
    if Path(out).suffix.lower() != ".docx":
        fail(f"批注稿应为 .docx 文件：{out}")
    if same_file(Path(out), Path(inputs[0])):
        fail(f"批注稿不能覆盖原文：{out}")
    if Path(out).exists() and not written_by_us(Path(out)):
        fail(f"{out} 已存在且不是 xinxi-qc 写的批注稿，未覆盖；请换一个输出文件名")


def write_all(results, out: str | None) -> bool:
    """Write an annotated copy of each result read from a document file; True when all were written."""
    from ..output.annotated_files import annotatable, write_annotated
    from ..output.docx_annotate import AnnotateError, annotated_name

    ok, records = True, []
    for result in results:
        source = result.item.source
        if not annotatable(source):
            records.append(source)
            continue
        target = Path(out) if out else annotated_name(source)
        try:
            count = write_annotated(Path(source), target, result)
        except AnnotateError as exc:
            click.echo(f"xinxi-qc: {source}: {exc}", err=True)
            ok = False
            continue
        click.echo(f"xinxi-qc: 批注稿已写入 {target}（{count} 条批注）", err=True)
    if records:
        click.echo(f"xinxi-qc: 警告：{len(records)} 条信息不是来自单篇文件（JSONL/CSV 记录），未写批注稿"
                   f"（第一条 {records[0]}）", err=True)
    return ok
