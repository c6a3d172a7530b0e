"""Items from single documents: plain text, Markdown, Word (.docx)."""
from __future__ import annotations

import io
import re

from ..model import Item
from . import docx_text, metadata


def item_from_text(text: str, source: str) -> Item:
    """First non-blank line that is not submission metadata is the title; the rest is the body
    (paragraphs = lines), without the metadata lines at its top and bottom edges."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    head = metadata.top(lines)
    title_index = head.index
    if title_index >= len(lines):  # nothing but metadata: read it the old way
        head = metadata.Block(0, {})
        # No visible line at all (a blank file): title and body stay empty, the caller reports it.
        title_index = next((i for i, line in enumerate(lines) if line.strip()), 0)
    lead = metadata.top(lines, title_index + 1)
    tail = metadata.bottom(lines, lead.index)
    body = "\n".join(lines[lead.index:tail.index]).rstrip()
    unit, meta = metadata.split_unit(metadata.merge(head.fields, lead.fields, tail.fields))
    return Item(title=lines[title_index].strip(), body=body, id=source, source=source, unit=unit,
                meta={"title_line": title_index + 1, "body_line": lead.index + 1, **meta})


def item_from_markdown(text: str, source: str) -> Item:
    """The first ``# `` heading is the title; other lines, without Markdown marks, the body."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    heading = next((i for i, line in enumerate(lines) if re.match(r"#\s+\S", line)), None)
    if heading is None:
        return item_from_text(text, source)
    # Keep one body line per source line so line numbers stay true; strip only list/quote marks.
    body_lines = [re.sub(r"^\s*(?:[-*+]\s+|>\s?|#{2,6}\s+)", "", line) for line in lines[heading + 1:]]
    lead = metadata.top(body_lines)
    tail = metadata.bottom(body_lines, lead.index)
    body = "\n".join(body_lines[lead.index:tail.index]).rstrip()
    title = re.sub(r"^#\s+", "", lines[heading]).strip()
    above = metadata.loose_fields(re.sub(r"^\s*(?:[-*+]\s+|>\s?|#{2,6}\s+)", "", line) for line in lines[:heading])
    unit, meta = metadata.split_unit(metadata.merge(above, lead.fields, tail.fields))
    return Item(title=title, body=body, id=source, source=source, unit=unit,
                meta={"title_line": heading + 1, "body_line": heading + 2 + lead.index, **meta})


class DocxError(ValueError):
    pass


# The size limit on a .docx applies to the compressed file; these bound what it expands to (a
# 150 KB file can hold a 500 MB document.xml). Zip readers stop at the declared sizes, so they hold.
MAX_DOCX_XML_BYTES = 16 * 1024 * 1024     # all XML parts together, uncompressed
MAX_DOCX_TOTAL_BYTES = 100 * 1024 * 1024  # every member together, uncompressed (images included)
MAX_DOCX_MEMBERS = 5000


def check_docx_size(data: bytes) -> None:
    """DocxError with a Chinese message when the package would expand past the limits."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            members = package.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise DocxError(f"不是有效的 .docx 文件（{type(exc).__name__}）") from None
    if len(members) > MAX_DOCX_MEMBERS:
        raise DocxError(f"不是正常的 .docx 文件：包内有 {len(members)} 个部件（上限 {MAX_DOCX_MEMBERS}）")
    total = sum(m.file_size for m in members)
    xml = sum(m.file_size for m in members if m.filename.lower().endswith((".xml", ".rels")))
    if xml > MAX_DOCX_XML_BYTES or total > MAX_DOCX_TOTAL_BYTES:
        size, limit = (xml, MAX_DOCX_XML_BYTES) if xml > MAX_DOCX_XML_BYTES else (total, MAX_DOCX_TOTAL_BYTES)
        raise DocxError(f"文档解压后过大（{size / 1048576:.0f} MB，上限 {limit // 1048576} MB），"
                        "可能是压缩炸弹，未读取")


def open_docx(data: bytes):
    """The python-docx ``Document`` of ``data``; DocxError (Chinese) when it is not a usable .docx."""
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    check_docx_size(data)
    try:
        return Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise DocxError(f"不是有效的 .docx 文件（{type(exc).__name__}）") from None
    except Exception as exc:  # zipfile.BadZipFile, lxml errors: a broken file in any shape
        raise DocxError(f"无法打开 .docx 文件（{type(exc).__name__}）") from None


def item_from_docx(data: bytes, source: str) -> Item:
    """Title: the Title/Heading 1 paragraph, else the first non-empty one; the rest is the body
    (paragraphs and the rows of body tables, in document order; see ``docx_text``)."""
    item, _ = read_docx(open_docx(data), source)
    return item


def read_docx(document, source: str) -> tuple[Item, docx_text.Located]:
    """The item of an opened document and where its title and body characters sit in the XML:
    the one place both the reader and the annotator take offsets from."""
    from docx.text.paragraph import Paragraph

    def style_of(p) -> str:
        style = Paragraph(p, document._body).style
        return (style.name if style is not None else "") or ""

    lines: list[docx_text.Line] = []
    table_meta: list[dict[str, str]] = []
    for block in docx_text.body_blocks(document.element.body, style_of):
        if block.para is not None:
            line = docx_text.paragraph_line(block.para)
            lines += [line] if line else []
            continue
        # A 撰稿/审核 label table is fields, never body. Rows with one filled cell (a layout table,
        # a framed document) are lines, whose label lines at the edges are taken off as for paragraphs.
        found = metadata.table_fields([row for row in block.cell_texts() if sum(1 for c in row if c.strip()) > 1])
        if found:
            table_meta.append(found)
            continue
        lines += [line for row in block.rows for line in docx_text.row_lines(row, block.table)]
    if not lines:
        raise DocxError("文档里没有文字")
    texts = [line.text for line in lines]
    head = metadata.top(texts)
    if head.index >= len(texts):  # nothing but metadata: read it the old way
        head = metadata.Block(0, {})
    first = head.index
    title_at = next((i for i, line in enumerate(lines) if i >= first and line.style in _TITLE_STYLES), first)
    # Above the title: metadata paragraphs are dropped wherever they sit, other text stays body.
    above = [line for line in lines[first:title_at] if not metadata.loose_fields([line.text])]
    after = lines[title_at + 1:]
    lead = metadata.top(texts[title_at + 1:])
    tail = metadata.bottom(texts[title_at + 1:], lead.index)
    located = docx_text.Located(lines[title_at], above + after[lead.index:tail.index])
    fields = metadata.merge(head.fields, metadata.loose_fields(texts[first:title_at]), lead.fields, tail.fields,
                            *table_meta, *_edge_fields(document))
    unit, meta = metadata.split_unit(fields)
    item = Item(title=located.title.text, body=located.body_text, id=source, source=source, unit=unit, meta=meta)
    return item, located


_TITLE_STYLES = ("Title", "Heading 1", "标题", "标题 1")


def _edge_fields(document) -> list[dict[str, str]]:
    """Metadata in the document's headers and footers (never body text)."""
    found = []
    for section in document.sections:
        parts = [section.header, section.footer]
        if section.different_first_page_header_footer:
            parts += [section.first_page_header, section.first_page_footer]
        for part in parts:
            if part.is_linked_to_previous:  # no definition of its own (reading it would add one)
                continue
            found.append(metadata.loose_fields(p.text for p in part.paragraphs))
            found += [metadata.table_fields([[cell.text for cell in row.cells] for row in table.rows])
                      for table in part.tables]
    return found
