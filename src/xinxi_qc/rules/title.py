"""Title rules: does the title say one concrete thing, at a sensible length, that the body reports?"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache
from itertools import islice

from ..analysis.dates import cn_to_int, covered_periods
from ..analysis.document import Document
from ..analysis.entities import find_named, names_from_entities, place_word, splits_word, word_tags
from ..analysis.quantities import Quantity, agrees, chinese_number, counts_as, quantities, supported
from ..analysis.text import Span
from ..model import Severity
from .base import BuiltinRule, Examples, RuleContext
from .evidence import claims_a_result
from .substance import sentence_roles


def _per_document(function):
    """``function(doc)`` computed once per document (several title rules ask the same question)."""
    key = f"_title_{function.__name__}"

    def cached(doc: Document):
        store = doc.__dict__
        if key not in store:
            store[key] = function(doc)
        return store[key]

    cached.__name__, cached.__doc__, cached.__wrapped__ = function.__name__, function.__doc__, function
    return cached


@_per_document
def title_quantities(doc: Document) -> list:
    """The title's figures parsed as quantities (the rule and its checks ask them again), and a bare
    round mark after a count's name (参保人数突破百万: 100万人)."""
    found = quantities(doc.title, doc.title_figures)
    for k in range(1, len(found)):   # 由12个工作日压减至5个: the second level in the first one's unit
        (before, earlier), (span, q) = found[k - 1], found[k]
        if q.unit == "" and earlier.unit and _TO_A_LEVEL.fullmatch(doc.title, before.end, span.start):
            found[k] = (span, replace(q, unit=earlier.unit))
    mark = _BARE_MARK.search(doc.title)
    if mark is not None and not any(s.start <= mark.start(2) < s.end for s, _ in found):
        value = chinese_number(mark.group(2))
        unit = next((u for name, u in _COUNT_NAMES if mark.group(1).endswith(name)), None)
        if value and unit:
            span = Span("title", mark.start(2), mark.end(2), mark.group(2), "count")
            found = sorted(found + [(span, Quantity(value, unit, "past", value))], key=lambda f: f[0].start)
    return found


_TO_A_LEVEL = re.compile(r"[^，。；\s\d]{0,6}?(?:至|到)")
# 参保人数突破百万, 游客超千万: a round mark with no measure word, whose count the name before it says
_BARE_MARK = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:突破|超过|超|破|逾)(百万|千万|[一二两三四五六七八九]?[十百千]?万|[一二两三四五六七八九十百千]*亿)"
                        r"(?=$|[\s，、；！。—])")
_COUNT_NAMES = (("人数", "人"), ("人次", "人次"), ("户数", "户"), ("游客", "人次"), ("参保人", "人"))


# 【新思想引领新征程】, up to 【坚定信心谋发展 团结奋进新征程——代表委员议国是】 (25 characters)
_COLUMN_PREFIX = re.compile(r"^\s*[【\[][^】\]]{1,40}[】\]]\s*")


@lru_cache(maxsize=1 << 12)   # a pure function of the title, asked by a dozen checks per item
def column_prefix_end(title: str) -> int:
    """Where the title proper starts after a column prefix such as 【新思想引领新征程】 (0 if none)."""
    m = _COLUMN_PREFIX.match(title)
    return m.end() if m else 0


# Being first is a fact the body must state (全省率先, 首家): a claim of it the body never makes
# is a title the body does not support. 首批 (a first batch) claims no such thing.
_FIRST_WORDS = r"(?:率先|首创|首个|首家|第一个|第一家|首[单台套例笔座])"
_FIRST_IN_TITLE = re.compile(r"(?:全国|全省|全市|全区|全州|省内|市内|国内)?" + _FIRST_WORDS)
# 第一季度, 第一书记, 机关第一食堂, 第一税务所: an order or a name, no first
_FIRST_IN_BODY = re.compile(r"率先|首创|首个|首家|首批(?=[^，。；]{0,6}(?:试点|示范|名单|创建|认定))|首次|第一(?!时间|书记|责任人|季度|阶段|步|食堂|中学|小学|幼儿园|人民医院|医院|实验|税务所|派出所|分局|中队|大队|网格|支部|车间|工作组)|最早|唯一|首[台套例单张笔座位名]"
                            r"|此前[^。]{0,40}(?:没有|均无|均未|从未|尚无)")   # 此前，全县21家养老机构…没有短期托养服务
# 创历史新高 needs the body to say so, or to compare with earlier years: a year-on-year rise alone
# does not make a record (independent writers label such titles title-mismatch, 2 of 2); 低于历史最高洪水位
# compares with a record, it claims none
_RECORD_IN_TITLE = re.compile(r"创(?:历史|历年|历届|近?[一二三四五六七八九十\d]+年)?(?:同期)?新[高低]|创(?:历史)?纪录|(?<!低于)(?<!高于)(?<!接近)(?<!不及)历史(?:最好|最高|最佳)(?:水平|成绩)?")
_RECORD_IN_BODY = re.compile(r"新高|新低|纪录|(?:此前|以往|过去)最[高低]|(?:同期|年度|全年)?最(?:高|低|好|佳)(?:水平|成绩|值)|同期最[高低]|最(?:高|多|好|低)的一年"
                             r"|首次|历史|历年|历次|(?<!今年)(?<!年初)以来|近[\d一二三四五六七八九十]+年来|翻番|突破")
# (今年以来: a period; 流失率最高 of one part among others is no record)
_RECORD_DENIED = re.compile(r"(?:低于|不及|未超过|未达到|未突破|接近)[^。；]{0,20}(?:历史最高|历史最好|最高水平|历史纪录|最高纪录)"
                            r"|比[^。；]{0,16}(?:历史最高|最高水平|历史纪录)[^。；\d]{0,6}\d[^。；]{0,10}?(?:少|低)"   # 比2022年同期的历史最高水平51.3万单少8.7万单
                            r"|(?:仅|只|仍只|仍仅)恢复(?:到|至)[^。；\d]{0,4}\d+(?:\.\d+)?%"   # 与2019年同期相比，仍只恢复到56%
                            r"|仅次于[^。；]{0,6}\d{4}年"
                            r"|最高[^。；]{0,40}(?:仍|还)?(?:低于|不及|未达到?|未超过)(?:该|这一|当年|此)水平"
                            r"|(?:低于|不及|未达到?|未超过)(?:20\d\d年|去年|上年|往年)[^，。；]{0,6}(?:水平|同期)"
                            r"|(?:低于|不及)20\d\d年的?\d+(?:\.\d+)?%?|与(?:去年|上年)(?:同期)?持平"
                            r"|比上(?:一?届|年|年同期|一年)[^。；]{0,16}?(?:下降|减少|回落)")   # less than last time
# A yearly series (2019年至2023年…分别为3.6%、4.2%、5.3%、4.7%和4.1%)
_SERIES = re.compile(r"分别(?:为|是|达到?)((?:\d+(?:\.\d+)?[%万亿]?[\u4e00-\u9fff]{0,2}?[、和及])+\d+(?:\.\d+)?[%万亿]?)")
_SERIES_VALUE = re.compile(r"\d+(?:\.\d+)?")
_YEAR_VALUE = re.compile(r"20\d\d年(?:为|是|达到?|仅为?)?(\d+(?:\.\d+)?)")
_YEARS_AND_VALUES = re.compile(r"(?:20\d\d年(?:为|是|达到?|仅为?)?\d+(?:\.\d+)?[%万亿]?[\u4e00-\u9fff]{0,2}?[、，,和]){2,}"
                               r"20\d\d年(?:为|是|达到?|仅为?)?\d+(?:\.\d+)?")


def _yearly_series(body: str) -> bool:
    """A series (分别为…、…、…) in a sentence that names years (2021年至2023年, 近三年): the years a
    record is set against; one of months (3月和4月…分别为52起和49起) is none."""
    return any(_SERIES_YEARS.search(_sentence_before(body, m.start())) for m in _SERIES.finditer(body))


_SERIES_YEARS = re.compile(r"20\d\d年|近[一二三四五六七八九十\d]+年|历年|[一二三四五六七八九十\d]+年来")


def _series_below_its_peak(body: str, low: bool = False, title_numbers: tuple = ()) -> "re.Match | None":
    """A series of three or more yearly levels whose last is below an earlier one: no new high (or,
    ``low``, above an earlier one: no new low), unless a number of the title (``title_numbers``) is
    beyond the whole series: then the series is the past the title's level breaks."""
    for m in _YEARS_AND_VALUES.finditer(body):   # 2021年为8.9%、2022年为7.8%、2023年为7.2%: years in order
        values = [float(v) for v in _YEAR_VALUE.findall(m.group())]
        years = re.findall(r"(20\d\d)年", m.group())
        if len(values) >= 3 and years == sorted(years) and (values[-1] > min(values) if low else values[-1] < max(values)) and not any(
                (v < min(values) if low else v > max(values)) for v in title_numbers):
            return m
    for m in _SERIES.finditer(body):
        sentence = _sentence_before(body, m.start())
        values = [float(v) for v in _SERIES_VALUE.findall(m.group(1))]
        if (len(values) >= 3 and re.search(r"20\d\d年(?:至|到|—|-|－|~)20\d\d年", sentence)
                and (values[-1] > min(values) if low else values[-1] < max(values))
                and not any((v < min(values) if low else v > max(values)) for v in title_numbers)):
            return m   # (…1至11月达5920万元 over 2020年至2023年分别为4310、5280…: this year above the past)
    return None


# The scope of a first (全省首个), by rank: a body that says only 锦川市首个 does not bear out 全省
_FIRST_SCOPES = (("全国", "国内", "国家"), ("全省", "省内", "省级"), ("全市", "市内", "市级", "市"), ("全县", "县内", "县级", "县", "全区"),
                 ("全镇", "全乡", "镇内", "乡内", "镇", "乡"))
_FIRST_WITH_SCOPE = re.compile(r"([\u4e00-\u9fff]{0,4}?(?:全国|国内|全省|省内|省级|全市|市内|市级|市|全县|县内|县级|县|全区|全镇|全乡|镇内|乡内|镇|乡))的?"
                               r"(?:" + _FIRST_WORDS + r"|唯一)")


# The body placing it later within a scope (全市第二个): not the first the title says in that scope
_LATER_THAN_FIRST = re.compile(r"(全国|全省|全市|全州|全县|全区)第[二三四五六七八九2-9](?:个|家|座|所|批)")
_FIRST_WORD = re.compile(_FIRST_WORDS + "$")


def _scope_rank(scope: str) -> "int | None":
    return next((k for k, names in enumerate(_FIRST_SCOPES) if scope.endswith(names)), None)


def first_at_a_lower_level(doc: Document, first: "re.Match") -> "str | None":
    """The body's first (锦川市首个) when every first it gives has a narrower scope than the title's
    (全省首个); None when the title names no scope or the body matches it."""
    scope = _FIRST_WORD.sub("", first.group()) or doc.title[max(0, first.start() - 2):first.start()]   # 全省; 平湖|县
    title_rank = _scope_rank(scope)
    if title_rank is None:
        return None
    found = [(m.group(), _scope_rank(m.group(1))) for m in _FIRST_WITH_SCOPE.finditer(doc.body)]
    if found and all(rank is not None and rank > title_rank for _, rank in found) \
            and len(found) == len(_FIRST_IN_BODY.findall(doc.body)):
        return re.sub(r"^[^是为]*(?:是|为)", "", found[0][0])   # 村是青禾镇第一个: 青禾镇第一个
    return None


# 改造后首个供暖季: the first season after something, no first of its kind
_FIRST_OF_A_PERIOD = re.compile(r"供暖季|季度|学期|汛期|假期|周末|工作日|[年月周]")
_CLAIM_IN_TITLE = re.compile(r"率先|首创|首个|首家|全国第一|全省第一|全市第一|大幅|显著|成效|翻番|创新高|历史最好|零的突破")


@_per_document
def content_words(doc: Document) -> list[tuple[str, int, int]]:
    """Title words that name something (see :attr:`Document.title_content_words`), column prefix
    (【铭记历史 缅怀先烈】) left out: it names the series, not this item; so is the reporting unit's
    own jurisdiction when the body calls it 全县/我市/县卫健局 instead of by name, and so are figures."""
    begin = own_jurisdiction_end(doc)
    # A figure (近四成, 超千个) is compared as a quantity by the figure check, not as a word; so is a
    # 一户一档 slogan whose two things the body names (逐户建档): the body tells it in its own words.
    figures = [(f.start, f.end) for f in doc.title_figures]
    figures += [(m.start(), m.end()) for m in _ONE_EACH.finditer(doc.title)
                if m.group() not in doc.body and m.group(1) in doc.body and m.group(2) in doc.body]
    return [w for w in doc.title_content_words
            if w[1] >= begin and not any(s < w[2] and w[1] < e for s, e in figures) and not _ONE_OF.match(w[0])]


_ONE_EACH = re.compile(r"一([\u4e00-\u9fff])一([\u4e00-\u9fff])")
# 一张 of 搬上“一张图”, 一批 of 推出一批: a numeral and its measure word name nothing (这张图 in the body)
_ONE_OF = re.compile(r"^[一两][张个批条套份项件次家只台]$")


_LEVEL_CHARS = "省市县区旗镇乡"
# A title opening with a place of a level (雪山藏族自治县…, 陇东市…): the unit's own jurisdiction.
# (直发省内: no 省; 老旧小区, 社区: a kind of area, no district)
_TITLE_JURISDICTION = re.compile(r"([\u4e00-\u9fff]{1,10}?)(自治县|自治州|自治区|省|市|县|(?<![小社园片景矿校营库])区|旗|镇|乡|街道)(?![内外级域城场])")
# The levels a body speaks of as its own, unnamed: 我县, 全市, 县农业农村局, …，区里
_OWN_LEVEL = re.compile(r"(?:^|[我全本该，。、；（\s在由对与和向])([省市县区镇乡])(?![村镇场民域城])")   # not 乡村, 市场, 县城


@_per_document
def own_levels(doc: Document) -> set[str]:
    return set(_OWN_LEVEL.findall(doc.body))


# Areas named with a level's character that are no level of government (桂花井片区, 麓坪产业园区):
# the body's 区住建局 does not make them the unit's own jurisdiction.
_NOT_A_LEVEL = ("片区", "园区", "社区", "小区", "景区", "街区", "城区", "新区", "集市", "超市")


def _opening_jurisdiction(doc: Document) -> "re.Match | None":
    """The jurisdiction a title opens with, after its column prefix (雪山藏族自治县…, 嘎尔县…), when
    the body never names it; None for a scope or period (全县, 上半年) or an area that is no level."""
    m = _TITLE_JURISDICTION.match(doc.title, column_prefix_end(doc.title))
    if (m is None or re.search("[全我本前近今去上下季月年0-9]", m.group(1)) or m.group() in doc.body
            or m.group().endswith(_NOT_A_LEVEL)):
        return None
    return m


def own_jurisdiction_end(doc: Document) -> int:
    """Where the title's words start counting: after the column prefix, and after an opening
    jurisdiction the body never names but speaks of as its own (全县, 县卫健局)."""
    m = _opening_jurisdiction(doc)
    return m.end() if m is not None and m.group(2)[-1] in own_levels(doc) else column_prefix_end(doc.title)


def _period_of_body(doc: Document, word: str) -> bool:
    """A title's period word (三季度 of 前三季度) when the body reports on the same months (1—9月)."""
    if not _PERIOD_WORDS.search(word):
        return False
    titled = {months for _, months in covered_periods(doc.title)}
    return bool(titled) and titled <= {months for _, months in _body_periods(doc)}


@_per_document
def _body_periods(doc: Document) -> list:
    """:func:`covered_periods` of the body (asked by the period check and by each missing title word),
    not those of a report yet to come (将在7月常委会会议听取上半年计划执行情况报告)."""
    body = doc.body
    return [(m, months) for m, months in covered_periods(body)
            if not _LATER_MEETING.search(body, _stretch_start(body, m.start(), "。；\n"), m.start())
            and not _PLAN_AFTER.match(body, m.end())]


# a period that opens a plan (下半年，我局将继续加大工作力度) is no period the body reports on
# (一季度，全县计划新开工项目23个 reports the quarter's plan count: 计划 alone is no future)
_PLAN_AFTER = re.compile(r"[，,]?[^，。；\d]{0,8}?(?:将(?![近军士领])|拟|力争|争取|打算)")


def word_in_body(word: str, body: str) -> bool:
    if word in body:
        return True
    # Long compounds are often split in the body (食品安全监管 → 食品安全…监管): accept both halves.
    if len(word) >= 4:
        half = len(word) // 2
        return word[:half] in body and word[half:] in body
    return False


_ZERO_CLAIM = re.compile(r"零(?![售件部星散工钱食距])([\u4e00-\u9fff]{2})")   # (零售户, 零部件: no zero claim)
_ZERO_EVENT = ("发生", "发案", "出现")   # 零发生: what did not happen is named before it
# 零上访 is counted in the body as 信访 (信访件23件)
# (矛盾纠纷“零上交” over 其余3件…移交街道和法院处理)
_SAME_EVENTS = {"上访": ("上访", "信访"), "退兵": ("退兵", "退回"), "信访": ("信访", "来信来访", "来访", "上访"),
                "上交": ("上交", "移交")}
# something new the body counts (新发现疫点小班2个, 新增确诊病例3例): no 零新增
_NEW_COUNTED = re.compile(r"(?:新增|新发现|新发生|新发)[^，。；\d]{0,8}?[1-9]\d*(?:个|起|例|处|人|名|件|家|户|株)")
_SCOPE_LAST = set("县市区镇乡村省旗年月季度期内外域间来现持到")
# (not a count: 全县12个乡镇实现零发案 claims it of all twelve)
_SOME_OF_THEM = re.compile(r"近?半数|部分|多数|少数|个别|近?[一二三四五六七八九]成|\d+(?:\.\d+)?%")
_BEFORE_ZERO = re.compile(r"([\u4e00-\u9fff]{2})(?:实现|保持|达到)?“?$")   # (信访实现“零发生”)


def contradicted_zero(doc: Document) -> "tuple[re.Match, str] | None":
    """A title's 零事故 / 零火情 when the body counts such events (事故2起); for 零发生 / 零发案 the
    events are named before it (盗伐滥捕案件实现零发生 → 案件)."""
    for m in _ZERO_CLAIM.finditer(doc.title):
        if doc.title.startswith(("家庭", "户", "人员"), m.end()):
            continue   # 零就业家庭: a kind of household, not a claim that nothing happened
        if _SOME_OF_THEM.search(doc.title, title_clause_start(doc, m.start()), m.start()):
            continue   # 近半数代办点零办件: some of them had none, not all
        word = m.group(1)
        qualifier = ""
        violation = False
        if word == "新增":   # 疫情实现“零新增” over 新发现疫点小班2个: something new, counted
            found = next((n for n in _NEW_COUNTED.finditer(doc.body)
                          if not _NONE_HAPPENED.search(doc.body, max(0, n.start() - 4), n.end() + 24)), None)
            if found is not None:
                return m, found.group()
            continue
        if word in _ZERO_EVENT:
            before = _BEFORE_ZERO.search(doc.title, 0, m.start())
            if before is None:
                continue
            word = before.group(1)
            violation = doc.title.endswith(("违规", "违法"), 0, before.start())
            qualifier = doc.title[before.start() - 1:before.start()] if before.start() else ""   # 电动自行车|火灾零发生: 车
            if not "\u4e00" <= qualifier <= "\u9fff" or qualifier in _SCOPE_LAST:
                qualifier = ""   # 全县|火灾零发生, 上半年|火灾零发生: where and when, not a kind of fire
        events = _SAME_EVENTS.get(word, (word,))
        if violation and _INSPECTED.search(doc.title, 0, m.start()):
            events, qualifier = events + ("查处",), ""   # 夜查实现违规运输“零发生” over 巡查中查处车辆带泥上路9起:
            # violations the title's inspection found (not 查处占道经营326起 of another campaign)
        noun = "(?:" + "|".join(map(re.escape, events)) + ")"
        for counted in re.finditer(rf"{noun}[^，。；]{{0,8}}?[1-9][\d.]*(?:起|人|名|次|宗|件|处|万?元|亩)|[1-9]\d*(?:起|人|名|次|宗|件|处)[^，。；]{{0,12}}?{noun}",
                                   doc.body):
            if qualifier and qualifier not in _clause_before(doc.body, counted.end()):
                continue   # 电动自行车火灾零发生 over 火灾71起: all fires, not the kind the title says none of
            if "查处" in counted.group() and not _INSPECTED.search(_clause_before(doc.body, counted.start())):
                continue
            if _EARLIER_PERIOD.search(_clause_before(doc.body, counted.start())):
                continue   # 该镇去年同期发生森林火情2起: last year's, what this year's zero is set against
            same_none = re.search(rf"(?:{_NONE_IN_CLAUSE.pattern})([^，。；]{{0,12}}?){noun}", doc.body[counted.end():counted.end() + 24])
            if not _NONE_IN_CLAUSE.search(doc.body, max(0, counted.start() - 4), _sentence_end(doc.body, counted.end(), "，；。\n")) and not (
                    _UNDONE.search(doc.body, max(0, counted.start() - 4), counted.end() + 24)) and not (
                    same_none and not _GRAVER.search(same_none.group(1))):
                return m, counted.group()   # (46处人防工程未发生进水 counts the works where nothing happened;
                # 疑似辍学学生6人…劝返后全部复学: those who came back)
        happened = (_FIRE_HAPPENED.search(doc.body) if word in ("火情", "火灾", "火警")
                    and not re.search(rf"(?:未|没有|无)(?:发生)?[^，。；]{{0,6}}{word}", doc.body) else None)   # (…引燃桌布，2分钟内扑灭…未发生火灾)
        if happened and not _NONE_HAPPENED.search(doc.body, max(0, happened.start() - 10), happened.end() + 10):
            return m, doc.body[max(0, happened.start() - 10):happened.end()]   # 纸钱引燃杂草…扑灭: one fire, uncounted
    return None


_INSPECTED = re.compile(r"巡查|夜查|检查|排查|督查|抽查")
# a fire the body tells of without counting it (坟前纸钱引燃杂草，护林员8分钟内扑灭，过火面积约30平方米)
_FIRE_HAPPENED = re.compile(r"(?<![未无没防])(?:引燃|起火|着火|失火|过火面积)")


_NONE_WORDS = "未发生|没有发生|未出现|无一"
# (发现隐患21处，已整改21处，全镇矿山未发生生产安全事故: what did not happen, in a clause of its own, is
# another thing, unless it names the same (…降至0件次，今年未发生涉退役军人信访); 疑似辍学学生6人，劝返后
# 全部复学: those counted came back, said after the count)
_UNDONE = re.compile("疑似|劝返|复学|返校")
_NONE_HAPPENED = re.compile(f"{_NONE_WORDS}|{_UNDONE.pattern}")
_NONE_IN_CLAUSE = re.compile(f"{_NONE_WORDS}|未发现|没有发现")
# (…事故3起，…全县未发生较大以上道路交通事故: none of the graver kind, not none at all)
_GRAVER = re.compile("较大|重大|特大|以上")


# 全面增长 / 均实现增长 / 全线飘红 / 双提升 in a title; a fall the body reports (下降11.4%, 减少3起)
# contradicts it, as a rise (增加2人) contradicts 双下降 / 全面下降.
_ALL_UP = re.compile(r"(?:全面|均|全部|全线|各项指标均?)(?:实现)?(?:增长|上升|回升|飘红|提升|提高)|双(?:增长|提升|上升)")
_A_FALL = re.compile(r"(?:同比|环比)?(?:下降|下滑|回落|减少|降低)(?:了)?\d+(?:\.\d+)?(?:%|个百分点|个|家|户|人|名|起|件|项)")
_ALL_DOWN = re.compile(r"(?:全面|(?<![平人户日])均|全部|各项指标均?)(?:实现)?(?:下降|减少)|双(?:下降|降|减少)")   # (平均减少: an average)
_GRANTS_FALL = re.compile(r"下降|下滑|回落|减少|降低|但|仍有")
_GRANTS_RISE = re.compile(r"反弹|回升|上升|增加|增长|但|仍有")
_A_RISE = re.compile(r"(?:同比|环比)?(?:增加|上升|增长|反弹)(?:了)?\d+(?:\.\d+)?(?:%|个百分点|人|起|次|家|户)")
_HELD_LEVEL = r"|(?<!基本)(?<!大体)持平"
_A_FALL_OR_LEVEL = re.compile(_A_FALL.pattern + _HELD_LEVEL)
_A_RISE_OR_LEVEL = re.compile(_A_RISE.pattern + _HELD_LEVEL)


def contradicted_rise(doc: Document) -> "tuple[re.Match, str] | None":
    """A title's 全面增长 when the body reports a fall in a figure (固定资产投资下降11.4%), its
    及时率全面提升 when the body reports that rate fell, or its 双下降 when the body reports a rise
    (死亡人数增加2人)."""
    for claim, against, against_named, granted in ((_ALL_UP, _A_FALL, _A_FALL_OR_LEVEL, _GRANTS_FALL),
                                                   (_ALL_DOWN, _A_RISE, _A_RISE_OR_LEVEL, _GRANTS_RISE)):
        m = claim.search(doc.title)
        if m is None:
            continue
        rest = doc.title[:m.start()] + doc.title[m.end():]
        if granted.search(rest):
            continue   # 双下降 矿山领域仍有反弹: the title itself names the exception
        # what a 双降 names, or the one rate a 全面提升 names (及时率全面提升): a fall or rise of
        # another figure does not count
        named = ()
        if claim is _ALL_DOWN or m.group().endswith(("提升", "提高")):
            named = _paired_measures(doc, m.start())
            named = named if claim is _ALL_DOWN else named[-1:]
        # (with named figures, 死亡人数持平 under 双下降: one of the two did not move)
        for found in (against_named if named else against).finditer(doc.body):
            segment = doc.body[_stretch_start(doc.body, found.start(), "。；\n"):found.end()]
            if named and (not any(w in segment for w in named) or _A_PART.search(segment)
                          or _of_another_place(doc, found.start())):
                continue   # another figure's rise, or a part's (两县电诈发案仍上升; 南坪县…亡人事故同比增加2起)
                # under a whole's 双降
            if found.group() == "持平":
                clause = doc.body[_stretch_start(doc.body, found.start(), "，,。；\n"):found.start()]
                if not any(w in clause for w in named if not _COUNT_WORDS.search(w)):
                    continue   # 受伤人数与去年持平: a third figure, not one of the two named
            return m, found.group()
    return None


def _stretch_start(text: str, pos: int, marks: str, reach: int = 300) -> int:
    """Where the stretch of ``text`` that ends at ``pos`` begins: after the last of ``marks`` before
    it, looking back at most ``reach`` characters (a clause longer than that is cut there), so that
    asking about every figure of a long body stays linear."""
    lo = max(0, pos - reach)
    return max([text.rfind(c, lo, pos) for c in marks] + [lo - 1]) + 1


_A_PART = re.compile(r"其中|部分|个别|少数|[一二两三四五六七八九几]个?(?:县|区|市|镇|乡|村|街道)")


def _paired_measures(doc: Document, end: int) -> tuple[str, ...]:
    """What a 双降 or a 全部办结 names in its title clause (电诈发案数和损失数实现“双降” → 电诈, 发案,
    损失): a rise or an open part contradicts it only where the body speaks of one of them, not of
    another figure or task (破案数; 尚未完成的3项整改任务 under 14件信访件全部办结)."""
    start = title_clause_start(doc, end)
    return (_measure_words(doc, doc.title[start:end])
            + tuple(m.group() for m in _PER_UNIT.finditer(doc.title, start, end)))   # 亩|均 cut apart


def _object_after(doc: Document, start: int) -> tuple[str, ...]:
    """The measure words after a title's claim, up to the clause end (全面完成|…卫片执法违法图斑整改)."""
    end = _SEGMENTS.search(doc.title, start)
    return _measure_words(doc, doc.title[start:end.start() if end else len(doc.title)])


def _measure_words(doc: Document, text: str) -> tuple[str, ...]:
    """The words of a stretch of the title that can name a measure: not generic, not a period (2023年度),
    distinctive enough (IDF)."""
    generic = doc.lexicons.generic_words
    return tuple(w for w, _, _ in doc.segmenter.cut(text)
                 if len(w) >= 2 and w not in generic and w not in _NO_MEASURES
                 and not _PERIOD_WORD.fullmatch(w) and doc.segmenter.idf(w) >= _MEASURE_IDF)


_NO_MEASURES = frozenset(("实现", "同比", "环比", "数量", "总数"))


def _joined_words(doc: Document, end: int) -> tuple[str, ...]:
    """Two title words side by side, however common each is alone (基金规模 of 侨眷互助基金规模): as
    distinctive together as a rarer word."""
    start = title_clause_start(doc, end)
    words = [w for w, _, _ in doc.segmenter.cut(doc.title[start:end])]
    return tuple(a + b for a, b in zip(words, words[1:]) if len(a) >= 2 and len(b) >= 2)


# A word as common as 生产, 企业, 经营 (jieba IDF below this) does not tie a body figure to the title's
# measure (生产安全事故 in the title, 生产经营单位 in the body).
_MEASURE_IDF = 5.0


# A title word this distinctive (jieba IDF) that the body never uses is worth a look for a name.
_DISTINCTIVE_IDF = 9.0


# The suffixes of places small enough for the tagger to miss them (the suffix finder reads them).
_SMALL_PLACE = re.compile("片区|园区|社区|小区|街道|水库|水厂|码头|渔港|林场|景区|乡|镇|村")
# Countries written with one character (美方, 对俄出口, 赴英, 中欧班列): a two-character place that
# starts with one the body uses is the tagger's join (俄美, 美海) or a name the body abbreviates (英国).
_ONE_CHARACTER_COUNTRIES = frozenset("中美英法德俄日韩朝乌欧印巴澳加意越泰")


def _two_character_place(name: str, body: str) -> bool:
    """A two-character place the body could only mention by that name: 上海, 伊朗, not 中国 (我国), not
    a kind of area (苏区)."""
    return (name != "中国" and name[-1] != "区" and not (name[0] in _ONE_CHARACTER_COUNTRIES and name[0] in body)
            and place_word(name))


def _abbreviated(name: str, body: str) -> bool:
    """The body names the place by its first character: 新加坡 as 新方, 印度尼西亚 in 中印尼."""
    return name[0] + "方" in body or "中" + name[0] in body


# A term in Latin letters that starts with a capital (PM2.5, VOCs, GDP), two characters or more
_LATIN_TERM = re.compile(r"(?<![A-Za-z0-9.])[A-Z][A-Za-z0-9.]*[A-Za-z0-9](?![A-Za-z0-9])")


def absent_latin_term(doc: Document) -> "re.Match | None":
    """A title term in Latin letters (夏季PM2.5小时浓度频繁超标) the body uses neither as written (in
    any case) nor by a Chinese equivalent in ``latin_terms.txt`` (GDP: 生产总值) — the title names
    another indicator than the body's (臭氧)."""
    body = doc.body.lower()
    for m in _LATIN_TERM.finditer(doc.title, column_prefix_end(doc.title)):
        term = m.group().lower()
        if term not in body and not any(e in doc.body for e in doc.lexicons.latin_terms.get(term, ())):
            return m
    return None


def another_indicator(doc: Document) -> "tuple[re.Match, str] | None":
    """A title indicator the body does not report while it reports another: (the title's term, what
    the body says instead), or None. See :func:`absent_rate` and :func:`absent_opposite`."""
    unreported = absent_rate(doc)
    if unreported is not None:
        rate, others = unreported
        return rate, f"正文却没有这一指标，只报告了「{'、'.join(others[:3])}」"
    opposed = absent_opposite(doc)
    if opposed is not None:
        term, opposite = opposed
        return term, f"正文却只报告「{opposite}」，没有提到「{term.group()}」"
    return None


