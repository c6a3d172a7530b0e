"""Build corpus/items.jsonl deterministically.

Run from the repository root:  python -m corpus.generate   (or: python corpus/generate/build.py)
"""
from __future__ import annotations

import json
import re
import zlib
import random
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

if __package__ in (None, ""):  # allow `python corpus/generate/build.py`
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "corpus.generate"

from corpus.generate import boundary as B  # noqa: E402
from corpus.generate import defects as D  # noqa: E402
from corpus.generate import overlap as OV  # noqa: E402
from corpus.generate import pools  # noqa: E402
from corpus.generate.compose import Composer, Opts  # noqa: E402
from corpus.generate.labels import (LENGTH_CLEAN_MAX, LENGTH_DEFECT_MIN, CLEAN_SENTENCE_MAX,  # noqa: E402
                                    TITLE_MAX, mechanical_labels, stock_count, has_digit_figure,
                                    lead_of, lead_period_end)
from corpus.generate.render import Renderer, Unit, load_fields  # noqa: E402

SEED = 20250321
N_PER_TYPE = 220
CLEAN_PER_TYPE = 75
N_GROUPS = 22
N_RESUB = 6
TYPES = ["dynamic", "experience", "problem", "comprehensive"]
DEFECTS = ["title-mismatch", "title-vague", "title-length", "no-figures", "no-examples",
           "empty-claim", "cliche", "dynamic-only", "long-sentence", "late", "sensitive",
           "typography", "length"]
SEMANTIC = {"title-mismatch", "title-vague", "dynamic-only"}
# Cross-document labels, true of a planted block as a whole: every member of a boilerplate group
# shares its template passage with members from other units (README: boilerplate); both items of
# a resubmission pair are one unit's near-identical submissions. Not drawn by the defect plan.
CROSS_DEFECTS = ["boilerplate", "duplicate-submission"]
DEFECT_TARGET = 66
PENALTY = {"sensitive": 3, "dynamic-only": 2, "no-figures": 1.5, "no-examples": 1, "empty-claim": 1,
           "cliche": 1.5, "title-mismatch": 1.5, "title-vague": 1, "title-length": 0.5,
           "long-sentence": 0.5, "late": 1, "typography": 0.5, "length": 0.5,
           "boilerplate": 1, "duplicate-submission": 1}
HARD_PRIORITY = ["same-unit-resubmission", "title-shares-words", "title-figure-conflict",
                 "dynamic-with-results", "ordinal-no-figures", "few-stock-phrases", "long-research",
                 "late-boundary", "title-length-boundary", "landline-not-sensitive",
                 "listing-problem", "listing-experience"]
# Boundary cases (boundary.py): the per-plan kinds and the share of eligible plans that get one.
# Boilerplate groups and resubmissions are left as they are (their shared text is the point).
BOUNDARY_SEED = 20261129
VISIT_VERBS = ["调研", "座谈", "督导", "授牌", "表态", "走访", "视察"]
LAST_FAIL: list = []
OVERLAP_REDRAWS = [0]
OUT = Path(__file__).resolve().parents[1] / "items.jsonl"


# --------------------------------------------------------------------------- units
def make_units(fields) -> list[Unit]:
    units = []
    names = list(fields)
    for i, fname in enumerate(names):
        for k in range(3):
            li = (i * 3 + k) % len(pools.LOCALITIES)
            loc, lvl = pools.LOCALITIES[li]
            name = fields[fname].unit_template.replace("{L}", loc)
            units.append(Unit(name, fname, loc, lvl, None, pools.TOWNS[li]))
    for li, ti in ((0, 0), (3, 1), (6, 2), (8, 1)):
        loc, lvl = pools.LOCALITIES[li]
        town = pools.TOWNS[li][ti]
        units.append(Unit(town + "人民政府", "*", loc, lvl, town, pools.TOWNS[li]))
    return units


def units_for(units: list[Unit], fname: str) -> list[Unit]:
    return [u for u in units if u.field == fname or (u.field == "*" and fname in pools.TOWN_FIELDS)]


def departments(units: list[Unit], fname: str) -> list[Unit]:
    """The field's three departments; department k writes its single items on topic k."""
    return [u for u in units if u.field == fname]


# --------------------------------------------------------------------------- plan
@dataclass
class Plan:
    type: str
    field: str
    unit: Unit
    defects: set[str]
    plan_seed: int
    group: str | None = None
    resub_of: "Plan | None" = None
    topic_idx: int | None = None
    research_long: bool = False
    extras: dict = field(default_factory=dict)
    result: dict | None = None


