"""Flags English abbreviations (PPP, EPC…) used without a Chinese explanation in brackets."""
import re

from xinxi_qc.model import Severity
from xinxi_qc.rules.base import Examples

_ABBREVIATION = re.compile(r"(?<![A-Za-z])[A-Z]{2,6}(?![A-Za-z])")
_WELL_KNOWN = {"GDP", "CPI", "PPI", "APP", "AI", "5G", "PM", "ETC", "VR"}


class UnexplainedAbbreviation:
    id = "unexplained-abbreviation"
    default_severity = Severity.INFO
    description = "英文缩写首次出现时没有用括号注明中文含义"
    default_options = {"well_known": sorted(_WELL_KNOWN)}
    examples = Examples(
        flags=("青川县3个PPP项目落地", "青川县今年签约PPP项目3个，总投资12亿元。"),
        passes=("青川县3个PPP项目落地", "青川县今年签约PPP（政府和社会资本合作）项目3个，总投资12亿元。"),
    )

    def check(self, doc, ctx):
        known = set(ctx.options["well_known"])
        seen = set()
        for m in _ABBREVIATION.finditer(doc.body):
            word = m.group()
            if word in known or word in seen:
                continue
            seen.add(word)
            if doc.body[m.end():m.end() + 1] not in ("（", "("):
                yield ctx.finding(doc, "body", m.start(), m.end(), f"缩写「{word}」没有注明中文含义。",
                                  f"首次出现时写成「{word}（中文全称）」。")
