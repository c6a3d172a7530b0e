"""``xinxi-qc evaluate``: how right the checker is on labelled items it was not tuned on.

For one source of labelled items: per-type precision/recall/F1, confusion matrix and the
calibration error of the type confidence (ECE); per-rule precision/recall/F1 against the
``defects`` labels with the item ids of every false positive and miss (a rule "fires" when it
reports at severity warning or above); the share of defect-free items that get any warning
(false alarms) and which rules caused them; Spearman correlation of score with grade; the
quadratic-weighted kappa between the tool's grade band and the editor's grade (5→优质, 4→良好,
3→较好, 1–2→待改进); verdict agreement with the editor's grade (5 → adopt, 3–4 → revise,
1–2 → return); and whether any item carrying a labelled blocking defect was graded in the top two
bands or given a verdict other than 退回修改 (issue 11).

The items of one source are checked together, as ``xinxi-qc check`` checks several items in one
call: the cross-document comparison (``crossdoc.cross_findings``, the code ``check`` calls) runs
over the source, so ``boilerplate`` is measured like every other rule.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Sequence

from ..config import Config
from ..engine import RuleFailure, check_each
from ..model import TYPE_LABELS, Item, ItemResult, Severity
from .corpus_io import Labelled

# The targets of issue 10, measured on text nobody on the project wrote.
TARGETS = {"type_macro_f1": 0.85, "rule_precision": 0.90, "rule_recall": 0.80, "false_alarm_rate": 0.05,
           "spearman": 0.80, "type_ece": 0.05}
# Issue 11: the grade band and the verdict against the editor's grade.
TARGETS.update({"grade_kappa": 0.60, "verdict_agreement": 0.75, "blocking_violations": 0})
VERDICT_LABELS = ("adopt", "revise", "return")


def editor_band(grade: int) -> int:
    """The editor's grade as a band index: 5→0 (优质), 4→1 (良好), 3→2 (较好), 1–2→3 (待改进)."""
    return {5: 0, 4: 1, 3: 2}.get(int(grade), 3)


def editor_verdict(grade: int) -> str:
    """5 → adopt, 3–4 → revise, 1–2 → return."""
    return "adopt" if grade >= 5 else "revise" if grade >= 3 else "return"


def quadratic_weighted_kappa(a: Sequence[int], b: Sequence[int], k: int) -> float:
    """Cohen's kappa with quadratic weights over categories 0..k-1 (1 = perfect, 0 = chance)."""
    n = len(a)
    if n == 0 or k < 2:
        return 0.0
    observed = [[0.0] * k for _ in range(k)]
    for x, y in zip(a, b):
        observed[x][y] += 1
    row = [sum(observed[i]) for i in range(k)]
    col = [sum(observed[i][j] for i in range(k)) for j in range(k)]
    num = den = 0.0
    for i in range(k):
        for j in range(k):
            w = (i - j) ** 2 / (k - 1) ** 2
            num += w * observed[i][j]
            den += w * row[i] * col[j] / n
    return 1.0 - num / den if den else 0.0


def labelled_blocking(x: Labelled, verdict_cfg) -> list[str]:
    """The labelled defects of ``x`` that block under ``verdict_cfg``; ``late`` only beyond the
    return limit of the item's labelled type (days from its event_date to submitted)."""
    out = []
    for d in sorted(x.defects or ()):
        if d not in verdict_cfg.blocking:
            continue
        if d == "late":
            it = x.item
            if not (it.event_date and it.submitted):
                continue
            limit = verdict_cfg.late_return_days.get(x.type or "", verdict_cfg.late_return_other)
            if (it.submitted - it.event_date).days <= limit:
                continue
        out.append(d)
    return out
ECE_BINS = 10


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


def expected_calibration_error(confidences: Sequence[float], correct: Sequence[bool],
                               bins: int = ECE_BINS) -> dict:
    """ECE over ``bins`` equal-width bins of the top-class confidence.

    Bin k holds confidences in [k/bins, (k+1)/bins) (the last bin also holds 1.0);
    ECE = Σ_k (n_k / n) · |accuracy_k − mean confidence_k|.
    """
    n = len(confidences)
    counts = [0] * bins
    conf_sum = [0.0] * bins
    hits = [0] * bins
    for c, ok in zip(confidences, correct):
        k = min(max(int(c * bins), 0), bins - 1)
        counts[k] += 1
        conf_sum[k] += c
        hits[k] += bool(ok)
    ece = 0.0
    table = []
    for k in range(bins):
        if not counts[k]:
            continue
        acc, conf = hits[k] / counts[k], conf_sum[k] / counts[k]
        ece += counts[k] / n * abs(acc - conf)
        table.append({"low": round(k / bins, 3), "high": round((k + 1) / bins, 3), "n": counts[k],
                      "accuracy": round(acc, 3), "confidence": round(conf, 3)})
    return {"ece": round(ece, 4), "n": n, "bins": bins,
            "mean_confidence": round(sum(confidences) / n, 3) if n else 0.0,
            "accuracy": round(sum(map(bool, correct)) / n, 3) if n else 0.0, "table": table}


