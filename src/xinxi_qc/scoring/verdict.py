"""The verdict an editor acts on: 可采用 (adopt) / 修改后采用 (revise) / 退回修改 (return), with reasons.

Decided from the findings and the score, in this order:

1. **Blocking faults** → 退回修改 whatever the score, and the grade is capped (default 较好: never
   优质 or 良好). Which faults block is ``[verdict] blocking`` (rule ids, plus ``placeholder`` for
   the typography findings marked as placeholders left in). A blocking fault counts when its
   finding reports at warning or above. ``late`` blocks only beyond the item type's return limit
   (``[verdict.late_return_days]``): editors grade an item one to two months late as "useful, real
   defect" (revise), not as unusable.
   **Capping faults** (``[verdict] capped``, default ``boilerplate``) keep an item from adoption and
   cap its grade the same way, but the item is revised unless its score returns it: a passage
   shared with another unit's item is rewritten in the unit's own facts. The hand-graded items say
   so: all 58 items of the train and dev writers (W1–W3, W5–W13) whose only labelled fault is
   boilerplate are graded 3 ("useful content but a real defect: … template frame"), none 2, whatever
   share of the body is shared (31–100 %). Their points do not count toward returning (step 2):
   boilerplate beside one more fault (late, a vague title, no case) was revised 11 times out of 12
   on the train and dev writers (W1–W3, W5–W19).
2. **Score below** ``return_below`` (default 40) → 退回修改: two content faults at once (套话 and
   成效无据, 流水账 and 无数据 …); an editor sends such an item back to be rewritten. On the fitted
   scale (25 points per grade step) a score below 37.5 predicts an editor's grade of 2 or less; 40 is
   the round number where the external train and dev labels split: one content fault plus a vague
   title (41) is still revised there, two content faults (36) are returned. Scores 40–49 are
   待改进 but revised.
3. **Adopt** (可采用) when no finding reaches warning, nothing is stale for its type, the score is
   in the top band (优质), and the body carries at least ``[verdict.adopt_min_figures]`` figures
   for the item's type and ``[verdict] adopt_min_chars`` characters. Editors grade about half of
   the fault-free items 4 (light edits) and half 5 (adopt as is); the findings cannot tell them
   apart, but the items adopted as is report more (more figures, more cases, longer). The
   thresholds are chosen by ``xinxi-qc train`` on the hand-graded dev items
   (``models/scoring.json``): the figures per type first, then the length; a fault-free item
   short of them is revised and its grade capped at the second band (良好): 优质 means "adopt as is".
4. Otherwise **revise** (修改后采用): the reasons name each fault to fix.

**The learned verdict** (default since stop 31; :mod:`verdict_model`, fitted by ``xinxi-qc train`` on the
hand-graded dev items and stored in ``models/scoring.json``) takes the place of steps 2 and 3: an item
with faults is returned or revised, a fault-free item in the top band adopted or revised, whichever
the editors' grades make likelier for that combination of faults, type, figures and length. Editors
return 套话 with a vague title (63 of 88 such dev items) but revise a late item with one more fault
(43 of 47 with a vague title), which no single score threshold can say. In writer folds over the dev
writers (stop 31) its verdict agreed with the editors' on 84.2 % of 13,336 items, against 82.4 % for
steps 2–3. Blocking and capping faults work as above. ``[verdict] learned = false`` (or any threshold
of its own: ``return_below``, ``adopt_min_figures``, ``adopt_min_chars``) brings steps 2–3 back.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

from ..model import TYPE_NAMES_ZH, Finding, Severity
from ..rules.names import rule_label
from .verdict_model import VerdictModel, asked, choose, stock_phrases

LABELS_ZH = {"adopt": "可采用", "revise": "修改后采用", "return": "退回修改"}
PLACEHOLDER = "placeholder"
DEFAULT_BLOCKING = ("sensitive", PLACEHOLDER, "duplicate-submission", "title-mismatch", "late")
DEFAULT_CAPPED = ("boilerplate",)
# Days from event to submission beyond which a late item is returned, by type. The `late` finding
# itself (a warning, revise) starts at the rule's max_days (30, the labelled definition); editors
# still revise items 31–65 days late (graded 3 on the external corpus, every type), so returning
# starts at two monthly reporting cycles for 动态 and at a quarter for the other types.
DEFAULT_LATE_RETURN_DAYS = {"dynamic": 60, "experience": 90, "problem": 90, "comprehensive": 90}
DEFAULT_LATE_RETURN_OTHER = 90
DEFAULT_RETURN_BELOW = 40


@dataclass(frozen=True)
class Verdict:
    label: str
    reasons: tuple[str, ...] = ()
    blocking: tuple[str, ...] = ()   # the blocking fault kinds found (rule ids or "placeholder")
    figures: int = 0                 # the figures in the body (evidence for adopting as is)
    chars: int = 0                   # the body's length, whitespace not counted (the same)

    @property
    def zh(self) -> str:
        return LABELS_ZH[self.label]

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label, "zh": self.zh, "reasons": list(self.reasons), "blocking": list(self.blocking),
                "figures": self.figures, "chars": self.chars}


@dataclass(frozen=True)
class VerdictConfig:
    blocking: tuple[str, ...] = DEFAULT_BLOCKING
    # Faults that cap the grade like blocking ones and keep the item from adoption, but are revised.
    capped: tuple[str, ...] = DEFAULT_CAPPED
    late_return_days: Mapping[str, int] = field(default_factory=lambda: dict(DEFAULT_LATE_RETURN_DAYS))
    late_return_other: int = DEFAULT_LATE_RETURN_OTHER
    # The best grade an item with a blocking fault can get; None: the third band (较好) or the last.
    blocked_grade: str | None = None
    # Scores below this are returned (see the module docstring for why 40).
    return_below: int = DEFAULT_RETURN_BELOW
    # Figures the body needs for a fault-free item to be adopted as is, by type (a type not listed:
    # none). Defaults: models/scoring.json (chosen on train by ``xinxi-qc train``).
    adopt_min_figures: Mapping[str, int] = field(default_factory=dict)
    # Characters (whitespace not counted) the body needs for a fault-free item to be adopted as is.
    # Default: models/scoring.json (chosen on train by ``xinxi-qc train``).
    adopt_min_chars: int = 0
    # The learned verdict (models/scoring.json ``verdict_model``): when set, it decides steps 2–4 in
    # place of return_below and the adopt thresholds. ``[verdict] learned = false`` turns it off.
    model: VerdictModel | None = None


def is_stale(f: Finding) -> bool:
    """A ``late`` note (below warning) that the item is past its type's freshness: not adopted as is."""
    return f.rule == "late" and f.severity.rank < Severity.WARNING.rank and (f.extra or {}).get("kind") == "stale"


