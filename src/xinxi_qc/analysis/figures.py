"""Figures: Arabic and Chinese numerals with their units, percentages, money, counts, ranges.

Dates are found by :mod:`dates`, not here: a date says when, a figure says how much. Enumerations
and set phrases (一是, 第一, 一定, 进一步, 一系列, 一些…) are not figures.
"""
from __future__ import annotations

import re
from typing import Iterator

from .text import Span

_CN_DIGIT = "零〇一二两三四五六七八九十百千万亿"
_MEASURE = (
    "个百分点|百分点|个工作日|工作日|个小时|个月|万元|亿元|千元|美元|欧元|港元|日元|英镑|万人次|万人|万户|万亩|万吨|万平方米|平方米|平方公里|平方千米|万平方千米|万平方公里|万立方米|立方米|空方|公顷|公里|千米|"
    "千瓦时|千瓦|标箱|公斤|千克|斤|"
    "毫米|厘米|米|吨|亩|元|人次|家次|件次|户次|车次|次|人|名|位|户|家|所|座|项|件|起|条|台|辆|艘|套|处|个|场|批|期|轮|"
    "支|类|种|篇|份|村|镇|乡|县|区县|区|市|省|街道|社区|倍|成|天|小时|分钟|周|张|册|本|棵|株|头|只|间|栋|层|床|岗|单|笔|宗|块|片|段|座|所|级|"
    "架次|艘次|台次|班次|票|箱|趟|岁|画幅|幅|页|卷"
)
_NUM = r"\d+(?:[.,]\d+)*"
_ARABIC = re.compile(
    rf"(?<![\dA-Za-z.])(?:{_NUM}(?:\s*(?:[-—~～至到]|—+)\s*{_NUM})?)"
    rf"(?:\s*(?:%|‰|％)|\s*(?:多|余)?\s*(?:万|亿|千(?!瓦|克|米))?(?:(?:多|余)(?={_MEASURE}))?(?:{_MEASURE})?)"
)
_CN_NUMBER = rf"[{_CN_DIGIT}]+(?:点[{_CN_DIGIT}]+)?"
_CHINESE = re.compile(
    rf"(?:百分之{_CN_NUMBER})|(?:{_CN_NUMBER}(?:余|多)?(?:{_MEASURE}))|(?:{_CN_NUMBER}成)"
)
# Set phrases and enumerations starting with a numeral that are not quantities.
_NOT_FIGURE = re.compile(
    r"^(?:一是|二是|三是|四是|五是|六是|七是|八是|九是|十是|一方面|一系列|一些|一批批|一定|一起|一直|一道|一线|一体|"
    r"一站式|一次性|一件事|一网|一张图|一把手|一盘棋|一岗双责|一票否决|一户一|一村一|一县一|一区一|一镇一|一乡一|一人一|一企一|一事一|一项一|一次办|两手|"
    r"一[户号栋人证址房地岗村企码]多[户号栋人证址房地岗用责卖码]|"   # 一户多号、一号多户, 一房多卖: a set phrase naming a problem
    r"两个维护|两个确立|三农|三公|四风|五水|一级|二级|三级|一类|二类|三类|一年来|两年来|三年来|百年|千家万户|千方百计|"
    r"万众|一成不变|一个中心|十四五|十五五|一网通办|一网统管|万家灯火|万家团圆|万家欢乐|万无一失|千头万绪|千丝万缕|"
    r"千差万别|百家争鸣|二次(?:供水|加压|污染|装修|创业|开发|分配|利用|伤害|元)|"   # 二次供水: a kind of supply, no count
    # 成为…的一张亮丽名片, 一面旗帜, 一块金字招牌: a figure of speech, no count
    r"一张[\u4e00-\u9fff]{0,4}名片|一面[\u4e00-\u9fff]{0,4}旗帜|一块[\u4e00-\u9fff]{0,4}招牌)"
)
# _ARABIC with its first digit read before the lookbehind (which then looks one character further
# back): the same matches, but a pattern that starts with a digit lets the regex engine skip ahead
# to the next digit instead of trying the lookbehind at every character.
_ARABIC_LEAD = r"(?<![\dA-Za-z.])(?:\d+"
assert _ARABIC.pattern.startswith(_ARABIC_LEAD)
_ARABIC_SCAN = re.compile(r"\d(?<![\dA-Za-z.]\d)(?:\d*" + _ARABIC.pattern[len(_ARABIC_LEAD):])
# _CHINESE with its first numeral read up front (百 is one of them), so the regex engine skips ahead
# to the next numeral: ``[…][…]*`` is ``[…]+``, and the branches keep their order.
_CHINESE_SCAN = re.compile(
    rf"[{_CN_DIGIT}](?:(?<=百)分之{_CN_NUMBER}|[{_CN_DIGIT}]*(?:点[{_CN_DIGIT}]+)?(?:余|多)?(?:{_MEASURE})|"
    rf"[{_CN_DIGIT}]*(?:点[{_CN_DIGIT}]+)?成)"
)
_MODEL_NUMBER = re.compile(r"[^\d\s][-－]")   # a hyphen after a name, right before the number
_BARE_ONE = re.compile(r"^[一]个?(?:个|项|次|家|批|种|类|条|名|位|件|场|轮|期|处|支|套|份|篇|座|所|段|票|箱|趟|片|户|栋|幢|间)?$")
# a bare 19xx/20xx is a year; 1260 in 业务1260票 is a count
_DATE_LIKE = re.compile(r"^\d{1,4}(?:年|月|日|号)$|^(?:19|20)\d\d$")
# 2023—2024学年, 2024-2025年度: a period of two years, not a quantity
_YEAR_RANGE = re.compile(r"(?:19|20)\d\d[-—~～至到](?:19|20)?\d\d(?=学年|年度|年|赛季)")
# a day named by its date (“3·15”国际消费者权益日, 5·12): the month before the dot, the day after it
_DATE_NAME = re.compile(r"(?<!\d)\d{1,2}[·・•]$")
_NAMED_DAY = re.compile(r"[·・•]\d{1,2}(?!\d)")