def ece_noise_floor(confidences: Sequence[float], bins: int = ECE_BINS, draws: int = 400, seed: int = 0) -> float:
    """The ECE a perfectly calibrated model would still show on these confidences and this many items,
    on average: each item right with probability equal to its confidence, ``draws`` times (seeded)."""
    if not confidences:
        return 0.0
    rng = random.Random(seed)
    total = 0.0
    for _ in range(draws):
        total += expected_calibration_error(confidences, [rng.random() < c for c in confidences], bins)["ece"]
    return round(total / draws, 4)


def fired_rules(result: ItemResult) -> set[str]:
    """The rules that report at severity warning or above on one item."""
    return {f.rule for f in result.findings if f.severity.rank >= Severity.WARNING.rank}


def cross_item_findings(items: Sequence[Item], config_path=None) -> list:
    """Cross-document findings for items checked together: the code ``xinxi-qc check`` calls."""
    if len(items) < 2:
        return [()] * len(items)
    try:
        from ..crossdoc import cross_findings
    except ImportError:  # an installation without the cross-document module
        return [()] * len(items)
    return cross_findings(list(items), None, config_path=config_path)


def check_together(items: Sequence[Item], config: Config, *, cross: bool = True, config_path=None) -> list[ItemResult]:
    extra = cross_item_findings(items, config_path) if cross else [()] * len(items)
    results = check_each(list(items), config, extra_findings=extra)
    failure = next((r for r in results if isinstance(r, RuleFailure)), None)
    if failure is not None:
        raise failure
    return results


@dataclass
class Evaluation:
    data: dict

    def targets(self) -> list[tuple[str, float, float, bool]]:
        """(name, value, target, met) for every target the issue sets that this source can measure."""
        d = self.data
        out = []
        if d["types"]["n"]:
            out.append(("type macro-F1", d["types"]["macro_f1"], TARGETS["type_macro_f1"],
                        d["types"]["macro_f1"] >= TARGETS["type_macro_f1"]))
            ece = d["types"]["calibration"]["ece"]
            out.append(("type ECE", ece, TARGETS["type_ece"], ece <= TARGETS["type_ece"]))
        for rule, m in d["rules"].items():
            if m["support"]:
                out.append((f"{rule} precision", m["precision"], TARGETS["rule_precision"],
                            m["precision"] >= TARGETS["rule_precision"]))
                out.append((f"{rule} recall", m["recall"], TARGETS["rule_recall"], m["recall"] >= TARGETS["rule_recall"]))
        if d["false_alarms"]["clean_items"]:
            rate = d["false_alarms"]["rate"]
            out.append(("false-alarm rate", rate, TARGETS["false_alarm_rate"], rate <= TARGETS["false_alarm_rate"]))
        if d["score_grade"]["n"]:
            rho = d["score_grade"]["spearman"]
            out.append(("Spearman(score, grade)", rho, TARGETS["spearman"], rho >= TARGETS["spearman"]))
        v = d.get("verdict")
        if v and v["n"]:
            out.append(("grade kappa (quadratic)", v["kappa"], TARGETS["grade_kappa"], v["kappa"] >= TARGETS["grade_kappa"]))
            out.append(("verdict agreement", v["agreement"], TARGETS["verdict_agreement"],
                        v["agreement"] >= TARGETS["verdict_agreement"]))
            if v["blocking"]["n"]:
                bad = len(v["blocking"]["violations"])
                out.append(("blocking-defect items not returned", bad, TARGETS["blocking_violations"], bad == 0))
            if v.get("capped", {}).get("n"):
                bad = len(v["capped"]["violations"])
                out.append(("capped-defect items adopted or graded top two", bad, TARGETS["blocking_violations"], bad == 0))
        return out

    def summary(self) -> dict:
        """The headline numbers: how many labelled rules meet both targets, and the rest."""
        d = self.data
        scored = {r: m for r, m in d["rules"].items() if m["support"]}
        meeting = [r for r, m in scored.items()
                   if m["precision"] >= TARGETS["rule_precision"] and m["recall"] >= TARGETS["rule_recall"]]
        return {"type_macro_f1": d["types"]["macro_f1"] if d["types"]["n"] else None,
                "type_ece": d["types"]["calibration"]["ece"] if d["types"]["n"] else None,
                "rules_meeting_targets": len(meeting), "rules_labelled": len(scored),
                "false_alarm_rate": d["false_alarms"]["rate"] if d["false_alarms"]["clean_items"] else None,
                "spearman": d["score_grade"]["spearman"] if d["score_grade"]["n"] else None,
                "grade_kappa": d["verdict"]["kappa"] if d.get("verdict", {}).get("n") else None,
                "verdict_agreement": d["verdict"]["agreement"] if d.get("verdict", {}).get("n") else None,
                "blocking_violations": (len(d["verdict"]["blocking"]["violations"])
                                        if d.get("verdict", {}).get("blocking", {}).get("n") else None)}