def compatible(ds: set[str], d: str, type_: str) -> bool:
    if d in ds:
        return False
    if d == "dynamic-only" and type_ != "dynamic":
        return False
    if d == "length" and type_ == "problem":
        return False
    pairs = [("title-mismatch", "title-vague"), ("dynamic-only", "length"), ("dynamic-only", "title-mismatch"),
             ("dynamic-only", "empty-claim"), ("length", "no-figures"), ("title-mismatch", "no-figures"),
             ("title-length", "title-vague"), ("title-length", "title-mismatch"), ("title-length", "no-figures")]
    for a, b in pairs:
        if (d == a and b in ds) or (d == b and a in ds):
            return False
    return True


def make_plans(rng: random.Random, fields, units) -> list[Plan]:
    plans: list[Plan] = []
    fnames = list(fields)
    counts: Counter = Counter()
    # Boilerplate groups: one template copied across 3-6 units of one field.
    for g in range(N_GROUPS):
        type_ = TYPES[g % 4]
        fname = fnames[(g * 5) % len(fnames)] if g < 14 else rng.choice(pools.TOWN_FIELDS)
        cands = units_for(units, fname)
        k = min(len(cands), rng.randint(3, 6))
        members = rng.sample(cands, k)
        gseed = rng.randrange(1 << 30)
        topic_idx = rng.randrange(len(fields[fname].topics))
        group_ds: set[str] = set()
        r = rng.random()
        if r < 0.25:
            group_ds.add("no-examples")
        elif r < 0.4:
            group_ds.add("cliche")
        research_long = type_ == "problem" and rng.random() < 0.5
        for u in members:
            ds = set(group_ds)
            if rng.random() < 0.35:
                extra = rng.choice(["late", "typography", "sensitive", "long-sentence", "title-length",
                                    "empty-claim"])
                ds.add(extra)
            plans.append(Plan(type_, fname, u, ds, gseed, group=f"tg-{g + 1:02d}", topic_idx=topic_idx,
                              research_long=research_long))
    # Same-unit resubmissions.
    for k in range(N_RESUB):
        type_ = TYPES[k % 4]
        fname = rng.choice(fnames)
        u = rng.choice(departments(units, fname))
        ds = set() if k % 2 == 0 else {rng.choice(["typography", "title-length", "no-examples"])}
        base = Plan(type_, fname, u, ds, rng.randrange(1 << 30), group=f"resub-{k + 1:02d}",
                    topic_idx=departments(units, fname).index(u))
        again = Plan(type_, fname, u, set(ds), base.plan_seed, group=base.group, resub_of=base,
                     topic_idx=base.topic_idx)
        plans += [base, again]
    for p in plans:
        counts.update(p.defects)
    # Singles.
    by_type = Counter(p.type for p in plans)
    clean_by_type = Counter(p.type for p in plans if not p.defects)
    field_use = Counter(p.field for p in plans)
    singles: list[Plan] = []
    for type_ in TYPES:
        n = N_PER_TYPE - by_type[type_]
        n_clean = max(0, CLEAN_PER_TYPE - clean_by_type[type_])
        for i in range(n):
            fmin = min(field_use[f] for f in fnames)
            fname = rng.choice([f for f in fnames if field_use[f] <= fmin + 1])
            field_use[fname] += 1
            u = rng.choice(departments(units, fname))
            singles.append(Plan(type_, fname, u, set(), rng.randrange(1 << 30),
                                topic_idx=departments(units, fname).index(u)))
            singles[-1].extras["want_clean"] = i < n_clean
    rng.shuffle(singles)
    # Dynamic-only first so its quota is met from dynamic items.
    singles.sort(key=lambda p: p.type != "dynamic")
    for p in singles:
        if p.extras.pop("want_clean"):
            continue
        k = rng.choices([1, 2, 3], [0.55, 0.33, 0.12])[0]
        for _ in range(k):
            elig = [d for d in DEFECTS if compatible(p.defects, d, p.type)]
            if p.type == "dynamic" and counts["dynamic-only"] < DEFECT_TARGET and "dynamic-only" in elig \
                    and not p.defects:
                d = "dynamic-only"
            else:
                w = [max(DEFECT_TARGET - counts[d], 0) + 2 for d in elig]
                d = rng.choices(elig, w)[0]
            p.defects.add(d)
            counts[d] += 1
    plans += singles
    for p in singles:
        if p.type == "problem" and "no-figures" not in p.defects and rng.random() < 0.3:
            p.research_long = True
    assign_boundary(plans)
    return plans


