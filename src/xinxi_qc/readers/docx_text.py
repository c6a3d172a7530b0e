"""The text of a Word document's body, and where each of its characters sits in the XML.

One walk over ``word/document.xml`` gives both, so the reader (which builds the item's title and
body from it) and the annotator (which anchors comments on the characters of a finding) never
disagree about an offset. Offsets are Python ``str`` indices, i.e. code points: a full-width
``，`` or an astral ``𠮷`` is one character, whatever Word counts internally.

What counts as text, as Word shows a document with its tracked changes accepted:

* ``w:t`` in runs, wherever the run sits: directly in the paragraph, in a hyperlink, in a tracked
  insertion (``w:ins``, ``w:moveTo``), in a simple field's result (``w:fldSimple``), in a smart tag,
  a content control (``w:sdt``) or custom XML;
* ``w:tab``/``w:ptab`` as a tab, ``w:br`` (line break)/``w:cr`` as ``\\n``, ``w:noBreakHyphen`` as ``-``
  (as python-docx reads them);
* a complex field's result (between ``fldChar separate`` and ``end``), not its code
  (``w:instrText``, between ``begin`` and ``separate``).

Not text: deleted text (``w:del``/``w:delText``, ``w:moveFrom``), text boxes and drawings (their
paragraphs are a story of their own), page and column breaks.

A *line* is one non-empty paragraph of the body (stripped), or one row of a body table: the row's
cells joined by a tab, the paragraphs inside a cell by an ideographic space (a row with text in one
cell only, as in a layout table or a framed document, gives one line per paragraph instead). Tables that hold
submission metadata (撰稿/审核 … label tables) are not lines; the reader keeps them as fields.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Iterator

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


CELL_SEPARATOR = "\t"        # between the cells of a table row
CELL_PARAGRAPH_SEPARATOR = "　"  # between the paragraphs inside one cell

# Elements whose children are read as the paragraph's own content.
_CONTAINERS = {w(t) for t in ("hyperlink", "ins", "moveTo", "fldSimple", "smartTag", "sdt", "sdtContent",
                              "customXml", "dir", "bdo")}
_SINGLE = {w("tab"): "\t", w("ptab"): "\t", w("cr"): "\n", w("noBreakHyphen"): "-"}


@dataclass
class Piece:
    """One text-bearing element of a paragraph (``w:t``, ``w:tab`` …) and where its text starts."""

    element: object   # the lxml element
    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass
class Para:
    """A paragraph's element and its pieces; ``text`` is what Word shows."""

    element: object
    pieces: list[Piece]
    style: str = ""

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.pieces)


@dataclass(frozen=True)
class Segment:
    """Characters ``[line_start, line_start + length)`` of a line are ``para.text[offset:offset + length]``."""

    line_start: int
    para: Para
    offset: int
    length: int


@dataclass
class Line:
    text: str
    segments: list[Segment]
    style: str = ""
    table: object | None = None   # the w:tbl element of a table row


@dataclass
class Block:
    """A body paragraph (``para``) or a body table (``rows``: per row, per cell, its paragraphs)."""

    para: Para | None = None
    table: object | None = None
    rows: list[list[list[Para]]] = field(default_factory=list)

    def cell_texts(self) -> list[list[str]]:
        """The table's cells as python-docx's ``cell.text`` would give them (paragraphs joined by \\n)."""
        return [["\n".join(p.text for p in cell) for cell in row] for row in self.rows]


class _Fields:
    """Complex-field state across the story: a stack of ``code``/``result`` marks."""

    def __init__(self) -> None:
        self.stack: list[str] = []

    def in_code(self) -> bool:
        return "code" in self.stack

    def mark(self, kind: str | None) -> None:
        if kind == "begin":
            self.stack.append("code")
        elif kind == "separate" and self.stack:
            self.stack[-1] = "result"
        elif kind == "end" and self.stack:
            self.stack.pop()


def read_paragraph(p, fields: _Fields | None = None, style: str = "") -> Para:
    pieces: list[Piece] = []
    _walk(p, pieces, fields or _Fields())
    return Para(p, pieces, style)


def _walk(node, pieces: list[Piece], fields: _Fields) -> None:
    for child in node:
        tag = child.tag
        if tag == w("r"):
            _run(child, pieces, fields)
        elif tag in _CONTAINERS:
            _walk(child, pieces, fields)


def _run(r, pieces: list[Piece], fields: _Fields) -> None:
    for child in r:
        tag = child.tag
        if tag == w("fldChar"):
            fields.mark(child.get(w("fldCharType")))
            continue
        if fields.in_code():
            continue
        if tag == w("t"):
            text = child.text or ""
        elif tag == w("br"):
            text = "\n" if child.get(w("type")) in (None, "textWrapping") else ""
        else:
            text = _SINGLE.get(tag, "")
        if text:
            start = pieces[-1].end if pieces else 0
            pieces.append(Piece(child, start, text))