def absent_opposite(doc: Document) -> "tuple[re.Match, str] | None":
    """A term of the title (进口) the body never uses, over a body that reports on its opposite
    (出口) more than once and a title that does not, nor another word for the term (慈善收入 over 接收捐赠):
    another indicator (one 出口至美国 under 美国自中国 进口 is the other side's word for the same trade).
    (the title's term, the body's), or None."""
    title, body = doc.title, doc.body
    for term, opposite, other_words in doc.lexicons.opposite_terms:
        if (term in title and term not in body and body.count(opposite) >= 2 and opposite not in title
                and not any(w in body for w in other_words)):
            return re.search(term, title), opposite
    return None


def absent_rate(doc: Document) -> "tuple[re.Match, list[str]] | None":
    """A rate the title names (满意率) of which the body says nothing, not even its stem (满意), while
    it reports other rates (按期办结率, 退单率): another indicator. (the title's rate, the body's), or None."""
    body = doc.body
    for m in _RATE_WORD.finditer(doc.title, column_prefix_end(doc.title)):
        rate = m.group()
        if rate in body or rate[:2] in body or rate[1:] in body:   # (效率 of 服务效率)
            continue
        if rate in _RATE_REPORTED_AS and re.search(_RATE_REPORTED_AS[rate], body):
            continue   # 流失率 over 离职员工中入职不满一年的占48.6%, 由年初的603人降至551人
        if any(m.end() <= f.start <= m.end() + 4 for f in doc.title_figures):
            continue   # 自给率达到八成: a figure the figure checks weigh
        if any("%" in s.text and (rate[0] in s.text or rate[1] in s.text) for s in doc.sentences):
            continue   # a share of its own words (不知道…占67% for 知晓率; 自给 as 81%): the rate, unnamed
        others = list(dict.fromkeys(r.group() for r in _RATE_WORD.finditer(body)))
        if not others:   # shares of other things (每月足额领取工资的102人，占54.8%) under a title's 参保率
            others = [s.text[-16:] for s in doc.sentences if "%" in s.text][:3]
        if others:
            return m, others
    return None


_RATE_WORD = re.compile(r"[\u4e00-\u9fff]{2}率(?![先领])")   # not 率先, 率领
# a rate the body reports in other words: staff lost as leavers or a headcount that fell
_RATE_REPORTED_AS = {"流失率": "离职|辞职|离岗|人数?由[^，。；]{0,12}降至"}


_LOCATES_NEXT = re.compile(r"支流|干流|上游|中游|下游|沿岸|沿线")


def absent_names(doc: Document, missing: list[tuple[str, int, int]]) -> list:
    """Places, bodies and people the title names (by NER) that the body never mentions: 津巴布韦 in
    the title of an item about 新西兰. Only run when a distinctive title word is missing from the
    body; the reporting unit's own jurisdiction (the body says 我县/全市) is not counted."""
    begin = column_prefix_end(doc.title)
    # 嘎尔县… over a body about 雍巴县: one that does not speak of a 县 as its own, or opens on 雍巴县,
    # or names it while it speaks of its 县 only as 县里 (not 全县, 我县)
    opening = _opening_jurisdiction(doc)
    level = opening.group(2)[-1] if opening is not None else ""
    if level == "道":   # a street office (渔湾街道…) only over a body that names another (青屿街道)
        opening_absent = any(n.text.endswith("街道") and n.text != opening.group() for n in doc.named)
    else:
        opening_absent = (opening is not None and 2 <= len(opening.group(1)) <= 4
                          and (level not in own_levels(doc)
                               or _names_another_of_its_level(doc, opening.group(), within=_LEAD_REACH)
                               or (not re.search(f"[全我本]{level}", doc.body)
                                   and _names_another_of_its_level(doc, opening.group()))))
    # 云门村… over a body about 桃坪村 alone: an opening village the body never names while it names another
    village = next((s for s in doc.title_named if s.start == begin and s.kind == "place" and s.text.endswith("村")
                    and s.text not in doc.body and s.text not in (doc.item.unit or "")), None)
    if village is not None and any(n.text.endswith("村") and n.kind == "place" for n in doc.named):
        return [village]
    distinctive = any(doc.segmenter.idf(w) >= _DISTINCTIVE_IDF or place_word(w) for w, _, _ in missing)
    if not opening_absent and not distinctive:
        return []
    found = names_from_entities("title", doc.segmenter.entities(doc.title[begin:]), doc.title[begin:])
    # places with a suffix the tagger does not know (桂花井片区, 龙滩坪乡); a name inside a longer one
    # is that one (畲族乡 in 溪头畲族乡)
    if _SMALL_PLACE.search(doc.title, begin):
        found += [s for s in find_named("title", doc.title[begin:]) if s.kind == "place"]
    found.sort(key=lambda s: (s.start, -s.end))
    found = [s for k, s in enumerate(found) if not any(o.start <= s.start and s.end <= o.end for o in found[:k])]
    if (opening_absent and not any(s.text == opening.group() for s in found)
            and any(s.text == opening.group() for s in find_named("title", doc.title))):   # a name, not 部分县
        # the opening county the tagger did not read as a name, or read inside a longer one
        # (湖东区|定点医院… over a body about 湖西区)
        found.insert(0, Span("title", opening.start() - begin, opening.end() - begin, opening.group(), "place"))
    body = doc.body
    own_level = own_levels(doc)
    out = []
    for span in found:
        name = span.text
        if name in _PARTS_OF_A_CITY:
            continue   # 老城区: a part of any city, no name
        if len(name) < 3 and not (span.kind == "person" or span.kind == "place" and _two_character_place(name, body)):
            continue
        if span.kind == "place" and name[-1] not in _LEVEL_CHARS + "村" and _abbreviated(name, body):
            continue   # (…其中湖西区 holds 中湖: no 中方 abbreviation of 湖东区)
        # no piece of it in the body either: 美加州 vs 加州, 世贸组织 vs 世界贸易组织, 京津冀 vs 北京
        # (of its own part: 街道 of 渔湾街道 is in every street office's body)
        # (or of the kind in its name: 水库 of 大坪水库 is in a body about 黄竹坑水库)
        suffix = (_PLACE_KIND_END.search(name) if span.kind == "place"
                  else _BRANCH_END.search(name) if span.kind == "organisation" else None)   # (分局 of 鹭川分局 over 沄江分局)
        stem = name[:suffix.start()] if suffix is not None and suffix.start() >= 2 else name
        if any(stem[i:i + 2] in body for i in range(len(stem) - 1)):
            continue
        if (any(level in name for level in own_level) and not name.endswith(_NOT_A_LEVEL)
                and not _names_another_of_its_level(doc, name)):
            continue
        if span.kind == "organisation" and (doc.item.unit and name in doc.item.unit or _branch_as_its_own(doc, suffix)):
            continue   # 青溪分局 over an item of 宁州市生态环境局青溪分局…, or a body that calls it 分局 and names no other
        if span.kind == "place" and doc.item.unit and (name[:-1] if len(name) >= 3 else name) in doc.item.unit:
            continue   # 伊和塔拉旗 over an item of 伊和塔拉旗文化和旅游局 (鹭湾街道 of 沙陂区鹭湾街道…, 宁塘县 of
            # 岚江市生态环境局宁塘分局): the unit's own
        if not distinctive and name != opening.group():
            continue   # only the opening place was missing
        if (locator := _LOCATES_NEXT.match(doc.title, begin + span.end)) and doc.title[locator.end():locator.end() + 2] in body:
            continue   # 柘水支流白鹭河 over a body on 白鹭河: the river it belongs to only locates the one reported
        out.append(Span("title", begin + span.start, begin + span.end, name, span.kind))
    return out


def _branch_as_its_own(doc: Document, suffix: "re.Match | None") -> bool:
    """A title's 青溪分局 over a body that speaks of 分局 on its own (今年3月1日，分局在…) and names no other."""
    if suffix is None or suffix.start() < 2:
        return False
    kind = suffix.group()
    return (re.search(rf"(?:^|[，,。；\s本我该])(?:{kind})", doc.body) is not None
            and not any(n.text.endswith(kind) for n in doc.named))


_PARTS_OF_A_CITY = frozenset("老城区 主城区 新城区 中心城区 老城 城区 郊区 城郊 老街区 新区 城郊村 城中村 郊区村".split())
_BRANCH_END = re.compile(r"(?:分局|分中心|分公司|支行)$")
_PLACE_KIND_END = re.compile(r"(?:街道|社区|水库|水厂|片区|园区|工业园|公园|景区|小区|大桥|码头|渔港|林场)$")


def _names_another_of_its_level(doc: Document, name: str, within: int | None = None) -> bool:
    """Whether the body names another jurisdiction of the title place's level (兴华区 for 北山区),
    anywhere or in its first ``within`` characters: its 区 is then that one, not the title's own."""
    level = name[-1]
    if level not in "省市州县区旗镇乡":
        return False
    candidates = {n.text for n in doc.named if n.kind in ("jurisdiction", "place") and n.text.endswith(level)
                  and n.text != name and (within is None or (n.field == "body" and n.start < within))}
    # the suffix finder's candidates (兴华区; not 受山区, 建议县) confirmed by the tagger: a place, or a
    # body it begins (兴华区政府, 兴华区纺织厂), in the first few sentences that hold one (the tagger's
    # cost grows with the text it reads)
    holding = islice((s for s in doc.sentences if any(c in s.text for c in candidates)), _TAGGED_SENTENCES)
    return any(word.startswith(c) for sentence in holding
               for word in _joined_places(doc.segmenter.entities(sentence.text)) for c in candidates)


def _joined_places(entities) -> list[str]:
    """The tagger's places and bodies, with places it cut in two joined again (北 + 沅县: 北沅县)."""
    out, last_end = [], None
    for word, tag, start, end in entities:
        if tag not in ("LOC", "ORG"):
            last_end = None
            continue
        if last_end == start and out:
            out[-1] += word
        else:
            out.append(word)
        last_end = end
    return out


_TAGGED_SENTENCES = 3
# A body that names another jurisdiction this early (7月初，县政府督查室对上坪乡…) is about that one.
_LEAD_REACH = 30


# 全部整改到位 / 均已完成 / 实现全覆盖 in a title; the body saying part is still open (其余7家仍在原址,
# 尚在招标中, 覆盖率86%) contradicts it.
_EACH = r"(?<![平人户日月年])均"   # 均 of 平均, 人均: an average, not "every one"
_COUNT_OF_A_KIND = re.compile(r"\d+个([\u4e00-\u9fff]{2})")   # 58个单位: a count and the kind it counts
_REACHED_ALL = re.compile(rf"(?:全部|{_EACH}已|{_EACH})(?:突破|超过|达到|达标)")   # 12个村收入全部突破10万元
_ALL_DONE = re.compile(rf"(?:全部|全面|{_EACH}已|已全部|{_EACH}|全数)(?:整改|发放|配发)?“?(?:到位|完成|办结|化解|落户|销号|清零|整改|落实|开工|完工|竣工|建成|投用|通车|交付|消除|拆除|纳入|挂牌)|已整改到位"
                       r"|(?:全部|均已|已全部)通过(?:竣工)?验收"   # 14个小区全部通过竣工验收
                       r"|全部\d+(?:个|家|所|处|座|条)[\u4e00-\u9fff]{1,6}?(?:完成|建成|投用|开工|完工|竣工|办结|整改到位)"   # 全部28个行政村完成
                       r"|全员持证"   # 管理员全员持证上岗: every one of them certified
                       r"|(?:全部|均已|已全部)实现(?=线上|网上|电子化|无纸化|“?一网通办|掌上)"   # 全部实现线上发布
                       rf"|{_REACHED_ALL.pattern}"
                       r"|(?<!健)(?:全|全部|均已|已全部)覆盖|覆盖(?:所有|全部|全[市县区省州](?![^，。 ]{0,10}?(?:%|％|[一二三四五六七八九]成|半)))|全线(?:通车|贯通|建成|开通)"
                       r"|应(?P<every>[\u4e00-\u9fff])尽(?P=every)"   # 应发尽发: every one due has it
                       r"|(?:已经?|基本|得到)+(?:根治|杜绝)(?!欠薪|拖欠)")   # 问题已基本根治 (not 根治欠薪, a campaign's name)
_STILL_OPEN = re.compile(r"(?:仍在|尚在|尚未|仍未|暂未|仍有|尚有|未(?:完成|整改|到位|办结|开工|完工|建成|投用|修复|恢复|处置|化解|"
                         r"交付|验收|销号|清零|拆除|搬迁|消除|接入|纳入|覆盖|开通)|仍然?(?:偏紧|紧张|不足|短缺|突出)"
                         r"|(?:计划|要求|确保|力争)[^，。；]{0,10}(?:前|内)(?:全部)?(?:挂牌|建成|完成|运行|投用|实现|覆盖|接入|上线|开通|安装)"
                         r"|其余\d+[个处家项所座户][^，。；]{0,30}?(?:处于|正在|还在)"
                         r"|(?:其余|剩余)\d+[个处家项所座户株宗份件艘台起笔][^。；]{0,40}?(?:暂由|暂未|尚无|暂无|仍|计划|将在|有待|须在|承诺(?!书)[^，。；]{0,8}?[前内后]"
                         r"|拖欠(?![^。；]{0,30}?(?:已|全部|均已)(?:结清|办结|支付|兑付|发放)))"
                         r"|(?:计划|将)[^。；]{0,10}在其余\d+[个处家项所座户]"   # 计划明年在其余7个乡镇…推广   # 其余8个行政村…暂由相邻村站点代为服务; 其余8所学校…仍只能
                         r"|(?:剩余|尚余|还有)\d+[个处家项所座户村][^，。；]{0,4}?(?:未|没有)"   # 剩余17个未结对村
                         r"|(?:剩余|尚余)的?\d+(?:\.\d+)?万?(?:亩|吨|公里|千米|平方米)(?![^，。；]{0,8}(?:能力|库容|空间|容量))"   # 剩余的0.55万亩小麦…6月7日前可全部收完
                         r"|正在(?:开展|进行|组织|实施|选址|施工|筹建)|正在(?:协调|调解)(?:处理|解决)?\d|\d+[件起个宗户家]正在(?:协调|调解)|其余[^，。；\d]{0,8}将于"   # 各乡镇正在开展…排查，其余乡镇将于12月10日前报送
                         r"|覆盖(?:率)?(?:不到|不足)|再向[^，。；]{0,14}(?:推开|推广|铺开)"   # 覆盖不到一半; 再向青溪、禾丰等4个县推开
                         r"|(?:逐步|将|计划|进一步)[^，。；]{0,6}扩大[^，。；]{0,8}(?:范围|覆盖面)"   # 试点…逐步扩大检测范围
                         r"|(?:将|计划|拟)[^，。；]{0,14}扩大试点"   # 计划明年在北垣镇、马坊镇扩大试点: a pilot, not yet everywhere
                         r"|预计[^，。；]{0,10}(?:建成|通车|完工|贯通|投用|完成)|推迟|延期|延后)[^，。；]{0,12}")

_OTHER_WORK_OPEN = re.compile(r"(?:尚|仍)?未(?:整改|到位|办结|销号|清零|拆除|搬迁|消除|验收|修复|恢复|处置|化解|交付)")
# N of a kind, M of them done: 27个封闭式住宅小区中已有23个完成…安装
_DONE_VERBS = "完成|建成|实现|安装|接入|覆盖|整改|办结|开工|完工|投用|开通|设立|开设|配备|建立|张贴"
# (9个行政村中已有坝心村、河湾村等7个村建成…: names before the count, the kind after it)
_PART_DONE = re.compile(rf"(\d+)([个处家座所项户台套])[^，。；\d]{{0,16}}中[，,]?(?:已有|已|有)?(?:已经?)?"
                        rf"(?:(?:{_DONE_VERBS})[^，。；\d]{{0,10}}(\d+)\2|[^，。；\d]{{0,12}}?(\d+)\2[\u4e00-\u9fff]{{0,4}}?(?:已经?)?(?:{_DONE_VERBS}))")
# N of a kind, then how many of them are done: 全镇13件积案已化解11件
_COUNT_THEN_DONE = re.compile(rf"(\d+)([个处家座所项户台套件宗])[^，。；\d]{{0,8}}?已(?:{_DONE_VERBS}|化解)(\d+)\2")
# M of a kind as a share of all N of them: 42项，占全市58项在建工程的72.4%
_SHARE_OF_ALL = re.compile(r"(\d+)([个处家座所项户台套])[，,]占[^，。；\d]{0,10}(\d+)\2[^，。；\d]{0,10}的\d+(?:\.\d+)?%")
# a paragraph going on about the one before it (目前仍有…, 但…)
_ALL_WORD = re.compile("全|均")
_COUNT_AFTER = re.compile(r"\d|[一二两三四五六七八九十百千万]+[个项家宗件处座户所条名人]")
_GOES_ON = re.compile(r"\s*(?:目前|截至目前|截至[^，。；]{2,12}[，,]|当前|但|不过|同时)")   # (截至11月15日，已整改…: the count goes on)
# a still-open clause with a subject of its own (…网络信号不稳定的问题仍未完全解决)
_ANOTHER_SUBJECT = re.compile(r"的问题$|问题$")
# …the whole first, then the part done: 在建工程项目58个，已开设农民工工资专户的51个
_WHOLE_THEN_DONE = re.compile(rf"(\d+)([个处家座所项户台套])[，,](?:其中)?(?:已有|已经?)(?:{_DONE_VERBS}|开设|设置|签订|签约|落实|启用)"
                              rf"[^，。；\d]{{0,14}}?的?(\d+)\2")
_HINDERED = re.compile(r"(?:制约|影响|阻碍|妨碍|难以|无法|未能|尚未|不能|不利于)[^，。 ]{0,8}$")
_DENIED_BEFORE = re.compile(r"(?:无一?[处项个家件条座]?|没有|不留|不存在|杜绝)$")
_FALLING = re.compile(r"下降|减少|减至|降至")
_MOVED_LATER = re.compile(r"(?:推迟|延后)(?:至|到)\d{1,2}[:：]\d{2}")   # 末班车推迟至19:30: a timetable changed, no work delayed
_VIEWS = re.compile(r"异议|意见|顾虑|分歧|疑虑")   # 部分居民对物业收费标准仍有异议: a view, no work left open


_STILL_TO_DO = re.compile(r"[需亟]|有待|加快|推进|推动(?!实现)")


def contradicted_done(doc: Document) -> "tuple[re.Match, str] | None":
    """A title's 全部整改到位 when the body reports part of it still open (其余7家仍在原址养殖)."""
    for m in _ALL_DONE.finditer(doc.title):   # (法律援助实现“应援尽援” 农民工讨薪案件全部办结: either claim)
        if (found := _done_contradicted(doc, m)) is not None:
            return found
    return None


def _done_contradicted(doc: Document, m: "re.Match") -> "tuple[re.Match, str] | None":
    if (_GOAL_BEFORE.search(doc.title, 0, m.start()) or _HINDERED.search(doc.title, max(0, m.start() - 10), m.start())
            or _STILL_TO_DO.search(doc.title, title_clause_start(doc, m.start()), m.start())):
        return None   # 力争年底前实现…全覆盖: a goal, not a claim; 力量不足制约审计全覆盖: what is held back;
        # 需加快推进在线计量全覆盖: what is still to be done
    if not _ALL_WORD.search(m.group()) and _COUNT_AFTER.match(doc.title, m.end()):
        return None   # 已整改到位241宗: how many are done, not all of them (全面完成2023年度… still is)
    after = _object_after(doc, m.end())
    covered = after if "覆盖" in m.group() else ()
    named = _paired_measures(doc, m.start()) + after
    measures = [w for w in named if not any(w in n.text for n in doc.title_named)]   # (湾区 of 澜湾区: no measure)
    paragraphs = doc.paragraphs
    starts = [p.start for p in paragraphs]
    about: dict[int, bool] = {}   # paragraph index → whether it speaks of what the title names
    reached = _REACHED_ALL.search(m.group()) is not None   # 全部突破10万元: only what falls short of the mark is open
    count = _COUNTED_BEFORE.search(doc.title, title_clause_start(doc, m.start()), m.start())   # 14家…全部
    if count and "覆盖" in m.group() and any(m.group() in doc.body[h.start():_sentence_end(doc.body, h.end())]
                                           for h in re.finditer(rf"(?<!\d){re.escape(count.group())}", doc.body)):
        return None   # 5个县区实现全覆盖 over …桥头区5个县区已实现建制村快递服务全覆盖: said of those it counts
    counted = count is not None
    # 全市7个县区实现…全覆盖 in the body: what is still open is another matter (仍有…病死猪没有进入), unless it
    # is the title's own step (全区12个项目已全部开工 … 其中1个项目开工推迟)
    whole_claimed = _claimed_for_the_whole(doc.body, m.group())
    for start, said in _still_open(doc.body, m.group()):
        sentence = _sentence_before(doc.body, start)
        if whole_claimed and m.group()[-2:] not in sentence + said:
            continue
        if m.group("every") and m.group("every") not in sentence + doc.body[start:_sentence_end(doc.body, start)]:
            continue   # 党支部应建尽建 over 38个小区中已有29个实现“交叉任职”: another step's part, not the 建 left undone
        if reached and not _SHORT_OF_A_MARK.search(said):
            continue   # (全部达标 over 仍有雨水…进入污水管网: another matter)
        if counted and _OTHERS.search(sentence):
            continue   # 14家…全部整改到位 over 另有2家门店因复查时仍未整改被立案处罚: others than those the title counts
        if counted and (kinds := _COUNT_OF_A_KIND.findall(said)) and not any(
                n in doc.title for n in re.findall(r"\d+", said)) and not any(k[0] in doc.title for k in kinds):
            continue   # 14个乡镇、196个村实现…全覆盖 over 县直58个单位中有51个建立: a count of a kind the title does not cover
        if (_DELAYED.match(said) and (step := _OTHER_STEP.search(sentence))
                and step.group() != m.group()[-2:] and m.group()[-2:] not in sentence):
            continue   # 全部开工 over 原定8月的试生产推迟至11月: another step delayed
        if "覆盖" in m.group() and (_OTHER_WORK_OPEN.match(said) or (
                covered and not any(w in _sentence_before(doc.body, start + len(said)) for w in covered))):
            continue   # 巡查覆盖全部58处 over 未整改的3处: the checks covered them all, the repairs are another matter;
            # 覆盖全部58个街道 over 未完成交接即撤场的情况19起: what is open is not one of the 街道 covered
        k = max(bisect_right(starts, start) - 1, 0)
        if k not in about:
            about[k] = not named or any(w in paragraphs[k].text for w in named) or (
                k > 0 and _GOES_ON.match(doc.body, paragraphs[k].start) is not None
                and any(w in paragraphs[k - 1].text for w in named))   # 目前仍有约3300笔…: the paragraph before's
        if (after and not any(w in paragraphs[k].text for w in after) and m.group()[-2:] not in sentence + said
                and not _REST_OF_THEM.search(sentence + said) and any(w in p.text for w in after for p in paragraphs)):
            continue   # 地铁工地出土全部纳入电子联单 over 仍有部分车辆超时段运输 in a paragraph without 电子联单,
            # which another paragraph says is all in use: another matter
        if said.endswith("%") and measures and not any(
                w in doc.body[_stretch_start(doc.body, start, "。\n"):start] for w in measures):
            continue   # 违规出租问题全部整改 over 发现隐患40处，已整改38处，整改率95%: the rate of every hazard, not of those
        if about[k] and named and not _GOES_ON.match(doc.body, paragraphs[k].start) and _ANOTHER_SUBJECT.search(
                _sentence_before(doc.body, start)) and not any(w in _sentence_before(doc.body, start + 20) for w in named):
            continue   # 问题方面…驿站帮办使用率偏低…；山区村网络信号不稳定的问题仍未完全解决: another matter's
        if about[k] or ((_PART_DONE.match(doc.body, start) or _COUNT_THEN_DONE.match(doc.body, start))
                       and any(w in doc.body for w in named)):
            return m, said   # not another task's (14件信访件全部办结; 尚未完成的3项整改任务); a count of
            # the whole and its part done (63个在建项目中已有41个接入) is the title's when the body names its measure
    for part in _WHOLE_THEN_DONE.finditer(doc.body):   # …when it names what the title says is all done
        if named and int(part.group(3)) < int(part.group(1)) and (   # (在建工程项目58个，已开设农民工工资专户的51个)
                named[-1] in _clause_before(doc.body, part.start()) + part.group()) and (
                not m.group("every") or m.group("every") in part.group()):
            return m, part.group()
    return None


_WHOLE_SCOPE = re.compile(r"全[省市州县区旗]")
_REST_OF_THEM = re.compile(r"其余|剩余|另有|还有\d")   # (其余3个县仍由各单位自行报批: the rest of those the title counts all in)


def _claimed_for_the_whole(body: str, claim: str) -> bool:
    """Whether the body says the title's 全覆盖 itself, of its whole jurisdiction and not as a goal
    (全市7个县区实现集中无害化处理全覆盖; not 这三个乡镇已实现…全覆盖 or 力争明年底实现…全覆盖)."""
    for own in re.finditer(re.escape(claim), body):
        clause = body[_stretch_start(body, own.start(), "，,；。\n"):own.start()]
        if _WHOLE_SCOPE.search(clause) and not _GOAL_BEFORE.search(clause):
            return True
    return False


# A step a title reports taken (正式投产, 建成通车); the body giving that step only as a plan
# (计划于今年8月开工，2025年底建成投产) contradicts it.
_STEP_TAKEN = re.compile(r"(?:正式|全面|顺利|成功|已经?)?(投产|开工|竣工|建成|投用|通车|开通|开业|挂牌|投入运营|投入使用"
                         r"|(?:(?<=(?<![未不没])通过)|(?<=(?<![未不没])通过[省市县区]级))验收)(?![^，。 ]{0,2}(?:仪式|计划))(?![多少率数])"
                         r"(?!档案|资料|图纸|决算|验收备案)")   # 竣工档案验收, 竣工决算: a kind of paper, no step taken
# a step the body may name by the one that brings it (投入运营 over 计划2025年底建成)
_SAME_STEP = {"投入运营": "投入运营|投入使用|建成|投用", "投入使用": "投入运营|投入使用|建成|投用"}
_TAKEN_BEFORE = re.compile(r"已|均|全部|相继|先后")
_STEP_LATER = re.compile(r"[^。；\d]{0,4}[，,]?(?:预计|计划|将于|拟于|有望)[^。；]{0,12}")
_YEAR = re.compile(r"20\d\d年")
_EARLIER_YEAR = re.compile(r"20\d\d年(?!以来|至今|起)")   # 2022年以来: a period up to now, not an earlier year
_STEP_PLANNED = re.compile(r"(?:计划|预计|拟|将|力争|争取|有望|(?:年底|月底|年内|季度)前)[^。；]{0,30}$")


def contradicted_step(doc: Document) -> "tuple[re.Match, str] | None":
    """A title's 正式投产 / 建成通车 when the body names that step only as a plan (项目一期计划于今年8月开工，
    2025年底建成投产) and never as taken."""
    m = _STEP_TAKEN.search(doc.title)
    if m is None or _PLANNED_TITLE.search(doc.title) or _GOAL_BEFORE.search(doc.title, 0, m.start()):
        return None
    body, step = doc.body, m.group(1)
    years = set(_YEAR.findall(doc.title))
    said = None
    if _IN_USE.search(body):
        return None   # 正式投入运营: built and working, whatever the body plans next
    for found in re.finditer(_SAME_STEP.get(step, step), body):
        if body[found.start() - 1:found.start()] in ("再", "创") or body.startswith("后", found.end()):
            continue   # 年内在杉木乡、溪口镇再建成…: more of them planned, not this one; 项目建成后可…: what will follow;
            # 巩固创建成果: 创建 and 成果, no step
        # (项目建设中将…统筹治理，于10月顺利通过省级验收: 验收's own clause says whether it is planned)
        clause = (_clause_before if step == "验收" else _sentence_before)(body, found.start())
        later = _STEP_LATER.match(body, found.end())   # …再申请竣工验收，预计2027年下半年进行
        if not (_STEP_PLANNED.search(clause) or later) or _TAKEN_BEFORE.search(clause[-6:]):
            return None   # taken somewhere in the body (…已于6月建成投产, 已竣工14所)
        said_here = clause + step + (later.group() if later else "")
        if years & set(_YEAR.findall(said_here)):
            return None   # the title reports the plan itself (2030年基本建成 over 到2030年，将基本建成)
        said = said or said_here
    if said and step == "验收":
        m = _PASSED.search(doc.title, max(0, m.start() - 4)) or m   # 标题称「通过省级验收」, not 「验收」
    return (m, said[-30:]) if said else None


_PASSED = re.compile(r"通过(?:[省市县区]级)?验收")
_IN_USE = re.compile(r"(?<!计划)(?<!将)(?<!预计)(?:正式|已经?)(?:投入运营|投入使用|投用|运营|开业|通车)")


# The rate that measures what a title says is all done: 全部完成 against 完工率91.0%.
_DONE_RATE_WORDS = {"完成": "完成|完工|竣工", "完工": "完工", "竣工": "竣工", "开工": "开工", "整改": "整改", "到位": "整改|到位",
                    "办结": "办结", "销号": "销号", "建成": "建成", "投用": "投用", "交付": "交付", "通车": "通车",
                    "覆盖": "覆盖|完成|发证|张贴", "持证": "持证"}   # 全覆盖 over 3323个完成，完成率78%; 确权登记全覆盖 over 发证率85.9%
# (a rate with a qualifier — 按期/及时/当场/一次性/计划/整改完成率 — measures something else)
# (持证率由年初的52%提高到87%: the rate it reached)
_DONE_RATES = {verb: re.compile(rf"(?<![期时场性划资改])(?:{words})率(?:由[^，。；]{{0,10}}?\d+(?:\.\d+)?%(?:提高|提升|上升|增加|增长)?[到至]"
                                rf"|为|达|达到|仅为?)?(\d+(?:\.\d+)?)%")
               for verb, words in _DONE_RATE_WORDS.items()}
_EARLIER = re.compile(r"去年|上年|同期|此前|以前|原来")


_DELAYED = re.compile("推迟|延期|延后")
_OTHERS = re.compile("另有|另外还有")
_COUNTED_BEFORE = re.compile(r"\d+[个家户所项件名人处座]")
_OTHER_STEP = re.compile("试生产|试运行|投产|开工|竣工|完工|建成|投用|通车|开业|验收|交付")
_SHORT_OF_A_MARK = re.compile(r"未(?:达到|达标|突破|超过)|不达标|不合格|不足|低于|故障")
_SPARE = re.compile(r"富余|余量|空间|潜力|剩余能力")   # (仍有富余能力: room to spare, nothing undone)


def _still_open(body: str, claim: str):
    """(offset, words) of each place where the body says part of what the title calls all done is
    still open: 尚未/仍有/未修复…, or a completion rate of the title's own verb below 100%."""
    found = []
    for still in _STILL_OPEN.finditer(body):
        if (_DENIED_BEFORE.search(body, max(0, still.start() - 4), still.start())
                or _FALLING.search(still.group()) or _VIEWS.search(still.group())
                or _MOVED_LATER.match(still.group()) or _SPARE.match(still.group(), 2)):
            continue   # 无一处未修复, 不留未整改隐患, 未整改问题数下降50%, 仍有富余能力: nothing left open
        found.append((still.start(), still.group()))
    for part in _PART_DONE.finditer(body):
        if int(part.group(3) or part.group(4)) < int(part.group(1)):
            found.append((part.start(), part.group()))   # 27个小区中已有23个完成
    for part in _COUNT_THEN_DONE.finditer(body):
        if int(part.group(3)) < int(part.group(1)):
            found.append((part.start(), part.group()))   # 13件积案已化解11件
    if "覆盖" in claim:
        for part in _SHARE_OF_ALL.finditer(body):
            if int(part.group(1)) < int(part.group(3)):
                found.append((part.start(), part.group()))   # 抽查…42项，占全市58项在建工程的72.4%: not all covered
    step = claim[-2:]
    for rest in re.finditer(rf"已{step}\d+[个处家项所座户村][^。；]{{0,24}}?(?:剩余|尚余|其余)\d+[个处家项所座户村]"
                            r"(?![^。；]{0,30}?(?:已|完成|到位|办结))", body):
        found.append((rest.start(), rest.group()))   # 已拆除9处…，剩余5处均为…: the title's own step, part of it left
    rate = next((pattern for verb, pattern in _DONE_RATES.items() if claim.endswith(verb)), None)
    if rate is not None:
        for r in rate.finditer(body):
            sentence = _sentence_before(body, r.start())
            if (float(r.group(1)) < 100 and not _EARLIER.search(sentence[-12:])
                    and _ALL_DONE.search(sentence) is None):   # 已全部整改到位。其中一般隐患当场整改率…
                found.append((r.start(), r.group()))
    return sorted(found)


