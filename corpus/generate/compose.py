"""Compose one item body and title per information type from fragment pools.

A Draft keeps the body as paragraphs of sentences (each sentence ends with its
own punctuation), so defect planting can merge, split or insert sentences.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from . import pools
from .labels import has_any_numeral
from .render import SLOT_RE, Frag, Renderer, Topic


_ALT = re.compile(r"\[([^\[\]]*)\]")


@dataclass
class Opts:
    nofig: bool = False          # body must contain no figures at all
    long_body: bool = False      # non-problem body over the length limit
    research_long: bool = False  # problem (调研) item over 1,000 characters
    dynamic_only: bool = False
    date_str: str | None = None  # "3月15日" when the body states the event date
    title_mode: str = "normal"   # normal | vague | mismatch | long | short
    medium: bool = False         # fuller item instead of a short one
    grow_to: int = 0             # keep adding the topic's own material up to this many characters
    visit_verb: str | None = None  # dynamic-only narrated with 调研/座谈/督导/授牌/表态/走访/视察
    visit_aid: bool = False      # dynamic item led by a 走访 that delivered aid (with figures)
    no_relative: bool = False    # an item with an unstated event date: lead not 近日/日前 (they date it)
    blocked: frozenset = frozenset()  # fragments a boilerplate group's template used (id): others avoid them


@dataclass
class Draft:
    paras: list[list[str]]
    title: str = ""
    tags: list[str] = field(default_factory=list)
    title_facts: list[str] = field(default_factory=list)  # candidate clean titles

    @property
    def body(self) -> str:
        return "\n".join("".join(p) for p in self.paras if p)

    def sentences(self):
        for pi, p in enumerate(self.paras):
            for si, s in enumerate(p):
                yield pi, si, s


def numeric_template(text: str) -> bool:
    return has_any_numeral(SLOT_RE.sub("", text)) or "=" in text


class Composer:
    def __init__(self, topic: Topic, siblings: list[Topic], R: Renderer, prng: random.Random,
                 opts: Opts):
        self.tp, self.siblings, self.R, self.p, self.o = topic, siblings, R, prng, opts
        self.used: set[int] = set()

    # --- fragment selection -------------------------------------------------
    def ok(self, frag: Frag) -> bool:
        if id(frag) in self.used or id(frag) in self.o.blocked:
            return False
        if self.o.nofig and numeric_template(frag.text):
            return False
        if self.R.anon and frag.has_case:
            return False
        d = getattr(self, "d", None)
        head = SLOT_RE.sub("", frag.text)[:8]
        if d is not None and len(head) == 8 and head in d.body:
            return False  # a detail that restates a sentence already in the item
        return True

    def pick(self, frags: list[Frag], n: int = 1) -> list[Frag]:
        cands = [f for f in frags if self.ok(f)]
        self.p.shuffle(cands)
        out = cands[:n]
        for f in out:
            self.used.add(id(f))
        return out

    def one(self, frags: list[Frag]) -> Frag | None:
        got = self.pick(frags, 1)
        return got[0] if got else None

    def r(self, text: str, vars_: dict | None = None) -> tuple[str, dict]:
        return self.R.render(text, vars_)

    def alt(self, text: str) -> str:
        """Resolve the alternatives of a glue template ([甲|乙|丙] → one of them): units phrase
        the same framing differently, so framing sentences are not copied across items."""
        return _ALT.sub(lambda m: self.p.choice(m.group(1).split("|")), text)

    def fill(self, text: str, **kw) -> str:
        """Render a glue template with keyword fields, then the slot renderer."""
        text = self.alt(text)
        u = self.R.unit
        base = dict(U="{U}", P="{P}", short=self.tp.short, field=self.tp.field,
                    scope=u.scope, T=self.R.period or "今年以来",
                    subunits="村（社区）" if u.town else "乡镇（街道）", sup=pools.SUPERIORS[u.level],
                    dept=u.dept, TOWN="{TOWN}")
        base.update(kw)
        if str(base.get("sug", "")).startswith("将"):
            base["sug"] = "把" + base["sug"][1:]
        out, _ = self.R.render(text.format(**base))
        return out

    def time_prefix(self) -> str:
        if self.o.date_str:
            return self.o.date_str + "，"
        choice = self.p.choice(["近日，", "日前，", "近期，"])
        return "近期，" if self.o.no_relative else choice

    def met_sentence(self, frag: Frag) -> tuple[str, str | None]:
        text, vars_ = self.r(frag.text)
        title = None
        titles = [self.R.title(t, vars_) for t in frag.titles]
        titles = [t for t in titles if 8 <= len(t) <= 30]
        if titles:
            title = self.p.choice(titles)
        return text, title

    def add_title_fact(self, t: str | None) -> None:
        if t and 8 <= len(t) <= 30:
            self.d.title_facts.append(t)

    # --- types ------------------------------------------------------------
    def dynamic(self) -> Draft:
        self.d = Draft([])
        u, tp, o = self.R.unit, self.tp, self.o
        if o.dynamic_only:
            if o.visit_verb:
                return self._visit_only(o.visit_verb)
            return self._dynamic_only()
        if o.visit_aid and not o.nofig:
            return self._visit_aid()
        style = self.p.choice(["brief", "brief", "lead_data", "lead_data", "meeting_results"])
        if o.long_body or (o.medium and style == "brief"):
            style = "lead_data"
        act = self.one(tp.acts)
        U = self.r("{U}")[0]
        lead_time = self.time_prefix()
        if style == "meeting_results" and not o.nofig:
            kind = self.p.choice(pools.MEETING_KINDS[:3])
            first = f"{lead_time}{U}召开{tp.short}{kind}。"
            self.d.tags.append("dynamic-with-results")
        else:
            first = f"{lead_time}{U}{act.text}。"
            self.add_title_fact(self.R.title("{P}" + act.text, {}))
        p1 = [first]
        meas = self.pick(tp.meas, 2 if style != "brief" or o.nofig else self.p.choice([1, 2]))
        mets = self.pick(tp.mets, (3 if o.medium else 2) if style != "brief" else 1)
        cases = self.pick(tp.cases, 2 if o.medium else 1)
        met_s = []
        for m in mets:
            s, t = self.met_sentence(m)
            met_s.append(s)
            self.add_title_fact(t)
        mea_s = [self.r(m.text)[0] for m in meas]
        case_s = [self.r(c.text)[0] for c in cases]
        if style == "meeting_results" and not o.nofig and met_s:
            p1.append("会议通报，" + met_s[0] + "。")
            for s in met_s[1:]:
                p1.append(s + "。")
            for s in case_s:
                p1.append(s + "。")
            req = self.alt(self.p.sample(pools.MEETING_REQS, 1)[0])
            p1.append("会议要求，" + req + "。")
            self.d.paras = [p1]
        elif style == "brief":
            if len(mea_s) == 1:
                p1.append(self.p.choice(["活动中，", ""]) + mea_s[0] + "。")
            elif mea_s:
                p1.append(mea_s[0] + "，" + mea_s[1] + "。")
            for s in met_s + case_s:
                p1.append(s + "。")
            self.d.paras = [p1]
        else:
            for s in mea_s:
                p1.append(s + "。")
            p2 = [s + "。" for s in met_s] + [s + "。" for s in case_s]
            if o.medium or self.p.random() < 0.4:
                for det in self.pick(tp.dets, 1):
                    p1.append(self.r(det.text)[0] + "。")
            self.d.paras = [p1, p2]
            if o.medium or self.p.random() < 0.5:
                sug = self.one(tp.sugs)
                if sug:
                    self.d.paras.append([self.fill(self.p.choice(pools.NEXT_STEPS), sug=self.r(sug.text)[0]) + "。"])
        if o.long_body:
            self._pad_long()
        return self.d

    def _dynamic_only(self) -> Draft:
        u, tp = self.R.unit, self.tp
        U = self.r("{U}")[0]
        lead_time = self.time_prefix()
        leaders = pools.LEADERS[u.level]
        where = ""
        if not self.R.anon:
            meeting = self.p.random() < 0.7
            slot = "TOWN" if meeting else self.p.choice(["TOWN", "COM", "MKT"])
            where = "在" + self.R.make_case(slot if u.town is None else "VIL")
        else:
            meeting = self.p.random() < 0.7
        if meeting:
            kind = self.p.choice(pools.MEETING_KINDS)
            sents = [f"{lead_time}{U}{where}召开{tp.short}{kind}。"]
            lead_p = self.p.choice(leaders + pools.UNIT_LEADERS)
            sents.append(lead_p + self.alt("[出席会议并讲话|到会并作讲话|出席会议并提出要求|主持会议并讲话]。"))
            if not self.o.nofig:
                n = self.R.rng.randint(3, 15) * 10
                who = "各村（社区）" if u.town else "各乡镇（街道）"
                sents.append(who + self.alt(f"[和相关部门负责人{n}余人参加会议|分管负责人及相关部门同志{n}余人参会|、有关单位共{n}余人参加]。"))
            for a in self.p.sample(pools.MEETING_ACTS, 2):
                sents.append(self.alt(a) + "。")
            reqs = [self.alt(r) for r in self.p.sample(pools.MEETING_REQS, 2)]
            sents.append("会议要求，" + "；".join(reqs) + "。")
            titles = [f"{{P}}召开{tp.short}{kind}", f"{{U}}召开{tp.short}{kind}"]
        else:
            sents = [f"{lead_time}{U}{where}开展{tp.short}宣传活动。"]
            for a in self.p.sample(pools.ACTIVITY_ONLY, 2):
                sents.append(self.alt(a) + "。")
            if not self.o.nofig:
                sents.append(self.alt(f"[活动共发放宣传资料{self.R.rng.randint(3, 30) * 100}余份|现场发放资料{self.R.rng.randint(3, 30) * 100}余份|累计发出宣传单{self.R.rng.randint(3, 30) * 100}余份]。"))
            lead_p = self.p.choice(pools.UNIT_LEADERS)
            sents.append(lead_p + self.alt("[到现场察看活动开展情况|到活动现场了解情况|在现场察看并与群众交流]。"))
            titles = [f"{{P}}开展{tp.short}宣传活动", f"{{U}}开展{tp.short}宣传活动"]
        self.d.paras = [sents]
        for t in titles:
            self.add_title_fact(self.R.title(t, {}))
        return self.d

    def _visit_only(self, verb: str) -> Draft:
        """Dynamic-only narration whose verb is not 召开会议: who went, saw, heard, required."""
        u, tp = self.R.unit, self.tp
        lead_time = self.time_prefix()
        lead = self.p.choice(pools.LEADERS[u.level] + pools.UNIT_LEADERS[:2])
        if verb == "视察":
            lead = pools.VISIT_LEAD[u.level]
        if self.R.anon:
            where = "基层一线" if verb not in ("座谈", "授牌", "表态") else ""
        else:
            where = self.R.make_case("VIL" if u.town else self.p.choice(["TOWN", "VIL"]))
        tpl = pools.VISIT_ONLY[verb]
        first = tpl[0].format(lead=lead, where=("在" + where if where and verb in ("座谈", "授牌", "表态")
                                                else where), short=tp.short, U="{U}")
        sents = [lead_time + self.fill(first) + "。"]
        if not self.o.nofig:
            n = self.R.rng.randint(2, 9)
            sents.append({"调研": f"调研组先后察看了{n}个点位。",
                          "座谈": f"{n * 3}名基层干部和群众代表参加座谈。",
                          "督导": f"督导组共{n}人，分两组开展工作。",
                          "授牌": f"此次共有{n}个单位获授示范点牌匾。",
                          "表态": f"{n * 2}个单位的负责人参加会议。",
                          "走访": f"{lead}先后走访了{n}个村（社区）。",
                          "视察": f"参加视察的人大代表共{n + 6}人。"}[verb])
        for t in tpl[1:]:
            sents.append(self.fill(t.format(lead=lead, short=tp.short, U="{U}")) + "。")
        self.d.paras = [sents]
        head = {"调研": f"{{P}}调研{tp.short}工作", "座谈": f"{{P}}召开{tp.short}工作座谈会",
                "督导": f"{{P}}督导{tp.short}工作", "授牌": f"{{P}}为{tp.short}工作示范点授牌",
                "表态": f"{{P}}召开{tp.short}工作会议", "走访": f"{{P}}走访了解{tp.short}工作",
                "视察": f"人大代表视察{{P}}{tp.short}工作"}[verb]
        self.add_title_fact(self.R.title(head, {}))
        self.d.tags.append("meeting-verb-" + verb)
        return self.d

    def _visit_aid(self) -> Draft:
        """A 走访 that delivered aid or solved problems, with figures: not dynamic-only."""
        u, tp = self.R.unit, self.tp
        lead_time = self.time_prefix()
        lead = self.p.choice(pools.LEADERS[u.level])
        rng = self.R.rng
        n = rng.randint(12, 260) * (10 if rng.random() < 0.3 else 1)
        k = rng.randint(8, 60)
        j = rng.randint(2, max(3, k // 3))
        m = rng.randint(3, 48)
        subjects = self.p.choice(pools.VISIT_SUBJECTS)
        a, b, t = self.p.choice(pools.VISIT_AID)
        kw = dict(lead=lead, n=n, k=k, j=j, m=m, subjects=subjects)
        sents = [lead_time + self.fill(a, **kw) + "。", self.fill(b, **kw) + "。"]
        cases = self.pick(self.tp.cases, 1)
        sents += [self.r(c.text)[0] + "。" for c in cases]
        self.d = Draft([sents])
        self.add_title_fact(self.R.title(t.format(P="{P}", n=n, m=m, k=k, subjects=subjects), {}))
        self.d.tags.append("visit-with-aid")
        if self.o.long_body:
            self._pad_long()
        return self.d

    def experience(self) -> Draft:
        self.d = Draft([])
        tp, o = self.tp, self.o
        exp = self.one(tp.exps) or Frag(f"创新{tp.short}工作方式")
        U = self.r("{U}")[0]
        T = self.R.period
        purpose = self.p.choice(["着力破解{short}中的难点", "把{short}工作做细做实",
                                 "推动{short}工作由事后处置向事前预防转变", "提高{short}工作的精准度"])
        practice = re.sub(r"^推行", "", exp.text)
        if o.date_str:
            intro = [f"{o.date_str}，{U}召开{tp.short}现场会，推广{practice}的做法。"]
        else:
            intro = [f"{T}，{U}{exp.text}，{self.fill(purpose)}。"]
        for t in exp.titles:
            self.add_title_fact(self.R.title(t, {}))
        n_meas = 4 if o.long_body or o.medium else self.p.choice([2, 3, 3, 4])
        meas = [self.r(m.text)[0] for m in self.pick(tp.meas, n_meas)]
        case_frags = self.pick(tp.cases, 3 if o.long_body or o.medium else self.p.choice([1, 2]))
        met_frags = self.pick(tp.mets, 3 if o.long_body or o.medium else self.p.choice([2, 2, 3]))
        mets = []
        for m in met_frags:
            s, t = self.met_sentence(m)
            mets.append(s)
            self.add_title_fact(t)
            if t and exp.titles:
                combo = self.R.title(exp.titles[0], {}) + "，" + t.replace(self.R.unit.place, "", 1)
                self.add_title_fact(combo)
        cases = [self.r(c.text)[0] for c in case_frags]
        if mets and self.p.random() < 0.4 and not o.date_str:
            intro.append(f"目前，{mets.pop(0)}。")
        style = self.p.choice(["yishi", "diyi", "prose"]) if len(meas) >= 2 else "prose"
        ords = {"yishi": ["一是", "二是", "三是", "四是", "五是"],
                "diyi": ["第一，", "第二，", "第三，", "第四，", "第五，"]}
        if style == "prose":
            mea_sents = [self.p.choice(["具体做法上，", "在做法上，", ""]) + "；".join(meas) + "。"]
            for det in self.pick(tp.dets, 2 if o.medium else 1):
                mea_sents.append(self.r(det.text)[0] + "。")
        else:
            mea_sents = []
            for i, m in enumerate(meas):
                mea_sents.append(ords[style][i] + m + "。")
                det = self.one(tp.dets) if self.p.random() < (0.7 if o.medium else 0.4) else None
                if det:
                    mea_sents.append(self.r(det.text)[0] + "。")
                elif self.p.random() < (0.45 if o.medium else 0.3):
                    el = [e for e in pools.MEASURE_ELAB if not (self.R.anon and "{TOWN}" in e)]
                    mea_sents.append(self.fill(self.p.choice(el)) + "。")
                elif cases and self.p.random() < 0.6:
                    mea_sents.append(self.p.choice(["", "例如，", "比如，"]) + cases.pop(0) + "。")
            self.d.tags.append("listing-experience")
        if cases and len(cases) == len(case_frags):
            mea_sents.insert(self.p.randrange(1, len(mea_sents) + 1),
                             self.p.choice(["", "例如，", "比如，"]) + cases.pop(0) + "。")
        res_lead = self.p.choice(pools.EXP_RESULT_LEADS)
        res = [f"{res_lead}，{mets[0]}。"] if mets else []
        res += [m + "。" for m in mets[1:]]
        res += [c + "。" for c in cases]
        if self.p.random() < 0.6 or o.long_body or o.medium:
            res.append("实践表明，" + self.alt(self.p.choice(pools.INSIGHTS)) + "。")
        if o.medium:
            sug = self.one(tp.sugs)
            if sug:
                res.append(self.fill(self.p.choice(pools.NEXT_STEPS), sug=self.r(sug.text)[0]) + "。")
        layout = self.p.choice(["zfz", "zfz", "one", "two"])
        if layout == "one" and not o.long_body:
            self.d.paras = [intro + mea_sents + res]
        elif layout == "two":
            self.d.paras = [intro + mea_sents, res]
        else:
            self.d.paras = [intro, mea_sents, res]
        self.d.paras = [p for p in self.d.paras if p]
        if o.long_body:
            self._pad_long()
        return self.d

    def problem(self) -> Draft:
        self.d = Draft([])
        tp, o = self.tp, self.o
        long_ = o.research_long and not o.nofig
        sibs = [s for s in self.siblings if s is not tp]
        self.p.shuffle(sibs)
        sibs = []  # other topics are other departments' own text: a long 调研 stays on its topic
        subject = tp.field if long_ else tp.short
        if o.nofig:
            intro = self.fill(self.p.choice(pools.PROBLEM_INTROS_NOFIG), short=subject)
        else:
            intro = self.fill(self.p.choice(pools.PROBLEM_INTROS), n=self.R.rng.randint(5, 16),
                              m=self.R.rng.randint(60, 400), short=subject)
        if o.date_str:
            intro = o.date_str + "，" + intro.replace("近期，", "")
        paras = [[intro + "。"]]
        if long_:
            bg = []
            for m in self.pick(tp.mets, 2) + [f for sib in sibs for f in self.pick(sib.mets, 1)]:
                bg.append(self.met_sentence(m)[0] + "。")
            for m in self.pick(tp.meas, 1):
                bg.append("目前，" + self.r(m.text)[0] + "。")
            for c in self.pick(tp.cases, 1):
                bg.append(self.r(c.text)[0] + "。")
            bg[0] = "从基本情况看，" + bg[0]
            paras.append(bg)
        n_prob = 3 if long_ or o.medium else self.p.choice([2, 2, 3])
        probs = self.pick(tp.probs, n_prob)
        if long_:
            for sib in sibs:
                if len(probs) < 4:
                    probs += self.pick(sib.probs, 1)
        if len(probs) < 2:
            # no usable evidence fragments (e.g. no figures allowed): state problems plainly
            plain = [Frag(t + "的问题比较突出", [t]) for f in tp.probs for t in f.titles
                     if not numeric_template(t)]
            self.p.shuffle(plain)
            probs += plain[:n_prob - len(probs)]
        style = self.p.choice(["yishi", "diyi", "shouxian"])
        ords = {"yishi": ["一是", "二是", "三是", "四是"], "diyi": ["第一，", "第二，", "第三，", "第四，"],
                "shouxian": ["首先，", "其次，", "再次，", "此外，"]}[style]
        if style != "shouxian":
            self.d.tags.append("listing-problem")
        bridge = self.fill(self.p.choice(pools.PROBLEM_BRIDGES)) + "。"
        blocks = []
        has_case = False
        elab = list(pools.PROBLEM_ELABORATE)
        self.p.shuffle(elab)
        for i, pf in enumerate(probs):
            txt, vars_ = self.r(pf.text)
            has_case = has_case or pf.has_case
            block = [ords[i] + txt + "。"]
            # topic evidence is not tied to one problem: a mismatched title could draw support from it
            if (long_ or o.medium or self.p.random() < 0.5) and pf in tp.probs and o.title_mode != "mismatch":
                for ev in self.pick(tp.evs, 1):
                    block.append(self.r(ev.text)[0] + "。")
                    has_case = True
            if pf in tp.probs or pf.titles and not numeric_template(pf.text):
                for t in pf.titles:
                    for form in ("{P}" + t, "调研显示{P}" + t, t):
                        self.add_title_fact(self.R.title(form, vars_))
            if elab and (long_ or o.medium or self.p.random() < 0.4):
                block.append(self.alt(elab.pop()) + "。")
            if not o.nofig and (long_ or o.medium or self.p.random() < 0.4):
                block.append(self.evidence() + "。")
            blocks.append(block)
        if not has_case and not self.R.anon:
            k = self.p.randrange(len(blocks))
            blocks[k].append(self.fill(self.p.choice(pools.PROBLEM_CASE_GLUE)) + "。")
        if long_:
            paras.append([bridge] + blocks[0] + blocks[1])
            paras.append([s for b in blocks[2:] for s in b])
        else:
            paras.append([bridge] + [s for b in blocks for s in b])
        causes = [self.r(c.text)[0] for c in self.pick(tp.causes, 2)]
        if long_:
            causes += [self.r(c.text)[0] for sib in sibs for c in self.pick(sib.causes, 1)][:2]
        cl = self.p.choice(pools.CAUSE_LEADS)
        if causes:
            if long_ or o.medium or self.p.random() < 0.5:
                cs = [f"{cl}，一是{causes[0]}。"] + [f"{o_}{c}。" for o_, c in zip(["二是", "三是", "四是"], causes[1:])]
                if long_ or o.medium:
                    cs += [self.alt(c) + "。" for c in self.p.sample(pools.CAUSE_ELAB, 2 if long_ else 1)]
            else:
                cs = [f"{cl}，主要是{causes[0]}" + (f"，同时{causes[1]}" if len(causes) > 1 else "") + "。"]
            paras.append(cs)
        sugs = [self.r(s.text)[0] for s in self.pick(tp.sugs, 3)]
        if long_:
            sugs += [self.r(s.text)[0] for sib in sibs for s in self.pick(sib.sugs, 1)][:2]
        sl = self.p.choice(pools.SUGGEST_LEADS)
        ss = []
        nums = ["一是", "二是", "三是", "四是", "五是"]
        selab = list(pools.SUGGEST_ELABORATE)
        self.p.shuffle(selab)
        for i, s in enumerate(sugs):
            extra = ("，" + self.alt(selab.pop())) if selab and (long_ or o.medium or self.p.random() < 0.35) else ""
            ss.append(f"{nums[i]}{s}{extra}。")
        if ss:
            ss[0] = f"{sl}：" + ss[0]
        else:
            ss = [f"{sl}，" + self.fill("{U}") + "结合实际研究解决办法。"]
        paras.append(ss)
        if long_:
            paras[-3].append(self.alt(self.p.choice(pools.RESEARCH_CLOSERS)) + "。")
            details = [x for x in pools.RESEARCH_DETAIL if not (self.R.anon and "{TOWN}" in x)]
            self.p.shuffle(details)
            while sum(len("".join(p)) for p in paras) < 1080 and details:
                pi = self.p.randrange(1, len(paras) - 1)
                target = paras[pi]
                rng = self.R.rng
                text = self.fill(details.pop(), k=rng.randint(3, 9), m=rng.randint(80, 600))
                target.insert(self.p.randrange(min(1, len(target)), len(target) + 1), text + "。")
        self.d.paras = paras
        if long_:
            self.d.tags.append("long-research")
        return self.d

    def comprehensive(self) -> Draft:
        self.d = Draft([])
        tp, o = self.tp, self.o
        u = self.R.unit
        topics = [tp] + [s for s in self.siblings if s is not tp]
        lead = self.fill(self.p.choice(pools.COMPREHENSIVE_LEADS)) + "。"
        paras = [[lead]]
        n_aspects = 3 if o.long_body or o.medium else self.p.choice([2, 3])
        for i, t in enumerate(topics[:n_aspects]):
            sub = Composer(t, self.siblings, self.R, self.p, self.o)
            sub.used = self.used
            sub.d = self.d
            sents = []
            if i > 0:
                # another department's topic: one figure it reported (a summary quotes it),
                # not its practices and cases (those are that department's own text)
                for m in sub.pick([f for f in t.mets if len(f.text) < 36], 1) if not o.nofig else []:
                    sents.append(sub.met_sentence(m)[0] + "。")
                if sents:
                    sents[0] = f"{t.short}方面，" + sents[0]
                    paras.append(sents)
                continue
            if o.nofig or self.p.random() < 0.25:
                e = sub.one(t.exps)
                if e:
                    sents.append(self.r("{U}")[0] + e.text + "。")
                    if o.nofig and i == 0:
                        for title in e.titles:
                            self.add_title_fact(self.R.title(title, {}))
            mets = sub.pick(t.mets, 2 if o.long_body or o.medium else self.p.choice([1, 2]))
            for j, m in enumerate(mets):
                s, title = sub.met_sentence(m)
                if title and i == 0:
                    for form in (title.replace(u.place, u.place + self.R.period, 1), title):
                        self.add_title_fact(form)
                if j == 0 and self.p.random() < 0.3 and not self.R.anon and not getattr(self, "_attributed", False):
                    self._attributed = True
                    s = self.fill(self.p.choice(pools.SOURCE_ATTRIB)) + "，" + s
                sents.append(s + "。")
            if not mets or o.long_body or o.medium or self.p.random() < 0.5:
                for m in sub.pick(t.meas, 1):
                    sents.append(self.r(m.text)[0] + "。")
            if o.medium and self.p.random() < 0.6:
                for det in sub.pick(t.dets, 1):
                    sents.append(self.r(det.text)[0] + "。")
            for c in sub.pick(t.cases, 1 if (i == 0 or o.medium or self.p.random() < 0.5) else 0):
                sents.append(self.r(c.text)[0] + "。")
            if sents:
                sents[0] = f"{t.short}方面，" + sents[0]
                paras.append(sents)
        closing = []
        pf = self.one(tp.probs)
        if pf:
            closing.append("从面上看，" + self.r(pf.text)[0] + "。")
        sf = self.one(tp.sugs)
        if sf:
            closing.append(self.fill(self.p.choice(pools.NEXT_STEPS), sug=self.r(sf.text)[0]) + "。")
        if closing:
            paras.append(closing)
        self.d.paras = paras
        if o.long_body:
            self._pad_long()
        return self.d

    # --- padding for the length defect --------------------------------------
    def _pad_long(self) -> None:
        pool = [self.tp]  # the item's own topic; other topics are other departments' text
        padded = getattr(self, "_padded", set())
        self._padded = padded
        for t in pool:
            if len(self.d.body) > 1150:
                break
            if id(t) in padded:
                continue
            padded.add(id(t))
            sub = Composer(t, self.siblings, self.R, self.p, self.o)
            sub.used = self.used
            sub.d = self.d
            sents = []
            for m in sub.pick(t.mets, 2):
                sents.append(sub.met_sentence(m)[0] + "。")
            for m in sub.pick(t.meas, 3):
                sents.append(self.r(m.text)[0] + "。")
            for c in sub.pick(t.cases, 2) + sub.pick(t.dets, 2):
                sents.append(self.r(c.text)[0] + "。")
            if sents:
                if t is not self.tp:
                    sents[0] = f"在{t.short}方面，" + sents[0]
                self.d.paras.append(sents)
        if len(self.d.body) <= 1150:
            tail = []
            for pf in self.pick(self.tp.probs, 2):
                tail.append("工作中也发现，" + self.r(pf.text)[0] + "。")
            for sf in self.pick(self.tp.sugs, 2):
                tail.append(self.fill(self.p.choice(pools.NEXT_STEPS), sug=self.r(sf.text)[0]) + "。")
            if tail:
                self.d.paras.append(tail)
        pads = list(pools.PADDING)
        self.p.shuffle(pads)
        while len(self.d.body) <= 1150 and pads:
            # spread through the item, not stacked at paragraph ends
            para = self.d.paras[self.p.randrange(len(self.d.paras))]
            para.insert(self.p.randrange(min(1, len(para)), len(para) + 1), self.fill(pads.pop()) + "。")

    def evidence(self) -> str:
        rng = self.R.rng
        used = getattr(self, "_ev_used", set())
        self._ev_used = used
        pool = [e for e in pools.EVIDENCE if not (self.R.anon and "{TOWN}" in e) and e not in used]
        if not pool:
            return self.fill(self.p.choice(pools.PROBLEM_ELABORATE))
        pick = self.p.choice(pool)
        used.add(pick)
        n = rng.randint(8, 30)
        return self.fill(pick, n=n, k=rng.randint(3, n - 2), pct=rng.randint(30, 75),
                         pct2=rng.randint(5, 25))

    def grow(self, target: int, type_: str) -> None:
        """Lengthen a draft with the topic's own material (no generic padding).

        Practice details go to the middle of the item, figures to the results, and
        remaining problems and a next step to a closing paragraph.
        """
        tp, d = self.tp, self.d
        if type_ == "problem":
            hi = max(1, len(d.paras) - 3)  # the problems paragraph(s), before causes and suggestions
            adds = [] if self.o.title_mode == "mismatch" else [self.r(f.text)[0] for f in self.pick(tp.evs, len(tp.evs))]
            details = [x for x in pools.RESEARCH_DETAIL if not (self.R.anon and "{TOWN}" in x)]
            self.p.shuffle(details)
            rng = self.R.rng
            adds += [self.fill(x, k=rng.randint(3, 9), m=rng.randint(80, 600)) for x in details]
            ordinal = re.compile(r"^(一是|二是|三是|四是|第一|第二|第三|第四|首先|其次|再次|此外)")
            for text in adds:
                if len(d.body) >= target:
                    return
                if text in d.body or (self.o.nofig and numeric_template(text)):
                    continue
                # at the end of one listed problem (just before the next one, or paragraph end)
                spots = []
                for pi in range(1, hi + 1) if len(d.paras) > 2 else [len(d.paras) - 1]:
                    para = d.paras[pi]
                    firsts = [j for j, x in enumerate(para) if ordinal.match(x)]
                    spots += [(pi, j) for j in firsts[1:]] + ([(pi, len(para))] if firsts else [])
                if not spots:
                    return
                pi, j = self.p.choice(spots)
                d.paras[pi].insert(j, text + "。")
            return
        middle = d.paras[len(d.paras) // 2] if len(d.paras) > 2 else d.paras[0]
        last = d.paras[-1]
        if type_ == "comprehensive" and len(d.paras) > 1:
            middle = last = d.paras[1]  # the first aspect paragraph belongs to this topic
        closing: list[str] = []
        order = [("det", tp.dets), ("case", tp.cases), ("met", tp.mets), ("mea", tp.meas), ("prob", tp.probs)]
        for kind, frags in order:
            for f in self.pick(frags, len(frags)):
                if len(d.body) + sum(map(len, closing)) >= target:
                    break
                text = self.r(f.text)[0] + "。"
                if kind == "prob":
                    closing.append(("工作中也发现，" if not closing else "同时，") + text)
                elif kind == "met":
                    last.append(text)
                else:
                    middle.append(text)
        if closing:
            if type_ == "comprehensive":
                d.paras[-1][:0] = closing
            else:
                d.paras.append(closing)

    def ensure_case(self) -> None:
        if self.R.anon or any(n in self.d.body for n in self.R.case_names):
            return
        s = self.fill(self.p.choice(pools.CASE_GLUE)) + "。"
        self.d.paras[-1].append(s)
