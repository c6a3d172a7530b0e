"""Bytes to text: UTF-8 (with or without BOM), UTF-16 (with a BOM, or without one when the text
reads as Chinese/ASCII in one byte order), or GB18030/GBK, and nothing else."""
from __future__ import annotations

import re


class DecodeError(ValueError):
    pass


# Characters that show nothing: Python's whitespace (full-width space, NBSP, …) plus the zero-width
# ones str.strip() keeps (BOM, ZWSP, joiners, word joiner).
_INVISIBLE = "\ufeff\u200b\u200c\u200d\u2060"


def is_blank(text: str) -> bool:
    """True when ``text`` has nothing visible in it (a Notepad "empty" file is just a BOM)."""
    return not text.strip().strip(_INVISIBLE).strip()


# Control bytes other than tab, line feed, form feed and carriage return.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))   # counted in C, not per byte
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
    codec = utf16_codec(data[:_SAMPLE]) if looks_binary(data) or not _is_utf8(data) else None
    if codec is not None:  # UTF-16 saved without a byte-order mark (some exporters, PowerShell)
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            raise DecodeError("UTF-16 编码有误（文件可能被截断）") from None
        if is_blank(text):
            raise DecodeError("文件是空的（只有空白字符）")
        return text, codec
    if looks_binary(data):
        raise DecodeError("是二进制文件，不是文本")
    try:
        text, encoding = data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        try:
            text, encoding = data.decode("gb18030"), "gb18030"
        except UnicodeDecodeError:
            raise DecodeError("编码无法识别（只支持 UTF-8、UTF-16 和 GB18030/GBK）") from None
        if not _plausible_chinese(text):
            raise DecodeError("编码无法识别（只支持 UTF-8、UTF-16 和 GB18030/GBK）")
    if is_blank(text):
        raise DecodeError("文件是空的（只有空白字符）")
    return text, encoding


_SAMPLE = 4096


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def utf16_codec(sample: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when ``sample`` (the start of a file, no BOM) is UTF-16 text:
    it decodes in that byte order without error, holds no control characters but tab, newline and
    form feed, and is mostly CJK, ASCII and punctuation. ASCII in UTF-16 puts a NUL at every odd
    (little-endian) or even (big-endian) byte, so that order is tried first; pure Chinese text has
    few NULs and is told apart by the other order reading as characters real text does not use."""
    if len(sample) < 16:  # a few random bytes can read as two or three CJK characters
        return None
    sample = sample[:len(sample) // 2 * 2]
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    for codec in (("utf-16-le", "utf-16-be") if odd >= even else ("utf-16-be", "utf-16-le")):
        units = sample
        last = units[-2:] if codec == "utf-16-be" else units[-2:][::-1]
        if 0xD8 <= last[0] <= 0xDB:  # the sample ends inside a surrogate pair
            units = units[:-2]
        try:
            text = units.decode(codec)
        except UnicodeDecodeError:
            continue
        if text and not _CONTROLS.search(text) and _plausible_chinese(text):
            return codec
    return None


_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _plausible_chinese(text: str) -> bool:
    """GB18030 decodes most byte soup; real text is mostly common CJK, ASCII and punctuation."""
    common = sum(1 for ch in text if ch.isascii() or "\u4e00" <= ch <= "\u9fa5" or "\u3000" <= ch <= "\u303f"
                 or "\uff00" <= ch <= "\uffef" or ch in "“”‘’…—·")
    return common >= 0.95 * len(text)