# 固定资产投资同比增长 in a title, with no figure; the body saying that very measure fell (全市固定资产投资
# 同比下降3.1%) and nowhere that it rose contradicts it (and the other way round).
_RISE_WORDS, _FALL_WORDS = "增长|上升|增加|提高|回升", "下降|减少|下滑|回落|降低"
_RISES = frozenset(_RISE_WORDS.split("|"))
# the change word ends its clause (投资同比增长 新能源…): 降低企业融资成本 is a verb and its object
_BARE_CHANGE = re.compile(rf"(?:同比|环比|比上年|较上年)?({_RISE_WORDS}|{_FALL_WORDS})(?=$|[\s，,；;。！!？?、—])")
# The period a title opens on (2025年1—9月, 一季度, 上半年); the clause a title figure stands in may
# begin after the dash of 1—9月.
_PERIOD_LEAD = r"(?:20\d\d年)?(?:\d{1,2}[—\-－~至到]?\d{0,2}月|前?[一二三四1-4]季度|[上下]半年|全年|今年以来)?"
_MEASURE_LEAD = re.compile(rf"^{_PERIOD_LEAD}(?:全国|全省|全市|全州|全县|全区|我省|我市|我州|我县|我区|本市|本县)?")
_ADVERBS_AFTER = re.compile(r"(?:有所|明显|大幅|持续|稳步|继续|进一步|略有|小幅|显著|快速|较快|平稳|均|都|也|仍|实现)+$")
_BODY_CHANGE = re.compile(rf"(?:额|总额|总量)?(?:同比|环比|比上年|较上年|比去年同期|较去年同期)?({_RISE_WORDS}|{_FALL_WORDS})"
                          r"(?:了)?(?:\d+(?:\.\d+)?(?:%|个百分点))?")


# What may stand right before a measure in the body: no word at all, a scope (全市, 我县), a place's
# name (河洲市), a period (1—9月).
_MEASURE_OWNER = re.compile(r"(?:(?:全|我|本)[国省市州县区旗镇乡]|[\u4e00-\u9fff]{2,}[省市州县区旗]|月份?|季度|年|半年|其中)$")   # (其中无证经营案件14起)


def _starts_measure(body: str, pos: int) -> bool:
    """Whether a measure found at ``pos`` is the measure itself, not the end of a narrower one."""
    return pos == 0 or not "\u4e00" <= body[pos - 1] <= "\u9fff" or _MEASURE_OWNER.search(body, max(0, pos - 12), pos) is not None


def contradicted_direction(doc: Document) -> "tuple[re.Match, str] | None":
    """A title's figureless 固定资产投资同比增长 when the body says that measure fell (全市固定资产投资同比
    下降3.1%) and never that it rose; or its …下降 when the body only says it rose."""
    for m in _BARE_CHANGE.finditer(doc.title):
        lead = _ADVERBS_AFTER.sub("", doc.title[title_clause_start(doc, m.start()):m.start()])
        measure = lead[_MEASURE_LEAD.match(lead).end():][-_MAX_MEASURE:]
        named = next((measure[k:] for k in range(len(measure) - _MIN_MEASURE + 1) if measure[k:] in doc.body), None)
        after = _BODY_CHANGE
        if named is None:   # 无证经营卷烟案件数量 over 无证经营案件14起，同比减少6起: its head, then its change
            bare = _COUNT_WORDS.sub("", measure)
            for n in doc.title_named:
                bare = bare.replace(n.text, "")
            named = next((bare[:k] for k in range(len(bare), _MIN_MEASURE - 1, -1) if bare[:k] in doc.body), None)
            after = _CHANGE_SOON
        if named is None:
            continue
        rise = m.group(1) in _RISES
        said = {True: None, False: None}
        for found in re.finditer(re.escape(named), doc.body):
            if not _starts_measure(doc.body, found.start()):
                continue   # 城镇居民人均可支配收入 is not 农村居民人均可支配收入; 亏损企业利润总额 not 利润总额
            change = after.match(doc.body, found.end())
            if change is not None:
                went_up = change.group(1) in _RISES
                said[went_up] = said[went_up] or doc.body[found.start():change.end()]
        if said[not rise] and not said[rise]:
            return m, said[not rise]
    return _contradicted_trend(doc)


_COUNT_WORDS = re.compile(r"(?:数量|总量|起数|件数|人数)$")
_CHANGE_SOON = re.compile(r"[^。；]{0,14}?" + _BODY_CHANGE.pattern)


# 问题呈上升趋势 in a title; every rate of change the body gives going the other way (下降28.8%,
# 同比下降41.2%) contradicts it
_TREND = re.compile(rf"(?:呈现?|出现|显现)[^，。\s]{{0,4}}?({_RISE_WORDS}|{_FALL_WORDS})(?:趋势|态势)")
_RATE_OF_CHANGE = re.compile(rf"({_RISE_WORDS}|{_FALL_WORDS})(?:了)?\d+(?:\.\d+)?(?:%|％|个百分点|倍)")


def _contradicted_trend(doc: Document) -> "tuple[re.Match, str] | None":
    m = _TREND.search(doc.title)
    if m is None:
        return None
    changes = [(c.group(1) in _RISES, c.group()) for c in _RATE_OF_CHANGE.finditer(doc.body)]
    rise = m.group(1) in _RISES
    if len(changes) >= 2 and all(went_up is not rise for went_up, _ in changes):
        return m, "、".join(said for _, said in changes[:3])
    return None


# 存在三方面困难 / 四项措施 in a title; a body that lists its points 一是、二是 and stops short of
# the number the title promises does not report what it announces.
_CN_COUNT = "一二三四五六七八九十"
_TITLE_POINTS = re.compile(r"([两二三四五六七八九十])(?:个|项|点|条|大)?(?:方面|问题|困难|短板|举措|措施|做法|经验|建议|对策|难题)")
_BODY_POINT = re.compile(r"(?<![第统唯])([一二三四五六七八九十])是")


def contradicted_count(doc: Document) -> "tuple[re.Match, str] | None":
    """A title's 三方面困难 when the body enumerates 一是、二是 and no 三是."""
    m = _TITLE_POINTS.search(doc.title)
    if m is None:
        return None
    promised = 2 if m.group(1) == "两" else _CN_COUNT.index(m.group(1)) + 1
    listed = [_CN_COUNT.index(k) + 1 for k in _BODY_POINT.findall(doc.body)]
    if not listed or 1 not in listed or max(listed) >= promised:
        return None
    first = doc.body.find("一是")
    if first > 0 and _SELECTION.search(doc.body, max(0, first - 24), first):
        return None   # 十条措施的核心是三项：一是…: the body lists a selection on purpose
    return m, _CN_COUNT[max(listed) - 1]


_SELECTION = re.compile(r"(?:核心|重点|主要|亮点|要点|关键)[^，。；]{0,4}[是有为在][一两二三四五六七八九十]")


# 翻番 / 增长近一倍 / 扩大三倍 in a title: a rise of 100 % or more, which the body's rates of rise must
# bear out; 较去年同期的226个增长40.7% does not. Not weighed: a body that states a multiple itself (是去年
# 同期的2.1倍, 翻了一番) or gives the levels (由1.2亿元增至2.5亿元), a goal (力争三年翻番), average rates (年均).
_MULTIPLE = re.compile(r"翻了?[一两二三]?番|(?:增长|增加|扩大|提高|提升|上升)了?(近|超过?|逾|约)?([一两二三四五六七八九十]|\d+(?:\.\d+)?)倍"
                       r"(多|以上|余)?")
_RISE_RATE = re.compile(r"(?<!年均)(?:增长|增加|扩大|提高|提升|上升|增幅为?)(?:了|为|达到?)?(?:(\d+(?:\.\d+)?)%|约?([一二三四五六七八九])成)")
_CN_TENTHS = "一二三四五六七八九"
_BODY_MULTIPLE = re.compile(r"翻了?[一两二三]?番|(?:[一两二三四五六七八九十]|(?<![\d.])\d+(?:\.\d+)?)倍")
_BODY_LEVELS = re.compile(r"(?:(?:增|增长|增加|提高|提升|升)(?:至|到)|由[^，。；]{0,16}(?:至|到))(?=[近约超\d])")   # (由“到窗口办”改为: no level)
# 由(去年的)320公斤提高到480公斤: the two levels and their 万/亿 (a rise or a fall)
# (由1月的41%提高到6月的68%, 由2023年6月底的2.1GW增至3.9GW: a year or month before a level says when)
_LEVEL_PAIR = re.compile(r"由[^，。；\d]{0,10}?(?:(?:20\d\d年)?(?:\d{1,2}[-—至])?\d{1,2}月(?:份|底|末)?的?|20\d\d年(?:底|末)?的?)?(\d+(?:\.\d+)?)([万亿]?)[^，。；\d]{0,6}?"
                         r"(?:提高|增加|增长|提升|上升|扩大|上调|调高|上涨|减少|下降|降低|压减|缩减|压缩|缩短|下调|调低|增|升|降|减)(?:到|至)"
                         r"(?:(?:20\d\d年)?(?:\d{1,2}[-—至])?\d{1,2}月(?:份|底|末)?的?|20\d\d年(?:底|末)?的?)?(?:约|近)?(\d+(?:\.\d+)?)([万亿]?)")   # (缩减至约32米)
_GOAL_BEFORE = re.compile(r"力争|确保|目标|(?<!列入)(?<!年度)计划|预计|到20\d\d年|要求[^，。 ]{0,10}?[前内底]")   # 列入计划片区: the planned list, no goal
# (推进会…要求6月底前全部开工: a demand with its deadline, nothing begun; 按照上级要求 全县…全部开工 is done)
_LEVEL_UNIT = re.compile(r"[%％]|[A-Za-z]{1,3}|[\u4e00-\u9fff]{1,2}(?=[，。；、）)\s]|$)")   # the unit after the higher level


# 2024年还田面积91万亩，比2022年的48万亩增加43万亩: the level, then the earlier one it rose from
# A level and the one it is compared with, in one unit (named groups now/nu and base/bu: the numbers and
# their 万/亿): 91万亩，比2022年的48万亩增加; 5.9元，比去年同期的7.2元下降; 2022年…1800元，2024年达到3200元
# (y1 before y2); 3.1万吨，去年全年为2.2万吨.
_LEVELS_AND_BASES = (
    re.compile(r"(?P<now>\d+(?:\.\d+)?)(?P<nu>[万亿]?)[^\d，。；]{0,3}[，,]?(?:比|较)[^，。；\d]{0,10}?(?:\d{4}年)?[^，。；\d]{0,8}?"
               r"(?P<base>\d+(?:\.\d+)?)(?P<bu>[万亿]?)[^\d，。；]{0,3}(?:增加|增长|提高|扩大|下降|减少|降低|回落)"),
    re.compile(r"(?P<y1>20\d\d)年[^，。；\d]{0,12}?(?P<base>\d+(?:\.\d+)?)(?P<bu>[万亿]?)(?P<unit>[\u4e00-\u9fff]{1,2})[，,；]"
               r"(?P<y2>20\d\d)年[^，。；\d]{0,6}?(?P<now>\d+(?:\.\d+)?)(?P<nu>[万亿]?)(?P=unit)"),
    re.compile(r"(?P<now>\d+(?:\.\d+)?)(?P<nu>[万亿]?)(?P<unit>[\u4e00-\u9fff]{1,2})[^，。；\d]{0,14}?[，,；](?:去年|上年|此前|以往|原来)(?:全年|同期)?[^，。；\d]{0,6}?(?:为|是|仅为?)?"
               r"(?P<base>\d+(?:\.\d+)?)(?P<bu>[万亿]?)(?P=unit)"),
)


def _levels_and_bases(body: str):
    """(level, the level it is compared with, the match) for each of :data:`_LEVELS_AND_BASES` in the body."""
    for pattern in _LEVELS_AND_BASES:
        for m in pattern.finditer(body):
            if m["nu"] == m["bu"] and (m.groupdict().get("y1") or "") <= (m.groupdict().get("y2") or ""):
                yield float(m["now"]), float(m["base"]), m


# 4台500千瓦, 3座2万立方米: a number of things of one size
_COUNT_OF_SIZE = re.compile(r"(\d+)(?:台|套|组|座|个|块|艘|辆)(?:单机)?(?:容量|功率|装机)?(?:为|达)?(\d+(?:\.\d+)?)(万?)"
                            r"(千瓦|兆瓦|吨|立方米|平方米|千伏安)")


_IN_BASE_UNIT = {"千瓦": ("瓦", 1e3), "兆瓦": ("瓦", 1e6), "千伏安": ("伏安", 1e3)}   # as quantities reads them


# 12个街道和24个区直部门各确定1名: so many of each of the places counted before 各
_EACH_OF_COUNTED = re.compile(r"(\d+)个[^，。；\d]{1,12}?(?:(?:和|、|及)(\d+)个[^，。；\d]{1,12}?)?各[\u4e00-\u9fff]{0,4}?(\d+)(名|人)")


def _products(body: str, unit: str) -> list[float]:
    """The totals the body gives as a count times a size in ``unit`` (4台500千瓦: 2000千瓦; 12个街道和24个
    部门各确定1名: 36人)."""
    out = []
    for m in _COUNT_OF_SIZE.finditer(body):
        size_unit, factor = _IN_BASE_UNIT.get(m.group(4), (m.group(4), 1.0))
        if size_unit == unit:
            out.append(int(m.group(1)) * float(m.group(2)) * (1e4 if m.group(3) else 1) * factor)
    if unit == "人":
        out += [(int(m.group(1)) + int(m.group(2) or 0)) * int(m.group(3)) for m in _EACH_OF_COUNTED.finditer(body)]
    return out


# 回收4100吨，是2021年的2.7倍: the earlier level is the value over the multiple
_VALUE_THEN_MULTIPLE = re.compile(r"(\d+(?:\.\d+)?)([万亿]?)([\u4e00-\u9fff]{1,2}?)[，,]?(?:是|为|相当于)"
                                  r"(?:20\d\d年|去年|上年|前年|同期|上年同期|去年同期)[^，。；\d]{0,4}?的(\d+(?:\.\d+)?)倍")


# 由42人降至27人 in a title: the level it moved from, then the level now
_FROM_TO = re.compile(r"(?:降至|减至|下降到|减少到|降到|增至|增加到|提高到|上升到|增长到|升至)")
_CHANGE_BY = re.compile(r"(减少|下降|少|增加|增长|多)了?$")


def _level_before_a_change(doc: Document, fig: Span, claim: Quantity, body_quantities: list) -> bool:
    """Whether a title's earlier level (由42人降至27人) is the body's level now and its change, given
    in one sentence (在岗人数27人，比投产时减少15人: 27 + 15)."""
    if not doc.title.endswith("由", 0, fig.start) or not _FROM_TO.match(doc.title, fig.end):
        return False
    now = next((q for f, q in title_quantities(doc) if f.start > fig.end), None)
    if now is None or now.unit != claim.unit:
        return False
    body = doc.body
    for k, (f, q) in enumerate(body_quantities):
        if q.unit != claim.unit or not agrees(now, q.value):
            continue
        end = _stretch_end(body, f.end, 40)
        for g, d in body_quantities[k + 1:]:
            if g.start >= end:
                break
            change = _CHANGE_BY.search(body, max(0, g.start - 3), g.start)
            if d.unit == claim.unit and change:
                fell = change.group(1) in ("减少", "下降", "少")
                if agrees(claim, q.value + d.value if fell else q.value - d.value):
                    return True
    return False


def bases_of_multiples(body: str, unit: str) -> list[tuple[float, float]]:
    """The (low, high) earlier levels the body gives only as a value and a multiple of it, in ``unit``
    (4100吨，是2021年的2.7倍: 1,491–1,547吨, the multiple rounded to its last digit)."""
    out = []
    for m in _VALUE_THEN_MULTIPLE.finditer(body):
        if m.group(3) != unit:
            continue
        value = float(m.group(1)) * {"万": 1e4, "亿": 1e8}.get(m.group(2), 1.0)
        times = float(m.group(4))
        half = 0.5 * 10 ** -len(m.group(4).split(".")[1]) if "." in m.group(4) else 0.0
        if times - half > 0:
            out.append((value / (times + half), value / (times - half)))
    return out


def implied_rates(body: str, fall: "bool | None" = None) -> list[float]:
    """The rates of change (in %) the body gives only as two levels: 5.9元，比去年同期的
    7.2元下降1.3元 (18.1 %); 由320公斤提高到480公斤 (50 %). Only falls or only rises when ``fall``
    says which (a title's 下降超三成 is not borne out by another count's rise from 23件 to 31件)."""
    pairs = [(now, base) for now, base, _ in _levels_and_bases(body)] + [(now, base) for base, now, _ in _level_pairs(body)]
    return [100 * abs(now - base) / base for now, base in pairs
            if base > 0 and (fall is None or (now < base) == fall)]


def _falls_in_title(title: str, fig: Span) -> "bool | None":
    """Whether the change a title figure measures is a fall (下降超三成), a rise, or not said."""
    change = _CHANGE_BEFORE.search(title, 0, fig.start)
    if change is None:
        return None
    return _DOWN.search(change.group()) is not None


def implied_points(body: str) -> list[float]:
    """The changes in percentage points the body gives only as two rates (由改革前的21%提高到34%: 13)."""
    return [abs(high - low) for low, high, m in _level_pairs(body) if body.startswith(("%", "％"), m.end(1))]


def implied_differences(body: str, unit: str) -> list[float]:
    """The changes of a count or amount the body gives only as two levels of it (由原来的约2.1元降到1.3元: 0.8元)."""
    return [abs(high - low) * _MULTIPLIER[m.group(2)] for low, high, m in _level_pairs(body)
            if (after := _LEVEL_UNIT.match(body, m.end())) and counts_as(unit, after.group())]


_MULTIPLIER = {"": 1, "万": 1e4, "亿": 1e8}


def _level_pairs(body: str):
    """(the first level, the second, the match) of each _LEVEL_PAIR in the body whose two levels have the
    same 万/亿 (由320公斤提高到480公斤)."""
    for m in _LEVEL_PAIR.finditer(body):
        if m.group(2) == m.group(4):
            yield float(m.group(1)), float(m.group(3)), m


def _pair_text(body: str, pair: re.Match) -> str:
    """A _LEVEL_PAIR match with the unit after its second level (由40分钟缩短至29分钟)."""
    unit = _LEVEL_UNIT.match(body, pair.end())
    return body[pair.start():unit.end() if unit else pair.end()]


def _level_rises(body: str, named: tuple[str, ...]) -> "list[tuple[float, str]] | None":
    """The rate of each rise the body gives as two levels of what the title names (``named``:
    亩产由去年的320公斤提高到480公斤, 50 %; 91万亩，比2022年的48万亩增加); levels of another measure
    (茶园面积由3.5万亩扩大到4.1万亩) or of a rate the title does not name (优质果率由45%提高到78%) are
    left out. None when the body gives levels of the title's measure it cannot read that way (增至2.5亿元
    with no base, 由8000元增至1.2万元)."""
    pairs = list(_LEVEL_PAIR.finditer(body))
    starts = [m.start() for m in pairs]
    rises = []
    named = tuple(dict.fromkeys(named + tuple(_without_count_suffix(w).rstrip("额") for w in named if len(w) >= 3)))   # 贷款额: 贷款
    for high, low, m in _levels_and_bases(body):
        clause = body[_stretch_start(body, m.start(), "，,；。\n"):m.end()]
        if _A_LIMIT.search(clause):
            continue
        if 0 < low < high and any(w in clause for w in named):
            rises.append((100 * (high / low - 1), m.group()))
    for level in _BODY_LEVELS.finditer(body):
        clause = body[_stretch_start(body, level.start(), "，,；。\n"):level.end()]
        if not any(w in clause for w in named) or _A_LIMIT.search(clause):
            continue   # (适用限额由50万元提高至100万元: a limit raised, not the measure)
        k = bisect_right(starts, level.start()) - 1   # pairs do not overlap: only this one can hold it
        pair = pairs[k] if k >= 0 and level.end() <= pairs[k].end() else None
        if pair is None and (earlier := _earlier_level(body, level, named)) is not None:
            rises.append(earlier)
            continue
        if pair is None or pair.group(2) != pair.group(4):
            return None
        if body.startswith(("%", "％"), pair.end(1)) and not any(w.endswith("率") and w in clause for w in named):
            continue   # a rate's levels, unless the title doubles that rate (准确率翻番)
        low, high = float(pair.group(1)), float(pair.group(3))
        if 0 < low < high:
            rises.append((100 * (high / low - 1), _pair_text(body, pair)))
    return rises


_LEVEL_AFTER = re.compile(r"(\d+(?:\.\d+)?)([万亿]?)([%％]|[\u4e00-\u9fff]{1,2})")


_A_LIMIT = re.compile(r"(?:限额|上限|门槛|起点|标准)由")


def _earlier_level(body: str, level: re.Match, named: tuple[str, ...], rise: bool = True) -> "tuple[float, str] | None":
    """A change to a level (提高到78%, 降至0.9元) from the level an earlier sentence gives the same named
    measure (2023年全乡水费收缴率只有41%; 每件成本一度高达1.5元): its rate (in %, of a rise, or with
    ``rise`` False of a rise or a fall), and the two levels as said."""
    now = _LEVEL_AFTER.match(body, level.end())
    if now is None:
        return None
    start = _stretch_start(body, level.start(), "。；\n")
    before = None
    for word in named:
        for m in re.finditer(re.escape(word) + r"[^，。；\d]{0,6}?(\d+(?:\.\d+)?)([万亿]?)([%％]|[\u4e00-\u9fff]{1,2})",
                             body[:start]):
            if m.group(2) == now.group(2) and m.group(3)[0] == now.group(3)[0] and (before is None or m.start() > before.start()):
                before = m
    if before is None:
        return None
    old, new = float(before.group(1)), float(now.group(1))
    if not (0 < old < new if rise else 0 < old and new != old):
        return None
    return 100 * abs(new / old - 1), f"{before.group()}……{level.group()}{now.group()}"


# a level a measure changed to (降至0.9元, 提高到78%)
_CHANGED_TO = re.compile(r"(?:增|增长|增加|提高|提升|升|降|下降|降低|减|减少|缩短|压缩)(?:至|到)(?=\d)")


def rates_from_earlier_levels(doc: Document, fig: Span) -> list[float]:
    """The rates of change (in %) the body gives only as a level reached and one an earlier sentence
    gives the title's measure (成本一度高达1.5元…每件快件进村成本降至0.9元: 40 %)."""
    named = _paired_measures(doc, fig.start)
    found = (_earlier_level(doc.body, m, named, rise=False) for m in _CHANGED_TO.finditer(doc.body))
    return [rate for rate, _ in filter(None, found)]


_DOUBLED = re.compile(r"翻了?([两二三])番")   # 翻了两番: doubled twice, four times the base


def contradicted_multiple(doc: Document) -> "tuple[re.Match, str] | None":
    """A title's 翻番 / 增长近一倍 when every rate of rise in the body, and every rise it gives as two
    levels, falls short of it (or far exceeds it): 增长近三倍 over 同比增长37.4%, 亩产翻番 over 由320公斤提高到480公斤.
    增长N倍 (N ≥ 2) is read as from N−1 to N times the base (both usages); 翻番 and 一倍 as a rise of
    100 %; 近 lowers the bound, 超/逾/…倍多/以上 remove the upper one."""
    m = _MULTIPLE.search(doc.title)
    if m is None or _GOAL_BEFORE.search(doc.title, 0, m.start()) or _whole_multiple(doc):
        return None   # the body states a multiple itself (not a place's the title does not name: 南岭县…增长1.3倍)
    levels = _level_rises(doc.body, _paired_measures(doc, m.start()) + _joined_words(doc, m.start()))
    if levels is None:
        return None
    body = doc.body
    rises = [(float(r.group(1)) if r.group(1) else 10.0 * _CN_TENTHS.index(r.group(2)) + 10, r)
             for r in _RISE_RATE.finditer(body)]
    rates, parts = [], []
    for value, r in rises:
        (parts if _of_a_part(doc, r.start()) else rates).append((value, r.group()))
    rates = (rates + levels) or parts   # 其中白鹭镇卫生院…增长112%: a part's rise, not the whole's the title doubles
    if not rates:
        return None
    word = m.group(2)
    times = 1.0 if word is None else chinese_number(word) or float(word)
    low, high = (100 * (times - 1), 100 * times) if times >= 2 else (100 * times, 100 * times)
    if doubled := _DOUBLED.fullmatch(m.group()):   # a rise of 300 % for 翻两番
        low = high = 100.0 * (2 ** chinese_number(doubled.group(1)) - 1)
    bound = m.group(1) or ""
    low, high = ((0.7 * low, high) if bound == "近" else (low, float("inf")) if bound.startswith(("超", "逾")) or m.group(3)
                 else (0.95 * low, (1.5 if word is None else 1.25) * high))   # 翻番 of a rise to 2.28×: still doubled
    if any(low <= rate <= high for rate, _ in rates):
        return None
    return m, "、".join(said for _, said in rates[:3])


@_per_document
def _whole_multiple(doc: Document) -> bool:
    """Whether the body states a multiple (翻番, 增长1.1倍) of the whole: not a place's the title does not
    name (南岭县…增长1.3倍), nor a count of parts that doubled (收入同比翻番的有4个)."""
    return any(not _of_another_place(doc, b.start()) and not _PARTS_THAT.match(doc.body, b.end())
               and not _BEYOND_A_QUOTA.search(doc.body, max(0, b.start() - 8), b.start())
               for b in _BODY_MULTIPLE.finditer(doc.body))


# 报名人数超过名额一倍: demand beyond a quota, no rise of what the title doubles
_BEYOND_A_QUOTA = re.compile(r"(?:超过|超出|高出)[^，。；\d]{0,4}$")


_PARTS_THAT = re.compile(r"(?:以上)?的(?:有|\d|[一二三四五六七八九十两]+[个家户])")


def _of_another_place(doc: Document, pos: int) -> bool:
    """Whether the sentence up to ``pos`` names a place the title does not (南岭县增速最快，同比增长1.3倍)."""
    start = _stretch_start(doc.body, pos, "。；\n")
    return any(start <= n.start < pos and n.kind in ("place", "jurisdiction") and n.text not in doc.title
               for n in doc.named)


def _of_a_part(doc: Document, pos: int) -> bool:
    """Whether the figure at ``pos`` stands in a 其中 sentence about a part the title does not name."""
    sentence = _sentence_before(doc.body, pos)
    return "其中" in sentence and not any(s.text in sentence for s in doc.title_named)


# 缩短一半, 减半 in a title; levels in the body (由40分钟缩短至29分钟) that fall far less contradict it
_HALVED = re.compile(r"(?:缩短|减少|下降|降低|压缩|压减)(?:了)?(?:近)?一半|减半")
_FALLS = re.compile(r"缩短|减少|下降|降低|压缩|压减|降|减")
_FALL_RATE = re.compile(r"(?:缩短|减少|下降|降低|压缩|压减)(?:了)?(\d+(?:\.\d+)?)%")


def contradicted_half(doc: Document) -> "tuple[re.Match, str] | None":
    """A title's 通关时间缩短一半 when every fall the body gives, as a rate (下降31.4%) or as two levels
    (由40分钟缩短至29分钟, 27.5 %), is well short of half (below 40 %), or far beyond it (above 65 %)."""
    m = _HALVED.search(doc.title)
    if m is None or _GOAL_BEFORE.search(doc.title, 0, m.start()) or _HALVED.search(doc.body):
        return None
    falls = [(float(r.group(1)), r.group()) for r in _FALL_RATE.finditer(doc.body)]
    for base, now, pair in _level_pairs(doc.body):
        if 0 < now < base and _FALLS.search(pair.group()):
            falls.append((100 * (base - now) / base, _pair_text(doc.body, pair)))
    for now, base, pair in _levels_and_bases(doc.body):   # 上访11批次，去年同期为22批次
        if 0 < now < base:
            falls.append((100 * (base - now) / base, pair.group()))
    ceiling = float("inf") if doc.title.startswith(("以上", "多"), m.end()) else 65   # 缩短一半以上: at least half
    if not falls or any(40 <= rate <= ceiling for rate, _ in falls):
        return None
    return m, "、".join(said for _, said in falls[:3])


# 连续三年未发生森林火灾 in a title; the body reporting such an event in one of those years contradicts it
_STREAK = re.compile(r"连续(\d+|[一二三四五六七八九十两]+)年(?:未发生|没有发生|无|零)([\u4e00-\u9fff]{2,4})")
# a body counts the years by their seasons too (连续6个防火期未发生森林火灾)
_BODY_STREAK = re.compile(r"连续(\d+|[一二三四五六七八九十两]+)(?:年|个(?:防火期|汛期|年度))(?:未发生|没有发生|无|零)")
_YEAR_IN_BODY = re.compile(r"(20\d\d)年")


def contradicted_streak(doc: Document) -> "tuple[re.Match, str] | None":
    """A title's 连续三年未发生森林火灾 when the body reports such an event (2022年全县发生森林火灾1起) in
    one of the last three years (counted back from the item's submission year or the body's latest year),
    or states a shorter such streak (连续两年未发生)."""
    m = _STREAK.search(doc.title)
    if m is None:
        return None
    span = int(m.group(1)) if m.group(1).isdigit() else chinese_number(m.group(1))
    event = re.escape(m.group(2))
    years = [int(y) for y in _YEAR_IN_BODY.findall(doc.body)]
    if doc.item.submitted is not None:
        years.append(doc.item.submitted.year)
    if not span:
        return None
    for stated in _BODY_STREAK.finditer(doc.body):   # 连续十年未发生 over 已连续7年未发生涉枪涉爆刑事案件
        length = int(stated.group(1)) if stated.group(1).isdigit() else chinese_number(stated.group(1))
        if length and length < span:
            return m, stated.group()
    if not years:
        return None
    for happened in re.finditer(rf"(20\d\d)年[^。；]{{0,12}}?发生[^。；]{{0,6}}?{event}[^。；]{{0,4}}?[1-9]\d*起", doc.body):
        if max(years) - int(happened.group(1)) < span:
            return m, happened.group()
    if span >= 2:   # …未发生船舶碰撞桥梁事故，而去年同期曾发生1起货船擦碰桥墩事故: one in last year
        for happened in _LAST_YEARS_ONE.finditer(doc.body):
            if re.search(event, _sentence_before(doc.body, happened.start())):
                return m, happened.group()
    return None


_LAST_YEARS_ONE = re.compile(r"(?:去年|上年)(?:同期)?[^。；，]{0,6}?(?:曾|也)?发生(?:了|过)?[1-9]\d*起[^。；，]{0,12}?事故")


# 提前两个月全面封顶 in a title; a body that never says 提前 and reports the step on schedule
# (实现了按合同节点封顶的目标) contradicts it
_EARLY = re.compile(r"提前(?:\d+|[一二两三四五六七八九十半]+)个?(?:月|天|年|周|小时)")
_ON_SCHEDULE = re.compile(r"按(?:合同|计划)?节点|如期|按期|按时(?=完成|完工|竣工|封顶|建成|交付|投用|通车)")


def contradicted_early(doc: Document) -> "tuple[re.Match, str] | None":
    m = _EARLY.search(doc.title)
    if m is None or "提前" in doc.body or _GOAL_BEFORE.search(doc.title, 0, m.start()):
        return None
    on_time = _ON_SCHEDULE.search(doc.body)
    return (m, doc.body[on_time.start():_sentence_end(doc.body, on_time.end(), _CLAUSE_MARKS)]) if on_time else None


