"""Boundary cases (issue 10, part 6): the shapes of real text the first generator kept away
from, planted on purpose and labelled by the definitions in labels.py.

Each planter edits a Draft (or returns a new title) and says whether it could; build.py
records what was planted in the item's ``boundary`` list and verifies the labels with
labels.mechanical_labels as for every item.
"""
from __future__ import annotations

import math
import random
import re
from datetime import date, timedelta

from . import pools
from .compose import Composer, Draft
from .labels import (BOUNDARY_SENTENCE_MIN, CLEAN_STOCK_MAX, CLICHE_MIN, LONG_SENTENCE_MAX,
                     has_any_numeral, stock_count, stock_phrases, title_length, UNLISTED_KEYS)
from .defects import merge_to_boundary

CN_DIGITS = "零一二三四五六七八九"


# --------------------------------------------------------------------------- sentences
def clean_long_sentence(d: Draft, rng: random.Random) -> bool:
    """One sentence of BOUNDARY_SENTENCE_MIN..LONG_SENTENCE_MAX characters (clean)."""
    if LONG_SENTENCE_MAX < BOUNDARY_SENTENCE_MIN:
        return False
    return merge_to_boundary(d, rng, BOUNDARY_SENTENCE_MIN, LONG_SENTENCE_MAX)


# --------------------------------------------------------------------------- titles
def double_title(facts: list[str], place: str, rng: random.Random, lo: int, hi: int) -> str | None:
    """主标题 + 空格 + 数据副句, lo..hi characters without the space."""
    cands = []
    for f in facts:
        for g in facts:
            if f == g or not re.search(r"\d", g):
                continue
            sub = g.replace(place, "", 1) if g.startswith(place) else g
            if len(sub) < 6 or sub in f or f.replace(place, "", 1) in g:
                continue
            # the main title should not repeat the figure of the sub-sentence
            if set(re.findall(r"\d+(?:\.\d+)?", sub)) & set(re.findall(r"\d+(?:\.\d+)?", f)):
                continue
            t = f + " " + sub
            if lo <= title_length(t) <= hi:
                cands.append(t)
    return rng.choice(cands) if cands else None


_UNIT_AFTER = r"(?=[万亿]?[\u4e00-\u9fff])(?![年月日号时])"


def round_title(title: str, rng: random.Random, body: str = "") -> tuple[str, str] | None:
    """Restate one title figure the way editors round it; the body keeps the exact value.

    1132人 -> 1100余人; 20.7% -> 21%; 78% / 78.4% -> 七成八. Returns (title, kind).
    A rounded figure that the body states elsewhere (another 21%) is not used: the title
    would then restate that other figure, not round this one."""
    opts = []
    for m in re.finditer(r"(?<![\d.])(\d+(?:\.\d+)?)(%|" + _UNIT_AFTER + ")", title):
        x, unit = m.group(1), m.group(2)
        v = float(x)
        if unit == "%":
            r = int(math.floor(v + 0.5))
            if "." in x and r != v and 10 <= r < 100:
                opts.append((m.start(), m.end(), f"{r}%", "rounded-percent"))
            if 11 <= r <= 99 and r % 10 and abs(r - v) < 0.5:
                opts.append((m.start(), m.end(), f"{CN_DIGITS[r // 10]}成{CN_DIGITS[r % 10]}", "cheng-percent"))
        elif "." not in x and v >= 100:
            k = 10 ** (len(x) - 2)
            r = int(v) // k * k
            if r != int(v):
                opts.append((m.start(1), m.end(1), f"{r}余", "rounded-count"))
    opts = [o for o in opts if not re.search(r"(?<![\d.])" + re.escape(o[2].rstrip("余")) + r"(?![\d.])", body)]
    if not opts:
        return None
    pct = [o for o in opts if o[3] != "rounded-count"]
    dec = [o for o in opts if o[3] == "rounded-percent"]
    r = rng.random()
    a, b, new, kind = rng.choice(dec if dec and r < 0.6 else pct if pct and r < 0.8 else opts)
    return title[:a] + new + title[b:], kind


def _nice_above(v: float) -> float:
    """Smallest 'round' figure at least 1.4 times v (超10万 for 6.2万)."""
    target = v * 1.4
    k = 10 ** math.floor(math.log10(target))
    for f in (1, 1.5, 2, 3, 5, 8, 10):
        if f * k >= target:
            return f * k
    return 10 * k


def overclaim_title(title: str, body: str) -> str | None:
    """A title claiming 超X where the body's figure is well below X (title-mismatch)."""
    for m in re.finditer(r"(达到?|突破|超过?|近|约)?(?<![\d.])(\d+(?:\.\d+)?)" + _UNIT_AFTER, title):
        x = m.group(2)
        if x not in body or float(x) <= 0:
            continue
        new = _nice_above(float(x))
        s = f"{new:g}"
        if s in body:
            continue
        return title[:m.start()] + "超" + s + title[m.end():]
    return None


