"""Evidence rules: figures, concrete cases, and claims that need them."""
from __future__ import annotations

import re

from ..analysis.document import Document
from ..analysis.text import period_end
from .base import BuiltinRule, Examples, RuleContext


class _MissingEvidence(BuiltinRule):
    """Flags a body (of at least ``min_chars``) in which :meth:`evidence` finds nothing."""

    default_options = {"min_chars": 20}
    message = ""
    suggestion = ""

    def evidence(self, doc: Document) -> list:
        raise NotImplementedError

    def check(self, doc: Document, ctx: RuleContext):
        if doc.body_chars < ctx.options["min_chars"] or self.evidence(doc):
            return
        first = doc.paragraphs[0] if doc.paragraphs else None
        start, end = (first.start, first.end) if first else (0, len(doc.body))
        yield ctx.finding(doc, "body", start, end, self.message, self.suggestion)


class NoFigures(_MissingEvidence):
    id = "no-figures"
    description = "正文没有任何数据（一是、第一、进一步、一系列等不算数据）"
    message = "正文没有一个数据，内容显得空洞。"
    suggestion = "补充有口径的数据：范围、时段、比较基数，如“1-10月全县受理投诉236件，同比下降18%”。"
    examples = Examples(
        flags=("青川县推进餐饮油烟治理", "青川县市场监管局一是加强巡查，二是进一步完善一系列制度，推动餐饮油烟治理取得实效。"),
        passes=("青川县推进餐饮油烟治理", "青川县市场监管局加强巡查，今年已检查餐饮单位320家，整改油烟问题46处。"),
    )

    def evidence(self, doc: Document) -> list:
        return doc.figures


class NoExamples(_MissingEvidence):
    id = "no-examples"
    description = "正文没有具体事例：没有点到地点、企业、项目、人物或具体案例"
    message = "正文没有点到任何具体的地点、企业、项目、人物或案例。"
    suggestion = "举一个有名有姓的例子：哪个村、哪家企业、哪个项目，做了什么、结果如何。"
    examples = Examples(
        flags=("全市推进农村人居环境整治", "全市各地积极推进农村人居环境整治，累计清理垃圾3.2万吨，改造户厕5600座。"),
        passes=("桃源村改造户厕560座", "青川县临溪镇桃源村推行“户分类、村收集”，累计清理垃圾320吨，改造户厕560座。"),
    )

    def evidence(self, doc: Document) -> list:
        return doc.proper_names


_OUTCOME = re.compile(r"同比|环比|增长\d|下降\d|提高\d|降低\d|减少\d|\d+(?:\.\d+)?%|(?:降|减|升|增|提高|提升|减少|增加|下降|压缩|缩短|压减|缩减)(?:至|到)\d")
# A claim its clause frames as a goal or a requirement (会议强调…确保各项工作取得明显成效) claims nothing.
# (不断提升群众的获得感、幸福感: an aim kept up; 进一步增强了…荣誉感 says it happened)
_GOAL = re.compile(r"(?:确保|力争|争取|努力|以期|旨在|力求|务求|务必|必须|一定要|才能|推动|促进|关系到|关系|关乎|事关"
                   r"|(?:不断|持续|进一步)(?:提升|增强|提高|增进)(?!了))[^，。；：！？]*$"
                   r"|(?:^|[，；：])为了?$")   # 为有效遏制美国白蛾扩散蔓延，…: a purpose (not 为企业大幅减少了…)
# After a lead claim, a turn to shortcomings (但对照先进地区，仍存在一些短板): the figures that follow
# describe the problems, not the results the lead claims.
_TURN = re.compile(r"(?:但|但是|然而|不过|同时也要看到|但也要看到|与此同时)")
# A claim about satisfaction needs a satisfaction figure (满意度96%) or a named case beside it, not
# any figure (受理诉求62.4万件).
_SATISFACTION_FIGURE = re.compile(r"满意[度率的][^。；]{0,12}(?:\d|[一二三四五六七八九]成)|(?<![\d.])\d+(?:\.\d+)?%[^。；]{0,6}满意"
                                  # a share of the people called back or surveyed who say how they found it
                                  # (对300户房主电话回访，表示“看得懂…”的有281户，占93.7%)
                                  # (not 群众反映最突出的问题是…，占41.2%: a complaint's share)
                                  r"|(?:回访|问卷|调查)[^。]{0,60}?(?:表示|认为)[^。不]{0,40}?占\d+(?:\.\d+)?%")


