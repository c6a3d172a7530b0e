"""sensitive: personal identifiers and classification markers must never be submitted."""
from __future__ import annotations

import re
from datetime import date

from ..analysis.document import Document
from ..model import Severity
from .base import BuiltinRule, Examples, RuleContext

_ID = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
_MOBILE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
_MARKER = re.compile(r"密级\s*[:：]?\s*(?:绝密|机密|秘密)|(绝密|机密|秘密)(?:\s*[★☆▲]|级|\s*\d+\s*年)"
                     r"|^\s*(绝密|机密|秘密)\s*$|(?<![国家商业工作个人])绝密"
                     # a bracketed line head (（内部资料 秘密）, 【机密】): the marker as offices print it
                     r"|^\s*[（(【〔\[](?:[^）)】〕\]\n]{0,8}?\s)?(绝密|机密|秘密)\s*[）)】〕\]]"
                     # a cited document's own marker (《…工作方案》（秘密）)
                     r"|(?<=》)\s*[（(【〔\[](绝密|机密|秘密)[）)】〕\]]", re.M)
_ELEVEN_DIGITS = re.compile(r"\d\d\d\d\d\d\d\d\d\d\d")   # = \d{11}, written so the search skips to digits
_MARKER_WORDS = ("密级", "绝密", "机密", "秘密")


def is_id_number(value: str) -> bool:
    """A mainland resident ID: a region code (first digit 1–8) and a real birth date since 1900.
    The ISO 7064 check digit is not required: a mistyped ID number still identifies a person."""
    if value[0] not in "12345678":
        return False
    try:
        born = date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    return born.year >= 1900



class Sensitive(BuiltinRule):
    id = "sensitive"
    default_severity = Severity.ERROR
    description = "敏感内容：18位身份证号、手机号、秘密/机密/绝密标识"
    examples = Examples(
        flags=("青川县帮助群众追回欠薪", "青川县人社局为农民工李某（电话13812345678）追回欠薪2.6万元。"),
        passes=("青川县帮助群众追回欠薪", "青川县人社局为农民工李某追回欠薪2.6万元，办理时间由30天缩短至7天。"),
    )

    def check(self, doc: Document, ctx: RuleContext):
        for field in ("title", "body"):
            text = doc.text(field)
            # ID and mobile numbers hold 11 digits in a row, every marker one of _MARKER_WORDS:
            # scans that cannot match are skipped (most items need none of the three).
            digits = _ELEVEN_DIGITS.search(text) is not None
            for m in _ID.finditer(text) if digits else ():
                if is_id_number(m.group()):
                    yield ctx.finding(doc, field, m.start(), m.end(), "出现身份证号码，泄露个人信息。",
                                      "删去身份证号；确需指明当事人时写“李某”。")
            for m in _MOBILE.finditer(text) if digits else ():
                yield ctx.finding(doc, field, m.start(), m.end(), "出现手机号码，泄露个人信息。",
                                  "删去手机号；需要联系方式的写在报送单上，不写进正文。")
            for m in _MARKER.finditer(text) if any(w in text for w in _MARKER_WORDS) else ():
                yield ctx.finding(doc, field, m.start(), m.end(), f"出现密级标识「{m.group().strip()}」。",
                                  "涉密内容不得通过政务信息渠道报送，请按保密规定处理。")
