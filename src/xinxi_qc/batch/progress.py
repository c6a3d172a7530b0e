"""A one-line progress bar on stderr: count, share, rate, ETA, cache hits and errors."""
from __future__ import annotations

import sys
import time
from typing import Callable, TextIO


def _clock(seconds: float) -> str:
    seconds = int(max(0, seconds))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"


def render(done: int, total: int | None, elapsed: float, cached: int, errors: int, width: int = 24) -> str:
    rate = done / elapsed if elapsed > 0 else 0.0
    parts = []
    if total:
        share = min(1.0, done / total)
        filled = int(share * width)
        parts.append(f"[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {share:6.1%}")
        eta = (total - done) / rate if rate > 0 and total > done else 0.0
        tail = f"剩余 {_clock(eta)}" if done < total else f"用时 {_clock(elapsed)}"
    else:
        parts.append(f"{done} 条")
        tail = f"用时 {_clock(elapsed)}"
    parts.append(f"{rate:,.0f} 条/秒")
    parts.append(tail)
    parts.append(f"缓存命中 {cached}")
    parts.append(f"错误 {errors}")
    return "  ".join(parts)


class Progress:
    """Redraws in place on a terminal; elsewhere prints a line every ``log_every`` seconds."""

    def __init__(
        self,
        total: int | None,
        stream: TextIO | None = None,
        enabled: bool = True,
        clock: Callable[[], float] = time.monotonic,
        log_every: float = 30.0,
    ) -> None:
        self.total = total
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self._clock = clock
        self._start = clock()
        self._last = float("-inf")
        self._tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self._every = 0.2 if self._tty else log_every
        self.done = self.cached = self.errors = 0

    def update(self, done: int, cached: int, errors: int) -> None:
        self.done, self.cached, self.errors = done, cached, errors
        now = self._clock()
        if self.enabled and now - self._last >= self._every:
            self._last = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        line = render(self.done, self.total, now - self._start, self.cached, self.errors)
        if self._tty:
            self.stream.write("\r" + line + "\x1b[K")
        else:
            self.stream.write(line + "\n")
        self.stream.flush()

    def finish(self) -> None:
        if self.total is not None:
            self.total = self.done  # the estimate counted lines, not items: end on the true count
        if self.enabled:
            self._draw(self._clock())
            if self._tty:
                self.stream.write("\n")
            self.stream.flush()

    def note(self, message: str) -> None:
        """A one-off status line (e.g. the report phase, which has no item count); on a terminal
        it replaces the bar's line, and the bar goes on below it."""
        if self.enabled:
            self.stream.write(("\r\x1b[K" if self._tty else "") + message + "\n")
            self.stream.flush()