def assign_boundary(plans: list[Plan]) -> None:
    """Give single items the boundary cases they are eligible for (own RNG, so the plans
    themselves do not change). Each kind is a request; build_item records what it planted."""
    brng = random.Random(BOUNDARY_SEED)
    n_verb = 0
    for p in plans:
        ds = p.defects
        bk: set[str] = set()
        p.extras["boundary"] = bk
        if p.group:
            continue
        titled = ds & {"title-mismatch", "title-vague", "title-length"}
        if "long-sentence" in ds:
            if brng.random() < 0.4:
                bk.add("long-near")
        elif brng.random() < 0.3:
            bk.add("sentence")
        if not titled:
            r = brng.random()
            if r < 0.2:
                bk.add("double-title")
            elif r < 0.38 and "no-figures" not in ds:
                bk.add("rounded-title")
        elif "title-length" in ds and brng.random() < 0.35:
            bk.add("double-title")
        if "title-mismatch" in ds and brng.random() < 0.4:
            bk.add("overclaim")
        if "no-examples" in ds:
            if brng.random() < 0.6:
                bk.add("lookalike")
        elif "dynamic-only" not in ds and brng.random() < 0.14:
            bk.add("case-only")
        if "cliche" in ds:
            if brng.random() < 0.5:
                bk.add("cliche-unlisted")
        elif brng.random() < 0.12:
            bk.add("stock-unlisted-few")
        if "dynamic-only" in ds:
            if brng.random() < 0.75:  # the verbs in turn, so each is represented
                bk.add("visit-verb:" + VISIT_VERBS[n_verb % len(VISIT_VERBS)])
                n_verb += 1
        elif p.type == "dynamic" and "no-figures" not in ds and brng.random() < 0.22:
            bk.add("visit-aid")
        if "no-figures" not in ds and brng.random() < 0.35:
            bk.add("incidental-date")


# --------------------------------------------------------------------------- items
# Generic title shapes (domain.md §1); only title-vague items may have them.
GENERIC_TITLE = re.compile(r"多措并举|采取.{0,2}措施|进一步|(开展|推进|做好|加强|抓好)[^，]{0,8}工作$|取得新|"
                           r"存在.{0,2}方面|亮点纷呈|迈出新步伐|提质增效|着力推动|工作情况$")


def pick_title(mode: str, comp: Composer, d, rng: random.Random, fields) -> tuple[str, str | None]:
    R, tp, u = comp.R, comp.tp, comp.R.unit
    facts = [t for t in d.title_facts if 8 <= len(t) <= 30 and not GENERIC_TITLE.search(t)]
    if mode == "normal":
        if not facts:
            return "", None
        return rng.choice(facts), None
    if mode == "vague":
        opts = [R.title(t.replace("{short}", tp.short).replace("{field}", tp.field), {}) for t in pools.VAGUE_TITLES]
        opts = [t for t in opts if 8 <= len(t) <= 30]
        return rng.choice(opts), None
    if mode == "short":
        p2 = u.place[:2]
        return p2 + tp.short, None
    if mode == "long":
        base = facts or [R.title("{P}" + tp.subject, {})]
        cands = []
        for f in base:
            tail = f.replace(u.place, "", 1)
            cands.append(u.name + tail)
            for g in base:
                gt = g.replace(u.place, "", 1)
                if g != f and gt not in f and tail not in g:
                    cands += [f + "，" + gt, u.name + tail + "，" + gt]
        cands = [c for c in cands if TITLE_MAX + 2 <= len(c) <= TITLE_MAX + 22]
        return (rng.choice(cands), None) if cands else ("", None)
    if mode == "mismatch":
        n_before = len(R.case_names)
        body = d.body
        variant = rng.choice(["other", "same", "same", "same", "same", "conflict", "conflict"])
        out, tag = "", None
        if variant == "conflict":
            for t in facts:
                nums = [x for x in _numbers(t)]
                if nums and all(x in body for x in nums):
                    x = nums[0]
                    new = _perturb(x, rng)
                    if new not in body:
                        out, tag = t.replace(x, new, 1), "title-figure-conflict"
                        break
        # another activity of the same topic: only for dynamic items, which report one activity
        if not out and variant in ("same", "conflict") and comp_type(d) == "dynamic":
            # another activity of the same topic whose event noun the body never mentions
            acts = [a for a in tp.acts if a.text not in body and a.text[-4:] not in body]
            if acts and rng.random() < 0.5:
                t = R.title("{P}" + rng.choice(acts).text, {})
                if 8 <= len(t) <= 30:
                    out, tag = t, "title-shares-words"
        if not out and variant in ("same", "conflict"):
            pool = tp.probs if comp_type(d) == "problem" else tp.mets
            cands = [f for f in pool if f.titles and id(f) not in comp.used]
            rng.shuffle(cands)
            for f in cands:
                v = _vars(R, f.text)
                t = R.title(rng.choice(f.titles), v)
                if comp_type(d) == "problem" and not t.startswith(u.place):
                    t = u.place + t
                if 8 <= len(t) <= 30 and not any(x in body for x in _numbers(t)):
                    out, tag = t, "title-shares-words"
                    break
        if not out:
            sibs = [s for s in fields[tp.field].topics if s is not tp]
            rng.shuffle(sibs)
            for s in sibs:
                frags = s.mets + s.probs
                frags = [f for f in frags if id(f) not in comp.used] + [f for f in frags if id(f) in comp.used]
                for f in frags:
                    if not f.titles:
                        continue
                    v = _vars(R, f.text)
                    t = R.title(rng.choice(f.titles), v)
                    if not t.startswith(u.place):
                        t = u.place + t
                    if 8 <= len(t) <= 30 and t not in d.title_facts:
                        out = t
                        rest = re.sub(r"[\d.%]+", "", t.replace(u.place, ""))
                        shared = {rest[i:i + 2] for i in range(len(rest) - 1) if rest[i:i + 2] in body}
                        if len(shared) >= 3:
                            tag = "title-shares-words"
                        break
                if out:
                    break
        del R.case_names[n_before:]
        return out, tag
    raise ValueError(mode)


