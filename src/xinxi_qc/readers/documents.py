"""Items from single documents: plain text, Markdown, Word (.docx)."""
from __future__ import annotations

import io
import re

from ..model import Item
from . import metadata


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


def item_from_docx(data: bytes, source: str) -> Item:
    """Title: the Title/Heading 1 paragraph, else the first non-empty one; the rest is the body."""
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    check_docx_size(data)
    try:
        document = Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise DocxError(f"不是有效的 .docx 文件（{type(exc).__name__}）") from None
    except Exception as exc:  # zipfile.BadZipFile, lxml errors: a broken file in any shape
        raise DocxError(f"无法打开 .docx 文件（{type(exc).__name__}）") from None
    paragraphs = [(p.text.strip(), (p.style.name if p.style is not None else "") or "") for p in document.paragraphs]
    paragraphs = [(text, style) for text, style in paragraphs if text]
    if not paragraphs:
        raise DocxError("文档里没有文字")
    texts = [text for text, _ in paragraphs]
    head = metadata.top(texts)
    if head.index >= len(texts):  # nothing but metadata: read it the old way
        head = metadata.Block(0, {})
    first = head.index
    title_at = next((i for i, (_, style) in enumerate(paragraphs) if i >= first and style in _TITLE_STYLES), first)
    # Above the title: metadata paragraphs are dropped wherever they sit, other text stays body.
    above = [text for text in texts[first:title_at] if not metadata.loose_fields([text])]
    after = texts[title_at + 1:]
    lead = metadata.top(after)
    tail = metadata.bottom(after, lead.index)
    body = "\n".join(above + after[lead.index:tail.index])
    fields = metadata.merge(head.fields, metadata.loose_fields(texts[first:title_at]), lead.fields, tail.fields,
                            *_edge_fields(document))
    unit, meta = metadata.split_unit(fields)
    return Item(title=texts[title_at], body=body, id=source, source=source, unit=unit, meta=meta)


_TITLE_STYLES = ("Title", "Heading 1", "标题", "标题 1")


def _edge_fields(document) -> list[dict[str, str]]:
    """Metadata in the document's tables and in its headers and footers (never body text)."""
    found = [metadata.table_fields([[cell.text for cell in row.cells] for row in table.rows])
             for table in document.tables]
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