def contradicted_period(doc: Document) -> "tuple[re.Match, str] | None":
    """A period the title reports on (一季度) that the body never covers, while the body reports on
    another (1至4月): neither the same months nor shorter periods that together make them up, nor data as
    of the period's last month (三季度 over 截至9月底)."""
    begin = column_prefix_end(doc.title)
    titled = [(m, months) for m, months in covered_periods(doc.title) if m.start() >= begin]
    if not titled and "月份" not in doc.title:
        return None
    reported = _body_periods(doc)
    if not reported:
        return None
    # (a title's plan, 下半年聚焦…四项重点, is covered by the body's plan for that period)
    spans = {months for _, months in reported} | {months for m, months in covered_periods(doc.body) if _PLAN_AFTER.match(doc.body, m.end())}
    as_of = {months[1] for r, months in reported if r.group().startswith("截至")}   # 截至9月底: data as of then
    for m, (first, last) in titled:
        inside = {k for a, b in spans if first <= a and b <= last for k in range(a, b + 1)}
        if all(first < a and b == last for _, (a, b) in reported):
            continue   # 上半年…检查发现问题21个 over 4月至6月…开展检查: the work of the period's last months
        if (first, last) not in spans and inside != set(range(first, last + 1)) and last not in as_of:
            return m, "、".join(dict.fromkeys(r.group() for r, _ in reported))
    for m in _ONE_MONTH.finditer(doc.title, begin):   # 3月份…412批 over 一季度…412批, with no word of 3月
        month = cn_to_int(m.group(1))
        if not any(cn_to_int(b.group(1)) == month for b in _MONTH_MENTION.finditer(doc.body)):
            return m, "、".join(dict.fromkeys(r.group() for r, _ in reported))
    return None


# A month as the period a title reports (3月份); any mention of that month in the body (3月14日, 3月) covers it
_ONE_MONTH = re.compile(r"(?<![\d—\-－~～至到])(\d{1,2}|十[一二]?|[一二三四五六七八九])月份")
_MONTH_MENTION = re.compile(r"(\d{1,2}|十[一二]?|[一二三四五六七八九])月")



# 增速居全省第一 in a title; the body placing it lower (列第2位, 仅次于鹭川市) contradicts it
_FIRST_OF_A_SCOPE = r"(?:全国|全省|全市|全州|全县|全区)(?:第一|首位|第1位?|榜首)"
_PLACED = "居|位居|位列|列|排名|排"
_TOP_RANK = re.compile(rf"(?:{_PLACED}){_FIRST_OF_A_SCOPE}")
_LOWER_RANK = re.compile(r"(?:列|居|位居|位列|排名|排)(?:全国|全省|全市|全州|全县|全区)?(?:[^，。；]{0,10}中|\d+个[^，。；第\d]{1,6})?(?:第[2-9二三四五六七八九]位?|第[1-9十]\d*位)"
                         r"|仅次于[^，。；]{1,12}")


_TOP_N = re.compile(r"(?:进入|跻身|挺进|迈入|位列|位居)[^，。 ]{0,6}?前(?:[一二三三四五六七八九十]+|\d+)(?:名|位|强)?")


_AIMED = re.compile("力争|争取|确保|目标|计划|预计|有望")


def rank_only_aimed_at(doc: Document) -> "tuple[re.Match, str] | None":
    """A title's 进入全国前十 that the body names only as a goal (争取年底前进入全国前十)."""
    m = _TOP_N.search(doc.title)
    if m is None or _GOAL_BEFORE.search(doc.title, 0, m.start()):
        return None
    said = list(re.finditer(re.escape(m.group()[-3:]), doc.body))
    if said and all(_AIMED.search(_clause_before(doc.body, f.start())) for f in said):
        return m, _clause_before(doc.body, said[0].start())[-16:] + m.group()[-3:]
    return None


def contradicted_rank(doc: Document) -> "tuple[re.Match, str] | None":
    """A title's 居全省第一 when the body places it lower (列第2位, 仅次于鹭川市) and nowhere first."""
    m = _TOP_RANK.search(doc.title)
    if m is None or _TOP_RANK.search(doc.body):
        return None
    lower = next((r for r in _LOWER_RANK.finditer(doc.body) if not doc.body.endswith("比", 0, r.start())), None)
    return (m, lower.group()) if lower else None   # (比排第二的河西区多3400余件: the runner-up, compared with)


# 获全市第一 / 跃居全省第一 in a title; a body that ranks nothing and compares with no one
# (no 第一, 首位, 最多, 领先, 排名…) gives it nothing to stand on: 11 of 12 such dev titles are labelled
# title-mismatch (the twelfth says 在全市各县中最多)
_TOP_CLAIM = re.compile(rf"(?:{_PLACED}|跃居|跃升至?|获|获得|荣获|夺得|名列){_FIRST_OF_A_SCOPE}")
_RANKED_IN_BODY = re.compile(r"第一|首位|榜首|第1(?!\d)|第[2-9二三四五六七八九](?:位|名)|最(?:多|高|快|大|好|优|低|少|短)|领先|冠军|排名|排位|位次|名列|前列|仅次于")


def rank_not_in_body(doc: Document) -> "tuple[re.Match, str] | None":
    """A title's 获全市第一 when the body neither ranks nor compares (no 第一, 首位, 最多, 领先…)."""
    m = _TOP_CLAIM.search(doc.title)
    if m is None or _GOAL_BEFORE.search(doc.title, 0, m.start()) or _RANKED_IN_BODY.search(doc.body):
        return None
    return m, ""


# A commendation a title announces (获省农业农村厅通报表扬, 受到市委主要领导肯定) that the body never mentions
_HONOUR = re.compile(r"(?:(?<![查破抓捕缴截斩收])获|获得|受到|得到)[^，。 　]{0,12}?(表扬|表彰|点赞|肯定)")   # (not 抓获…得到群众肯定)


def honour_not_in_body(doc: Document) -> "tuple[re.Match, str] | None":
    """A title's 获…通报表扬 when the body says nothing of any commendation."""
    m = _HONOUR.search(doc.title)
    if m is None or _GOAL_BEFORE.search(doc.title, 0, m.start()) or _HONOUR_WORDS.search(doc.body):
        return None
    return m, ""


_HONOUR_WORDS = re.compile(r"表扬|表彰|点赞|肯定|嘉奖|批示|授予|称号|荣誉|评为|称赞|好评")


# An award at a level a title announces (获评全省优秀志愿服务组织, 入选国家级示范) that the body names only
# as sought (推荐参加省级评选, 申报国家级示范) while it reports one at a lower level (入选市级优秀…组织)
_AWARD_VERBS = "获评|荣获|获得|入选|被评为|评为"
_AWARDED_AT = re.compile(rf"(?:{_AWARD_VERBS}|获)(全省|省级|全国|国家级|全市|市级)")
_LEVEL_WORDS = {"全省": "全省|省级|省", "省级": "全省|省级|省", "全国": "全国|国家级|国家", "国家级": "全国|国家级|国家",
                "全市": "全市|市级", "市级": "全市|市级"}
# the award at the level below, by the title's level (入选市级… under 获评全省…)
_AWARDED_LOWER = {level: re.compile(rf"(?:{_AWARD_VERBS}|授予)[^，。；]{{0,4}}(?:{lower})") for level, lower in (
    ("全省", "市级|全市|县级"), ("省级", "市级|全市|县级"), ("全国", "省级|全省|市级"), ("国家级", "省级|全省|市级"),
    ("全市", "县级|全县"), ("市级", "县级|全县"))}
_ONLY_SOUGHT = re.compile(r"推荐|申报|参评|参加|争创|冲刺|角逐|备战|报送")
_AWARDED = re.compile(r"[^，。；]{0,4}(?:获|入选|评为|授予|命名|榜上有名)")


def award_level_only_sought(doc: Document) -> "tuple[re.Match, str] | None":
    """A title's 获评全省优秀… when the body's every word of that level is in a clause of seeking it
    (推荐参加省级评选) and the body reports the award at a lower level (入选市级优秀志愿服务组织)."""
    m = _AWARDED_AT.search(doc.title)
    if m is None or _GOAL_BEFORE.search(doc.title, 0, m.start()):
        return None
    body, level = doc.body, m.group(1)
    if _AWARDED_LOWER[level].search(body) is None:
        return None
    marks = "，,；。\n"
    clauses = [(_stretch_start(body, w.start(), marks), _sentence_end(body, w.start(), marks))
               for w in re.finditer(_LEVEL_WORDS[level], body)]
    if not clauses or any(not _ONLY_SOUGHT.search(body, a, b) or _AWARDED.search(body, a, b) or _AWARDED.match(body, b + 1)
                          for a, b in clauses):
        return None   # (…推荐参加省级评选; 做好省级评选申报工作: the clause seeks it, before or after the level;
        # 参加全国…大赛荣获一等奖, 参加国家级示范社评定，顺利入选: it sought it and won)
    a, b = clauses[0]
    return m, body[a:b][-24:]


# 26个移民村集体经济收入全部超过10万元 over a body with 3个村在10万元以下: every one above a mark, when
# the body counts some below it
_ALL_ABOVE = re.compile(rf"(?:全部|全都|{_EACH}已?|都)(?:超过|突破|达到|高于)")   # (均在15分钟以内: within a limit)
_BELOW_AFTER = re.compile(r"以下|以内")
_BELOW_BEFORE = re.compile(r"(?:不足|低于|不到|未达到?|未超过|少于)$")


def all_above_contradicted(doc: Document) -> "tuple[re.Match, str] | None":
    """A title's 全部超过10万元 when the body puts some of them below that mark (3个村在10万元以下,
    不足10万元)."""
    m = _ALL_ABOVE.search(doc.title)
    if m is None:
        return None
    claim = next((q for f, q in title_quantities(doc) if f.start == m.end()), None)
    if claim is None:
        return None
    body = doc.body
    for f, q in quantities(body, doc.figures):
        if q.unit != claim.unit or q.value != claim.value:
            continue
        below = _BELOW_AFTER.match(body, f.end)
        if below is None and not _BELOW_BEFORE.search(body, max(0, f.start - 4), f.start):
            continue
        sentence = body[_stretch_start(body, f.start, "。；\n"):f.start]
        if _EARLIER_PERIOD.search(sentence) or any(y not in doc.title for y in _EARLIER_YEAR.findall(sentence)):
            continue   # (2021年…有19个村…不足10万元: where they started, not where they are)
        return m, _clause_before(body, f.start)[-16:] + f.text + (below.group() if below else "")
    return None


# 第139届, 第十七次, 第11号: which session, meeting or storm; the body naming only others of the kind
_ORDINAL = re.compile(r"第(\d+|[一二三四五六七八九十百零〇两]+)(届|次|号|期|批|轮)")


def _ordinal_value(text: str) -> "float | None":
    return float(text) if text.isdigit() else chinese_number(text)


def contradicted_ordinal(doc: Document) -> "tuple[re.Match, str] | None":
    """A title's 第十七次会议 when the body numbers that kind of thing only otherwise (第十八次)."""
    for m in _ORDINAL.finditer(doc.title, column_prefix_end(doc.title)):
        others = [o for o in _ORDINAL.finditer(doc.body) if o.group(2) == m.group(2)]
        values = {_ordinal_value(o.group(1)) for o in others}
        if others and _ordinal_value(m.group(1)) not in values:
            return m, "、".join(dict.fromkeys(o.group() for o in others))
    return None


# 完成…任务 in a title; the body's share of the plan below 100 % (合计1.8万吨，占计划的72%) contradicts it,
# unless the title gives a share itself (完成年度任务近七成)
_TASK_DONE = re.compile(r"(?<!力争)(?<!确保)(?<!争取)(?<!超额)完成[^，。 ]{0,20}?任务(?![的\d])")
_SHARE_IN_TITLE = re.compile(r"[一二三四五六七八九]成|%|％|进度|过半|近|不足|超")
_PLAN_PART_DONE = re.compile(r"(?:占|完成)[^，。；]{0,10}(?:计划|任务|目标)[^，。；\d]{0,6}?的?(\d{1,2}(?:\.\d+)?)%")


def contradicted_task_done(doc: Document) -> "tuple[re.Match, str] | None":
    """A title's 完成2.5万吨…轮换任务 when the body gives what is done as a share of the plan below 100 %
    (占计划的72%), not a part's (其中…)."""
    m = _TASK_DONE.search(doc.title)
    if m is None or _SHARE_IN_TITLE.search(doc.title) or _GOAL_BEFORE.search(doc.title, 0, m.start()):
        return None
    for share in _PLAN_PART_DONE.finditer(doc.body):
        if "其中" not in doc.body[_stretch_start(doc.body, share.start(), "。；\n"):share.start()]:
            return m, share.group()
    return None


_COUNT_DONE_IN_TITLE = re.compile(r"完成(?:全[省市州县区旗镇乡])?[^\d，。；\s]{0,8}?(\d+)余?([\u4e00-\u9fff])")


def done_for_part_only(doc: Document) -> "tuple[re.Match, str] | None":
    """A title's 完成全区237座测量标志巡查 when the body says the work was done for part of that count
    (已完成…237座测量标志中184座的年度巡查)."""
    m = _COUNT_DONE_IN_TITLE.search(doc.title)
    if m is None or _GOAL_BEFORE.search(doc.title, 0, m.start()):
        return None
    whole, unit = m.group(1), m.group(2)
    for part in re.finditer(rf"(?<!\d){whole}{unit}[^，。；\d]{{0,14}}?中(?:的|有)?(\d+){unit}", doc.body):
        if doc.body.endswith("完成的", 0, part.start()):
            continue   # 已完成的41项中有6项存在…: a part of the done ones
        if int(part.group(1)) < int(whole) and "完成" in doc.body[max(0, part.start() - 12):part.start()]:
            return m, part.group()
    rate = _RATE_DONE.search(doc.body)
    rest = _REST_TO_DO.search(doc.body, rate.end()) if rate is not None and float(rate.group(1)) < 100 else None
    if rest is not None and rest.group(1) == unit:   # (剩余62户 under 完成12个村…: another count's rest)
        return m, rate.group()   # 完成…1800余名…随访 over 已完成随访1326人，完成率73.5%；剩余478名…计划
    return None


_RATE_DONE = re.compile(r"完成率(?:为|达|仅为?)?(\d+(?:\.\d+)?)%")
_REST_TO_DO = re.compile(r"(?:剩余|尚余|其余|还有)\d+([\u4e00-\u9fff])[\u4e00-\u9fff]{0,8}?(?:计划|将于|预计|正在|仍在|尚未|未)")


# 超额完成 in a title; the body's own share of that target below 100 % (完成一季度扩面目标1500人的94.1%)
_EXCEEDED_IN_TITLE = re.compile("超额完成")
_SHARE_DONE = re.compile(r"完成[^，。；]{0,24}?(?:的|率为?|率达)(\d+(?:\.\d+)?)%")


def contradicted_exceeded(doc: Document) -> "tuple[re.Match, str] | None":
    """A title's 超额完成 when every share of a target the body gives is below 100 % and the body never
    says 超额 itself."""
    m = _EXCEEDED_IN_TITLE.search(doc.title)
    if m is None or _GOAL_BEFORE.search(doc.title, 0, m.start()) or "超额" in doc.body:
        return None
    shares = list(_SHARE_DONE.finditer(doc.body))
    if shares and all(float(share.group(1)) < 100 for share in shares):
        return m, shares[0].group()
    return None


# A small count in a title (3个乡镇党委书记) and the same thing counted otherwise in the body (两个乡镇党委书记)
_SMALL_COUNT = re.compile(r"(?<![\d.])([2-9]|10|[二两三四五六七八九十])(个|家|所|名|项|座|条)(?!季度|月|年|小时|工作日)([\u4e00-\u9fff]{4})")   # (not 一座: "a"; not 六个季度以来: a time)
_COUNT_BEFORE = r"(?<![\d.])(\d+|[一二两三四五六七八九十])"


# A norm the body sets or proposes (每个乡镇至少明确1名专职统计员), not a count of what there is
_NORM_BEFORE = re.compile(r"(?:至少|不少于|不低于|不超过|最多|原则上)[^，。；\d]{0,6}$")


def counted_otherwise(doc: Document) -> "tuple[re.Match, str] | None":
    """A title's 3个乡镇党委书记 when the body counts that very thing (the four characters after the
    measure word), every count it gives of it differs (两个乡镇党委书记) and it never gives the title's
    count of anything in that measure word (9家敬老院中有4家: a part)."""
    for m in _SMALL_COUNT.finditer(doc.title):
        if _GOAL_BEFORE.search(doc.title, 0, m.start()):
            continue
        value = _ordinal_value(m.group(1))
        if any(_ordinal_value(c.group(1)) == value for c in re.finditer(rf"{_COUNT_BEFORE}(?={m.group(2)})", doc.body)):
            continue   # 9家乡镇敬老院中有4家…: the title's count is there, of a part
        counts = [c for c in re.finditer(rf"(?<!第){_COUNT_BEFORE}(?:{m.group(2)})?{m.group(3)}", doc.body)   # (第一季度)
                  if not _NORM_BEFORE.search(doc.body, max(0, c.start() - 12), c.start())]
        if counts and all(_ordinal_value(c.group(1)) != value for c in counts):
            return m, counts[0].group()
    return None


# Title claims a body can contradict: (finder of the claim and what the body says against it,
# message, suggestion).
_CONTRADICTIONS = (
    (contradicted_zero, "标题称「{claim}」，正文却报告了「{said}」。",
     "标题的判断要与正文数据一致：有事故、有案件就如实写，不要用“零××”概括。"),
    (contradicted_rise, "标题称「{claim}」，正文却报告了「{said}」。",
     "标题的判断要与正文数据一致：指标有升有降就不要写“全面增长”“双下降”，写变化最大的主要指标。"),
    (contradicted_direction, "标题称「{claim}」，正文却说「{said}」。",
     "标题的判断要与正文数据一致：指标下降就不要写成增长（反之亦然），写正文实际报告的变化。"),
    (contradicted_count, "标题称「{claim}」，正文却只列了{said}点（一是……）。",
     "标题的数目要与正文列举的一致：补写缺的一点，或把标题改成正文实际列出的数目。"),
    (contradicted_done, "标题称「{claim}」，正文却说「{said}」。",
     "标题的判断要与正文一致：尚未完成的写“已完成X项、其余正在推进”，不要写“全部到位”。"),
    (counted_otherwise, "标题说「{claim}」，正文却说「{said}」。",
     "标题里的数目要与正文一致：正文说几个，标题就写几个。"),
    (contradicted_exceeded, "标题称「{claim}」，正文却说「{said}」，没有完成。",
     "标题的判断要与正文数据一致：没有完成目标，就写实际完成的比例，不要写“超额完成”。"),
    (contradicted_step, "标题称「{claim}」，正文却只说「{said}」，这一步还在计划中。",
     "标题写已经发生的事：签约的写签约，计划投产的写计划投产时间，不要写成已投产、已通车。"),
    (contradicted_multiple, "标题称「{claim}」，正文的增幅却是「{said}」。",
     "标题的倍数要与正文的增幅一致：增长一倍即增长100%，按正文数字如实写。"),
    (contradicted_streak, "标题称「{claim}」，正文却说「{said}」。",
     "标题的“连续N年”要与正文一致：从正文所说最后一次发生的年份算起，如实写年数。"),
    (contradicted_early, "标题称「{claim}」，正文却说「{said}」，没有提前。",
     "标题写正文说的进度：按期完成就写按期完成；确实提前的，在正文写明原定时间和实际时间。"),
    (contradicted_half, "标题称「{claim}」，正文的降幅却是「{said}」。",
     "标题的降幅要与正文一致：“缩短一半”即减少50%左右，按正文数字如实写（如“缩短近三成”）。"),
    (contradicted_period, "标题说的时段是「{claim}」，正文报告的却是「{said}」。",
     "标题的时段要与正文数据的时段一致：按正文实际统计的时段写（如“1至4月”），或补充标题所说时段的数据。"),
    (contradicted_ordinal, "标题说的是「{claim}」，正文说的却是「{said}」。",
     "标题里的届次、期数、编号要与正文一致。"),
    (contradicted_task_done, "标题称「{claim}」，正文却说「{said}」。",
     "标题写实际完成的进度（如“完成计划的七成”），全部完成后再写“完成任务”。"),
    (done_for_part_only, "标题称「{claim}」，正文却说「{said}」，只完成了一部分。",
     "标题写实际完成的数目（如“完成237座中的184座”），全部完成后再写“完成”。"),
    (contradicted_rank, "标题称「{claim}」，正文却说「{said}」。",
     "标题里的排名要与正文一致：正文说第几位，标题就写第几位。"),
    (rank_not_in_body, "标题称「{claim}」，正文却没有写到排名，也没有与其他地方比较。",
     "标题里的排名要有依据：在正文写明是哪项评价、排第几，或删去标题中的名次。"),
    (rank_only_aimed_at, "标题称「{claim}」，正文却只把它作为目标（「{said}」）。",
     "标题写已经达到的名次；还是目标的，写明“力争”“目标”，或写正文中的实际名次。"),
    (honour_not_in_body, "标题称「{claim}」，正文却没有写到这次表扬。",
     "标题写正文报告的事；确实受到表扬的，在正文写明由谁、何时、以什么形式表扬。"),
    (award_level_only_sought, "标题称「{claim}」，正文却只说「{said}」，这一级还没有评上。",
     "标题写已经获得的级别（如“入选市级优秀志愿服务组织”）；更高一级还在推荐、申报的，写明“推荐参评”。"),
    (all_above_contradicted, "标题称「{claim}」，正文却说「{said}」，并非全部。",
     "标题的判断要与正文一致：有未达到的就写实际数目（如“23个村超过10万元”），不要写“全部”。"),
)


def contradicted_event(doc: Document) -> "tuple[int, int, str, str] | None":
    """(start, end, message, suggestion) of a title claim the body contradicts (零事故 over counted
    accidents, 全面增长 over a fall, 三方面 over two points, 全部到位 over open work, 翻番 over a 40 %
    rise), of a meeting the body never mentions, or of an outcome or result the title announces over a
    body that only narrates a meeting or visit."""
    for find, message, suggestion in _CONTRADICTIONS:
        found = find(doc)
        if found is not None:
            claim, said = found
            quoted = claim.group() + "”" * (claim.group().count("“") - claim.group().count("”"))   # 全部“清零”
            return claim.start(), claim.end(), message.format(claim=quoted, said=said), suggestion
    meeting = announced_meeting(doc)
    if meeting is not None:
        return (meeting.start(), meeting.end(), f"标题说「{meeting.group()}」，正文却没有提到任何会议，报告的是另一件事。",
                "标题写正文实际报告的事（检查、排查、活动的结果），不要用会议名称代替。")
    asked = event_only_asked_for(doc)
    if asked is not None:
        return (asked.start(), asked.end(), f"标题说「{asked.group()}」，正文却只把它作为要求或计划，没有报告这件事已经发生。",
                "标题写正文实际报告的事：会上只是部署、要求的，不要写成已经举行。")
    show = announced_show(doc)
    if show is not None:
        return (show.start(), show.end(), f"标题说「{show.group()}」，正文却没有提到这场展览、比赛或演出，报告的是另一件事。",
                "标题写正文实际报告的事；要报这场活动，就在正文写明活动本身（时间、规模、结果）。")
    unnamed = unnamed_outcome(doc)
    if unnamed is not None:
        return (unnamed.start(), unnamed.end(), f"标题说「{unnamed.group()}」，正文却没有提到这件事，报告的是另一件事。",
                "标题写正文实际报告的事：只是商定、座谈的，不要写成已签约；已签约的，在正文写明与谁签了什么。")
    outcome = announced_outcome(doc)
    if outcome is not None:
        return (outcome.start(), outcome.end(),
                f"标题说「{outcome.group()}」，正文却只记述了会议或考察，没有写到这一结果。",
                "标题写正文实际报告的事：只是开会、座谈、考察的，不要写成已签约、已开工、已见成效。")
    return None


# An exhibition, contest or show a title announces (举办第十届学员书画作品展): the body must speak of it
_SHOW_IN_TITLE = re.compile(r"(?:举办|举行|开展|启动)[^，。 ]{0,16}?(?:(作品展|成果展|书画展|摄影展|展览|展销会|博览会)"
                            r"|(比赛|大赛|竞赛|运动会|技能赛)|(展演|汇演|晚会|文艺演出))")
_SHOW_IN_BODY = (re.compile("展览|展出|展厅|展品|展区|作品展|书画展|摄影展|成果展|展销|博览|布展|参展|观展"),
                 re.compile("比赛|大赛|竞赛|赛事|参赛|决赛|赛场|运动会|技能赛"),
                 re.compile("展演|汇演|晚会|演出|表演|节目"))


# An event a title reports held (举行…应急救援演练) that the body names only as required or planned
# (镇应急办要适时组织开展应急救援演练)
_EVENT_HELD = re.compile(r"(?:举行|举办|开展|组织)[^，。 ]{0,16}?(演练|培训班|比赛|大赛|竞赛|义诊|招聘会|推介会|宣讲会)")
_MUST_YAO = r"(?<![主重需只])要"   # 要 of a requirement or plan, not 主要, 重要, 需要, 只要
_ASKED = re.compile(_MUST_YAO + r"(?!求)|要求|务必|必须|力争|争取|计划|拟|将(?![近军士领])|适时|择机|商定")


def event_only_asked_for(doc: Document) -> "re.Match | None":
    """The title's 举行…演练 or 签署 when every mention of the event in the body is a requirement or a plan
    (协议文本将在…后另行签署)."""
    m = _EVENT_HELD.search(doc.title)
    if m is not None and not _GOAL_BEFORE.search(doc.title, 0, m.start()):
        said = list(re.finditer(m.group(1), doc.body))
        if said and all(_ASKED.search(_clause_before(doc.body, f.start())) for f in said):
            return m
    for family in doc.lexicons.meeting_outcomes:
        m = family.search(doc.title)
        if m is None or "签" not in m.group() or _quoted_at(doc.title, m.start()) or _GOAL_BEFORE.search(doc.title, 0, m.start()):
            continue   # (only a signing: a body tells 完工, 投用 in words of its own, 签署 it names)
        said = [(f.group() == m.group(), _clause_before(doc.body, f.start() if f.group() == m.group() else _sentence_end(doc.body, f.end(), _CLAUSE_MARKS)))
                for f in family.finditer(doc.body)]   # (合作协议文本将在…后另行签署: the whole clause of another word)
        if any(own for own, _ in said) and all(_ASKED.search(clause) or _NOT_YET.search(clause) for _, clause in said):
            return m   # (签约 over 将对签约项目跟踪服务 and 当天有3个项目签订合作协议: the signing is reported)
    return None


_NOT_YET = re.compile("尚未|还未|未能|暂未|待")


def announced_show(doc: Document) -> "re.Match | None":
    """The title's 举办…作品展 / 比赛 / 汇演 when the body never speaks of an exhibition, a contest or a
    show (its 展 / 赛 / 演): a teaching reform reported under an exhibition's title."""
    m = _SHOW_IN_TITLE.search(doc.title)
    if m is None:
        return None
    kind = next(k for k in range(3) if m.group(k + 1))
    return m if _SHOW_IN_BODY[kind].search(doc.body) is None else None   # (扩展, 开展 are no 展)


def announced_outcome(doc: Document) -> "re.Match | None":
    """The title's 签约/开工/揭牌… (when the body never names it) or its claim of results (取得阶段性成效,
    outside quotes) over a body that only narrates a meeting or a visit: every sentence an activity
    sentence (:func:`sentence_roles`)."""
    starts = {start for _, start, _ in doc.title_words}
    found = next((m for pattern in doc.lexicons.meeting_outcomes for m in [pattern.search(doc.title)]
                  if m is not None and m.start() in starts and pattern.search(doc.body) is None), None)   # (召开工作会 holds no 开工)
    if found is None and announced_meeting_name(doc) is None:   # 召开率先…推进会 names the meeting
        found = next((m for m in _RESULT_IN_TITLE.finditer(doc.title)
                      if not _quoted_at(doc.title, m.start()) and m.group() not in doc.body), None)
    if found is None:
        return None
    roles = sentence_roles(doc)
    return found if roles and all(role == "activity" for role in roles) else None


def unnamed_outcome(doc: Document) -> "re.Match | None":
    """The title's 签约 (a ``named_outcomes`` family, outside quotes and not a goal) when the body never
    names that event, whatever else it reports."""
    for title_words, body_words in doc.lexicons.named_outcomes:
        m = title_words.search(doc.title)
        if (m is not None and not _quoted_at(doc.title, m.start()) and not _GOAL_BEFORE.search(doc.title, 0, m.start())
                and body_words.search(doc.body) is None):
            return m
    return None


_RESULT_IN_TITLE = re.compile(r"成效|大幅|显著|翻番|创新高|历史最好|零的突破")


def announced_meeting_name(doc: Document) -> "re.Match | None":
    """The meeting a title announces (召开…推进会), whether or not the body mentions it."""
    return next((m for pattern in doc.lexicons.meeting_title for m in [pattern.search(doc.title)] if m), None)


def _quoted_at(text: str, pos: int) -> bool:
    """Whether ``pos`` stands inside 《…》 or “…” (a document's or programme's name)."""
    return text.count("《", 0, pos) > text.count("》", 0, pos) or text.count("“", 0, pos) > text.count("”", 0, pos)


def announced_meeting(doc: Document) -> "re.Match | None":
    """The title's meeting (召开…推进会) when the body never mentions a meeting."""
    m = announced_meeting_name(doc)
    if m is None:
        return None
    noun = m.group()[-3:] if m.group().endswith("会") else m.group()[-2:]
    body = doc.body
    inspected = _INSPECTION.search(body) is not None
    if noun in body or any(_speaks_of_a_meeting(body, w, inspected) for w in doc.lexicons.meeting_body.finditer(body)):
        return None
    return m


def _speaks_of_a_meeting(body: str, word: re.Match, inspected: bool) -> bool:
    """Whether a body's meeting word (会议, 举行, 座谈…) reports a meeting held, read in its clause."""
    start, end = _stretch_start(body, word.start(), "，；。\n"), _stretch_end(body, word.end())
    return not (_NO_MEETING_AFTER.match(body, word.end())
                or (inspected and word.group() == "座谈")
                or _LATER_MEETING.search(body, start, word.start())
                or _MEETINGS_COUNTED.search(body, start, end)
                or (word.group() == "举行" and "会" not in body[start:end]))


_NO_MEETING_AFTER = re.compile("室|听证")   # 借用会议室举行听证: a room and a hearing, no meeting
# an inspection's talk with those inspected (检查组…与团队成员座谈) is field work, not the title's meeting;
# a meeting the body says is yet to come (将在11月常委会会议审议…) is not the one the title reports
_INSPECTION = re.compile("检查组|督导组|督查组|调研组|实地检查|暗访")
_LATER_MEETING = re.compile("将在|将于|计划|拟于|届时|下一步|建议")
# a year's meetings counted in passing (全年召开各类推进会、协调会12次) are not the meeting a title reports,
# nor is an event held with no 会 in its clause (增殖放流活动在…江段举行)
_MEETINGS_COUNTED = re.compile(r"各类|各种|多次|累计|召开[^，。；]{0,16}\d+次")


def _worth_checking(fig: Span, q: Quantity) -> bool:
    """Small counts in a title (三方面, 4项措施, 两村) name the body's structure, not a result to
    verify; a bare number (60载, 2025) has no unit to compare, a count in 个 (超千个) has one."""
    return (q.unit in ("%", "百分点") or q.unit in _MEASURED_UNITS   # 超2吨: a weight, however few
            or (q.unit == "元" and any(c.isdigit() for c in fig.text))   # 快递费高达8元 (not 一元一票: a scheme)
            or ((q.value > 10 or q.step < 1) and (q.unit != "" or _counted_in_ge(fig))))   # (3.6个: measured)


_MEASURED_UNITS = frozenset("吨 公斤 千克 公里 千米 亩 公顷 立方米 平方米 千瓦 千瓦时".split())


# 库存不足3天: a time short of a mark is a finding to verify, however small the figure
_TIME_UNITS = frozenset(("天", "小时", "分钟", "个工作日", "工作日", "年", "个月", "周"))
_SHORT_OF = re.compile(r"(?:不足|不到|低于|少于|超过|超|逾|长达)$")   # (等候超过1小时: past a mark, as much to verify)


