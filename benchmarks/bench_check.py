"""Speed of the core checker, printed, never asserted.

    python benchmarks/bench_check.py [--items 3000] [--data corpus/items.jsonl]

Prints, on the same items: items/s and chars/s of the full in-process check, chars/s of plain
``jieba.lcut`` over the same text (title + body), their ratio (goal ≥ 1.0), and the cold-start
time of ``xinxi-qc check one.txt`` in a fresh process (goal ≤ 1.5 s, median of 5 runs).
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
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load_items(path: Path, n: int):
    from xinxi_qc.model import Item

    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    items = []
    while len(items) < n:
        for r in records:
            items.append(Item(r["title"], r["body"], id=r.get("id"), unit=r.get("unit")))
            if len(items) == n:
                break
    return items


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=3000)
    parser.add_argument("--data", default=str(ROOT / "corpus" / "items.jsonl"))
    parser.add_argument("--cold-runs", type=int, default=5)
    args = parser.parse_args()

    import jieba

    from xinxi_qc.config import Config
    from xinxi_qc.engine import check_item

    items = load_items(Path(args.data), args.items)
    chars = sum(len(i.title) + len(i.body) for i in items)
    config = Config.default()
    check_item(items[0], config)  # load jieba and lexicons outside the timed loop
    jieba.setLogLevel(60)
    jieba.initialize()

    start = time.perf_counter()
    for item in items:
        check_item(item, config)
    check_s = time.perf_counter() - start

    start = time.perf_counter()
    for item in items:
        jieba.lcut(item.title)
        jieba.lcut(item.body)
    jieba_s = time.perf_counter() - start

    print(f"items: {len(items)}  characters: {chars}  (from {args.data})")
    print(f"full check (1 process):  {len(items) / check_s:10.1f} items/s  {chars / check_s:12.0f} chars/s")
    print(f"plain jieba.lcut:        {len(items) / jieba_s:10.1f} items/s  {chars / jieba_s:12.0f} chars/s")
    print(f"ratio check/jieba:       {jieba_s / check_s:10.2f}   (goal >= 1.0)")

    with tempfile.TemporaryDirectory() as tmp:
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
          f"min {min(times):.2f} s over {len(times)} runs   (goal <= 1.5 s)")


if __name__ == "__main__":
    main()