def _vars(R: Renderer, text: str) -> dict:
    saved, R.anon = R.anon, False
    try:
        return R.render(text)[1]
    finally:
        R.anon = saved


def comp_type(d) -> str:
    return getattr(d, "type_", "")


def _numbers(s: str) -> list[str]:
    import re
    return re.findall(r"\d+(?:\.\d+)?", s)


def _perturb(x: str, rng: random.Random) -> str:
    if "." in x:
        v = float(x)
        return f"{v + rng.choice([-1, 1]) * rng.uniform(1.5, 4.0):.1f}" if v < 95 else f"{min(99.9, v + 0.4):.1f}" \
            if v < 99.4 else f"{v - 2.3:.1f}"
    v = int(x)
    return str(max(1, int(v * rng.choice([1.3, 1.5, 0.6, 2.0])) + 1))


def rand_date(rng: random.Random, lo: date, hi: date) -> date:
    return lo + timedelta(days=rng.randint(0, (hi - lo).days))


def build_item(p: Plan, fields, attempt: int, place_names: list[str],
               blocked: frozenset = frozenset()) -> dict | None:
    vr = random.Random(p.plan_seed * 7919 + attempt * 104729 + zlib.crc32(p.unit.name.encode()) % 9973)
    # a single item may be recomposed at once (another draw that shares no passage with other
    # units' items); group members and resubmissions keep their shared composition longer
    prng = random.Random(p.plan_seed + attempt if p.group is None or attempt >= 25 else p.plan_seed)
    fld = fields[p.field]
    topic = fld.topics[p.topic_idx if p.topic_idx is not None else prng.randrange(len(fld.topics))]
    ds = p.defects
    bk: set[str] = p.extras.get("boundary", set())
    planted: list[str] = []
    anon = "no-examples" in ds or "case-only" in bk
    period = prng.choice(pools.PERIODS)
    if "no-figures" in ds:
        period = "今年以来"
    R = Renderer(p.unit, vr, anon, period, fld.industries, p.field)
    tags: list[str] = []
    # dates: never before the end of the period the figures refer to
    pe = pools.PERIOD_END.get(period)
    lo = date(2025, *pe) + timedelta(days=1) if pe else date(2025, 3, 1)
    first_day = lo  # no event or submission before the figures' period has ended
    has_event = "late" in ds or (p.type != "comprehensive" and vr.random() < {
        "dynamic": 0.85, "experience": 0.35, "problem": 0.3}[p.type])
    event = None
    if has_event:
        if p.type == "comprehensive" and pe:
            event = lo - timedelta(days=1)
        else:
            event = rand_date(vr, lo, max(lo, date(2025, 10, 20)))
        if "late" in ds:
            gap = 31 if vr.random() < 0.12 else vr.randint(32, 110)
        else:
            gap = 30 if vr.random() < 0.07 else vr.randint(0, 24)
        if gap in (30, 31):
            tags.append("late-boundary")
        submitted = event + timedelta(days=gap)
    elif p.type == "comprehensive" and pe:
        submitted = lo + timedelta(days=vr.randint(2, 25))
    else:
        submitted = rand_date(vr, max(lo, date(2025, 3, 20)), date(2025, 12, 20))
    prev = p.resub_of.result if p.resub_of is not None else None
    if prev is not None:
        submitted = date.fromisoformat(prev["submitted"]) + timedelta(days=vr.randint(2, 9))
        # an event read from the lead's period is read again from this lead below
        event = date.fromisoformat(prev["event_date"]) if prev["event_date"] and not prev.get("_period") else None
        if event and (submitted - event).days > 30 and "late" not in ds:
            submitted = event + timedelta(days=30)
        tags = ["same-unit-resubmission"]
    nofig = "no-figures" in ds
    date_str = None
    # a late item states its date (when it may state any): its lead never reads as 近日
    if event and not nofig and ("late" in ds or vr.random() < 0.85):
        date_str = f"{event.month}月{event.day}日"
    size = prng.choices(["s", "m", "l"], {"dynamic": (60, 34, 6), "experience": (35, 40, 25),
                                          "problem": (35, 40, 25), "comprehensive": (30, 40, 30)}[p.type])[0]
    opts = Opts(nofig=nofig, long_body="length" in ds, research_long=p.research_long,
                dynamic_only="dynamic-only" in ds, date_str=date_str, medium=size != "s",
                title_mode="mismatch" if "title-mismatch" in ds else "normal",
                visit_verb=next((k.split(":")[1] for k in bk if k.startswith("visit-verb:")), None),
                visit_aid="visit-aid" in bk, no_relative=event is not None and date_str is None,
                blocked=blocked)
    comp = Composer(topic, fld.topics, R, prng, opts)
    d = getattr(comp, p.type)()
    d.paras = [para for para in d.paras if para]  # a blocked fragment can leave a paragraph empty
    if not d.paras:
        return None
    d.type_ = p.type
    for t in d.tags:
        (planted if t.startswith(("meeting-verb-", "visit-with-aid")) else tags).append(t)
    # Group members: edit the shared template (reorder, drop, insert).
    if p.group and p.group.startswith("tg-"):
        _edit_member(d, comp, vr)
    if p.resub_of is not None:
        _edit_resub(d, vr)
    if size == "l" and not opts.long_body and not opts.research_long and not opts.dynamic_only:
        comp.grow(prng.randint(600, 920), p.type)
    # title (chosen once the body's content is complete, so a mismatch can be checked against it)
    mode = "normal"
    for m, key in (("vague", "title-vague"), ("mismatch", "title-mismatch"), ("long", "title-length")):
        if key in ds:
            mode = m
    if mode == "long" and vr.random() < 0.35:
        mode = "short"
    title, ttag = pick_title(mode, comp, d, vr, fields)
    facts = [t for t in d.title_facts if 8 <= len(t) <= 30 and not GENERIC_TITLE.search(t)]
    if mode == "mismatch" and "overclaim" in bk:
        body_now = d.body
        for f in vr.sample(facts, len(facts)):
            t = B.overclaim_title(f, body_now)
            if t:
                title, ttag = t, "title-figure-conflict"
                planted.append("title-overclaim")
                break
    if "double-title" in bk and mode in ("normal", "long"):
        lo, hi = (31, min(35, TITLE_MAX)) if mode == "normal" else (max(31, TITLE_MAX + 1), max(35, TITLE_MAX + 5))
        t = B.double_title(facts, u_place(p), vr, lo, hi) if lo <= hi else None
        if t:
            title = t
            planted.append("double-title" if mode == "normal" else "double-title-long")
    if not title or (mode != "vague" and GENERIC_TITLE.search(title)):
        return None
    if ttag:
        tags.append(ttag)
    exact_title = title
    if "rounded-title" in bk and mode == "normal":
        # prefer a title fact with a decimal percentage (20.7% -> 21%), the rarer shape
        dec = [f for f in facts if re.search(r"\d\.\d%", f) and B.round_title(f, random.Random(0), d.body)]
        if dec and title not in dec and vr.random() < 0.6:
            title = exact_title = vr.choice(dec)
        got = B.round_title(title, vr, d.body)
        if got:
            title = got[0]
            planted.append("title-" + got[1])
    d.title = title
    if "length" in ds and len(d.body) <= LENGTH_DEFECT_MIN + 60:
        comp._pad_long()
    comp.ensure_case()
    if "case-only" in bk:  # an anonymous body whose one case is a name of another shape
        planted.append(B.plant_case_shape(d, comp, vr))
    if "lookalike" in bk and B.plant_lookalike(d, comp, vr, nofig, narration="dynamic-only" in ds):
        planted.append("name-lookalike")
    # planted body defects
    if "cliche" in ds:
        if "cliche-unlisted" in bk:
            B.plant_unlisted_cliche(d, comp, vr)
            planted.append("cliche-unlisted")
        else:
            D.plant_cliche(d, comp, vr, p.type == "dynamic")
    elif "stock-unlisted-few" in bk:
        if B.plant_unlisted_few(d, comp, vr):
            planted.append("stock-unlisted-few")
    elif vr.random() < 0.14:
        D.plant_few_stock(d, comp, vr)
    if nofig and vr.random() < 0.5 and p.type != "dynamic":
        d.paras[-1].append(comp.fill(vr.choice(pools.ORDINAL_NOFIG)) + "。")
    if "empty-claim" in ds:
        D.plant_empty_claim(d, comp, vr, p.type)
    D.split_long(d, CLEAN_SENTENCE_MAX - 3)
    if p.type != "problem" and "length" not in ds:
        _trim(d, LENGTH_CLEAN_MAX - 20)
    if "sentence" in bk and "long-sentence" not in ds and B.clean_long_sentence(d, vr):
        planted.append("clean-long-sentence")
    if "long-sentence" in ds:
        if "long-near" in bk and D.plant_long_sentence(d, comp, vr, near=True):
            planted.append("long-sentence-near")
        else:
            D.plant_long_sentence(d, comp, vr)
    if "sensitive" in ds:
        D.plant_sensitive(d, comp, vr, "marker" if nofig else vr.choice(["mobile", "id", "marker"]))
    elif not nofig and vr.random() < 0.03:
        d.paras.append([f"（联系电话：{vr.choice(pools.LANDLINES)}）"])
        tags.append("landline-not-sensitive")
    if "typography" in ds:
        if not D.plant_typography(d, comp, vr, nofig):
            return None
    if "incidental-date" in bk and event is not None and date_str and not nofig:
        if B.plant_incidental_date(d, comp, vr, event):
            planted.append("incidental-date")
    body = d.body
    # The main event (README, late): the date in the lead, else the last day of the period the
    # lead summarises (上半年 → 30 June …). An item without a stated event whose lead names a
    # period is dated by the period's end and, unless planned late, sent within 30 days of it.
    period_event = False
    if event is None:
        pend = lead_period_end(lead_of(body))
        if pend is not None:
            if pend < first_day - timedelta(days=1):
                return None  # a lead period ending before the figures' period: not drawn
            event, period_event = pend, True
            if prev is not None:
                if (submitted - event).days > 30:
                    submitted = event + timedelta(days=30)
            else:
                gap = 30 if vr.random() < 0.07 else vr.randint(0, 24)
                if gap == 30:
                    tags.append("late-boundary")
                submitted = event + timedelta(days=gap)
    if prev is not None and (prev["event_date"] != (event.isoformat() if event else None)
                             or bool(prev.get("_period")) != period_event):
        return None  # a resubmission reports the same event as the first submission
    mech, amb = mechanical_labels(title, body, p.type, event, submitted, R.case_names, place_names)
    want = {x for x in ds if x not in SEMANTIC}
    if amb or mech != want:
        LAST_FAIL.append((p.type, sorted(ds), sorted(mech ^ want), amb, len(body)))
        return None
    # semantic sanity: clean titles restate facts that are in the body
    if mode == "normal" and not all(x in body for x in _numbers(exact_title)):
        return None
    if "dynamic-only" not in ds and p.type == "dynamic" and not nofig and not has_digit_figure(body):
        return None
    # hard-case tags
    if nofig and any(w in body for w in ("一是", "第一", "进一步", "一系列")):
        tags.append("ordinal-no-figures")
    sc = stock_count(title + body)
    if "cliche" not in ds and 1 <= sc <= 2:
        tags.append("few-stock-phrases")
    if len(re.sub(r"\s", "", title)) in (7, 8, TITLE_MAX, TITLE_MAX + 1):
        tags.append("title-length-boundary")
    if "long-research" in tags and len(body) <= 1000:
        tags.remove("long-research")
    if "dynamic-with-results" in tags and (p.type != "dynamic" or "dynamic-only" in ds):
        tags.remove("dynamic-with-results")
    cross = set()
    if p.group and p.group.startswith("tg-"):
        cross.add("boilerplate")
    elif p.group and p.group.startswith("resub-"):
        cross.add("duplicate-submission")
    grade = _grade(ds | cross, body, R.case_names, p.type)
    item = {
        "id": "", "unit": p.unit.name, "field": p.field, "title": title, "body": body,
        "event_date": event.isoformat() if event else None, "submitted": submitted.isoformat(),
        "type": p.type, "defects": [x for x in DEFECTS + CROSS_DEFECTS if x in ds | cross], "grade": grade, "split": "",
    }
    if p.group:
        item["template_group"] = p.group
    if period_event:
        item["_period"] = True
    item["_names"] = list(R.case_names)
    item["_used"] = set(comp.used)
    hard = [t for t in HARD_PRIORITY if t in tags]
    if hard:
        item["hard_case"] = hard[0]
    if planted:
        item["boundary"] = sorted(set(planted))
    return item