def evaluate(items: list[Labelled], config: Config, *, labelled_rules: "set[str] | None" = None,
             cross: bool = True, config_path=None) -> Evaluation:
    """Check ``items`` together (cross-document comparison included unless ``cross`` is false)
    and compare with their labels.

    ``labelled_rules``: the rules the labels speak about (default: every rule named in some
    item's ``defects``). Per-rule P/R/F1 is computed for these; other rules that fire are
    counted under ``unlabelled_rules`` (and still count as false alarms on defect-free items).
    """
    results = check_together([x.item for x in items], config, cross=cross, config_path=config_path)
    verdict = verdict_agreement(items, results, config)
    labelled = set(labelled_rules) if labelled_rules is not None else {d for x in items for d in (x.defects or ())}
    truth_types, pred_types, confidences, type_ids = [], [], [], []
    counts = {rule: {"tp": [], "fp": [], "fn": []} for rule in labelled}
    unlabelled: dict[str, list[str]] = {}
    clean, clean_alarms = 0, []
    alarm_rules: dict[str, int] = {}
    scores, grades = [], []
    for x, result in zip(items, results):
        ident = str(x.item.id)
        fired = fired_rules(result)
        if x.type:
            truth_types.append(x.type)
            pred_types.append(result.type.label)
            confidences.append(float(result.type.confidence))
            type_ids.append(ident)
        if x.defects is not None:
            for rule in labelled:
                if rule in fired and rule in x.defects:
                    counts[rule]["tp"].append(ident)
                elif rule in fired:
                    counts[rule]["fp"].append(ident)
                elif rule in x.defects:
                    counts[rule]["fn"].append(ident)
            for rule in sorted(fired - labelled):
                unlabelled.setdefault(rule, []).append(ident)
            if not x.defects:
                clean += 1
                if fired:
                    clean_alarms.append({"id": ident, "rules": sorted(fired)})
                    for rule in fired:
                        alarm_rules[rule] = alarm_rules.get(rule, 0) + 1
        if x.grade is not None:
            scores.append(result.score)
            grades.append(x.grade)
    labels = [label for label in TYPE_LABELS if label in truth_types or label in pred_types]
    labels += sorted({*truth_types, *pred_types} - set(labels))
    per_type = {label: prf(sum(1 for t, p in zip(truth_types, pred_types) if t == p == label),
                           sum(1 for t, p in zip(truth_types, pred_types) if p == label != t),
                           sum(1 for t, p in zip(truth_types, pred_types) if t == label != p)) for label in labels}
    confusion = {t: {p: sum(1 for a, b in zip(truth_types, pred_types) if a == t and b == p) for p in labels}
                 for t in labels}
    # macro-F1 over every type that is labelled or predicted (as scikit-learn's average="macro").
    macro = round(sum(m["f1"] for m in per_type.values()) / len(per_type), 3) if per_type else 0.0
    wrong_types = [{"id": i, "type": t, "predicted": p, "confidence": round(c, 3)}
                   for i, t, p, c in zip(type_ids, truth_types, pred_types, confidences) if t != p]
    rules = {}
    for rule in sorted(counts):
        c = counts[rule]
        rules[rule] = {**prf(len(c["tp"]), len(c["fp"]), len(c["fn"])), "fp_ids": c["fp"], "fn_ids": c["fn"]}
    return Evaluation({
        "n_items": len(items),
        "types": {"n": len(truth_types), "macro_f1": macro, "per_type": per_type, "confusion": confusion,
                  "calibration": {**expected_calibration_error(confidences, [t == p for t, p in zip(truth_types, pred_types)]),
                                  "noise_floor": ece_noise_floor(confidences)},
                  "wrong": wrong_types},
        "rules": rules,
        "unlabelled_rules": {rule: {"fired": len(ids), "ids": ids} for rule, ids in sorted(unlabelled.items())},
        "false_alarms": {"clean_items": clean, "alarmed": len(clean_alarms),
                         "rate": round(len(clean_alarms) / clean, 3) if clean else 0.0,
                         "by_rule": dict(sorted(alarm_rules.items(), key=lambda kv: (-kv[1], kv[0]))),
                         "items": clean_alarms},
        "score_grade": {"n": len(scores), "spearman": round(spearman(scores, grades), 3)},
        "verdict": verdict,
        "cross_document": cross,
    })