# Telephone numbers, long codes and ID-like digit strings say how to reach someone, not how much.
_NOT_QUANTITY = re.compile(r"0\d{2,3}-\d{7,8}|\d{7,}")
_SEVEN_DIGITS = re.compile(r"\d\d\d\d\d\d\d")   # in every _NOT_QUANTITY match; a quick test first
# 12345热线, 拨打110: a service's number, not a quantity
_SERVICE_NUMBER = re.compile(r"(?:(?<=拨打)\d{3,5}|\d{3,5}(?=(?:政务服务|便民服务|市民|服务)?(?:热线|平台|报警|急救)))")


def find_figures(field: str, text: str) -> list[Span]:
    """Every figure in ``text`` as a Span with kind percent|money|count|number|range."""
    found: list[Span] = []
    blocked = ([(m.start(), m.end()) for m in _NOT_QUANTITY.finditer(text)]
               if _SEVEN_DIGITS.search(text) else [])
    varieties = list(variety_names(text))
    for m in _ARABIC_SCAN.finditer(text):
        if blocked and any(a <= m.start() < b for a, b in blocked):
            continue
        value = m.group().rstrip()
        after = text[m.start() + len(value): m.start() + len(value) + 1]
        if _MODEL_NUMBER.match(text, max(m.start() - 2, 0), m.start()) and m.start() >= 2:
            continue   # 长鹰-8, 歼-20: a model's designation, not a quantity
        if ((_DATE_LIKE.match(value) or (value[-1].isdigit() and after in ("年", "月", "日", "号", "时"))   # (7个|日均, 5天|时间: counts)
                or (value.endswith("周") and after == "年"))   # 80周年: an anniversary
                and not _RETURN_PERIOD.match(text, m.start() + len(value))
                or _preceded_by_ordinal(text, m.start(), arabic=True)):
            continue
        if _YEAR_RANGE.match(text, m.start()) or _SERVICE_NUMBER.match(text, m.start()):
            continue
        if m.start() and text[m.start() - 1] == "★":
            continue   # 秘密★6个月: how long a classification lasts, not a quantity the item reports
        if len(value) <= 2 and value.isdigit() and (_DATE_NAME.search(text, max(0, m.start() - 3), m.start())
                                or _NAMED_DAY.match(text, m.start() + len(value))):
            continue   # “3·15”, 5·12: a day's name, not a quantity
        if len(value) == 1 and after in ("是", "号"):   # a single digit (every value starts with one)
            continue
        if varieties and any(a < m.start() < b for a, b in varieties):
            continue   # 对照品种使用岚稻7号, 穗丰优168等品种: a variety's registered name, not a quantity
        if _section_number(text, m.start() + len(value)):
            continue
        found.append(Span(field, m.start(), m.start() + len(value), value, _kind(value)))
    for m in _CHINESE_SCAN.finditer(text):
        value = m.group()
        tail = text[m.start():m.start() + 10]
        if _NOT_FIGURE.match(tail) or _BARE_ONE.match(value) or _preceded_by_ordinal(text, m.start()):
            continue
        if (value[-1] in _CN_DIGIT and text[m.end():m.end() + 1] in ("月", "日")) or _section_number(text, m.end()) or _in_slogan(text, m.start(), m.end()):
            continue
        if value[-1] in "市省" and (value[0] == "一" or text[m.end():m.end() + 1] in _CITY_WORD_AFTER):
            continue   # 这一市级非遗项目, 两市场主体: a level or a word, not a count (赴外省两市考察 is one)
        if value in ("万元", "亿元") and text.startswith(("以上", "以下", "级", "项目", "企业", "大项目"), m.end()):
            continue   # 亿元以上项目, 在谈亿元项目: a class of project, not an amount
        if value.startswith("零") and len(value) == 2 or _PHASE.match(text, m.start()) or (
                value.endswith("期") and _PHASE_AFTER.search(text[max(0, m.start() - 2):m.start()])):
            continue   # 零件: parts, not zero pieces; 智谷四期、…, 污水处理厂三期: a project's phase, not four periods
        if text[max(0, m.start() - 2):m.start()] == "千家" or text[m.start() - 1:m.start()] in ("X", "×", "x", "Ｘ"):
            continue   # 千家万户: an idiom; XX万人: a placeholder's magnitude, no number yet
        if value == "万家" and text[m.start() - 1:m.start()] not in _MAGNITUDE_BEFORE:
            continue   # 万家福购物广场, 惠及万家: a name or a figure of speech; 上万家 is a count
        found.append(Span(field, m.start(), m.end(), value, _kind(value)))
    for m in _HALF.finditer(text):   # 超半数, 接近一半: a share, 50 %
        found.append(Span(field, m.start(), m.end(), m.group(), "percent"))
    found.sort(key=lambda s: s.start)
    return _drop_overlaps(found)


