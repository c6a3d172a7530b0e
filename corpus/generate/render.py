"""Parse the fragment files and render fragment templates for one unit.

Template slots: {S} scope (全县/全区/全镇), {T} period, {P} place, {U} unit,
{ENT} enterprise, {VIL} village, {TOWN} town, {PROJ} project, {SCH} school,
{HOS} hospital, {MKT} market, {COM} community, {PER} person;
numbers {a=300-2000} (int), {b=95.0-99.6} (one decimal), {c=~b} (80-100% of b), {a} reuse.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from . import pools

HERE = Path(__file__).parent
CASE_SLOTS = {"ENT", "VIL", "TOWN", "PROJ", "SCH", "HOS", "MKT", "COM", "PER"}
SLOT_RE = re.compile(r"\{([A-Za-z]+)(?:=([^}]*))?\}")


@dataclass
class Frag:
    text: str
    titles: list[str] = field(default_factory=list)

    @property
    def has_case(self) -> bool:
        return any(m.group(1) in CASE_SLOTS for m in SLOT_RE.finditer(self.text))


@dataclass
class Topic:
    field: str
    subject: str
    short: str
    acts: list[Frag] = field(default_factory=list)
    exps: list[Frag] = field(default_factory=list)
    mets: list[Frag] = field(default_factory=list)
    meas: list[Frag] = field(default_factory=list)
    cases: list[Frag] = field(default_factory=list)
    probs: list[Frag] = field(default_factory=list)
    causes: list[Frag] = field(default_factory=list)
    sugs: list[Frag] = field(default_factory=list)
    dets: list[Frag] = field(default_factory=list)   # detailed practice with a named case
    evs: list[Frag] = field(default_factory=list)    # evidence of a problem with a named case


@dataclass
class Field:
    name: str
    unit_template: str
    industries: list[str]
    topics: list[Topic] = field(default_factory=list)


KEYS = {"act": "acts", "exp": "exps", "met": "mets", "mea": "meas", "case": "cases",
        "prob": "probs", "cause": "causes", "sug": "sugs", "det": "dets", "ev": "evs"}


def load_fields() -> dict[str, Field]:
    fields: dict[str, Field] = {}
    cur_f: Field | None = None
    cur_t: Topic | None = None
    for path in sorted(HERE.glob("fragments_*.txt")):
        for raw in path.read_text(encoding="utf-8").splitlines():
            line = raw.strip()
            if not line:
                continue
            if line.startswith("## "):
                parts = [p.strip() for p in line[3:].split("|")]
                if parts[0] in fields:  # a later file adds fragments to a known field
                    cur_f = fields[parts[0]]
                    continue
                inds = [x for x in parts[2].split(",") if x] if len(parts) > 2 else []
                cur_f = Field(parts[0], parts[1], inds or ["商贸"])
                fields[cur_f.name] = cur_f
            elif line.startswith("# "):
                parts = [p.strip() for p in line[2:].split("|")]
                known = [t for t in cur_f.topics if t.subject == parts[0]]
                if known:
                    cur_t = known[0]
                    continue
                cur_t = Topic(cur_f.name, parts[0], parts[1])
                cur_f.topics.append(cur_t)
            else:
                key, _, rest = line.partition(":")
                text, _, titles = rest.partition("||")
                frag = Frag(text.strip(), [t.strip() for t in titles.split("|") if t.strip()])
                getattr(cur_t, KEYS[key.strip()]).append(frag)
    return fields


@dataclass
class Unit:
    name: str
    field: str
    loc: str            # locality name, e.g. 澜溪县
    loc_level: str      # 县 or 区
    town: str | None    # set for town governments
    towns: list[str]    # towns of the locality

    @property
    def level(self) -> str:
        return "镇" if self.town else self.loc_level

    @property
    def place(self) -> str:
        return self.town or self.loc

    @property
    def scope(self) -> str:
        return {"县": "全县", "区": "全区", "镇": "全镇"}[self.level]

    @property
    def self_ref(self) -> str:
        if self.town:
            return "我镇"
        if self.name.endswith("办公室"):
            return "我办"
        if self.name.endswith("分局"):
            return "我分局"
        return "我局"

    @property
    def anon_place(self) -> str:
        return {"县": "我县", "区": "我区", "镇": "我镇"}[self.level]

    @property
    def dept(self) -> str:
        """Department part without the locality (e.g. 市场监督管理局)."""
        return self.name.replace(self.loc, "").replace("国家税务总局", "") if not self.town else "镇政府"


class Renderer:
    """Renders templates for one item: keeps the item's period, names used and numbers."""

    def __init__(self, unit: Unit, rng: random.Random, anon: bool, period: str,
                 industries: list[str], field_name: str):
        self.unit, self.rng, self.anon, self.period = unit, rng, anon, period
        self.industries, self.field_name = industries, field_name
        self.case_names: list[str] = []
        # Voice: after the first mention the unit is "该局" (third person), "我局" (first
        # person) or named in full every time, as different writers do.
        self.voice = rng.choice(["full", "third", "first", "third"])
        self._u_uses = 0

    # --- names -------------------------------------------------------------
    def _loc2(self) -> str:
        return self.unit.loc[:-1]

    def _town(self) -> str:
        return self.rng.choice(self.unit.towns)

    def _village(self) -> str:
        stem = self.rng.choice(pools.VILLAGE_STEMS)
        if self.unit.town or self.rng.random() < 0.5:
            return stem + "村"
        return self._town() + stem + "村"

    def make_case(self, slot: str) -> str:
        r = self.rng
        u = self.unit
        if slot == "ENT":
            b, ind = r.choice(pools.BRANDS), r.choice(self.industries)
            name = r.choice([f"{self._loc2()}{b}{ind}有限公司", f"{b}{ind}有限公司",
                             f"{self._loc2()}{b}{ind}有限责任公司"])
        elif slot == "VIL":
            name = self._village()
        elif slot == "TOWN":
            name = self._village() if u.town else self._town()
        elif slot == "PROJ":
            stems = pools.PROJECTS.get(self.field_name, pools.DEFAULT_PROJECTS)
            name = (u.town or self._town()) + r.choice(stems)
        elif slot == "SCH":
            suf = r.choice(pools.SCHOOL_SUFFIXES)
            name = (u.town or self._town()) + suf if r.random() < 0.7 else u.loc + "实验小学"
        elif slot == "HOS":
            name = r.choice(pools.HOSPITAL_FORMS).format(town=u.town or self._town(), loc=u.loc)
        elif slot == "MKT":
            name = r.choice(pools.MARKET_FORMS).format(town=u.town or self._town(), loc=u.loc)
        elif slot == "COM":
            name = r.choice(pools.COMMUNITY_STEMS) + "社区"
        elif slot == "PER":
            name = r.choice(pools.SURNAMES) + "某"
        else:
            raise KeyError(slot)
        self.case_names.append(name)
        return name

    # --- numbers -----------------------------------------------------------
    def _number(self, spec: str, vars_: dict[str, float | int]) -> str:
        if spec.startswith("~"):
            base = vars_[spec[1:]]
            v = base * self.rng.uniform(0.8, 1.0)
            return self._fmt(v, isinstance(base, float))
        lo_s, hi_s = spec.split("-")
        if "." in lo_s or "." in hi_s:
            return self._fmt(self.rng.uniform(float(lo_s), float(hi_s)), True)
        return self._fmt(self.rng.randint(int(lo_s), int(hi_s)), False)

    @staticmethod
    def _fmt(v: float, decimal: bool) -> str:
        if decimal:
            return f"{v:.1f}"
        return str(int(round(v)))

    def render(self, text: str, vars_: dict | None = None) -> tuple[str, dict]:
        vars_ = {} if vars_ is None else vars_
        u = self.unit

        def sub(m: re.Match) -> str:
            name, spec = m.group(1), m.group(2)
            if spec is not None:
                s = self._number(spec, vars_)
                vars_[name] = float(s) if "." in s else int(s)
                vars_["_s_" + name] = s
                return s
            if "_s_" + name in vars_:
                return vars_["_s_" + name]
            if name == "S":
                return u.scope
            if name == "T":
                return self.period
            if name == "P":
                return u.anon_place if self.anon else u.place
            if name == "U":
                if self.anon:
                    return u.self_ref
                self._u_uses += 1
                if self._u_uses == 1 or self.voice == "full":
                    return u.name
                return u.self_ref if self.voice == "first" else "该" + u.self_ref[1:]
            if name == "L":
                return u.loc
            if name in CASE_SLOTS:
                if self.anon:
                    raise ValueError("case slot in anonymous item")
                return self.make_case(name)
            raise KeyError(name)

        return SLOT_RE.sub(sub, text), vars_

    def title(self, text: str, vars_: dict) -> str:
        """Titles always use the real place name, even for anonymous bodies."""
        saved = self.anon, self.voice, self._u_uses
        self.anon, self.voice = False, "full"
        try:
            out, _ = self.render(text, dict(vars_))
        finally:
            self.anon, self.voice, self._u_uses = saved
        return out
