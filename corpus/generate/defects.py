"""Plant defects into a Draft, and keep clean drafts clean (sentence splitting).

Each planter edits the draft in place; build.py verifies the result with
labels.mechanical_labels and redraws the item if anything came out ambiguous.
"""
from __future__ import annotations

import random
import re

from . import pools
from .compose import Composer, Draft
from .labels import CLICHE_MIN, CLEAN_STOCK_MAX, LONG_SENTENCE_MAX, has_any_numeral, stock_count

CJK = r"[\u4e00-\u9fff]"


def _fill(comp: Composer, text: str) -> str:
    return comp.fill(text)


def plant_cliche(d: Draft, comp: Composer, rng: random.Random, dynamic: bool) -> None:
    pool = [s for s in pools.CLICHE_SENTENCES if dynamic or "气氛热烈" not in s]
    opener = pool[0]
    rest = pool[1:]
    rng.shuffle(rest)
    # the opener comes first in the text, so it names the unit in full
    opener = opener.replace("{U}", "{U}" if comp.R.anon else comp.R.unit.name)
    d.paras[0].insert(0, _fill(comp, opener) + "。")
    i = 0

    def distinct() -> int:
        return stock_count(d.title + "\n" + d.body)

    # CLICHE_MIN distinct phrases is the definition; some items sit exactly on it
    want = CLICHE_MIN + rng.choice([0, 0, 1, 2, 3])
    while distinct() < want and i < len(rest):
        s = _fill(comp, rest[i]) + "。"
        target = d.paras[-1] if i % 2 == 0 else d.paras[rng.randrange(len(d.paras))]
        target.append(s)
        i += 1


def plant_few_stock(d: Draft, comp: Composer, rng: random.Random) -> None:
    k = rng.choice([1, 2])
    pool = [s for s in pools.ONE_STOCK
            if not (s.startswith("下一步") and ("下一步" in d.body or "下阶段" in d.body))]
    for s in rng.sample(pool, min(k, len(pool))):
        if stock_count(d.title + "\n" + d.body) >= CLEAN_STOCK_MAX:
            break
        para = d.paras[-1] if rng.random() < 0.6 else d.paras[0]
        para.append(_fill(comp, s) + "。")


def plant_empty_claim(d: Draft, comp: Composer, rng: random.Random, type_: str) -> None:
    """Insert a result claim where neither it nor the next sentence gives a figure or a name."""
    claim = _fill(comp, rng.choice(pools.EMPTY_CLAIMS)) + "。"
    names = comp.R.case_names

    def bare(s: str) -> bool:
        return not has_any_numeral(s) and not any(n in s for n in names)

    spots = []
    for pi, p in enumerate(d.paras):
        for si in range(len(p) + 1):
            nxt = p[si] if si < len(p) else (d.paras[pi + 1][0] if pi + 1 < len(d.paras) else "")
            if bare(nxt) and (type_ != "problem" or pi > 0):
                spots.append((pi, si))
    if not spots:
        d.paras[-1].append(claim)
        return
    pi, si = spots[-1] if rng.random() < 0.6 else rng.choice(spots)
    d.paras[pi].insert(si, claim)


def _merge_in_paragraph(d: Draft, rng: random.Random, lo: int = LONG_SENTENCE_MAX + 16,
                        hi: int = 240) -> bool:
    """Join consecutive sentences of one paragraph with commas into one of lo..hi characters
    (counted as the checker counts: terminator included)."""
    order = list(range(len(d.paras)))
    rng.shuffle(order)
    for pi in order:
        p = d.paras[pi]
        starts = list(range(len(p)))
        rng.shuffle(starts)
        for start in starts:
            total = 0
            for end in range(start, len(p)):
                total += len(p[end])
                if total >= lo and end > start:
                    merged = "".join(s[:-1] + "，" for s in p[start:end]) + p[end]
                    merged = merged[:-1].replace("；", "，").replace("。", "，") + merged[-1]
                    if len(merged) <= hi and merged[-1] in "。！？":
                        d.paras[pi] = p[:start] + [merged] + p[end + 1:]
                        return True
                    break
    return False


def plant_long_sentence(d: Draft, comp: Composer, rng: random.Random, near: bool = False) -> bool:
    """Run sentences together with commas until one is over the limit.

    near: the sentence is only just over (LONG_SENTENCE_MAX+1 .. +15), a boundary case;
    returns False when no run of sentences lands there. Otherwise the sentence is well over,
    and when no paragraph holds enough text, two neighbouring paragraphs are joined first
    (a common fault in real drafts: one run-on block).
    """
    if near:
        return _merge_in_paragraph(d, rng, LONG_SENTENCE_MAX + 1, LONG_SENTENCE_MAX + 15)
    while not _merge_in_paragraph(d, rng):
        if len(d.paras) < 2:
            d.paras[0].append(comp.fill(rng.choice(pools.PADDING)) + "。")
            continue
        i = max(range(len(d.paras) - 1), key=lambda k: len(d.paras[k]) + len(d.paras[k + 1]))
        d.paras[i:i + 2] = [d.paras[i] + d.paras[i + 1]]
    return True


