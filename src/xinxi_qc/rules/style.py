"""Style rules: stock phrases, sentence length, typography, overall length."""
from __future__ import annotations

import re

from ..analysis.document import Document
from ..model import Severity
from .base import BuiltinRule, Examples, RuleContext


class Cliche(BuiltinRule):
    id = "cliche"
    default_severity = Severity.WARNING
    description = "套话：每处提示（info）；标题和正文合计出现不同的套话达4种及以上时整条信息警告"
    default_options = {"min_distinct": 4}
    examples = Examples(
        flags=("青川县扎实推进安全生产工作",
               "在县委坚强领导下，青川县高度重视安全生产，压紧压实企业主体责任，狠抓落实，安全生产形势总体良好，取得明显成效。"),
        passes=("青川县排查整改安全隐患326处",
                "青川县高度重视安全生产，10月排查企业158家，整改隐患326处，关停无证作坊4家。"),
    )

    def check(self, doc: Document, ctx: RuleContext):
        hits = [(field, family, start, end) for field in ("title", "body")
                for family, start, end in doc.lexicons.cliche_hits(doc.text(field))]
        for field, _, start, end in hits:
            phrase = doc.text(field)[start:end]
            yield ctx.finding(doc, field, start, end, f"套话「{phrase}」。",
                              "删去，或换成具体的做法、数据和事例。", severity=Severity.INFO)
        distinct = list(dict.fromkeys(family for _, family, _, _ in hits))
        if len(distinct) < ctx.options["min_distinct"]:
            return
        body_hits = [(start, end) for field, _, start, end in hits if field == "body"]
        start, end = (body_hits[0][0], body_hits[-1][1]) if body_hits else (0, len(doc.body))
        shown = "、".join(dict.fromkeys(doc.text(f)[s:e] for f, _, s, e in hits))
        yield ctx.finding(doc, "body", start, end,
                          f"标题和正文用了 {len(distinct)} 种套话（{shown}），通篇由套话撑起，编辑会直接退回。",
                          "每句话都回答“做了什么、结果如何”：用做法、数据、事例替换套话。",
                          count=len(hits), distinct=len(distinct))


class LongSentence(BuiltinRule):
    id = "long-sentence"
    description = "句子过长（超过150字提示，超过200字警告），读者抓不住主干"
    default_options = {"max_chars": 150, "warn_chars": 200}
    examples = Examples(
        flags=("青川县推进营商环境改革",
               "青川县围绕企业开办、工程建设项目审批、不动产登记、获得电力、纳税服务、跨境贸易、政府采购、招标投标、"
               "市场监管和政务服务等重点领域和关键环节持续深化改革并不断优化流程压缩时限减少材料降低成本推动营商环境持续优化提升企业和群众的获得感和满意度"
               "并将在今后一个时期继续围绕这些领域和环节对标先进地区的经验做法查找差距补齐短板把各项改革任务落到实处"
               "同时加强督促检查和考核评估确保各项措施见到实效让企业和群众真正感受到改革带来的便利和实惠。"),
        passes=("青川县企业开办压缩至1天", "青川县推行企业开办“一件事”。开办时间由5天压缩至1天。1-10月新增企业860户。"),
    )

    def check(self, doc: Document, ctx: RuleContext):
        limit = ctx.options["max_chars"]
        for sentence in doc.sentences:
            if len(sentence.text) > limit:
                warn = len(sentence.text) > max(ctx.options["warn_chars"], limit)
                yield ctx.finding(doc, "body", sentence.start, sentence.end,
                                  f"这句 {len(sentence.text)} 字，超过 {limit} 字。",
                                  "拆成几句，每句只说一件事；并列的措施用“一是、二是”分开。",
                                  severity=None if warn else Severity.INFO)


