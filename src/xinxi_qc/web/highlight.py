"""Split a field's text into segments for inline highlighting of possibly overlapping findings.

Pure: text and (finding number, start, end, severity) spans in, a flat list of segments out, so the
template never nests <mark> elements and every character belongs to exactly one segment.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

_SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


@dataclass(frozen=True)
class Span:
    number: int
    start: int
    end: int
    severity: str


@dataclass(frozen=True)
class Segment:
    text: str
    start: int
    numbers: tuple[int, ...] = ()
    severity: str = ""

    @property
    def marked(self) -> bool:
        return bool(self.numbers)


def segments(text: str, spans: Iterable[Span]) -> list[Segment]:
    """Cut ``text`` at every span boundary; each piece lists the findings covering it.

    Spans are clipped to the text; empty spans are dropped. A piece covered by several findings gets
    the highest severity among them.
    """
    n = len(text)
    clipped = []
    for sp in spans:
        start, end = max(0, min(sp.start, n)), max(0, min(sp.end, n))
        if end > start:
            clipped.append(Span(sp.number, start, end, sp.severity))
    cuts = sorted({0, n, *(s.start for s in clipped), *(s.end for s in clipped)})
    out: list[Segment] = []
    for a, b in zip(cuts, cuts[1:]):
        covering = [s for s in clipped if s.start <= a and s.end >= b]
        if covering:
            sev = max((s.severity for s in covering), key=lambda v: _SEVERITY_RANK.get(v, 0))
            out.append(Segment(text[a:b], a, tuple(sorted(s.number for s in covering)), sev))
        else:
            out.append(Segment(text[a:b], a))
    return out


def is_whole_field(start: int, end: int, text: str) -> bool:
    """A finding about (nearly) the whole field, e.g. no figures at all or stock-phrase density, is
    listed but not painted, so it does not hide the precise marks inside it."""
    return len(text) > 40 and (min(end, len(text)) - max(start, 0)) >= 0.8 * len(text)
