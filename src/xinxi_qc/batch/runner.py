"""Orchestrates a batch: stream inputs -> cache lookup -> engine -> ordered results -> writers.

Memory stays bounded: inputs are read lazily, at most ``max_inflight`` chunks are out at a time,
rows go straight to disk, aggregates are counters and near-duplicate signatures spill to SQLite.
"""
from __future__ import annotations

import sqlite3
import time
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Callable, TextIO

from xinxi_qc.model import InputError, Item

from . import neardup, worker
from .aggregate import Aggregates
from .cache import CACHE_NAME, NoCache, ResultCache
from .engines import EngineError, make_engine
from .fingerprint import config_fingerprint, item_key
from .progress import Progress
from .settled import SETTLED_NAME, Settled
from .walk import chunked, estimate_total, iter_archive
from .writers import ReportWriters, rule_ids


AUTO_CROSSDOC_LIMIT = 20_000
READ_AHEAD_ITEMS = 4096   # items read ahead of the workers when comparing (--near-dup crossdoc)


class BatchError(Exception):
    """A problem that stops the whole batch before it starts (bad config, engine, output dir)."""


@dataclass
class BatchOptions:
    paths: list[str]
    out: Path
    config_path: str | None = None
    workers: int | None = None
    engine: str = "local"
    scheduler: str | None = None
    chunk_size: int = 32
    use_cache: bool = True
    progress: bool = True
    dask_processes: bool = True
    reports: bool = True  # report.xlsx and report.html
    near_dup: str = "auto"  # auto | crossdoc | fast | off
    units_from_folders: bool = True
    today: date | None = None  # reference date for items without a submission date (default: today)
    annotate: Path | None = None  # write an annotated .docx of every document input under this directory


@dataclass
class BatchSummary:
    out: Path
    engine: str
    workers: int
    items: int = 0
    checked: int = 0
    cache_hits: int = 0
    input_errors: int = 0
    check_errors: int = 0
    clusters: int = 0
    elapsed: float = 0.0
    check_elapsed: float = 0.0  # read, check, compare the items (crossdoc), write rows
    interrupted: bool = False
    warnings: tuple[str, ...] = ()
    near_dup: str = "off"
    compared: int = 0  # items in the cross-item comparison (--near-dup crossdoc)
    annotated: int = 0  # annotated copies written (--annotate)
    aggregates: Aggregates = field(default_factory=Aggregates, repr=False)

    @property
    def rate(self) -> float:
        return self.items / self.elapsed if self.elapsed else 0.0

    @property
    def check_rate(self) -> float:
        return self.items / self.check_elapsed if self.check_elapsed else 0.0


def _resolve_config(path: str | None) -> str | None:
    """An absolute path workers can load, including the implicit ./xinxi-qc.toml."""
    from xinxi_qc.config import CONFIG_NAME

    if path is None:
        implicit = Path.cwd() / CONFIG_NAME
        return str(implicit.resolve()) if implicit.is_file() else None
    if not Path(path).is_file():
        raise BatchError(f"{path}: 配置文件不存在")
    return str(Path(path).resolve())


def _load_config(path: str | None) -> Any:
    from xinxi_qc.config import ConfigError, load_config

    try:
        return load_config(path)
    except ConfigError as exc:
        raise BatchError(str(exc)) from None


def _row(item: Item, record: dict[str, Any], n: int) -> dict[str, Any]:
    defects: dict[str, int] = {}
    severities = {"error": 0, "warning": 0, "info": 0}
    for f in record["findings"]:
        severities[f[1]] = severities.get(f[1], 0) + 1
        if f[1] in ("warning", "error"):
            defects[f[0]] = defects.get(f[0], 0) + 1
    return {
        "id": item.id if item.id is not None else (item.source or f"#{n}"),
        "source": item.source,
        "unit": item.unit,
        "title": item.title,
        "type": record["type"],
        "confidence": record["confidence"],
        "score": record["score"],
        "grade": record["grade"],
        "event_date": item.event_date.isoformat() if item.event_date else None,
        "submitted": item.submitted.isoformat() if item.submitted else None,
        "delay_days": record.get("delay"),
        "errors": severities["error"],
        "warnings": severities["warning"],
        "infos": severities["info"],
        "defects": dict(sorted(defects.items())),
        # 可采用 / 修改后采用 / 退回修改 (records cached before verdicts existed have none)
        "verdict": (record.get("verdict") or {}).get("label", ""),
        "verdict_zh": (record.get("verdict") or {}).get("zh", ""),
        "verdict_reasons": (record.get("verdict") or {}).get("reasons", []),
    }


