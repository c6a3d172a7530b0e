"""``xinxi-qc check`` and ``xinxi-qc rules``."""
from __future__ import annotations

import io
import json
import sqlite3
import sys
from datetime import date

import click

from .common import config_option, fail, load_config_or_fail

FORMATS = ("text", "json", "csv")


def register(group: click.Group) -> None:
    group.add_command(check)
    group.add_command(rules)


def _parse_day(ctx, param, value):
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"应为 ISO 日期，如 2026-10-15：{value!r}") from None


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True, help="输出格式")
@click.option("--min-severity", type=click.Choice(["info", "warning", "error"]), default="warning", show_default=True,
              help="达到此级别的问题使退出码为 1")
@click.option("--against", "against", metavar="ARCHIVE", help="与历史信息库比对，查找照抄照转（目录、JSONL/CSV 或索引文件）")
@click.option("--today", callback=_parse_day, metavar="DATE", help="未写报送日期的信息按此日期报送（默认今天）")
@click.option("--hide-info", is_flag=True, help="文本输出中不显示“提示”级别的问题")
@click.option("--exit-zero", is_flag=True, help="有问题也以 0 退出（安装脚本、只看报告的 CI）；输入错误仍为 2")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="写入文件而不是标准输出")
@click.option("--annotate", "annotate", is_flag=False, flag_value="", default=None, metavar="[OUT.docx]",
              help="把问题作为 Word 批注写进文档副本（默认写在原文旁：原名.批注.docx，不改动原文）；"
                   ".txt/.md 生成新的 .docx")
@config_option
def check(inputs, fmt, min_severity, against, today, hide_info, exit_zero, output, annotate, config_path):
    """检查一篇或多篇信息：.txt .md .docx .jsonl .csv、目录，或 -（标准输入）。

    退出码：0 没有达到 --min-severity 的问题（或给了 --exit-zero）；1 有；2 用法或输入错误。
    """
    from ..batch.threads import one_thread_per_process
    from ..model import Severity
    from . import annotating

    if annotate is not None:
        annotating.check_request(inputs, annotate)
    one_thread_per_process()
    config = load_config_or_fail(config_path).dated(today)
    items, errors = read_inputs(inputs)
    results = check_all(items, config, errors, against, config_path)
    _emit(results, errors, fmt, output, hide_info, config.scoring.grades)
    for error in errors:
        click.echo(f"xinxi-qc: {error.source}: {error.message}", err=True)
    if annotate is not None and not annotating.write_all(results, annotate or None):
        sys.exit(2)
    if errors:
        sys.exit(2)
    threshold = Severity.parse(min_severity)
    sys.exit(1 if not exit_zero and any(r.count_at_least(threshold) for r in results) else 0)


def read_inputs(inputs):
    """(items, input errors) of the inputs, in order."""
    from ..model import InputError
    from ..readers import iter_inputs

    items, errors = [], []
    for entry in iter_inputs(inputs):
        (errors if isinstance(entry, InputError) else items).append(entry)
    return items, errors


def check_all(items, config, errors, against=None, config_path=None):
    """What ``check`` does between reading and printing: the cross-item comparison of all the
    items (and ``against``), then ``check_item`` on each; items whose rules fail go to ``errors``.
    The benchmark times this same path."""
    from ..collector import collector_paused
    from ..engine import RuleFailure, check_each
    from ..model import InputError

    with collector_paused():
        cross = _cross_findings(items, against, config_path)
        checked = check_each(items, config, extra_findings=cross)
    results = []
    for item, result in zip(items, checked):
        if isinstance(result, RuleFailure):
            errors.append(InputError(item.source or str(item.id), str(result)))
        else:
            results.append(result)
    return results


def _cross_findings(items, against, config_path):
    """Boilerplate/duplicate findings across the items and the archive, when that module is present."""
    if not against and len(items) < 2:
        return [()] * len(items)
    try:
        from ..crossdoc import cross_findings
    except ImportError:
        if against:
            fail("本安装不含跨文档比对模块，不能使用 --against")
        return [()] * len(items)
    try:
        if against:
            against = _open_against(against, config_path)
        return cross_findings(items, against, config_path=config_path)
    except (OSError, ValueError) as exc:
        fail(str(exc) if not isinstance(against, str) or against in str(exc) else f"{against}: {exc}")
    except sqlite3.Error as exc:  # a damaged index file (or workflow database) read on demand
        reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        fail(f"{against}: 比对库无法读取（{reason}；文件可能已损坏），请用 xinxi-qc index build 重建")


