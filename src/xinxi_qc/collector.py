"""Python's cyclic garbage collector paused while items are checked (front ends only: the core
leaves process state alone).

A check makes no reference cycles — 3,000 news items checked with the collector off leave it
nothing to find — so reference counting frees all it allocates. With the collector on, a long
body's hundreds of thousands of spans and quantities are walked again at every full collection:
the 5 MB "title claims" body of ``benchmarks/bench_size.py`` took 3.0 s with it and 2.5 s
without (72× the 100 KB body's time instead of 50×)."""
from __future__ import annotations

import gc
from contextlib import contextmanager


@contextmanager
def collector_paused():
    """Collector off inside, back on after if it was on before. Nested or concurrent uses (web
    requests on threads) leave it on in the end: whoever turned it off turns it back on."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
