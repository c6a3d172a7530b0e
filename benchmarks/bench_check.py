"""Speed of the checker, printed, never asserted.

    python benchmarks/bench_check.py [--items 3000] [--data FILE.jsonl] [--profile 25]

``--data`` is the project's corpus (default) or real text kept outside the repository: one JSON
object a line with at least ``title`` and ``body`` (``id``, ``unit``, ``submitted`` … are used
when present), e.g. {"id", "title", "body", "submitted"} news items.  The first ``--items``
records are used (the file is cycled, with distinct ids, when it has fewer).

Prints, on the same items and in one run:

* the full check: what ``xinxi-qc check --format json FILE`` does in-process — reading the
  file, the cross-item comparison of the one call (crossdoc), ``check_each`` (``check_item`` on every item, a chunk at a time) with
  those findings, the JSON report — in items/s and chars/s, with the share of each part;
* ``check_item`` alone (no cross-item comparison, no reading, no report);
* plain ``jieba.lcut(title + "\\n" + body)`` on the same text, and the ratios
  (goal: full check ≥ 1.0× jieba.lcut, stretch ≥ 2×; crossdoc ≤ 20 % of the full check);
* the cold start of ``xinxi-qc check one.txt`` in a fresh process (median of 5, goal ≤ 0.8 s).

``--profile N`` adds the N largest cumulative costs inside ``check_item`` (cProfile).
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from itertools import cycle, islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


class Clock:
    """Wall and CPU seconds of consecutive laps."""

    def __init__(self) -> None:
        self.wall: dict[str, float] = {}
        self.cpu: dict[str, float] = {}
        self._t, self._c = time.perf_counter(), time.process_time()

    def lap(self, name: str) -> None:
        t, c = time.perf_counter(), time.process_time()
        self.wall[name], self.cpu[name] = t - self._t, c - self._c
        self._t, self._c = t, c


def write_sample(src: Path, n: int, out: Path) -> None:
    """The first ``n`` records of ``src`` as JSONL (cycled with distinct ids when ``src`` is short)."""
    rows = [json.loads(line) for line in src.read_text(encoding="utf-8").splitlines() if line.strip()]
    with out.open("w", encoding="utf-8") as fh:
        for k, row in enumerate(islice(cycle(rows), n)):
            if k >= len(rows):
                row = dict(row, id=f"{row.get('id', 'r')}-{k // len(rows)}")
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def rate(n: int, chars: int, seconds: float) -> str:
    return f"{n / seconds:9.1f} items/s {chars / seconds:11.0f} chars/s  ({seconds:6.2f} s)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=3000)
    parser.add_argument("--data", default=str(ROOT / "corpus" / "items.jsonl"))
    parser.add_argument("--cold-runs", type=int, default=5)
    parser.add_argument("--profile", type=int, default=0, metavar="N",
                        help="print the N largest cumulative costs inside check_item")
    args = parser.parse_args()

    import jieba

    from xinxi_qc.batch.threads import one_thread_per_process
    from xinxi_qc.collector import collector_paused
    from xinxi_qc.cli.check import _cross_findings, read_inputs, render
    from xinxi_qc.config import load_config
    from xinxi_qc.engine import RuleFailure, check_each, check_item

    one_thread_per_process()   # as `check` does before loading the checker
    config = load_config(None).with_today(date.today())
    jieba.setLogLevel(60)
    jieba.initialize()

    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "items.jsonl"
        write_sample(Path(args.data), args.items, sample)
        warm, _ = read_inputs([str(sample)])
        for item in warm[:20]:   # lexicons, models, jieba dictionary: loaded outside the timed runs
            check_item(item, config)
        del warm

        # --- the full check, part by part exactly as `check` runs them (cli.check.check_all) ---
        clock = Clock()
        items, errors = read_inputs([str(sample)])
        clock.lap("read")
        with collector_paused():
            cross = _cross_findings(items, None, None)
            clock.lap("cross")
            checked = check_each(items, config, extra_findings=cross)
            clock.lap("items")
        results = [r for r in checked if not isinstance(r, RuleFailure)]
        errors += [r for r in checked if isinstance(r, RuleFailure)]
        report = render(results, [], "json")
        clock.lap("render")
        read_s, cross_s, items_s, render_s = (clock.wall[k] for k in ("read", "cross", "items", "render"))
        full_s = sum(clock.wall.values())
        full_cpu = sum(clock.cpu.values())
        cross_cpu_s = clock.cpu["cross"]

        n = len(items)
        chars = sum(len(i.title) + len(i.body) for i in items)
        shared = sum(1 for c in cross if c)

        # --- check_item alone, then plain jieba, on the same items ---
        clock = Clock()
        for item in items:
            check_item(item, config)
        clock.lap("alone")
        for item in items:
            jieba.lcut(item.title + "\n" + item.body)
        clock.lap("jieba")
        alone_s, jieba_s = clock.wall["alone"], clock.wall["jieba"]
        alone_cpu, jieba_cpu = clock.cpu["alone"], clock.cpu["jieba"]

        print(f"items: {n}  characters: {chars} (mean {chars / max(n, 1):.0f})  from {args.data}")
        print(f"full check (1 process):  {rate(n, chars, full_s)}")
        print(f"  reading {read_s / full_s:5.1%}   crossdoc {cross_s / full_s:5.1%} ({cross_s:.2f} s, "
              f"{shared} items with findings)   check_item {items_s / full_s:5.1%}   "
              f"JSON report {render_s / full_s:5.1%} ({len(report) / 1e6:.1f} MB)")
        print(f"check_item alone:        {rate(n, chars, alone_s)}")
        print(f"plain jieba.lcut:        {rate(n, chars, jieba_s)}")
        print(f"ratio full check / jieba.lcut:  {jieba_s / full_s:5.2f}   (goal >= 1.0, stretch >= 2.0)")
        print(f"ratio check_item / jieba.lcut:  {jieba_s / alone_s:5.2f}")
        print(f"crossdoc share of the full check: {cross_s / full_s:.1%}   (goal <= 20%)")
        print(f"on CPU time (steadier on a shared machine): full check {full_cpu:.2f} s, check_item alone "
              f"{alone_cpu:.2f} s, jieba.lcut {jieba_cpu:.2f} s, crossdoc {cross_cpu_s:.2f} s; ratio full/jieba "
              f"{jieba_cpu / full_cpu:.2f}, check_item/jieba {jieba_cpu / alone_cpu:.2f}, crossdoc share "
              f"{cross_cpu_s / full_cpu:.1%}")
        if errors:
            print(f"errors: {len(errors)}")

        if args.profile:
            import cProfile
            import pstats

            profile = cProfile.Profile()
            profile.enable()
            for item in items:
                check_item(item, config)
            profile.disable()
            print(f"\ncheck_item profile (cProfile, {n} items; times inflated by the profiler):")
            pstats.Stats(profile, stream=sys.stdout).sort_stats("cumulative").print_stats(args.profile)

        one = Path(tmp) / "one.txt"
        one.write_text(f"{items[0].title}\n{items[0].body}\n", encoding="utf-8")
        exe = Path(sys.executable).with_name("xinxi-qc")
        times = []
        for _ in range(args.cold_runs):
            start = time.perf_counter()
            subprocess.run([str(exe), "check", str(one)], stdout=subprocess.DEVNULL, cwd=tmp,
                           env=dict(os.environ))
            times.append(time.perf_counter() - start)
    print(f"cold start `xinxi-qc check one.txt`: median {statistics.median(times):.2f} s, "
          f"min {min(times):.2f} s over {len(times)} runs   (goal <= 0.8 s)")


if __name__ == "__main__":
    main()
