"""Structure features for the information-type model: how an item is built, not which words it uses.

Each feature reads fixed patterns over the title and body (no office lexicon, no other analysis), so
the trained weights mean the same thing wherever the model runs. All of them are counts or flags
that a reader can check by eye:

- enumerated measures (一是/二是, （一）, 一、) and what follows each marker: a measure verb
  (建立/推行/…, 经验), a shortfall (部分/存在/不足…, 问题) or a trend (增长/下降…, 综合);
- results after the measures (成效/累计/同比… with figures in the same sentence);
- 原因/建议/对策 sections and problem words;
- period overviews: reporting periods (1-10月, 上半年, 一季度…), 同比/环比/百分点, and how many
  different kinds of indicator (亿元, %, 人次, 户…) the item reports;
- meeting narration (召开, 会议强调, 出席, 主持…), lead sentences that open on a date or 近日;
- figure density and length.
"""
from __future__ import annotations

import math
import re

# The patterns run over the whole body start with one character class, so that the regex engine
# skips ahead to the characters a match can start with instead of trying every branch at every
# character (3–4× faster). Each is its plain form (the comment above it) with the first character
# read up front and every branch checking it with a lookbehind — ``\d(?:(?<=\d)\d?月)`` is
# ``\d{1,2}月`` — and the branches in their order, so the matches are the same.
_NUM = "[一二三四五六七八九十]"
# {_NUM}是|第{_NUM}[，,、是]|[（(]{_NUM}[）)]|(?:^|\n){_NUM}、|首先|其次
_ENUM = re.compile(rf"[一二三四五六七八九十第（(\n首其](?:(?<={_NUM})是|(?<=第){_NUM}[，,、是]|(?<=[（(]){_NUM}[）)]|"
                   rf"(?<=^{_NUM})、|(?<=\n){_NUM}、|(?<=首)先|(?<=其)次)")
# (?:{_NUM}是|[（(]{_NUM}[）)]|(?:^|\n){_NUM}、)(.{0,14})
_ENUM_AT = re.compile(rf"[一二三四五六七八九十（(\n](?:(?<={_NUM})是|(?<=[（(]){_NUM}[）)]|(?<=^{_NUM})、|(?<=\n){_NUM}、)"
                      rf"(.{{0,14}})")
_HEADING_END = re.compile(r"[。，；：:！？\n]")
_VERB_FIRST = {"v", "d", "p"}
_NOUN_FIRST = {"n", "nz", "ns", "nt", "nr", "vn", "m", "l", "t", "s", "j", "b", "f"}
_MEASURE_VERB = re.compile(r"^.{0,3}(建立|推行|实行|实施|创新|探索|打造|完善|强化|加强|坚持|聚焦|突出|搭建|建设|"
                           r"推动|推进|开展|引入|设立|健全|优化|深化|整合|用好|抓好|做实|压实|落实|盯住|"
                           r"组建|构建|培育|拓展|畅通|织密|严格|规范|创设|推出|下沉|联合|借助|依托|以)")
_SHORTFALL = re.compile(r"部分|存在|不足|不够|不到位|不完善|不健全|不强|不高|不畅|缺|难|弱|低|滞后|薄弱|"
                        r"隐患|风险|问题|偏|欠|乱|闲置|悬空|矛盾|突出|较多|不一")
_TREND = re.compile(r"增长|下降|回升|回落|平稳|稳定|提升|提高|加快|放缓|明显|持续|扩大|减少|增加|特点|"
                    r"向好|走高|走低|较快|领域|方面|行业|产业|市场|消费|投资|出口|收入")
_RESULT = re.compile(r"成效|效果|累计|共计|达到|达|增长|提高|提升|下降|减少|缩短|节约|节省|带动|惠及|实现|"
                     r"挽回|化解|办结|同比|增收|增加|新增|覆盖|受益|目前|已|由.{1,12}[增降减提缩]")
_PROBLEM_WORDS = re.compile(r"问题|原因|短板|不足|困难|薄弱|隐患|瓶颈|制约|难点|堵点|症结|亟待|亟需|矛盾|风险|"
                            r"不到位|不健全|不完善|滞后|缺乏|缺少|缺口")
