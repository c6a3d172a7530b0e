"""The submission core's messages as a web user should read them.

The service speaks to the command line too, so some of its messages name CLI options
("必须填写理由（--reason）", "请用 --to 指定转报单位"). On a web page those become the names of the
form's own fields; any other option left over is dropped.
"""
from __future__ import annotations

import re

_REPLACEMENTS = (
    ("尚未设置积分办法：用 --scoring 指定，或先运行 xinxi-qc points config FILE",
     "尚未设置积分办法，请联系管理员设置后再查看"),
    ("请用 --to 指定转报单位", "请在“转报单位”中选择一个上级单位"),
    ("请用 --outlet 指明", "请在“采用刊物”中指明"),
    ("请用 --upper-points 填写", "请填写"),
    ("须用 --item 指明", "须指明"),
)
_OPTION_IN_PARENS = re.compile(r"（\s*--[a-z][a-z-]*\s*）")
_OPTION = re.compile(r"\s*(?:用|请用)?\s*--[a-z][a-z-]*(?:\s+[A-Z]+)?\s*")


def for_web(message: object) -> str:
    text = str(message)
    for old, new in _REPLACEMENTS:
        text = text.replace(old, new)
    text = _OPTION_IN_PARENS.sub("", text)
    return _OPTION.sub("", text).strip()