def _write_reports(out: Path, agg: Aggregates, collector: Any, rules: tuple[str, ...],
                   summary: BatchSummary) -> None:
    """report.xlsx in a child process while this one clusters near-duplicates and renders the HTML."""
    from .report_html import write_html
    from .report_xlsx import XlsxJob

    xlsx = XlsxJob(out, agg, rules)
    rows = None
    try:
        clusters = collector.clusters() if collector is not None else None
        templates = collector.templates() if collector is not None else None   # passages copied by many units
        summary.clusters = len(clusters or ())
        write_html(out / "report.html", agg, clusters, rules, templates)
        if collector is not None:
            neardup.write_clusters_csv(out / "clusters.csv", clusters, templates)
            rows = neardup.cluster_rows(clusters, templates)
    finally:   # the child always gets its answer (no clusters sheet when clustering failed)
        exitcode = xlsx.finish(rows)
    if exitcode != 0:
        raise BatchError(f"写入 {out / 'report.xlsx'} 失败（退出码 {exitcode}）")


def _done(fut: Any) -> bool:
    """Whether a chunk can be settled without waiting (no future: every item was cached)."""
    return fut is None or fut.done()


def _salvage(pending: deque, cache: Any) -> None:
    """On interruption, keep chunks the workers already finished so the rerun skips them."""
    for _block, keys, cached, todo, fut, _positions in pending:
        if fut is None or not fut.done():
            continue
        try:
            records = fut.result()
        except BaseException:  # noqa: BLE001 - a failed chunk is simply re-run next time
            continue
        todo_keys = [k for k in keys if k not in cached]
        cache.put_many((k, r) for k, r in zip(todo_keys, records) if "error" not in r)