_SUGGEST = re.compile(r"建议|对策|意见建议|措施建议|应当|应该|有必要|亟需|宜")
_SECTION = re.compile(r"(?:^|\n)[^\n]{0,8}(基本情况|主要问题|存在的?问题|问题及原因|原因分析|原因|对策建议|"
                      r"意见建议|几点建议|建议|对策|下一步打算|下步打算|主要做法|主要成效|工作成效|做法|成效)"
                      r"[^\n]{0,4}(?:\n|：|:)")
# _SECTION after the text's first character, where only its line-break branch can match: a pattern
# that starts with the line break lets the regex engine jump from one to the next (see _sections).
assert _SECTION.pattern.startswith(r"(?:^|\n)")
_SECTION_AFTER_START = re.compile(r"\n" + _SECTION.pattern[len(r"(?:^|\n)"):])
_SURVEY = re.compile(r"调研|调查|问卷|抽样|走访.{0,10}发现|座谈.{0,10}发现|调研发现|检查发现|发现")
# \d{1,2}[-—~至到]\d{1,2}月|[1-4一二三四]季度|前[两三]季度|上半年|下半年|全年|年度|截至|今年以来|\d{4}年|\d+月份?
_PERIOD = re.compile(r"[\d一二三四前上下全年截今](?:(?<=\d)\d?[-—~至到]\d{1,2}月|(?<=[1-4一二三四])季度|"
                     r"(?<=前)[两三]季度|(?<=[上下])半年|(?<=全)年|(?<=年)度|(?<=截)至|(?<=今)年以来|"
                     r"(?<=\d)\d{3}年|(?<=\d)(?<!\d\d)\d*月份?)")   # …月 from a run's first digit only: linear
_COMPARE = re.compile(r"同比|环比|百分点|比上年|较上年|比去年|较去年|上年同期|增速|占比|比重|占全")
_FROM_VIEW = re.compile(r"从[^，。\n]{1,8}看")
# \d[\d.,，]*\s*(亿元|…): a match ends its number where the run of digits and separators ends (no
# unit starts with either), so a digit right after a digit fails wherever the one before it failed
# and is not tried again (the lookbehind): the same matches without the quadratic retries. Written
# as the module's other patterns, its first character read up front — (?<![\d.,，])[.,，]*\d[\d.,，]*
# is [.,，\d] not after one of them, then (after a separator) more separators and a digit — so that
# the regex engine skips to the next digit or separator instead of trying every character.
_UNITS = re.compile(r"[.,，\d](?<![\d.,，][.,，\d])(?:(?<=\d)|[.,，]*\d)[\d.,，]*\s*(亿元|万元|千元|元|%|％|个百分点|万人次|人次|万人|人|万户|户|家|个|件|宗|起|"
                    r"吨|万吨|辆|公里|千米|米|亩|万亩|公顷|平方米|万平方米|项|批次|次|所|座|套|台|条|场|天|小时|分钟|"
                    r"倍|万千瓦时|千瓦时|立方米|万立方米|元/)")
# \d+(?:\.\d+)?%?|[一二三四五六七八九十百千万两]+(?:个|家|户|人|项|次|名|所)
_FIGURE = re.compile(r"[\d一二三四五六七八九十百千万两](?:(?<=\d)\d*(?:\.\d+)?%?|"
                     r"(?<=[一二三四五六七八九十百千万两])[一二三四五六七八九十百千万两]*(?:个|家|户|人|项|次|名|所))")
_MEETING = re.compile(r"召开|会议|会上|强调|出席|主持|讲话|指出|要求|部署|座谈|听取|传达|动员|研究|审议|表决|"
                      r"汇报|参加|致辞|发言|作报告|视察|调研|督导|走访|慰问")
_MEETING_LEAD = re.compile(r"召开|举行|举办|会议|座谈会|推进会|动员会|调度会|现场会|专题会|常务会")
_DATE_LEAD = re.compile(r"^(近日|日前|\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月\d{1,2}日|\d{1,2}日|当天|今天|昨天|本周)")
_PRACTICE = re.compile(r"做法|经验|模式|机制|探索|创新|推行|试点|推广|复制|可借鉴|典型|示范|破解|打通|"
                       r"为此|针对|聚焦|着力|通过|以来")
