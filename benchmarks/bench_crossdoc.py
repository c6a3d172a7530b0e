"""Cross-document benchmark: passage-level precision/recall on planted pairs, index build time,
query latency and memory.  Prints numbers; asserts nothing.

    .venv/bin/python benchmarks/bench_crossdoc.py            # 100,000-item archive
    .venv/bin/python benchmarks/bench_crossdoc.py --n 5000   # quick look
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from xinxi_qc.crossdoc import Params, build_index, cross_findings, load_index  # noqa: E402
from xinxi_qc.crossdoc.lexicon import load_stock_phrases  # noqa: E402
from xinxi_qc.crossdoc.synth import Generator  # noqa: E402


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100_000, help="background items in the archive")
    ap.add_argument("--pairs", type=int, default=400, help="planted cross-unit pairs")
    ap.add_argument("--dups", type=int, default=100, help="planted same-unit resubmissions")
    ap.add_argument("--controls", type=int, default=500, help="clean query items")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()

    frag_dir = ROOT / "corpus" / "generate"
    gen = Generator(args.seed, frag_dir if frag_dir.is_dir() else None)
    seeded = len(gen._fragments)
    t0 = time.perf_counter()
    archive = [gen.item(f"bg-{i}") for i in range(args.n)]
    queries, truth = [], {}
    for k in range(args.pairs + args.dups):
        dup = k >= args.pairs
        a, b, _, pb = gen.planted_pair(f"src-{k}", f"copy-{k}", same_unit=dup)
        archive.append(a)
        queries.append(b)
        truth[b.id] = pb
    queries += [gen.item(f"ctl-{i}") for i in range(args.controls)]
    print(f"generated {len(archive)} archive items, {len(queries)} queries in {time.perf_counter() - t0:.1f}s "
          f"(planted passages from corpus fragments: {seeded > 0}, fragments available: {seeded})")
    chars = sum(len(i.body) for i in archive) / len(archive)
    print(f"mean body length {chars:.0f} characters")

    phrases = load_stock_phrases()
    params = Params()
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "archive.xqidx")
        rss0 = rss_mb()
        t0 = time.perf_counter()
        build_index(archive, path, params, phrases)
        build_s = time.perf_counter() - t0
        print(f"index build: {len(archive)} items in {build_s:.1f}s on one core "
              f"(target <= 120s); file {os.path.getsize(path) / 1e6:.0f} MB; peak RSS {rss_mb():.0f} MB "
              f"(before build {rss0:.0f} MB)")
        del archive
        t0 = time.perf_counter()
        index = load_index(path)
        index._ensure_sorted()
        print(f"index load: {time.perf_counter() - t0:.2f}s; peak RSS {rss_mb():.0f} MB")

        times, results = [], {}
        for q in queries:
            t0 = time.perf_counter()
            results[q.id] = cross_findings([q], index)[0]
            times.append((time.perf_counter() - t0) * 1000)
        times.sort()
        p95 = times[int(0.95 * (len(times) - 1))]
        print(f"query (one item against the index): median {statistics.median(times):.2f} ms, "
              f"p95 {p95:.2f} ms, max {times[-1]:.1f} ms (target <= 10 ms)")
        index.store.conn.close()

    for rule in ("boilerplate", "duplicate-submission"):
        tp = fp = found = total = 0
        for q in queries:
            fs = [f for f in results[q.id] if f.field == "body" and f.rule == rule]
            t = truth.get(q.id)
            planted = t is not None and t.rule == rule
            hit = False
            for f in fs:
                ok = planted and f.start < t.end and t.start < f.end and f.extra["other_id"] == t.source_id
                tp += ok
                fp += not ok
                hit |= ok
            total += planted
            found += planted and hit
        prec = tp / (tp + fp) if tp + fp else float("nan")
        rec = found / total if total else float("nan")
        print(f"{rule}: passages planted {total}, found {found}; findings {tp + fp} "
              f"(correct {tp}, wrong {fp}); precision {prec:.3f}, recall {rec:.3f} (targets >= 0.95)")
    titles = sum(1 for q in queries for f in results[q.id] if f.field == "title")
    print(f"title findings: {titles}; peak RSS {rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