def body_blocks(body, style_of) -> list[Block]:
    """The body's paragraphs and tables in document order (content controls and custom XML opened)."""
    fields = _Fields()
    return list(_blocks(body, style_of, fields))


def _blocks(container, style_of, fields: _Fields) -> Iterator[Block]:
    for child in container:
        tag = child.tag
        if tag == w("p"):
            yield Block(para=read_paragraph(child, fields, style_of(child)))
        elif tag == w("tbl"):
            rows = [[list(_cell_paragraphs(tc, fields, style_of)) for tc in _row_cells(tr)] for tr in _rows(child)]
            yield Block(table=child, rows=rows)
        elif tag in (w("sdt"), w("sdtContent"), w("customXml")):
            yield from _blocks(child, style_of, fields)


def _rows(tbl) -> Iterator:
    for child in tbl:
        if child.tag == w("tr"):
            yield child
        elif child.tag in (w("sdt"), w("sdtContent"), w("customXml")):
            yield from _rows(child)


def _row_cells(tr) -> Iterator:
    for child in tr:
        if child.tag == w("tc"):
            yield child
        elif child.tag in (w("sdt"), w("sdtContent"), w("customXml")):
            yield from _row_cells(child)


def _cell_paragraphs(container, fields: _Fields, style_of) -> Iterator[Para]:
    """Paragraphs of a cell in order, those of nested tables included."""
    for child in container:
        if child.tag == w("p"):
            yield read_paragraph(child, fields, style_of(child))
        elif child.tag in (w("tbl"), w("tr"), w("tc"), w("sdt"), w("sdtContent"), w("customXml")):
            yield from _cell_paragraphs(child, fields, style_of)


def paragraph_line(para: Para) -> Line | None:
    """The stripped paragraph as a line; None when it is blank."""
    text = para.text
    stripped = text.strip()
    if not stripped:
        return None
    lead = len(text) - len(text.lstrip())
    return Line(stripped, [Segment(0, para, lead, len(stripped))], para.style)


def row_lines(row: list[list[Para]], table) -> list[Line]:
    """The lines of one table row: a row with text in one cell only (a layout table, a framed
    document) gives each of its paragraphs as a line of its own, with its style; a row of several
    filled cells is one line."""
    filled = [cell for cell in row if any(p.text.strip() for p in cell)]
    if len(filled) <= 1:
        return [line for line in (paragraph_line(p) for cell in filled for p in cell) if line]
    line = row_line(row, table)
    return [line] if line else []


def row_line(row: list[list[Para]], table) -> Line | None:
    """One table row as a line (empty cells and blank paragraphs left out); None when it is blank."""
    parts: list[str] = []
    segments: list[Segment] = []
    pos = 0
    for cell in (c for c in ([paragraph_line(p) for p in cell] for cell in row) if any(c)):
        for n, line in enumerate(x for x in cell if x):
            sep = "" if not parts else (CELL_PARAGRAPH_SEPARATOR if n else CELL_SEPARATOR)
            parts.append(sep)
            pos += len(sep)
            seg = line.segments[0]
            segments.append(Segment(pos, seg.para, seg.offset, seg.length))
            parts.append(line.text)
            pos += len(line.text)
    return Line("".join(parts), segments, "", table) if segments else None


@dataclass
class Located:
    """Where the item's title and body come from: ``title`` is one line, ``body`` lines joined by \\n."""

    title: Line
    body: list[Line]
    _starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        pos, self._starts = 0, []
        for line in self.body:
            self._starts.append(pos)
            pos += len(line.text) + 1

    @property
    def body_text(self) -> str:
        return "\n".join(line.text for line in self.body)

    def ranges(self, field_name: str, start: int, end: int) -> list[tuple[Para, int, int]]:
        """The paragraph ranges ``(para, from, to)`` that characters ``[start, end)`` of the item's
        title or body are, in document order (separators the reader added are in none of them)."""
        if field_name == "title":
            return _line_ranges(self.title, start, end)
        out: list[tuple[Para, int, int]] = []
        first = max(0, bisect.bisect_right(self._starts, start) - 1)
        for line, line_start in zip(self.body[first:], self._starts[first:]):
            if line_start >= end:
                break
            out += _line_ranges(line, start - line_start, end - line_start)
        return out


def _line_ranges(line: Line, start: int, end: int) -> list[tuple[Para, int, int]]:
    out = []
    for seg in line.segments:
        s, e = max(start, seg.line_start), min(end, seg.line_start + seg.length)
        if s < e:
            out.append((seg.para, seg.offset + s - seg.line_start, seg.offset + e - seg.line_start))
    return out