def u_place(p: Plan) -> str:
    return p.unit.place


ORDINAL_SETS = [["一是", "二是", "三是", "四是", "五是", "六是"],
                ["第一，", "第二，", "第三，", "第四，", "第五，", "第六，"],
                ["首先，", "其次，", "再次，", "此外，", "同时，", "另外，"]]


def _ordinal_of(s: str) -> tuple[int, int] | None:
    for si, seq in enumerate(ORDINAL_SETS):
        for k, tok in enumerate(seq):
            if s.startswith(tok):
                return si, k
    return None


def _renumber(sents: list[str]) -> list[str]:
    counters: dict[int, int] = {}
    out = []
    for s in sents:
        o = _ordinal_of(s)
        if o:
            si, k = o
            n = counters.get(si, 0)
            counters[si] = n + 1
            s = ORDINAL_SETS[si][n] + s[len(ORDINAL_SETS[si][k]):]
        out.append(s)
    return out


def _edit_member(d, comp: Composer, rng: random.Random) -> None:
    """Per-unit edits of a copied template: reorder, drop or insert a listed point.

    Sentences are moved in blocks (a listed point with the sentences that follow it),
    and the ordinals (一是/第一/首先…) are renumbered afterwards.
    """
    big = max(range(len(d.paras)), key=lambda i: len(d.paras[i]))
    p = d.paras[big]
    if len(p) < 3:
        return
    head, blocks = [p[0]], []
    for s in p[1:]:
        if _ordinal_of(s) or not blocks:
            blocks.append([s])
        else:
            blocks[-1].append(s)
    op = rng.choice(["reorder", "drop", "insert", "reorder"])
    if op == "reorder":
        rng.shuffle(blocks)
    elif op == "drop" and len(blocks) > 2:
        blocks.pop(rng.randrange(len(blocks)))
    else:
        extra = comp.one(comp.tp.meas)
        if extra:
            text = comp.r(extra.text)[0] + "。"
            o = _ordinal_of(blocks[0][0]) if blocks else None
            if o:
                text = ORDINAL_SETS[o[0]][0] + text
            blocks.insert(rng.randrange(len(blocks) + 1), [text])
    d.paras[big] = _renumber(head + [s for b in blocks for s in b])


