"""dynamic-only: the item narrates a meeting or activity and reports nothing else."""
from __future__ import annotations

import re

from ..analysis.document import Document
from ..analysis.text import period_end
from .base import BuiltinRule, Examples, RuleContext


def sentence_roles(doc: Document) -> list[str]:
    """Each body sentence as 'activity', 'substance' (practice, result, problem, insight) or 'neutral'.

    A sentence with an activity cue is activity even if it also names a measure: "会议要求建立台账"
    asks for a practice, it does not report one. Figures outside activity sentences are results.
    """
    return list(_roles(doc))


def _roles(doc: Document):
    """:func:`sentence_roles` one sentence at a time (a caller may stop early)."""
    lex = doc.lexicons
    roles = []
    people = None   # the names of people, read only when a sentence has a result cue
    gathering = None   # whether the body narrates a meeting or other gathering, read only for a sentence of results
    decided_until = -1   # the end of the 。-period of a meeting's decided practice: its ；-parts are the practice too
    for sentence in doc.sentences:
        text = sentence.text
        in_sentence = doc.spans_in(doc.figures, sentence.start, sentence.end)
        figures = [f for f in in_sentence
                   if not _ATTENDANCE.match(doc.body, f.end) and not _BASELINE.search(doc.body, max(sentence.start, f.start - 12), f.start)
                   and not _PLANNED.search(doc.body, max(sentence.start, f.start - 20), f.start)]
        has_figure = bool(figures)
        topics = [(m.start(), m.end()) for m in _TOPICS.finditer(text)]
        cues = [m for m in lex.result.finditer(text) if not _NOT_REACHED.search(text, max(0, m.start() - 1), m.end())
                and not any(a <= m.start() < b for a, b in topics)]   # (对…救助等政策进行了解读: a lecture's topic)
        untopical = _TOPICS.sub("", text) if topics else text
        if cues and people is None:
            people = [n for n in doc.named if n.kind in ("person", "organisation", "place")]
        # (达 of 蒋伟达, a person's name, or of 恒达机械制造有限公司, is no result's 达)
        has_result = any(not any(p.start <= sentence.start + m.start() < p.end for p in people) for m in cues)
        if lex.activity.pattern and any(not _SPARED.search(text, max(0, m.start() - 8), m.start())
                                        # (在镇渔业工作例会上通报: where a mechanism reports, no meeting narrated)
                                        and not (m.group().startswith("会") and text[m.start() - 1:m.start()] == "例")
                                        for m in lex.activity.pattern.finditer(text)):
            # An activity sentence that also reports a measured result ("会上通报，整改隐患301处") or
            # what a meeting found ("座谈发现…回访的仅有三成") is substance; attendance counts and counts
            # of the work done (开展宣讲26场，发放宣传册6000份) are not results, and what a requirement
            # asks for (要求…汛期实行24小时值班，发现险情第一时间上报) is not reported.
            finding = _FINDING.search(text) is not None or _SOLD.search(text) is not None or _YIELDED.search(text) is not None
            measured = bool(doc.spans_in(doc.outcome_figures, sentence.start, sentence.end)) and has_figure
            required = _REQUIRED.search(text) is not None
            # (会议确定，…每个项目由一名县级领导牵头…每月…: a practice decided, with who and how often, in
            # this sentence or the rest of its 。-period: 会议确定了…工作办法：…；每名…每月在村工作不少于2天)
            period = period_end(doc.body, sentence.start)
            decided = ((_DECIDED.search(text) is not None and _ARRANGED.search(doc.body, sentence.start, period) is not None)
                       or _NEW_PRACTICE.search(text) is not None)
            if decided:
                decided_until = period
            roles.append("substance" if not required and (decided or sentence.start < decided_until
                                                          or (measured and (has_result or finding))) else "activity")
        elif roles and roles[-1] == "activity" and _CONTINUES_REQUIREMENT.match(text) and not _DECIDED.match(text):
            roles.append("activity")
        elif not has_figure and not has_result and any(_ATTENDANCE.match(doc.body, f.end) for f in in_sentence):
            roles.append("activity")   # …居民代表约120人参加活动: who attended
        elif not has_figure and not has_result and _BACKGROUND.search(text) and not (
                lex.practice.pattern and lex.practice.pattern.search(untopical)):
            roles.append("neutral")   # 春耕时节是…问题易发期: why the work matters, no problem found
        elif has_figure or _YIELDED.search(text) or any(s.pattern and s.pattern.search(untopical) for s in (lex.practice, lex.insight)) or (
                lex.problem.pattern and lex.problem.pattern.search(_NEEDY.sub("", untopical))):
            roles.append("substance")
        elif lex.result.pattern and lex.result.pattern.search(text):
            # after a meeting's narration (出席…讲话), a claim of results with nothing behind it
            # (业务能力和服务水平显著提升) is no result; after field work (发放宣传资料2000余份) writers
            # call the item an activity carried out, not 流水账
            if gathering is None:
                gathering = bool((lex.meeting_body.pattern and lex.meeting_body.pattern.search(doc.body))
                                 or _GATHERING.search(doc.body))
            claimed = ([(m.start(), m.end()) for m in lex.claims.finditer(text)]
                       if gathering and lex.claims.pattern else [])
            # (此次竞赛…进一步提升了…能力，取得了良好效果: the event's claimed effect, one claim throughout)
            # (通过培训，进一步提升了…业务能力: the event's effect, claimed or not in the claims list)
            # (培训结束时…向参训人员发放了学习资料: what every attendee took home, no result)
            reported = (not (gathering and _EVENT_EFFECT.match(text))
                        and any(not any(a <= m.start() < b for a, b in claimed)
                                and not (gathering and _HANDOUT.match(text, m.start()))
                                for m in lex.result.finditer(text)))
            roles.append("substance" if reported else "neutral")
        else:
            roles.append("neutral")
        yield roles[-1]


