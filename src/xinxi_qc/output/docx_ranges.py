"""Comment ranges in a Word paragraph's XML: split runs so a range starts and ends on a run edge,
then put ``w:commentRangeStart``/``w:commentRangeEnd`` and the ``w:commentReference`` run around it.

Works on the ``Para`` pieces of ``readers.docx_text`` (the reader's own map of where each character
sits) and keeps them true as it splits, so offsets found before a split stay right after it. Only
runs are split and markers added: no character of the text is changed, added or removed.
"""
from __future__ import annotations

import copy

from ..readers.docx_text import Para, Piece, w

XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def split_at(para: Para, offset: int) -> None:
    """Make character ``offset`` of the paragraph start a run (no-op at either end of the text)."""
    for index, piece in enumerate(para.pieces):
        if piece.start < offset < piece.end:  # inside a w:t: cut it in two
            para.pieces[index:index + 1] = _split_text(piece, offset - piece.start)
            piece = para.pieces[index + 1]
        elif piece.start != offset:
            continue
        _split_run_before(piece.element)
        return


def _split_text(piece: Piece, at: int) -> list[Piece]:
    head, tail = piece.text[:at], piece.text[at:]
    first = piece.element
    second = copy.deepcopy(first)
    first.text, second.text = head, tail
    for element, text in ((first, head), (second, tail)):
        if text != text.strip():
            element.set(XML_SPACE, "preserve")
    first.addnext(second)
    return [Piece(first, piece.start, head), Piece(second, piece.start + at, tail)]


def _split_run_before(element) -> None:
    """Move ``element`` and what follows it in its run to a new run with the same properties."""
    run = element.getparent()
    content = [c for c in run if c.tag != w("rPr")]
    if content[0] is element:
        return  # already first in its run
    new = run.makeelement(run.tag, dict(run.attrib))
    props = run.find(w("rPr"))
    if props is not None:
        new.append(copy.deepcopy(props))
    for child in content[content.index(element):]:
        new.append(child)  # lxml moves the element
    run.addnext(new)


def run_of(para: Para, offset: int, last: bool = False):
    """The run holding the character at ``offset`` (``last``: the character before ``offset``)."""
    target = offset - 1 if last else offset
    for piece in para.pieces:
        if piece.start <= target < piece.end:
            return piece.element.getparent()
    raise ValueError(f"offset {offset} outside the paragraph text")


def mark_range(first_run, last_run, comment_id: int) -> None:
    """Range markers around ``first_run`` … ``last_run`` and the reference run after the range.

    The reference run goes after the paragraph-level element holding ``last_run`` (a hyperlink, a
    tracked insertion, a simple field), so it is not itself a link, an insertion or field text."""
    start = first_run.makeelement(w("commentRangeStart"), {w("id"): str(comment_id)})
    end = first_run.makeelement(w("commentRangeEnd"), {w("id"): str(comment_id)})
    first_run.addprevious(start)
    last_run.addnext(end)
    holder = end
    while holder.getparent() is not None and holder.getparent().tag != w("p"):
        holder = holder.getparent()
    holder.addnext(_reference_run(first_run, comment_id))


def _reference_run(like, comment_id: int):
    run = like.makeelement(w("r"), {})
    props = run.makeelement(w("rPr"), {})
    style = props.makeelement(w("rStyle"), {w("val"): "CommentReference"})
    props.append(style)
    run.append(props)
    run.append(run.makeelement(w("commentReference"), {w("id"): str(comment_id)}))
    return run