def _edit_resub(d, rng: random.Random) -> None:
    """A resubmission keeps the text but drops or adds a closing sentence."""
    if len(d.paras) > 1 and rng.random() < 0.5:
        d.paras[-1] = d.paras[-1][:-1] or d.paras[-1]
    else:
        closer = rng.choice(pools.DYN_CLOSERS)
        d.paras[-1].append(re.sub(r"\[([^\[\]]*)\]", lambda m: rng.choice(m.group(1).split("|")), closer) + "。")


def _trim(d, limit: int) -> None:
    while len(d.body) > limit:
        longest = max(range(len(d.paras)), key=lambda i: len(d.paras[i]))
        if len(d.paras[longest]) <= 1:
            return
        d.paras[longest].pop()


def _grade(ds: set[str], body: str, cases: list[str], type_: str) -> int:
    import re
    figures = len(re.findall(r"\d+(?:\.\d+)?", body))
    rich = figures >= 3 and len(set(c for c in cases if c in body)) >= 2 and len(body) >= 280
    if not ds:
        return 5 if rich and type_ != "dynamic" or (rich and len(body) >= 350) else 4
    g = (4.6 if rich else 4.2) - sum(PENALTY[x] for x in ds)
    g = int(round(max(1, min(4, g))))
    if "sensitive" in ds:
        g = min(g, 2)
    return g