_HALF_PUNCT = re.compile(r"(?<=[\u4e00-\u9fff])[,;:?!](?=[\u4e00-\u9fff“])|(?<=[\u4e00-\u9fff])\((?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])\)(?=[\u4e00-\u9fff，。])")
_ASCII_PUNCT = re.compile(r"[,;:?!()]")
_FULL_FOR = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_PLACEHOLDER = re.compile(r"[XＸ×]{2,}(?![\u4e00-\u9fff]{0,1}[县市区镇乡村省])|[XＸ×]+(?=[万亿千]?元|人|家|个|名|%)|〔?待补充〕?|【待补充】|（待补充）|待补充|待核实|TODO")
_PLACEHOLDER_CHAR = re.compile("[XＸ×待T]")   # every placeholder holds one: a quick test first
_PAIRS = {"“": "”", "《": "》", "（": "）", "【": "】", "「": "」"}
_PAIR_CHARS = re.compile("[“”《》（）【】「」\n]")


class Typography(BuiltinRule):
    id = "typography"
    description = "标点与占位符：中文之间用了半角标点，引号书名号括号不成对，留有XX、待补充等占位符"
    examples = Examples(
        flags=("青川县开展食品抽检", "青川县开展食品抽检,共抽检样品XX批次，合格率“98%。"),
        passes=("青川县开展食品抽检", "青川县开展食品抽检，共抽检样品320批次，合格率98%。"),
    )

    def check(self, doc: Document, ctx: RuleContext):
        for field in ("title", "body"):
            text = doc.text(field)
            has_ascii_punct = _ASCII_PUNCT.search(text) is not None
            for m in _HALF_PUNCT.finditer(text) if has_ascii_punct else ():
                yield ctx.finding(doc, field, m.start(), m.end(),
                                  f"中文之间用了半角标点「{m.group()}」。",
                                  f"改为全角「{_FULL_FOR[m.group()]}」。")
            for m in _PLACEHOLDER.finditer(text) if _PLACEHOLDER_CHAR.search(text) else ():
                yield ctx.finding(doc, field, m.start(), m.end(),
                                  f"留有占位符「{m.group()}」，信息尚未写完。",
                                  "补上真实的名称或数字，核实后再报送。", kind="placeholder")
            yield from self._unpaired(doc, ctx, field, text)

    def _unpaired(self, doc, ctx, field, text):
        closers = {v: k for k, v in _PAIRS.items()}
        stack: list[tuple[str, int]] = []
        for m in _PAIR_CHARS.finditer(text):
            i, ch = m.start(), m.group()
            if ch in _PAIRS:
                stack.append((ch, i))
            elif ch in closers:
                if stack and stack[-1][0] == closers[ch]:
                    stack.pop()
                else:
                    yield ctx.finding(doc, field, i, i + 1, f"「{ch}」没有与之配对的「{closers[ch]}」。",
                                      f"补上「{closers[ch]}」或删去多余的「{ch}」。")
            elif ch == "\n":
                for opener, pos in stack:
                    yield ctx.finding(doc, field, pos, pos + 1, f"「{opener}」没有与之配对的「{_PAIRS[opener]}」。",
                                      f"在合适位置补上「{_PAIRS[opener]}」。")
                stack = []
        for opener, pos in stack:
            yield ctx.finding(doc, field, pos, pos + 1, f"「{opener}」没有与之配对的「{_PAIRS[opener]}」。",
                              f"在合适位置补上「{_PAIRS[opener]}」。")


class Length(BuiltinRule):
    id = "length"
    description = "篇幅超过1200字（调研类信息除外）"
    default_options = {"max_chars": 1200, "exempt_types": ["problem"]}
    examples = Examples(flags=("青川县企业开办时间压缩至1天", "青川县企业开办时间压缩至1天，1-10月新增企业860户。" * 50),
                        passes=("青川县企业开办时间压缩至1天", "青川县企业开办时间压缩至1天，1-10月新增企业860户。" * 30))

    def check(self, doc: Document, ctx: RuleContext):
        limit = ctx.options["max_chars"]
        if doc.body_chars <= limit or ctx.type.label in ctx.options["exempt_types"]:
            return
        cut, seen = len(doc.body), 0
        for i, ch in enumerate(doc.body):
            if not ch.isspace():
                seen += 1
                if seen > limit:
                    cut = i
                    break
        yield ctx.finding(doc, "body", cut, len(doc.body),
                          f"正文 {doc.body_chars} 字，超过 {limit} 字（非调研类信息一般不超过1000字左右）。",
                          "一文一事，删去背景铺垫和套话；调研类材料请按调研信息报送。")