# The season or stakes an item opens with (春耕时节是农资购销旺季，也是假劣种子坑农害农问题易发期; 种子质量直接
# 关系粮食生产安全和农民切身利益): the setting, not a problem the work found
_BACKGROUND = re.compile(r"(?:易发期|高发期|多发期|关键期|旺季)[，。；]?$|关系(?:到)?[^，。；]{0,24}(?:切身利益|生命财产安全|大局)(?!的)")
# A sentence that sums up the event's own effect (通过此次培训…, 此次推介会反响热烈…)
# (整个活动气氛热烈、秩序井然，在完成各项议程后圆满结束: how the event went, not what it achieved)
_EVENT_EFFECT = re.compile(r"^(?:通过)?(?:此次|本次|这次)|^通过(?:培训|学习|活动|竞赛|会议)[，,]"
                           r"|^(?:整个)?(?:活动|会议|仪式|开幕式|开班式|启动仪式)(?:现场)?[^，。；]{0,4}(?:气氛|秩序)")
# Papers handed to those who came (发放了学习资料, 发放培训教材)
_HANDOUT = re.compile(r"发放了?[^，。；\d]{0,6}?(?:资料|材料|手册|教材|读本|书籍)")
# Gatherings besides meetings, whose narration a claimed effect does not turn into a result
_GATHERING = re.compile(r"培训班|开班|竞赛|推介会|授课|致辞|开幕|仪式")
# A meeting's decision that sets up a practice: who does it and how often (会议确定…每个项目由一名县级领导牵头…
# 每月至少到项目现场一次; 审议通过《…办法》，明确由市综治中心每月汇总…)
_DECIDED = re.compile(r"会议(?:确定|决定|审议通过|研究确定)|审议通过《|(?<!要)明确由|协议明确")   # (协议明确了三项具体安排：…)
# A practice the activity tried for the first time (今年的宣传活动首次在咨询点推行…即时登记、当日转交的做法)
# …or settled and spelled out after a colon (现场敲定了农资赊销“一户一卡”做法：对…)
_NEW_PRACTICE = re.compile(r"首次[^，。；]{0,12}?(?:推行|试行|实行|采用|引入)[^，。；]{2,30}?的(?:做法|办法|机制|模式)"
                           r"|(?:敲定|确定|推出|出台|形成)了?[^，。；：]{2,30}?(?:做法|办法|机制|模式)：")
