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
from typing import Sequence

SEP = "|"

_SPLIT = re.compile(r"[^。！？；!?;\n]*(?:[。！？；!?;]+[”’」』）)]*|\n|$)")
_DIGITS = re.compile(
    # the lookahead lists the first characters of the alternatives: positions where none can
    # start are skipped at once
    r"(?=[0-9〇零一二三四五六七八九十百千万亿两])(?:"
    r"[0-9][0-9.,%‰]*"
    r"|[〇零一二三四五六七八九十百千万亿两]{2,}(?=[年月日号个家名人项次万亿元%])"
    r"|[一二三四五六七八九十两](?=[个家名项座所户条批]))"
)
_PLACE = re.compile(r"[\u4e00-\u9fff]{2}(?=[省市区县镇乡村])")   # as done by _mask_places
_PLACE_SUFFIX = re.compile("[省市区县镇乡村]")
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


def _compat(text: str) -> str:
    # the full-width comma, most of the matches in Chinese text, replaced without a call per match
    return _COMPAT.sub(lambda m: _COMPAT_MAP[m.group()], text.replace("，", ","))


def _mask_places(text: str) -> str:
    """``_PLACE.sub("△", text)``, found from the suffixes (rare) rather than tried at every
    character: the same matches, left to right, none overlapping the one before."""
    out = []
    last = after = 0
    for m in _PLACE_SUFFIX.finditer(text, 2):
        i = m.start() - 2
        if i >= after and "\u4e00" <= text[i] <= "\u9fff" and "\u4e00" <= text[i + 1] <= "\u9fff":
            out.append(text[last:i])
            last = after = i + 2
    if not out:
        return text
    out.append(text[last:])
    return "△".join(out)


def nfkc(text: str) -> str:
    """``unicodedata.normalize("NFKC", text)``, faster on Chinese text."""
    t = _compat(text)
    return t if unicodedata.is_normalized("NFKC", t) else unicodedata.normalize("NFKC", t)


def nfkc_lines(text: str) -> str:
    """:func:`nfkc` line by line (the same: a line break neither composes nor reorders with
    its neighbours), so that one line needing full normalisation does not cost the others."""
    t = _compat(text)
    if unicodedata.is_normalized("NFKC", t):
        return t
    return "\n".join(line if unicodedata.is_normalized("NFKC", line) else unicodedata.normalize("NFKC", line)
                     for line in t.split("\n"))


class Segment:
    """A sentence-like span ``start``..``end`` of a body and its ``feature``.

    A plain class with slots rather than a frozen dataclass: an index creates one per sentence
    of every item, and this is several times cheaper to create."""

    __slots__ = ("start", "end", "feature", "weight", "_grams")

    def __init__(self, start: int, end: int, feature: str):
        self.start = start
        self.end = end
        self.feature = feature
        self.weight = len(feature) - feature.count(SEP)   # characters of substance (separators excluded)
        self._grams: frozenset[str] | None = None

    @property
    def grams(self) -> frozenset[str]:
        if self._grams is None:
            self._grams = bigrams(self.feature)
        return self._grams

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Segment):
            return NotImplemented
        return (self.start, self.end, self.feature) == (other.start, other.end, other.feature)

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.feature))

    def __repr__(self) -> str:
        return f"Segment(start={self.start}, end={self.end}, feature={self.feature!r})"


def split_segments(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) of ``text``, trailing/leading whitespace excluded."""
    return _split(text)[0]


def _split(text: str) -> tuple[list[tuple[int, int]], list[str]]:
    """:func:`split_segments` and the text of each span."""
    spans, texts = [], []
    for m in _SPLIT.finditer(text):
        whole = m.group()
        inner = whole.strip()   # str.isspace characters, as everywhere here
        if inner:
            s = m.start() + whole.find(inner[0])   # what precedes the first non-space is space
            spans.append((s, s + len(inner)))
            texts.append(inner)
    return spans, texts


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
        t = _mask_places(t)
        t = _KEEP.sub(SEP, t)
        return t.strip(SEP)

    def _lines(self, text: str) -> list[str]:
        """The features of the lines of ``text``, not yet stripped of SEP: no pattern matches
        across a line break, so each is what :meth:`feature` gives for that line alone."""
        t = nfkc_lines(text)
        if self._stock is not None:
            t = self._stock.sub(SEP, t)
        t = _DIGITS.sub("0", t)
        t = _DATE.sub(SEP, t)
        t = _mask_places(t)
        return _KEEP_LINES.sub(SEP, t).split("\n")

    def segments(self, text: str) -> list[Segment]:
        """The segments of ``text`` with their features."""
        return self.features_many([""], [text])[0][1]

    def features_many(self, titles: Sequence[str], bodies: Sequence[str]) -> list[tuple[str, list[Segment]]]:
        """(title feature, body segments) of many items, normalised in one pass over their
        titles and segment texts joined by line breaks (segments hold none; a title that holds
        one is normalised alone)."""
        spans = []
        lines: list[str] = []
        for title, body in zip(titles, bodies):
            own, texts = _split(body)
            spans.append(own)
            lines.append("" if "\n" in title else title)
            lines += texts
        features = self._lines("\n".join(lines))
        if len(features) != len(lines):   # normalisation made or removed a line break: one by one
            return [(self.feature(title), [Segment(s, e, self.feature(body[s:e])) for s, e in own])
                    for title, body, own in zip(titles, bodies, spans)]
        out = []
        k = 0
        for title, own in zip(titles, spans):
            title_feature = self.feature(title) if "\n" in title else features[k].strip(SEP)
            own_features = features[k + 1:k + 1 + len(own)]
            out.append((title_feature, [Segment(s, e, f.strip(SEP)) for (s, e), f in zip(own, own_features)]))
            k += 1 + len(own)
        return out


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