# --------------------------------------------------------------------------- splits
def assign_splits(items: list[dict], rng: random.Random) -> None:
    """60/20/20 split, stratified by type and as far as possible by defect.

    Boilerplate groups and resubmission pairs are kept inside one split. Blocks are
    placed one by one into the split whose quota for the block's type and defects is
    least filled.
    """
    frac = {"train": 0.6, "dev": 0.2, "test": 0.2}
    blocks: dict[str, list[dict]] = {}
    for it in items:
        blocks.setdefault(it.get("template_group") or it["_key"], []).append(it)
    keys = sorted(blocks)
    rng.shuffle(keys)
    keys.sort(key=lambda k: -len(blocks[k]))  # big blocks first, while quotas are open

    def features(block: list[dict]) -> Counter:
        c = Counter()
        for it in block:
            c["type:" + it["type"]] += 1
            c.update("defect:" + d for d in it["defects"])
            if not it["defects"]:
                c["clean:" + it["type"]] += 1
            # boundary cases are spread too (meeting verbs and name shapes as one kind each)
            c.update("boundary:" + re.sub(r"^(meeting-verb|name(?!-lookalike))-.*", r"\1", b)
                     for b in it.get("boundary", []))
        return c

    totals = Counter()
    for k in keys:
        totals.update(features(blocks[k]))
    have = {s: Counter() for s in frac}
    for k in keys:
        f = features(blocks[k])

        def cost(s: str) -> float:
            return max((have[s][x] + n) / (frac[s] * totals[x]) for x, n in f.items()) \
                + 0.5 * sum((have[s][x] + n) / (frac[s] * totals[x]) for x, n in f.items() if x.startswith("type:"))

        split = min(frac, key=cost)
        for it in blocks[k]:
            it["split"] = split
        have[split].update(f)