_EVENT = re.compile(r"开展|启动|举办|举行|活动|检查|专项|行动|此次|本次|现场|签约|开工|投用|揭牌|授牌|发布|上线")
# \d{1,2}月(?:\d{1,2}日)?(?:上旬|中旬|下旬)?(?:至|到|—|-|~)(?:\d{1,2}月)?\d{1,2}日|\d{1,2}月(?:上旬|中旬|下旬|初|底|中)?(?:至|到)\d{1,2}月
_DATE_RANGE = re.compile(r"\d(?:\d?月(?:\d{1,2}日)?(?:上旬|中旬|下旬)?(?:至|到|—|-|~)(?:\d{1,2}月)?\d{1,2}日|"
                         r"\d?月(?:上旬|中旬|下旬|初|底|中)?(?:至|到)\d{1,2}月)")
_COMPLETE = re.compile(r"结束|完成|全部|累计|截至|期间|以来|共[计有]?|合计|总计|圆满|收官|全年|年底|月底")
_WHY_PRACTICE = re.compile(r"针对|为此|为破解|为解决|为有效|着力破解|难题|痛点|堵点|过去|以往|原来|此前")
_SPREAD = re.compile(r"推广|复制|借鉴|全覆盖|铺开|扩面|示范")
_PERIOD_LEAD = re.compile(r"^(?:\d{4}年(?:[，,]|以来|全年|上半年|前)|今年以来|去年以来|今年[，,]|去年[，,]|上半年|下半年|"
                          r"前[两三]季度|[一二三四]季度|\d{1,2}[-—~至]\d{1,2}月|全年|截至|入[汛冬春夏秋]以来|去冬今春)")
_TITLE_SUMMARY = re.compile(r"综述|总结|盘点|回眸|回顾|综合|概况|运行情况|总体|全年|年度")
_TITLE_PROBLEM = re.compile(r"调研|问题|建议|思考|对策|原因|短板|难题|亟待|亟需|隐患|风险|不足|困境|堵点|症结|破解")
_TITLE_EVENT = re.compile(r"召开|会议|举办|举行|开展|启动|检查|走访|调研组|座谈|签约|开工|授牌|揭牌|部署|发布|出席|主持")
_TITLE_PRACTICE = re.compile(r"推行|探索|模式|机制|做法|经验|创新|打造|“|破解|实现|推动|助力|赋能|让|把|变")
_TITLE_PERIOD = re.compile(r"\d{1,2}[-—~至到]\d{1,2}月|季度|上半年|全年|前\S{1,2}月|\d{4}年|同比|增长|下降|%")
_CLAUSE_END = re.compile(r"[。；！？\n]")
_SENTENCE_END = re.compile(r"[。！？\n]")
_DIGIT = re.compile(r"\d")

NAMES = ("enum_count", "enum_measure", "enum_shortfall", "enum_trend", "results_after_enum", "result_rate",
         "problem_rate", "suggest_rate", "sections_problem", "sections_practice", "survey",
         "period_count", "compare_rate", "from_view", "indicator_kinds", "figure_rate", "percent_rate",
         "meeting_rate", "meeting_lead", "date_lead", "practice_rate", "event_rate", "length_log",
         "paragraphs", "enum_verb_first", "enum_noun_first", "enum_state_end", "date_range", "complete_rate", "why_practice", "spread", "title_complete", "period_lead", "title_summary", "title_problem", "title_event", "title_practice", "title_period", "title_figure")


def _rate(n: int, chars: int) -> float:
    return n * 100.0 / max(chars, 80)


def _sections(body: str) -> list[str]:
    """The section names of ``[m.group(1) for m in _SECTION.finditer(body)]``: one match tried at
    the start (where ``^`` can match), the others found after line breaks."""
    first = _SECTION.match(body)
    rest = _SECTION_AFTER_START.finditer(body, first.end() if first else 0)
    return ([first.group(1)] if first else []) + [m.group(1) for m in rest]