def _turns_to_problems(doc: Document, sentence) -> bool:
    """A next sentence that turns to shortcomings (但近期巡查发现…反弹; 调研发现…问题较为突出): its
    figures and places describe the problem, not the result claimed before it."""
    if _TURN.match(doc.body, sentence.start) is not None:
        return True
    found = sentence.text.find("发现")
    problems = doc.lexicons.problem
    return (found >= 0 and problems.pattern is not None and problems.pattern.search(sentence.text, found) is not None
            and _FELL.search(doc.body, sentence.start, period_end(doc.body, sentence.start)) is None)
    # (抽查发现…；承诺不实的企业由19家降至6家: the problem receding)


# What has not happened since, told right after the claim in its sentence (效果明显，今年全县飞防作业未发生
# 因药剂质量引起的纠纷; 市场秩序明显好转：自5月至今没有接到一起涉秤投诉): a concrete outcome that backs it
_NONE_SINCE = re.compile(r"未发生|没有发生|未接到|没有接到|未出现|没有出现")
_FELL = re.compile(r"由[^，。；]{0,20}?(?:降至|降到|减至|减少到|下降到)|(?:下降|减少)了?\d")


def framed_as_goal(sentence: str, claim: "re.Match") -> bool:
    """Whether the claim's clause frames it as a goal or requirement (looked back on at most 60
    characters): 确保各项工作取得明显成效 claims nothing; nor does a claim that only qualifies a noun
    (“以租代管”成效明显的前提是…) or one given as a problem's cause (原因，一是…比例大幅提高)."""
    return (_GOAL.search(sentence, max(0, claim.start() - 60), claim.start()) is not None
            or _PLAN_OR_PROPOSAL.match(sentence) is not None
            or _QUALIFIES.match(sentence, claim.end()) is not None
            or _CAUSE.search(sentence, max(0, claim.start() - 40), claim.start()) is not None)


# A sentence of the next steps or of proposals (下一步…对取得明显成效的项目及时总结推广; 建议把…用电量大幅下降等指标
# 定期推送): what it names is planned or proposed, not a result claimed
_PLAN_OR_PROPOSAL = re.compile(r"\s*(?:下一步|下阶段|今后|建议)")
# A next sentence of what is still to be done (下半年，县文广旅体局将加快剩余5个项目建设): its figures are plans,
# not the result claimed before it
_PLANNED_NEXT = re.compile(r"\s*(?:下一步|下阶段|下步|今后|下半年(?!以来)|明年|接下来)[^。；！？]{0,12}?(?:将|计划|拟|(?<![主需重只])要(?!求))")


# A problem that grew (害虫抗性明显增强, 汛期风险明显增加) is a finding, not a success claimed.
_PROBLEM_GREW = re.compile(r"(?:抗性|抗药性|风险|隐患|压力|难度|矛盾|负担|依赖性?|病害|虫害|难题)(?:也|还|均|已经?|进一步|逐年|日益|不断)?$")
_QUALIFIES = re.compile(r"的(?:前提|关键|原因|基础|经验|做法|条件|保障)")
# A claim given as the cause of a problem (造成这一情况的原因，一是…机收比例大幅提高) is no result claimed
_CAUSE = re.compile(r"原因(?:是|在于|主要是|有[两二三四]|：|，)[^。；！？]*$")   # (not 由于措施得力，满意度大幅提升: a result)


