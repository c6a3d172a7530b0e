"""Python's cyclic garbage collector paused while items are checked (front ends only: the core
leaves process state alone).

A check makes no reference cycles — 3,000 news items checked with the collector off leave it
nothing to find — so reference counting frees all it allocates. With the collector on, a long
body's hundreds of thousands of spans and quantities are walked again at every full collection:
the 5 MB "title claims" body of ``benchmarks/bench_size.py`` took 3.0 s with it and 2.5 s
without (72× the 100 KB body's time instead of 50×)."""
from __future__ import annotations

import gc
import threading
from contextlib import contextmanager


class _Pauses:
    """How many checks are running with the collector paused, and whether it was on before the
    first of them. The collector's state belongs to the process; the web server checks on several
    threads at once, so the count is kept under a lock (reading the state and switching it off in
    two steps would let one thread's end undo another's start, and leave it off for good)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.running = 0
        self.was_enabled = False

    def enter(self) -> None:
        with self.lock:
            if self.running == 0:
                self.was_enabled = gc.isenabled()
                gc.disable()
            self.running += 1

    def leave(self) -> None:
        with self.lock:
            self.running -= 1
            if self.running == 0 and self.was_enabled:
                gc.enable()


_PAUSES = _Pauses()


@contextmanager
def collector_paused():
    """Collector off inside; back on when the last check running on any thread ends, if it was
    on before the first began."""
    _PAUSES.enter()
    try:
        yield
    finally:
        _PAUSES.leave()