def verdict_agreement(items: Sequence[Labelled], results: Sequence[ItemResult], config: Config) -> dict:
    """Grade-band kappa, verdict agreement and the blocking check against the editors' grades."""
    names = [name for name, _ in config.scoring.grades]
    k = len(names)
    tool_bands, editor_bands, agree = [], [], 0
    matrix = {e: {t: 0 for t in VERDICT_LABELS} for e in VERDICT_LABELS}
    disagreements, violations, n_blocking = [], [], 0
    capped_violations, n_capped = [], 0
    for x, result in zip(items, results):
        if x.grade is None:
            continue
        tool_bands.append(names.index(result.grade) if result.grade in names else k - 1)
        editor_bands.append(min(editor_band(x.grade), k - 1))
        want = editor_verdict(x.grade)
        got = result.verdict.label if result.verdict is not None else "revise"
        matrix[want][got] += 1
        if want == got:
            agree += 1
        else:
            disagreements.append({"id": str(x.item.id), "grade": x.grade, "editor": want, "tool": got,
                                  "score": result.score})
        blocking = labelled_blocking(x, config.verdict)
        capped = sorted(d for d in x.defects or () if d in config.verdict.capped)
        if blocking:
            n_blocking += 1
            if result.grade in names[:2] or got != "return":
                violations.append({"id": str(x.item.id), "defects": blocking, "grade": result.grade, "verdict": got})
        elif capped:
            n_capped += 1
            if result.grade in names[:2] or got == "adopt":
                capped_violations.append({"id": str(x.item.id), "defects": capped, "grade": result.grade,
                                          "verdict": got})
    n = len(tool_bands)
    return {"n": n, "kappa": round(quadratic_weighted_kappa(tool_bands, editor_bands, k), 3) if n else 0.0,
            "agreement": round(agree / n, 3) if n else 0.0, "matrix": matrix, "disagreements": disagreements,
            "blocking": {"n": n_blocking, "violations": violations},
            "capped": {"n": n_capped, "violations": capped_violations}}


def _ids(ids: Sequence[str]) -> str:
    return "、".join(ids) if ids else "无"


def _num(value) -> str:
    return "—" if value is None else f"{value:.3f}"


def format_targets(ev_targets) -> list[str]:
    lines = []
    for name, value, target, met in ev_targets:
        upper = name in ("false-alarm rate", "type ECE", "blocking-defect items not returned",
                         "capped-defect items adopted or graded top two") or "false-alarm" in name
        if isinstance(value, int):  # a count (blocking-defect items not returned)
            lines.append(f"  {'达标  ' if met else '未达标'}  {name}: {value}（目标 ≤ {target}）")
            continue
        gap = "" if met else f"，差 {abs(value - target):.3f}"
        lines.append(f"  {'达标  ' if met else '未达标'}  {name}: {value:.3f}（目标 {'≤' if upper else '≥'} {target}{gap}）")
    return lines


def _violations_line(items: str, violated: str, check: dict) -> str:
    """带…的信息 N 条，…的：K 条（id defects grade verdict、…）"""
    found = check["violations"]
    listed = "、".join(f"{w['id']} {'/'.join(w['defects'])} {w['grade']} {w['verdict']}" for w in found)
    return f"{items} {check['n']} 条，{violated}：" + (f"{len(found)} 条（{listed}）" if found else "0 条")


