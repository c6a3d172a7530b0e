"""Personal data in a draft (mobile numbers, resident ID numbers): found before submission, so the
writer confirms knowingly — once submitted, a text stays in every version of the item."""
from __future__ import annotations

from dataclasses import dataclass

from ..rules.sensitive import _ID, _MOBILE, is_id_number  # the checker's own patterns, not a copy
from ..workflow.redaction import mask_id, mask_mobile


@dataclass(frozen=True)
class PersonalData:
    kind: str      # 手机号 / 身份证号
    masked: str    # 138****5678: enough to find it, not enough to copy it


def find_personal_data(*texts: str) -> list[PersonalData]:
    out: list[PersonalData] = []
    for text in texts:
        for m in _ID.finditer(text or ""):
            if is_id_number(m.group()):
                out.append(PersonalData("身份证号", mask_id(m.group())))
        for m in _MOBILE.finditer(text or ""):
            out.append(PersonalData("手机号", mask_mobile(m.group())))
    return out
