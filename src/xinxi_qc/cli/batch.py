"""`xinxi-qc batch`: check archived corpora in parallel, resumably, and write reports."""
from __future__ import annotations

import sys

import click

from .check import _parse_day
from .common import config_option, fail


def register(group: click.Group) -> None:
    group.add_command(batch)


@click.command("batch")
@click.argument("archives", nargs=-1, required=True)
@click.option("--out", "out", required=True, type=click.Path(file_okay=False), help="报告输出目录")
@click.option("--workers", type=click.IntRange(min=1), default=None, help="工作进程数（默认：全部CPU核）")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True)
@click.option("--scheduler", default=None, help="Dask 调度器地址（如 tcp://10.0.0.5:8786）；不填则启动本地集群")
@config_option
@click.option("--chunk-size", type=click.IntRange(min=1), default=32, show_default=True, help="每个任务的条目数")
@click.option("--near-dup", type=click.Choice(["auto", "crossdoc", "fast", "off"]), default="auto", show_default=True,
              help="跨条目比对：crossdoc（逐句比对，与 check 一样把照抄照转、重复报送计入各条的问题、得分和"
                   "处理意见，聚类与 dedup 命令一致）、fast（整篇 MinHash 聚类，适合超大归档，不计入各条结果）、"
                   "off；auto：2 万条以内用 crossdoc，否则 fast")
@click.option("--no-unit-from-folder", is_flag=True,
              help="不要把 ARCHIVE 下第一级文件夹名当作未注明单位的稿件的单位")
@click.option("--no-cache", is_flag=True, help="不读写续跑缓存（cache.sqlite）")
@click.option("--no-progress", is_flag=True, help="不显示进度条")
@click.option("--today", callback=_parse_day, metavar="DATE", help="未写报送日期的信息按此日期报送（默认今天，与 check 相同）")
@click.option("--annotate", "annotate", type=click.Path(file_okay=False), metavar="DIR",
              help="把每篇 .docx/.txt/.md 的问题作为 Word 批注写进副本，按原目录结构存入 DIR（原名.批注.docx）")
def batch(archives, out, workers, engine, scheduler, config_path, chunk_size, near_dup, no_unit_from_folder, no_cache,
          no_progress, today, annotate):
    """批量检查归档信息（目录、.txt/.md/.docx、JSONL/CSV），输出明细表与图表报告。

    中断后以同一命令重新运行即可续跑：已检查过的条目从缓存读取。
    """
    from pathlib import Path

    from xinxi_qc.batch.runner import BatchError, BatchOptions, run_batch

    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler 只能与 --engine dask 一起使用")
    opts = BatchOptions(
        paths=list(archives),
        out=Path(out),
        config_path=config_path,
        workers=workers,
        engine=engine,
        scheduler=scheduler,
        chunk_size=chunk_size,
        use_cache=not no_cache,
        progress=not no_progress,
        near_dup=near_dup,
        units_from_folders=not no_unit_from_folder,
        today=today,
        annotate=Path(annotate) if annotate else None,
    )
    try:
        summary = run_batch(opts)
    except BatchError as exc:
        fail(str(exc))
    except KeyboardInterrupt:  # during start-up or the report phase; the checking loop handles its own
        fail("已中断；检查结果已缓存，用同一命令重新运行即可续跑。", code=130)
    for problem in summary.warnings:
        click.echo(f"xinxi-qc: 警告：{problem}", err=True)
    if summary.interrupted:
        click.echo(f"xinxi-qc: 已中断：已完成 {summary.items} 条，结果已缓存；用同一命令重新运行即可续跑。", err=True)
        sys.exit(130)
    click.echo(
        f"完成：{summary.items} 条（新检查 {summary.checked}，缓存命中 {summary.cache_hits}），"
        f"读取失败 {summary.input_errors}，检查失败 {summary.check_errors}，"
        f"近似重复 {summary.clusters} 组（{summary.near_dup}）；"
        f"{summary.rate:,.0f} 条/秒，{summary.engine} 引擎 {summary.workers} 个工作进程。报告：{summary.out}",
        err=True,
    )
    if annotate:
        click.echo(f"批注稿：{summary.annotated} 篇，写在 {annotate}", err=True)
    if summary.items == 0 and summary.input_errors + summary.check_errors:
        fail(f"没有可检查的条目，问题见 {summary.out / 'errors.csv'}", code=1)
