"""Benchmark `xinxi-qc batch`: items/s with 1 and 2 workers, scaling, peak memory, overhead vs in-process.

    .venv/bin/python benchmarks/bench_batch.py            # 50,000 items (the target)
    .venv/bin/python benchmarks/bench_batch.py -n 5000    # quick run
    .venv/bin/python benchmarks/bench_batch.py --workers 1,2 --engine dask
    .venv/bin/python benchmarks/bench_batch.py -n 3000 --data /path/to/real.jsonl   # real text
    .venv/bin/python benchmarks/bench_batch.py -n 3000 --repeat 3   # medians of 3 runs per worker count

Items come from corpus/items.jsonl when it exists (cycled, each copy made distinct), otherwise from
a small built-in generator. Peak memory is the largest sum of RSS over the parent and its children,
sampled every 250 ms. Results are not cached (--no-cache), so every run checks every item. Each batch runs in a fresh
interpreter, as `xinxi-qc batch` does: in the benchmark's own process, a run would start with the
caches and the heap earlier runs left behind.
Each run also says how many cores other processes kept busy meanwhile: wall-clock scaling is only
meaningful when that is near 0 (on a shared machine, --retry-busy N runs it again, up to N times,
until it is).
"""
from __future__ import annotations

import argparse
import os
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from itertools import cycle, islice
from pathlib import Path
from types import SimpleNamespace

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from xinxi_qc.batch import BatchOptions, run_batch  # noqa: E402

UNITS = [f"{p}{s}" for p in ("东湖区", "西山县", "南河镇", "北城区", "高新区", "江滨县") for s in
         ("发改局", "教育局", "交通局", "农业农村局", "市场监管局")]
TOPICS = [("农村人居环境整治", "改厕", "户"), ("营商环境优化", "审批事项", "项"), ("就业帮扶", "新增就业岗位", "个"),
          ("食品安全抽检", "抽检食品", "批次"), ("老旧小区改造", "改造小区", "个"), ("高标准农田建设", "建成农田", "亩")]
CASES = ["石门村", "王庄村", "东湖街道", "华兴食品有限公司", "城南农贸市场", "第三中学", "滨江社区"]
CLICHES = ["高度重视", "精心组织", "狠抓落实", "扎实推进", "取得明显成效", "提供有力支撑"]


def _experience(r: random.Random, unit: str) -> tuple[str, str]:
    topic, thing, measure = r.choice(TOPICS)
    n, pct = r.randint(20, 3000), round(r.uniform(1, 40), 1)
    case = r.choice(CASES)
    title = f"{unit}{topic}完成{thing}{n}{measure}"
    steps = "".join(f"{k}是{r.choice(['建立', '推行', '完善', '开展'])}{topic}{r.choice(['台账', '专班', '清单', '考核'])}制度，"
                    f"覆盖{r.randint(3, 40)}个{r.choice(['村', '社区', '企业'])}。" for k in "一二三"[: r.randint(1, 3)])
    body = (f"今年以来，{unit}围绕{topic}，累计完成{thing}{n}{measure}，同比增长{pct}%。{steps}"
            f"其中，{case}{r.choice(['率先', '试点'])}推行新做法，{r.randint(10, 300)}户群众受益。"
            + (f"{unit}对此{r.choice(CLICHES)}。" if r.random() < 0.5 else ""))
    return title, body


def _problem(r: random.Random, unit: str) -> tuple[str, str]:
    topic, thing, measure = r.choice(TOPICS)
    title = f"{topic}中存在的{r.choice(['三方面', '几个', '突出'])}问题及建议"
    body = (f"近期，{unit}对全县{topic}情况开展调研。调研发现，{r.randint(5, 60)}个项目中有{r.randint(2, 20)}个进度滞后。"
            f"一是资金到位率低，仅为{r.randint(30, 80)}%。二是专业人员不足，平均每个乡镇仅{r.randint(1, 4)}人。"
            f"三是后续管护缺位，{r.choice(CASES)}已建成设施闲置。建议整合部门资金，建立长效管护机制。")
    return title, body


def _meeting(r: random.Random, unit: str) -> tuple[str, str]:
    topic = r.choice(TOPICS)[0]
    title = f"{unit}召开{topic}工作推进会"
    body = (f"为进一步做好{topic}工作，{unit}召开专题会议，传达学习上级文件精神，部署下一阶段工作。"
            f"会议要求，各部门要高度重视，压实责任，狠抓落实，确保各项任务按时完成。"
            f"会上还通报了前期工作情况，并对下一阶段工作作出安排。")
    return title, body