# 办理时间压缩至0.5个工作日: a time cut to a level is a result to verify, however small the figure
_PERIOD_NAMED_BEFORE = re.compile(r"(?:春运|假期|长假|黄金周|汛期|春节|国庆|五一|暑期|寒假|暑假)$")
_SHORTENED_TO = re.compile(r"(?:压缩|缩短|减少|降|减)(?:至|到)$")


def _distinctive(fig: Span) -> bool:
    """A figure unlikely to match another story's body by chance: a decimal (41.3%) or three
    digits that are not a round hundred (1186, 490; not 100 or 2000)."""
    digits = re.search(r"\d+(?:\.\d+)?", fig.text)
    if digits is None:
        return False
    number = digits.group()
    return "." in number or (len(number) >= 3 and not number.endswith("00"))


def _rounded_from(claim: Quantity, comparable: list) -> bool:
    """A rounded title figure (近3000元, 近1.5亿吨) that agrees with a figure of its unit the body gives
    exactly (2960元, 1.46亿吨): the title rounds this body's own figure, as _distinctive figures show."""
    return ((claim.bound in ("near", "past", "more", "about") and claim.unit not in ("", "%", "百分点")
             and any(q.unit == claim.unit and agrees(claim, q.value) and _distinctive(f) for f, q in comparable))
            or (claim.unit == "%" and claim.bound == "exact" and claim.step >= 1   # 63% over 占62.8%
                and any(q.unit == "%" and q.step < 1 and agrees(claim, q.value) for _, q in comparable)))


def _restated(doc: Document, fig: Span, begin: int) -> bool:
    """The body repeats the title figure with the words before it, four characters or more
    (同比增长24%): the same story, even when the figure alone is too common to say so."""
    lead = ""
    for word, _, _ in reversed(doc.segmenter.cut(doc.title[begin:fig.start])):
        if not word.strip() or len(lead) >= 4:
            break
        lead = word + lead
    return len(lead) >= 4 and lead + fig.text in doc.body


_PART_MARK = re.compile(r"其中|发现|已(?:修复|整改|办结|化解|完成)")


def _grouped(spans: list, figures: list, body: str = "", parts_apart: bool = False) -> list[list[Quantity]]:
    """The quantities of (span, quantity) pairs grouped by the body ``spans`` (sentences,
    paragraphs) they stand in, leaving out a change (比去年同期增加2.1万亩): it is no part to add to
    the level before it; nor is an average or one day's figure. With ``parts_apart`` the parts a
    sentence lists after 其中 are a group of their own (完成抽检862批次，其中…214批次、…648批次;
    培训1260人，其中取得证书的812人: the whole plus one of its parts is no sum)."""
    starts = [s.start for s in spans]
    groups: dict[tuple[int, int], list[Quantity]] = {}
    for span, q in figures:
        if body and (_CHANGE_RIGHT_BEFORE.search(body, max(0, span.start - 4), span.start)
                     or _NO_PART_BEFORE.search(body, max(0, span.start - 10), span.start)):
            continue
        k = bisect_right(starts, span.start)
        parts = 0
        if parts_apart and k:   # 其中 in the figure's own sentence (or 发现, 已修复: what a check found among
            # those it checked, and what of that is done: 检查终端4870个，发现故障终端93个，已修复86个)
            parts = len(_PART_MARK.findall(body, max(spans[k - 1].start, _stretch_start(body, span.start, "。！？\n")), span.start))
        groups.setdefault((k, parts), []).append(q)
    return list(groups.values())


def _list_paragraphs(doc: Document) -> list:
    """The body's paragraphs, a list's items in paragraphs of their own (一是…550万元 / 二是…1550万元)
    counted as one."""
    return [p for p in doc.paragraphs if not _NEXT_ITEM.match(doc.body, p.start)]


_NEXT_ITEM = re.compile(r"\s*[二三四五六七八九]是")
_CHANGE_RIGHT_BEFORE = re.compile(r"(?:增加|减少|增长|下降|提高|降低|净增|净减|多|少)了?(?:约|近)?$|(?:较|比)[^，。；\d]{0,6}新增$")   # (较年初新增9个, 较上年末净增612家)
# an average or one day's figure (日均客流5.9万人次, 单日客流达到7.2万人次) is no part of the total beside it
_NO_PART_BEFORE = re.compile(r"(?:[日月年人户亩]均|平均|单日|单月)[^，。；、\d由从]{0,6}$")   # (平均用时由31天缩短至19天: two levels)


def _counted_in_ge(fig: Span, text: str = "") -> bool:
    return fig.text.endswith("个") or _GE_AFTER.match(text, fig.end) is not None


_GE_AFTER = re.compile(r"[多余]?个")


# a time the title gives in hours and the body in minutes (等候超过1小时 over 平均等候26分钟), or back,
# when the same word measures both (等候; not 抢修12小时 over 接报后20分钟到场)
_IN_OTHER_UNIT = {("小时", "分钟"): 1 / 60, ("分钟", "小时"): 60.0}
_TIMED_IN_BOTH = frozenset(unit for unit, _ in _IN_OTHER_UNIT)


def _in_the_titles_time_unit(claim: Quantity, measure: str, body: str, comparable: list) -> list:
    """``comparable`` with the body's times in the other unit converted to the claim's, where the
    title's measure word (its last two characters) stands right before them."""
    key = measure[-2:]
    return [(f, replace(q, value=q.value * _IN_OTHER_UNIT[claim.unit, q.unit], unit=claim.unit))
            if key and (claim.unit, q.unit) in _IN_OTHER_UNIT and key in body[max(0, f.start - 8):f.start]
            else (f, q) for f, q in comparable]


def _comparable(claim_fig: Span, claim: Quantity, body: str, body_quantities: list, rate: bool = False,
                title: "str | None" = None) -> list:
    """Body quantities of the claim's unit; for 个 counts only the body's 个 counts, not bare numbers
    (a 个 that stands for 个工作日 is in 工作日);
    for a rate of change (``rate``: 增长超两成) only the body's rates of change (同比增长12.4%, 增幅分别为21.6%
    和20.3%), not its shares or levels (占比为51.3%). Given the ``title``, a share or rate is not compared
    with a threshold that picks out some of a whole (下降超过20%的6家) nor with a share within what the title
    gives a rounded share of (征地拆迁类信访占比超四成 over 占征地拆迁类信访的45.2%; 开票企业占比达91% is
    borne out by 占开票企业的91%: "X占比" says either)."""
    if _counted_in_ge(claim_fig) and not claim.unit:
        return [(f, q) for f, q in body_quantities if q.unit == "" and _counted_in_ge(f, body)]
    if claim.unit in ("%", "百分点") and title is not None:
        clause = _CLAUSE_BREAK.split(title[:claim_fig.start])[-1]
        body_quantities = [(f, q) for f, q in body_quantities if not (
            _PARTS_THAT.match(body, f.end) and not title.startswith(("的", "以上的"), claim_fig.end)   # 下降超过20%的6家: a threshold
            or (claim.bound != "exact" or claim.step >= 10) and _within_the_titles_subject(body, f, clause))]
    if rate:
        return [(f, q) for f, q in body_quantities if q.unit not in ("%", "百分点") or _changes(body, f)]
    return body_quantities


_SHARE_OF = re.compile(r"占([^，。；\d]{2,12})的(?:比例|比重)?(?:为|达|约)?$")


def _within_the_titles_subject(body: str, fig: Span, clause: str) -> bool:
    """A body share of a whole the title's clause names before its 占 (占征地拆迁类信访的45.2% under
    征地拆迁类信访占比超四成): a share within the title's subject, not the title's share of it (unlike
    占农业总产值的1.8% under 损失占农业总产值1.8%)."""
    of = _SHARE_OF.search(body, max(0, fig.start - 16), fig.start)
    share = clause.rfind("占")
    return of is not None and share > 0 and of.group(1)[:4] in clause[:share]


_CHANGE = re.compile(r"增长|下降|提高|降低|增加|减少|上升|回落|增幅|降幅|减幅|涨幅|缩短|压缩|下滑|提升|压减|缩减|削减|压降|高出")
# A change word right before a title figure, bound words (超, 近…) between them allowed.
_CHANGE_BEFORE = re.compile(r"(?:增长|下降|提高|降低|增加|减少|上升|回落|增幅|降幅|涨幅|提升|下滑|缩短|压缩|压减|缩减|上调|下调|调高|调低|降|升|减)(?:了)?"
                            r"(?:超过|超|逾|近|约|达|达到|突破|不足|不到)?$")


_HEADCOUNTS = frozenset("个 名 人 户 家 位 件 项 处 座 所 条 次 人次 宗 起 例".split())


def _significant_digits(value: float) -> int:
    """1260 → 3, 1200 → 2, 612 → 3."""
    digits = f"{value:.10g}".replace(".", "").lstrip("0").rstrip("0")
    return len(digits)


def _same_count_otherwise(doc: Document, fig: Span, claim: Quantity, comparable: list) -> bool:
    """Whether the body gives the title's exact count (10 or more) with another measure word, in a
    sentence that names what the title counts (为42名农民工 over 受理农民工…申请42件; not 18项指标 over
    在18个省辖市中)."""
    if claim.bound != "exact" or claim.value < 10:
        return False
    if claim.unit == "人":   # 资助学生3.5万人 over 资助学生3.5万人次: visits, not people (those aided twice count twice)
        comparable = [(f, q) for f, q in comparable if q.unit != "人次"]
    if ((claim.unit in _HEADCOUNTS or _counted_in_ge(fig)) and (_significant_digits(claim.value) >= 3 or claim.value >= 100 and claim.value % 100)
            and any(q.value == claim.value and (q.unit in _HEADCOUNTS or not q.unit and f.text.endswith("个"))
                    for f, q in comparable)):
        return True   # 吸纳1,260名村民 over 设公益性养护岗位1,260个, 保住岗位420个 over 420名职工全部留用: a figure this exact is the same count
    before = [w for w, _ in word_tags(doc.title[max(0, fig.start - 6):fig.start]) if len(w) >= 2][-1:]
    for f, q in comparable:
        if before and q.value == claim.value and q.unit not in ("%", "百分点") and _abbreviates(
                before[0], doc.body[max(0, f.start - 6):f.start]):
            return True   # 醉驾97人 over 醉酒驾驶97起: what is counted, the same number
    after = [w for w, _ in word_tags(doc.title[fig.end:fig.end + 8]) if len(w) >= 2]
    if not after:
        return False
    for f, q in comparable:
        if q.value == claim.value and q.unit not in ("%", "百分点"):
            sentence = doc.body[_stretch_start(doc.body, f.start, "；。\n"):f.end]
            if any(w in sentence for w in after[:4] if w[0] not in "全我本") or any(w in doc.body[f.end:f.end + 6] for w in after[:2]):
                return True   # (19名部门负责人 over 19个单位负责人: the same people after the figure)
    return False


def _abbreviates(word: str, text: str) -> bool:
    """Whether ``word`` stands in ``text`` whole or as the short form of a longer name there, its
    characters in order (醉驾 in 醉酒驾驶)."""
    at = 0
    for ch in word:
        at = text.find(ch, at) + 1
        if not at:
            return False
    return True


def _changes(body: str, fig: Span) -> bool:
    """Whether a body figure is a rate of change: a change word earlier in its clause."""
    return _CHANGE.search(body, _stretch_start(body, fig.start, "，；。\n"), fig.start) is not None


_SCOPE = re.compile(r"全(?:国|省|市|州|盟|县|区|旗|镇|乡)")


_CLAUSE_BREAK = re.compile(r"[\s，,；;：:！!？?—]")
_SUBJECT_KINDS = ("place", "organisation", "jurisdiction")


def title_clause_start(doc: Document, end: int) -> int:
    """Where the title's clause that ``end`` stands in begins (after the column prefix and the last
    space or punctuation mark before ``end``)."""
    begin = column_prefix_end(doc.title)
    return max((m.end() for m in _CLAUSE_BREAK.finditer(doc.title, begin, end)), default=begin)


# A survey counts its respondents (家, 人, 户) by the questionnaires they returned (份)
_RESPONDENTS = frozenset("家 人 户 名 位".split())
# Measure words of incidents and cases, one for another: a title count in one over a body that counts
# in another has figures to be compared with (not borne out by them: 发现143起 over 查处97宗 are two steps)
_INCIDENTS = frozenset("起 件 宗".split())
_SURVEY = re.compile(r"问卷|调查|调研|受访")
# Words of a title's measure that say its period or bound (1至10月, 突破), not what it measures
_BOUND_WORDS = frozenset("突破 超过 达到 接近 实现 超出 高达 约为".split())


_SUBSET = re.compile(r"中[，,]?有?\d+[个站家所户名人座条项处村]")


def title_subject(doc: Document, fig: Span) -> "tuple[str, list[str]] | None":
    """Whose figure the title states, and what it measures: the last name (岚河峡谷景区) or scope
    (全县) before the figure in its clause, and the words between them (接待, 游客)."""
    begin = title_clause_start(doc, fig.start)
    found = [(s.end, s.text) for s in doc.title_named
             if s.kind in _SUBJECT_KINDS and begin <= s.start and s.end <= fig.start]
    found += [(m.end(), m.group()) for m in _SCOPE.finditer(doc.title, begin, fig.start)]
    if not found:
        return None
    end, subject = max(found)
    if _SUBSET.search(doc.title, end, fig.start):
        return None   # 全县23个区域自动站中5站…超10%: the figure is the subset's, which the title counts
    measure = [w for w, _, _ in doc.segmenter.cut(doc.title[end:fig.start])
               if len(w) >= 2 and not _PERIOD_WORDS.search(w) and not w.isdigit() and w not in _BOUND_WORDS]
    return (subject, measure) if measure else None


# a scope the figure is compared with (低于全市平均水平4.2个百分点，仍有1.31万宗…) owns no figure after it
_COMPARED_WITH = re.compile(r"(?:低于|高于|超过|不及|比|较|相当于)$")


def figure_of_another(doc: Document, fig: Span, claim: Quantity, comparable: list) -> "tuple[str, Span, Span] | None":
    """The body figure that bears out a title figure when it belongs to someone else. Each body
    figure belongs to the last name or scope (全县) before it in its sentence: the title's figure is
    put on the wrong subject when the body gives that subject a figure of its own, of the title's
    measure, that disagrees (其中夏圩村电商销售额380万元), and every agreeing figure belongs to another
    (芦集镇农村电商交易额突破1000万元). Returns (subject, the agreeing figure, the subject's own
    figure); None when the title's figure is the subject's own, or the body does not say."""
    found = title_subject(doc, fig)
    if found is None:
        return None
    subject, measure = found
    # a name the suffix finder ran on into the word before it (假期青峰谷景区 → 期青峰谷景区)
    while len(subject) > 3 and subject not in doc.body:
        subject = subject[1:]
    body = doc.body
    owners = sorted([(n.end, n.text, n.start) for n in doc.named]
                    + [(m.end(), m.group(), m.start()) for m in _SCOPE.finditer(body)
                       if not _COMPARED_WITH.search(body, max(0, m.start() - 3), m.start())])   # (低于全市平均水平)
    owner_ends = [e for e, _, _ in owners]
    sentence_starts = [s.start for s in doc.sentences]

    def owner(f: Span) -> "tuple[str, int] | None":
        """The last name or scope that ends before ``f`` and begins in its sentence: (text, end)."""
        k = bisect_right(owner_ends, f.start) - 1
        sentence_start = sentence_starts[max(bisect_right(sentence_starts, f.start) - 1, 0)]
        if k < 0 or owners[k][2] < sentence_start:
            return None
        return owners[k][1], owners[k][0]

    # 全市 over a body that opens on 桑阳市: the city the body names first is the title's 全市
    lead_place = next((n.text for n in doc.named if n.kind == "jurisdiction"), None) if subject[0] in "全我" else None

    def is_subject(name: str) -> bool:   # (全镇 in a body under 溪口镇… is the town itself)
        return (subject in name or name in subject or name in (f"全{subject[-1]}", f"我{subject[-1]}")
                or (name == lead_place and name[-1] == subject[-1]))

    # an amount the body never names (出口额 over a body of 销售额) cannot mark the subject's own figure
    absent = [w for w in measure if w not in body]
    if absent and len(absent) < len(measure) and all(w[-1] in "额量值" for w in absent):
        measure = [w for w in measure if w in body]
    own, agreeing = [], []
    for f, q in comparable:
        if q.unit != claim.unit:
            continue
        who = owner(f)
        if agrees(claim, q.value):
            if who is None or is_subject(who[0]) or who[0] in doc.title:
                return None   # an agreeing figure that is (or may be) the subject's own, or of a name the
                # title gives too (三成由村“两委”委员兼任 over 由村“两委”委员兼任的52人，占31%)
            agreeing.append(f)
        elif (who is not None and is_subject(who[0]) and all(w in body[who[1]:f.start] for w in measure)
              and not _QUALIFIED.search(body, who[1], f.start)):   # 计划完成投资60亿元: a plan's
            own.append(f)
    if not agreeing or not own:
        return None
    return subject, agreeing[0], own[0]


def _sorted_names(spans) -> tuple[list[tuple[int, int, str]], list[int]]:
    """Names as (start, end, text) in body order, with their starts (for :func:`_names_between`)."""
    names = sorted((n.start, n.end, n.text) for n in spans)
    return names, [start for start, _, _ in names]


def _names_between(names: tuple[list[tuple[int, int, str]], list[int]], lo: int, hi: int) -> list[tuple[int, int, str]]:
    """The names of :func:`_sorted_names` that lie wholly within ``[lo, hi)``."""
    spans, starts = names
    return [n for n in spans[bisect_left(starts, lo):bisect_left(starts, hi)] if n[1] <= hi]


_TITLE_SCOPE = re.compile(rf"{_PERIOD_LEAD}([全我](?:国|省|市|州|盟|县|区|旗|镇|乡))")   # matched where the title begins


def part_given_as_whole(doc: Document, fig: Span, claim: Quantity, comparable: list) -> "tuple[str, Span, str] | None":
    """A title figure put on the whole (全市…已建成未并网装机达120万千瓦) that the body gives only for one
    of its parts (其中，沙湖县已建成但未并网的新能源装机达120万千瓦). Returns (the title's scope, the
    agreeing figure, the part it belongs to); None when the figure's own clause names its subject
    (``figure_of_another`` weighs that), or when any agreeing figure is not a named part's."""
    begin = column_prefix_end(doc.title)
    # the scope opens the title, or the figure's clause of a double title (建设冷链前置仓 我县…)
    scope = _TITLE_SCOPE.match(doc.title, begin) or _TITLE_SCOPE.match(doc.title, title_clause_start(doc, fig.start))
    if scope is None:
        return None
    body = doc.body
    level = scope.group(1)[-1]
    if not re.search(f"[全我本]{level}|{level}(?:内|域|级|里)", body):
        # 全县…78.6% over a body that never speaks of its county, only of one town's 全镇…78.6%
        lower = _LOWER_LEVELS.get(level, "")
        for f, q in comparable:
            if counts_as(claim.unit, q.unit) and agrees(claim, q.value):
                own = re.search(f"全[{lower}]", _sentence_before(body, f.start)) if lower else None
                if own is None:
                    break
                named = [n.text for n in doc.named if n.kind in _SUBJECT_KINDS and n.end <= f.start]
                return scope.group(1), f, named[-1] if named else own.group()
    if title_subject(doc, fig) is not None:
        return None
    names = _sorted_names(n for n in doc.named if n.kind in _SUBJECT_KINDS)
    parts = []
    for f, q in comparable:
        if not counts_as(claim.unit, q.unit) or not agrees(claim, q.value):
            continue
        part = body.find("其中", _stretch_start(body, f.start, "。；\n"), f.start)
        clause = max(part, _stretch_start(body, f.start, "，,；。\n"))
        named = _names_between(names, clause, f.start) if part >= 0 else []
        if not named or _SCOPE.search(body, part, f.start):
            return None   # an agreeing figure that may be the whole's
        if any(n[2] in doc.title[title_clause_start(doc, fig.start):fig.start] for n in named):
            return None   # 最大为云岭县2.6级 over 云岭县岩前村附近2.6级: the title names the part
        parts.append((f, named[-1][2]))
    if not parts:
        return None
    return scope.group(1), parts[0][0], parts[0][1]


_LOWER_LEVELS = {"省": "市州县区镇乡村", "市": "县区镇乡村街", "州": "县市镇乡村", "县": "镇乡村街", "区": "镇乡村街", "旗": "镇乡苏嘎",
                 "镇": "村", "乡": "村"}


def part_of_named_whole(doc: Document, fig: Span, claim: Quantity, comparable: list) -> "tuple[str, Span, str] | None":
    """A title figure put on the jurisdiction the title opens with (柳河县…空置率超三成) that the body
    gives only for a place within it (小营镇空置率达31.2%), while it gives the jurisdiction a figure of
    its own that disagrees (全县…空置率17.0%). Returns (the jurisdiction, the agreeing figure, the
    place); None when any agreeing figure's clause names no lower place, or the body gives the whole
    no figure of that unit."""
    begin = column_prefix_end(doc.title)
    m = _TITLE_JURISDICTION.match(doc.title, begin)
    if m is None or m.end() > fig.start or m.group(2)[-1] not in _LOWER_LEVELS:
        return None
    lower = _LOWER_LEVELS[m.group(2)[-1]]
    body = doc.body
    places = _sorted_names(n for n in doc.named
                           if n.kind in _SUBJECT_KINDS and n.text[-1] in lower and n.text not in doc.title)
    parts, whole = [], []
    measure = [w for w, _ in word_tags(_title_measure(doc, fig)) if len(w) >= 2]
    counted = _PARTS_COUNTED.search(doc.title, m.end(), fig.start) is not None   # 鹞子岭乡2个村…不足5万元
    part_words: set = set()
    for f, q in comparable:
        if not counts_as(claim.unit, q.unit):
            continue
        clause = _stretch_start(body, f.start, "，,；。\n")
        named = _names_between(places, clause, f.start)
        said = {w for w in measure if w in body[clause:f.start]}
        if not named and measure and not said:
            sentence = _stretch_start(body, f.start, "。；\n")
            said = {w for w in measure if w in body[sentence:f.start]}
            if _names_between(places, sentence, f.start) or not said:
                continue   # (鼠害防治3.5万亩 is no whole's figure of 补播…亩; 全市…募集善款612万元，同比下降18.6% is)
        if agrees(claim, q.value):
            owner = _each_own(body, named, clause, f.start, counted)
            if (owner is None or (len(m.group(1)) >= 2 and m.group(1) in body[clause:f.start])
                    or body.startswith("等", named[-1][1])):
                return None   # the whole's, or several places' together (杉溪镇、鹤鸣乡、云埠镇12个站), or
                              # the title's own (河湾派出所…在河湾大桥、沙洲村路口查处47车次 under 河湾镇), or
                              # a group's by its example (双溪乡等偏远乡镇…仅为52%)
            parts.append((f, owner))
            part_words |= said
        elif not named:
            whole.append((f, said))
    # the whole's figure names at least the measure words the part's does (涉及资金1286万元 is no whole of
    # 结余资金6.3万元 under 追回结余资金6.3万元)
    whole = [f for f, said in whole if part_words <= said]
    if not parts or not whole:
        return None
    return m.group(), parts[0][0], parts[0][1]


def _each_own(body: str, named: list, clause: int, at: int, counted: bool) -> "str | None":
    """The one place a figure belongs to: the only one named before it in its clause, or, after
    分别, the one in the figure's place in the list (云屏县、桂阳县分别下降42.7%和36.1%: 桂阳县's 36.1%)
    unless the title counts the parts it speaks of (``counted``: 2个村…不足5万元 is said of both).
    None when no place or several places share it."""
    places = list(dict.fromkeys(n[2] for n in named))
    if len(places) == 1:
        return places[0]
    each = body.rfind("分别", clause, at)
    if len(places) < 2 or counted or each < named[-1][1]:
        return None
    k = len(_FIGURE_IN_LIST.findall(body, each, at))
    return places[k] if k < len(places) else None


_PARTS_COUNTED = re.compile(r"(?:\d+|[两二三四五六七八九十])个")
_FIGURE_IN_LIST = re.compile(r"\d+(?:\.\d+)?%?[^\d，。；、和及]{0,4}[、和及]")


# Bound and change words between a title's measure and its figure (新增耕地超千亩, 工业增加值增长18.5%).
_BEFORE_FIGURE = re.compile(r"(?:同比|比上年|较上年)?(?:增长|下降|提高|降低|增加|减少|上升|回落|增幅|降幅|涨幅|提升|下滑)?(?:了)?"
                            r"(?:超过|超|逾|近|约|达到|达|突破|不足|不到|至|为)?$")
# What may stand between a measure and its figure in the body: 完成投资额28.3亿元, 达成就业意向1380人.
_MEASURE_GAP = re.compile(r"(?:总额|总量|额|量)?(?:累计|共计|共|合计)?(?:达到|达|为|约|实现)?")
_MIN_MEASURE = 4   # characters: 新增耕地, 完成投资, 工业增加值; not 收入 or 游客
_MAX_MEASURE = 16  # a measure is never longer; a title clause can be (each end is looked up in the body)


def _title_measure(doc: Document, fig: Span) -> str:
    """The words the title puts right before its figure, bound and change words left off:
    新增年产值 in 新增年产值超1.5亿元, 河西区一季度规上工业增加值 in …工业增加值增长18.5%."""
    start = max(title_clause_start(doc, fig.start), fig.start - _MAX_MEASURE - 8)
    text = doc.title[start:fig.start]
    return text[:_BEFORE_FIGURE.search(text).start()][-_MAX_MEASURE:]


_MIN_OBJECT = 4


def total_given_to_part(doc: Document, fig: Span, claim: Quantity, comparable: list) -> "tuple[str, Span, Span] | None":
    """A title that gives a total to its part: 引进亿元以上项目23个 over 引进项目23个，…其中亿元以上项目9个.
    The title's object after its last verb (five characters or more) follows 其中 in the body with a
    figure that disagrees, after an agreeing figure in the same sentence. (the object, the total's
    figure, the part's figure), or None."""
    measure = _title_measure(doc, fig)
    at, end, before = 0, None, ""
    for word, tag in word_tags(measure):
        at += len(word)
        if tag == "v" and before != "v":   # (查获|假冒卷烟: a verb right after the verb qualifies the object)
            end = at
        before = tag
    obj = measure[end:] if end is not None else ""
    if len(obj) < _MIN_OBJECT:
        return None
    body = doc.body
    for m in re.finditer("其中" + re.escape(obj), body):
        part = next(((f, q) for f, q in comparable if f.start >= m.end()), None)
        if part is None or part[0].start - m.end() > 2 or agrees(claim, part[1].value):
            continue
        sentence = _stretch_start(body, m.start(), "。；\n")
        before = [(f, q) for f, q in comparable if sentence <= f.start < m.start() and counts_as(claim.unit, q.unit)]
        # the agreeing total, or the one total of the sentence when no figure agrees (查获违法卷烟6730条，
        # 其中假冒卷烟4860条 under 假冒卷烟超5000条, borne out only by 4860条 + 310条)
        alone = len(before) == 1 and not any(agrees(claim, q.value) for _, q in comparable)
        total = next((f for f, q in before if agrees(claim, q.value)), before[0][0] if alone else None)
        if total is not None:
            return obj, total, part[0]
    return None


def _without_count_suffix(measure: str) -> str:
    """The measure less a trailing 量/数 that only counts it (游客量 → 游客, 客流量 → 客流), not the 量 of
    a measure named by it (茶叶产量: 产量 is not 产's amount, and 产值 is another measure)."""
    if measure.endswith(_AMOUNT_WORDS):
        return measure
    return measure.rstrip("量数")


_AMOUNT_WORDS = ("产量", "销量", "存量", "用量", "含量", "质量")


def _noun_measure(measure: str, body: str) -> "tuple[int, str] | None":
    """For a rate of change, the measure's last words when they are nouns the body uses as words
    (亩均税收 in 规上企业亩均税收, 游客 in 带动游客量; not 工业产值 inside 加工业产值): the noun names
    what changed, the change word after it is its verb. At least three characters as the title
    writes them (规模 alone is in 规模以上 of every report). (where it starts, the noun), or None."""
    stem = _without_count_suffix(measure)
    at, found = len(stem), None
    words = _per_unit_merged(word_tags(stem))
    for i, (word, tag) in enumerate(reversed(words)):
        at -= len(word)
        if len(word) < 2 or not (tag in ("n", "vn", "nz") or (i == 0 and word in _NOMINAL_VERBS)
                                 or word in _NOMINAL_COMPOUND_VERBS):
            break
        noun = stem[at:]
        if ((len(measure) - at >= 3 or noun in _AMOUNT_WORDS)   # 产量 alone names its measure
                and any(not splits_word(body, m.start()) for m in re.finditer(re.escape(noun), body))):
            found = (at, noun)
    return found


_NOUN_TAGS = frozenset("n vn nz ns nt b j".split())
# Verbs that name what is counted when a rate of change follows them (投诉同比增长, 收入增长)
_NOMINAL_VERBS = frozenset("投诉 收入 支出 投资 消费 出口 进口 贷款 存款 营收 成交 交易".split())
# …anywhere in the measure (离婚登记, 结婚登记: the 登记 of a 离婚)
_NOMINAL_COMPOUND_VERBS = frozenset("登记 结婚 离婚 注册 备案".split())
_PER_UNIT = re.compile("[亩人户年日月]均")


def _per_unit_merged(tags) -> list[tuple[str, str]]:
    """The tagger's words with 亩|均, 人|均 read as one noun modifier (亩均税收: 亩均 税收)."""
    out: list[tuple[str, str]] = []
    for word, tag in tags:
        if word == "均" and out and _PER_UNIT.fullmatch(out[-1][0][-1:] + word):
            out[-1] = (out[-1][0] + word, "n")
        else:
            out.append((word, tag))
    return out


def _narrower_noun(body: str, at: int, before: str) -> bool:
    """Whether the noun measure at ``at`` is part of a longer one: it starts inside a word (工业产值
    in 加工业产值) or after a noun the title does not put before it (旅行|服务出口; ``before`` is
    the title's last two characters before the measure: 干茶产量 is the title's 茶叶产量)."""
    if splits_word(body, at):
        return True
    words = word_tags(body[max(0, at - 6):at])
    return (bool(words) and words[-1][1] in _NOUN_TAGS and words[-1][0] not in _VERBS_TAGGED_NOUNS
            and not (set(words[-1][0]) & set(before)))


# Verbs the tagger may read as nouns before a measure (办理|离婚登记): what was done, not a narrower measure
_VERBS_TAGGED_NOUNS = frozenset("办理 受理 完成 实现 开展 新增 累计 发放 办结".split())


def _beside_another_title_figure(doc: Document, fig: Span, sentence_start: int, body_quantities: list) -> bool:
    """Whether the body sentence from ``sentence_start`` also bears out another of the title's figures."""
    end = _stretch_end(doc.body, sentence_start, len(doc.body))
    in_sentence = [q for f, q in body_quantities if sentence_start <= f.start < end]
    return any(other.start != fig.start and _worth_checking(other, claim) and any(
                   counts_as(claim.unit, q.unit) and agrees(claim, q.value) for q in in_sentence)
               for other, claim in title_quantities(doc))


