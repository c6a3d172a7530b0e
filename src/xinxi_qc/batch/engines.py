"""Where chunks of items get checked: in this process, in a local process pool, or on a Dask cluster.

Every engine runs :func:`xinxi_qc.batch.worker.check_chunk` and returns futures; the runner keeps
the number of chunks in flight bounded and reads results back in input order.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Protocol, Sequence

from xinxi_qc.model import Item

from .worker import check_chunk, warm_up


def _pool_init(config_path: str | None) -> None:
    # Ctrl-C reaches the whole process group; the parent handles it (cancel, keep the cache), the
    # workers must not die mid-chunk with tracebacks of their own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()
    warm_up(config_path)


PARENT_POLL_SECONDS = 0.5


def _die_with_parent() -> None:
    """A worker whose parent is gone (``kill -9``, a crash) exits instead of checking on for
    nobody: a daemon thread notices the re-parenting and ends the process."""
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(PARENT_POLL_SECONDS)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="xinxi-qc-parent-watch", daemon=True).start()


class ResultFuture(Protocol):
    def result(self) -> list[dict[str, Any]]: ...


class EngineError(Exception):
    """The engine could not start (bad scheduler address, no processes)."""


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


class SerialEngine:
    """One worker: check in this process, no pickling at all."""

    name = "serial"

    def __init__(self, config_path: str | None, signatures: bool = False) -> None:
        self.config_path = config_path
        self.signatures = signatures
        self.workers = 1
        warm_up(config_path)

    def submit(self, items: Sequence[Item]) -> ResultFuture:
        fut: Future = Future()
        try:
            fut.set_result(check_chunk(self.config_path, items, self.signatures))
        except BaseException as exc:  # noqa: BLE001 - handed to the runner like a pool failure
            fut.set_exception(exc)
        return fut

    def close(self, cancel: bool = False) -> None:
        pass


class LocalEngine:
    """N separate processes on this machine."""

    name = "local"

    def __init__(self, config_path: str | None, workers: int, signatures: bool = False) -> None:
        self.config_path = config_path
        self.signatures = signatures
        self.workers = workers
        methods = multiprocessing.get_all_start_methods()
        # fork shares the already-loaded checker with the children; fall back where it does not exist.
        self._ctx = multiprocessing.get_context("fork" if "fork" in methods else None)
        self._pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.workers, mp_context=self._ctx, initializer=_pool_init, initargs=(self.config_path,)
        )

    def submit(self, items: Sequence[Item]) -> ResultFuture:
        try:
            return self._pool.submit(check_chunk, self.config_path, list(items), self.signatures)
        except BrokenProcessPool:
            # A worker died (killed, out of memory); its chunks are reported as errors, the batch goes on.
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = self._new_pool()
            return self._pool.submit(check_chunk, self.config_path, list(items), self.signatures)

    def close(self, cancel: bool = False) -> None:
        self._pool.shutdown(wait=not cancel, cancel_futures=cancel)


class DaskEngine:
    """The same per-chunk function on a Dask cluster: an existing scheduler, or a new LocalCluster."""

    name = "dask"

    def __init__(
        self,
        config_path: str | None,
        workers: int,
        scheduler: str | None = None,
        processes: bool = True,
        signatures: bool = False,
    ) -> None:
        from distributed import Client, LocalCluster

        self.config_path = config_path
        self.signatures = signatures
        self._cluster = None
        try:
            if scheduler:
                self._client = Client(scheduler, timeout="10s")
            else:
                self._cluster = LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=processes,
                    dashboard_address=None,
                    silence_logs=logging.ERROR,
                )
                self._client = Client(self._cluster)
        except (OSError, TimeoutError, ValueError) as exc:
            if self._cluster is not None:
                self._cluster.close()
            raise EngineError(f"无法连接 Dask 调度器 {scheduler or '(本地集群)'}：{exc}") from None
        self.workers = max(1, sum(self._client.nthreads().values())) if scheduler else workers

    def submit(self, items: Sequence[Item]) -> ResultFuture:
        return self._client.submit(check_chunk, self.config_path, list(items), self.signatures, pure=False)

    def close(self, cancel: bool = False) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()


def make_engine(
    kind: str,
    config_path: str | None,
    workers: int | None = None,
    scheduler: str | None = None,
    dask_processes: bool = True,
    signatures: bool = False,
):
    workers = workers or default_workers()
    if workers < 1:
        raise EngineError("--workers 必须 ≥ 1")
    if kind == "dask":
        return DaskEngine(config_path, workers, scheduler, processes=dask_processes, signatures=signatures)
    if kind != "local":
        raise EngineError(f"未知引擎 {kind!r}（可选 local、dask）")
    if scheduler:
        raise EngineError("--scheduler 只能与 --engine dask 一起使用")
    if workers == 1:
        return SerialEngine(config_path, signatures)
    return LocalEngine(config_path, workers, signatures)