def structure_features(title: str, body: str) -> list[float]:
    """The features in :data:`NAMES` order."""
    text = title + "\n" + body
    chars = len(body)
    enums = list(_ENUM_AT.finditer(body))
    measure = sum(1 for m in enums if _MEASURE_VERB.search(m.group(1)))
    shortfall = sum(1 for m in enums if _SHORTFALL.search(m.group(1)))
    trend = sum(1 for m in enums if _TREND.search(m.group(1)))
    # Results after the measures: result words in sentences that carry a figure, from the first marker on.
    after = body[enums[0].start():] if enums else ""
    results_after = sum(1 for s in _CLAUSE_END.split(after) if _DIGIT.search(s) and _RESULT.search(s))
    lead = body.lstrip()[:60]
    first_sentence = _SENTENCE_END.split(body.lstrip(), maxsplit=1)[0]
    sections = _sections(body)
    problem_sections = sum(1 for s in sections if s in ("主要问题", "存在问题", "存在的问题", "问题及原因", "原因分析",
                                                         "原因", "对策建议", "意见建议", "几点建议", "建议", "对策"))
    practice_sections = sum(1 for s in sections if s in ("主要做法", "主要成效", "工作成效", "做法", "成效"))
    figures = _FIGURE.findall(body)
    verb_first = noun_first = state_end = 0
    if enums:
        import rjieba

        for m in enums[:8]:
            heading = _HEADING_END.split(m.group(1), maxsplit=1)[0]
            tags = rjieba.tag(heading) if heading else []
            if tags:
                first, last = tags[0][1], tags[-1][1]
                verb_first += first in _VERB_FIRST
                noun_first += first in _NOUN_FIRST
                state_end += last in ("a", "ad", "an") or (last == "v" and first in _NOUN_FIRST and len(tags) > 1)
    return [
        math.log1p(len(_ENUM.findall(body))),
        math.log1p(measure),
        math.log1p(shortfall),
        math.log1p(trend),
        math.log1p(results_after),
        _rate(len(_RESULT.findall(body)), chars),
        _rate(len(_PROBLEM_WORDS.findall(text)), chars),
        _rate(len(_SUGGEST.findall(body)), chars),
        math.log1p(problem_sections),
        math.log1p(practice_sections),
        math.log1p(len(_SURVEY.findall(text))),
        math.log1p(len(_PERIOD.findall(body))),
        _rate(len(_COMPARE.findall(body)), chars),
        math.log1p(len(_FROM_VIEW.findall(body))),
        math.log1p(len({u.group(1) for u in _UNITS.finditer(body)})),
        _rate(len(figures), chars),
        _rate(sum(1 for f in figures if f.endswith("%")), chars),
        _rate(len(_MEETING.findall(body)), chars),
        1.0 if _MEETING_LEAD.search(first_sentence) else 0.0,
        1.0 if _DATE_LEAD.match(lead) else 0.0,
        _rate(len(_PRACTICE.findall(body)), chars),
        _rate(len(_EVENT.findall(body)), chars),
        math.log(max(chars, 50)),
        math.log1p(body.count("\n") + 1),
        math.log1p(verb_first),
        math.log1p(noun_first),
        math.log1p(state_end),
        math.log1p(len(_DATE_RANGE.findall(body))),
        _rate(len(_COMPLETE.findall(body)), chars),
        math.log1p(len(_WHY_PRACTICE.findall(body))),
        math.log1p(len(_SPREAD.findall(body))),
        1.0 if _COMPLETE.search(title) else 0.0,
        1.0 if _PERIOD_LEAD.match(lead) else 0.0,
        1.0 if _TITLE_SUMMARY.search(title) else 0.0,
        1.0 if _TITLE_PROBLEM.search(title) else 0.0,
        1.0 if _TITLE_EVENT.search(title) else 0.0,
        1.0 if _TITLE_PRACTICE.search(title) else 0.0,
        1.0 if _TITLE_PERIOD.search(title) else 0.0,
        1.0 if _DIGIT.search(title) else 0.0,
    ]
