"""Cost against size: one item of 100 KB, 1 MB and 5 MB (UTF-8), printed, never asserted.

    python benchmarks/bench_size.py [--data FILE.jsonl] [--sizes 100,1000,5000] [--profile 15]

Four kinds of body: one short sentence with a figure repeated (``增长12.5%。``…, many figures and
sentences), one run of digits with nothing between them (a pasted table that lost its separators), a passage under a title whose figures and claims the title rules weigh against every
figure of the body (whose figure it is, which rate of change, what is still open), and real text — the bodies of ``--data`` (default: the corpus) joined until the size
is reached.  Each is checked the way ``xinxi-qc check one.txt`` checks it (``cli.check.check_all``:
``check_item`` with the garbage collector paused; a single item has no cross-item comparison) and, for the real text, also together with a copy of
itself with another title, which runs the cross-item comparison on two long items (its
cross-item findings counted, so that a change in speed can be checked for a change in result).
Wall and CPU seconds are printed (CPU is steadier on a shared machine).

Goal: the 1 MB body in at most 12× the time of the 100 KB body, the 5 MB body in at most 60×
(linear cost).  5 MB is the largest document ``xinxi-qc check`` reads.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def repeated(n_bytes: int) -> str:
    unit = "增长12.5%。"
    return unit * (n_bytes // len(unit.encode("utf-8")))


# A title whose figures and claims the title rules weigh against every figure and open part of the
# body (whose figure, which rate of change, what is still open): the body repeats all three.
CLAIMS_TITLE = "全县接待游客增长超一成 青峰谷景区接待游客12万人次 老旧小区全部开工"
CLAIMS_UNIT = ("其中青峰谷景区接待游客增长12.5%，全县接待游客增长8%。青川县接待游客12.1万人次，"
               "青峰谷景区接待游客6万人次。尚未开工的7个小区中，4个因管线迁改方案未定。\n")


def digit_run(n_bytes: int) -> str:
    return ("3141592653" * (n_bytes // 10 + 1))[:n_bytes]


def claims(n_bytes: int) -> str:
    return CLAIMS_UNIT * (n_bytes // len(CLAIMS_UNIT.encode("utf-8")))


def real(n_bytes: int, data: Path) -> str:
    bodies = [json.loads(line)["body"] for line in data.read_text(encoding="utf-8").splitlines() if line.strip()]
    out, size, k = [], 0, 0
    while size < n_bytes:
        body = bodies[k % len(bodies)]
        out.append(body)
        size += len(body.encode("utf-8")) + 1
        k += 1
    return "\n".join(out).encode("utf-8")[:n_bytes].decode("utf-8", "ignore")


def main() -> None:
    parser = argparse.ArgumentParser(description=" ".join(__doc__.split("\n\n")[0].split()))
    parser.add_argument("--data", default=str(ROOT / "corpus" / "items.jsonl"))
    parser.add_argument("--sizes", default="100,1000,5000", help="sizes in KB (default 100,1000,5000)")
    parser.add_argument("--profile", type=int, default=0, metavar="N",
                        help="print the N largest cumulative costs of the largest real-text check")
    args = parser.parse_args()

    from xinxi_qc.cli.check import check_all
    from xinxi_qc.config import load_config
    from xinxi_qc.engine import check_item
    from xinxi_qc.model import Item

    config = load_config(None).with_today(date.today())
    check_item(Item("某县召开工作会议", "某县召开工作会议，部署下一阶段工作。"), config)   # warm up
    sizes = [int(s) for s in args.sizes.split(",")]
    rows: dict[str, list[tuple[float, float]]] = {}
    makers = {"repeated": repeated, "digit run": digit_run, "title claims": claims}
    for kind in ("repeated", "digit run", "title claims", "real", "real pair (crossdoc)"):
        for kb in sizes:
            body = makers[kind](kb * 1000) if kind in makers else real(kb * 1000, Path(args.data))
            item = Item(CLAIMS_TITLE if kind == "title claims" else "某县工作", body, id="big", source="big.txt")
            start, cpu = time.perf_counter(), time.process_time()
            shared = ""
            if kind == "real pair (crossdoc)":
                errors: list = []
                results = check_all([item, Item("另一县工作", body, id="copy", unit="另一县")], config, errors)
                found = sum(1 for r in results for f in r.findings if f.rule in ("boilerplate", "duplicate-submission"))
                shared = f", {found} cross-item findings"
            else:
                check_all([item], config, [])   # as `check` runs one file: no cross-item comparison
            took, took_cpu = time.perf_counter() - start, time.process_time() - cpu
            rows.setdefault(kind, []).append((took, took_cpu))
            print(f"{kind:22s} {kb:6d} KB ({len(body):8d} chars): {took:7.2f} s (CPU {took_cpu:6.2f} s){shared}",
                  flush=True)
    for kind, times in rows.items():
        for kb, (took, took_cpu) in zip(sizes[1:], times[1:]):
            ratio = kb / sizes[0]
            print(f"{kind:22s} {kb} KB / {sizes[0]} KB: {took / times[0][0]:5.1f}x (CPU {took_cpu / times[0][1]:5.1f}x)   "
                  f"(size {ratio:.0f}x; goal <= {ratio * 1.2:.0f}x, linear)")

    if args.profile:
        import cProfile
        import pstats

        item = Item("某县工作", real(sizes[-1] * 1000, Path(args.data)), id="big")
        profile = cProfile.Profile()
        profile.enable()
        check_item(item, config)
        profile.disable()
        pstats.Stats(profile, stream=sys.stdout).sort_stats("cumulative").print_stats(args.profile)


if __name__ == "__main__":
    main()
