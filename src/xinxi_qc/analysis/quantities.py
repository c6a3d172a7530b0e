"""Figures as quantities: value, unit and the bound a writer put on them (超, 余, 近, 以下…), so that a
title figure can be checked against the body the way an editor does — 1100余人 agrees with 1132人,
21% with 20.7%, 52份 with 31份 + 21份; 超500公里 does not agree with 386公里."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from itertools import combinations

from .text import Span

_CN_VALUE = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNIT = {"十": 10, "百": 100, "千": 1000}
_MULTIPLIER = {"万": 1e4, "亿": 1e8, "千": 1e3}
_KILO_UNITS = ("瓦", "瓦时", "克", "米")   # after 千: 千瓦, 千克, 千米
_ARABIC = re.compile(r"\d+(?:[.,]\d+)*")
_LEADING_NUMBER = re.compile(r"^(\d+(?:[.,]\d+)*|[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二两三四五六七八九]+)?)")

_PAST_BEFORE = ("超过", "超", "逾", "破")   # just past a round mark: 超800名 is 800–899, not 1052 (破千: 突破, 首破 too)
_OVER_BEFORE = ("多于", "高于")
_UNDER_BEFORE = ("不足", "不到", "低于", "少于", "跌破")
_NEAR_BEFORE = ("近", "接近", "将近")
_ABOUT_BEFORE = ("约", "大约", "左右")
_ROUND_MARK_BEFORE = _PAST_BEFORE + _UNDER_BEFORE + _NEAR_BEFORE + ("约", "上", "达")


# Measure words that count the same thing.
_SAME_UNIT = {"名": "人", "位": "人", "个": "", "余": "", "个工作日": "工作日", "个小时": "小时", "平方千米": "平方公里"}


@dataclass(frozen=True)
class Quantity:
    value: float
    unit: str            # measure word after the multiplier: 人, 亩, 元, % (成 and 百分之 become %)
    bound: str           # exact | more (余/多) | past (超, 逾) | over (以上, 上千) | under (不足, 以下) | near (近) | about (约)
    step: float          # the rounding step the writer's figure implies (1100 → 100, 20.7 → 0.1)


def chinese_number(text: str) -> float | None:
    """一千二百 → 1200, 十二 → 12, 两 → 2, 万 → 10000; None when the text is not a numeral."""
    if not text:
        return None
    if "点" in text:
        whole, _, frac = text.partition("点")
        head = chinese_number(whole) if whole else 0
        digits = "".join(str(_CN_VALUE[c]) for c in frac if c in _CN_VALUE)
        return None if head is None or not digits else head + float("0." + digits)
    total, section, digit = 0.0, 0.0, None
    for ch in text:
        if ch in _CN_VALUE:
            digit = _CN_VALUE[ch]
        elif ch in _CN_UNIT:
            section += (1 if digit is None else digit) * _CN_UNIT[ch]
            digit = None
        elif ch in ("万", "亿"):
            section += digit or 0
            total = (total + (section or 1)) * _MULTIPLIER[ch]
            section, digit = 0.0, None
        else:
            return None
    return total + section + (digit or 0)


def _step(number_text: str, value: float) -> float:
    if "." in number_text:
        return 10 ** -len(number_text.split(".")[1])
    if not number_text.isdigit():
        return 1.0
    zeros = len(number_text) - len(number_text.rstrip("0"))
    return float(10 ** zeros) if value else 1.0


_CN_PLACE = {"十": 10.0, "百": 100.0, "千": 1000.0}


def _chinese_step(number: str) -> float:
    """The place of a Chinese numeral's last digit: 千 and 三千 → 1000, 一千二百 → 100, 三千万 → 10⁷,
    万 → 10⁴, 十二 → 1 (千余户 is 1000–1999, as 2000余 is 2000–2999)."""
    scale = 1.0
    while number[-1:] in ("万", "亿") and len(number) > 1:
        scale *= _MULTIPLIER[number[-1]]
        number = number[:-1]
    return _CN_PLACE.get(number[-1:], _MULTIPLIER.get(number, 1.0)) * scale   # (近万人次: 万 alone is one 万)


def parse(span: Span, before: str, after: str) -> Quantity | None:
    """The quantity a figure span states, with the bound the words around it put on it."""
    text = span.text.replace(",", "").replace(" ", "")
    half = text in ("半数", "一半")
    if half:
        text = "50%"
    if re.search(r"\d\s*[-—~～至到]\s*\d", text):
        return None  # ranges are not checked
    percent_words = text.startswith("百分之")
    if percent_words:
        text = text[3:]
    m = _LEADING_NUMBER.match(text)
    if not m:
        return None
    number = m.group(1)
    rest = text[m.end():]
    if number[0].isdigit():
        try:
            value = float(number)
        except ValueError:
            return None   # 3.2.1亿元: no number
        step = _step(number, value)
    else:
        if number.endswith("千") and rest.startswith(_KILO_UNITS) and (number != "千" or not before.endswith(_ROUND_MARK_BEFORE)):
            number, rest = number[:-1], "千" + rest   # 八百千克: 八百 and 千克 (超千米: a thousand 米)
        # 七成八 = 78%: a Chinese numeral before 成 with a digit after it
        value = chinese_number(number.rstrip("万亿千") if rest.startswith("成") else number)
        if value is None:
            return None
        step = _chinese_step(number)
    bound = "exact"
    if rest[:1] in ("余", "多"):
        bound, rest = "more", rest[1:]
    if rest[:1] in _MULTIPLIER and number[0].isdigit():
        factor = _MULTIPLIER[rest[0]]
        value, step, rest = value * factor, step * factor, rest[1:]
    if rest[:1] == "千" and rest[1:] in _KILO_UNITS:   # 120万千瓦 as 800千瓦: both in 瓦
        value, step, rest = value * 1e3, step * 1e3, rest[1:]
    if rest[:1] in ("余", "多"):
        bound, rest = "more", rest[1:]
    unit = rest
    if percent_words or unit in ("%", "％"):
        unit = "%"
        step = min(step, 1.0)   # 30% is thirty per cent to the unit, not 25–35 (三成 is)
        if half and not before.endswith("近"):
            step = 10.0   # 半数 is as coarse as 五成 (48.1% or 51.9% is 半数); 近半数 is near 50% to the unit
    elif unit.startswith("成"):
        tail = after[:1]
        value = value * 10 + (_CN_VALUE.get(tail, 0) if tail in _CN_VALUE else 0)
        step = 1.0 if tail in _CN_VALUE else 10.0
        unit = "%"
    elif unit in ("个百分点", "百分点"):
        unit = "百分点"
        step = min(step, 1.0)   # 提高10个百分点 is ten points to the unit: 6.4 is not it
    if unit == "头" and after.startswith("只"):
        unit = "头只"   # the figure finder stops at 头: 11.6万头|只
    unit = _SAME_UNIT.get(unit, unit)
    if unit == "斤":   # 超百斤 is 50公斤
        value, step, unit = value / 2, step / 2, "公斤"
    elif unit in _DAYS_IN and before.endswith(_DURATION_BEFORE):   # 停工两个月 and 停工23天: both in days
        # (前5个月 is a period, 7个月服务…412户 a span of work: neither set against days)
        value, step, unit = value * _DAYS_IN[unit], step * _DAYS_IN[unit], "天"
    if bound == "exact":
        if before.endswith(_PAST_BEFORE) and not before.endswith(_UNDER_BEFORE):   # (跌破 is below)
            bound = "past"
        elif (before.endswith(_OVER_BEFORE) or after.startswith(("以上", "多"))
                or (before.endswith("上") and number[0] in "百千万")):   # 上百个, 上千人: at least
            bound = "over"
        elif before.endswith(_UNDER_BEFORE) or after.startswith(("以下", "以内", "内")):
            bound = "under"
        elif before.endswith(_NEAR_BEFORE):
            bound = "near"
        elif before.endswith(_ABOUT_BEFORE) or after.startswith("左右"):
            bound = "about"
    return Quantity(value, unit, bound, step)


_DAYS_IN = {"个月": 30, "周": 7}
_DURATION_BEFORE = ("停工", "停产", "停运", "停业", "停摆", "历时", "用时", "耗时", "延期", "推迟", "拖延", "长达", "缩短", "提前", "滞后")


def quantities(text: str, spans: list[Span]) -> list[tuple[Span, Quantity]]:
    """Each figure span of ``text`` that states a quantity, with the quantity."""
    out = []
    for s in _range_ends(spans):
        per = _PER_UNIT.search(text, max(0, s.start - 4), s.start)   # 突破每斤8元: the bound before the unit priced
        at = per.start() if per else s.start
        q = parse(s, text[max(0, at - 3):at], text[s.end:s.end + 2])
        if q is not None:
            if not q.unit and s.text.endswith("个") and _SHARED_POINTS.match(text, s.end):
                q = replace(q, unit="百分点")   # 分别提高6.2个和4.8个百分点: both are points
            elif (not q.unit and s.text.endswith("个") and out and out[-1][1].unit in ("工作日", "小时")
                  and _TO_THE_SAME.fullmatch(text, out[-1][0].end, s.start)):
                q = replace(q, unit=out[-1][1].unit)   # 由15个工作日压缩至3个: 3个 is 3个工作日
            out.append((s, q))
    return out


_PER_UNIT = re.compile(r"每(?:公斤|千克|斤|吨|亩|件|台|头|只|箱|平方米|立方米)$")
_RANGE = re.compile(r"(\d+(?:\.\d+)?)\s*[至到~～—-]\s*(\d+(?:\.\d+)?)(\D*)")


def _range_ends(spans: list[Span]):
    """Each span, a range (由96至98分贝降至82至84分贝) as its two ends in its unit: a title may give either
    end (由98分贝降至84分贝)."""
    for s in spans:
        m = _RANGE.fullmatch(s.text) if s.kind == "range" else None
        if m is None:
            yield s
            continue
        yield Span(s.field, s.start, s.start + m.end(1), m.group(1) + m.group(3), "number")
        yield Span(s.field, s.start + m.start(2), s.end, m.group(2) + m.group(3), "number")


_SHARED_POINTS = re.compile(r"[和、与及]\d+(?:\.\d+)?个百分点")
_TO_THE_SAME = re.compile(r"(?:压缩|缩短|减少|减|降|降低|下降)(?:至|到)")


def counts_as(claim_unit: str, unit: str) -> bool:
    """Whether a body figure's unit counts what a title's unit counts: the same, or one part of a
    paired measure word (头只 = 牛…头 + 羊…只)."""
    return unit == claim_unit or unit in _PAIRED_UNITS.get(claim_unit, ())


_PAIRED_UNITS = {"头只": ("头", "只"),   # 牲畜11.6万头只: cattle by the head, sheep by the piece
                 "天": ("工作日",),   # 由15天缩短至2天 over 由15个工作日缩短至2个工作日: days as writers count them
                 # 信访超500件 over 受理436件次: a count and the same count with repeats, as writers use them
                 "件": ("件次",), "件次": ("件",), "家": ("家次",), "家次": ("家",), "户": ("户次",), "户次": ("户",)}


def agrees(claim: Quantity, value: float) -> bool:
    """Whether a body value bears out a title figure as the writer bounded it."""
    t = claim.value
    if claim.bound == "over":
        return value >= t
    if claim.bound == "past":
        # one unit of the leading digit's place past it: 超800 → 800–899, 超1500 → 1500–2499,
        # 超六成 → 60–69 %, 超千 → 1000–1999
        if not 0 < t < math.inf:
            return value >= t
        return t <= value < t + max(claim.step, 10 ** math.floor(math.log10(t)))
    if claim.bound == "under":   # 不足三成 is 20–30 %, not 7 %: a writer says 不足 of the mark it nearly reaches
        return t - max(claim.step, 0.3 * t) <= value <= t
    if claim.bound == "near":
        if claim.unit == "%" and claim.step >= 10:   # 近八成: 75–80% (80.4% rounds to it); 71.5% is 七成多
            return t - claim.step / 2 <= value <= t + claim.step / 20
        # 近5000万 is not 4120万 (which rounds to 4000万); a share's 近半数 may be 44.9%
        if claim.unit != "%" and claim.step < t:   # 近16万 is over 15万: 14.8万 is 近15万, however near a tenth
            return max(0.9 * t, t - claim.step) <= value <= t
        return (0.85 if claim.unit == "%" else 0.9) * t <= value <= t
    if claim.bound == "about":   # 约1.5亿 is 1.45–1.55亿 and a little more, not 1.38亿 (which rounds to 1.4亿)
        return abs(value - t) <= max(0.05 * t, claim.step / 2)
    if claim.bound == "more":
        return t <= value < t + max(claim.step, 1.0) * (1 if claim.step > 1 else 10)
    if claim.unit == "%" and t == 100:
        return value >= 100 - 1e-9   # 100% is all of it: 99.6% leaves some out (9 pupils still out of school)
    if t == 0:
        return value == 0
    if claim.unit not in ("%", "百分点"):
        # an amount or count may be cut short (总投资412亿元 for 412.6亿元), never by more than a tenth
        return t - min(claim.step / 2, 0.1 * t) - 1e-9 <= value < t + min(claim.step, 0.1 * t)
    # a share or rate may be cut short too (同比增长30% for 30.7%), by less than its last digit and
    # by little of it (not 8% for 8.7%)
    return t - claim.step / 2 - 1e-9 <= value <= t + max(claim.step / 2, min(claim.step, 0.03 * t)) + 1e-9


_LEAST_PART = 0.1   # of a sum, for each part added up to bear out a title figure


def supported(claim: Quantity, body: list[Quantity], max_terms: int = 3,
              listed_together: list[list[Quantity]] | None = None, same_paragraph: list[list[Quantity]] | None = None,
              per_head: bool = False, rate_of_change: bool = False, negated: bool = True) -> bool:
    """A body figure of the same unit bears the claim out, or, for a stated count or amount
    (52份 = 31份 + 21份), the sum of two or three parts of one paragraph (``same_paragraph``: 一是…5.1亿元。
    二是…1.2亿元); parts from anywhere in the body add up to almost anything (补助3000元 in one
    paragraph + 户均1.2万元 in another ≈ 2万元). A lower bound (超5100家) takes only parts listed in
    one sentence (``listed_together``) and a sum just above it, since almost any two figures exceed it
    (a total and one of its parts); the parts must follow one another in the sentence. 近百万元 is borne out like a stated amount (58万 + 39万). A count may
    also be what a whole leaves after a part when one
    sentence gives just those two (213人, 持证131人 → 82人). Rates and per-head figures (``per_head``: 户均, 人均) are neither.
    The rest of a share (``rate_of_change`` False) bears out a share, not a rate of change; a rounded one
    (近七成) only when the title says what is not done (``negated``: 近七成未参加)."""
    same = [q.value for q in body if counts_as(claim.unit, q.unit)]
    if any(agrees(claim, v) for v in same):
        return True
    if claim.unit == "%" and not rate_of_change and ((claim.bound == "exact" and (claim.step < 1 or negated))
                                                     or (claim.bound == "near" and negated)) and any(
            0 < v < 100 and agrees(claim, 100 - v) for v in same):
        return True   # the rest of a share, to the decimal (合格率98.1% is 不合格率1.9%) or near when the title
        # says what is not (31.4% 参加 → 近七成未参加; not 近三成…存在风险 over 占七成)
    if claim.unit in ("%", "百分点"):
        return False
    if claim.bound in ("over", "past"):
        # parts listed one after another (19起、5起), not any two of a sentence (受理96起，调处成功91起，
        # 其中…17起: 91 + 17 is no count of anything)
        groups = [[q.value for q in g if counts_as(claim.unit, q.unit)] for g in listed_together or ()]
        return any(claim.value <= sum(g[k:k + n]) <= claim.value * 1.1
                   for g in groups for n in range(2, max_terms + 1) for k in range(len(g) - n + 1))
    few_yuan = claim.unit == "元" and claim.value <= 10   # a few yuan is reached by adding almost any two small amounts
    if claim.bound in ("exact", "under") and not per_head and not few_yuan and any(len(g) > 1 and agrees(claim, sum(g)) for g in (
            [q.value for q in g if q.unit == claim.unit] for g in same_paragraph or ())):
        return True   # every figure of its unit one paragraph gives, added up: the steps of a time limit
        # (3个、7个、5个工作日内 → 15个工作日内办结; not 1.8元 and 6元 for 8元)
    if claim.bound not in ("exact", "more", "near") or per_head:
        return False
    groups = [[q.value for q in g if counts_as(claim.unit, q.unit)] for g in same_paragraph or ()]
    if not (few_yuan and claim.step >= 1) and any(agrees(claim, sum(c)) and min(c) >= _LEAST_PART * sum(c) for g in groups if len(g) <= 12
           for n in range(2, max_terms + 1) for c in combinations(g, n)):
        return True   # (not 存粮4.3万吨 + 损失2400吨 for 近5万吨: a whole and a speck are no parts of one sum;
        # not 6元 + 1.8元 for 8元)
    # the rest of a whole one sentence gives (共有司机213人，持证的仅131人 → 82人无证)
    pairs = [[q.value for q in g if q.unit == claim.unit] for g in listed_together or ()]   # (31天→19天 beside 5个工作日→1个)
    return any(len(g) == 2 and agrees(claim, abs(g[0] - g[1])) for g in pairs)