def claims_a_result(doc: Document) -> bool:
    """Whether the body itself claims a result (取得明显成效, 大幅提升), not as a goal."""
    claims = doc.lexicons.claims
    if claims.pattern is None or claims.pattern.search(doc.body) is None:
        return False
    for sentence in doc.sentences:
        local = doc.body[sentence.start:sentence.end]
        if any(not framed_as_goal(local, m) for m in claims.finditer(local)):
            return True
    return False


# A sentence that sums up what the one before reported (县商务局总结认为…成效明显 after the figures): its
# overall claim of effect is the figures' summary; a further claim in it (干部作风明显转变) still needs its own
_OVERALL = re.compile("成效|效果")
_SUMS_UP = re.compile(r"^[^，。；]{0,10}(?:总结认为|总的来看|总体来看|从效果看|实践证明|事实证明|由此可见|可以看出)")


def _outcome_sentences(doc: Document, sentences: list) -> int:
    """How many sentences report outcome figures (新认定高新技术企业9家, 成交额5870万元), not counts of the
    work done (举办活动58场): an overview claim in the lead that three of them follow is backed."""
    outcomes = doc.outcome_figures
    return sum(1 for s in sentences if doc.spans_in(outcomes, s.start, s.end))


def _closes_measured_paragraph(doc: Document, sentences: list, i: int) -> bool:
    """A claim sentence that closes its paragraph right after a sentence of measured outcomes (满意率…比去年
    同期的91.2%提高6.3个百分点。群众满意度明显提升。): the paragraph's summing-up of those figures."""
    body = doc.body
    end = sentences[i].end
    closes = end >= len(body) or body[end:end + 1] == "\n" or (i + 1 < len(sentences) and "\n" in body[end:sentences[i + 1].start])
    previous = body[sentences[i - 1].start:sentences[i - 1].end]
    return closes and "\n" not in body[sentences[i - 1].end:sentences[i].start] and _OUTCOME.search(previous) is not None


def _closes_backed_paragraph(doc: Document, sentences: list, evidence: list, i: int) -> bool:
    """An overall claim (各项工作取得了明显成效, 这种方式成效明显) in the last sentence of a paragraph whose
    sentences before it give outcomes or cases in two or more places: the paragraph's summing-up."""
    body, sentence = doc.body, sentences[i]
    start = body.rfind("\n", 0, sentence.start) + 1
    end = body.find("\n", sentence.end)
    if body[sentence.end:end if end >= 0 else len(body)].strip():
        return False   # not the paragraph's last sentence
    return sum(1 for j in range(i) if sentences[j].start >= start and evidence[j]) >= 2


def _sums_up_the_figures(doc: Document, previous, local: str, claim: "re.Match") -> bool:
    """Whether a claim is the overall effect (取得了明显成效) or of what the sentence before measured
    (群众满意度明显提升 after 满意率…97.5%), not of something else (干部作风明显转变)."""
    if _OVERALL.search(claim.group()):
        return True
    subject = local[max(local.rfind("，", 0, claim.start()), local.rfind(",", 0, claim.start())) + 1:claim.start()]
    begin = max(doc.body.rfind("。", 0, previous.start), doc.body.rfind("\n", 0, previous.start)) + 1
    measured = doc.body[begin:previous.end]   # the whole 。-sentence (…满意率为97.5%…；投诉由46件降至9件。)
    return any(subject[k:k + 2] in measured for k in range(len(subject) - 1))