def figure_of_another_measure(doc: Document, fig: Span, claim: Quantity, body_quantities: list,
                              rate: bool) -> "tuple[str, Span, str] | None":
    """A title figure the body bears out with a figure of another measure, when the body gives the
    title's own measure a figure that disagrees: 新增耕地超千亩 over a body whose 新增耕地 is 860亩
    (its 1240亩 is 补划面积); 达成就业意向超2000人 where 2100余人 came and 1380人 reached one. The measure is the title's
    words before the figure from a verb on (新增耕地, 完成投资, 化解各类纠纷: a noun alone, 纠纷, is
    counted by several verbs in a body: 受理51起, 化解46起), the longest such end of at least four
    characters that the body uses; with no such verb, the nouns the body uses, for a rate of change
    (游客 of 带动游客量增长) or a round level (资金缺口 of 资金缺口超200万元, four characters or more).
    Its figures in the body are those right after it (for a rate of
    change, the first rate of change after it in its clause), not a plan's, a part's or another
    period's. A lower bound (超10亿元) the measure's own figure falls short of, borne out only by a sum
    of other figures, is flagged too. Returns (measure, the body's figure of it, why the agreeing figure
    is not the measure's: "sum", "year" (an earlier year's) or "measure"); None when one of them agrees, when the body gives the measure no figure, or
    when an agreeing figure may be the measure's too."""
    measure = _title_measure(doc, fig)
    body = doc.body
    verbs, at = [], 0
    for word, tag in word_tags(measure):
        if tag == "v":
            verbs.append((at, word))
        at += len(word)
    k, verb = next(((k, w) for k, w in verbs if len(measure) - k >= _MIN_MEASURE and measure[k:] in body), (0, None))
    gapped = None if verb is not None else next(
        (g for at, w in verbs if len(measure) - at - len(w) >= 2 and len(measure) - at >= _MIN_MEASURE
         for g in [re.search(re.escape(w) + r"[^，。；\d均]{1,6}?" + re.escape(measure[at + len(w):]), body)] if g), None)   # (not 人均)
    if verb is not None:
        found = measure[k:]
    elif gapped is not None:   # 筹集公益金 over 筹集体育彩票公益金约2.1亿元: the verb and its noun, a qualifier between
        k = next(at for at, w in verbs if gapped.group().startswith(w))
        found = verb = gapped.group()
    else:   # a rate of change needs no verb: the change word after the noun is its verb
        part = None if rate else _verb_of_a_part(body, measure, claim, body_quantities)
        noun = _noun_measure(measure, body) if part is None and (rate or claim.bound != "exact" or claim.step >= 10) else None
        if noun is None or not rate and len(noun[1]) < _MIN_MEASURE:   # (覆盖率 is 森林覆盖率's too)
            return part
        k, found = noun
        verb = found
    before = measure[k - 1:k]
    parts = sorted(n.end for n in doc.named if n.text not in doc.title)   # 铁重集团实现利润3.1亿元
    own = [f_q for m in re.finditer(re.escape(found), body)
           if not (m.start() and body[m.start() - 1] in _NARROWER and body[m.start() - 1] != before)
           and not (found is verb and _narrower_noun(body, m.start(), measure[max(0, k - 2):k]))
           and not _part_opens_sentence(body, m.start(), parts)
           for f_q in _figure_after(body, m.end(), claim, body_quantities, rate)]
    own = [(f, q) for f, q in own if not _qualified(body, f, parts, doc.title)]
    if not own or any(agrees(claim, q.value) for _, q in own):
        return None
    # every agreeing body figure must be another measure's: its clause has neither the measure's
    # verb (据此抽检265批次 under 按群众点单抽检食品265批次) nor half of its character pairs
    # (共接待国内外游客3286万人次 is 接待游客's own figure)
    # (and there must be one: a title figure borne out only by a sum or a difference — 外送能力增加
    # 300万千瓦 over 由1200万千瓦提高到1500万千瓦 — is not put on another measure)
    # (a noun measure's subject may stand in the clause before its rate of change: the whole sentence)
    pairs = _char_pairs(found)
    noun = found is verb
    agreeing = years = 0
    for f, q in body_quantities:
        if counts_as(claim.unit, q.unit) and agrees(claim, q.value):
            start = _stretch_start(body, f.start, "；。\n" if noun else "，；。\n")
            clause = body[start:f.start]
            sentence_start = _stretch_start(body, f.start, "。\n")
            semi = body.rfind("；", sentence_start, f.start)
            if semi >= 0 and body.startswith(found[-2:], semi + 1) and found[:2] in body[sentence_start:semi]:
                return None   # 统筹基金收入…；支出1.58亿元，同比增长11.2%: the same 基金's 支出
            if _beside_another_title_figure(doc, fig, sentence_start, body_quantities):
                return None   # 23名农民工…当庭支付拖欠工资41.6万元 under 为23名农民工追回欠薪41.6万元: the story told
            # …unless the noun's own rate comes first in that sentence (投诉136件，同比增长38.8%，涉及金额…增长63%)
            taken = noun and any(start <= o.start < f.start for o, _ in own)
            # (…or it is an earlier year's: 2019年端午假期全县接待游客10.37万人次 under this year's title)
            earlier = any(y not in doc.title for y in _EARLIER_YEAR.findall(body, _stretch_start(body, f.start, "；。\n"), f.start))
            years += earlier
            if _SUMMED.search(clause) and not earlier and "、" not in clause:
                return None   # 检查生产企业9家、经营企业348家、使用单位669家，合计1026家: the total the title names
                # (not 玉米、水稻两类合计117个 under 玉米品种超百个: a total of the measure and another)
            if _part_the_title_names(doc, fig, found, start, f.start):
                return None   # 南堤段…发现放牧行为31次 over 共发现…58次，其中南堤至三汊口段31次: the part's own figure
            if not taken and not earlier and (verb in clause or any(v in clause for at_v, v in verbs if len(v) >= 2 and not (noun and at_v >= k))
                              or (sum(1 for p in pairs if p in clause) * 2 >= len(pairs)
                                  and (not noun or found[:2] in clause))   # 结婚登记 is not 离婚登记
                              or _more_of_the_measure(measure, k, body[_stretch_start(body, f.start, "；。\n"):f.start])):
                return None   # (the title's own verb: 已化解27件 is 化解信访积案's, not 信访积案's 32件)
            rest = body[f.end:_sentence_end(body, f.end, "，,；。\n")]
            if any(v in rest for at_v, v in verbs if len(v) >= 2 and at_v < k) and found[:2] in body[start:f.start] + rest:
                return None   # 资源化处理建筑垃圾28万吨 over 建筑垃圾约36万吨，其中28万吨送资源化利用企业处理: the verb after it
            agreeing += 1
    # a lower bound (超10亿元) borne out only by a sum of figures (核销1.05亿元 + 带动消费9.3亿元), while
    # the measure's own figure falls short of it
    if not agreeing and claim.bound not in ("over", "past"):
        return None
    return found, own[0][0], "sum" if agreeing == 0 else "year" if years == agreeing else "measure"


_SUMMED = re.compile(r"(?:合计|共计|总计)[^，。；\d]{0,4}$")


def _part_the_title_names(doc: Document, fig: Span, measure: str, start: int, at: int) -> bool:
    """Whether the clause before a body figure opens a part (其中南堤至三汊口段) that the title names
    before its figure (南堤段湖滩放牧…31次): a pair of characters of the part, not of the measure, in the
    title (pairs, since a name is cut differently in the two: 南堤|至 and 南|堤段)."""
    body = doc.body
    part = body.find("其中", start, at)
    if part < 0:
        return False
    title = doc.title[:fig.start]
    label = body[part + 2:at]
    return any(pair in title and pair not in measure for pair in _char_pairs(label))
_VERB_TO_FIGURE = "(?:了|的)?"
_REST_AFTER = re.compile("其余|剩余|另有|余下")


def _verb_of_a_part(body: str, measure: str, claim: Quantity, body_quantities: list) -> "tuple[str, Span, str] | None":
    """A title count (当场化解矛盾纠纷17件) no body figure states, borne out only by a sum, while the body
    puts the title's last verb right before a smaller figure followed by the rest (当场答复并化解的6件，其余11件
    已交办): the verb's own count is that one, and the sum is of its part and the rest. (化解矛盾 is one idiom: its verb is 化解.)"""
    if any(counts_as(claim.unit, q.unit) and agrees(claim, q.value) for _, q in body_quantities):
        return None
    verb = next((w if t == "v" else w[:2] for w, t in reversed(word_tags(measure)) if t in ("v", "l") and len(w) >= 2), None)
    if verb is None:
        return None
    for m in re.finditer(re.escape(verb) + _VERB_TO_FIGURE, body):
        own = _figure_after(body, m.end(), claim, body_quantities, False)
        if own and own[0][1].value < claim.value and _REST_AFTER.search(_sentence_after(body, own[0][0].end)):
            return verb, own[0][0], "sum"
    return None


def _more_of_the_measure(measure: str, k: int, sentence: str) -> bool:
    """Whether the sentence holds more of the title's measure than the part found from ``k`` on
    (农村居民人均可支配收入…分别增长5.6%和8.3%, where only 可支配收入 was looked up): its figure is the
    measure's own, however the body words another's (低收入农户人均可支配收入增长14.2%)."""
    return k >= 2 and measure[k - 2:] in sentence


# A figure the body gives as a plan, target or forecast (计划总投资46亿元, 预计为52万吨, 到2026年底…将达到96%).
_PLAN_WORDS = r"计划|预计|预期|目标|力争|争取|规划|(?<![模虚比])拟|有望"
_PLANNED = re.compile(_PLAN_WORDS + r"|预测|将(?:达|实现|超|突破|完成|增|提|建成)|(?:全年|年内|今年)将|" + _MUST_YAO + r"(?:完成|实现|达到|建成)|(?:年度|全年)(?:目标)?任务")   # 完成年度任务5000套的95.2%
# …but a share of a plan is done (占计划面积90.6万亩的95%, 完成年度目标的86.4%)
_SHARE_OF_PLAN = re.compile(r"(?:占|完成|达到?)[^，。；]{0,6}(?:计划|目标|任务)[^，。；]{0,12}的$"
                            r"|(?:计划|目标|任务)(?:已)?完成(?:率|了|进度)?(?:为|达到?)?$")   # 轮换计划完成86.4%: done
# A title that itself speaks of a plan or forecast (预计全年收购52万吨) claims nothing done.
_PLANNED_TITLE = re.compile(_PLAN_WORDS + r"|将|到20\d\d年|首批|第一批")   # (…器材420件 首批136件已安装: the plan and its first part)
# A figure of another year than the title's (上年青山县新建5G基站800个) is not what it reports done.
_EARLIER_PERIOD = re.compile(r"去年|上年|前年|同期|往年|以往|历年|20\d\d年(?:至|到|—|－|-)20\d\d年")   # (2021年至2023年上半年分别发生火灾4起、3起、2起)
_TARGET_AFTER = re.compile(r"(?:以上|左右)?的(?:年度|全年)?(?:工作|建设|培育|发展)?(?:目标|任务|计划)")
_REACHED = re.compile(r"完成|实现|达到|达成|超额|提前")   # 已提前完成…30家的全年目标: reached


_RATE_ENDS_CLAUSE = re.compile(r"([\u4e00-\u9fff]{2,6}率)(?:为|达|达到|是)?$")
# a share of all of a kind (…实行统一配送的学校食堂有86所，占全部学校食堂的87.8%): the sentence before names its measure
_SHARE_OF_ALL_BEFORE = re.compile(r"占(?:全部|全|所有)?[^，。；\d]{0,12}的?$")
_DONE_SO_FAR = re.compile(r"已(?:经)?(?:完成|建成|修建|实施|开工)|完成了")


def figure_only_planned(doc: Document, fig: Span, claim: Quantity, comparable: list) -> "tuple[Span, Span | None] | None":
    """A title figure that only a plan, target or forecast of the body states, while the body
    reports what was done in a figure that disagrees: 收购量达52万吨 over 商品量预计为52万吨 and
    累计收购秋粮38.4万吨; 普及率达96% over 到2026年底…将达到96% and 提高到93.4%; or that the body
    calls a target outright (…30家的目标) and reports nothing of it done. Returns (the planned figure,
    the figure done or None); None when the title speaks of a plan itself, when a figure
    that agrees is not a plan's, or when the body gives the title's measure (two of its character
    pairs in the clause: 累计收购秋粮 for 秋粮收购量) no other figure."""
    measure = _title_measure(doc, fig)
    if _PLANNED_TITLE.search(doc.title):
        return None
    # the measure's last words (秋粮收购量, 开工总投资), not the subject before them (青山县); or, when
    # the title puts the figure first (城关镇超5000户居民用户完成燃气报警器加装), the words after it
    tail = measure[-6:] if len(measure) >= _MIN_MEASURE else doc.title[fig.end:fig.end + 10]
    if len(tail) < _MIN_MEASURE:
        return None
    pairs = _char_pairs(tail)
    body = doc.body
    planned, targets, done = [], [], []
    for f, q in comparable:
        if not counts_as(claim.unit, q.unit):
            continue
        clause = _clause_before(body, f.start)
        target = _TARGET_AFTER.match(body, f.end) is not None and not _REACHED.search(clause)
        is_plan = target or (_PLANNED.search(clause) is not None and not _SHARE_OF_PLAN.search(clause))
        if agrees(claim, q.value):
            if not is_plan:
                rate = _RATE_ENDS_CLAUSE.search(clause) if claim.unit == "%" else None
                if rate is None or any(p in rate.group(1) for p in pairs):
                    return None
                continue   # (统一配送率超九成 over 抽检食材…合格率99.6%: another rate's figure)
            planned.append(f)
            if target:
                targets.append(f)
        elif not is_plan and not _EARLIER_PERIOD.search(clause) and (
                sum(1 for p in pairs if p in clause) >= 2
                or (claim.unit == "%" and _SHARE_OF_ALL_BEFORE.search(clause)
                    and sum(1 for p in pairs if p in _sentence_before(body, f.start)) >= 3)
                or (planned and _DONE_SO_FAR.search(clause) and "。" not in body[planned[-1].end:f.start])):
            done.append(f)   # the title's measure, done (or what is done of the plan just given: 计划新修
            # 防火通道45公里，截至4月底已完成21公里)
    if planned and done:
        return planned[0], done[0]
    # the body names the figure a target outright (新增专精特新企业30家的目标) and gives no figure of
    # the title's measure done: the title reports the target as reached
    if targets and len(targets) == len(planned):
        return targets[0], None
    return None


def _figure_after(body: str, end: int, claim: Quantity, body_quantities: list, rate: bool) -> list:
    """The body figure of the claim's unit that a measure ending at ``end`` states: the one right
    after it (完成投资额28.3亿元), or for a rate of change the first rate of change in its clause
    (人均可支配收入11284元，同比增长7.4%); [] for none."""
    k = bisect_right(body_quantities, end - 1, key=lambda fq: fq[0].start)
    if not rate:
        if k < len(body_quantities):
            f, q = body_quantities[k]
            if f.start == _MEASURE_GAP.match(body, end).end() and counts_as(claim.unit, q.unit):
                return [(f, q)]
        return []
    stop = _stretch_end(body, end)
    for j in range(k, len(body_quantities)):
        f, q = body_quantities[j]
        if f.start >= stop:
            break
        if counts_as(claim.unit, q.unit) and _changes(body, f) and not (
                claim.unit != "%" and _LEVEL_REACHED.search(body, max(0, f.start - 2), f.start)):
            return [(f, q)]   # (由5120元提高到5500元: 5500元 is the level reached, not the change)
    return []


_LEVEL_REACHED = re.compile(r"[到至]$")


def _qualified(body: str, f: Span, part_ends: list[int], title: str) -> bool:
    """Whether a body figure is a plan's, a part's or another period's (计划…, 其中…, 去年…, a
    period the title does not name — 2023年, 第三季度 — or a name other than the title's earlier in
    its clause)."""
    clause = _stretch_start(body, f.start, "，；。\n")
    k = bisect_right(part_ends, f.start) - 1
    return (_QUALIFIED.search(body, clause, f.start) is not None or (k >= 0 and part_ends[k] > clause)
            or any(m.group() not in title for m in _PERIOD_WORDS.finditer(body, clause, f.start)))


def _part_opens_sentence(body: str, at: int, part_ends: list[int]) -> bool:
    """Whether a name the title does not give stands earlier in the sentence of the measure at ``at``:
    柳溪县受征地影响，信访总量同比上升8.4% is that county's 信访总量, not the title's whole city's."""
    k = bisect_right(part_ends, at) - 1
    return k >= 0 and part_ends[k] > _stretch_start(body, at, "。；\n")


_PERIOD_WORDS = re.compile(r"20\d\d年|当月|单月|前?[一二三四1-4]季度|\d{1,2}(?:[-—至~]\d{1,2})?月|[上下]半年|全年")


_NARROWER = "新累总再"   # before a measure, they make another one of it (新建成, 累计完成)
# A figure of a plan, a part, a running total or a pair (计划筹集5500套, 其中…, 累计…, 合计…, 分别为…) is
# not the measure's own figure for the title's period and scope.
_QUALIFIED = re.compile(r"计划|目标|任务|其中|累计|合计|分别|以来|去年|上年|同期")


# 新增医养结合机构120家 over 新增…18家，累计达到120家: the total given as the new ones
_NEW_BEFORE = re.compile(r"新增|新建|新开|新设")
_TOTAL_BEFORE = re.compile(r"累计|总数|总量|共有|现有|总计|达")


def total_given_as_new(doc: Document, fig: Span, claim: Quantity, comparable: list) -> "tuple[Span, Span] | None":
    """A title's 新增…120家 that the body bears out only with a total (累计达到120家) while it gives the
    new ones as another figure of the unit (新增…18家). (the total, the new figure), or None."""
    if not _NEW_BEFORE.search(doc.title, title_clause_start(doc, fig.start), fig.start):
        return None
    body = doc.body
    totals, new = [], []
    for f, q in comparable:
        if not counts_as(claim.unit, q.unit):
            continue
        clause = _clause_before(body, f.start)
        said_new, said_total = _NEW_BEFORE.search(clause) is not None, _TOTAL_BEFORE.search(clause) is not None
        if agrees(claim, q.value):
            if said_new or not said_total:
                return None   # an agreeing figure that may be the new ones'
            totals.append(f)
        elif said_new and not said_total:
            new.append(f)
    return (totals[0], new[0]) if totals and new else None


_CLAUSE_MARKS = "，；。\n"


def _clause_before(body: str, pos: int) -> str:
    """The body's clause up to ``pos`` (from the last ，；。 or line break)."""
    return body[_stretch_start(body, pos, "，；。\n"):pos]


def _sentence_before(body: str, pos: int) -> str:
    """The body's sentence up to ``pos`` (from the last 。； or line break)."""
    return body[_stretch_start(body, pos, "。；\n"):pos]


