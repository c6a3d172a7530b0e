"""Measuring the checker on published text that carries no labels (``evaluate --published``).

Two measurements on items that were published as they are (news, portal items):

* alarm rates: the share of items on which each rule reports at severity warning or above,
  and the share with any warning — published text is mostly fine, so these are false-alarm
  rates as far as the editor who published it is concerned;
* title-swap detection: for each sampled item, a *hard* swapped title — of the titles of
  ``candidates`` random other items, the one sharing the most character bigrams with this
  item's body — is put on the body; ``title-mismatch`` should fire on the swapped pair
  (caught) and not on the true pair (false alarm).

The sample and the candidates come from one ``random.Random(seed)``: the same file, sample
size and seed give the same pairs.
"""
from __future__ import annotations

import random
from dataclasses import replace
from typing import Sequence

from ..config import Config
from ..engine import check_item
from ..model import Item
from .evaluate import check_together, fired_rules, format_targets

TITLE_RULE = "title-mismatch"
DEFAULT_SAMPLE = 600
DEFAULT_SEED = 10
CANDIDATES = 40
TARGETS = {"swap_caught": 0.90, "swap_false_alarm_rate": 0.03}


def bigrams(text: str) -> set[str]:
    """Distinct pairs of adjacent letters/digits/CJK characters (punctuation and spaces break pairs)."""
    return {text[i:i + 2] for i in range(len(text) - 1) if text[i].isalnum() and text[i + 1].isalnum()}


def _norm_title(title: str) -> str:
    return "".join(ch for ch in title if ch.isalnum())


def hard_swaps(items: Sequence[Item], sample: int = DEFAULT_SAMPLE, seed: int = DEFAULT_SEED,
               candidates: int = CANDIDATES) -> list[tuple[int, int, int]]:
    """(item index, index of the item whose title is swapped in, shared bigrams) per sampled item.

    Up to ``sample`` items are drawn (sorted by position); for each, ``candidates`` other items
    are drawn and the one whose title shares the most distinct character bigrams with the body
    wins (first drawn on ties). Candidates with the same title (letters and digits) are skipped,
    since putting an identical title on the body is no swap. An item with no usable candidate
    gets no pair.
    """
    n = len(items)
    if n < 2 or sample <= 0:
        return []
    rng = random.Random(seed)
    chosen = sorted(rng.sample(range(n), min(sample, n)))
    title_grams: dict[int, set[str]] = {}
    pairs = []
    for i in chosen:
        pool = [j + (j >= i) for j in rng.sample(range(n - 1), min(candidates, n - 1))]
        body = bigrams(items[i].body)
        own = _norm_title(items[i].title)
        best, best_shared = None, -1
        for j in pool:
            if _norm_title(items[j].title) == own:
                continue
            grams = title_grams.get(j)
            if grams is None:
                grams = title_grams[j] = bigrams(items[j].title)
            shared = len(grams & body)
            if shared > best_shared:
                best, best_shared = j, shared
        if best is not None:
            pairs.append((i, best, best_shared))
    return pairs


def _rate(k: int, n: int) -> float:
    return round(k / n, 4) if n else 0.0


