"""``xinxi-qc evaluate``: how right the checker is on labelled items it was not tuned on.

Per-type precision/recall/F1 and confusion matrix; per-rule precision/recall/F1 against the
``defects`` labels (a rule "fires" when it reports at severity warning or above); the share of
defect-free items that get any warning (false alarms); Spearman correlation of score with grade.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..config import Config
from ..engine import check_item
from ..model import TYPE_LABELS, Severity
from .corpus_io import Labelled

TARGETS = {"type_macro_f1": 0.85, "rule_precision": 0.85, "rule_recall": 0.75, "false_alarm_rate": 0.10,
           "spearman": 0.70}


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
            "tp": tp, "fp": fp, "fn": fn, "support": tp + fn}


def _ranks(values: list[float]) -> list[float]:
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return ranks


def spearman(a: list[float], b: list[float]) -> float:
    """Spearman's rho with average ranks for ties."""
    if len(a) < 2:
        return 0.0
    ra, rb = _ranks(a), _ranks(b)
    ma, mb = sum(ra) / len(ra), sum(rb) / len(rb)
    cov = sum((x - ma) * (y - mb) for x, y in zip(ra, rb))
    va = sum((x - ma) ** 2 for x in ra) ** 0.5
    vb = sum((y - mb) ** 2 for y in rb) ** 0.5
    return cov / (va * vb) if va and vb else 0.0


@dataclass
class Evaluation:
    data: dict

    def targets(self) -> list[tuple[str, float, float, bool]]:
        """(name, value, target, met) for every target the issue sets."""
        d = self.data
        out = []
        if d["types"]["n"]:
            out.append(("type macro-F1", d["types"]["macro_f1"], TARGETS["type_macro_f1"],
                        d["types"]["macro_f1"] >= TARGETS["type_macro_f1"]))
        for rule, m in d["rules"].items():
            if m["support"]:
                out.append((f"{rule} precision", m["precision"], TARGETS["rule_precision"], m["precision"] >= TARGETS["rule_precision"]))
                out.append((f"{rule} recall", m["recall"], TARGETS["rule_recall"], m["recall"] >= TARGETS["rule_recall"]))
        if d["false_alarms"]["clean_items"]:
            rate = d["false_alarms"]["rate"]
            out.append(("false-alarm rate", rate, TARGETS["false_alarm_rate"], rate <= TARGETS["false_alarm_rate"]))
        if d["score_grade"]["n"]:
            rho = d["score_grade"]["spearman"]
            out.append(("Spearman(score, grade)", rho, TARGETS["spearman"], rho >= TARGETS["spearman"]))
        return out


def evaluate(items: list[Labelled], config: Config) -> Evaluation:
    truth_types, pred_types = [], []
    rule_counts: dict[str, list[int]] = {}
    labelled_rules = {d for x in items for d in (x.defects or ())}
    clean, clean_alarms = 0, 0
    alarm_rules: dict[str, int] = {}
    scores, grades = [], []
    for x in items:
        result = check_item(x.item, config)
        fired = {f.rule for f in result.findings if f.severity.rank >= Severity.WARNING.rank}
        if x.type:
            truth_types.append(x.type)
            pred_types.append(result.type.label)
        if x.defects is not None:
            for rule in labelled_rules | fired:
                tp_fp_fn = rule_counts.setdefault(rule, [0, 0, 0])
                if rule in fired and rule in x.defects:
                    tp_fp_fn[0] += 1
                elif rule in fired:
                    tp_fp_fn[1] += 1
                elif rule in x.defects:
                    tp_fp_fn[2] += 1
            if not x.defects:
                clean += 1
                if fired:
                    clean_alarms += 1
                    for rule in fired:
                        alarm_rules[rule] = alarm_rules.get(rule, 0) + 1
        if x.grade is not None:
            scores.append(result.score)
            grades.append(x.grade)
    labels = [label for label in TYPE_LABELS if label in truth_types or label in pred_types]
    per_type = {label: prf(sum(1 for t, p in zip(truth_types, pred_types) if t == p == label),
                           sum(1 for t, p in zip(truth_types, pred_types) if p == label != t),
                           sum(1 for t, p in zip(truth_types, pred_types) if t == label != p)) for label in labels}
    confusion = {t: {p: sum(1 for a, b in zip(truth_types, pred_types) if a == t and b == p) for p in labels}
                 for t in labels}
    macro = round(sum(m["f1"] for m in per_type.values()) / len(per_type), 3) if per_type else 0.0
    rules = {rule: prf(*counts) for rule, counts in sorted(rule_counts.items())}
    return Evaluation({
        "n_items": len(items),
        "types": {"n": len(truth_types), "macro_f1": macro, "per_type": per_type, "confusion": confusion},
        "rules": rules,
        "false_alarms": {"clean_items": clean, "alarmed": clean_alarms,
                         "rate": round(clean_alarms / clean, 3) if clean else 0.0, "by_rule": alarm_rules},
        "score_grade": {"n": len(scores), "spearman": round(spearman(scores, grades), 3)},
    })


def format_evaluation(ev: Evaluation, title: str) -> str:
    d = ev.data
    lines = [f"评估数据：{title}（{d['n_items']} 条）", "", "信息类型（precision / recall / F1 / support）:"]
    for label, m in d["types"]["per_type"].items():
        lines.append(f"  {label:<14} {m['precision']:.3f}  {m['recall']:.3f}  {m['f1']:.3f}  {m['support']}")
    lines.append(f"  macro-F1 {d['types']['macro_f1']:.3f}")
    labels = list(d["types"]["confusion"])
    if labels:
        lines.append("  混淆矩阵（行=真实，列=预测）: " + " ".join(f"{l[:5]:>6}" for l in labels))
        for t in labels:
            lines.append(f"    {t:<14}" + " ".join(f"{d['types']['confusion'][t][p]:>6}" for p in labels))
    lines += ["", "规则（precision / recall / F1 / support / fp）:"]
    for rule, m in d["rules"].items():
        lines.append(f"  {rule:<22} {m['precision']:.3f}  {m['recall']:.3f}  {m['f1']:.3f}  {m['support']:>4}  {m['fp']:>3}")
    fa = d["false_alarms"]
    lines += ["", f"无缺陷信息的误报率：{fa['rate']:.3f}（{fa['alarmed']}/{fa['clean_items']}）"
                  + (f"  由 {fa['by_rule']}" if fa["by_rule"] else ""),
              f"Spearman(得分, 等级)：{d['score_grade']['spearman']:.3f}（n={d['score_grade']['n']}）", "", "目标："]
    for name, value, target, met in ev.targets():
        lines.append(f"  {'达标' if met else '未达标'}  {name}: {value:.3f}（目标 {target}）")
    return "\n".join(lines)