def _char_pairs(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def _sentence_after(body: str, pos: int) -> str:
    """The rest of the sentence from a position (up to 。, across ；)."""
    end = body.find("。", pos)
    return body[pos:end if end >= 0 else len(body)]


def _sentence_end(text: str, pos: int, marks: str = "。\n") -> int:
    """Where the sentence holding ``pos`` ends: the next 。 or line break (or the next of ``marks``:
    "，；。\n" for its clause), or the end of the text."""
    return min([i for i in (text.find(c, pos) for c in marks) if i >= 0], default=len(text))


def _stretch_end(text: str, pos: int, reach: int = 24) -> int:
    """Where the clause chain from ``pos`` ends: the next 。；\n, at most ``reach`` characters on."""
    ends = [i for i in (text.find(c, pos, pos + reach) for c in "。；\n") if i >= 0]
    return min(ends, default=min(len(text), pos + reach))


_OTHER_BASE = {"同比": "环比", "环比": "同比"}


def another_comparison(doc: Document, fig: Span, claim: Quantity, comparable: list) -> "tuple[str, Span] | None":
    """A title's 同比 change (同比增长30%) the body gives only as the other comparison (环比增长30.0%),
    and the other way round: (the title's comparison, the agreeing body figure), or None."""
    said = next((b for b in _OTHER_BASE if b in doc.title[max(0, fig.start - 8):fig.start]), None)
    if said is None or claim.unit != "%":
        return None
    agreeing = [f for f, q in comparable if q.unit == "%" and agrees(claim, q.value)]
    if not agreeing:
        return None
    for f in agreeing:
        clause = doc.body[_stretch_start(doc.body, f.start, "，,；。\n"):f.start]
        if _OTHER_BASE[said] not in clause or said in clause:
            return None
    return said, agreeing[0]


# 最大3.6级, 最高气温38℃, 最大雨量268毫米, 最多的网点回收…1.7万个: the whole's extreme is one part's figure
_EXTREME_BEFORE = re.compile(r"最(?:大|高|多|长|低|少|快|深|强)(?:[^\d\s，]{1,3}?)?(?:达|为)?$")
_EXTREME_ONE = re.compile(r"最(?:大|高|多|长|低|少|快|深|强)的")


def _extreme_of_one(doc: Document, fig: Span) -> bool:
    return bool(_EXTREME_BEFORE.search(doc.title, max(0, fig.start - 6), fig.start)
                or _EXTREME_ONE.search(doc.title, title_clause_start(doc, fig.start), fig.start))


# Where a body turns from the whole to its parts: 分行业看, 分港区看, 其中, 分别
_PARTS_FOLLOW = re.compile(r"分[^，。；\d]{1,6}看|其中|分别")
# how far before its figure the lead sentence names the title's measure (营业收入31.7亿元，同比增长9.6%)
_MEASURE_REACH = 20


def whole_given_otherwise(doc: Document, fig: Span, claim: Quantity, comparable: list, rate: bool) -> "tuple[Span, Span] | None":
    """A title share or rate (营业收入增长超一成) that the body's lead sentence gives for the whole
    as another figure (实现营业收入31.7亿元，同比增长9.6%), while the figures that agree belong to parts it
    turns to later (分行业看，交通运输…营业收入增长12.3%). (the whole's figure, an agreeing part's), or
    None; not when the title names the part (停车类案件…处置率97% over 其中停车类案件…处置率97.1%).
    Unlike borne_out_by_another's readings, it holds for a figure given to the digit too: the body says
    outright which figure is the whole's (on the 20,411 pooled dev items: 4 flagged, 4 labelled)."""
    measure = _title_measure(doc, fig)
    key = measure[-4:]
    if claim.unit != "%" or len(key) < 2:
        return None
    body = doc.body
    lead_end = _sentence_end(body, 0)
    own = [f for f, q in comparable if f.end <= lead_end and q.unit == "%"
           and key in body[max(0, f.start - _MEASURE_REACH):f.start] and (not rate or _changes(body, f))]
    if not own or any(f.end <= lead_end and agrees(claim, q.value) for f, q in comparable):
        return None
    subject = [w for w, _, _ in doc.segmenter.cut(measure[:-len(key)]) if len(w) >= 2 and not _MEASURE_LEAD.fullmatch(w)]
    if subject and not any(w in body[:lead_end] for w in subject):
        return None   # 工业机器人销售收入 over a lead on 高技术产业销售收入: the title's measure is a part's
        # (全县化工行业增加值 over a lead on 全县规模以上工业增加值: 全县 says where, not which part)
    agreeing = [f for f, q in comparable if q.unit == "%" and agrees(claim, q.value)]
    if not agreeing:
        return None
    words = [w for w, _, _ in content_words(doc) if w not in measure and not _BEFORE_FIGURE.fullmatch(w)]   # (not 增长)
    for f in agreeing:
        if _PARTS_FOLLOW.search(body, _stretch_start(body, f.start, "\n"), f.start) is None:
            return None
        if any(w in body[_stretch_start(body, f.start, "。；\n"):f.start] for w in words):
            return None
    return own[0], agreeing[0]


def borne_out_wrongly(doc: Document, fig: Span, claim: Quantity, comparable: list,
                      body_quantities: list, rate: bool) -> "tuple[str, str] | None":
    """(message, suggestion) when the body bears a title figure out only in appearance: with another
    comparison's figure, a total given to its part, a part's given as the whole's, another period's, a
    plan's, another rate's (checked in that order); None otherwise."""
    compared = another_comparison(doc, fig, claim, comparable)
    if compared is not None:
        said, agreeing = compared
        return (f"标题说「{said}」{fig.text}，正文中与之相符的「{agreeing.text}」却是{_OTHER_BASE[said]}的变化。",
                "标题里的比较口径要与正文一致：同比写同比，环比写环比；用正文中这一口径自己的数字。")
    whole = total_given_to_part(doc, fig, claim, comparable)
    if whole is not None:
        obj, total, part = whole
        return (f"标题把「{fig.text}」写成「{obj}」的数字，但正文中的「{total.text}」是总数，「{obj}」只有「{part.text}」。",
                "标题里的数字要与它前面的指标对应：写这一部分自己的数字，或把标题的指标改为总数所说的那一项。")
    extreme = _extreme_of_one(doc, fig)
    part = (None if extreme
            else part_given_as_whole(doc, fig, claim, comparable) or part_of_named_whole(doc, fig, claim, comparable))
    if part is not None:
        scope, agreeing, owner = part
        return (f"标题把「{fig.text}」写成{scope}的数字，但正文中的「{agreeing.text}」只是其中「{owner}」一处的数字。",
                "标题里的数字要写清统计范围：写正文中全局的数字，或把标题的主体改为这一部分。")
    lead = None if extreme else whole_given_otherwise(doc, fig, claim, comparable, rate)
    if lead is not None:
        own, agreeing = lead
        return (f"标题中的「{fig.text}」与正文开头给出的总体数字「{own.text}」不符，正文中与之相符的「{agreeing.text}」只是其中一部分的数字。",
                "标题写正文中总体的数字；要写这一部分的数字，就在标题里写明是哪一部分。")
    cumulative = total_given_as_new(doc, fig, claim, comparable)
    if cumulative is not None:
        total, new = cumulative
        return (f"标题说新增「{fig.text}」，但正文中的「{total.text}」是累计总数，正文给新增的数字是「{new.text}」。",
                "标题写新增就用正文中新增的数字；要写总数，就把“新增”改为“累计”“达到”。")
    period = figure_of_another_period(doc, fig, claim, comparable)
    if period is not None:
        said, own, agreeing, other = period
        return (f"标题把「{fig.text}」写成「{said}」的数字，但正文中的「{agreeing.text}」说的是「{other}」，"
                f"正文给「{said}」的数字是「{own.text}」。",
                "标题里的数字要与它的时段对应：用正文中这一时段自己的数字，或把标题的时段改为数字实际所说的时段。")
    respective = rate_of_the_other_respectively(doc, fig, claim)
    if respective is not None:
        named, agreeing, own = respective
        return (f"标题说的是「{named}」，正文中的「{agreeing}」却是另一项的变化，「{named}」的变化是「{own}」。",
                "标题里的指标要与数字对应：“分别增长”的几个数字按顺序对应前面的几项。")
    turned = level_of_the_other_direction(doc, fig, claim, comparable)
    if turned is not None:
        said, agreeing, change = turned
        return (f"标题说「{said}{fig.text}」，正文中的「{agreeing.text}」却是{change}后的水平。",
                "标题里的升降要与正文一致：正文说上升，标题就不能写“降至”（反之亦然）。")
    planned = figure_only_planned(doc, fig, claim, comparable)
    if planned is not None:
        done = f"正文报告的实际数字是「{planned[1].text}」" if planned[1] is not None else "正文没有报告已完成的数字"
        return (f"标题中的「{fig.text}」在正文里是计划或预计的数字（「{planned[0].text}」），不是已完成的结果；{done}。",
                "标题写已经做到的数字；计划、目标或预计的数字要写明是计划或预计。")
    renamed = rate_of_another_name(doc, fig, claim, comparable)
    if renamed is not None:
        title_rate, body_rate = renamed
        said = (f"正文给这一比率的数字是「{body_rate}」" if body_rate.startswith(title_rate)
                else f"正文没有提到这一比率，与之相符的「{body_rate}」说的是另一项比率")
        return (f"标题中的「{title_rate}」{fig.text}与正文不符：{said}。",
                "标题里的比率要用正文中的同一项指标：改用正文中这一比率的数字或名称。")
    unnamed = rate_of_unnamed_measure(doc, fig, claim, comparable) if rate else None
    if unnamed is not None:
        noun, said = unnamed
        return (f"标题说「{noun}」变化了{fig.text}，正文没有提到「{noun}」；正文里与之相符的是「{said}」，说的是另一项指标。",
                "标题里的指标要用正文中的同一项：改用正文中这一指标的名称，或在正文补充标题所说指标的数字。")
    best = best_case_given_as_usual(doc, fig, claim, comparable)
    if best is not None:
        agreeing, usual = best
        return (f"标题把「{fig.text}」写成一般水平，但正文中的「{agreeing}」只是最好的情形；正文给出的一般水平是「{usual.text}」。",
                "标题写正文中的一般水平（平均、全市）；要写最好情形，就在标题里写明“最快”“最高”。")
    return None


def borne_out_by_another(doc: Document, fig: Span, claim: Quantity, comparable: list,
                         body_quantities: list, rate: bool) -> "tuple[str, str] | None":
    """(message, suggestion) when the body bears a title figure out with a figure that belongs to
    another subject or another measure, or when the title's measure moved the other way; None
    otherwise. These inferences read who or what a body figure is about, and a title figure the body
    states to the digit (9.3%, 1026家, 41.6万元) is seldom another's by chance: on writers nobody had read
    yet (132 of them, 8,448 items, each wave with the code of its arrival) they were right 6 times in
    22, and 15 of the 16 wrong ones were such figures, none of the 6 right ones. The rule reports them as
    faults for a round title figure (三成, 15%, 5万人次) only, and as a hint to check otherwise."""
    other = figure_of_another(doc, fig, claim, comparable)
    if other is not None:
        subject, agreeing, own = other
        return (f"标题把「{fig.text}」归于「{subject}」，但正文中与之相符的「{agreeing.text}」说的是别的主体，"
                f"正文给「{subject}」的数字是「{own.text}」。",
                "标题里的数字要写清是谁的：用正文中这一主体自己的数字，或把标题的主体改为正文中的统计范围。")
    reversed_ = measure_moved_the_other_way(doc, fig, rate)
    if reversed_ is not None:
        noun, said = reversed_
        return (f"标题说「{noun}」{doc.title[fig.start - 2:fig.start]}{fig.text}，正文却说「{said}」，方向相反；"
                f"与标题相符的数字是另一项指标的。",
                "标题里的升降要与正文中这一指标一致：用这一指标自己的变化，或把标题的指标改为数字实际所说的那一项。")
    measured = figure_of_another_measure(doc, fig, claim, body_quantities, rate)
    if measured is None and rate:
        closer = rate_of_closer_measure(doc, fig, claim, body_quantities)
        if closer is not None:
            measured = (closer[0], closer[1], "part")
    if measured is not None:
        measure, own, why = measured
        said = {"sum": "只有几个数字加起来才够", "year": "正文中与标题相符的数字是另一年的",
                "measure": "正文中与标题相符的数字说的是另一项指标",
                "part": "正文中与标题相符的数字说的是另一项指标或其中一部分"}[why]
        return (f"标题中的「{fig.text}」与正文不符：正文给「{measure}」的数字是「{own.text}」，{said}。",
                "标题里的数字要与它前面的指标对应：用正文中这一指标自己的数字，或把标题的指标改为这个数字实际说的那一项。")
    return None


# words that open a title's measure without naming it: its place, period, count (7家)
_MEASURE_OPENER_TAGS = frozenset("ns t zg nr m q r f p c d u".split())
_OWN_SCOPE = re.compile(r"[我全本][省市州县区旗镇乡]")
_MIN_CLOSER_SHARE = 0.5   # of the measure's character pairs in the clause before the body's own rate
_MIN_CLOSER_LEAD = 0.34   # …ahead of every agreeing rate's clause; both chosen on the dev writers


def _measure_core(measure: str) -> str:
    """The title's measure less the words before it that only place, date or count it:
    公务用车运行费用 of 云岭县上半年公务用车运行费用."""
    tags = word_tags(measure)
    i = 0
    while i < len(tags) and (tags[i][1] in _MEASURE_OPENER_TAGS or _OWN_SCOPE.fullmatch(tags[i][0])):
        i += 1
    return "".join(w for w, _ in tags[i:])


def rate_of_closer_measure(doc: Document, fig: Span, claim: Quantity, body_quantities: list) -> "tuple[str, Span] | None":
    """A round rate of change in the title (用电量同比下降两成, 运行费用下降15%) that the body bears out
    only with the rate of another measure or a part (其中空调用电下降16.8%, 用水量同比下降15%), while
    the body's rate that moves the same way after the title's own measure disagrees (总用电量…同比下降12.4%).
    Each body rate is put on the clause before it (back to the last rate or the sentence's start); the
    one whose clause holds most of the measure's character pairs is the measure's. (the measure, its
    body rate), or None."""
    if claim.unit != "%" or _distinctive(fig):
        return None
    core = _measure_core(_title_measure(doc, fig))
    pairs = _char_pairs(core)
    if len(pairs) < 2:
        return None
    down = _falls_in_title(doc.title, fig)
    body = doc.body
    scored, last_end, last_share = [], 0, 0.0
    for f, q in body_quantities:
        if q.unit != "%" or not _changes(body, f) or _LEVEL_REACHED.search(body, max(0, f.start - 2), f.start):
            continue
        clause_start = _stretch_start(body, f.start, "。；\n")
        clause = body[max(clause_start, last_end):f.start]
        last_end = f.end
        change = list(_CHANGE.finditer(clause))
        if len(clause.strip("和与及、，, ")) < 3 or not change:
            share = last_share   # 同比分别增长58%和72%: the second rate shares the first one's clause
        else:
            share = sum(1 for p in pairs if p in clause) / len(pairs)
        last_share = share
        if down is not None and change and (_DOWN.search(change[-1].group()) is not None) != down:
            continue
        scored.append((f, q, share, clause_start, clause))
    agreeing = [(f, s, at, c) for f, q, s, at, c in scored if agrees(claim, q.value)]
    other = [(f, s, c) for f, q, s, _, c in scored if not agrees(claim, q.value)]
    if not agreeing or not other:
        return None
    own, share, own_clause = max(other, key=lambda fsc: fsc[1])
    if share < _MIN_CLOSER_SHARE or any(share - s < _MIN_CLOSER_LEAD for _, s, _, _ in agreeing):
        return None
    words = [w for w, _ in word_tags(core) if len(w) >= 2]
    if any(w in c and w not in own_clause for w in words for _, _, _, c in agreeing):
        return None   # 电商销售额增长超三成 over 其中，通过电商平台销售…增长35%: the title names the part
    others = [q for g, q in title_quantities(doc) if g.start != fig.start]
    for f, _, at, _ in agreeing:   # (其中有7家卫生院降幅超过20% under 7家卫生院住院人次同比下降超两成: the title's own part)
        sentence = [q for g, q in body_quantities if at <= g.start < f.start]
        if any(counts_as(o.unit, q.unit) and agrees(o, q.value) for o in others for q in sentence):
            return None
    return core, own


_DOWN = re.compile("下降|降低|减少|回落|下滑|缩短|压缩|压减|缩减|降|减")
_SPEED_OF_CHANGE = re.compile("增速|增幅|涨幅|降幅|增长速度")


def measure_moved_the_other_way(doc: Document, fig: Span, rate: bool) -> "tuple[str, str] | None":
    """A title's 案件数同比下降18% over a body whose 案件…同比增加31件 (the 18% is 罚没款's): the title's
    measure moved the other way. (the measure as the body names it, the body's words), or None."""
    if not rate:
        return None
    change = _CHANGE_BEFORE.search(doc.title, 0, fig.start)
    noun = _noun_measure(_title_measure(doc, fig), doc.body)
    if change is None or noun is None:
        return None
    down = _DOWN.search(change.group()) is not None
    said = None
    for m in re.finditer(re.escape(noun[1]), doc.body):
        moved = _CHANGE_SOON.match(doc.body, m.end())
        if moved is None or "其中" in _clause_before(doc.body, m.start()):
            continue   # (其中工业民间投资增长5.2%: a part's change)
        if _SPEED_OF_CHANGE.search(doc.body, m.end(), moved.start(1)):
            continue   # (增加值增速为6.1%，比9月回落1.8个百分点: the growth slowed, the measure still grew)
        if (moved.group(1) in _RISES) != down:
            return None   # it moved the title's way somewhere
        said = said or doc.body[m.start():moved.end()]
    return (noun[1], said) if said else None


# 3962笔、16.8亿元，同比分别增长6.1%和9.8%: each rate the change of the level in its place
_RESPECTIVELY = re.compile(r"\d+(?:\.\d+)?[万亿]?([\u4e00-\u9fff]{1,2}?)、\d+(?:\.\d+)?[万亿]?([\u4e00-\u9fff]{1,2}?)[，,]?"
                           r"(?:同比|比上年|较上年)?分别(?:增长|下降|提高|增加|减少)(\d+(?:\.\d+)?)%[和、](\d+(?:\.\d+)?)%")


def _names_unit(title: str, unit: str) -> str:
    """The title's word for what a unit counts (笔 → 笔数; 元 → 金额/额), or ""."""
    if unit.endswith("元"):
        m = re.search(r"金额|额", title)
    else:
        m = re.search(re.escape(unit) + "数", title)
    return m.group() if m else ""


def rate_of_the_other_respectively(doc: Document, fig: Span, claim: Quantity) -> "tuple[str, str, str] | None":
    """A title's 贷款发放笔数同比增长9.8% over 3962笔、16.8亿元，同比分别增长6.1%和9.8%: the rate is the
    amount's, the count's is 6.1%. (the title's word, the agreeing rate, the named one's rate), or None."""
    if claim.unit != "%" or "分别" not in doc.body:
        return None
    for m in _RESPECTIVELY.finditer(doc.body):
        units, rates = (m.group(1), m.group(2)), (float(m.group(3)), float(m.group(4)))
        for j in (0, 1):
            if agrees(claim, rates[j]) and not agrees(claim, rates[1 - j]):
                named = _names_unit(doc.title[:fig.start], units[1 - j])
                if named and not _names_unit(doc.title[:fig.start], units[j]):
                    return named, f"{m.group(3 + j)}%", f"{m.group(4 - j)}%"
    return None


def figure_of_another_period(doc: Document, fig: Span, claim: Quantity,
                             comparable: list) -> "tuple[str, Span, Span, str] | None":
    """A title's 一季度…28家 over a body whose 28家 is the 1至4月 total while it gives 一季度 its own
    figure (其中一季度引进19家): (the title's period, its figure in the body, the agreeing figure, the
    period that figure is of), or None."""
    titled = [(m, months) for m, months in covered_periods(doc.title) if m.end() <= fig.start]
    if not titled:
        return None
    said, months = titled[-1]
    body = doc.body
    agreeing, other = None, None
    for f, q in comparable:
        if counts_as(claim.unit, q.unit) and agrees(claim, q.value):
            # its period: the one of its clause (其中一季度引进19家), else the one its sentence opens with
            # (1-10月，…增速均高于上半年，其中…增长7.8%: 上半年 is compared with, not reported on)
            clause = covered_periods(_clause_before(body, f.start))
            opening = covered_periods(body[_stretch_start(body, f.start, "。；\n"):f.start])
            periods = clause or opening
            if not periods:
                return None
            own_period = (max if clause else min)(periods, key=lambda p: p[0].start())
            if own_period[1] == months:
                return None
            agreeing, other = agreeing or f, other or own_period[0].group()
    if agreeing is None:
        return None
    for m in re.finditer(re.escape(said.group()), body):
        own = next(((f, q) for f, q in comparable if m.end() <= f.start <= m.end() + 8 and counts_as(claim.unit, q.unit)
                    and not re.search(r"[，。；\d]", body[m.end():f.start])), None)
        if own is not None and not agrees(claim, own[1].value):
            return said.group(), own[0], agreeing, other
    # the title's months in the body's own words, opening a sentence whose first such figure is theirs
    # (前三季度…超两成 over 1至9月，…受理…3168件，同比下降16.8%…三季度…下降25.1%)
    periods = covered_periods(body)
    for m, covered in periods:
        if covered != months or m.group() == said.group() or _stretch_start(body, m.start(), "。；\n") != m.start():
            continue   # (the months must open their sentence)
        end = _sentence_end(body, m.end())
        own = next(((f, q) for f, q in comparable if m.end() <= f.start < end and counts_as(claim.unit, q.unit)), None)
        change = _CHANGE_BEFORE.search(doc.title, max(0, fig.start - 8), fig.start)
        if own is None or change is None or not (theirs := _CHANGE_BEFORE.search(body, max(0, own[0].start - 8), own[0].start)):
            continue
        if theirs.group()[:2] != change.group()[:2]:
            continue   # 下降超两成 over 同比下降16.8%, not over 增长110.8%: the same change
        if not agrees(claim, own[1].value) and not any(m.end() < p.start() < own[0].start for p, _ in periods):
            return said.group(), own[0], agreeing, other
    return None


_TO_LOWER = re.compile(r"(?:降至|降到|下降到|下降至|回落至|回落到|减至|减少到|缩短至|缩短到|压缩至|压降至)了?$")
_TO_HIGHER = re.compile(r"(?:升至|上升到|上升至|提高到|提高至|增至|增加到|增长到|提升至|提升到)了?$")
# the change right after a level (6.1%，比去年同期上升0.8个百分点)
_ROSE_AFTER = re.compile(r"[，,]?(?:同比|环比|比|较)[^，。；\d]{0,8}?(上升|提高|增加|增长|上涨)")
_FELL_AFTER = re.compile(r"[，,]?(?:同比|环比|比|较)[^，。；\d]{0,8}?(下降|降低|减少|回落|下滑)")


def level_of_the_other_direction(doc: Document, fig: Span, claim: Quantity,
                                 comparable: list) -> "tuple[str, Span, str] | None":
    """A title's 降至6.1% over a body whose 6.1% rose (比去年同期上升0.8个百分点), or 升至 over one that fell:
    (the title's words, the agreeing body figure, the body's change word), or None when any agreeing
    figure moved the title's way or not at all."""
    before = doc.title[max(0, fig.start - 6):fig.start]
    lower = _TO_LOWER.search(before)
    higher = None if lower else _TO_HIGHER.search(before)
    if lower is None and higher is None:
        return None
    other = _ROSE_AFTER if lower else _FELL_AFTER
    found = None
    for f, q in comparable:
        if counts_as(claim.unit, q.unit) and agrees(claim, q.value):
            change = other.match(doc.body, f.end)
            if change is None:
                return None
            found = found or (f, change.group(1))
    if found is None:
        return None
    return (lower or higher).group(), found[0], found[1]


# 最快0.5个工作日, 最高可达30万元: a best case, not the usual level
_BEST_CASE = re.compile(r"(?:最快|最短|最高|最多)[^，。；\d]{0,4}$")   # (最长8个工作日 is a limit, not a best case)
_FROM_LEVEL = re.compile(r"[由从]$")
_POINTS = re.compile(r"(?:提高|提升|上升|增加|下降|降低|减少|回落)了?(\d+(?:\.\d+)?)个百分点")


def _level_before_points(claim: Quantity, body: str, body_quantities: list) -> bool:
    """Whether a body rate and a change in points the body states (63.5%，比一年前提高22.3个百分点) give the
    level the title says it changed from (从41.2%), the change a rise or a fall."""
    points = [float(m.group(1)) for m in _POINTS.finditer(body)]
    return any(agrees(claim, q.value - p) or agrees(claim, q.value + p)
               for _, q in body_quantities if q.unit == "%" for p in points)   # 由1500亩提高到1.5万亩: the level it rose from, not one claimed


def best_case_given_as_usual(doc: Document, fig: Span, claim: Quantity, comparable: list) -> "tuple[str, Span] | None":
    """A title figure (企业开办时间压缩至0.5个工作日) the body gives only as a best case (最快0.5个工作日),
    while it gives the usual level otherwise (平均用时…压缩至1个工作日). (the body's best case, its
    other figure of that unit), or None."""
    if "最" in doc.title or "高峰" in doc.title or _FROM_LEVEL.search(doc.title, max(0, fig.start - 1), fig.start):
        return None   # (地铁口高峰时段堆积超300辆: the title says it is the peak)
    agreeing = [f for f, q in comparable if q.unit == claim.unit and agrees(claim, q.value)]
    if not agreeing or not all(_BEST_CASE.search(doc.body, max(0, f.start - 8), f.start) for f in agreeing):
        return None
    others = [f for f, q in comparable if q.unit == claim.unit and not agrees(claim, q.value)
              and not _BEST_CASE.search(doc.body, max(0, f.start - 8), f.start)]
    if not others:
        return None
    # the level nearest before the best case (由3个工作日压缩至1个工作日。其中…最快0.5个工作日: 1)
    usual = max((f for f in others if f.start < agreeing[0].start), key=lambda f: f.start, default=others[0])
    best = _BEST_CASE.search(doc.body, max(0, agreeing[0].start - 8), agreeing[0].start)
    return doc.body[best.start():agreeing[0].end], usual


_ALL_OF_THEM = "全部|均已|均|全数|全都"


# A rate by its name right before its figure: 整改率提升至98%, 联网率达98%
_RATE_NAMED = re.compile(r"([\u4e00-\u9fff]{2,4}率)(?:偏低|偏高|较低|较高|不高)?[\s　，,]*(?:同比)?(?:达到?|为|提升至|提高到|提高至|提升到|升至|降至|下降至|"
                         r"稳定在|保持在|超过?|突破|不足|低于|高于|仅为?|只有|(?:提高|提升|上升|增长|下降|降低|回落)了?)?(?:近|超|约|达)?$")


def rate_of_another_name(doc: Document, fig: Span, claim: Quantity, comparable: list) -> "tuple[str, str] | None":
    """A rate the title names (隐患整改率提升至98%, 覆盖率不足三成) whose figure in the body is another's:
    the body never names that rate and its agreeing figure is another named rate's (联网率达98%), or
    the body gives that rate a figure that disagrees (覆盖率78.0%) and none that agrees.
    (the title's rate, the body's words for its agreeing or own figure), or None."""
    if claim.unit != "%":
        return None
    named = _RATE_NAMED.search(doc.title, max(0, fig.start - 14), fig.start)
    if named is None:
        return None
    own_name = named.group(1)[-3:]
    if claim.value == 100 and not _rate_given_otherwise(doc, fig, claim) and re.search(rf"(?:{_ALL_OF_THEM})(?:[^，。；]{{0,6}}?{own_name[:-1]}|[^，。；]?{own_name[0]})", doc.body):
        return None   # 验收一次通过率100% over 11项工程全部一次通过验收, 入网率100% over 12个台站全部接入: all of them, in words
    own, other = [], None
    for f, q in comparable:
        if q.unit != "%":
            continue
        before = _RATE_NAMED.search(doc.body, max(0, f.start - 14), f.start)
        if before is not None and _GOAL_BEFORE.search(_clause_before(doc.body, f.start)):
            continue   # 力争上半年网办率达到40%: a goal, not the rate's figure
        if before is not None and before.group(1)[-3:] == own_name:
            if agrees(claim, q.value):
                return None
            own.append(doc.body[before.start(1):f.end])
        elif agrees(claim, q.value) and other is None:
            other = (before, f)
    if other is None:
        return None
    before, f = other
    if before is not None and before.group(1)[-3:-1] in named.group(1):
        return None   # 逾期交稿率达34% over 逾期率34.1%: the body's shorter name for the title's rate
    if own:
        # 公办机构平均入住率91%，民办…43%，全区平均54%: an unnamed figure beside the rate's own is the rate's;
        # so is an unnamed share of what the rate measures (稳定就业6个月以上的仅占57.3% for 稳定就业率)
        sentence = _sentence_before(doc.body, f.start)
        if sentence.startswith("其中"):   # …总体近视率为54.6%；其中小学生38.4%、初中生71.3%: the rate's parts
            sentence = doc.body[_stretch_start(doc.body, f.start, "。\n"):f.start]
        named_after = _RATE_AFTER.match(doc.body, f.end)
        if before is None and _names_the_rate(own_name[:-1], sentence) and not (named_after and named_after.group(1) != own_name):
            return None   # (…只有38.5%，签约服务履约率偏低: a figure another rate's name follows is that rate's)
        period = doc.body[_stretch_start(doc.body, f.start, "。\n"):f.start]
        if before is None and own_name in period and _CHANGED_TO.search(period):
            return None   # 按时公开率61%；二季度上升到587家、89%: the rate's new level
        return own_name, own[0]
    if own_name not in doc.body and before is not None:
        stem, body_stem = own_name[:-1], before.group(1)[-3:-1]
        if stem in doc.body and (stem, body_stem) in _RATE_STEMS_ALIKE:
            return None   # 体检率 over 组织体检…职业健康检查的108人，检查率37.8%: the body's own word for the rate
        return own_name, doc.body[before.start(1):f.end]
    points = re.search(rf"{own_name}[^。；]{{0,24}}?(?:提高|提升|上升|增加|下降|降低|减少|回落)了?\d+(?:\.\d+)?个百分点", doc.body)
    if points is not None and _CHANGED_BY.search(named.group()):
        return own_name, points.group()   # 参与率提高15% over 参与率…提高2.7个百分点 (15.2% is the pupils')
    return None


# a rate's stem and the body's other word for it (not 发病率/病死率, 入学率/升学率: other rates)
_RATE_STEMS_ALIKE = frozenset((("体检", "检查"),))


def _rate_given_otherwise(doc: Document, fig: Span, claim: Quantity) -> "str | None":
    """The body's own figure for the rate the title names, when it disagrees (合格率达100% over
    …合格164份，合格率95.9%: a part 全部合格 does not make the whole rate 100%)."""
    named = _RATE_NAMED.search(doc.title, max(0, fig.start - 14), fig.start)
    if named is None:
        return None
    alls = [m.start() for m in _ALL_OF_IT.finditer(doc.body)] + [m.start() for m in _ALL_COVERED.finditer(doc.body)]
    for m in re.finditer(re.escape(named.group(1)[-3:]) + r"[^，。；\d]{0,4}?(\d+(?:\.\d+)?)[%％]", doc.body):
        if not agrees(claim, float(m.group(1))) and not any(a > m.end() for a in alls):
            return m.group()   # (开齐率仅为58% before 已全部开齐: the level it started from)
    return None


def _names_the_rate(stem: str, sentence: str) -> bool:
    """The sentence names the rate's stem (参保 of 参保率), or spells it out as a share
    (参加职业伤害保障的比例为: 参…保…比例)."""
    return stem in sentence or re.search(
        rf"{stem[0]}[^，。；]{{1,8}}?{stem[1]}[^，。；]{{0,8}}?(?:比例|比重|占比)[^，。；]{{0,3}}$", sentence) is not None


_CHANGED_BY = re.compile(r"(?:提高|提升|上升|增长|下降|降低|回落)了?(?:近|超|约|达)?$")   # 提高15%, not 降至0.8%
_RATE_AFTER = re.compile(r"[，,][^，。；\d]{0,8}?([\u4e00-\u9fff]{2}率)")
# Nouns too general to say which measure changed (数量同比增长: of what?)
_GENERAL_MEASURES = frozenset("数量 规模 总量 人数 数目 总数 水平 指数 总额 金额".split())


def rate_of_unnamed_measure(doc: Document, fig: Span, claim: Quantity, comparable: list) -> "tuple[str, str] | None":
    """A rate of change of a measure the body never names (销售额同比增长12%), while the body's
    agreeing rate stands in a sentence with none of its characters (客流…同比增长12.1%): the title
    put another measure's rate on its own; or of the body's noun under a qualifier the body never uses
    (经营性收入增长31% over 村集体总收入…同比增长31%: the total's). (the title's noun, the body's words up to its rate), or None."""
    if claim.unit != "%":
        return None
    words = _per_unit_merged(word_tags(_title_measure(doc, fig)))
    if not words:
        return None
    word, tag = words[-1]
    noun = _without_count_suffix(word) or word
    if len(noun) < 2 or not (tag in ("n", "vn", "nz") or word in _NOMINAL_VERBS) or noun in _GENERAL_MEASURES:
        return None
    qualified = None
    if noun in doc.body:
        qualifier = words[-2] if len(words) >= 2 else None
        if (qualifier is None or len(qualifier[0]) < 2 or qualifier[1] not in _QUALIFIER_TAGS
                or qualifier[0] in doc.body):
            return None
        qualified = qualifier[0] + noun
    other = None
    for f, q in comparable:
        if q.unit == "%" and agrees(claim, q.value):
            sentence = doc.body[_stretch_start(doc.body, f.start, "；。\n"):f.end]
            # (营收 is 营业收入's, 单产 亩产's: a sentence with any of the noun's characters may name it;
            # a qualified noun's rate is another measure's when the sentence gives the total's: 总收入)
            if not (("总" + noun in sentence) if qualified else not any(c in sentence for c in noun)):
                return None   # (剩菜减少五成以上 over 剩余饭菜…减少54.8% beside 满意度…提高至93.2%: one of them is its)
            if other is None:
                cut = sentence.find("，", max(0, len(sentence) - 32))
                other = qualified or noun, sentence[cut + 1:] if 0 <= cut < len(sentence) - 12 else sentence[-32:]
    return other


_QUALIFIER_TAGS = frozenset("n b vn a".split())


_NEGATION_AFTER = re.compile(r"未|不|没有|无|缺|欠")


def _says_what_is_not(title: str, fig: Span) -> bool:
    """Whether a title's share is of what is not (近七成未参加, 近四成缺少记录, 缺口近八成)."""
    return (_NEGATION_AFTER.search(title, fig.end, fig.end + 8) is not None
            or _GAP_BEFORE.search(title, max(0, fig.start - 8), fig.start) is not None)


# a body share of what is not (其余152人从未参加，占31.3%; 认定存在不合理使用的9820条，占34.2%)
_NOT_THEN_SHARE = re.compile(r"(?:未|不|没有)[^。；]{0,16}?[，,]?(?:占|比例为?|比重为?)$")


def _share_of_what_is_not(claim: Quantity, body: str, comparable: list) -> bool:
    """Whether the body gives a title's share of what is not itself, a step short of it (近四成未参加
    over 从未参加…占31.3%): then the rest of another share (50岁以上的…占63.8% → 36.2%) does not bear
    it out (两项都未参加的占45.8% is another share than 近七成未参加职工养老保险)."""
    return any(q.unit == "%" and claim.value - claim.step <= q.value < claim.value
               and _NOT_THEN_SHARE.search(body, max(0, f.start - 24), f.start) for f, q in comparable)


_NOT_DONE_AFTER = re.compile(r"[^，。\s]{0,2}?(?:未|尚未|没有|仍未)")
# What a part leaves of the whole: 经费缺口超六成 over 需180万元，实际落实仅65万元
_GAP_BEFORE = re.compile(r"缺口|差距|差额|尚未|仍未|剩余")
# Between a whole and its part in one sentence: 26起案件中有21起, 212眼机井中，有97眼, 需180万元，实际落实仅65万元,
# 24个儿童之家中，平时每周开放不足2次的有15个
_PART_OF = re.compile(r"中[，,]?(?:已|仍|共)?有|中[，,][^，。；]{0,16}的有|之中|当中|其中|仅|只有|发现|占了")   # 抽查了48个村…，发现13个村存在…; 287户中已有231户; 封闭17次，这6座就占了14次
# a part the sentence names as one (共有…61人，平均每个乡镇3.4人，其中专职…仅有29人) may stand further on
# from its whole when the title's share is too precise (47.5%) to agree by chance
_PART_REACH = 60


def _counted(span: Span, q: Quantity) -> bool:
    """A count with a measure word: 个 leaves none in the quantity (其余9个乡镇 after 13个乡镇)."""
    return bool(q.unit) or span.text.endswith("个")


def _share_of_the_rest(claim: Quantity, body: str, body_quantities: list) -> bool:
    """Whether a count the body calls the rest (其余十二台) is the title's share of a larger count of
    the same unit given before it (三十二台)."""
    for k, (g, part) in enumerate(body_quantities):
        if _counted(g, part) and _THE_REST.search(body, max(0, g.start - 3), g.start):
            if any(whole.unit == part.unit and _counted(f, whole) and whole.value > part.value
                   and agrees(claim, 100 * part.value / whole.value) for f, whole in body_quantities[:k]):
                return True
    return False


_ALL_OF_IT = re.compile(rf"(?:{_ALL_OF_THEM})(?:按期|按时|如期|及时|当日|当天|在(?:当日|当天|[^，。；]{{0,10}}?内))?(?:答复|予以)?(?:办结|完成|整改|到位|销号|解决|回复|达标|合格)")
_ALL_CHECKED = re.compile(rf"(?:{_ALL_OF_THEM})(?:检查|抽查|核查)")   # 检查比例100% over C级单位每年全部检查
_THE_REST = re.compile(r"(?:其余|剩余|其他|另有|尚有)$")
_ALL_COVERED = re.compile(rf"(?:{_ALL_OF_THEM})[^，。；]{{0,12}}?(?:实现|已)[^，。；]{{0,8}}?覆盖|实现全覆盖"
                          rf"|(?:{_ALL_OF_THEM})[^，。；]{{0,6}}?开齐")   # 开齐率100% over 已全部按课表开齐


# Two kinds a title joins before its figure (项目和企业47个, 虚假宣传和退货难占六成以上)
_JOINED_KINDS = re.compile(r"[\u4e00-\u9fff]{2,8}(?:和|与|及|、)[\u4e00-\u9fff]{2,8}(?:占|共|合计|累计)?[超近约逾达]?$")
_KIND_UNITS = frozenset(("", "家", "所", "座", "处", "项"))   # (个 is read as no unit)


def _sum_of_joined_kinds(doc: Document, fig: Span, claim: Quantity, body_quantities: list) -> bool:
    """A title figure that counts two kinds it joins (项目和企业47个; 虚假宣传和退货难占六成以上) is the sum
    of the two figures one body sentence gives next to each other (项目9个、企业38家; 占37.4%；…占29.4%):
    shares of a whole (占…%) or counts of things (个, 家, 所…)."""
    if claim.bound not in ("exact", "over", "more", "near", "about"):
        return False
    joined = _JOINED_KINDS.search(doc.title, max(0, fig.start - 20), fig.start)
    if joined is None:
        return False
    share = claim.unit == "%"
    if share and "占" not in joined.group():
        return False
    if not share and claim.unit not in _KIND_UNITS:
        return False
    body = doc.body
    kept = [(f, q) for f, q in body_quantities
            if (q.unit == "%" and body.endswith("占", 0, f.start) if share else q.unit in _KIND_UNITS)]
    for (f1, q1), (f2, q2) in zip(kept, kept[1:]):
        if _sentence_end(body, f1.end) >= f2.end and agrees(claim, q1.value + q2.value):
            return True
    return False


def _share_of_two(claim: Quantity, body: str, body_quantities: list, gap: object) -> bool:
    """Whether the body gives the title's share as a whole and then its part in one sentence
    (26起案件中有21起: 八成; for a gap the title names, what the part leaves: 需180万元，实际落实仅
    65万元: 缺口超六成)."""
    if not 0 < claim.value <= 100:
        return False
    for k, (f, whole) in enumerate(body_quantities):
        if whole.unit == "%" or whole.value <= 0:
            continue
        near = _stretch_end(body, f.end)
        # 164人中…；…；有61人: the count every part of its sentence is of (not for an open bound:
        # 不足五成 agrees with one of several parts by chance)
        based = claim.bound in ("exact", "near", "about") and body.startswith("中", f.end)
        stop = (_sentence_end(body, f.end) if based
                else _stretch_end(body, f.end, _PART_REACH) if claim.step < 1 else near)
        for g, part in body_quantities[k + 1:]:
            if g.start >= stop:
                break
            named_part = based or _PART_OF.search(body, f.end, g.start)
            if (part.unit == whole.unit and part.value < whole.value and (named_part or g.start < near)
                    and part.bound not in ("past", "over", "under")   # 其中租房居住的超过200人: no share to compute
                    and (named_part or (claim.step < 1 and claim.bound == "exact"))
                    and agrees(claim, 100 - 100 * part.value / whole.value if gap else 100 * part.value / whole.value)):
                return True   # (a decimal share, 98.2%, of 受理8420件，调解成功8268件: no chance agreement)
    return False


def _share_of_a_breakdown(claim: Quantity, body: str, body_quantities: list, titled: str) -> bool:
    """Whether the title's share is that of one part of a count that the next sentence breaks down
    into parts adding up to it exactly, the part told in words of the title's clause that tell no other
    part (受理投诉58件。从类型看，反映…“先涨价后打折”的18件；…15件；…12件；…13件: “先涨后降”占三成)."""
    if not 0 < claim.value < 100:
        return False
    pairs = _char_pairs(titled)
    for k, (f, whole) in enumerate(body_quantities):
        if whole.unit in ("%", "百分点", "") or whole.bound != "exact" or whole.value <= 0:
            continue
        begin = _sentence_end(body, f.end) + 1
        end = _sentence_end(body, begin)
        parts = [(g, q.value) for g, q in body_quantities[k + 1:] if begin <= g.start < end and q.unit == whole.unit
                 and q.bound == "exact"]
        if len(parts) < 2 or abs(sum(v for _, v in parts) - whole.value) >= 0.5:
            continue
        told = [_char_pairs(body[_stretch_start(body, g.start, "，；。\n"):_sentence_end(body, g.start, "，；。\n")]) & pairs
                for g, _ in parts]
        for j, (g, v) in enumerate(parts):
            others = set().union(*(t for i, t in enumerate(told) if i != j))
            if agrees(claim, round(100 * v / whole.value, 6)) and told[j] - others:
                return True   # (not 持平的29家 beside 22家企业反映…回收周期…延长 under 超四成…回收周期延长)
    return False


def _title_clause(doc: Document, fig: Span) -> str:
    """The title's clause that holds ``fig``, the figure left out."""
    start = title_clause_start(doc, fig.start)
    end = min((m.start() for m in _CLAUSE_BREAK.finditer(doc.title, fig.end)), default=len(doc.title))
    return doc.title[start:fig.start] + " " + doc.title[fig.end:end]


_CLASS_BOUND = re.compile(r"(?:及|或)?(?:以上|以下)")


def _averages_if_any(body: str, claim: Quantity, comparable: list, head: str = "") -> list:
    """For a title's average (平均年龄超过70岁), the body's averages of its unit (平均年龄63.5岁) when it
    gives any: one person's age (今年76岁) or a class's bound (其中70岁以上的17人) is no average. With
    ``head``, only the averages of that measure (a title's whole 污染率 over 平均污染率18.7%, not 26.3% of a part)."""
    averages = []
    for f, q in comparable:
        before = body[_stretch_start(body, f.start, "；。\n"):f.start]   # (平均用时96天，比去年的143天少47天)
        if (counts_as(claim.unit, q.unit) and "均" in before and "其中" not in before[before.rfind("均"):]
                and (not head or ("平均" in before and head in before[before.rfind("平均"):]))
                and not _CLASS_BOUND.match(body, f.end)):
            averages.append((f, q))
    if not averages:
        return comparable
    return averages + [(f, q) for f, q in comparable if not counts_as(claim.unit, q.unit)]


def _unsupported(fig: Span, same: list[str]) -> tuple[str, str]:
    """(message, suggestion) for a title figure the body does not bear out; ``same``: the body's figures of its unit."""
    seen = f"正文相关数字是「{'、'.join(same[:3])}」" if same else "正文没有可以对照的数字"
    return (f"标题中的数字「{fig.text}」正文不能支持（{seen}）。",
            "标题里的数字要与正文一致（约数要与正文相符），并在正文交代口径（范围、时段、比较基数）。")


def _rates_of_the_measure(measure: str, claim: Quantity, body: str, comparable: list) -> list:
    """For a title's rate of change (产值增长超三成), the body's rates of change told of the same measure (实现产值
    5.87亿元，同比增长24.9%) when it gives any (and, for an exact title figure, none states it): a rate of another
    measure (营业收入…增长35.2%) is no rate of it, unless the title's other words are that rate's (电商销售额 over
    电商平台销售…增长35%). The measure is known by the last two characters before the title's figure (产值 of
    工业产值, 收入 of 旅游收入); ``measure`` is the title's words before its figure (``_title_measure``)."""
    head = measure[-2:]
    if (len(head) < 2 or _COUNTED_PART.search(measure)
            or (claim.bound == "exact" and any(agrees(claim, q.value) for _, q in comparable if q.unit == "%"))):
        return comparable   # (收案同比增长5.7% over 受理各类案件…同比增长5.7%: the measure in other words;
        # 7家卫生院住院人次…下降超两成: the rate of a part the title counts, which the body may give apart)
    named, agreeing = [], []
    for f, q in comparable:
        if q.unit != "%" or not _changes(body, f):
            continue
        start = max(_stretch_start(body, f.start, "；。\n"), f.start - 30)
        at = body.rfind(head, start, f.start)
        between = [g for g, r in comparable if r.unit == "%" and at < g.start < f.start]
        if at >= 0 and (not between or "分别" in body[at:f.start]):   # 收入…同比分别增长17.6%和24.1%
            named.append((f, q, body[max(_stretch_start(body, at, "，；。\n"), start):f.start]))
        elif agrees(claim, q.value):
            agreeing.append(body[start:f.start])
    words = [w.replace(head, "") for w, _ in word_tags(_measure_core(measure))]   # (工业 of 工业产值)
    words = [w for w in words if len(w) >= 2]
    if not named or any(w in clause and not any(w in own for _, _, own in named) for w in words for clause in agreeing):
        return comparable   # (电商销售额增长超三成 over 其中，通过电商平台销售6.7亿元，增长35%: the title names the part)
    return [(f, q) for f, q, _ in named] + [(f, q) for f, q in comparable if q.unit != "%"]


_COUNTED_PART = re.compile(r"(?:\d+|[一二三四五六七八九十两])(?:家|个|所|项|类|座|条|名|艘|户)")   # 7家卫生院: a part counted


# A title stating a problem (收费混乱问题突出, 面临流动资金短缺, 消防安全隐患亟待整治), not announcing a report on one
_PROBLEM_STATED = re.compile(r"突出|严重|滞后|短缺|不足|亟待|亟需|缺口|隐患|混乱|薄弱|闲置|流失|困难|难题|偏高|偏低|偏少|频发|堪忧"
                             r"|乏力|不畅|不到位|上涨|下滑|难(?:问题)?$")
_REPORT_ON = re.compile(r"^关于|思考|报告|调研|情况|几点|若干|几个|[两三四五六]个|存在的|[两三四五六](?:大|方面)")
# words every problem title uses, which say nothing about which problem
_PROBLEM_WORDS = frozenset(("存在", "问题", "突出", "严重", "亟待解决", "亟需解决", "亟待", "亟需", "方面", "主要", "原因", "普遍",
                            "部分", "当前", "目前", "面临", "较为", "比较", "十分", "一些", "有待", "破解", "解决", "整治"))
_MIN_PROBLEM_COVERAGE = 0.4   # of the title's own problem words, weighted by IDF; chosen on the dev writers


_QUOTED_PHRASE = re.compile(r"“([^”]{2,16})”")


@_per_document
def problem_not_in_body(doc: Document) -> "tuple[int, int, list[str]] | None":
    """A problem title whose problem the body never names (人防工程平时使用收费混乱问题突出 over a body on
    siren upkeep funds): (start, end, the title's missing words) when under _MIN_PROBLEM_COVERAGE of its
    own words (not its names, not the words every problem title uses) are in the body."""
    begin = column_prefix_end(doc.title)
    if not _PROBLEM_STATED.search(doc.title, begin) or _REPORT_ON.search(doc.title, begin):
        return None
    if any(q.group(1) in doc.body for q in _QUOTED_PHRASE.finditer(doc.title, begin)):
        return None   # “不愿接、接不住” quoted from the body: the body's own words for the problem
    named = [(n.start, n.end) for n in doc.title_named]
    words = [(w, s, e) for w, s, e in content_words(doc)
             if s >= begin and w not in _PROBLEM_WORDS and not any(a <= s and e <= b for a, b in named)]
    missing = [(w, s, e) for w, s, e in words if not word_in_body(w, doc.body)]
    if len(words) < 2 or not missing:   # (the IDF table is loaded only when a word is missing)
        return None
    if weighted_coverage(doc, words) >= _MIN_PROBLEM_COVERAGE:
        return None
    return missing[0][1], missing[-1][2], [w for w, _, _ in missing]


def weighted_coverage(doc: Document, words: list[tuple[str, int, int]]) -> float:
    """The share of ``words`` the body uses, each weighted by its real-corpus IDF: 津巴布韦 missing weighs far
    more than 推进 or 工作 missing."""
    weights = [doc.segmenter.idf(w) for w, _, _ in words]
    return sum(wt for wt, (w, _, _) in zip(weights, words) if word_in_body(w, doc.body)) / sum(weights)


# A title that says a difficulty is solved (破解…难题, 停车难问题得到有效解决), not that someone works at it
# (着力破解, 如何化解) or that solving it is hard (化解难, 化解工作存在的问题)
_SOLVED_IN_TITLE = re.compile(
    r"(?<!着力)(?<!努力)(?<!助力)(?<!推动)(?<!聚焦)(?<!如何)(?<!探索)(?<![不未没能有以])(?:破解|攻克|化解|解决)了?(?!工作|中|仍|还|存在)"
    r"(?:(?!存在|仍|还)[^，。；\s]){1,14}?(?:难题|难”?|瓶颈|堵点|问题)(?![\d一二三四五六七八九十两及的])"
    r"|(?:难题|问题|难”?)(?=[已得获通基彻有])(?:已经?)?(?:得到|获得|通过[^，。；\s]{1,12}?)?(?:有效|妥善|根本|彻底|基本)?"
    r"(?:解决|化解)(?![率\d])")   # 问题已通过新购冷藏车解决, 售粮难问题通过流动收购车基本解决


# A body with no more figures than this gives a count in the title nothing to stand on: 19 of 21 dev
# items whose title count it neither restates nor contradicts are labelled title-mismatch (the other
# two give a time limit, 48小时, which a title may state from the rules).
_FEW_FIGURES = 2


class TitleMismatch(BuiltinRule):
    id = "title-mismatch"
    description = "标题宣称的主体、事件或成效在正文中找不到（文不对题）"
    default_options = {"min_coverage": 0.5, "min_words": 2, "gross_coverage": 0.34}
    examples = Examples(
        flags=("青川县召开农产品质量安全推进会", "青川县教育局组织开展教师暑期培训，全县1200名教师参加，培训覆盖率达98%。"),
        passes=("青川县1200名教师完成暑期培训", "7月10日至20日，青川县教育局组织全县1200名教师参加暑期培训，覆盖率达98%。"),
    )

    def check(self, doc: Document, ctx: RuleContext):
        body = doc.body
        if not body.strip():
            return
        reported = False
        confirmed = False   # a distinctive title figure (41.3%, 1186名) the body states: same story
        agreeing = 0
        body_quantities = None   # parsed only when a title figure is worth checking
        begin = column_prefix_end(doc.title)
        for fig, claim in title_quantities(doc):
            if fig.start < begin or not (_worth_checking(fig, claim) or _SHORTENED_TO.search(doc.title, 0, fig.start)
                                         or (claim.unit in _TIME_UNITS and _SHORT_OF.search(doc.title, 0, fig.start))):
                continue
            if claim.unit == "天" and _PERIOD_NAMED_BEFORE.search(doc.title, max(0, fig.start - 4), fig.start):
                continue   # 春运40天, 国庆假期8天: how long the period lasts, not a result
            if body_quantities is None:
                body_quantities = quantities(body, doc.figures)
            rate = _CHANGE_BEFORE.search(doc.title, 0, fig.start) is not None   # 增长超两成: a rate of change
            comparable = _comparable(fig, claim, body, body_quantities, rate, doc.title)
            measure = _title_measure(doc, fig)
            if claim.unit in _TIMED_IN_BOTH:
                comparable = _in_the_titles_time_unit(claim, measure, body, comparable)
            if claim.unit in _RESPONDENTS and _SURVEY.search(doc.title):   # 近3000家…问卷调查 over 有效问卷2968份
                comparable = [(f, replace(q, unit=claim.unit) if q.unit == "份" else q) for f, q in comparable]
            per_head = "均" in doc.title[max(begin, fig.start - 4):fig.start]   # 户均, 人均
            given = comparable
            if not rate and "平均" in measure:
                comparable = _averages_if_any(body, claim, comparable)
            elif (not rate and claim.unit == "%" and claim.bound != "exact" and measure.endswith("率")
                  and _OWN_SCOPE.search(doc.title)):
                comparable = _averages_if_any(body, claim, comparable, head=measure[-2:])   # 我县…污染率超两成
            elif rate and claim.unit == "%":
                comparable = _rates_of_the_measure(measure, claim, body, comparable)
            # the body's own average or rate of the title's measure settles a share or a rate
            named = comparable is not given and claim.unit == "%"
            if supported(claim, [q for _, q in comparable], listed_together=_grouped(doc.sentences, comparable, body, parts_apart=True),
                         same_paragraph=_grouped(_list_paragraphs(doc), comparable, body, parts_apart=True), per_head=per_head,
                         rate_of_change=rate, negated=_says_what_is_not(doc.title, fig)
                         and not _share_of_what_is_not(claim, body, comparable)):
                wrong = borne_out_wrongly(doc, fig, claim, comparable, body_quantities, rate)
                if wrong is None:
                    wrong = borne_out_by_another(doc, fig, claim, comparable, body_quantities, rate)
                    if wrong is not None and _distinctive(fig):   # a hint: the figure still counts as borne out
                        yield ctx.finding(doc, "title", fig.start, fig.end, "请核对：" + wrong[0], wrong[1],
                                          severity=Severity.INFO, figure=fig.text)
                        wrong = None
                if wrong is None:
                    agreeing += 1   # two figures the body bears out (从17件增至38件): the same story
                    confirmed = (confirmed or _distinctive(fig) or _restated(doc, fig, begin)
                                 or _rounded_from(claim, comparable) or agreeing >= 2)
                    continue
                reported = True
                yield ctx.finding(doc, "title", fig.start, fig.end, *wrong, figure=fig.text)
                continue
            if ((claim.unit != "%" and any(agrees(claim, v) for v in _products(body, claim.unit)))
                    or (claim.unit != "%" and any(lo <= claim.value <= hi or agrees(claim, lo) or agrees(claim, hi)
                                                  for lo, hi in bases_of_multiples(body, claim.unit)))
                    or (rate and claim.unit == "%" and any(agrees(claim, r) for r in implied_rates(body, _falls_in_title(doc.title, fig))))
                    or (rate and claim.unit == "%" and any(agrees(claim, r) for r in rates_from_earlier_levels(doc, fig)))
                    or (claim.unit == "百分点" and any(agrees(claim, p) for p in implied_points(body)))
                    or (rate and claim.unit not in ("%", "百分点") and any(agrees(claim, v) for v in implied_differences(body, claim.unit)))
                    or _level_before_a_change(doc, fig, claim, body_quantities)):
                # 装机2000千瓦 over 安装4台500千瓦…机组 (so many of a size); 同比下降18% over 5.9元，比去年
                # 同期的7.2元下降1.3元 (two levels); 成本降0.8元 over 由2.1元降到1.3元: worked out from this
                # body, as a distinctive figure is
                confirmed = True
                continue
            if named:   # and no other figure
                reported = True
                same = [f.text for f, q in comparable if counts_as(claim.unit, q.unit)]
                yield ctx.finding(doc, "title", fig.start, fig.end, *_unsupported(fig, same), figure=fig.text)
                continue
            # 化解纠纷200余起 over 受理纠纷87件 (not over 调解成功212件: the same count, in another word)
            incidents = [(f, q) for f, q in comparable if claim.unit in _INCIDENTS and q.unit in _INCIDENTS
                         and not counts_as(claim.unit, q.unit)]
            if incidents and not any(counts_as(claim.unit, q.unit) for _, q in comparable) and any(
                    agrees(claim, q.value) for _, q in incidents):
                continue
            same = [f.text for f, q in comparable if counts_as(claim.unit, q.unit)] + [f.text for f, _ in incidents]
            if not rate and _sum_of_joined_kinds(doc, fig, claim, body_quantities):
                continue  # 排查项目和企业47个 over 排查在建工程项目9个、企业38家
            if claim.unit != "%" and _same_count_otherwise(doc, fig, claim, body_quantities):
                continue  # 42名农民工 over 受理农民工…申请42件: the same count, by another measure word
            # 资助学生3.5万人 over 资助学生3.5万人次: the visits counted as people, shown wrong
            same = same or [f.text for f, q in comparable if claim.unit == "人" and claim.bound == "exact" and q.unit == "人次"
                             and agrees(claim, q.value)]   # (not 1200余名群众 over 1200余人次: a round turnout)
            if not same and claim.unit != "%" and not (
                    claim.unit.endswith("元") and not any(q.unit.endswith("元") for _, q in body_quantities)) and not (
                    len(doc.figures) <= _FEW_FIGURES and claim.unit not in _TIME_UNITS):
                continue  # a count the body does not restate is unsupported, but not shown wrong;
                          # an amount (追回基金86万元) over a body with no amount at all is, and so is
                          # a count over a body of hardly any figure (发现整改隐患56处 over a 动员会), and
                          # a share (超六成, 98%) is a finding the body must state somewhere…
            if claim.unit == "%" and not rate and _share_of_two(
                    claim, body, body_quantities, _GAP_BEFORE.search(doc.title, max(0, fig.start - 8), fig.start)):
                continue  # …or give as two counts of one sentence (26起案件中有21起: 八成)…
            if claim.unit == "%" and not rate and _share_of_a_breakdown(claim, body, body_quantities, _title_clause(doc, fig)):
                continue  # …or as one part of a breakdown that adds up to the count before it…
            if claim.unit == "%" and not rate and _NOT_DONE_AFTER.match(doc.title, fig.end) and any(
                    q.unit == "%" and agrees(claim, 100 - q.value) for _, q in body_quantities):
                continue  # …or as the share done (三成未办证 over 取得登记证的26家，占70.3%)…
            if (claim.unit == "%" and not rate and claim.value == 100
                    and (_ALL_OF_IT.search(body) or _ALL_COVERED.search(body) or ("查" in measure and _ALL_CHECKED.search(body)))
                    and not _rate_given_otherwise(doc, fig, claim)):
                continue  # …or as all of it (按期办结率100% over 全部按期办结; 覆盖率100% over 全部38个小区实现…覆盖)…
            if (claim.unit == "%" and _FROM_LEVEL.search(doc.title, max(0, fig.start - 1), fig.start)
                    and _level_before_points(claim, body, body_quantities)):
                continue  # …or as the level it rose from (从41.2%提高到63.5% over 63.5%，比一年前提高22.3个百分点)…
            if claim.unit == "%" and not rate and _share_of_the_rest(claim, body, body_quantities):
                continue  # …or as the rest of a count given before (三十二台…其余十二台: 近四成)
            reported = True
            yield ctx.finding(doc, "title", fig.start, fig.end, *_unsupported(fig, same), figure=fig.text)
        if (multiple := _MULTIPLE.search(doc.title)) and not _GOAL_BEFORE.search(doc.title, 0, multiple.start()) and _whole_multiple(doc):
            confirmed = True   # 接待量一年翻番 over 比去年同期的4100人次增长1.1倍: the same story
        claim = _CLAIM_IN_TITLE.search(doc.title)
        first = _FIRST_IN_TITLE.search(doc.title)
        # a body that makes the claim itself with nothing behind it is empty-claim's (independent
        # writers label it so: 2 of 2 such items on the train and dev sources), not a mismatch
        if claim and not doc.figures and not doc.cases and not announces_little(doc) and not claims_a_result(doc):
            reported = True
            yield ctx.finding(doc, "title", claim.start(), claim.end(),
                              f"标题称「{claim.group()}」，正文却没有数据或具体事例支撑。",
                              "在正文补充支撑这一判断的数据或事例，或删去标题中的评价性词语。")
        elif first and not _FIRST_IN_BODY.search(body) and not _FIRST_OF_A_PERIOD.match(doc.title, first.end()):
            reported = True
            yield ctx.finding(doc, "title", first.start(), first.end(),
                              f"标题称「{first.group()}」，正文却没有交代这一“率先/首个”的事实。",
                              "在正文写明依据（哪一级、与谁比、何时成为首个），或删去标题中的这一说法。")
        elif first and (lower := first_at_a_lower_level(doc, first)):
            reported = True
            yield ctx.finding(doc, "title", first.start(), first.end(),
                              f"标题称「{first.group()}」，正文说的却是「{lower}」，是更低一级范围内的首个。",
                              "标题的“首个/率先”要与正文的范围一致：正文说全市首个，标题就不要写全省首个。")
        elif first and (later := _LATER_THAN_FIRST.search(body)) and later.group(1) in doc.title:
            reported = True
            yield ctx.finding(doc, "title", first.start(), first.end(),
                              f"标题称「{first.group()}」，正文却说是「{later.group()}」。",
                              "标题的“首个/率先”要与正文一致：不是第一个，就写实际的名次或删去这一说法。")
        elif (record := _RECORD_IN_TITLE.search(doc.title)) and (
                (denied := _RECORD_DENIED.search(body) or _series_below_its_peak(
                    body, "新低" in record.group(), tuple(float(v) for v in _SERIES_VALUE.findall(doc.title))))
                or not (_RECORD_IN_BODY.search(body) or _yearly_series(body))):
            reported = True
            said = f"正文却说「{denied.group()}」" if denied else "正文却没有与历年比较、说明这是纪录的内容"
            yield ctx.finding(doc, "title", record.start(), record.end(), f"标题称「{record.group()}」，{said}。",
                              "在正文写明依据（此前的最高或最低水平是哪一年、多少），或删去标题中的这一说法。")
        if not reported:
            found = contradicted_event(doc)
            if found is not None:
                reported = True
                yield ctx.finding(doc, "title", *found)
        if not reported and (indicator := another_indicator(doc)) is not None:
            term, said = indicator
            reported = True
            yield ctx.finding(doc, "title", term.start(), term.end(), f"标题说的是「{term.group()}」，{said}。",
                              "标题里的指标要与正文一致：正文报告的是哪一项，标题就写哪一项。", names=[term.group()])
        if not reported and ctx.type.label == "problem" and (solved := _SOLVED_IN_TITLE.search(doc.title, begin)):
            reported = True   # 破解…难题 over a body that reports the problem, its causes and proposals
            yield ctx.finding(doc, "title", solved.start(), solved.end(),
                              f"标题称「{solved.group()}」，正文却只反映了问题（现状、原因或建议），没有写到问题已经解决。",
                              "标题要与正文一致：正文反映问题，标题就写问题本身；确已解决的，在正文写明怎么解决、结果如何。")
        if reported:  # one concrete discrepancy says enough
            return
        # A generic title announces too little to mismatch: title-vague reports it (independent
        # writers label 多措并举推进基层治理见行见效 over a concrete body vague, not mismatched).
        if announces_little(doc):
            return
        if ctx.type.label == "problem" and (unsaid := problem_not_in_body(doc)) is not None:
            start, end, missing = unsaid
            yield ctx.finding(doc, "title", start, end,
                              f"标题反映的问题（「{'、'.join(missing)}」）在正文中没有出现，正文反映的是另一个问题。",
                              "标题要写正文实际反映的问题：主体＋问题＋程度（最好带一个数字）。")
            return
        latin = absent_latin_term(doc)
        if latin is not None:
            yield ctx.finding(doc, "title", latin.start(), latin.end(),
                              f"标题中的「{latin.group()}」在正文中没有出现（正文也没有它的中文说法），标题与内容可能脱节。",
                              "标题里的指标要与正文一致：正文报告的是哪项指标，标题就写哪项。", names=[latin.group()])
            return
        model = ctx.models.get("agreement")
        words = content_words(doc)
        missing = [(w, s, e) for w, s, e in words if not word_in_body(w, body) and not _period_of_body(doc, w)]
        if confirmed:   # a confirmed figure: the title sums up this body in words of its own, unless
            # it names a place the body never does (鹿角岛 over a body about 渔山岛)
            # (or opens on a county the body only calls 全县 while naming another: 芦溪县 over 白桦县…全县)
            absent = [n for n in absent_names(doc, missing) if n.kind == "place" or n.text[-1] in _LEVEL_CHARS]
            if absent:
                yield self._absent(doc, ctx, absent)
            return
        coverage = 1 - len(missing) / len(words) if words else 1.0
        # the IDF table is loaded only when some title word is missing
        weighted = weighted_coverage(doc, words) if missing else 1.0
        gross = len(words) >= ctx.options["min_words"] and weighted < ctx.options["gross_coverage"]
        absent = absent_names(doc, missing) if not gross else []
        if absent:
            yield self._absent(doc, ctx, absent)
            return
        if gross:
            reason = f"按词语区分度加权，标题关键词只有 {weighted:.0%} 见于正文"
            extra = {"weighted_coverage": round(weighted, 2)}
        elif model is not None:
            if not missing:
                return  # every title word is in the body: the model fired on 1 of 338 such real pairs
            probability = model.mismatch_probability(doc)
            if probability < model.threshold:
                return
            reason = f"标题与正文一致性模型判断文不对题（概率 {probability:.0%}）"
            extra = {"probability": round(probability, 3)}
        else:
            if len(words) < ctx.options["min_words"] or coverage >= ctx.options["min_coverage"]:
                return
            reason = f"标题关键词覆盖率 {coverage:.0%}"
            extra = {"coverage": round(coverage, 2)}
        start, end = (missing[0][1], missing[-1][2]) if missing else (0, len(doc.title))
        names = "、".join(w for w, _, _ in missing)
        said = f"标题中的「{names}」在正文中没有出现，" if missing else "标题所说的事正文没有报告，"
        yield ctx.finding(doc, "title", start, end, f"{said}标题与内容可能脱节（{reason}）。",
                          "让标题概括正文实际报告的事：主体＋做了什么＋结果；或补写正文。", **extra)


    @staticmethod
    def _absent(doc: Document, ctx: RuleContext, absent: list):
        name = absent[0]
        return ctx.finding(doc, "title", name.start, name.end,
                           f"标题点名的「{'、'.join(n.text for n in absent)}」在正文中没有出现，标题与内容可能脱节。",
                           "标题里的地名、单位名、人名要与正文一致；让标题概括正文实际报告的事。",
                           names=[n.text for n in absent])


class TitleVague(BuiltinRule):
    id = "title-vague"
    description = "标题过大、过于笼统：没有具体主体＋动作＋结果（关于…情况、多措并举、口号式标题）"
    examples = Examples(
        flags=("青川县多措并举抓落实", "青川县推行餐饮“明厨亮灶”，覆盖餐饮单位1200家，投诉同比下降35%。"),
        passes=("青川县“明厨亮灶”覆盖1200家餐饮单位", "青川县推行餐饮“明厨亮灶”，覆盖餐饮单位1200家，投诉同比下降35%。"),
    )

    def check(self, doc: Document, ctx: RuleContext):
        title = doc.title
        if doc.title_figures:
            return
        m = vague_pattern(doc)
        if m is not None:
            part = "p" if m.re.groupindex.get("p") and m.group("p") else 0   # the phrase a pattern marks
            yield ctx.finding(doc, "title", m.start(part), m.end(part),
                              f"标题「{title}」用「{m.group(part)}」这类笼统说法，看不出具体做了什么、结果如何。",
                              _VAGUE_ADVICE)
            return
        if not names_concrete_measure(doc) and is_slogan(doc):
            begin = column_prefix_end(title)
            yield ctx.finding(doc, "title", begin, len(title),
                              f"标题「{title[begin:]}」是口号式的几个短语，没有主体、具体做法和结果。",
                              _VAGUE_ADVICE)


@_per_document
def names_concrete_measure(doc: Document) -> bool:
    lex = doc.lexicons
    begin = column_prefix_end(doc.title)
    if lex.title_concrete_any is not None:   # all the patterns in one search
        return lex.title_concrete_any.search(doc.title, begin) is not None
    return any(p.search(doc.title, begin) for p in lex.title_concrete)


@_per_document
def states_result(doc: Document) -> bool:
    """The title states a result or problem of its subject (the [result] title patterns)."""
    begin = column_prefix_end(doc.title)
    return any(p.search(doc.title, begin) for p in doc.lexicons.title_result)


@_per_document
def announces_little(doc: Document) -> bool:
    """A generic title (a vague pattern and no figure, or a slogan): title-vague's, and too little
    to mismatch or to claim anything the body must back (以作风建设新成效推动营商环境再上新台阶)."""
    return (vague_pattern(doc) is not None and not doc.title_figures) or is_slogan(doc)


@_per_document
def vague_pattern(doc: Document) -> "re.Match | None":
    """The first generic-title pattern the title matches (weak ones only when the title names no
    concrete measure), column prefix left out."""
    lex = doc.lexicons
    begin = column_prefix_end(doc.title)
    if lex.vague_title_any is not None and lex.vague_title_any.search(doc.title, begin) is None:
        return None   # no generic-title pattern matches at all (most titles): one search, not one each
    if states_result(doc):
        return None   # 多措并举… beside 空气质量持续改善: the title says one concrete thing
    stock = [m for m in (p.search(doc.title, begin) for p in lex.vague_title_claim) if m]
    if len(stock) + ("多措并举" in doc.title) >= 3:
        return stock[0]   # 多措并举扎实推进…工作取得明显成效: three stock phrases, whatever the topic
    patterns = lex.vague_title
    if not names_concrete_measure(doc):
        patterns += lex.vague_title_weak + (() if names_subject_and_topic(doc) else lex.vague_title_claim)
    for pattern in patterns:
        m = pattern.search(doc.title, begin)
        if m and not _other_half_reports(doc, m):
            return m
    return None


def _other_half_reports(doc: Document, m: re.Match) -> bool:
    """A double title whose other half names a subject and what it did, by a quoted measure
    (以“微党课”赋能党员教育  澄岭县开展“百名书记讲党课”活动): the slogan half is that report's headline."""
    halves = [(h.start(), h.end()) for h in _HALF_TITLE.finditer(doc.title, column_prefix_end(doc.title))]
    for start, end in halves:
        if end <= m.start() or start >= m.end():
            half = doc.title[start:end]
            if _TITLE_JURISDICTION.match(half) and _QUOTED_TERM.search(half):
                return True
    return False


_HALF_TITLE = re.compile(r"[^\s　]+")
_QUOTED_TERM = re.compile(r"[“「][^”」]{2,}[”」]")


# The unit a title begins with when it is not a name: 我市, 全县, 市民政局, 县发改局, 市委办公室,
# 市纪委监委 — a level (市, 县…) that does not start a word of its own (市场, 区域, 乡村, 乡镇, 县城,
# 市级), then a unit's name; further units may follow (市委|办公室, 青川县|人民政府).
_UNIT_END = r"(?:人民政府|政府办公室|政府办|办公室|委员会|管委会|局|委|厅|办|院|中心|站|所|队(?!伍)|部|会)"
_OWN_SUBJECT = re.compile(rf"[我全本](?:省|市|州|盟|县|区|旗|镇|乡)"
                          rf"|[省市州盟县区旗乡镇](?![场域村镇级城])[^，。\s“”「」《》]{{0,10}}?{_UNIT_END}")
_UNIT_AFTER = re.compile(rf"(?:[\u4e00-\u9fff]{{0,7}}?{_UNIT_END})+")
_NO_TOPIC = re.compile(r"各项|各方面|重点工作|相关工作|有关工作")
_NOT_TOPIC = re.compile(r"[，,\s]|工作")
_PERIOD_WORD = re.compile(r"[\d０-９]+|.*(?:年度?|季度|月份?|以来)")


@_per_document
def names_subject_and_topic(doc: Document) -> bool:
    """The title begins with its subject (柳湾镇, 市民政局, 我市) and, its stock claims and phrases
    left out, names a topic of its own (移风易俗, 家庭医生签约服务) — not 各项工作, not a period's 工作,
    not a whole line of work (农业农村工作): then 扎实推进 / 取得明显成效 beside it is not what makes it
    vague."""
    lex = doc.lexicons
    title = doc.title
    begin = column_prefix_end(title)
    while begin < len(title) and title[begin].isspace():
        begin += 1
    subject_end = next((s.end for s in doc.title_named if s.start == begin and s.kind in _SUBJECT_KINDS), None)
    if subject_end is None:
        m = _OWN_SUBJECT.match(title, begin)
        if m is None:
            return False
        subject_end = m.end()
    unit = _UNIT_AFTER.match(title, subject_end)   # 青川县|民政局, 市委|办公室
    rest = title[unit.end() if unit else subject_end:]
    for pattern in lex.vague_title_claim:
        rest = pattern.sub("，", rest)
    for phrase in lex.generic_words:   # 多措并举 would be cut into 多|措|并举
        if len(phrase) >= 3:
            rest = rest.replace(phrase, "，")
    if _NO_TOPIC.search(rest) or _NOT_TOPIC.sub("", rest) in lex.work_fields:   # 海洋经济(工作)
        return False
    words = (w.removesuffix("工作") for w, _, _ in doc.segmenter.cut(rest))   # 民政工作 is one word
    return any(len(w) >= 2 and w not in lex.generic_words and w not in lex.work_fields
               and not _PERIOD_WORD.fullmatch(w) for w in words)


_VAGUE_ADVICE = "标题写出最重要的一个事实：主体＋动作＋结果，能用数字就用数字，如“××区1-4月国有工业产销率达91.1%”。"
_SEGMENTS = re.compile(r"[\s　——，,：:]+")


@_per_document
def is_slogan(doc: Document) -> bool:
    """Two or more short phrases (提升服务水平 / 开创新局面) and no name, figure or quoted term:
    a slogan that names no subject, no measure and no result."""
    begin = column_prefix_end(doc.title)
    title = doc.title[begin:]
    named = doc.title_named
    subject = _LEADING_UNIT.match(title) if named else None
    if subject is not None and all(n.start >= begin and n.end - begin <= subject.end() for n in named):
        # 江南街道创新工作机制 全面提升基层治理水平: a unit before slogans is still a slogan title, when
        # every phrase after it carries a slogan word (no short phrase of its own: 建起扶贫车间 is a measure)
        title, named = title[subject.end():], []
    segments = [s for s in _SEGMENTS.split(title.strip()) if s]
    if len(segments) < 2 or named:
        return False
    words = doc.lexicons.slogan_words
    if not all((len(s) <= 7 and subject is None) or any(re.search(w, s) for w in words) for s in segments):
        return False
    # (the tagger's place or body that is a slogan word itself — 新时代, 谱华章 — names no one)
    return not any(tag in ("LOC", "ORG") and not any(re.search(w, text) for w in words)
                   for text, tag, _, _ in doc.segmenter.entities(title))


# a title's leading unit: a place and the body of it (临江区, 青河县红十字会, 江南街道)
_LEADING_UNIT = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:省|市|县|区|镇|乡|街道)(?:[\u4e00-\u9fff]{2,8}?(?:局|委|办|会|中心|所|站|队))?")