def adoptable(findings: Sequence[Finding]) -> bool:
    """No finding at warning or above and nothing stale: the findings leave adopting open."""
    return not any(f.severity.rank >= Severity.WARNING.rank or is_stale(f) for f in findings)


def fault_kind(f: Finding) -> str:
    """The rule id, or ``placeholder`` for typography findings that are placeholders left in."""
    if f.rule == "typography" and (f.extra or {}).get("kind") == PLACEHOLDER:
        return PLACEHOLDER
    return f.rule


def _band_floor(grades: Sequence[tuple[str, int]], index: int) -> tuple[str, int]:
    return grades[min(index, len(grades) - 1)]


def _first_sentence(message: str, limit: int = 60) -> str:
    text = message.strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def decide(findings: Sequence[Finding], score: int, grade: str, type_label: str,
           grades: Sequence[tuple[str, int]], cfg: VerdictConfig, *, figures: int, chars: int = 0,
           return_score: int | None = None) -> tuple[Verdict, str]:
    """(verdict, grade after the caps); ``figures``: how many figures the body holds, ``chars``: its
    length without whitespace;
    ``return_score``: the score the item would have without its capping faults, which decides
    returning (default: ``score``)."""
    grades = tuple(grades) or (("", 0),)
    blocked: dict[str, str] = {}
    faults: dict[str, str] = {}
    capped = False
    stale: list[str] = []
    for f in findings:
        kind = fault_kind(f)
        if is_stale(f):
            stale.append(f"{rule_label('late')}：{_first_sentence(f.message)}")
            continue
        if f.severity.rank < Severity.WARNING.rank:
            continue
        reason = f"{rule_label(kind)}：{_first_sentence(f.message)}"
        if kind in cfg.blocking and not (kind == "late" and not _late_beyond_return(f, type_label, cfg)):
            blocked.setdefault(kind, reason)
        else:
            faults.setdefault(kind, reason)
            capped = capped or kind in cfg.capped
    cap_name = cfg.blocked_grade or _band_floor(grades, 2)[0]
    if blocked:
        reasons = list(blocked.values()) + [f"以上为阻断性问题：无论得分多少都退回修改，等级最高为{cap_name}。"]
        return Verdict("return", tuple(reasons), tuple(blocked), figures, chars), _capped(grade, cap_name, grades)
    if capped:
        grade = _capped(grade, cap_name, grades)
    if cfg.model is not None:
        return _learned(cfg.model, faults, stale, capped, cap_name, score, grade, type_label, grades, cfg,
                        figures=figures, chars=chars, stock=stock_phrases(findings))
    floor = cfg.return_below
    if (score if return_score is None else return_score) < floor:
        reasons = list(faults.values()) + stale + [f"得分 {score}，低于 {floor} 分：问题较多，需要重写后再报。"]
        return Verdict("return", tuple(reasons), figures=figures, chars=chars), grade
    top_name, top_floor = grades[0]
    if not faults and not stale and score >= top_floor:
        need = cfg.adopt_min_figures.get(type_label, 0)
        kind = TYPE_NAMES_ZH.get(type_label, type_label)
        if figures >= need and chars >= cfg.adopt_min_chars:
            enough = f"；正文有 {figures} 处数据（{kind}信息直接采用需 ≥ {need} 处）" if need else ""
            return Verdict("adopt", (f"没有警告或错误，得分 {score} 在{top_name}档（≥ {top_floor}）{enough}。",),
                           figures=figures, chars=chars), grade
        second = _band_floor(grades, 1)[0]
        short = "；".join(([f"正文只有 {figures} 处数据，{kind}信息直接采用一般需 ≥ {need} 处"] if figures < need else [])
                         + ([f"正文只有 {chars} 字，直接采用的信息一般不少于 {cfg.adopt_min_chars} 字"]
                            if chars < cfg.adopt_min_chars else []))
        return Verdict("revise", (f"没有警告或错误，但{short}：补充做法、成效数据或具体事例后可采用；等级定为{second}。",),
                       figures=figures, chars=chars), second
    return _revise(faults, stale, capped, cap_name, score, grade, grades, cfg, figures=figures, chars=chars)