def run_batch(
    opts: BatchOptions,
    stream: TextIO | None = None,
    on_item: Callable[[int], None] | None = None,
) -> BatchSummary:
    """Run one batch; ``on_item`` is called with the running item count (tests use it to interrupt)."""
    out = Path(opts.out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BatchError(f"无法创建输出目录 {out}：{exc.strerror or exc}") from None
    with _output_lock(out):
        try:
            return _run_batch(opts, out, stream, on_item)
        except (OSError, sqlite3.Error) as exc:  # a full disk, a vanished directory: one line, not a traceback
            reason = getattr(exc, "strerror", None) or str(exc)
            where = getattr(exc, "filename", None) or out
            raise BatchError(f"写入输出失败（{where}）：{reason}；腾出空间后用同一命令重新运行即可"
                             "（已检查并存入缓存的信息不再重复检查）") from None


LOCK_NAME = ".xinxi-qc-batch.lock"


@contextmanager
def _output_lock(out: Path):
    """One batch per output directory: a second run into the same --out stops at once instead of
    interleaving rows into the first run's files. A POSIX record lock (``lockf``): it belongs to
    this process only, so forked workers do not inherit it and it ends with the process, even
    after ``kill -9``."""
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks here; run one batch per --out
        yield
        return
    try:
        handle = open(out / LOCK_NAME, "a+")
    except OSError as exc:
        raise BatchError(f"无法在输出目录 {out} 建立锁文件：{exc.strerror or exc}") from None
    try:
        try:
            fcntl.lockf(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:  # EAGAIN / EACCES: held by another process
            raise BatchError(f"输出目录 {out} 正被另一个 batch 使用；请等它结束，或换一个 --out") from None
        yield
    finally:
        handle.close()  # releases the lock


def _annotations(opts: BatchOptions, config: Any) -> Any:
    """The writer of annotated copies when ``opts.annotate`` is set (see ``annotated``)."""
    if opts.annotate is None:
        return None
    from .annotated import AnnotationPlanError, Annotations

    try:
        return Annotations(Path(opts.annotate), opts.paths, config)
    except AnnotationPlanError as exc:
        raise BatchError(str(exc)) from None


def _crossdoc_params(config_path: str | None) -> Any:
    """The cross-item comparison's thresholds: the ``[crossdoc]`` table of the configuration file,
    read and checked as ``check`` and ``dedup`` read it (a bad value stops the batch before it starts)."""
    from xinxi_qc.config import ConfigError
    from xinxi_qc.crossdoc.params import Params
    from xinxi_qc.crossdoc.settings import read_overrides

    try:
        return Params(**read_overrides(config_path))
    except ConfigError as exc:
        raise BatchError(str(exc)) from None


def _run_batch(opts: BatchOptions, out: Path, stream: TextIO | None,
               on_item: Callable[[int], None] | None) -> BatchSummary:
    config_path = _resolve_config(opts.config_path)
    config = _load_config(config_path).dated(opts.today)
    crossdoc_params = _crossdoc_params(config_path)
    # Workers load the configuration themselves (dask, spawn): they get the same reference date.
    config_ref = worker.config_ref(config_path, config.today)
    if opts.near_dup not in ("auto", "crossdoc", "fast", "off"):
        raise BatchError(f"未知的近似重复算法 {opts.near_dup!r}（可选 auto、crossdoc、fast、off）")
    annotations = _annotations(opts, config)
    estimate = estimate_total(opts.paths)
    near_dup = opts.near_dup
    notes: list[str] = []
    if near_dup == "auto":
        # crossdoc aligns sentence by sentence (single-threaded, after the run: ~0.3 ms per item on real
        # news, ~1 ms where every item has near-copies);
        # beyond AUTO_CROSSDOC_LIMIT items the whole-body MinHash keeps the report phase short.
        near_dup = "crossdoc" if estimate is not None and estimate <= AUTO_CROSSDOC_LIMIT else "fast"
        if near_dup == "fast":
            notes.append(f"条目{'数未知（标准输入）' if estimate is None else f'约 {estimate} 条，超过 {AUTO_CROSSDOC_LIMIT} 条'}，"
                         "近似重复改用 fast（整篇比对）：不做逐段比对，照抄照转（boilerplate）、重复报送"
                         "（duplicate-submission）不计入各条结果，与 check 不同；需要时加 --near-dup crossdoc")
    # The reference date only matters to items without a submission date: cached results of dated
    # items stay valid from one day to the next, undated ones are keyed by the date as well.
    config_fp = config_fingerprint(config.with_today(None), config_path)
    undated_fp = f"{config_fp}:{config.today.isoformat()}"
    if near_dup == "fast":
        neardup.warm_up()  # before a fork, so every worker inherits it
    worker.one_thread_per_process()
    if opts.engine == "local":
        worker.prime(config_ref, config)
    try:
        engine = make_engine(opts.engine, config_ref, opts.workers, opts.scheduler, opts.dask_processes,
                             signatures=near_dup == "fast")
    except EngineError as exc:
        raise BatchError(str(exc)) from None

    summary = BatchSummary(out=out, engine=engine.name, workers=engine.workers, near_dup=near_dup,
                           warnings=tuple(config.warnings))
    agg = summary.aggregates
    writers = ReportWriters(out, rule_ids())   # first: an output that cannot be opened leaves no cache open
    cache = ResultCache(out / CACHE_NAME) if opts.use_cache else NoCache()
    # crossdoc: the items of the run are compared as `check` compares them, and each item's row is
    # written once its cross-item findings are known (held back meanwhile in `settled`). The
    # comparison needs the items, not their results: each item joins it as it is read, and reading
    # runs up to READ_AHEAD_ITEMS ahead of the workers, so that comparing overlaps their last chunks.
    compare = near_dup == "crossdoc"
    collector = neardup.make_collector(near_dup, out, crossdoc_params) if opts.reports or compare else None
    settled = Settled(out / SETTLED_NAME) if compare else None
    cross: list | None = None   # each compared item's cross-item findings, once known
    progress = Progress(estimate, stream, enabled=opts.progress)
    max_inflight = max(2, engine.workers * 4)
    if compare:
        max_inflight = max(max_inflight, READ_AHEAD_ITEMS // opts.chunk_size)
    pending: deque = deque()
    started = time.monotonic()

    def emit(entry: Any, record: dict[str, Any] | None, n: int, extra: Any = ()) -> None:
        """Write one settled entry: an input error, a check error, or an item's row and findings
        (``extra``: its cross-item findings, scored with it as ``check`` scores them)."""
        if record is None:
            writers.error(entry.source, entry.message)
            return
        if "error" in record:
            writers.error(entry.source or entry.id or "?", record["error"])
            return
        if extra:
            record = worker.with_cross_findings(record, extra, config)
        row = _row(entry, record, n)
        writers.item(row, record["findings"])
        agg.add(row)
        if annotations is not None:
            annotations.add(entry, extra)

    def settle(block: list, keys: list, cached: dict, todo: list, fut: Any, positions: list) -> None:
        computed: list[dict[str, Any]] = []
        if fut is not None:
            try:
                computed = fut.result()
            except Exception as exc:  # a crashed worker loses its chunk, not the batch
                computed = [{"error": f"检查失败（工作进程异常）：{type(exc).__name__}: {exc}"}] * len(todo)
        # Cache the whole chunk before emitting rows, so an interruption loses nothing checked.
        fresh = iter(computed)
        records: list[dict[str, Any] | None] = []
        to_cache = []
        keys_it = iter(keys)
        for entry in block:
            if isinstance(entry, InputError):
                records.append(None)
                continue
            key = next(keys_it)
            record = cached.get(key)
            if record is None:
                record = next(fresh)
                if "error" not in record:
                    to_cache.append((key, record))
                    record = dict(record, _fresh=True)
            records.append(record)
        cache.put_many(to_cache)
        if near_dup == "fast":  # records cached by a run without signatures get them here
            lacking = [(e, r) for e, r in zip(block, records) if r is not None and "error" not in r and "sig" not in r]
            for (e, r), sig in zip(lacking, neardup.signatures([e.body for e, _ in lacking])):
                r["sig"] = sig
        held: list[tuple[Any, ...]] = []
        places = iter(positions)   # in the comparison, of this chunk's items
        try:
            for entry, record in zip(block, records):
                n, pos = 0, None
                if record is None:
                    summary.input_errors += 1
                elif "error" in record:
                    summary.check_errors += 1
                else:
                    if record.get("_fresh"):
                        summary.checked += 1
                    else:
                        summary.cache_hits += 1
                    summary.items += 1
                    n = summary.items
                if compare:
                    if record is not None:   # check compares every item it read, including one whose rules then fail
                        pos = next(places)
                        collector.set_row(pos, n)
                elif record is not None and collector is not None and "error" not in record:
                    collector.add(n, entry, record)
                if compare and cross is None:
                    held.append((entry, record, n, pos))
                else:
                    emit(entry, record, n, cross[pos] if pos is not None else ())
                if n and on_item:
                    on_item(summary.items)
        finally:   # what was settled before an interruption is written too
            if held:
                settled.add_many(held)
        progress.update(summary.items + summary.input_errors + summary.check_errors, summary.cache_hits,
                        summary.input_errors + summary.check_errors)

    def release(found: list | None) -> None:
        """Write the entries held back, with their cross-item findings (None: uncompared)."""
        for entry, record, n, pos in settled:
            emit(entry, record, n, found[pos] if found is not None and pos is not None else ())

    try:
        try:
            for block in chunked(iter_archive(opts.paths, opts.units_from_folders), opts.chunk_size):
                items = [e for e in block if isinstance(e, Item)]
                keys = [item_key(config_fp if it.submitted else undated_fp, it) for it in items]
                cached = cache.get_many(keys)
                todo = [it for it, k in zip(items, keys) if k not in cached]
                fut = engine.submit(todo) if todo else None
                positions = [collector.add_item(it) for it in items] if compare else []
                summary.compared += len(positions)
                pending.append((block, keys, cached, todo, fut, positions))
                while pending and (len(pending) > max_inflight or _done(pending[0][4])):
                    settle(*pending.popleft())
            if compare:   # every item read: compare them while the workers finish
                progress.note("正在比对各条信息之间的照抄照转、重复报送 …")
                cross = collector.cross_findings()
                release(cross)
            while pending:
                settle(*pending.popleft())
        except KeyboardInterrupt:
            summary.interrupted = True
            _salvage(pending, cache)
        finally:
            engine.close(cancel=summary.interrupted)
            cache.close()
            progress.finish()
        try:
            if settled is not None:   # an interrupted run writes what it settled, uncompared
                release(None)
        finally:
            writers.close()
            if settled is not None:
                settled.close()
        summary.warnings = tuple(config.warnings) + tuple(notes) + tuple(getattr(cache, "notes", ()))
        if annotations is not None:
            summary.annotated = annotations.written
            summary.warnings += tuple(annotations.notes)
        agg.cache_hits = summary.cache_hits
        agg.input_errors = summary.input_errors
        agg.check_errors = summary.check_errors

        summary.check_elapsed = time.monotonic() - started
        if not summary.interrupted and opts.reports:
            progress.note("正在生成报告：近似重复聚类、report.xlsx、report.html …")
            _write_reports(out, agg, collector, writers.rules, summary)
    finally:   # after a failure as well (each close is idempotent)
        writers.close()
        if settled is not None:
            settled.close()
        if collector is not None:
            collector.close()
    summary.elapsed = time.monotonic() - started
    return summary
