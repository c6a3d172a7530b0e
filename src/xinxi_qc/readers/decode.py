"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, or GB18030/GBK, and nothing else."""
from __future__ import annotations


class DecodeError(ValueError):
    pass


# Characters that show nothing: Python's whitespace (full-width space, NBSP, …) plus the zero-width
# ones str.strip() keeps (BOM, ZWSP, joiners, word joiner).
_INVISIBLE = "\ufeff\u200b\u200c\u200d\u2060"


def is_blank(text: str) -> bool:
    """True when ``text`` has nothing visible in it (a Notepad "empty" file is just a BOM)."""
    return not text.strip().strip(_INVISIBLE).strip()


def looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > max(2, len(sample) // 100)


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was in; DecodeError with a Chinese message otherwise."""
    if not data.strip():
        raise DecodeError("文件是空的")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # Notepad's "Unicode": UTF-16 with a byte-order mark
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise DecodeError("UTF-16 编码有误（文件可能被截断）") from None
        if is_blank(text):
            raise DecodeError("文件是空的（只有空白字符）")
        return text.lstrip("\ufeff"), "utf-16"
    if looks_binary(data):
        raise DecodeError("是二进制文件，不是文本")
    try:
        text, encoding = data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        try:
            text, encoding = data.decode("gb18030"), "gb18030"
        except UnicodeDecodeError:
            raise DecodeError("编码无法识别（只支持 UTF-8、带 BOM 的 UTF-16 和 GB18030/GBK）") from None
        if not _plausible_chinese(text):
            raise DecodeError("编码无法识别（只支持 UTF-8、带 BOM 的 UTF-16 和 GB18030/GBK）")
    if is_blank(text):
        raise DecodeError("文件是空的（只有空白字符）")
    return text, encoding


def _plausible_chinese(text: str) -> bool:
    """GB18030 decodes most byte soup; real text is mostly common CJK, ASCII and punctuation."""
    common = sum(1 for ch in text if ch.isascii() or "\u4e00" <= ch <= "\u9fa5" or "\u3000" <= ch <= "\u303f"
                 or "\uff00" <= ch <= "\uffef" or ch in "“”‘’…—·")
    return common >= 0.95 * len(text)