def _revise(faults: dict[str, str], stale: list[str], capped: bool, cap_name: str, score: int, grade: str,
            grades: Sequence[tuple[str, int]], cfg: VerdictConfig, *, figures: int, chars: int) -> tuple[Verdict, str]:
    """修改后采用, with each fault to fix as a reason."""
    top_name, top_floor = grades[0]
    reasons = list(faults.values()) + stale
    if capped:
        reasons.append(f"{'、'.join(rule_label(k) for k in faults if k in cfg.capped)}须修改后才能采用，等级最高为{cap_name}。")
    if score < top_floor:
        reasons.append(f"得分 {score}，未达{top_name}档（≥ {top_floor}）：按上面各项修改后可采用。")
    return Verdict("revise", tuple(reasons), figures=figures, chars=chars), grade


def _learned(model: VerdictModel, faults: dict[str, str], stale: list[str], capped: bool, cap_name: str, score: int,
             grade: str, type_label: str, grades: Sequence[tuple[str, int]], cfg: VerdictConfig, *, figures: int,
             chars: int, stock: int) -> tuple[Verdict, str]:
    """Steps 2–4 by the learned model (:mod:`verdict_model`): a fault-free item in the top band is
    adopted or revised, any other revised or returned, whichever the editors' grades make likelier."""
    p = model.probabilities(set(faults), bool(stale), type_label, figures, chars, stock)
    top_name, top_floor = grades[0]
    if not faults and not stale and score >= top_floor:
        odds = f"按编辑评级拟合：直接采用 {p['adopt']:.0%}，修改后采用 {p['revise']:.0%}"
        kind = TYPE_NAMES_ZH.get(type_label, type_label)
        if choose(p, asked(True)) == "adopt":
            return Verdict("adopt", (f"没有警告或错误，得分 {score} 在{top_name}档（≥ {top_floor}）；正文有 {figures} 处数据、"
                                     f"{chars} 字，这样的{kind}信息编辑多直接采用（{odds}）。",), figures=figures, chars=chars), grade
        second = _band_floor(grades, 1)[0]
        return Verdict("revise", (f"没有警告或错误，但正文只有 {figures} 处数据、{chars} 字，这样的{kind}信息编辑多小改后采用"
                                  f"（{odds}）：补充做法、成效数据或具体事例后可采用；等级定为{second}。",),
                       figures=figures, chars=chars), second
    if choose(p, asked(False)) == "return":
        reasons = list(faults.values()) + stale + [
            f"这些问题同时出现，同类信息编辑多退回重写（按编辑评级拟合：退回 {p['return']:.0%}，修改后采用 {p['revise']:.0%}）。"]
        return Verdict("return", tuple(reasons), figures=figures, chars=chars), grade
    return _revise(faults, stale, capped, cap_name, score, grade, grades, cfg, figures=figures, chars=chars)


def _capped(grade: str, cap_name: str, grades: Sequence[tuple[str, int]]) -> str:
    """``grade``, or ``cap_name`` when ``grade`` is a better band."""
    names = [name for name, _ in grades]
    if grade in names and cap_name in names and names.index(grade) < names.index(cap_name):
        return cap_name
    return grade


def _late_beyond_return(f: Finding, type_label: str, cfg: VerdictConfig) -> bool:
    days = (f.extra or {}).get("days")
    if not isinstance(days, int):
        return False
    return days > cfg.late_return_days.get(type_label, cfg.late_return_other)