class EmptyClaim(BuiltinRule):
    id = "empty-claim"
    description = "宣称取得成效（取得明显成效、大幅提升等），本句和下一句却没有数据或事实支撑"
    examples = Examples(
        flags=("青川县推进“放管服”改革", "青川县持续推进“放管服”改革，营商环境明显改善，取得明显成效。下一步将继续深化改革。"),
        passes=("青川县推进“放管服”改革", "青川县推进“放管服”改革，取得明显成效。企业开办时间由5天压缩至1天，1-10月新增市场主体3200户。"),
    )

    def check(self, doc: Document, ctx: RuleContext):
        claims = doc.lexicons.claims
        if claims.pattern is None:
            return
        satisfaction_figure = None   # looked up once, only for a satisfaction claim
        # A title's 群众满意度大幅提升 needs a satisfaction figure somewhere in the body (a count of
        # sign-ups or visits measures the work, not the satisfaction).
        for m in claims.finditer(doc.title):
            window = doc.title[max(0, m.start() - 6):m.end()]
            if "满意" not in window or "不满意" in window or framed_as_goal(doc.title, m):
                continue
            if satisfaction_figure is None:
                satisfaction_figure = _SATISFACTION_FIGURE.search(doc.body) is not None
            if not satisfaction_figure:
                yield ctx.finding(doc, "title", m.start(), m.end(), f"标题称「{m.group()}」，正文却没有满意度的数据。",
                                  "给出满意度调查的结果（范围、样本、比较基数），或删去标题中的这一评价。")
                break
        if claims.pattern.search(doc.body) is None:
            return  # no claim anywhere in the body: nothing to back
        sentences = doc.sentences
        evidence = doc.evidence_by_sentence
        # An overview claim in the lead (各项工作取得明显成效) is backed by the outcomes the body goes
        # on to report, not only by the next sentence (which is often a heading: 一是港口生产稳中有进).
        lead_backed = None   # looked up only for an otherwise unbacked claim in the lead
        for i, sentence in enumerate(sentences):
            local = doc.body[sentence.start:sentence.end]
            for m in claims.finditer(local):
                if framed_as_goal(local, m) or _PROBLEM_GREW.search(local, max(0, m.start() - 8), m.start()):
                    continue
                about_satisfaction = "满意" in local[max(0, m.start() - 6):m.end()]
                if about_satisfaction and satisfaction_figure is None:
                    satisfaction_figure = _SATISFACTION_FIGURE.search(doc.body) is not None   # once per body
                if (about_satisfaction and not satisfaction_figure
                        and not doc.spans_in(doc.cases, sentence.start, sentence.end)):
                    backed = False   # a named case in the sentence (白岭路社区…续聘后) is a fact that may back it
                else:
                    if i == 0 and lead_backed is None and not (evidence[0] or (len(sentences) > 1 and evidence[1])):
                        turns = len(sentences) > 1 and _TURN.match(doc.body, sentences[1].start) is not None
                        lead_backed = not turns and ((bool(_OUTCOME.search(doc.body)) and sum(evidence) >= 2)
                                                     or _outcome_sentences(doc, sentences) >= 3)
                    # (…取得了明显成效，但仓房老化问题依然突出: what follows is the problem's)
                    turned = _TURN.search(local, m.end()) is not None
                    none_since = _NONE_SINCE.search(local, m.end())   # (…成效，但…问题尚未发生根本性改变: the problem's)
                    backed = (evidence[i] or (none_since is not None and not _TURN.search(local, m.end(), none_since.start()))
                              or (i + 1 < len(sentences) and evidence[i + 1] and not turned
                                  and not _turns_to_problems(doc, sentences[i + 1])
                                  and not _PLANNED_NEXT.match(sentences[i + 1].text))
                              or (i == 0 and lead_backed)
                              or (i > 0 and _OVERALL.search(m.group()) is not None and _SUMS_UP.match(local) is not None
                                  and evidence[i - 1])
                              or (i > 0 and evidence[i - 1] and _closes_measured_paragraph(doc, sentences, i)
                                  and _sums_up_the_figures(doc, sentences[i - 1], local, m))
                              or (i > 0 and _OVERALL.search(m.group()) is not None
                                  and _closes_backed_paragraph(doc, sentences, evidence, i)))
                if not backed:
                    start = sentence.start + m.start()
                    yield ctx.finding(doc, "body", start, start + len(m.group()),
                                      f"「{m.group()}」没有数据或具体事实支撑。",
                                      "紧跟一个可核实的结果：数据（有比较基数）或点名的事例；没有就删去这句评价。")
                    break