_MAGNITUDE_BEFORE = frozenset("上近超逾数几成")


# A crop variety by its registered name beside the word 品种 (对照品种使用岚稻7号, 穗丰优168等品种): a name,
# not a quantity (种植水稻12000亩 is one)
_VARIETY = re.compile(r"[\u4e00-\u9fff]{1,2}[稻麦优豆薯糯粳籼]\d{1,4}(?![\d.])(?=号|[等、，。；）)\s和与及]|$)号?")


def variety_names(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each variety name within a few characters of 品种."""
    if "品种" not in text:
        return
    for m in _VARIETY.finditer(text):
        if "品种" in text[max(0, m.start() - 12):m.end() + 6]:
            yield m.start(), m.end()
_CITY_WORD_AFTER = frozenset("级场委直民政长区属")


# 超半数, 近一半, 一半以上: a share; not 缩短一半 (a change, which title-mismatch reads on its own)
_RETURN_PERIOD = re.compile("年一遇")   # 1年一遇, 50年一遇: a design standard, not a date
_HALF = re.compile("半数|(?<=[近超过逾])一半|(?<![短少降低缩减增长高升])一半(?=以上|左右)")   # not 缩短一半以上


def _preceded_by_ordinal(text: str, start: int, arabic: bool = False) -> bool:
    """第一, 统一, 唯一…; 最后一米/最后一公里, the idiom for the last stretch of a service; a quoted
    slogan that opens with a numeral (“六个百分百”, “两个确保”), a policy's name, not a count. Before
    Arabic digits only 第 makes an ordinal (订单1.26亿元 is an amount; 单一 is a word)."""
    if start == 0:
        return False
    if text[start - 1] in "“「" and any(q in text[start:start + 10] for q in "”」"):
        return True
    if arabic:
        return text[start - 1] == "第"
    return text[start - 1] in "第初周星礼统唯同单逐专届" or text[max(start - 2, 0):start] == "最后"   # 十一届七次全会


_PHASE = re.compile(r"[一二三四五六七八九]期(?=工程|项目|、|建设|扩建|厂房|用地)")
_PHASE_AFTER = re.compile(r"(?:厂|工程|项目|园区|小区)$")   # before 三期: 桂溪污水处理厂三期


def _in_slogan(text: str, start: int, end: int) -> bool:
    """A numeral inside a short quoted slogan (“党政同责、一岗双责”, “一村一品”): a name, not a count."""
    opened = text.rfind("“", max(0, start - 12), start)
    if opened < 0 or "”" in text[opened:start]:
        return False
    closed = text.find("”", end, end + 12)
    return closed >= 0 and not any(c.isdigit() for c in text[opened:closed])


def _section_number(text: str, end: int) -> bool:
    """二标段, 3号标段: which section of a project, not how many (分3个标段 is a count)."""
    return text.startswith(("标段", "号标段"), end) and not text.endswith("个", 0, end)


_RANGE_MARK = re.compile(r"[-—~～至到]")
_LAST_DIGIT = re.compile(r"\d$")


def _kind(value: str) -> str:
    if "%" in value or "‰" in value or "百分" in value:
        return "percent"
    if value.endswith("元"):
        return "money"
    if _RANGE_MARK.search(value, 1):
        return "range"
    if _LAST_DIGIT.search(value):
        return "number"
    return "count"


def _drop_overlaps(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for s in spans:
        if out and s.start < out[-1].end:
            if s.end - s.start > out[-1].end - out[-1].start:
                out[-1] = s
            continue
        out.append(s)
    return out