def format_evaluation(ev: Evaluation, title: str, explain: bool = False) -> str:
    d = ev.data
    lines = [f"评估数据：{title}（{d['n_items']} 条）"
             + ("" if d.get("cross_document", True) else "（未做跨文档比对）"), ""]
    t = d["types"]
    if t["n"]:
        lines.append(f"信息类型（{t['n']} 条有类型标注；精确率 / 召回率 / F1 / 条数）：")
        for label, m in t["per_type"].items():
            lines.append(f"  {label:<14} {m['precision']:.3f}  {m['recall']:.3f}  {m['f1']:.3f}  {m['support']}")
        lines.append(f"  macro-F1 {t['macro_f1']:.3f}")
        labels = list(t["confusion"])
        lines.append("  混淆矩阵（行=标注，列=预测）：")
        lines.append("    " + " " * 14 + " ".join(f"{lab[:6]:>7}" for lab in labels))
        for row in labels:
            lines.append(f"    {row:<14}" + " ".join(f"{t['confusion'][row][p]:>7}" for p in labels))
        cal = t["calibration"]
        floor = cal.get("noise_floor")
        lines.append(f"  类型置信度校准误差 ECE（{cal['bins']} 个等宽区间）：{cal['ece']:.3f}"
                     f"（平均置信度 {cal['mean_confidence']:.3f}，实际正确率 {cal['accuracy']:.3f}"
                     + (f"；完全校准的模型在这些置信度、{cal['n']} 条上平均也有 {floor:.3f}" if floor is not None else "")
                     + "）")
        if explain:
            for b in cal["table"]:
                close = "]" if b["high"] >= 1 else ")"
                lines.append(f"    置信度 [{b['low']:.1f}, {b['high']:.1f}{close}：{b['n']} 条，正确率 {b['accuracy']:.3f}，"
                             f"平均置信度 {b['confidence']:.3f}")
            for w in t["wrong"]:
                lines.append(f"    类型判错 {w['id']}：标注 {w['type']}，预测 {w['predicted']}（置信度 {w['confidence']:.3f}）")
    else:
        lines.append("信息类型：没有类型标注")
    lines += ["", "规则（精确率 / 召回率 / F1 / 标注条数 / 误报条数）："]
    if not d["rules"]:
        lines.append("  没有缺陷标注")
    for rule, m in d["rules"].items():
        lines.append(f"  {rule:<22} {m['precision']:.3f}  {m['recall']:.3f}  {m['f1']:.3f}  {m['support']:>4}  {m['fp']:>4}")
        if explain:
            lines.append(f"      误报：{_ids(m['fp_ids'])}")
            lines.append(f"      漏报：{_ids(m['fn_ids'])}")
    if d["unlabelled_rules"]:
        lines.append("  未在标注中出现的规则（不计 P/R，只计触发条数）："
                     + "，".join(f"{r} {u['fired']}" for r, u in d["unlabelled_rules"].items()))
        if explain:
            for r, u in d["unlabelled_rules"].items():
                lines.append(f"      {r}：{_ids(u['ids'])}")
    fa = d["false_alarms"]
    lines.append("")
    if fa["clean_items"]:
        lines.append(f"无缺陷信息的误报率：{fa['rate']:.3f}（{fa['alarmed']}/{fa['clean_items']}）"
                     + ("；引起误报的规则：" + "，".join(f"{r} {n}" for r, n in fa["by_rule"].items()) if fa["by_rule"] else ""))
        if explain:
            for a in fa["items"]:
                lines.append(f"    {a['id']}：{'、'.join(a['rules'])}")
    else:
        lines.append("无缺陷信息的误报率：没有无缺陷的信息")
    sg = d["score_grade"]
    lines.append(f"Spearman(得分, 等级)：{sg['spearman']:.3f}（n={sg['n']}）" if sg["n"] else "Spearman(得分, 等级)：没有等级标注")
    v = d.get("verdict")
    if v and v["n"]:
        lines.append(f"等级一致性（四档，二次加权 kappa；编辑 5→优质 4→良好 3→较好 1–2→待改进）：{v['kappa']:.3f}")
        lines.append(f"结论一致率（编辑 5→可采用 3–4→修改后采用 1–2→退回修改）：{v['agreement']:.3f}（n={v['n']}）")
        lines.append("  行=编辑，列=本工具：" + "；".join(
            f"{e} " + " ".join(f"{t}:{v['matrix'][e][t]}" for t in VERDICT_LABELS) for e in VERDICT_LABELS))
        b = v["blocking"]
        lines.append(_violations_line("带阻断性缺陷（标注）的信息", "评为优质/良好或结论不是退回修改的", b)
                     if b["n"] else "带阻断性缺陷（标注）的信息：无")
        c = v.get("capped", {})
        if c.get("n"):
            lines.append(_violations_line("带封顶缺陷（标注，如照抄照转）的信息", "评为优质/良好或结论是可采用的", c))
        if explain:
            for w in v["disagreements"]:
                lines.append(f"    结论不一致 {w['id']}：编辑 {w['grade']}（{w['editor']}），本工具 {w['tool']}（{w['score']} 分）")
    s = ev.summary()
    lines += ["", f"目标（达到精确率与召回率目标的标注规则：{s['rules_meeting_targets']}/{s['rules_labelled']}）："]
    lines += format_targets(ev.targets())
    return "\n".join(lines)