def generated_items(n: int, seed: int = 7):
    r = random.Random(seed)
    kinds = [_experience] * 5 + [_problem] * 2 + [_meeting] * 3
    for i in range(n):
        unit = r.choice(UNITS)
        title, body = r.choice(kinds)(r, unit)
        event = date(2023, 1, 1) + timedelta(days=r.randint(0, 600))
        yield {"id": f"G{i:06d}", "unit": unit, "title": title, "body": body,
               "event_date": event.isoformat(), "submitted": (event + timedelta(days=r.randint(0, 60))).isoformat()}


def corpus_items(path: Path, n: int):
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for i, row in enumerate(islice(cycle(rows), n)):
        row = dict(row, id=f"{row.get('id', 'C')}-{i}")
        if i >= len(rows):  # later copies differ, so no two items share a cache key or a signature
            row["body"] = row["body"] + f"（第{i // len(rows) + 1}轮）"
        yield row


def build_input(n: int, workdir: Path, data: str | None = None) -> tuple[Path, str]:
    corpus = Path(data) if data else ROOT / "corpus" / "items.jsonl"
    if data and not corpus.is_file():
        sys.exit(f"bench_batch: no such file: {data}")
    source = str(corpus) if corpus.is_file() else "built-in generator"
    path = workdir / f"items_{n}.jsonl"
    rows = corpus_items(corpus, n) if corpus.is_file() else generated_items(n)
    with open(path, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path, source


class PeakRSS:
    """Largest RSS sum over this process's descendants (the batch run and its workers), sampled in a thread."""

    def __init__(self, interval: float = 0.25) -> None:
        self.peak = 0
        self._stop = threading.Event()
        self._interval = interval
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = psutil.Process()
        while not self._stop.is_set():
            total = 0
            for p in me.children(recursive=True):
                try:
                    total += p.memory_info().rss
                except psutil.Error:
                    pass
            self.peak = max(self.peak, total)
            self._stop.wait(self._interval)

    def __enter__(self) -> "PeakRSS":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def in_process_rate(path: Path, sample: int) -> tuple[float, int]:
    from xinxi_qc.config import load_config
    from xinxi_qc.engine import check_items
    from xinxi_qc.model import Item
    from xinxi_qc.readers import iter_inputs

    config = load_config(None)
    items = [x for x in islice(iter_inputs([str(path)]), sample) if isinstance(x, Item)]
    check_items(items[:50], config)  # warm-up: jieba dictionary, classifier
    t, cpu = time.perf_counter(), time.process_time()
    check_items(items, config)
    wall, cpu = time.perf_counter() - t, time.process_time() - cpu
    return len(items) / wall, len(items) / cpu, len(items)


def _cpu() -> float:
    """CPU seconds of this process plus its finished children (pool workers are joined at shutdown)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


OTHER_BUSY = 0.1   # cores other processes may keep busy during a run that --retry-busy keeps
BUSY_PAUSE = 5.0


def _busy() -> float:
    """CPU seconds the whole machine has been busy (every process), stolen time included."""
    t = psutil.cpu_times()
    return sum(getattr(t, f, 0.0) for f in ("user", "nice", "system", "irq", "softirq", "steal"))


def one_run(path: str, workers: int, engine: str, near_dup: str, out: str) -> None:
    """The child's side of :func:`batch_run`: one batch, its summary as one JSON line on stdout.
    Wall and CPU time are the run's, models loaded before the workers fork included, the
    interpreter's start and imports not (the summary's elapsed starts after the models load)."""
    opts = BatchOptions([path], Path(out), workers=workers, engine=engine, use_cache=False, progress=False,
                        near_dup=near_dup)
    busy, cpu, wall = _busy(), _cpu(), time.perf_counter()
    s = run_batch(opts)
    busy, cpu, wall = _busy() - busy, _cpu() - cpu, time.perf_counter() - wall
    print(json.dumps({"engine": s.engine, "near_dup": s.near_dup, "items": s.items, "errors": s.input_errors + s.check_errors,
                      "clusters": s.clusters, "check_elapsed": s.check_elapsed, "elapsed": s.elapsed,
                      "check_rate": s.check_rate, "rate": s.rate, "busy": busy, "cpu": cpu, "wall": wall}))


def batch_run(path: Path, workers: int, args: argparse.Namespace, out: Path) -> dict:
    command = [sys.executable, __file__, "--one-run", str(path), str(workers), args.engine, args.near_dup, str(out)]
    with PeakRSS() as mem:
        done = subprocess.run(command, capture_output=True, text=True)
    shutil.rmtree(out, ignore_errors=True)
    if done.returncode:
        sys.exit(f"bench_batch: the batch run failed:\n{done.stderr}")
    s = SimpleNamespace(**json.loads(done.stdout.splitlines()[-1]))
    return {"summary": s, "peak": mem.peak, "cpu": s.cpu, "cores": s.cpu / s.wall,
            "other": max(0.0, s.busy - s.cpu) / s.wall}


def main() -> None:
    if sys.argv[1:2] == ["--one-run"]:
        path, workers, engine, near_dup, out = sys.argv[2:]
        one_run(path, int(workers), engine, near_dup, out)
        return
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=50_000, help="items (default 50,000)")
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts (default 1,2)")
    ap.add_argument("--engine", default="local", choices=["local", "dask"])
    ap.add_argument("--near-dup", default="auto", choices=["auto", "crossdoc", "fast", "off"])
    ap.add_argument("--sample", type=int, default=0, help="items for the in-process check_items rate (default: all)")
    ap.add_argument("--data", help="JSONL of real items (title, body; id, unit, submitted… optional), kept outside "
                                   "the repository; default corpus/items.jsonl")
    ap.add_argument("--repeat", type=int, default=1,
                    help="runs per worker count, taken in turn (1, 2, 1, 2, …); rates and scaling are their medians")
    ap.add_argument("--retry-busy", type=int, default=0, metavar="N",
                    help=f"run again (up to N times, {BUSY_PAUSE:.0f} s apart) a run during which other processes "
                         f"kept more than {OTHER_BUSY} cores busy")
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="bench_batch_"))
    try:
        path, source = build_input(args.n, work, args.data)
        print(f"input: {args.n:,} items from {source}, {path.stat().st_size / 1e6:.1f} MB JSONL")
        inproc, inproc_cpu, sampled = in_process_rate(path, args.sample or args.n)
        print(f"in-process check_items: {inproc:,.0f} items/s wall, {inproc_cpu:,.0f} items per CPU-second "
              f"(on {sampled:,} items)")
        runs: dict[int, list[tuple[float, float, float]]] = {}
        for k in range(args.repeat):
            for w in [int(x) for x in args.workers.split(",")]:
                r = batch_run(path, w, args, work / f"out_{w}")
                for _ in range(args.retry_busy):
                    if r["other"] <= OTHER_BUSY:
                        break
                    print(f"(workers={w}: other processes kept {r['other']:.2f} cores busy, run again)")
                    time.sleep(BUSY_PAUSE)
                    r = batch_run(path, w, args, work / f"out_{w}")
                s, cpu = r["summary"], r["cpu"]
                runs.setdefault(w, []).append((s.check_rate, s.rate, s.items / cpu))
                print(f"batch {s.engine} workers={w} near-dup={s.near_dup}"
                      f"{f' (run {k + 1}/{args.repeat})' if args.repeat > 1 else ''}: {s.items:,} items; "
                      f"check phase {s.check_elapsed:.1f} s = {s.check_rate:,.0f} items/s; "
                      f"with reports {s.elapsed:.1f} s = {s.rate:,.0f} items/s; "
                      f"peak RSS parent+children {r['peak'] / 2**20:,.0f} MiB; "
                      f"errors {s.errors}, near-duplicate clusters {s.clusters}; "
                      f"{s.items / cpu:,.0f} items per CPU-second (parent + workers, incl. reports); "
                      f"{r['cores']:.2f} cores busy on average (start-up included); "
                      f"other processes {r['other']:.2f} cores")
        rates = {w: tuple(statistics.median(col) for col in zip(*rs)) for w, rs in runs.items()}
        if args.repeat > 1:
            for w, (check, total, cpu_rate) in rates.items():
                print(f"median of {args.repeat} runs, workers={w}: check phase {check:,.0f} items/s, "
                      f"with reports {total:,.0f} items/s, {cpu_rate:,.0f} items per CPU-second")
        if 1 in rates:
            print(f"batch 1 worker vs in-process check_items: check phase {rates[1][0] / inproc:.0%}, "
                  f"with reports {rates[1][1] / inproc:.0%} of the in-process rate (wall clock); "
                  f"per CPU-second {rates[1][2] / inproc_cpu:.0%} (target >= 80%)")
            for w, (check, total, _cpu_rate) in rates.items():
                if w > 1:
                    print(f"scaling {w} workers / 1 worker: check phase {check / rates[1][0]:.2f}x, "
                          f"with reports {total / rates[1][1]:.2f}x (target >= 1.7x on 2 cores); "
                          f"items per CPU-second {_cpu_rate / rates[1][2]:.0%} of 1 worker's "
                          f"(the most the wall-clock scaling can reach is that times the cores the "
                          f"workers actually got, see 'cores busy' above)")
        print(f"cores: {psutil.cpu_count()}, load average now: {', '.join(f'{x:.1f}' for x in psutil.getloadavg())}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
