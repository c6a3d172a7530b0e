"""Segmenting and normalising item text into comparable features (pure, no I/O).

A *segment* is a sentence-like span of the body (split on 。！？；and line breaks) with its
offsets.  Its *feature* is the text reduced to what survives the edits units make when they
copy: figures become ``0``, two characters before an administrative suffix (省市区县镇乡村) are
masked, stock phrases and dates are cut out, punctuation separates runs.  Comparison uses
the set of character bigrams inside runs.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property

SEP = "|"

_SPLIT = re.compile(r"[^。！？；!?;\n]*(?:[。！？；!?;]+[”’」』）)]*|\n|$)")
_DIGITS = re.compile(
    r"[0-9][0-9.,%‰]*"
    r"|[〇零一二三四五六七八九十百千万亿两]{2,}(?=[年月日号个家名人项次万亿元%])"
    r"|[一二三四五六七八九十两](?=[个家名项座所户条批])"
)
_PLACE = re.compile(r"[\u4e00-\u9fff]{2}(?=[省市区县镇乡村])")
_DATE = re.compile(
    # the lookahead lists the first characters of the alternatives (keep it in step): positions
    # where none can start are skipped at once, about 2.5x faster on news text
    r"(?=[0近日目今去上下全年月第一二三四中晚当同次截])(?:"
    r"0(?:年|月份?|日|号|时|点|分)(?:0(?:月份?|日|号|时|点|分))*"
    r"|近日|日前|近期|目前|今年以来|去年以来|今年|去年|上半年|下半年|全年|年初|年底|年末|月初|月底|"
    r"第[一二三四]季度|[一二三四]季度|上旬|中旬|下旬|上午|下午|晚上|当天|同日|次日|截至|截止)"
)
_KEEP = re.compile(r"[^\u4e00-\u9fff\u3400-\u4dbfA-Za-z0△]+")
_KEEP_LINES = re.compile(r"[^\u4e00-\u9fff\u3400-\u4dbfA-Za-z0△\n]+")   # _KEEP, line breaks kept


# Punctuation, full-width forms and symbols (，：％０ＡＢ…℃) with their compatibility decompositions:
# replacing them first leaves most Chinese text already in NFKC (checked, else normalised), which
# is several times faster than normalising it, and gives the same result (NFKC composes NFKD).
_COMPAT_MAP = {chr(c): d for c in (*range(0x2000, 0x3400), *range(0xFE30, 0xFFF0))
               if (d := unicodedata.normalize("NFKD", chr(c))) != chr(c)}
_COMPAT = re.compile("[" + "".join(re.escape(c) for c in _COMPAT_MAP) + "]")


def nfkc(text: str) -> str:
    """``unicodedata.normalize("NFKC", text)``, faster on Chinese text."""
    t = _COMPAT.sub(lambda m: _COMPAT_MAP[m.group()], text)
    return t if unicodedata.is_normalized("NFKC", t) else unicodedata.normalize("NFKC", t)


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    feature: str

    @cached_property
    def weight(self) -> int:
        """Characters of substance (separators excluded)."""
        return len(self.feature) - self.feature.count(SEP)


def split_segments(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) of ``text``, trailing/leading whitespace excluded."""
    spans = []
    for m in _SPLIT.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


class Normaliser:
    """Turns text into features; built once from the stock-phrase list."""

    def __init__(self, stock_phrases: list[str] | tuple[str, ...] = ()):
        self.stock_phrases = tuple(sorted({p for p in (_clean(p) for p in stock_phrases) if p}, key=lambda p: (-len(p), p)))
        parts = []
        for p in self.stock_phrases:
            # "在……的正确领导下": the ellipsis stands for any short filler
            pieces = [re.escape(x) for x in re.split(r"…+|\.{3,}|⋯+", p)]
            parts.append(r".{0,16}?".join(x for x in pieces if x) if len(pieces) > 1 else pieces[0])
        self._stock = re.compile("|".join(parts)) if parts else None

    def feature(self, text: str) -> str:
        t = nfkc(text)
        if self._stock is not None:
            t = self._stock.sub(SEP, t)
        t = _DIGITS.sub("0", t)
        t = _DATE.sub(SEP, t)
        t = _PLACE.sub("△", t)
        t = _KEEP.sub(SEP, t)
        return t.strip(SEP)

    def segments(self, text: str) -> list[Segment]:
        """The segments of ``text`` with their features.

        All segments are normalised in one pass over their texts joined by line breaks: no
        segment holds one and no pattern matches across one, so each feature is what
        :meth:`feature` gives for the segment alone."""
        spans = split_segments(text)
        if not spans:
            return []
        t = nfkc("\n".join([text[s:e] for s, e in spans]))
        if self._stock is not None:
            t = self._stock.sub(SEP, t)
        t = _DIGITS.sub("0", t)
        t = _DATE.sub(SEP, t)
        t = _PLACE.sub("△", t)
        features = _KEEP_LINES.sub(SEP, t).split("\n")
        if len(features) != len(spans):   # normalisation made or removed a line break: one by one
            return [Segment(s, e, self.feature(text[s:e])) for s, e in spans]
        return [Segment(s, e, f.strip(SEP)) for (s, e), f in zip(spans, features)]


def encode_features(title_feature: str, segments: list[Segment]) -> str:
    """What alignment needs of an item, as one string stored with it at build time (so a query
    does not normalise its candidates again): the title feature, then one ``start,end,feature``
    line per segment.  Features hold neither commas nor line breaks (``_KEEP`` turns them into SEP)."""
    return "\n".join([title_feature, *(f"{s.start},{s.end},{s.feature}" for s in segments)])


def decode_features(data: str) -> tuple[str, list[Segment]]:
    title, *lines = data.split("\n")
    segs = []
    for line in lines:
        s, e, f = line.split(",", 2)
        segs.append(Segment(int(s), int(e), f))
    return title, segs


def _clean(phrase: str) -> str:
    return unicodedata.normalize("NFKC", phrase.strip())


def bigrams(feature: str) -> frozenset[str]:
    out: set[str] = set()
    for run in feature.split(SEP):
        out.update(map(str.__add__, run, run[1:]))
    return frozenset(out)


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))