# --------------------------------------------------------------------------- names
def case_shape(comp: Composer, rng: random.Random) -> tuple[str, str]:
    """A case of another shape: (kind, name). Adds it to the item's case names."""
    R, u = comp.R, comp.R.unit
    kind = rng.choice(["PERSON", "ENT", "ANON"])
    if kind == "PERSON":
        name = rng.choice(pools.PERSON_ROLES) + rng.choice(pools.SURNAMES) + rng.choice(pools.GIVEN_NAMES)
        case = name
        key = name[-3:] if len(name) >= 3 else name
    elif kind == "ENT":
        form = rng.choice(pools.LONG_ENT_FORMS)
        case = form.format(loc2=u.loc[:-1], b=rng.choice(pools.BRANDS), ind=rng.choice(R.industries),
                           town=u.town or rng.choice(u.towns))
        key = case
    else:
        form = rng.choice(pools.ANON_CASE_FORMS)
        case = form.format(where=rng.choice(pools.ANON_WHERE[u.level]), shop=rng.choice(pools.SHOPS))
        key = case
    R.case_names.append(key)
    return kind, case


def plant_case_shape(d: Draft, comp: Composer, rng: random.Random) -> str:
    kind, case = case_shape(comp, rng)
    s = comp.fill(rng.choice(pools.CASE_SHAPE_SENTENCES[kind]).replace("{case}", case)) + "。"
    para = d.paras[-1] if len(d.paras) > 1 or rng.random() < 0.5 else d.paras[0]
    para.insert(max(1, len(para) - 1) if len(para) > 1 else len(para), s)
    return {"PERSON": "name-person", "ENT": "name-long-enterprise", "ANON": "name-anonymised"}[kind]


def plant_lookalike(d: Draft, comp: Composer, rng: random.Random, nofig: bool, narration: bool = False) -> bool:
    """A sentence with a common noun that looks like a name (推行社区, 行政村, 农贸市场 …);
    narration: only sentences that add no practice (for meeting-only items)."""
    src = pools.LOOKALIKE_NARRATION if narration else pools.LOOKALIKE_SENTENCES
    pool = [s for s in src if not (nofig and has_any_numeral(s))]
    pool = [s for s in pool if s[:6] not in d.body]
    if not pool:
        return False
    s = comp.fill(rng.choice(pool)) + "。"
    p = d.paras[rng.randrange(len(d.paras))]
    p.insert(rng.randint(1, len(p)) if p else 0, s)
    return True


# --------------------------------------------------------------------------- stock phrases
def plant_unlisted_cliche(d: Draft, comp: Composer, rng: random.Random) -> None:
    """Cliche made of phrases outside the shipped list, until CLICHE_MIN.. distinct phrases."""
    pool = list(pools.UNLISTED_CLICHE_SENTENCES)
    rng.shuffle(pool)
    want = CLICHE_MIN + rng.choice([0, 0, 1, 2])
    for s in pool:
        if stock_count(d.title + "\n" + d.body) >= want:
            break
        text = comp.fill(s) + "。"
        target = d.paras[-1] if rng.random() < 0.5 else d.paras[rng.randrange(len(d.paras))]
        target.insert(rng.randint(1, len(target)) if target else 0, text)


def plant_unlisted_few(d: Draft, comp: Composer, rng: random.Random) -> bool:
    """One or two unlisted stock phrases in an item that stays under the cliche count."""
    pool = list(pools.UNLISTED_ONE_STOCK)
    rng.shuffle(pool)
    added = 0
    for s in pool[:rng.choice([1, 2])]:
        if stock_count(d.title + "\n" + d.body) >= CLEAN_STOCK_MAX:
            break
        if s.startswith("下一步") and ("下一步" in d.body or "下阶段" in d.body):
            continue
        d.paras[-1].append(comp.fill(s) + "。")
        added += 1
    keys = stock_phrases(d.title + "\n" + d.body)
    return added > 0 and any(k in UNLISTED_KEYS or k in ("见行见效",) for k in keys)


# --------------------------------------------------------------------------- dates
def plant_incidental_date(d: Draft, comp: Composer, rng: random.Random, event: date) -> date | None:
    """A date in the body that is not the event date: earlier than the event by 35-80 days,
    so that reading it as the event date would make a timely item look late."""
    when = event - timedelta(days=rng.randint(35, 80))
    if when.year != event.year:
        return None
    s = comp.fill(rng.choice(pools.INCIDENTAL_DATE), md=f"{when.month}月{when.day}日") + "。"
    ev = f"{event.month}月{event.day}日"
    # after the sentence that states the event date, so the lead keeps the main event
    spots = [(pi, si) for pi, si, t in d.sentences() if ev in t]
    if not spots:
        return None
    pi0, si0 = spots[0]
    later = [(pi, si) for pi, p in enumerate(d.paras) for si in range(len(p) + 1)
             if (pi, si) > (pi0, si0) and not (pi == pi0 and si == si0)]
    pi, si = rng.choice(later)
    d.paras[pi].insert(si, s)
    return when
