"""Personal data in a draft (mobile numbers, resident ID numbers): found before submission, so the
writer confirms knowingly — once submitted, a text stays in every version of the item."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..rules.sensitive import is_id_number

_ID = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
_MOBILE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")


@dataclass(frozen=True)
class PersonalData:
    kind: str      # 手机号 / 身份证号
    masked: str    # 138****5678: enough to find it, not enough to copy it


def find_personal_data(*texts: str) -> list[PersonalData]:
    out: list[PersonalData] = []
    for text in texts:
        for m in _ID.finditer(text or ""):
            if is_id_number(m.group()):
                out.append(PersonalData("身份证号", m.group()[:6] + "********" + m.group()[-4:]))
        for m in _MOBILE.finditer(text or ""):
            out.append(PersonalData("手机号", m.group()[:3] + "****" + m.group()[-4:]))
    return out
