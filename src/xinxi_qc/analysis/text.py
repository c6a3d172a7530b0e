"""Character-level normalisation, paragraphs and sentences, all offset-preserving.

Every function maps one input character to one output character, so an offset found in the
normalised text is the same offset in the text the user wrote.
"""
from __future__ import annotations

import re
from typing import NamedTuple

_FULL_TO_HALF = {code: code - 0xFEE0 for code in range(0xFF10, 0xFF1A)}  # ０-９
_FULL_TO_HALF.update({code: code - 0xFEE0 for code in range(0xFF21, 0xFF3B)})  # Ａ-Ｚ
_FULL_TO_HALF.update({code: code - 0xFEE0 for code in range(0xFF41, 0xFF5B)})  # ａ-ｚ
_FULL_TO_HALF.update({0xFF05: ord("%"), 0xFF0E: ord("."), 0xFF0B: ord("+"), 0xFF0D: ord("-"),
                      0x3000: ord(" "), 0x00A0: ord(" "), 0x2002: ord(" "), 0x2003: ord(" "),
                      0x200B: ord(" "), 0xFEFF: ord(" "), ord("\t"): ord(" "), ord("\r"): ord("\n")})


_TO_NORMALIZE = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_FULL_TO_HALF)) + "]")
_HALF_OF = {chr(code): chr(half) for code, half in _FULL_TO_HALF.items()}


def normalize(text: str) -> str:
    """Full-width digits/letters/%/space to half width; odd spaces to ' '; CR to LF. Length-preserving.

    The same as ``text.translate(_FULL_TO_HALF)``, which looks up every character in Python's
    table; only the few characters to change are visited here."""
    return _TO_NORMALIZE.sub(_half, text)


def _half(m: re.Match) -> str:
    return _HALF_OF[m.group()]


class Span(NamedTuple):
    """A stretch of one field of an item: ``text == field_text[start:end]``.

    A named tuple, not a class with a ``__dict__``: a tuple of strings and numbers drops out of
    the garbage collector's lists after its first collection, so the hundreds of thousands of
    spans of a megabyte body are not walked again at every full collection (which made the check
    of a 5 MB body 72× that of 100 KB, against 26× with the collector paused)."""

    field: str
    start: int
    end: int
    text: str
    kind: str = ""


# A line, its leading whitespace (\s is what str.strip removes) outside the group: the group is
# the paragraph once its trailing whitespace is cut (none when the line is blank).
_LINE = re.compile(r"[^\S\n]*([^\n]+)")
_WORD_CHAR = re.compile(r"\w")


def paragraphs(field: str, text: str) -> list[Span]:
    out = []
    for m in _LINE.finditer(text):
        stripped = m.group(1).rstrip()
        if stripped:
            start = m.start(1)
            out.append(Span(field, start, start + len(stripped), stripped, "paragraph"))
    return out


# A sentence ends at 。！？； (plus closing quotes/brackets after them) or at a line break.
_SENTENCE = re.compile(r"[^。！？；!?;\n]+(?:[。！？；!?;]+[”’」』）)]*)?|[。！？；!?;]+")
# The same matches, with the leading whitespace of the first branch outside a group (a run of
# punctuation alone, the second branch, holds no word and is never a sentence).
_SENTENCE_TEXT = re.compile(r"(?=[^。！？；!?;\n])[^\S\n]*([^。！？；!?;\n]*(?:[。！？；!?;]+[”’」』）)]*)?)|[。！？；!?;]+")


def sentences(field: str, text: str) -> list[Span]:
    """The sentences of ``text``: each match of :data:`_SENTENCE` that holds a word character,
    stripped of surrounding whitespace."""
    out = []
    for m in _SENTENCE_TEXT.finditer(text):
        stripped = m.group(1)
        if stripped and _WORD_CHAR.search(stripped):   # trailing whitespace holds no word character
            stripped = stripped.rstrip()
            start = m.start(1)
            out.append(Span(field, start, start + len(stripped), stripped, "sentence"))
    return out


def period_end(text: str, pos: int) -> int:
    """Where the 。-period holding ``pos`` ends (its 。, or the end of the text)."""
    end = text.find("。", pos)
    return len(text) if end < 0 else end


def anchored_finditer(pattern: re.Pattern, text: str, anchor: re.Pattern, back: int):
    """Exactly ``pattern.finditer(text)``, for a pattern whose every match contains a match of
    ``anchor`` (a single character class or non-overlapping words) starting at most ``back``
    characters after the match's start: the pattern is tried only in those windows before each
    anchor, instead of at every character (a leading optional group such as a year defeats the
    regex engine's own skipping ahead). The pattern must not match the empty string."""
    nxt = 0
    match = pattern.match
    for a in anchor.finditer(text):
        k = a.start()
        p = k - back if k - back > nxt else nxt
        while p <= k:
            m = match(text, p)
            if m is None:
                p += 1
            else:
                yield m
                p = m.end()
        if p > nxt:
            nxt = p


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset`` in ``text``."""
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col