def evaluate_published(items: Sequence[Item], config: Config, *, sample: int = DEFAULT_SAMPLE,
                       seed: int = DEFAULT_SEED, candidates: int = CANDIDATES, cross: bool = True,
                       config_path=None) -> dict:
    """Alarm rates over every item (checked together, as ``check`` checks several items) and
    title-swap catch / false-alarm rates over a sample."""
    items = list(items)
    results = check_together(items, config, cross=cross, config_path=config_path)
    fired = [fired_rules(r) for r in results]
    by_rule: dict[str, list[str]] = {}
    for item, rules in zip(items, fired):
        for rule in rules:
            by_rule.setdefault(rule, []).append(str(item.id))
    n = len(items)
    any_warning = sum(1 for rules in fired if rules)
    alarms = {
        "any_warning": {"n": any_warning, "rate": _rate(any_warning, n)},
        "by_rule": {rule: {"n": len(ids), "rate": _rate(len(ids), n), "examples": ids[:10]}
                    for rule, ids in sorted(by_rule.items(), key=lambda kv: (-len(kv[1]), kv[0]))},
    }
    pairs = hard_swaps(items, sample, seed, candidates)
    caught, missed, true_alarms = 0, [], []
    for i, j, _ in pairs:
        swapped = replace(items[i], title=items[j].title, id=f"{items[i].id}~swap")
        if TITLE_RULE in fired_rules(check_item(swapped, config)):
            caught += 1
        else:
            missed.append({"id": str(items[i].id), "swapped_from": str(items[j].id), "title": items[j].title})
        if TITLE_RULE in fired[i]:
            true_alarms.append({"id": str(items[i].id), "title": items[i].title})
    m = len(pairs)
    setting = config.settings.get(TITLE_RULE)
    swap = {
        "rule": TITLE_RULE, "rule_enabled": bool(setting and setting.enabled),
        "sample": sample, "seed": seed, "candidates": candidates, "pairs": m,
        "mean_shared_bigrams": round(sum(s for _, _, s in pairs) / m, 2) if m else 0.0,
        "caught": caught, "caught_rate": _rate(caught, m),
        "true_pair_alarms": len(true_alarms), "false_alarm_rate": _rate(len(true_alarms), m),
        "missed": missed, "false_alarms": true_alarms,
    }
    return {"n_items": n, "alarms": alarms, "title_swap": swap, "cross_document": cross}


def published_targets(data: dict) -> list[tuple[str, float, float, bool]]:
    s = data["title_swap"]
    if not s["pairs"]:
        return []
    return [("title-swap caught", s["caught_rate"], TARGETS["swap_caught"], s["caught_rate"] >= TARGETS["swap_caught"]),
            ("title-swap false-alarm rate", s["false_alarm_rate"], TARGETS["swap_false_alarm_rate"],
             s["false_alarm_rate"] <= TARGETS["swap_false_alarm_rate"])]


def format_published(data: dict, title: str, explain: bool = False) -> str:
    a, s = data["alarms"], data["title_swap"]
    n = data["n_items"]
    lines = [f"已发布文本（无标注）：{title}（{n} 条）", "",
             f"至少一条“警告”及以上问题的信息：{a['any_warning']['rate']:.1%}（{a['any_warning']['n']}/{n}）",
             "各规则的报警率（该规则报“警告”及以上的信息占比）："]
    if not a["by_rule"]:
        lines.append("  没有规则报警")
    for rule, r in a["by_rule"].items():
        lines.append(f"  {rule:<22} {r['rate']:>7.1%}  {r['n']:>5}")
        if explain:
            lines.append(f"      例：{'、'.join(r['examples'])}")
    lines += ["", f"标题调换检测（{TITLE_RULE}；抽样 {s['pairs']} 条，随机种子 {s['seed']}，"
                  f"每条从 {s['candidates']} 个随机标题中取与正文共有字二元组最多者，平均共有 {s['mean_shared_bigrams']} 个）："]
    if not s["rule_enabled"]:
        lines.append(f"  注意：配置中 {TITLE_RULE} 未启用，下列比率均为 0。")
    if s["pairs"]:
        lines.append(f"  调换后的标题被识别：{s['caught_rate']:.1%}（{s['caught']}/{s['pairs']}）")
        lines.append(f"  原标题被误报：{s['false_alarm_rate']:.1%}（{s['true_pair_alarms']}/{s['pairs']}）")
        if explain:
            for miss in s["missed"]:
                lines.append(f"    漏报 {miss['id']}：换入 {miss['swapped_from']} 的标题《{miss['title']}》")
            for fa in s["false_alarms"]:
                lines.append(f"    误报 {fa['id']}：《{fa['title']}》")
    else:
        lines.append("  不足两条可调换的信息，未做此项。")
    targets = published_targets(data)
    if targets:
        lines += ["", "目标："] + format_targets(targets)
    return "\n".join(lines)