class TitleLength(BuiltinRule):
    id = "title-length"
    description = ("标题过长（超过40字提示，超过50字警告；栏目前缀【…】不计）或过短（少于8字），"
                   "难以承载一个事实")
    # 41–50 characters: an info note (clean double titles by independent writers reach 41); beyond
    # warn_chars a warning. docs/judgement.md has the numbers.
    default_options = {"max_chars": 40, "warn_chars": 50, "min_chars": 8}
    examples = Examples(
        flags=("青川县市场监管局扎实开展餐饮食品安全专项整治行动取得明显成效受到社会各界和广大人民群众以及新闻媒体的一致好评和充分肯定",
               "青川县市场监管局开展餐饮食品安全专项整治，检查餐饮单位1200家，投诉同比下降35%。"),
        passes=("青川县餐饮投诉同比下降35%", "青川县市场监管局开展餐饮食品安全专项整治，检查餐饮单位1200家，投诉同比下降35%。"),
    )

    def check(self, doc: Document, ctx: RuleContext):
        stripped = doc.title[column_prefix_end(doc.title):].strip()
        n = len(re.sub(r"\s", "", stripped))
        start = doc.title.find(stripped) if stripped else 0
        if n > ctx.options["max_chars"]:
            cut = start + ctx.options["max_chars"]
            severity = None if n > max(ctx.options["warn_chars"], ctx.options["max_chars"]) else Severity.INFO
            yield ctx.finding(doc, "title", cut, start + len(stripped),
                              f"标题 {n} 字，超过 {ctx.options['max_chars']} 字的建议上限。",
                              "压缩到一个核心事实，删去评价性和修饰性词语。", severity=severity)
        elif 0 < n < ctx.options["min_chars"]:
            yield ctx.finding(doc, "title", start, start + len(stripped),
                              f"标题只有 {n} 字，装不下一个完整的事实。",
                              "写出主体、动作和结果，如“青川县餐饮投诉同比下降35%”。")