def merge_to_boundary(d: Draft, rng: random.Random, lo: int, hi: int) -> bool:
    """Join sentences of one paragraph into one of lo..hi characters: a long sentence that is
    still clean (real adopted items have many of 100-130 characters)."""
    return _merge_in_paragraph(d, rng, lo, hi)


def split_long(d: Draft, limit: int) -> None:
    """Split any sentence longer than limit (split on 。！？ only) at a comma or semicolon."""
    for pi, p in enumerate(d.paras):
        out = []
        queue = list(p)
        while queue:
            s = queue.pop(0)
            # a "sentence" for the loose split ends with 。！？; 'p' items may end with ；
            if len(s) <= limit:
                out.append(s)
                continue
            cuts = [m.start() for m in re.finditer(r"[，；]", s[:-1])]
            if not cuts:
                out.append(s)
                continue
            mid = len(s) / 2
            c = min(cuts, key=lambda x: abs(x - mid))
            queue[:0] = [s[:c] + "。", s[c + 1:]]
        d.paras[pi] = out
    # Adjacent items ending with ；are one loose sentence: break runs that get too long.
    for pi, p in enumerate(d.paras):
        run = 0
        for si, s in enumerate(p):
            run += len(s)
            if s.endswith("；") and run + (len(p[si + 1]) if si + 1 < len(p) else 0) > limit:
                p[si] = s[:-1] + "。"
                run = 0
            elif not s.endswith("；"):
                run = 0


def _id18(rng: random.Random) -> str:
    area = rng.choice(["513022", "430521", "362330", "522401", "421127"])
    birth = f"{rng.randint(1960, 2002)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    seq = f"{rng.randint(0, 999):03d}"
    body = area + birth + seq
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    check = "10X98765432"[sum(int(a) * b for a, b in zip(body, w)) % 11]
    return body + check


def _mobile(rng: random.Random) -> str:
    return "1" + rng.choice("3456789") + "".join(str(rng.randint(0, 9)) for _ in range(9))


def plant_sensitive(d: Draft, comp: Composer, rng: random.Random, kind: str) -> str:
    if kind == "mobile":
        d.paras.append([f"（联系电话：{_mobile(rng)}）"])
    elif kind == "id":
        who = "涉事人员" if comp.R.anon else "当事人" + comp.R.make_case("PER")
        d.paras[-1].append(f"经核查，{who}身份证号为{_id18(rng)}，相关材料已移交处理。")
    else:
        marker = rng.choice(["密级：秘密", "（本件属机密级信息，请注意保管）", "本信息含绝密事项，仅供内部参阅。"])
        if rng.random() < 0.5:
            d.paras.insert(0, [marker])
        else:
            d.paras.append([marker])
    return kind


def plant_typography(d: Draft, comp: Composer, rng: random.Random, nofig: bool) -> str | None:
    kinds = ["comma", "colon_semi", "paren", "quote", "book", "placeholder"]
    rng.shuffle(kinds)
    for kind in kinds:
        if _typo(d, comp, rng, kind, nofig):
            return kind
    return None


def _typo(d: Draft, comp: Composer, rng: random.Random, kind: str, nofig: bool) -> bool:
    sents = [(pi, si) for pi, p in enumerate(d.paras) for si, _ in enumerate(p)]
    rng.shuffle(sents)
    if kind in ("comma", "colon_semi"):
        pat = re.compile(f"(?<={CJK})[，](?={CJK})") if kind == "comma" else re.compile(f"(?<={CJK})[：；](?={CJK})")
        rep = {"，": ",", "：": ":", "；": ";"}
        for pi, si in sents:
            s = d.paras[pi][si]
            ms = list(pat.finditer(s))
            if ms:
                m = rng.choice(ms)
                d.paras[pi][si] = s[:m.start()] + rep[m.group()] + s[m.end():]
                return True
        return False
    if kind == "paren":
        for pi, si in sents:
            s = d.paras[pi][si]
            m = re.search(f"(?<={CJK})（(?={CJK})[^（）]*）", s)
            if m:
                d.paras[pi][si] = s[:m.start()] + "(" + m.group()[1:-1] + ")" + s[m.end():]
                return True
        pi, si = sents[0]
        s = d.paras[pi][si]
        d.paras[pi][si] = s[:-1] + "(" + rng.choice(["下同", "见附件", "具体见后"]) + ")" + s[-1]
        return True
    if kind == "quote":
        for pi, si in sents:
            s = d.paras[pi][si]
            if "”" in s:
                d.paras[pi][si] = s.replace("”", "", 1)
                return True
        pi, si = sents[0]
        s = d.paras[pi][si]
        d.paras[pi][si] = "“" + s
        return True
    if kind == "book":
        s = d.paras[0][0]
        d.paras[0][0] = \
            "按照《" + comp.tp.subject + "工作方案要求，" + s
        return True
    if kind == "placeholder":
        opts = ["截至目前，已有××个村完成相关工作。", "相关情况〔待补充〕。", "具体数据XX待核实。"]
        if not nofig:
            opts.append("项目共投入资金X万元。")
        d.paras[-1].append(rng.choice(opts))
        return True
    return False