def _open_against(against: str, config_path):
    """The archive ``--against`` names, read here so that what could not be read is reported: a
    damaged index file, or an archive none of whose entries could be read, stops with exit 2
    instead of comparing against nothing; some unreadable entries are a warning on stderr."""
    from pathlib import Path

    from ..crossdoc.api import open_archive
    from ..crossdoc.params import Params
    from ..crossdoc.settings import read_overrides
    from ..crossdoc.sources import PathSource, is_submissions_db
    from ..crossdoc.store import is_index_file

    path = Path(against)
    if is_index_file(against) or is_submissions_db(against) or not path.exists():
        return against  # loaded (and its errors reported) by cross_findings
    if path.is_file():
        with path.open("rb") as fh:
            sqlite = fh.read(16) == b"SQLite format 3\x00"
        if sqlite or path.suffix.lower() == ".xqidx":
            fail(f"{against}: 不是可用的比对索引文件（可能已损坏或来自不兼容的版本），请用 xinxi-qc index build 重建")
    source = PathSource([against])
    archive = open_archive(source, Params(**read_overrides(config_path)))
    errors = source.errors
    if errors and len(archive) == 0:
        fail(f"{against}: 比对库里没有可读取的信息（{len(errors)} 处读取失败，第一处 {errors[0].source}：{errors[0].message}）")
    if errors:
        click.echo(f"xinxi-qc: 警告：比对库 {against} 中 {len(errors)} 处无法读取，未参与比对"
                   f"（第一处 {errors[0].source}：{errors[0].message}）", err=True)
    return archive


def _emit(results, errors, fmt, output, hide_info, grades=None):
    text = render(results, errors, fmt, hide_info, colour=output is None and sys.stdout.isatty(), grades=grades)
    if output:
        try:
            with open(output, "w", encoding="utf-8", newline="") as handle:
                handle.write(text)
        except OSError as exc:
            fail(f"{output}: 无法写入：{exc.strerror or exc}")
    else:
        sys.stdout.write(text)
        sys.stdout.flush()


def render(results, errors, fmt, hide_info=False, colour=False, grades=None) -> str:
    """The report as ``check`` prints it (``grades``: the bands printed next to each grade)."""
    from ..model import Severity
    from ..output import format_text, json_document, write_csv
    from ..output.json_format import dumps_indented
    from ..output.text_format import format_error

    if fmt == "json":
        text = dumps_indented(json_document(results, errors)) + "\n"   # = json.dumps(…, ensure_ascii=False, indent=2)
    elif fmt == "csv":
        buffer = io.StringIO(newline="")
        write_csv(buffer, results, errors)
        text = buffer.getvalue()
    else:
        style = click.style if colour else (lambda s, **_: s)
        shown = Severity.WARNING if hide_info else Severity.INFO
        blocks = [format_text(r, style, shown, grades) for r in results] + [format_error(e, style) for e in errors]
        text = "\n\n".join(blocks) + "\n"
    return text


@click.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@config_option
def rules(fmt, config_path):
    """列出全部规则：id、默认级别、说明，以及一个会被标出和一个能通过的例子。"""
    from ..rules.names import rule_name_zh

    config = load_config_or_fail(config_path)
    rows = []
    for rule in config.rules:
        setting = config.settings[rule.id]
        rows.append({
            "id": rule.id,
            "name_zh": getattr(rule, "name_zh", "") or rule_name_zh(rule.id),
            "severity": setting.severity.value,
            "enabled": setting.enabled,
            "description": rule.description,
            "flags": {"title": rule.examples.flags[0], "body": rule.examples.flags[1]},
            "passes": {"title": rule.examples.passes[0], "body": rule.examples.passes[1]},
            "options": dict(setting.options),
        })
    if fmt == "json":
        click.echo(json.dumps({"schema": "xinxi-qc/1", "rules": rows}, ensure_ascii=False, indent=2))
        return
    for row in rows:
        state = "" if row["enabled"] else "（已停用）"
        name = f"{row['name_zh']} " if row["name_zh"] else ""
        click.echo(f"{name}{row['id']}  [{row['severity']}]{state}  {row['description']}")
        for key, label in (("flags", "会标出"), ("passes", "能通过")):
            example = row[key]
            body = example["body"] if len(example["body"]) <= 60 else example["body"][:59] + "…"
            click.echo(f"    {label}：《{example['title']}》{body}")