_ARRANGED = re.compile(r"每(?:周|月|季度|半年|年)|(?:由|是)[^，。；]{1,12}(?:牵头|负责|汇总|统筹)")
# What a lecture or training was about (围绕…服务风险防范等内容进行授课): its topics, not a problem found
# (…分别围绕…评标常见问题…作专题授课; 对…救助等政策进行了解读: what a lecture explained)
_TOPICS = re.compile(r"围绕[^，。；]{2,40}?(?:等|的)(?:内容|方面|主题|专题)"
                     r"|(?:围绕|对|就)[^。；]{2,50}?(?:作|进行了?)(?:专题)?(?:授课|讲解|解读|辅导|讲座)")
# 困难 of the needy (困难退役军人, 困难群众): whom a visit was for, not a problem found
_NEEDY = re.compile(r"困难(?=群众|家庭|户|职工|老人|退役军人|学生|党员|人员|群体|儿童|对象|老党员|妇女)")
# 达 of 传达, 表达, 下达 (传达了…精神) is no result's 达 (总数达1200人)
_NOT_REACHED = re.compile("[传表下到送发通抵转]达")
# A count of who attended or spoke: 12名委员参加, 200余人出席, 210人参训, 4条河流的县级河长作了表态发言, 6个市州作了汇报.
_ATTENDANCE = re.compile(r"[^，。；]{0,8}?(?:参加|参会|出席|与会|列席|到会|参训)"
                         r"|[^，。；]{0,45}?(?:参加|参会|出席|列席|参训)了?(?:会议|培训|活动|仪式|座谈会?)?(?=[，。；]|$)|[^，。；]{0,14}?作(?:了)?(?:表态|交流)?(?:发言|汇报)"
                         r"|(?:乡镇|乡|镇|村|县|区|市|州|部门|单位|街道)(?:分别)?(?<!作)汇报了"   # 两个乡汇报了门牌安装进度: who reported
                         r"|[项个]?(?:议题|议程)")   # 研究…等4项议题: the agenda, not a result
# A count of what is there (该镇共有在校生620名), the setting of a visit (一行共9人; 三个项目总投资12.6亿元，
# 涉及居民2340户), not a result.
# (at most 10 characters before the figure; 为期5天: how long; 组织…各村联防队员共24人: who went)
_BASELINE = re.compile(r"(?:共有|现有|拥有)[^，。；\d]{0,8}$|为期$|一行共?$|(?:总投资|涉及)[^，。；\d]{0,4}$"
                       r"|(?:队员|人员|干部|志愿者|党员|民兵)共$")
# A plan's figure (今年计划收购烟叶1.8万担): no result
# (黄茅岭乡计划11月底前完成剩余的870块: the date it is due by may stand between)
_PLANNED = re.compile(r"(?:计划|预计|拟|目标|力争)(?:于|在)?(?:\d{1,2}月(?:\d{1,2}日)?(?:底|中旬|下旬)?前?)?[^，。；\d]{0,8}$")
# What a meeting or visit found out, as opposed to what it asked for.
_FINDING = re.compile(r"发现|检出|查出|被指出|反映的问题|存在|仅占|仅有|不足|短板")   # (检查中…被指出…等问题，共计8项)
# What an activity sold or signed, with the figure in the same clause (当天销售农产品1.2万单、28万元;
# 现场签约项目12个): its measured result. Not a plan (计划签约), not a kind of business (销售企业、
# 销售网点), not a ritual (签约…责任书).
_SOLD = re.compile(r"(?<!计划)(?<![拟将要])(?:销售|售出|卖出|成交|签约)(?!企业|网点|商户|门店|人员|主体)"
                   r"(?![^，。；]{0,6}责任书)[^，。；]{0,16}?\d")

# What an event yielded on the spot (现场献血138人次, 技师当场帮他修好, 能当场解决的当场解决): done, not narrated.
# (现场办理业务, 当场受理: where people came to do business, not what the event did)
_YIELDED = re.compile(r"(?:现场|当场)[^，。；]{0,6}?(?:献血|签约|捐款|捐赠|认捐|修好|修复|解决|办结|化解|解答|核实)")   # 当场核实标石完好

