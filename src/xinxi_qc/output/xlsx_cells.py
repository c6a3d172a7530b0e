"""Cell values safe for openpyxl: a title with a form feed or another control character that XML 1.0
forbids would make ``Workbook.save`` fail for the whole report, and text beginning with ``=`` would
be stored as a formula. Control characters become their visible Unicode "control pictures" (one
character for one, so positions in the text stay right); text is always stored as text."""
from __future__ import annotations

import re
from typing import Any, Iterable

from openpyxl.cell import WriteOnlyCell

_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# Characters XML 1.0 forbids outside the C0 range: U+FFFE, U+FFFF and lone surrogates (which cannot
# even be encoded); each becomes U+FFFD, one character for one.
_NOT_XML = re.compile("[\ufffe\uffff\ud800-\udfff]")
EXCEL_MAX_CHARS = 32_767


def clean_text(text: str) -> str:
    text = _ILLEGAL.sub(lambda m: chr(0x2400 + ord(m.group())), text)
    text = _NOT_XML.sub("\ufffd", text)
    if len(text) > EXCEL_MAX_CHARS:
        text = text[:EXCEL_MAX_CHARS - 1] + "…"
    return text


def clean_value(value: Any) -> Any:
    return clean_text(value) if isinstance(value, str) else value


def text_cell(ws, value: Any):
    """The value for ``ws.append``: strings beginning with ``=`` as a text cell, not a formula."""
    value = clean_value(value)
    if isinstance(value, str) and value.startswith("="):
        cell = WriteOnlyCell(ws, value)  # a plain Cell: both worksheet kinds append it as is
        cell.data_type = "s"
        return cell
    return value


def clean_row(ws, row: Iterable[Any]) -> list[Any]:
    return [text_cell(ws, v) for v in row]