def build() -> list[dict]:
    rng = random.Random(SEED)
    fields = load_fields()
    units = make_units(fields)
    place_names = sorted({u.loc for u in units} | {t for u in units for t in u.towns} | {u.name for u in units}
                         | {loc for loc, _ in pools.LOCALITIES} | {t for ts in pools.TOWNS for t in ts})
    plans = make_plans(rng, fields, units)
    items = []
    failures = Counter()
    shared = OV.Index()   # sentences of the items built so far (README: boilerplate)
    templates: set[int] = set()  # fragments the boilerplate groups' templates used (built first)
    for i, p in enumerate(plans):
        item, sents = None, []
        tg = bool(p.group and p.group.startswith("tg-"))
        # a single item that cannot be drawn apart from other units' items goes to the
        # field's next department (its own topic) before it is given up
        # (then to a department of another field: the plan's type and defects are kept)
        fnames = list(fields)
        tries = [(p.field, p.unit, p.topic_idx)]
        if p.resub_of is not None:  # the second submission follows the first
            tries = [(p.resub_of.field, p.resub_of.unit, p.resub_of.topic_idx)]
        elif not tg:
            depts = departments(units, p.field)
            tries += [(p.field, u, depts.index(u)) for u in depts if u is not p.unit]
            if p.group is None:
                fi = fnames.index(p.field)
                for k in (5, 9):
                    other = fnames[(fi + k) % len(fnames)]
                    d2 = departments(units, other)
                    tries.append((other, d2[i % 3], i % 3))
        first = p.resub_of.extras.get("attempt", 0) if p.resub_of is not None else 0
        for attempt in range(first, first + 60 * len(tries)):
            if (attempt - first) % 60 == 0:
                p.field, p.unit, p.topic_idx = tries[(attempt - first) // 60]
            try:
                item = build_item(p, fields, attempt, place_names, frozenset() if tg else frozenset(templates))
            except (IndexError, ValueError):  # a draw left without the fragments a structure needs: again
                item = None
            if not item:
                continue
            used = item.pop("_used")
            sents = OV.Normaliser(place_names + item.pop("_names")).sentences(item["body"])
            # Only a boilerplate group's members share passages with other units; every other
            # item is drawn again until it shares none (a resubmission repeats its first
            # submission, which was checked).
            if p.resub_of is None and shared.conflicts(p.unit.name, p.group, sents):
                OVERLAP_REDRAWS[0] += 1
                item = None
                continue
            break
        if item is None:
            failures[(p.type, tuple(sorted(p.defects)))] += 1
            if p.resub_of is not None and p.resub_of.result is not None:
                items.remove(p.resub_of.result)  # a resubmission pair is kept whole or not at all
            continue
        p.extras["attempt"] = attempt
        shared.add(p.unit.name, p.group if tg or p.group else None, sents)
        if tg:
            templates |= used
        item["_key"] = f"s{i}"
        p.result = item
        items.append(item)
    if failures:
        print("could not realise:", dict(failures), file=sys.stderr)
    assign_splits(items, rng)
    order = list(range(len(items)))
    rng.shuffle(order)
    out = []
    for n, i in enumerate(order, 1):
        it = items[i]
        it.pop("_key")
        it.pop("_period", None)
        it["id"] = f"xq-{n:04d}"
        out.append(it)
    return out


DATASHEET = OUT.parent / "DATASHEET.md"
BEGIN, END = "<!-- stats:begin (python -m corpus.generate.stats) -->\n", "<!-- stats:end -->"


def refresh_datasheet(items: list[dict]) -> None:
    """Rewrite the counts block of DATASHEET.md so it always matches the corpus."""
    from corpus.generate.stats import markdown
    if not DATASHEET.exists():
        return
    text = DATASHEET.read_text(encoding="utf-8")
    if BEGIN not in text or END not in text:
        return
    head, rest = text.split(BEGIN, 1)
    tail = rest.split(END, 1)[1]
    DATASHEET.write_text(head + BEGIN + markdown(items) + "\n" + END + tail, encoding="utf-8")


def main() -> None:
    items = build()
    with OUT.open("w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    refresh_datasheet(items)
    c = Counter(it["type"] for it in items)
    dc = Counter(d for it in items for d in it["defects"])
    print(f"wrote {len(items)} items to {OUT}")
    print("types:", dict(c))
    print("clean:", sum(1 for it in items if not it["defects"]))
    print("defects:", {d: dc[d] for d in DEFECTS + CROSS_DEFECTS})
    print("redrawn for sharing a passage with another unit's item:", OVERLAP_REDRAWS[0])


if __name__ == "__main__":
    main()