# What a requirement demands: 要 (not 主要, 重要, 需要, 只要, 要求), 务必, 必须.
_MUST = r"(?<![主重需只])要(?!求)|务必|必须"
# A requirement (黄丽萍要求，各网格要落实…；会议强调，务必…): what it asks for is not done yet.
_REQUIRED = re.compile(rf"(?:要求|强调|指出)[，,：:][^。；]*?(?:{_MUST})")

# After "会议要求，要……；" the next clause ("要……", "县纪委监委要……", a list of bodies, then 要) is still the
# meeting's requirement.
# (…评价结果将作为绩效考核依据: what the meeting said will be, no more done than what it required)
# (周明远充分肯定了石坊区…的做法: the visitor's praise, after the visit's narration, is more narration;
# 会后，区住建局将汇总企业意见建议: what is still to be done after the meeting)
# what people are spared (不必再到库点询问), or a meeting as a point in time (截至会议当天): no activity carried out
# (按照“港长制”要求: a rule's terms)
_SPARED = re.compile(r"(?:不必|不用|无需|无须|不再|免去)再?[^，。；]{0,6}$|按照“[^”]{1,8}”$|截[至止]$")
_CONTINUES_REQUIREMENT = re.compile(rf"^(?:同时[，,]|会后[，,]|会议结束后[，,])?(?:确保|(?:他|她)?(?:还)?(?:希望|勉励|寄语|号召)|[^，。；\d]{{2,4}}?(?:充分|高度)?肯定了[^，。；\d]{{0,30}}(?:做法|成效|成绩|工作)。?$|[^，。；]{{0,16}}?(?:{_MUST})|[^，。；\d]{{0,16}}?(?<![即必])将(?![近军士领])"
                                    rf"|对[^。；]{{2,24}}?[，,](?:{_MUST}))")   # 各职业院校和培训机构要…; 对…问题，要第一时间报告


class DynamicOnly(BuiltinRule):
    id = "dynamic-only"
    description = "只记述会议、活动（谁开会、谁讲话、谁出席、提了什么要求），没有做法、结果、问题或启示（流水账）"
    default_options = {"min_activity_share": 0.4, "max_substance": 0, "other_type_confidence": 0.5}
    examples = Examples(
        flags=("青川县召开安全生产工作会议",
               "10月15日，青川县召开安全生产工作会议。县长张某出席会议并讲话。会议传达学习了上级文件精神。"
               "会议强调，要提高政治站位。会议要求，各乡镇各部门要压实责任。"),
        passes=("青川县安全生产会议部署整改326处隐患",
                "10月15日，青川县召开安全生产工作会议。会上通报，三季度全县排查企业158家，发现隐患326处，已整改301处。"
                "临溪镇推行“企业自查＋网格巡查”，隐患整改周期由15天缩短至6天。"),
    )

    def check(self, doc: Document, ctx: RuleContext):
        # 流水账 is a fault of dynamic items only; an item read confidently as another type is not one.
        if ctx.type.label != "dynamic" and ctx.type.confidence >= ctx.options["other_type_confidence"]:
            return
        roles, substance = [], 0
        for role in _roles(doc):
            roles.append(role)
            if role == "substance":
                substance += 1
                if substance > ctx.options["max_substance"]:
                    return  # reports something: not 流水账, whatever the other sentences are
        if not roles:
            return
        activity = roles.count("activity")
        if activity == 0 or substance > ctx.options["max_substance"]:
            return
        if activity / len(roles) < ctx.options["min_activity_share"]:
            return
        first = doc.sentences[roles.index("activity")]
        yield ctx.finding(doc, "body", first.start, doc.sentences[-1].end,
                          f"全文 {len(roles)} 句中 {activity} 句在记述会议活动，没有一句讲做法、结果、问题或启示，是流水账。",
                          "写会议带来的实际变化：出台了什么措施、解决了什么问题、数据有何变化；或把它改写成简讯。")
