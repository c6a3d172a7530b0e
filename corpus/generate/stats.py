"""Print the corpus counts as Markdown (the block between the markers in DATASHEET.md).

    python -m corpus.generate.stats
"""
from __future__ import annotations

import json
import statistics
from collections import Counter
from pathlib import Path

ITEMS = Path(__file__).resolve().parents[1] / "items.jsonl"
TYPES = ["dynamic", "experience", "problem", "comprehensive"]
SPLITS = ["train", "dev", "test"]
DEFECTS = ["title-mismatch", "title-vague", "title-length", "no-figures", "no-examples",
           "empty-claim", "cliche", "dynamic-only", "long-sentence", "late", "sensitive",
           "typography", "length", "boilerplate", "duplicate-submission"]


def load(path: Path = ITEMS) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def markdown(items: list[dict]) -> str:
    out = []
    clean = [it for it in items if not it["defects"]]
    out.append(f"Items: {len(items)}; clean (no defect): {len(clean)} "
               f"({100 * len(clean) / len(items):.1f}%); units: {len({it['unit'] for it in items})}; "
               f"fields: {len({it['field'] for it in items})}.")
    out.append("")
    out.append("| type | " + " | ".join(SPLITS) + " | total | clean | median chars | max chars |")
    out.append("|---|" + "---|" * (len(SPLITS) + 4))
    for t in TYPES:
        sub = [it for it in items if it["type"] == t]
        c = Counter(it["split"] for it in sub)
        lens = [len(it["body"]) for it in sub]
        out.append(f"| {t} | " + " | ".join(str(c[s]) for s in SPLITS)
                   + f" | {len(sub)} | {sum(1 for it in sub if not it['defects'])}"
                   f" | {int(statistics.median(lens))} | {max(lens)} |")
    out.append("")
    dc = Counter(d for it in items for d in it["defects"])
    by_split = {s: Counter(d for it in items if it["split"] == s for d in it["defects"]) for s in SPLITS}
    out.append("| defect | items | " + " | ".join(SPLITS) + " |")
    out.append("|---|---|" + "---|" * len(SPLITS))
    for d in DEFECTS:
        out.append(f"| {d} | {dc[d]} | " + " | ".join(str(by_split[s][d]) for s in SPLITS) + " |")
    out.append("")
    nd = Counter(len(it["defects"]) for it in items)
    out.append("Defects per item: " + ", ".join(f"{k}: {nd[k]}" for k in sorted(nd)) + ".")
    g = Counter(it["grade"] for it in items)
    out.append("Grades: " + ", ".join(f"{k}: {g[k]}" for k in sorted(g)) + ".")
    fields = Counter(it["field"] for it in items)
    out.append("Fields: " + ", ".join(f"{k} {v}" for k, v in sorted(fields.items(), key=lambda x: -x[1])) + ".")
    groups = Counter(it["template_group"] for it in items if "template_group" in it)
    tg = [k for k in groups if k.startswith("tg-")]
    rs = [k for k in groups if k.startswith("resub-")]
    out.append(f"Boilerplate groups: {len(tg)} (members {sum(groups[k] for k in tg)}, "
               f"{min(groups[k] for k in tg)}–{max(groups[k] for k in tg)} units each); "
               f"same-unit resubmission pairs: {len(rs)}.")
    hc = Counter(it["hard_case"] for it in items if "hard_case" in it)
    out.append("Hard-case tags: " + ", ".join(f"{k} {v}" for k, v in sorted(hc.items(), key=lambda x: -x[1])) + ".")
    bc = Counter(b for it in items for b in it.get("boundary", []))
    if bc:
        out.append("")
        out.append(f"Boundary cases (field `boundary`; {sum(1 for it in items if it.get('boundary'))} items carry "
                   "at least one):")
        out.append("")
        out.append("| boundary case | items | " + " | ".join(SPLITS) + " | with a defect |")
        out.append("|---|---|" + "---|" * (len(SPLITS) + 1))
        for k in sorted(bc):
            sub = [it for it in items if k in it.get("boundary", [])]
            cs = Counter(it["split"] for it in sub)
            out.append(f"| {k} | {bc[k]} | " + " | ".join(str(cs[s]) for s in SPLITS)
                       + f" | {sum(1 for it in sub if it['defects'])} |")
    return "\n".join(out)


def main() -> None:
    print(markdown(load()))


if __name__ == "__main__":
    main()
